package boundary

import (
	"sort"
	"strings"

	"gbo/graph/casedata"
	"gbo/metrics/depth"
)

// Verdict is what an object is for the partnership (docs/flags.md#boundary-objects).
type Verdict string

const (
	// VerdictBoundaryObject: its events in the window involve ≥ 3 partners
	// from ≥ 2 sectors, at least one core and one external partner, and
	// reach rung ≥ 3 (referral).
	VerdictBoundaryObject Verdict = "boundary_object"
	// VerdictCandidate spans sectors like a boundary object (≥ 3 partners,
	// ≥ 2 sectors, core and external) but stays below rung 3.
	VerdictCandidate Verdict = "candidate"
	// VerdictNoCore cannot be judged: the object spans sectors (≥ 3
	// partners, ≥ 2 sectors) but the case has no core partner at all, so
	// whether it brings core and external partners together has no answer.
	VerdictNoCore Verdict = "no_core"
	// VerdictLocal has events in the window but does not span sectors:
	// fewer than 3 partners, one sector, or (in a case with core
	// partners) not both core and external partners.
	VerdictLocal Verdict = "local"
	// VerdictUnused has no event in the window: listed in objects.csv, or
	// named only on events outside the window.
	VerdictUnused Verdict = "unused"
)

// MinPartners, MinSectors and MinRung are the thresholds of the rule.
const (
	MinPartners = 3
	MinSectors  = 2
	MinRung     = 3
)

var verdictOrder = map[Verdict]int{VerdictBoundaryObject: 0, VerdictCandidate: 1, VerdictNoCore: 2, VerdictLocal: 3, VerdictUnused: 4}

// BoundaryObject is one object of the case, as the `objects` command
// prints it (docs/json.md#objects).
type BoundaryObject struct {
	ID      string  `json:"id"`
	Name    string  `json:"name"`
	Verdict Verdict `json:"verdict"`
	// Partners counts the distinct partners on its events in the window;
	// PartnerIDs lists them, sorted.
	Partners   int      `json:"partners"`
	PartnerIDs []string `json:"partner_ids"`
	// Sectors lists the sectors of those partners (as first written in
	// partners.csv; sectors that differ only in case or spaces are one),
	// sorted.
	Sectors []string `json:"sectors"`
	// Blau is 1 − Σ p², p the share of its partners in each sector; 0 for
	// one sector (or none).
	Blau    float64 `json:"blau"`
	MaxRung int     `json:"max_rung"`
	// MeanRung is the mean rung of its events weighted by their count
	// (Σ count·rung / Σ count); nil when unused.
	MeanRung *float64 `json:"mean_rung"`
	// Events is Σ count of its events in the window.
	Events int `json:"events"`
	// UniquePairs counts the pairs of its partners from different sectors
	// that share at least one event on this object in the window and no
	// event on anything else (another object, or none) in the window.
	// Ratings are not events and do not count.
	UniquePairs int `json:"unique_pairs"`
	// DegreeCentrality and Betweenness are the object's bipartite measures
	// (see Bipartite).
	DegreeCentrality float64  `json:"degree_centrality"`
	Betweenness      float64  `json:"betweenness"`
	Reasons          []Reason `json:"reasons"`
	// Listed is false for an object named on events but absent from
	// objects.csv (its name is then its id).
	Listed bool `json:"-"`
}

// PartnerRole is a partner's place in the two-mode network.
type PartnerRole struct {
	ID string `json:"id"`
	// Objects counts the objects it took part in (its bipartite degree).
	Objects          int     `json:"objects"`
	DegreeCentrality float64 `json:"degree_centrality"`
	Betweenness      float64 `json:"betweenness"`
}

// Result is the analysis of every object, ranked, and the partners'
// bipartite measures, by id.
type Result struct {
	Objects  []BoundaryObject `json:"objects"`
	Partners []PartnerRole    `json:"partners"`
}

// Objects analyses every object of the case: those in objects.csv and those
// only named on events (analysed with name = id; the reader warns about
// them). Only events in s's window count. Ranked boundary objects first,
// then candidates, no_core (a case without core partners), local and
// unused objects; within a verdict by events (descending), then id.
func Objects(s *depth.Scored) Result {
	c := s.Case
	partner := make(map[string]*casedata.Partner, len(c.Partners))
	for i := range c.Partners {
		partner[c.Partners[i].ID] = &c.Partners[i]
	}
	sectorKey, sectorName := sectorKeys(c.Partners)
	caseCore := false
	for i := range c.Partners {
		caseCore = caseCore || c.Partners[i].Core
	}

	var objs []*objectAcc
	byID := map[string]*objectAcc{}
	add := func(id, name string, listed bool) *objectAcc {
		if o, ok := byID[id]; ok {
			return o
		}
		if name == "" {
			name = id
		}
		o := &objectAcc{BoundaryObject: BoundaryObject{ID: id, Name: name, Listed: listed}, partners: map[string]bool{}}
		byID[id] = o
		objs = append(objs, o)
		return o
	}
	for _, ob := range c.Objects {
		add(ob.ID, ob.Name, true)
	}
	// Objects only named on events are objects too, even when none of
	// their events falls in the window (they are then unused).
	for i := range c.Events {
		if o := c.Events[i].Object; o != "" {
			add(o, "", false)
		}
	}
	var rungSum = map[*objectAcc]float64{}
	for i := range c.Events {
		e := &c.Events[i]
		if e.Object == "" || !inWindow(s, e) {
			continue
		}
		o := byID[e.Object]
		o.Events += e.Count
		rungSum[o] += float64(e.Count * e.Rung)
		o.MaxRung = max(o.MaxRung, e.Rung)
		for _, p := range e.Participants() {
			o.partners[p] = true
		}
	}

	// Unique pairs: a tie whose events in the window are all on one object.
	// Every pair sharing an event on o is a tie of s with that event, so
	// walking the ties finds them all.
	for i := range s.Ties {
		t := &s.Ties[i]
		idx := t.EventIndices()
		if len(idx) == 0 {
			continue
		}
		only := c.Events[idx[0]].Object
		for _, k := range idx[1:] {
			if c.Events[k].Object != only {
				only = ""
				break
			}
		}
		if only == "" {
			continue
		}
		pa, pb := partner[t.A], partner[t.B]
		if pa == nil || pb == nil || sectorKey(pa.Sector) == sectorKey(pb.Sector) {
			continue
		}
		byID[only].UniquePairs++
	}

	for _, o := range objs {
		o.PartnerIDs = sortedKeys(o.partners)
		o.Partners = len(o.PartnerIDs)
		counts := map[string]int{}
		core, external := false, false
		for _, id := range o.PartnerIDs {
			p := partner[id]
			if p == nil {
				continue // the reader reports unknown partners as errors
			}
			counts[sectorKey(p.Sector)]++
			if p.Core {
				core = true
			} else {
				external = true
			}
		}
		o.Sectors = make([]string, 0, len(counts))
		for k := range counts {
			o.Sectors = append(o.Sectors, sectorName[k])
		}
		sort.Strings(o.Sectors)
		o.Blau = blau(counts, o.Partners)
		if o.Events > 0 {
			m := rungSum[o] / float64(o.Events)
			o.MeanRung = &m
		}
		o.judge(len(counts), core, external, caseCore)
	}

	res := Result{Objects: make([]BoundaryObject, len(objs))}
	for i, o := range objs {
		res.Objects[i] = o.BoundaryObject
	}
	res.Partners = bipartite(c.Partners, res.Objects)
	sort.SliceStable(res.Objects, func(i, j int) bool {
		a, b := &res.Objects[i], &res.Objects[j]
		if verdictOrder[a.Verdict] != verdictOrder[b.Verdict] {
			return verdictOrder[a.Verdict] < verdictOrder[b.Verdict]
		}
		if a.Events != b.Events {
			return a.Events > b.Events
		}
		return a.ID < b.ID
	})
	return res
}

type objectAcc struct {
	BoundaryObject
	partners map[string]bool
}

// judge applies the rule of docs/flags.md#boundary-objects and says why in
// reasons. caseCore is whether the case has any core partner: without
// one, an object that spans sectors is no_core (cannot be judged), and a
// local object is local for its partners or sectors alone.
func (o *objectAcc) judge(sectors int, core, external, caseCore bool) {
	var r []Reason
	if o.Events == 0 {
		o.Verdict = VerdictUnused
		o.Reasons = []Reason{{Code: CodeNoEvents}}
		if !o.Listed {
			o.Reasons = append(o.Reasons, Reason{Code: CodeNotInObjects})
		}
		return
	}
	spans := o.Partners >= MinPartners && sectors >= MinSectors && core && external
	if !caseCore && o.Partners >= MinPartners && sectors >= MinSectors {
		o.Verdict = VerdictNoCore
		r = append(r, Reason{Code: CodeSpansSectors, N: sectors}, Reason{Code: CodeManyPartners, N: o.Partners})
		if o.MaxRung >= MinRung {
			r = append(r, Reason{Code: CodeReachesRung, N: o.MaxRung})
		} else {
			r = append(r, Reason{Code: CodeBelowRung, N: o.MaxRung})
		}
		r = append(r, Reason{Code: CodeCaseNoCore})
	} else if spans {
		r = append(r, Reason{Code: CodeSpansSectors, N: sectors}, Reason{Code: CodeManyPartners, N: o.Partners},
			Reason{Code: CodeCoreExternal})
		if o.MaxRung >= MinRung {
			o.Verdict = VerdictBoundaryObject
			r = append(r, Reason{Code: CodeReachesRung, N: o.MaxRung})
		} else {
			o.Verdict = VerdictCandidate
			r = append(r, Reason{Code: CodeBelowRung, N: o.MaxRung})
		}
	} else {
		o.Verdict = VerdictLocal
		if o.Partners < MinPartners {
			r = append(r, Reason{Code: CodeFewPartners, N: o.Partners})
		}
		if sectors < MinSectors {
			r = append(r, Reason{Code: CodeOneSector})
		}
		if !core && caseCore {
			r = append(r, Reason{Code: CodeNoCore})
		}
		if !external {
			r = append(r, Reason{Code: CodeNoExternal})
		}
	}
	if o.UniquePairs > 0 {
		r = append(r, Reason{Code: CodeUniquePairs, N: o.UniquePairs})
	}
	if !o.Listed {
		r = append(r, Reason{Code: CodeNotInObjects})
	}
	o.Reasons = r
}

// blau is Blau's index of heterogeneity, 1 − Σ p_k², over the sector counts
// (Blau, Inequality and Heterogeneity, 1977).
func blau(counts map[string]int, total int) float64 {
	if total == 0 {
		return 0
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys) // a fixed order of summation: byte-identical output
	sum := 0.0
	for _, k := range keys {
		p := float64(counts[k]) / float64(total)
		sum += p * p
	}
	return 1 - sum
}

// sectorKeys folds case and surrounding space, as targets.csv does, and
// names each sector by its first spelling in partners.csv.
func sectorKeys(ps []casedata.Partner) (func(string) string, map[string]string) {
	key := func(s string) string { return strings.ToLower(strings.TrimSpace(s)) }
	name := map[string]string{}
	for _, p := range ps {
		if _, ok := name[key(p.Sector)]; !ok {
			name[key(p.Sector)] = strings.TrimSpace(p.Sector)
		}
	}
	return key, name
}

// inWindow is depth.Score's window: not after as_of, not before since.
func inWindow(s *depth.Scored, e *casedata.Event) bool {
	return !e.Date.After(s.AsOf) && (s.Since.IsZero() || !e.Date.Before(s.Since))
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
