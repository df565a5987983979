// sortedZip: the network workbook's zip writer, entries in one order, so the same workbook gives the same bytes.

package workbook

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
)

// sortedZip is the zip writer of the network workbook. It holds what
// excelize writes and, on Close, writes every entry in one order
// ([Content_Types].xml first, then by name), so the same workbook gives
// the same bytes. A worksheet named in sheets is not excelize's (that is an
// empty frame): it is written by its function, straight into the archive.
type sortedZip struct {
	zw      *zip.Writer
	sheets  map[string]func(io.Writer) error
	entries []*heldEntry
}

func (z *sortedZip) Create(name string) (io.Writer, error) {
	e := &heldEntry{name: name}
	z.entries = append(z.entries, e)
	if z.sheets[name] != nil {
		return io.Discard, nil
	}
	return &e.buf, nil
}

func (z *sortedZip) AddFS(fs.FS) error {
	return errors.New("workbook: AddFS is not supported")
}

func (z *sortedZip) Close() error {
	rank := func(name string) int {
		if name == "[Content_Types].xml" {
			return 0
		}
		return 1
	}
	sort.SliceStable(z.entries, func(i, j int) bool {
		a, b := z.entries[i], z.entries[j]
		if rank(a.name) != rank(b.name) {
			return rank(a.name) < rank(b.name)
		}
		return a.name < b.name
	})
	written := 0
	for i, e := range z.entries {
		if i > 0 && z.entries[i-1].name == e.name {
			return fmt.Errorf("workbook: %s written twice", e.name)
		}
		w, err := z.zw.Create(e.name)
		if err != nil {
			return err
		}
		if gen := z.sheets[e.name]; gen != nil {
			written++
			if err := gen(w); err != nil {
				return err
			}
			continue
		}
		if _, err := e.buf.WriteTo(w); err != nil {
			return err
		}
	}
	if written != len(z.sheets) {
		return fmt.Errorf("workbook: excelize wrote %d of the %d sheets where they were expected", written, len(z.sheets))
	}
	return z.zw.Close()
}
