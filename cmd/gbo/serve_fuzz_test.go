package main

import (
	"archive/zip"
	"bytes"
	"errors"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// FuzzServeUnzip: any bytes given to gbo serve as a case's .zip are either
// refused with an httpError (never a panic), or read into files within the
// unzip budget, each a case file's name with no path.
func FuzzServeUnzip(f *testing.F) {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, n := range []string{"partners.csv", "case/interactions.csv", "../x.csv", "a/b/c.csv", "PARTNERS.CSV"} {
		w, _ := zw.Create(n)
		w.Write([]byte("id,sector\na,CAW\n"))
	}
	zw.Close()
	f.Add(b.Bytes(), int64(1<<20))
	f.Add([]byte("PK\x03\x04garbage"), int64(100))
	f.Add([]byte{}, int64(0))
	f.Fuzz(func(t *testing.T, data []byte, budget int64) {
		if budget < 0 || budget > 1<<24 {
			budget = 1 << 20
		}
		files, _, err := unzipCase(data, budget, "en")
		if err != nil {
			var he *httpError
			if !errors.As(err, &he) || he.msg == "" {
				t.Fatalf("unzip refused without a clear answer: %#v", err)
			}
			return
		}
		var total int64
		for name, body := range files {
			total += int64(len(body))
			if strings.ContainsAny(name, `/\`) || name == ".." || name != strings.ToLower(name) {
				t.Errorf("a file name with a path or capitals: %q", name)
			}
		}
		if total > budget {
			t.Errorf("unzipped %d bytes, budget %d", total, budget)
		}
	})
}

// FuzzServeMultipart: any request body given to gbo serve's upload reader
// is either refused (an httpError with a message, or errTooLarge413) or
// read within the limit: never a panic, never more than limit bytes held.
func FuzzServeMultipart(f *testing.F) {
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	mw.WriteField("lang", "fr")
	fw, _ := mw.CreateFormFile("case", "book.xlsx")
	fw.Write([]byte("PK\x03\x04"))
	mw.Close()
	f.Add(b.Bytes(), mw.Boundary(), int64(1<<16))
	f.Add([]byte("--x\r\nContent-Disposition: form-data; name=\"evil\"\r\n\r\nv\r\n--x--\r\n"), "x", int64(100))
	f.Fuzz(func(t *testing.T, body []byte, boundary string, limit int64) {
		if limit <= 0 || limit > 1<<20 {
			limit = 1 << 16
		}
		if boundary == "" || strings.ContainsAny(boundary, "\r\n\"") {
			boundary = "x"
		}
		r := httptest.NewRequest(http.MethodPost, "/api/analyse", bytes.NewReader(body))
		r.Header.Set("Content-Type", "multipart/form-data; boundary="+boundary)
		u, err := readUpload(httptest.NewRecorder(), r, limit, "en")
		if err != nil {
			var he *httpError
			if !errors.Is(err, errTooLarge413) && (!errors.As(err, &he) || he.msg == "") {
				t.Fatalf("upload refused without a clear answer: %#v", err)
			}
			return
		}
		var held int64
		for _, f := range append(u.caseFiles, u.forms...) {
			held += int64(len(f.data))
			if strings.ContainsAny(f.name, `/\`) {
				t.Errorf("a file name with a path: %q", f.name)
			}
		}
		for _, v := range u.fields {
			held += int64(len(v))
		}
		if held > limit {
			t.Errorf("held %d bytes, limit %d", held, limit)
		}
	})
}
