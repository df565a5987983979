package metrics

import (
	"bytes"
	"crypto/rand"
	"errors"
	"fmt"
	"regexp"
	"testing"

	"gbo/graph/casedata"
)

func testKey(b byte) []byte { return bytes.Repeat([]byte{b}, KeySize) }

// The same key gives the same pseudonyms, whatever else the case holds; a
// different key gives different ones; pseudonyms need a key of KeySize.
func TestPseudonymsDependOnTheKeyOnly(t *testing.T) {
	a := &casedata.Case{Name: "A", Partners: []casedata.Partner{{ID: "x"}}, People: []casedata.Person{{ID: "p01", Name: "Jan"}}}
	b := &casedata.Case{Name: "B", Partners: []casedata.Partner{{ID: "y"}, {ID: "z"}}, People: []casedata.Person{{ID: "p01"}}}
	pa, err := NewPseudonyms(a, PeoplePseudonyms, testKey(1))
	if err != nil {
		t.Fatal(err)
	}
	pb, _ := NewPseudonyms(b, PeoplePseudonyms, testKey(1))
	pc, _ := NewPseudonyms(a, PeoplePseudonyms, testKey(2))
	if pa.Person("p01") != pb.Person("p01") {
		t.Errorf("same key, same id: %s and %s", pa.Person("p01"), pb.Person("p01"))
	}
	if pa.Person("p01") == pc.Person("p01") {
		t.Errorf("another key gave the same pseudonym %s", pa.Person("p01"))
	}
	if !regexp.MustCompile(`^P-[0-9a-f]{6}$`).MatchString(pa.Person("p01")) {
		t.Errorf("pseudonym %q is not P- and 6 hex digits", pa.Person("p01"))
	}
	for _, key := range [][]byte{nil, testKey(1)[:16], append(testKey(1), 0)} {
		if _, err := NewPseudonyms(a, PeoplePseudonyms, key); !errors.Is(err, ErrNoKey) {
			t.Errorf("key of %d bytes: err %v, want ErrNoKey", len(key), err)
		}
	}
	// names and none need no key
	pn, err := NewPseudonyms(a, PeopleNames, nil)
	if err != nil || pn.Person("p01") != "Jan" || pn.Person("p99") != "p99" {
		t.Errorf("names: %v %q %q", err, pn.Person("p01"), pn.Person("p99"))
	}
	pz, err := NewPseudonyms(a, PeopleNone, nil)
	if err != nil || pz.Person("p01") != "" || pz.People([]string{"p01"}) != nil {
		t.Errorf("none: %v %q", err, pz.Person("p01"))
	}
}

// Two people of one case never share a pseudonym: where their 6 hex
// digits collide, both get 12. A generated case of 20,000 people has
// collisions at 24 bits (about 12 pairs expected).
func TestPseudonymsOfOneCaseNeverCollide(t *testing.T) {
	c := &casedata.Case{}
	for i := range 20000 {
		c.People = append(c.People, casedata.Person{ID: fmt.Sprintf("p%05d", i)})
	}
	// and ids met only in the people column of an event
	c.Events = []casedata.Event{{People: []string{"q1", "q2"}}}
	pn, err := NewPseudonyms(c, PeoplePseudonyms, testKey(7))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	long := 0
	for _, id := range append(personIDs(c), "q1", "q2") {
		s := pn.Person(id)
		if other, ok := seen[s]; ok && other != id {
			t.Fatalf("%s and %s share pseudonym %s", other, id, s)
		}
		seen[s] = id
		if len(s) == 2+longHex {
			long++
		}
	}
	if long == 0 {
		t.Errorf("no colliding short pseudonyms among 20,000: the test lost its point")
	}
}

// Anonymise keys the copy's people with the given key, and needs one.
func TestAnonymiseUsesTheKey(t *testing.T) {
	c := &casedata.Case{Name: "A", Partners: []casedata.Partner{{ID: "a"}, {ID: "b"}},
		People: []casedata.Person{{ID: "p01", Partner: "a", Name: "Jan Peeters", Role: "coördinator"}},
		Events: []casedata.Event{{From: "a", With: []string{"b"}, People: []string{"p01"}, Count: 1}}}
	if _, err := Anonymise(c, AnonymiseOptions{}); !errors.Is(err, ErrNoKey) {
		t.Errorf("no key: err %v, want ErrNoKey", err)
	}
	out, err := Anonymise(c, AnonymiseOptions{Key: testKey(3)})
	if err != nil {
		t.Fatal(err)
	}
	pn, _ := NewPseudonyms(c, PeoplePseudonyms, testKey(3))
	if out.People[0].ID != pn.Person("p01") || out.Events[0].People[0] != pn.Person("p01") || out.People[0].Name != "" || out.People[0].Role != "" {
		t.Errorf("copy's person %+v, event people %v; want %s without name or role", out.People[0], out.Events[0].People, pn.Person("p01"))
	}
}

// A key that cannot have been drawn at random is refused, whatever its
// shape: all zeros, one byte repeated, a block of 4 or 16 bytes repeated,
// 7 distinct values, bytes counting up or down in steps, typed text. 1,000
// keys from crypto/rand all pass (each is refused with probability < 2e-14).
func TestTrivialKeysAreRefusedRandomOnesPass(t *testing.T) {
	random := make([]byte, KeySize)
	rand.Read(random)
	// a random key with its bytes pushed out of the printable range
	for i := range random {
		random[i] |= 0x80
	}
	counting := make([]byte, KeySize)
	down := make([]byte, KeySize)
	for i := range counting {
		counting[i] = byte(i)
		down[i] = byte(200 - 3*i)
	}
	seven := make([]byte, KeySize)
	for i := range seven {
		seven[i] = random[(i*5+i/3)%7] // at most 7 values of a random key, in no period
	}
	for _, tc := range []struct {
		name string
		key  []byte
		want string
	}{
		{"zero key", make([]byte, KeySize), KeyFewValues},
		{"repeated byte", testKey(0xab), KeyFewValues},
		{"repeated 4-byte pattern", bytes.Repeat([]byte{0xde, 0xad, 0xbe, 0xef}, 8), KeyFewValues},
		// fixed blocks of 8 and 16 distinct values (a random block may hold
		// fewer than 8 values, and be refused for that first)
		{"repeated 8-byte pattern", bytes.Repeat([]byte{0x91, 0xa7, 0xc3, 0xd5, 0xe9, 0xf2, 0x84, 0xb6}, 4), KeyPattern},
		{"repeated 16-byte pattern", bytes.Repeat([]byte{0x91, 0xa7, 0xc3, 0xd5, 0xe9, 0xf2, 0x84, 0xb6, 0x8d, 0xfa, 0x9e, 0xcb, 0xb1, 0xe4, 0x97, 0xd8}, 2), KeyPattern},
		{"at most seven values", seven, KeyFewValues},
		{"counting up", counting, KeySteps},
		{"counting down by 3", down, KeySteps},
		{"password", []byte("correct horse battery staple!!12"), KeyText},
		{"hex text of 16 bytes", []byte("9f86d081884c7d659a2feaa0c55ad015"), KeyText},
		{"short key", random[:16], KeyFewValues},
	} {
		if got := KeyWeakness(tc.key); got != tc.want {
			t.Errorf("%s %x: weakness %q, want %q", tc.name, tc.key, got, tc.want)
		}
	}
	for i := range 1000 {
		key := make([]byte, KeySize)
		if _, err := rand.Read(key); err != nil {
			t.Fatal(err)
		}
		if why := KeyWeakness(key); why != "" {
			t.Fatalf("random key %d %x refused: %s", i, key, why)
		}
	}
}
