package samples

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestGenerateIsDeterministicAndValid(t *testing.T) {
	opt := GenerateOptions{Partners: 80, Events: 4000, Seed: 7, People: true, Objects: 6}
	a, b := t.TempDir(), t.TempDir()
	if err := Generate(opt, a); err != nil {
		t.Fatal(err)
	}
	if err := Generate(opt, b); err != nil {
		t.Fatal(err)
	}
	ta := tree(t, os.DirFS(a))
	if !sameTree(t, ta, tree(t, os.DirFS(b))) {
		t.Fatal("the same options gave different files")
	}
	for _, f := range []string{"partners.csv", "interactions.csv", "people.csv", "objects.csv", "case.toml"} {
		if _, ok := ta[f]; !ok {
			t.Errorf("no %s", f)
		}
	}
	if len(ta) != 5 {
		t.Errorf("%d files, want 5 (no temporary files left)", len(ta))
	}
	c := load(t, os.DirFS(a)) // every id known, no self-ties, kinds valid
	if len(c.partners) != 80 || len(c.events) != 4000 {
		t.Fatalf("%d partners, %d events", len(c.partners), len(c.events))
	}

	core := 0
	for _, id := range c.order {
		if c.core(id) {
			core++
		}
	}
	if core < 20 || core > 28 {
		t.Errorf("%d core partners of 80, want about 30%%", core)
	}
	var rungs [6]int
	act := map[string]int{}
	local, withPeople, withObject := 0, 0, 0
	for _, e := range c.events {
		rungs[e.rung]++
		muns := map[string]bool{}
		for _, p := range e.parts() {
			act[p]++
			muns[c.partners[p]["municipality"]] = true
		}
		if len(muns) == 1 {
			local++
		}
		if len(e.people) > 0 {
			withPeople++
		}
		if e.object != "" {
			withObject++
		}
	}
	if rungs[4]+rungs[5] >= rungs[1] || rungs[5] == 0 || rungs[3] == 0 {
		t.Errorf("rung profile %v: want mostly 1-3, fewer 4-5", rungs)
	}
	counts := make([]int, 0, len(act))
	total := 0
	for _, n := range act {
		counts = append(counts, n)
		total += n
	}
	slices.Sort(counts)
	slices.Reverse(counts)
	top := 0
	for _, n := range counts[:8] {
		top += n
	}
	if share := float64(top) / float64(total); share < 0.3 {
		t.Errorf("the 10%% most active partners take %.2f of participations; want a heavy tail", share)
	}
	if share := float64(local) / float64(len(c.events)); share < 0.3 {
		t.Errorf("%.2f of events stay in one municipality; want community structure", share)
	}
	if withPeople != len(c.events) || withObject == 0 {
		t.Errorf("%d events with people, %d with an object", withPeople, withObject)
	}
	if first, last := c.events[0].date, c.events[len(c.events)-1].date; first.Year() != 2023 || last.Year() != 2024 || last.After(c.asOf) {
		t.Errorf("events from %v to %v, as_of %v", first, last, c.asOf)
	}

	other := t.TempDir()
	opt.Seed = 8
	Generate(opt, other)
	if b, _ := os.ReadFile(filepath.Join(other, "interactions.csv")); string(b) == string(ta["interactions.csv"]) {
		t.Error("another seed gave the same events")
	}
}

func TestGenerateSmallestCaseWithoutExtras(t *testing.T) {
	dir := t.TempDir()
	if err := Generate(GenerateOptions{Partners: 2, Events: 1}, dir); err != nil {
		t.Fatal(err)
	}
	c := load(t, os.DirFS(dir))
	if len(c.partners) != 2 || len(c.events) != 1 || len(c.people) != 0 || len(c.objects) != 0 {
		t.Errorf("%d partners, %d events, %d people, %d objects", len(c.partners), len(c.events), len(c.people), len(c.objects))
	}
	b, _ := os.ReadFile(filepath.Join(dir, "interactions.csv"))
	if !strings.HasPrefix(string(b), "date,from,with,kind\n") {
		t.Errorf("header %q", strings.SplitN(string(b), "\n", 2)[0])
	}
}

func TestGenerateRejectsBadOptions(t *testing.T) {
	for _, tc := range []struct {
		opt  GenerateOptions
		want []string
	}{
		{GenerateOptions{Partners: 1, Events: 10}, []string{"partners must be from 2 to 1,000,000, got 1"}},
		{GenerateOptions{Partners: 10, Events: 0}, []string{"events must be from 1 to 5,000,000", "got 0"}},
		{GenerateOptions{Partners: 0, Events: -1, Objects: -2}, []string{"partners", "events", "objects"}},
	} {
		dir := filepath.Join(t.TempDir(), "out")
		err := Generate(tc.opt, dir)
		if err == nil {
			t.Errorf("%+v: no error", tc.opt)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%+v: error %q does not say %q", tc.opt, err, w)
			}
		}
		if _, err := os.Stat(dir); err == nil {
			t.Errorf("%+v: created %s", tc.opt, dir)
		}
	}
}

func TestGenerateRefusesToOverwrite(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "ties.csv"), []byte("mine"), 0o644)
	err := Generate(GenerateOptions{Partners: 5, Events: 5}, dir)
	if err == nil || !strings.Contains(err.Error(), "ties.csv") {
		t.Fatalf("err = %v, want a refusal naming ties.csv", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("%d files in the folder, want only the old one", len(entries))
	}
}

// BenchmarkGenerate writes the scale-test case: 2,000 partners, 1,000,000 events.
func BenchmarkGenerate(b *testing.B) {
	for b.Loop() {
		dir := b.TempDir()
		if err := Generate(GenerateOptions{Partners: 2000, Events: 1_000_000, Seed: 1, People: true, Objects: 20}, dir); err != nil {
			b.Fatal(err)
		}
	}
}
