package graph

import (
	"io/fs"
	"path"
)

// ReadSurveyFormsFS reads the returned survey forms at the root of fsys as
// ReadSurveyForms reads a folder (which it is underneath): every check and
// limit of ReadSurveyForms applies, the signature checked under key, the
// entries counted before any is read, each form's size checked from its
// Stat before it is read and again while reading, the unzip budget across
// forms, one form per respondent. label stands for the folder in problems
// and messages: a form's position is label/NAME:Sheet:row:column (NAME
// alone when label is ""). res.Inputs is empty: nothing on disk is read
// unless fsys reads it.
//
// fsys must list its root with a ReadDirFile (as os.DirFS, os.Root.FS,
// fstest.MapFS and MemFS do); opening a file of it must not block (a pipe
// on disk would: read a folder with ReadSurveyForms instead).
func ReadSurveyFormsFS(fsys fs.FS, label string, key []byte, opt Options) (*SurveyResult, Problems) {
	return readSurveyForms(surveyPlace{label: label, join: path.Join,
		open: func() (*folder, error) { return &folder{fsys: fsys}, nil }}, key, opt)
}

// MemFS is a read-only fs.FS of files held in memory: files maps a file's
// name at the root (no folders) to its bytes; its root lists them sorted
// by name. The map is not copied: do not change it while it is read.
func MemFS(files map[string][]byte) fs.FS { return memFS(files) }
