package graph

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// caseKeyNames maps the keys of case.toml (and of the case sheet of a
// workbook, where Dutch keys are also welcome) to their English name.
var caseKeyNames = map[string]string{
	"name": "name", "naam": "name",
	"region": "region", "regio": "region",
	"as_of": "as_of", "as-of": "as_of", "asof": "as_of", "peildatum": "as_of",
	"language": "language", "taal": "language",
	"coordinator": "coordinator", "coördinator": "coordinator", "regie": "coordinator",
	"depth": "depth", "diepte": "depth",
}

// readCaseTOML reads case.toml: name, region, as_of, language, coordinator
// and the [depth] table.
func (r *reader) readCaseTOML(file string, data []byte) {
	text := string(decodeText(data))
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
			var d DepthConfig
			if err := md.PrimitiveDecode(top[k], &d); err != nil {
				r.add(tomlProblem(file, "bad_toml", err, keys))
				continue
			}
			r.c.Depth = d
			continue
		}
		var v any
		if err := md.PrimitiveDecode(top[k], &v); err != nil {
			r.add(tomlProblem(file, "bad_toml", err, keys))
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
		text = strings.TrimSpace(x)
	case time.Time:
		text = x.Format(time.DateOnly)
	default:
		text = fmt.Sprint(x)
	}
	switch key {
	case "name":
		r.c.Name = text
	case "region":
		r.c.Region = text
	case "coordinator":
		r.coordinator = text
	case "language":
		lang := strings.ToLower(text)
		if lang != "en" && lang != "nl" {
			r.fail(pos, "bad_language", text)
			return
		}
		r.c.Language = lang
	case "as_of":
		d, ok := parseDate(text)
		if !ok && book && isPlainNumber(text) {
			d, ok = excelSerialDate(text, r.date1904)
		}
		if !ok {
			r.fail(pos, "bad_date", text)
			return
		}
		r.c.AsOf = d
	}
}

// readCaseSheet reads the two-column case sheet of a workbook: a key in the
// first column, its value in the second. Keys "depth.X" carry the [depth]
// table, X in TOML's dotted form (depth.kinds.huisbezoek = 3).
func (r *reader) readCaseSheet(t *table) {
	var depth strings.Builder
	depthKeys := map[int]Pos{} // TOML line -> sheet row
	handle := func(rec []string, line int) {
		key := field(rec, 0)
		val := field(rec, 1)
		low := strings.ToLower(key)
		switch low {
		case "", "key", "sleutel", "veld", "field":
			return
		}
		pos := Pos{File: t.file, Line: line, Col: 2}
		if strings.HasPrefix(low, "depth.") && !strings.ContainsAny(key, "\r\n") {
			depthKeys[strings.Count(depth.String(), "\n")+1] = pos
			fmt.Fprintf(&depth, "%s = %s\n", key[len("depth."):], tomlLiteral(val))
			r.caseKeys["depth"] = pos
			return
		}
		canon := caseKeyNames[low]
		if canon == "" || canon == "depth" {
			r.warn(Pos{File: t.file, Line: line, Col: 1}, "unknown_key", key)
			return
		}
		r.caseKeys[canon] = pos
		r.caseValue(canon, val, pos, t.book)
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
	if depth.Len() == 0 {
		return
	}
	var d DepthConfig
	md, err := toml.Decode(depth.String(), &d)
	if err != nil {
		var pe toml.ParseError
		pos := r.caseKeys["depth"]
		if errors.As(err, &pe) {
			if p, ok := depthKeys[pe.Position.Line]; ok {
				pos = p
			}
			err = errors.New(pe.Message)
		}
		r.fail(pos, "bad_toml", err.Error())
		return
	}
	for _, k := range md.Undecoded() {
		r.warn(r.caseKeys["depth"], "unknown_key", "depth."+k.String())
	}
	r.c.Depth = d
}

// tomlLiteral writes a cell's text as a TOML value: as it stands when it is
// already one (3, 0.5, true, ["a", "b"]), else as a quoted string.
func tomlLiteral(s string) string {
	var probe struct{ V any }
	if _, err := toml.Decode("V = "+s, &probe); err == nil && s != "" {
		return s
	}
	var b strings.Builder
	b.WriteByte('"')
	for _, c := range s {
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteRune(c)
		case c < 0x20 || c == 0x7f:
			fmt.Fprintf(&b, "\\u%04X", c)
		default:
			b.WriteRune(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// ReadDepthConfig reads a --depth-model TOML file: the shape of case.toml's
// [depth] table, at top level. Problems carry file, line and column where
// TOML gives them; unknown keys are warnings.
func ReadDepthConfig(path string) (DepthConfig, Problems) {
	var d DepthConfig
	data, err := readFileLimited(path, 16<<20)
	if errors.Is(err, errTooLarge) {
		return d, Problems{{Pos: Pos{File: path}, Severity: Error, Code: "too_large", Args: []string{sizeText(16 << 20)}}}
	}
	if err != nil {
		return d, Problems{{Pos: Pos{File: path}, Severity: Error, Code: "case_not_found", Args: []string{path}}}
	}
	text := string(decodeText(data))
	keys := tomlKeyPositions(path, text)
	md, err := toml.Decode(text, &d)
	if err != nil {
		return DepthConfig{}, Problems{tomlProblem(path, "bad_depth_model", err, keys)}
	}
	var ps Problems
	for _, k := range md.Undecoded() {
		ps = append(ps, Problem{Pos: keys.at(k.String()), Severity: Warning, Code: "unknown_key", Args: []string{k.String()}})
	}
	ps.Sort()
	return d, ps
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
