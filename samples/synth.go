package samples

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"
)

// The synthetic partnership behind Generate: places, partners with
// heavy-tailed activity, people, objects, and the event stream.

// synthSector is a sector a synthetic partner can have: its id prefix,
// display label and relative frequency among core or external partners.
type synthSector struct {
	prefix, label, sector string
	weight                float64
}

var synthCore = []synthSector{
	{"ocmw", "OCMW", "OCMW", 0.45},
	{"dmw", "DMW", "DMW", 0.40},
	{"caw", "CAW", "CAW", 0.15},
}

var synthExternal = []synthSector{
	{"so", "Samenlevingsopbouw", "Samenlevingsopbouw", 0.06},
	{"vwahw", "Vereniging waar armen het woord nemen", "Armoedevereniging", 0.07},
	{"hvhk", "Huis van het Kind", "Huis van het Kind", 0.08},
	{"wgc", "Wijkgezondheidscentrum", "Eerstelijnsgezondheid", 0.06},
	{"ha", "Huisartsenpraktijk", "Eerstelijnsgezondheid", 0.08},
	{"tz", "Thuiszorg", "Thuiszorg", 0.07},
	{"wm", "Woonmaatschappij", "Sociale huisvesting", 0.06},
	{"vdab", "VDAB", "Werk", 0.05},
	{"school", "Basisschool", "Onderwijs", 0.12},
	{"clb", "CLB", "Leerlingenbegeleiding", 0.04},
	{"bib", "Bibliotheek", "Bibliotheek", 0.05},
	{"ldc", "Lokaal Dienstencentrum", "Ouderenzorg", 0.07},
	{"ko", "Kinderopvang", "Kinderopvang", 0.07},
	{"jw", "Jeugdwerking", "Jeugdwerk", 0.05},
	{"cafe", "Café Solidair", "Buurtwerk", 0.03},
	{"ovsg", "Opvoedingswinkel", "Opvoedingsondersteuning", 0.04},
}

var synthFunds = []string{"CM", "Solidaris", "Helan", "Liberale Mutualiteit", "Vlaams & Neutraal Ziekenfonds"}

// Syllables of fictional Flemish place names.
var (
	placeHeads = []string{"Heist", "Olmen", "Lommel", "Dessen", "Meers", "Oost", "Schelde", "Roesel", "Korte", "Leie",
		"Maas", "Elster", "Rotem", "Vliet", "Hoog", "Brug", "Kasterl", "Wester", "Zand", "Beek", "Linde", "Essen", "Molen", "Ravens"}
	placeTails = []string{"broek", "donk", "rode", "hout", "beke", "molen", "veld", "gem", "walle", "heide", "hoven", "dal", "kerke", "loo", "hem", "zele"}
)

var synthKinds = [6][]string{
	1: {"introduction", "network_meeting"},
	2: {"info_exchange", "joint_training"},
	3: {"referral", "warm_referral"},
	4: {"case_consultation", "coordination", "joint_intake"},
	5: {"joint_action", "adapted_offer", "shared_staff"},
}

// Cumulative rung distribution: 1 28%, 2 30%, 3 27%, 4 10%, 5 5%.
var synthRungCum = [5]float64{0.28, 0.58, 0.85, 0.95, 1}

type synthPartner struct {
	id, name, sector, mun string
	core                  bool
	weight                float64
	people                []int32
}

type synth struct {
	opt      GenerateOptions
	r        *rand.Rand
	partners []synthPartner
	muns     []string
	munOf    []int32
	regionOf []int32 // municipality -> region
	all      sampler
	byMun    []sampler
	byRegion []sampler
	people   []int32 // person index -> partner index
	personID [][]byte
	objectID [][]byte
	objCum   []float64
	start    time.Time
	days     int
}

// sampler draws partner indexes with probability proportional to weight.
type sampler struct {
	ids []int32
	cum []float64
}

func newSampler(ids []int32, ps []synthPartner) sampler {
	s := sampler{ids: ids, cum: make([]float64, len(ids))}
	total := 0.0
	for i, id := range ids {
		total += ps[id].weight
		s.cum[i] = total
	}
	return s
}

func (s sampler) draw(r *rand.Rand) int32 {
	x := r.Float64() * s.cum[len(s.cum)-1]
	i, _ := slices.BinarySearch(s.cum, x)
	return s.ids[min(i, len(s.ids)-1)]
}

func newSynth(opt GenerateOptions) *synth {
	g := &synth{
		opt:   opt,
		r:     rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x6a09e667f3bcc909)),
		start: time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC),
		days:  731,
	}
	g.makePlaces()
	g.makePartners()
	if opt.People {
		g.makePeople()
		g.personID = ids("p", len(g.people), 4)
	}
	if opt.Objects > 0 {
		g.objectID = ids("obj-", opt.Objects, 3)
		g.objCum = make([]float64, opt.Objects)
		total := 0.0
		for i := range g.objCum {
			total += 1 / math.Pow(float64(i+1), 0.8)
			g.objCum[i] = total
		}
	}
	return g
}

// makePlaces invents about one municipality per 20 partners, four to a region.
func (g *synth) makePlaces() {
	n := max(1, (g.opt.Partners+10)/20)
	seen := map[string]int{}
	for i := 0; i < n; i++ {
		name := placeHeads[g.r.IntN(len(placeHeads))] + placeTails[g.r.IntN(len(placeTails))]
		seen[name]++
		if k := seen[name]; k > 1 {
			name += "-" + strconv.Itoa(k)
		}
		g.muns = append(g.muns, name)
		g.regionOf = append(g.regionOf, int32(i/4))
	}
}

func (g *synth) makePartners() {
	n := g.opt.Partners
	nMun := len(g.muns)
	nCore := max(1, int(math.Round(0.3*float64(n))))
	width := len(strconv.Itoa(n))
	// Activity: Zipf-like weights over a random order, core partners twice as active.
	rank := g.r.Perm(n)
	g.partners = make([]synthPartner, n)
	g.munOf = make([]int32, n)
	names := map[string]int{}
	ocmwSeen := make([]bool, nMun)
	for i := 0; i < n; i++ {
		p := &g.partners[i]
		m := g.r.IntN(nMun)
		var s synthSector
		if i < nCore {
			p.core = true
			// Every municipality first gets its OCMW.
			if i < nMun && !ocmwSeen[i] {
				m = i
				s = synthCore[0]
			} else {
				s = pickSector(g.r, synthCore)
			}
			if s.prefix == "ocmw" {
				ocmwSeen[m] = true
			}
		} else {
			s = pickSector(g.r, synthExternal)
		}
		p.sector, p.mun = s.sector, g.muns[m]
		g.munOf[i] = int32(m)
		num := strconv.Itoa(i + 1)
		p.id = s.prefix + "-" + strings.Repeat("0", width-len(num)) + num
		name := s.label
		if s.prefix == "dmw" {
			name = "Dienst Maatschappelijk Werk " + synthFunds[g.r.IntN(len(synthFunds))]
		}
		name += " " + p.mun
		names[name]++
		if k := names[name]; k > 1 {
			name += " (" + strconv.Itoa(k) + ")"
		}
		p.name = name
		p.weight = 1 / math.Pow(float64(rank[i]+1), 0.9)
		if p.core {
			p.weight *= 2
		}
	}
	all := make([]int32, n)
	munIDs := make([][]int32, nMun)
	regIDs := make([][]int32, g.regionOf[nMun-1]+1)
	for i := range all {
		all[i] = int32(i)
		m := g.munOf[i]
		munIDs[m] = append(munIDs[m], int32(i))
		regIDs[g.regionOf[m]] = append(regIDs[g.regionOf[m]], int32(i))
	}
	g.all = newSampler(all, g.partners)
	for _, ids := range munIDs {
		g.byMun = append(g.byMun, newSampler(ids, g.partners))
	}
	for _, ids := range regIDs {
		g.byRegion = append(g.byRegion, newSampler(ids, g.partners))
	}
}

func pickSector(r *rand.Rand, ss []synthSector) synthSector {
	total := 0.0
	for _, s := range ss {
		total += s.weight
	}
	x := r.Float64() * total
	for _, s := range ss {
		if x < s.weight {
			return s
		}
		x -= s.weight
	}
	return ss[len(ss)-1]
}

// makePeople gives each partner one to twelve social workers, more where
// the partner is more active.
func (g *synth) makePeople() {
	mean := g.all.cum[len(g.all.cum)-1] / float64(len(g.partners))
	for i := range g.partners {
		p := &g.partners[i]
		k := 1 + min(11, int(1.5*math.Sqrt(p.weight/mean))+g.r.IntN(2))
		for j := 0; j < k; j++ {
			p.people = append(p.people, int32(len(g.people)))
			g.people = append(g.people, int32(i))
		}
	}
}

// ids numbers n things as prefix + zero-padded number, at least width digits.
func ids(prefix string, n, width int) [][]byte {
	width = max(width, len(strconv.Itoa(n)))
	out := make([][]byte, n)
	for i := range out {
		num := strconv.Itoa(i + 1)
		b := make([]byte, 0, len(prefix)+width)
		b = append(b, prefix...)
		for k := len(num); k < width; k++ {
			b = append(b, '0')
		}
		out[i] = append(b, num...)
	}
	return out
}

func (g *synth) writePartners(w *bufio.Writer) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"id", "name", "sector", "core", "municipality"})
	for _, p := range g.partners {
		core := "no"
		if p.core {
			core = "yes"
		}
		cw.Write([]string{p.id, p.name, p.sector, core, p.mun})
	}
	cw.Flush()
	return cw.Error()
}

func (g *synth) writePeople(w *bufio.Writer) error {
	roles := []string{"maatschappelijk werker", "onthaalmedewerker", "trajectbegeleider", "coördinator", "basiswerker"}
	var line []byte
	w.WriteString("id,partner,role\n")
	for i, p := range g.people {
		line = append(line[:0], g.personID[i]...)
		line = append(line, ',')
		line = append(line, g.partners[p].id...)
		line = append(line, ',')
		line = append(line, roles[i*7%len(roles)]...)
		line = append(line, '\n')
		if _, err := w.Write(line); err != nil {
			return err
		}
	}
	return nil
}

var objectThemes = []string{"Kwetsbare huurders", "Rechtenverkenning", "Energiearmoede", "Gezinnen met jonge kinderen",
	"Digitale drempels", "Schulden", "Jongeren op de drempel van 18", "Mantelzorg", "Nieuwkomers", "Eenzaamheid bij ouderen"}

func (g *synth) writeObjects(w *bufio.Writer) error {
	var line []byte
	w.WriteString("id,name,origin\n")
	for i := 0; i < g.opt.Objects; i++ {
		line = append(line[:0], g.objectID[i]...)
		line = append(line, ',')
		line = append(line, objectThemes[i%len(objectThemes)]...)
		if i >= len(objectThemes) {
			line = append(line, ' ')
			line = strconv.AppendInt(line, int64(i/len(objectThemes)+1), 10)
		}
		line = append(line, ",werkgroep "...)
		line = append(line, g.muns[i%len(g.muns)]...)
		line = append(line, '\n')
		if _, err := w.Write(line); err != nil {
			return err
		}
	}
	return nil
}

func (g *synth) writeCase(w *bufio.Writer) error {
	coord := ""
	for _, p := range g.partners {
		if p.sector == "CAW" {
			coord = p.id
			break
		}
	}
	fmt.Fprintf(w, "name = %s\nregion = %s\nas_of = \"2024-12-31\"\nlanguage = \"en\"\n",
		strconv.Quote(fmt.Sprintf("Synthetic partnership (%d partners, %d events, seed %d)", g.opt.Partners, g.opt.Events, g.opt.Seed)),
		strconv.Quote(g.muns[0]+" e.o."))
	if coord != "" {
		fmt.Fprintf(w, "coordinator = %q\n", coord)
	}
	return nil
}

// writeInteractions draws and writes the events in date order.
func (g *synth) writeInteractions(w *bufio.Writer) error {
	// Events fall on working days only, spread evenly over them.
	var dates [][]byte
	for d := 0; d < g.days; d++ {
		t := g.start.AddDate(0, 0, d)
		if wd := t.Weekday(); wd != time.Saturday && wd != time.Sunday {
			dates = append(dates, t.AppendFormat(nil, "2006-01-02"))
		}
	}
	ids := make([][]byte, len(g.partners))
	for i, p := range g.partners {
		ids[i] = []byte(p.id)
	}
	head := "date,from,with,kind"
	if g.opt.Objects > 0 {
		head += ",object"
	}
	if g.opt.People {
		head += ",people"
	}
	w.WriteString(head + "\n")
	n := g.opt.Events
	parts := make([]int32, 0, 8)
	line := make([]byte, 0, 256)
	r := g.r
	for i := 0; i < n; i++ {
		day := int(int64(i) * int64(len(dates)) / int64(n))
		x := r.Float64()
		rung := 1
		for rung < 5 && x >= synthRungCum[rung-1] {
			rung++
		}
		k := 2
		switch y := r.Float64(); {
		case rung == 3:
		case rung == 1 && y < 0.45:
			k = 3 + r.IntN(6) // a meeting
		case y < 0.20:
			k = 3
		case y < 0.28:
			k = 4
		case y < 0.31:
			k = 5 + r.IntN(2)
		}
		k = min(k, len(g.partners))
		parts = parts[:0]
		from := g.all.draw(r)
		parts = append(parts, from)
		m := g.munOf[from]
		for tries := 0; len(parts) < k && tries < 20*k; tries++ {
			var q int32
			switch y := r.Float64(); {
			case y < 0.6 && len(g.byMun[m].ids) > 1:
				q = g.byMun[m].draw(r)
			case y < 0.85:
				q = g.byRegion[g.regionOf[m]].draw(r)
			default:
				q = g.all.draw(r)
			}
			if !slices.Contains(parts, q) {
				parts = append(parts, q)
			}
		}
		if len(parts) < 2 {
			// A partner whose neighbourhood is exhausted meets anyone.
			for q := int32(0); len(parts) < 2; q++ {
				if q != from {
					parts = append(parts, q)
				}
			}
		}
		kinds := synthKinds[rung]
		kind := kinds[0]
		if rung == 1 {
			if len(parts) > 2 {
				kind = kinds[1]
			}
		} else {
			kind = kinds[r.IntN(len(kinds))]
		}

		line = append(line[:0], dates[day]...)
		line = append(line, ',')
		line = append(line, ids[from]...)
		line = append(line, ',')
		for j, q := range parts[1:] {
			if j > 0 {
				line = append(line, '|')
			}
			line = append(line, ids[q]...)
		}
		line = append(line, ',')
		line = append(line, kind...)
		if g.opt.Objects > 0 {
			line = append(line, ',')
			if rung >= 2 && r.Float64() < 0.12 {
				x := r.Float64() * g.objCum[len(g.objCum)-1]
				o, _ := slices.BinarySearch(g.objCum, x)
				line = append(line, g.objectID[min(o, len(g.objCum)-1)]...)
			}
		}
		if g.opt.People {
			line = append(line, ',')
			ps := g.partners[from].people
			line = append(line, g.personID[ps[r.IntN(len(ps))]]...)
			if r.Float64() < 0.5 {
				ps = g.partners[parts[1]].people
				line = append(line, '|')
				line = append(line, g.personID[ps[r.IntN(len(ps))]]...)
			}
		}
		line = append(line, '\n')
		if _, err := w.Write(line); err != nil {
			return err
		}
	}
	return nil
}
