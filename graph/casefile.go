package graph

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"gbo/graph/locale"
)

// caseKeyNames maps the keys of case.toml (and of the case sheet of a
// workbook), in English, Dutch or French (lower case; French with and
// without accents), to their English name.
var caseKeyNames = map[string]string{
	"name": "name", "naam": "name", "nom": "name",
	"region": "region", "regio": "region", "région": "region",
	"as_of": "as_of", "as-of": "as_of", "asof": "as_of", "peildatum": "as_of",
	"date_de_référence": "as_of", "date_de_reference": "as_of", "date_référence": "as_of",
	"date_reference": "as_of",
	"language":       "language", "taal": "language", "langue": "language",
	"coordinator": "coordinator", "coördinator": "coordinator", "regie": "coordinator",
	"coordinateur": "coordinator", "coordination": "coordinator",
	"depth": "depth", "diepte": "depth", "profondeur": "depth",
	"labels": "labels", "woorden": "labels", "libellés": "labels", "libelles": "labels", "mots": "labels",
}

// readCaseTOML reads case.toml: name, region, as_of, language, coordinator
// and the [depth] table.
func (r *reader) readCaseTOML(file string, data []byte) {
	text := string(decodeText(data))
	if line, col, deep := tomlTooDeep(text, maxTOMLDepth); deep {
		r.fail(Pos{File: file, Line: line, Col: col}, "toml_too_deep", strconv.Itoa(maxTOMLDepth))
		return
	}
	keys := tomlKeyPositions(file, text)
	var top map[string]toml.Primitive
	md, err := toml.Decode(text, &top)
	if err != nil {
		r.add(tomlProblem(file, "bad_toml", err, keys))
		return
	}
	names := make([]string, 0, len(top))
	for k := range top {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		pos := keys.at(k)
		canon := caseKeyNames[strings.ToLower(k)]
		if canon == "" {
			r.warn(pos, "unknown_key", k)
			continue
		}
		r.caseKeys[canon] = pos
		if canon == "depth" {
			// Where each key of the table is, for an error of the model
			// built from it (setVocabulary).
			for dk, p := range keys.at_ {
				if rest, ok := strings.CutPrefix(dk, k+"."); ok {
					r.caseKeys["depth."+rest] = p
				}
			}
			var d DepthConfig
			if err := md.PrimitiveDecode(top[k], &d); err != nil {
				r.add(tomlProblem(file, "bad_toml", err, keys))
				continue
			}
			if r.checkDepth(&d, func(key string) Pos { return keys.at(k + "." + key) }) {
				r.c.Depth = d
			}
			continue
		}
		var v any
		if err := md.PrimitiveDecode(top[k], &v); err != nil {
			r.add(tomlProblem(file, "bad_toml", err, keys))
			continue
		}
		if canon == "labels" {
			r.readLabels(v, labelsAt(keys, k))
			continue
		}
		r.caseValue(canon, v, pos, false)
	}
	for _, k := range md.Undecoded() {
		if len(k) > 1 && caseKeyNames[strings.ToLower(k[0])] == "depth" {
			r.warn(keys.at(k.String()), "unknown_key", k.String())
		}
	}
}

// caseValue sets one case-level value. In a workbook (book) a number given
// for as_of is an Excel date serial.
func (r *reader) caseValue(key string, v any, pos Pos, book bool) {
	text := ""
	switch x := v.(type) {
	case string:
		text = strings.TrimSpace(r.clean(pos, x))
	case time.Time:
		text = x.Format(time.DateOnly)
	default:
		text = r.clean(pos, fmt.Sprint(x))
	}
	switch key {
	case "name":
		if r.checkChars(pos, text, maxNameChars, "name") {
			r.c.Name = text
		}
	case "region":
		if r.checkChars(pos, text, maxNameChars, "region") {
			r.c.Region = text
		}
	case "coordinator":
		if r.checkChars(pos, text, maxIDChars, "coordinator") {
			r.coordinator = text
		}
	case "language":
		// A language of the catalogue (locale.Languages), in any case, a
		// region dropped ("fr-BE" is fr).
		if !locale.Valid(text) {
			r.fail(pos, "bad_language", text) // its message names locale.List
			return
		}
		r.c.Language = locale.Norm(text)
	case "as_of":
		d, ok := parseDate(text)
		if !ok && book && isPlainNumber(text) {
			d, ok = excelSerialDate(text, r.date1904)
		}
		if !ok {
			r.add(dateProblem(pos, text))
			return
		}
		r.c.AsOf = d
	}
}

// readCaseSheet reads the two-column case sheet of a workbook: a key in the
// first column, its value in the second. Keys "depth.X" (or "diepte.X")
// carry the [depth] table, X dotted (depth.kinds.warme overdracht = 3),
// each row read on its own (casesheet.go).
func (r *reader) readCaseSheet(t *table) {
	var rows caseSheetRows
	handle := func(rec []string, line int) {
		key := field(rec, 0)
		if k := sheetNameKey(key); k == "" || caseHeaderWords[k] {
			return // the header of the first column, in any language (template_names.go)
		}
		// Each key a plain key, never TOML (casesheet.go).
		r.caseSheetRow(&rows, key, field(rec, 1), Pos{File: t.file, Line: line, Col: 2}, t.book)
	}
	handle(t.header, t.headerLine)
	for {
		rec, err := t.rows.next()
		if err != nil {
			break
		}
		if !blankRecord(rec) && r.checkLengths(t, rec) {
			handle(rec, t.rows.line(0))
		}
	}
	r.finishCaseSheet(&rows)
}

// tomlLiteral writes a cell's text as a TOML value: as it stands when it is
// already one (3, 0.5, true, ["a", "b"]), else as a quoted string.
func tomlLiteral(s string) string {
	var probe struct{ V any }
	if _, _, deep := tomlTooDeep("V = "+s, maxTOMLDepth); !deep && !strings.ContainsAny(s, "\r\n") {
		if _, err := toml.Decode("V = "+s, &probe); err == nil && s != "" {
			return s
		}
	}
	return tomlString(s)
}

// A depth model's error is a *DepthError (casedata.DepthError, an alias in
// case.go): its Key is placed at its line here (DepthFile.Problem) and in
// case.toml (vocab.go), its Code and Args said through the catalogue.

// DepthFile is a --depth-model file read: its table, its path as given,
// and where its keys are.
type DepthFile struct {
	Path   string
	Config DepthConfig
	keys   keyPositions
}

// Problem is err, an error of the depth model built with f's table, as a
// problem of f: at the line and column of the key a *DepthError names,
// else at the file.
func (f *DepthFile) Problem(err error) Problem {
	var de *DepthError
	if errors.As(err, &de) {
		return Problem{Pos: f.keys.at(de.Key), Severity: Error, Code: de.Code, Args: de.Args}
	}
	return Problem{Pos: Pos{File: f.Path}, Severity: Error, Code: "bad_depth_model", Args: []string{err.Error()}}
}

// ReadDepthConfig reads a --depth-model TOML file: the shape of case.toml's
// [depth] table, at top level. Problems carry file, line and column where
// TOML gives them; unknown keys are warnings.
//
// The file must be a regular file (a named pipe or a device is refused
// without being read) of at most 1 MiB, nesting at most 16 deep; its
// numbers and names are bounded as case.toml's [depth] table is.
func ReadDepthConfig(path string) (DepthConfig, Problems) {
	f, ps := ReadDepthFile(path)
	return f.Config, ps
}

// ReadDepthFile is ReadDepthConfig, keeping where the keys of the file are
// so that an error of the model built from it is placed in the file
// (DepthFile.Problem). It never returns nil.
func ReadDepthFile(path string) (*DepthFile, Problems) {
	var d DepthConfig
	f := &DepthFile{Path: path, keys: keyPositions{file: path, at_: map[string]Pos{}}}
	one := func(code string, args ...string) (*DepthFile, Problems) {
		return f, Problems{{Pos: Pos{File: path}, Severity: Error, Code: code, Args: args}}
	}
	data, err := readFileLimited(path, maxTOMLBytes)
	switch {
	case errors.Is(err, errTooLarge):
		return one("toml_too_large", sizeText(maxTOMLBytes))
	case errors.Is(err, errNotRegular):
		return one("depth_model_not_regular")
	case err != nil:
		return one("case_not_found", path)
	}
	text := string(decodeText(data))
	if line, col, deep := tomlTooDeep(text, maxTOMLDepth); deep {
		return f, Problems{{Pos: Pos{File: path, Line: line, Col: col}, Severity: Error,
			Code: "toml_too_deep", Args: []string{strconv.Itoa(maxTOMLDepth)}}}
	}
	keys := tomlKeyPositions(path, text)
	f.keys = keys
	md, err := toml.Decode(text, &d)
	if err != nil {
		return f, Problems{tomlProblem(path, "bad_depth_model", err, keys)}
	}
	r := &reader{counts: map[capKey]int{}}
	for _, k := range md.Undecoded() {
		r.warn(keys.at(k.String()), "unknown_key", k.String())
	}
	if !r.checkDepth(&d, keys.at) {
		d = DepthConfig{}
	}
	r.reportHostile()
	r.probs.Sort()
	f.Config = d
	return f, r.probs
}

// checkDepth bounds what a depth model says, before it reaches the
// vocabulary: half_life and threshold within limits.go's range (the
// vocabulary refuses the ones that are not positive numbers at all), kind
// names, aliases and rung names at most maxIDChars characters, without the
// characters no field may carry. pos places a key ("kinds.x"). It returns
// false after reporting an error.
func (r *reader) checkDepth(d *DepthConfig, pos func(key string) Pos) bool {
	ok := true
	bound := func(key string, v *float64, lo, hi float64, loText, hiText string) {
		if v != nil && *v > 0 && (*v < lo || *v > hi) {
			r.fail(pos(key), "depth_number_out_of_range", key, strconv.FormatFloat(*v, 'g', -1, 64), loText, hiText)
			ok = false
		}
	}
	bound("half_life", d.HalfLife, minHalfLife, maxHalfLife, "0.01", Thousands(maxHalfLife))
	bound("threshold", d.Threshold, minThreshold, maxThreshold, "0.001", Thousands(maxThreshold))
	name := func(key, s string) string {
		p := pos(key)
		s = r.clean(p, s)
		if !r.checkChars(p, s, maxIDChars, "name") {
			ok = false
		}
		return s
	}
	if len(d.Kinds) > 0 {
		kinds := make(map[string]KindConfig, len(d.Kinds))
		for k, kc := range d.Kinds {
			key := "kinds." + k
			aliases := make([]string, len(kc.Aliases))
			for i, a := range kc.Aliases {
				aliases[i] = name(key, a)
			}
			if kc.Aliases == nil {
				aliases = nil
			}
			kinds[name(key, k)] = KindConfig{Rung: kc.Rung, Aliases: aliases}
		}
		d.Kinds = kinds
	}
	for k, names := range d.Rungs {
		for i, n := range names {
			names[i] = name("rungs."+k, n)
		}
	}
	if d.Combine != "" {
		d.Combine = name("combine", d.Combine)
	}
	return ok
}

// tomlProblem turns a TOML error into a problem at its line and column;
// errors of decoding (not of syntax) are placed at their key.
func tomlProblem(file, code string, err error, keys keyPositions) Problem {
	p := Problem{Pos: Pos{File: file}, Severity: Error, Code: code, Args: []string{err.Error()}}
	var pe toml.ParseError
	if errors.As(err, &pe) {
		p.Args = []string{pe.Message}
		p.Pos.Line, p.Pos.Col = pe.Position.Line, pe.Position.Col
		if pe.LastKey != "" && p.Pos.Line == 0 {
			p.Pos = keys.at(pe.LastKey)
		}
		return p
	}
	// Type errors of decoding come as plain errors that name the key:
	// "toml: line 1 (last key "half_life"): incompatible types: ...".
	if m := lastKeyRE.FindStringSubmatch(err.Error()); m != nil {
		p.Pos = keys.at(m[1])
		p.Args = []string{m[2]}
	}
	return p
}

var lastKeyRE = regexp.MustCompile(`^toml: (?:line \d+ )?\(last key "([^"]*)"\): (.*)$`)
