package main

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"gbo/graph"
	"gbo/graph/casedata"
	"gbo/metrics"
	"gbo/samples"
)

// TestMain keeps every test of this package away from the real user's
// config folder: XDG_CONFIG_HOME, HOME and APPDATA point into a temporary
// folder, and the user's pseudonym key there is the fixed key of
// testdata/pseudonym.key, so that golden files hold stable pseudonyms.
// Tests that need another key set these variables again (t.Setenv).
func TestMain(m *testing.M) {
	os.Exit(func() int {
		dir, err := os.MkdirTemp("", "gbo-test-config-")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer os.RemoveAll(dir)
		if os.Getenv("XDG_CACHE_HOME") == "" {
			// keep the real cache (Graphviz's compiled module) where it was
			if cache, err := os.UserCacheDir(); err == nil {
				os.Setenv("XDG_CACHE_HOME", cache)
			}
		}
		if os.Getenv("GOPATH") == "" {
			// keep Go's module cache where it was for the tests that build
			// the binary (GOPATH defaults to $HOME/go)
			if home, err := os.UserHomeDir(); err == nil {
				os.Setenv("GOPATH", filepath.Join(home, "go"))
			}
		}
		setConfigHome(dir)
		if err := installTestKey(dir); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		return m.Run()
	}())
}

func setConfigHome(dir string) {
	os.Setenv("XDG_CONFIG_HOME", dir)
	os.Setenv("HOME", dir)
	os.Setenv("APPDATA", dir)
}

// installTestKey copies testdata/pseudonym.key to the user's key of a
// config folder set by setConfigHome.
func installTestKey(dir string) error {
	b, err := os.ReadFile(filepath.Join("testdata", "pseudonym.key"))
	if err != nil {
		return err
	}
	p, err := defaultKeyPath()
	if err != nil {
		return err
	}
	if !strings.HasPrefix(p, dir) {
		return fmt.Errorf("the user's key %s is not in the test's folder %s", p, dir)
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
		return err
	}
	return os.WriteFile(p, b, 0o600)
}

// isolate gives a test its own empty config folder (no key yet).
func isolate(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	t.Setenv("HOME", dir)
	t.Setenv("APPDATA", dir)
	return dir
}

// keyFile writes a private key file of 64 hex digits.
func keyFile(t *testing.T, dir, hexKey string) string {
	t.Helper()
	p := filepath.Join(dir, "team.key")
	if err := os.WriteFile(p, []byte(hexKey+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// ---- 1. pseudonyms keyed with a secret ----

// oldPseudonymKey is the key of the pseudonyms before issue 10: derived
// from the case's name and partner ids, which every output prints.
func oldPseudonymKey(name string, partners []string) []byte {
	h := sha256.New()
	h.Write([]byte("gbo-people\x00" + name + "\x00"))
	ids := slices.Clone(partners)
	sort.Strings(ids)
	for _, id := range ids {
		h.Write([]byte(id + "\x00"))
	}
	return h.Sum(nil)
}

func hmacPseudonym(key []byte, prefix, id string) string {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(prefix + id))
	return "P-" + hex.EncodeToString(m.Sum(nil))[:6]
}

// candidateIDs are the person ids an attacker tries: the usual code forms.
func candidateIDs() []string {
	var out []string
	for _, pre := range []string{"p", "P", "m", "mw", "w", "pers", "persoon", ""} {
		for i := range 1000 {
			out = append(out, fmt.Sprintf("%s%d", pre, i), fmt.Sprintf("%s%02d", pre, i), fmt.Sprintf("%s%03d", pre, i))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// attack tries to turn pseudonyms back into ids knowing only what the JSON
// of `gbo metrics` prints (the case's name and partner ids): every key
// that can be computed from it, every candidate id.
func attack(metricsJSON []byte, pseudonyms []string) map[string]string {
	var doc struct {
		Case     struct{ Name string }
		Partners []struct{ ID string }
	}
	// An attack that read nothing would find nothing: that must fail the
	// test, not pass it.
	if err := json.Unmarshal(metricsJSON, &doc); err != nil || len(doc.Partners) == 0 {
		panic(fmt.Sprintf("attack: the metrics JSON (%d partners): %v", len(doc.Partners), err))
	}
	var partners []string
	for _, p := range doc.Partners {
		partners = append(partners, p.ID)
	}
	want := map[string]bool{}
	for _, p := range pseudonyms {
		want[p] = true
	}
	keys := [][]byte{oldPseudonymKey(doc.Case.Name, partners), nil, []byte(doc.Case.Name)}
	found := map[string]string{}
	for _, key := range keys {
		for _, prefix := range []string{"", "gbo-person\x00"} {
			for _, id := range candidateIDs() {
				if s := hmacPseudonym(key, prefix, id); want[s] {
					found[s] = id
				}
			}
		}
	}
	return found
}

// The attack of issue 10: from the JSON of `gbo metrics` and `gbo weak`
// alone, try candidate ids against the pseudonyms. It recovers every one
// of sleutelfiguren's 47 people under the old key, and none under the
// secret key.
func TestPseudonymsCannotBeReversedFromTheOutputs(t *testing.T) {
	isolate(t) // a new secret key, created now
	metricsOut, stderr, code := runGBO(t, "metrics", "sample:sleutelfiguren", "--format", "json")
	if code != 0 {
		t.Fatal(stderr)
	}
	weakOut, stderr, code := runGBO(t, "weak", "sample:sleutelfiguren", "--format", "json")
	if code != 0 {
		t.Fatal(stderr)
	}
	var weak struct {
		Fragility []struct{ ID, Kind string }
	}
	if err := json.Unmarshal([]byte(weakOut), &weak); err != nil {
		t.Fatal(err)
	}
	var shown []string
	for _, f := range weak.Fragility {
		if f.Kind == "person" {
			shown = append(shown, f.ID)
		}
	}
	// The people as the old scheme showed them.
	src := graph.OpenFS("sample:sleutelfiguren", mustSample(t, "sleutelfiguren"))
	c, _ := graph.Read(src, graph.Options{})
	var partners []string
	for _, p := range c.Partners {
		partners = append(partners, p.ID)
	}
	oldKey := oldPseudonymKey(c.Name, partners)
	var old []string
	for _, p := range c.People {
		old = append(old, hmacPseudonym(oldKey, "", p.ID))
	}
	if len(old) != 47 {
		t.Fatalf("sleutelfiguren has %d people, want 47", len(old))
	}
	right := func(found map[string]string, truth map[string]string) int {
		n := 0
		for s, id := range found {
			if truth[s] == id {
				n++
			}
		}
		return n
	}
	oldTruth := map[string]string{}
	for _, p := range c.People {
		oldTruth[hmacPseudonym(oldKey, "", p.ID)] = p.ID
	}
	if got := right(attack([]byte(metricsOut), old), oldTruth); got != len(old) {
		t.Fatalf("the attack recovers %d of %d people under the old key: the attack is broken, not the key", got, len(old))
	}
	if len(shown) < 10 {
		t.Fatalf("weak shows %d people; the test needs them", len(shown))
	}
	// The truth under the secret key, which the attacker does not have.
	keyPath, _ := defaultKeyPath()
	b, err := os.ReadFile(keyPath)
	if err != nil {
		t.Fatal(err)
	}
	key, _ := hex.DecodeString(strings.TrimSpace(string(b)))
	pn, err := metrics.NewPseudonyms(&c.Case, metrics.PeoplePseudonyms, key)
	if err != nil {
		t.Fatal(err)
	}
	truth := map[string]string{}
	for _, p := range c.People {
		truth[pn.Person(p.ID)] = p.ID
	}
	for _, s := range shown {
		if truth[s] == "" {
			t.Fatalf("weak shows %s, which is no person's pseudonym under the key", s)
		}
	}
	// 6 hex digits tried against half a million guesses give a false
	// match or two; none may be right.
	if got := right(attack([]byte(metricsOut), shown), truth); got != 0 {
		t.Errorf("the attack recovers %d of %d people under the secret key", got, len(shown))
	}
	for _, s := range shown {
		if slices.Contains(old, s) {
			t.Errorf("pseudonym %s is the old scheme's", s)
		}
	}
}

// Same key, same pseudonyms, byte for byte: the user's own key is created
// once (folder 0700, file 0600, 64 hex digits) and reused; a team's key
// file given with --pseudonym-key gives the same output on any machine
// (another config folder); another key gives other pseudonyms.
func TestSameKeySamePseudonymsAndTheKeyIsPrivate(t *testing.T) {
	home := isolate(t)
	run := func(extra ...string) string {
		t.Helper()
		out, stderr, code := runGBO(t, append([]string{"weak", "sample:sleutelfiguren", "--format", "json"}, extra...)...)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		return out
	}
	first := run()
	p, _ := defaultKeyPath()
	if !strings.HasPrefix(p, home) {
		t.Fatalf("key %s outside the test's home %s", p, home)
	}
	st, err := os.Stat(p)
	if err != nil {
		t.Fatalf("no key created: %v", err)
	}
	dst, _ := os.Stat(filepath.Dir(p))
	if st.Mode().Perm() != 0o600 || dst.Mode().Perm() != 0o700 {
		t.Errorf("key mode %o, folder mode %o; want 600 and 700", st.Mode().Perm(), dst.Mode().Perm())
	}
	b, _ := os.ReadFile(p)
	if !regexp.MustCompile(`^[0-9a-f]{64}\n$`).Match(b) {
		t.Errorf("key file holds %q, want 64 hex digits", b)
	}
	if again := run(); again != first {
		t.Errorf("a second run with the same key gave other output")
	}
	entries, _ := os.ReadDir(filepath.Dir(p))
	if len(entries) != 1 {
		t.Errorf("the key's folder holds %d entries, want the key alone", len(entries))
	}

	team := keyFile(t, t.TempDir(), strings.TrimSpace(string(b)))
	isolate(t) // another user, another machine: same key file
	if out := run("--pseudonym-key", team); out != first {
		t.Errorf("the same key in another file gave other pseudonyms")
	}
	if _, err := os.Stat(filepath.Join(os.Getenv("XDG_CONFIG_HOME"), "gbo")); err == nil {
		t.Errorf("--pseudonym-key still created a key of the user's own")
	}
	other := keyFile(t, t.TempDir(), otherKeyHex)
	if out := run("--pseudonym-key", other); out == first {
		t.Errorf("another key gave the same pseudonyms")
	}
	// anonymise uses the same key: the copy's people are the pseudonyms
	dir := filepath.Join(t.TempDir(), "copy")
	if _, stderr, code := runGBO(t, "anonymise", "sample:sleutelfiguren", "-o", dir, "--pseudonym-key", team); code != 0 {
		t.Fatal(stderr)
	}
	people, _ := os.ReadFile(filepath.Join(dir, "people.csv"))
	var weak struct {
		Fragility []struct{ ID, Kind string }
	}
	decodeJSON(t, first, &weak)
	for _, f := range weak.Fragility {
		if f.Kind == "person" && !strings.Contains(string(people), f.ID+",") {
			t.Errorf("person %s of weak is not in the anonymised people.csv", f.ID)
			break
		}
	}
}

// Runs that start at once share one key: none sees half a key, and no
// temporary file is left.
func TestConcurrentRunsCreateOneKey(t *testing.T) {
	isolate(t)
	p, _ := defaultKeyPath()
	var wg sync.WaitGroup
	keys := make([]string, 16)
	errs := make([]error, 16)
	made := make([]bool, 16)
	for i := range keys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			k, created, err := loadDefaultKey(p, "en")
			keys[i], errs[i], made[i] = hex.EncodeToString(k), err, created
		}()
	}
	wg.Wait()
	if n := countTrue(made); n != 1 {
		t.Errorf("%d runs say they created the key, want 1", n)
	}
	for i := range keys {
		if errs[i] != nil || keys[i] != keys[0] || len(keys[i]) != 64 {
			t.Fatalf("run %d: key %q, err %v; run 0: %q", i, keys[i], errs[i], keys[0])
		}
	}
	entries, _ := os.ReadDir(filepath.Dir(p))
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("the key's folder holds %v, want the key alone", names)
	}
}

// -o never writes over the key the run read, even where the name would
// fit the output.
func TestOutputNeverOverwritesTheKey(t *testing.T) {
	home := isolate(t)
	key := filepath.Join(home, "team.html")
	os.WriteFile(key, []byte(otherKeyHex+"\n"), 0o600)
	before, _ := os.ReadFile(key)
	_, stderr, code := runGBO(t, "report", "sample:sleutelfiguren", "--lang", "en", "--pseudonym-key", key, "-o", key)
	after, _ := os.ReadFile(key)
	if code != 2 || string(after) != string(before) || !strings.Contains(stderr, "input") {
		t.Errorf("report -o KEY: exit %d, %s; key now %q", code, stderr, after)
	}
}

// ---- 2. no person's name in any printed problem ----

// personCase is a case that names people in every way a problem can
// carry them: a name in the people column of interactions (unknown_person)
// and one in people.csv.
func personCase(t *testing.T, dir string) string {
	t.Helper()
	files := map[string]string{
		"case.toml":    "name = \"Proefcase\"\nas_of = \"2024-12-31\"\n",
		"partners.csv": "id,sector,name\ncaw,CAW,CAW\nocmw,OCMW,OCMW\ndmw,DMW,DMW\n",
		"people.csv":   "id,partner,role,name\np01,caw,mw,Mia Claes\np02,ocmw,mw,Tom Smet\n",
		"interactions.csv": "date,from,with,kind,people\n" +
			"2024-03-01,caw,ocmw,referral,Jan Peeters|p01\n" +
			"2024-04-01,caw,dmw,referral,p01\n" +
			"2024-05-01,ocmw,dmw,case_consultation,Mia Claes|p02\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// No command prints a person's name or id in a problem unless
// --people=names: not on standard error, not in the report's or the
// compare page's data notes, not in JSON.
func TestNoPersonInPrintedProblems(t *testing.T) {
	dir := personCase(t, t.TempDir())
	outDir := t.TempDir()
	names := []string{"Jan Peeters", "Mia Claes"}
	commands := [][]string{
		{"validate", dir}, {"ties", dir, "--format", "json"}, {"metrics", dir, "--format", "json"},
		{"brokers", dir, "--format", "json"}, {"objects", dir, "--format", "json"}, {"weak", dir, "--format", "json"},
		{"map", dir, "-o", filepath.Join(outDir, "kaart.svg")}, {"export", dir, "-o", filepath.Join(outDir, "net.json")},
		{"report", dir, "-o", filepath.Join(outDir, "rapport.html")},
		{"compare", dir, dir, "-o", filepath.Join(outDir, "vergelijking.html"), "--format", "json"},
		{"compare", dir, "--periods", "2024-01-01..2024-03-31,2024-04-01..2024-12-31", "-o", filepath.Join(outDir, "periodes.html")},
	}
	pseudonym := regexp.MustCompile(`person "P-[0-9a-f]{6}" is not in people.csv`)
	for _, mode := range []string{"pseudonyms", "none", "names"} {
		for _, cmd := range commands {
			args := append(slices.Clone(cmd), "--people", mode)
			out, stderr, code := runGBO(t, args...)
			if code != 0 {
				t.Fatalf("%v: exit %d: %s", args, code, stderr)
			}
			all := out + stderr
			if cmd[0] == "report" || cmd[0] == "compare" {
				b, _ := os.ReadFile(args[slices.Index(args, "-o")+1])
				all += string(b)
			}
			for _, n := range names {
				if mode != "names" && strings.Contains(all, n) {
					i := strings.Index(all, n)
					t.Errorf("%v: %q printed: …%s…", args, n, all[max(0, i-60):min(len(all), i+60)])
				}
			}
			if mode != "names" && regexp.MustCompile(`\bp0[12]\b`).MatchString(all) {
				t.Errorf("%v: a person id printed", args)
			}
			switch mode {
			case "pseudonyms":
				if !pseudonym.MatchString(stderr) {
					t.Errorf("%v: the warning on stderr does not show a pseudonym:\n%s", args, stderr)
				}
			case "none":
				if !strings.Contains(stderr, `person "…" is not in people.csv`) {
					t.Errorf("%v: with none, the warning shows %q", args, stderr)
				}
			case "names":
				if !strings.Contains(stderr, `person "Jan Peeters" is not in people.csv`) {
					t.Errorf("%v: with names, the warning hides the name: %s", args, stderr)
				}
			}
		}
		for _, f := range []string{"rapport.html", "vergelijking.html", "periodes.html"} {
			b, _ := os.ReadFile(filepath.Join(outDir, f))
			page := string(b)
			switch mode {
			case "pseudonyms":
				if !regexp.MustCompile(`(?:persoon|person) (?:&#34;|&quot;|")P-[0-9a-f]{6}`).MatchString(page) {
					t.Errorf("%s: the data notes show no pseudonym", f)
				}
			case "names":
				if !strings.Contains(page, "Jan Peeters") {
					t.Errorf("%s: with names the data notes hide the name", f)
				}
			}
			os.Remove(filepath.Join(outDir, f))
		}
	}
	// An error in people.csv (a duplicate id written as a name) is shown
	// by pseudonym too.
	bad := personCase(t, t.TempDir())
	os.WriteFile(filepath.Join(bad, "people.csv"), []byte("id,partner\nMia Claes,caw\nMia Claes,ocmw\n"), 0o644)
	_, stderr, code := runGBO(t, "validate", bad)
	if code != 2 || strings.Contains(stderr, "Mia Claes") || !strings.Contains(stderr, `duplicate id "P-`) {
		t.Errorf("duplicate person id: exit %d, stderr %s", code, stderr)
	}
}

// graphProblemCodes is every problem code of package graph (the
// catalogue's problems.* codes, graph.ProblemCodes) with its English and
// Dutch text.
func graphProblemCodes(t *testing.T) map[string]string {
	t.Helper()
	codes := map[string]string{}
	args := []string{"ARG1", "ARG2", "ARG3", "ARG4", "ARG5"}
	for _, c := range graph.ProblemCodes() {
		codes[c] = graph.Text(c, "en", args...) + " / " + graph.Text(c, "nl", args...)
	}
	if len(codes) < 30 {
		t.Fatalf("found only %d problem codes in graph: the catalogue is not read", len(codes))
	}
	return codes
}

// Every problem code is marked: its args hold a person (personArgs,
// peopleFileArgs) or never do (noPersonArgs). A code whose message speaks
// of a person must be marked as holding one. A new code fails here until
// someone decides.
func TestEveryProblemCodeIsMarkedForPeople(t *testing.T) {
	codes := graphProblemCodes(t)
	no := map[string]bool{}
	for _, c := range noPersonArgs {
		no[c] = true
	}
	personWord := regexp.MustCompile(`(?i)\b(person|people|persoon|personen)\b`)
	for code, text := range codes {
		_, person := personArgs[code]
		_, inPeople := peopleFileArgs[code]
		switch {
		case !person && !inPeople && !no[code]:
			t.Errorf("problem code %q (%s) is not marked: add it to personArgs or peopleFileArgs (cmd/gbo/pseudonymkey_problems.go) if an arg can hold a person's id or name, else to noPersonArgs", code, text)
		// "people.csv" and the settings key "labels.person" name a file and a
		// key, not a person.
		case personWord.MatchString(strings.NewReplacer("people.csv", "", "labels.person", "").Replace(text)) && !person:
			t.Errorf("problem code %q speaks of a person (%s) but is not in personArgs", code, text)
		case (person || inPeople) && no[code]:
			t.Errorf("problem code %q is marked both ways", code)
		}
	}
	for code, idx := range personArgs {
		if _, ok := codes[code]; !ok {
			t.Errorf("personArgs names %q, which is no problem code of graph", code)
		}
		_ = idx
	}
}

// Every code marked as holding a person is printed without it, in each
// place a problem is printed: walk every person code with a name as its
// arg, on stderr and in the shared notes.
func TestEveryPersonCodeIsPrintedWithoutTheName(t *testing.T) {
	isolate(t)
	l := &loaded{label: "x", c: &graph.Case{Case: casedata.Case{Name: "x"}}, lang: "en", people: "pseudonyms", keys: &keySource{}}
	check := func(p graph.Problem) {
		for _, shared := range []bool{false, true} {
			s, err := l.problemView(shared).text(p)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(s, "Jan Peeters") || !strings.Contains(s, "P-") {
				t.Errorf("%s (shared %v): %q", p.Code, shared, s)
			}
		}
	}
	for code, idx := range personArgs {
		args := []string{"a", "b", "c", "d"}
		for _, i := range idx {
			args[i] = "Jan Peeters"
		}
		check(graph.Problem{Pos: graph.Pos{File: "x/interactions.csv", Line: 2, Col: 3}, Code: code, Args: args})
	}
	for code, idx := range peopleFileArgs {
		args := []string{"a", "b", "c", "d"}
		for _, i := range idx {
			args[i] = "Jan Peeters"
		}
		for _, file := range []string{"x/people.csv", "x/People.CSV", "book.xlsx:people"} {
			check(graph.Problem{Pos: graph.Pos{File: file, Line: 2, Col: 1}, Code: code, Args: args})
		}
	}
}

// ---- 3. no path of the machine in the report ----

// The report and the compare page name files by their names within the
// case, never by a path of the machine: a case in a folder whose path
// holds a user's folder names, with warnings on its files and a depth
// model beside it.
func TestReportNamesNoPathOfTheMachine(t *testing.T) {
	root := filepath.Join(t.TempDir(), "Gebruikers", "an.de.smet", "Vertrouwelijk Dossier")
	dir := filepath.Join(root, "casus")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	personCase(t, dir)
	os.WriteFile(filepath.Join(dir, "case.toml"), []byte("name = \"Proefcase\"\nas_of = \"2024-12-31\"\nvreemd = 1\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "partners.csv"), []byte("id,sector,name,extra kolom\ncaw,CAW,CAW,\nocmw,OCMW,OCMW,\ndmw,DMW,DMW,\nvgz,VGZ,Geen events,\n"), 0o644)
	model := filepath.Join(root, "model.toml")
	os.WriteFile(model, []byte("half_life = 365\nonbekend = 2\n"), 0o644)
	out := t.TempDir()
	wd, _ := os.Getwd()
	// the case given by its absolute path, and by a path relative to the
	// working folder
	for i, arg := range []string{dir, relTo(t, wd, dir)} {
		page := filepath.Join(out, fmt.Sprintf("rapport%d.html", i))
		cmp := filepath.Join(out, fmt.Sprintf("vergelijking%d.html", i))
		_, stderr, code := runGBO(t, "report", arg, "--depth-model", model, "-o", page)
		if code != 0 {
			t.Fatalf("report %s: exit %d: %s", arg, code, stderr)
		}
		if !strings.Contains(stderr, "warning") {
			t.Fatalf("the case gives no warnings; the test needs some:\n%s", stderr)
		}
		if _, stderr, code := runGBO(t, "compare", arg, arg, "--depth-model", model, "-o", cmp); code != 0 {
			t.Fatalf("compare: %s", stderr)
		}
		for _, f := range []string{page, cmp} {
			b, _ := os.ReadFile(f)
			html := string(b)
			for _, leak := range []string{root, "Gebruikers", "an.de.smet", "Vertrouwelijk", filepath.Dir(root), wd, "../"} {
				if strings.Contains(html, leak) {
					i := strings.Index(html, leak)
					t.Errorf("%s (case %s) holds %q: …%s…", filepath.Base(f), arg, leak, html[max(0, i-80):min(len(html), i+80)])
				}
			}
			if !strings.Contains(html, "partners.csv") {
				t.Errorf("%s: the warning on partners.csv is gone, not named within the case", filepath.Base(f))
			}
		}
	}
}

func relTo(t *testing.T, base, target string) string {
	t.Helper()
	r, err := filepath.Rel(base, target)
	if err != nil {
		t.Skip(err)
	}
	return r
}

func TestFileWithinCase(t *testing.T) {
	l := &loaded{label: "/home/an/Docs/casus"}
	for in, want := range map[string]string{
		"/home/an/Docs/casus/partners.csv": "partners.csv",
		"/home/an/Docs/model.toml":         "model.toml",
		"/elders/boek.xlsx:Interacties":    "boek.xlsx:Interacties",
		"":                                 "",
	} {
		if got := l.fileWithinCase(in); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
	b := &loaded{label: "/home/an/boek.xlsx"}
	if got := b.fileWithinCase("/home/an/boek.xlsx:Interacties"); got != "Interacties" {
		t.Errorf("sheet: %q", got)
	}
	if got := b.scrubPaths(`cannot read file: open /home/an/boek.xlsx: permission denied; see /var/lib/x/y.txt`); strings.Contains(got, "/home") || strings.Contains(got, "/var") {
		t.Errorf("scrub: %q", got)
	}
}

func mustSample(t *testing.T, name string) fs.FS {
	t.Helper()
	f, ok := samples.FS(name)
	if !ok {
		t.Fatalf("no sample %s", name)
	}
	return f
}

func countTrue(bs []bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}

// The run that creates the user's key says so once, on standard error, with
// the path and why to keep a copy; later runs say nothing; and a key that
// cannot be created says how to give one instead.
func TestCreatingTheKeyIsAnnounced(t *testing.T) {
	isolate(t)
	p, _ := defaultKeyPath()
	var stdout, stderr bytes.Buffer
	if code := run([]string{"gbo", "weak", "sample:sleutelfiguren", "--lang", "nl"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if n := strings.Count(stderr.String(), "uw pseudoniemsleutel "+p+" is aangemaakt: bewaar er een kopie van"); n != 1 {
		t.Errorf("the creation is announced %d times:\n%s", n, stderr.String())
	}
	first := stdout.String()
	stdout.Reset()
	stderr.Reset()
	run([]string{"gbo", "weak", "sample:sleutelfiguren", "--lang", "nl"}, &stdout, &stderr)
	if strings.Contains(stderr.String(), "aangemaakt") || stdout.String() != first {
		t.Errorf("second run: %s", stderr.String())
	}
	// No folder for the key: the message says what to do instead.
	t.Setenv("XDG_CONFIG_HOME", "/dev/null/gbo-config")
	t.Setenv("HOME", "/dev/null/gbo-home")
	stderr.Reset()
	if code := run([]string{"gbo", "weak", "sample:sleutelfiguren", "--lang", "nl"}, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), "--pseudonym-key B") {
		t.Errorf("exit %d: %s", code, stderr.String())
	}
}

// otherKeyHex is a second key, as openssl rand -hex 32 makes one.
const otherKeyHex = "7a01c55e9b3f2d8846e0f1a9b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5"

// A key anybody could guess is refused (exit status 1, nothing printed on
// standard output) with how to make a real one, whether given with
// --pseudonym-key or found as the user's own key: all zeros, one byte
// repeated, a repeated 4-byte block, bytes counting up, typed text.
func TestTrivialKeyIsRefused(t *testing.T) {
	home := isolate(t)
	for name, hexKey := range map[string]string{
		"zero":         strings.Repeat("0", 64),
		"one byte":     strings.Repeat("ab", 32),
		"4-byte block": strings.Repeat("deadbeef", 8),
		"counting":     "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
		"typed text":   hex.EncodeToString([]byte("correct horse battery staple!!12")),
	} {
		key := keyFile(t, t.TempDir(), hexKey)
		for _, lang := range []string{"en", "nl"} {
			out, stderr, code := runGBO(t, "weak", "sample:sleutelfiguren", "--lang", lang, "--pseudonym-key", key)
			want := map[string]string{"en": "cannot be random", "nl": "kan niet willekeurig zijn"}[lang]
			if code != 1 || out != "" || !strings.Contains(stderr, want) || !strings.Contains(stderr, "openssl rand -hex 32") || !strings.Contains(stderr, key) {
				t.Errorf("%s key, %s: exit %d, stdout %d bytes, stderr %q", name, lang, code, len(out), stderr)
			}
		}
		// the same key as the user's own
		p, _ := defaultKeyPath()
		if !strings.HasPrefix(p, home) {
			t.Fatalf("key %s outside the test's home", p)
		}
		os.MkdirAll(filepath.Dir(p), 0o700)
		os.WriteFile(p, []byte(hexKey+"\n"), 0o600)
		if _, stderr, code := runGBO(t, "anonymise", "sample:sleutelfiguren", "--lang", "en", "-o", filepath.Join(t.TempDir(), "copy")); code != 1 || !strings.Contains(stderr, "cannot be random") {
			t.Errorf("%s key as the user's own: exit %d, %s", name, code, stderr)
		}
		os.Remove(p)
	}
	// a key of the same form, drawn at random, is taken
	key := keyFile(t, t.TempDir(), otherKeyHex)
	if _, stderr, code := runGBO(t, "weak", "sample:sleutelfiguren", "--pseudonym-key", key); code != 0 {
		t.Errorf("a random key: exit %d, %s", code, stderr)
	}
}
