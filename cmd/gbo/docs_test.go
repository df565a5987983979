package main

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"
)

// The tests of this file keep docs/ (the definitions: depth model,
// measures, flags, formats, JSON shapes, limits) and the code together:
// a link from a .go file to a page or heading of docs/ that does not
// exist, a JSON field a command prints that docs/json.md does not list
// under that command, and a --max-… flag that docs/limits.md does not
// name all fail.

// docsDir is docs/ seen from cmd/gbo, where go test runs.
const docsDir = "../../docs"

// headingSlug is the anchor GitHub makes of a Markdown heading: lower
// case, letters, digits, '-' and '_' kept, other punctuation dropped,
// spaces turned into '-'.
func headingSlug(h string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(h)) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_':
			b.WriteRune(r)
		case r == ' ':
			b.WriteByte('-')
		}
	}
	return b.String()
}

// docAnchors reads every page of docs/ and returns, per file name, its
// anchors; a heading whose anchor repeats within a page is an error (a
// link could not tell them apart). Headings inside ``` fences do not count.
func docAnchors(t *testing.T) map[string]map[string]bool {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(docsDir, "*.md"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no pages in %s (%v)", docsDir, err)
	}
	out := map[string]map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		anchors := map[string]bool{}
		fence := false
		for i, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(line, "```") {
				fence = !fence
				continue
			}
			if fence || !strings.HasPrefix(line, "#") {
				continue
			}
			text := strings.TrimLeft(line, "#")
			if !strings.HasPrefix(text, " ") {
				continue
			}
			a := headingSlug(text)
			if anchors[a] {
				t.Errorf("%s:%d: heading anchor #%s repeats in the page", filepath.Base(f), i+1, a)
			}
			anchors[a] = true
		}
		out[filepath.Base(f)] = anchors
	}
	return out
}

// docLink matches a link to a page of docs/ with an optional anchor, as a
// code comment writes it: docs/flags.md or docs/flags.md#weak-links.
var docLink = regexp.MustCompile(`docs/([A-Za-z0-9_.-]+\.md)(?:#([A-Za-z0-9_-]+))?`)

// checkDocLink says what is wrong with one link (file, anchor) given the
// anchors of docs/, or "" when it points at an existing page and heading.
func checkDocLink(anchors map[string]map[string]bool, file, anchor string) string {
	page, ok := anchors[file]
	if !ok {
		return fmt.Sprintf("no page docs/%s", file)
	}
	if anchor != "" && !page[anchor] {
		return fmt.Sprintf("no heading #%s in docs/%s", anchor, file)
	}
	return ""
}

func TestDocsLinkCheckerRefusesWhatIsNotThere(t *testing.T) {
	anchors := docAnchors(t)
	for _, c := range []struct{ file, anchor string }{
		{"flags.md", "no-such-heading"}, {"no-such-page.md", ""}, {"measures.md", "burt"},
	} {
		if checkDocLink(anchors, c.file, c.anchor) == "" {
			t.Errorf("docs/%s#%s is accepted but does not exist", c.file, c.anchor)
		}
	}
	for _, c := range []struct{ file, anchor string }{
		{"measures.md", "burt-constraint"}, {"depth-model.md", "decay"}, {"flags.md", "single-carrier"},
		{"measures.md", "gould-fernandez-brokerage"}, {"json.md", "compare-periods"}, {"limits.md", ""},
	} {
		if msg := checkDocLink(anchors, c.file, c.anchor); msg != "" {
			t.Errorf("docs/%s#%s: %s", c.file, c.anchor, msg)
		}
	}
	if got := headingSlug("Gould-Fernandez brokerage (by sector)"); got != "gould-fernandez-brokerage-by-sector" {
		t.Errorf("headingSlug = %q", got)
	}
}

// TestDocsLinksInCodeExist checks every docs/ link in every .go file of the
// module, and every link between the pages of docs/.
func TestDocsLinksInCodeExist(t *testing.T) {
	anchors := docAnchors(t)
	root := "../.."
	links := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if n := d.Name(); path != root && (strings.HasPrefix(n, ".") || n == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(b), "\n") {
			for _, m := range docLink.FindAllStringSubmatch(line, -1) {
				links++
				if strings.HasSuffix(path, "docs_test.go") {
					continue // this file's own examples are checked above
				}
				if msg := checkDocLink(anchors, m[1], m[2]); msg != "" {
					rel, _ := filepath.Rel(root, path)
					t.Errorf("%s:%d: %s: %s", rel, i+1, m[0], msg)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// Links between the pages: [text](page.md#anchor), [text](#anchor).
	mdLink := regexp.MustCompile(`\]\(([A-Za-z0-9_.-]+\.md)?(?:#([A-Za-z0-9_-]+))?\)`)
	for file := range anchors {
		b, err := os.ReadFile(filepath.Join(docsDir, file))
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(b), "\n") {
			for _, m := range mdLink.FindAllStringSubmatch(line, -1) {
				target := m[1]
				if target == "" {
					target = file
				}
				if msg := checkDocLink(anchors, target, m[2]); msg != "" {
					t.Errorf("docs/%s:%d: %s: %s", file, i+1, m[0], msg)
				}
			}
		}
	}
	t.Logf("%d docs/ links in .go files", links)
}

// jsonSections returns, per heading anchor of docs/json.md's "## "
// sections, the names written in backticks in that section: `name`, and
// each name inside a span such as `{"case", "ties"}`.
func jsonSections(t *testing.T) map[string]map[string]bool {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(docsDir, "json.md"))
	if err != nil {
		t.Fatal(err)
	}
	tick := regexp.MustCompile("`([^`]+)`")
	word := regexp.MustCompile(`[A-Za-z0-9_]+`)
	out := map[string]map[string]bool{}
	cur := ""
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "## ") {
			cur = headingSlug(line[3:])
			out[cur] = map[string]bool{}
			continue
		}
		if cur == "" {
			continue
		}
		for _, m := range tick.FindAllStringSubmatch(line, -1) {
			for _, w := range word.FindAllString(m[1], -1) {
				out[cur][w] = true
			}
		}
	}
	return out
}

// idKeyed are the JSON objects whose keys are data (a partner id, or a
// rung for evidence), not fields: their keys are skipped, their values
// walked.
var idKeyed = map[string]bool{"initiated": true, "carriers": true, "ratings": true, "evidence": true}

// jsonFields collects the field names of v, each with the path it was
// first seen at.
func jsonFields(v any, path string, out map[string]string) {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parent := path[strings.LastIndex(path, ".")+1:]
		for _, k := range keys {
			if idKeyed[parent] {
				jsonFields(x[k], path+".ID", out)
				continue
			}
			if _, ok := out[k]; !ok {
				out[k] = path + "." + k
			}
			jsonFields(x[k], path+"."+k, out)
		}
	case []any:
		for _, e := range x {
			jsonFields(e, path, out)
		}
	}
}

func TestDocsJSONFieldsAreDocumented(t *testing.T) {
	sections := jsonSections(t)
	report := []string{"compare", "report-analysis", "metrics", "weak", "brokers", "objects"}
	for _, c := range []struct {
		args     []string
		sections []string
	}{
		{[]string{"metrics", "sample:golf-2024"}, []string{"metrics"}},
		{[]string{"weak", "sample:golf-2024"}, []string{"weak"}},
		{[]string{"weak", "sample:grensobject", "--key-players", "2", "--without", "caw-scheldemeersen"}, []string{"weak", "metrics"}},
		{[]string{"brokers", "sample:golf-2024"}, []string{"brokers"}},
		{[]string{"objects", "sample:golf-2024"}, []string{"objects"}},
		{[]string{"objects", "sample:grensobject"}, []string{"objects"}},
		{[]string{"ties", "sample:golf-2024"}, []string{"ties"}},
		{[]string{"ties", "sample:golf-2024", "--since", "2024-12-01"}, []string{"ties"}},
		{[]string{"ties", "sample:golf-2024", "--explain", "cafe-solidair,dmw-helan"}, []string{"ties-explain"}},
		{[]string{"compare", "sample:golf-2024", "sample:golf-2025"}, report},
		{[]string{"compare", "sample:golf-2024", "--periods", "2023-01-01..2023-12-31,2024-01-01..2024-12-31"}, []string{"compare-periods", "metrics"}},
		{[]string{"sample"}, []string{"sample"}},
	} {
		name := strings.Join(c.args, " ")
		out, stderr, code := runGBO(t, append(c.args, "--format", "json")...)
		if code != 0 {
			t.Errorf("%s: exit %d: %s", name, code, stderr)
			continue
		}
		var v any
		if err := json.Unmarshal([]byte(out), &v); err != nil {
			t.Errorf("%s: not JSON: %v", name, err)
			continue
		}
		fields := map[string]string{}
		jsonFields(v, "", fields)
		if len(fields) < 3 {
			t.Errorf("%s: only %d fields found: %v", name, len(fields), fields)
		}
		for field, path := range fields {
			found := false
			// The case header is described once, under #common-rules.
			for _, s := range append([]string{"common-rules"}, c.sections...) {
				sec, ok := sections[s]
				if !ok {
					t.Fatalf("docs/json.md has no section #%s", s)
				}
				found = found || sec[field]
			}
			if !found {
				t.Errorf("%s --format json prints %q (at %s), which docs/json.md does not list under #%s",
					name, field, path, strings.Join(c.sections, ", #"))
			}
		}
	}
}

func TestDocsLimitFlagsAreDocumented(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(docsDir, "limits.md"))
	if err != nil {
		t.Fatal(err)
	}
	limits := string(b)
	out, stderr, _ := runGBO(t, "ties", "--help")
	flags := regexp.MustCompile(`--max-[a-z-]+`).FindAllString(out+stderr, -1)
	if len(flags) < 8 {
		t.Fatalf("gbo ties --help names %d --max-… flags, expected the eight limits: %v", len(flags), flags)
	}
	for _, f := range flags {
		if !strings.Contains(limits, "`"+f+"`") {
			t.Errorf("gbo ties --help has %s, which docs/limits.md does not name (as `%s`)", f, f)
		}
	}
}
