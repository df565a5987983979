//go:build unix

package graph

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// FuzzReadFolder puts one hostile entry into a real case folder: a file of
// any name and content, a link to a secret outside, a link inside, a
// folder, a named pipe, a link to /dev/zero, a link loop; with limits from
// the input. Reading must return at once, never show the secret, and keep
// every limit.
func FuzzReadFolder(f *testing.F) {
	f.Add("objects.csv", uint8(1), []byte("id,name\nx,X\n"), uint16(3))
	f.Add("Partners.CSV", uint8(2), []byte("id,sector\nA,CAW\nB,OCMW\nC,x\n"), uint16(0))
	f.Add("partners.csv", uint8(4), []byte(nil), uint16(7))
	f.Add("interactions.csv", uint8(0), []byte("date,from,with,kind,count\n2024-01-10,A,\"B|C\n,1,1000001\n"), uint16(2))
	f.Add("case.toml", uint8(0), []byte("name = \"\\u001b]0;x\\u0007\"\na = [[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]\n"), uint16(1))
	f.Add("ties.csv", uint8(5), []byte(nil), uint16(9))
	f.Add("people.csv", uint8(6), []byte(nil), uint16(1))
	f.Add("targets.csv", uint8(3), []byte(nil), uint16(1))
	outside := f.TempDir()
	const secret = "SECRET-8c1f"
	if err := os.WriteFile(filepath.Join(outside, "s.csv"), []byte("id,sector\n"+secret+",x\n"), 0o644); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, name string, kind uint8, content []byte, limit uint16) {
		name = filepath.Base(name)
		if len(content) > 1<<16 || name == "." || name == "/" || strings.ContainsAny(name, "\x00/\\") || len(name) > 100 {
			return
		}
		dir := t.TempDir()
		for k, v := range minimal() {
			writeDirFile(t, filepath.Join(dir, k), v)
		}
		path := filepath.Join(dir, name)
		os.Remove(path)
		var err error
		switch kind % 7 {
		case 0:
			err = os.WriteFile(path, content, 0o644)
		case 1:
			err = os.Symlink(filepath.Join(outside, "s.csv"), path)
		case 2:
			if err = os.WriteFile(filepath.Join(dir, "inner.dat"), content, 0o644); err == nil {
				err = os.Symlink("inner.dat", path)
			}
		case 3:
			err = os.Mkdir(path, 0o755)
		case 4:
			err = syscall.Mkfifo(path, 0o644)
		case 5:
			err = os.Symlink("/dev/zero", path)
		case 6:
			err = os.Symlink(name, path)
		}
		if err != nil {
			return
		}
		opt := Options{Vocabulary: newFakeVocabulary, MaxFileBytes: 1 << 16, MaxFieldBytes: 512,
			MaxRows: int(limit%50) + 1, MaxEventPartners: int(limit%5) + 2, MaxPairs: int64(limit%100) + 1}
		done := make(chan struct{})
		var c *Case
		var ps Problems
		go func() {
			defer close(done)
			src, err := Open(dir)
			if err != nil {
				t.Error(err)
				return
			}
			c, ps = Read(src, opt)
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("reading %q (kind %d) did not return", name, kind%7)
		}
		if c == nil {
			return
		}
		checkReadLimits(t, c, ps, opt.MaxEventPartners)
		for _, p := range ps {
			if strings.Contains(p.Message("en"), secret) {
				t.Errorf("the secret outside leaked: %v", p)
			}
		}
		if strings.Contains(fmt.Sprintf("%+v", c), secret) {
			t.Error("the secret outside was read into the case")
		}
	})
}
