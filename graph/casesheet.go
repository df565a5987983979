package graph

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/BurntSushi/toml"
	"golang.org/x/text/unicode/norm"
)

// The [depth] rows of a workbook's case sheet.
//
// A row says "depth.kinds.warme overdracht" in its first column and 3 in
// its second. Each row is read on its own: its key is split at the dots
// (outside double quotes) and every part quoted for TOML, so a kind may
// hold spaces or any other character; its value is taken as TOML when it
// is one (3, 0.5), yes/no for replace_kinds, names separated by | for
// aliases and rung names, else a text. A fault of a row is reported at
// that row: a key's in column 1, a value's in column 2, in words (the
// case_ codes of messages_findings.go), never as a TOML parser's message
// or as case.toml.

// depthRows gathers the [depth] rows of one case sheet.
type depthRows struct {
	toml  strings.Builder
	keys  []depthKey
	lines map[int]depthKey // TOML line -> its row
}

type depthKey struct {
	typed string   // the key as typed, for messages
	path  []string // its parts after "depth."
	pos   Pos      // its row, column 2
}

// splitDepthKey splits a key after "depth." at the dots that are not
// inside double quotes; parts are trimmed and lose their quotes. ok is
// false when a part is empty.
func splitDepthKey(s string) (parts []string, ok bool) {
	var b strings.Builder
	quoted := false
	flush := func() {
		p := strings.TrimSpace(b.String())
		if len(p) >= 2 && (p[0] == '"' && p[len(p)-1] == '"' || p[0] == '\'' && p[len(p)-1] == '\'') {
			p = p[1 : len(p)-1]
		}
		parts = append(parts, p)
		b.Reset()
	}
	for _, c := range s {
		switch {
		case c == '"':
			quoted = !quoted
			b.WriteRune(c)
		case c == '.' && !quoted:
			flush()
		default:
			b.WriteRune(c)
		}
	}
	flush()
	for _, p := range parts {
		if p == "" {
			return parts, false
		}
	}
	return parts, true
}

// tomlKey writes a key path as TOML, every part a quoted string.
func tomlKey(path []string) string {
	q := make([]string, len(path))
	for i, p := range path {
		q[i] = tomlString(p)
	}
	return strings.Join(q, ".")
}

// tomlString writes s as a TOML basic string.
func tomlString(s string) string {
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

// depthValue writes a cell's text as the TOML value of key path: yes/no
// as a boolean for replace_kinds, names separated by | as a list for
// aliases and rung names, else tomlLiteral.
func depthValue(path []string, val string) string {
	last := path[len(path)-1]
	switch {
	case len(path) == 1 && last == "replace_kinds":
		if b, ok := parseBool(val); ok {
			return strconv.FormatBool(b)
		}
	case (path[0] == "rungs" && len(path) == 2 || path[0] == "kinds" && len(path) == 3 && last == "aliases") &&
		!strings.HasPrefix(strings.TrimSpace(val), "["):
		var items []string
		for _, it := range strings.Split(val, "|") {
			if it = strings.TrimSpace(it); it != "" {
				items = append(items, tomlString(it))
			}
		}
		return "[" + strings.Join(items, ", ") + "]"
	}
	return tomlLiteral(val)
}

// addDepthRow checks one [depth] row of the case sheet (key without
// "depth.", as typed, in full as typed, its value) at pos (column 2) and
// keeps it when it can be used.
func (r *reader) addDepthRow(d *depthRows, rest, typed, val string, pos Pos) {
	keyPos := Pos{File: pos.File, Line: pos.Line, Col: 1}
	path, ok := splitDepthKey(rest)
	if !ok {
		r.fail(keyPos, "case_key_empty_part", typed)
		return
	}
	for _, k := range d.keys {
		n := min(len(k.path), len(path))
		if strings.Join(k.path[:n], "\x00") != strings.Join(path[:n], "\x00") {
			continue
		}
		if len(k.path) == len(path) {
			r.fail(keyPos, "case_key_twice", typed, strconv.Itoa(k.pos.Line))
		} else {
			r.fail(keyPos, "case_key_conflict", typed, k.typed, strconv.Itoa(k.pos.Line))
		}
		return
	}
	value := depthValue(path, val)
	line := tomlKey(path) + " = " + value
	// The row alone, to place a fault of its value at its row. A kind's
	// aliases alone would lack the rung a kind needs: give it one.
	probe := line
	if path[0] == "kinds" && len(path) == 3 && path[2] == "aliases" {
		probe = tomlKey(path[:2]) + " = { rung = 0, aliases = " + value + " }"
	}
	if path[0] == "kinds" && (len(path) > 3 || len(path) == 3 && path[2] != "rung" && path[2] != "aliases") {
		r.warn(keyPos, "unknown_key", typed)
		return
	}
	var syntax map[string]any
	if _, err := toml.Decode(probe, &syntax); err != nil {
		r.fail(keyPos, "case_key_unreadable", typed)
		return
	}
	var one DepthConfig
	md, err := toml.Decode(probe, &one)
	if err != nil {
		r.fail(pos, takesCode(strings.Join(path, ".")), typed, val)
		return
	}
	if und := md.Undecoded(); len(und) > 0 {
		r.warn(keyPos, "unknown_key", typed)
		return
	}
	joined := strings.Join(path, ".")
	for sub := joined; ; {
		if _, ok := r.caseKeys["depth."+sub]; !ok {
			r.caseKeys["depth."+sub] = pos
		}
		i := strings.LastIndexByte(sub, '.')
		if i < 0 {
			break
		}
		sub = sub[:i]
	}
	r.caseKeys["depth"] = pos
	k := depthKey{typed: typed, path: path, pos: pos}
	d.keys = append(d.keys, k)
	if d.lines == nil {
		d.lines = map[int]depthKey{}
	}
	d.lines[strings.Count(d.toml.String(), "\n")+1] = k
	d.toml.WriteString(line)
	d.toml.WriteByte('\n')
}

// finishDepth decodes the [depth] rows kept, each already checked alone,
// into the case's depth model.
func (r *reader) finishDepth(d *depthRows) {
	if d.toml.Len() == 0 {
		return
	}
	text := d.toml.String()
	if _, _, deep := tomlTooDeep(text, maxTOMLDepth); deep {
		r.fail(r.caseKeys["depth"], "toml_too_deep", strconv.Itoa(maxTOMLDepth))
		return
	}
	var cfg DepthConfig
	if _, err := toml.Decode(text, &cfg); err != nil {
		// Rows that pass alone and fail together: a kind given both as
		// a rung and as parts (rung, aliases).
		pos, typed := r.caseKeys["depth"], "depth"
		var pe toml.ParseError
		if errors.As(err, &pe) {
			if k, ok := d.lines[pe.Position.Line]; ok {
				pos, typed = k.pos, k.typed
			}
		}
		r.fail(Pos{File: pos.File, Line: pos.Line, Col: 1}, "case_key_unreadable", typed)
		return
	}
	if r.checkDepth(&cfg, func(key string) Pos {
		if p, ok := r.caseKeys["depth."+key]; ok {
			return p
		}
		return r.caseKeys["depth"]
	}) {
		r.c.Depth = cfg
	}
}

// The rows of a workbook's case sheet, one key each.
//
// Column 1 holds a plain key, never TOML: it is trimmed and split at its
// dots, and every part is checked against the keys the sheet accepts
// (caseSheetKeyList): name, region, as_of, language, coordinator (or
// their Dutch and French names, caseKeyNames), depth.* and labels.*. A
// section (depth, labels, or their names diepte, woorden, profondeur,
// libellés, mots) and a plain key match in any case, accents composed or
// not (NFC);
// the parts after a section match exactly, as the README writes them.
// Only the free parts, a kind's NAME in depth.kinds.NAME and the RUNG of
// depth.rungs.RUNG, may hold other characters (spaces; a dot inside
// double quotes). A key with any other character in a part (=, #, a
// quote, a space) is an error at its cell in column 1 that lists the
// accepted keys; a clean key that is not one of them is a warning there,
// with the closest key; a key given twice is an error at its second row.
// None of them changes a setting.

// caseSheetKeyList lists the keys the case sheet accepts, for the README,
// for suggestions and for tests: the plain keys, depth.*, and every key
// of [labels] (labelKeys) alone and, but for target_rung, in each
// language of the catalogue (labelLangs: labels.core.en, labels.core.fr,
// labels.core.nl, …). Computed on first use, not at package load; callers
// must not modify the slice.
var caseSheetKeyList = sync.OnceValue(func() []string {
	keys := []string{
		"name", "region", "as_of", "language", "coordinator",
		"depth.half_life", "depth.threshold", "depth.combine", "depth.replace_kinds",
		"depth.kinds.NAME", "depth.kinds.NAME.rung", "depth.kinds.NAME.aliases", "depth.rungs.RUNG",
	}
	for _, k := range labelKeys {
		keys = append(keys, "labels."+k)
		if k == "target_rung" {
			continue
		}
		for _, lang := range labelLangs() {
			keys = append(keys, "labels."+k+"."+lang)
		}
	}
	return keys
})

// depthFixedKeys are the keys of [depth] directly under it.
var depthFixedKeys = []string{"half_life", "threshold", "combine", "replace_kinds", "kinds", "rungs"}

// caseSheetRows gathers the rows of one case sheet.
type caseSheetRows struct {
	depth depthRows
	// plain maps a plain key (its English name) to its first row.
	plain map[string]Pos
	// labels is the [labels] table the labels.* rows make; labelKeys
	// the rows, labelAt each dotted key's value cell.
	labels    map[string]any
	labelKeys []depthKey
	labelAt   map[string]Pos
}

// keyPartClean reports whether a part of a key holds only letters,
// digits, _ and - (and is not empty): the characters of the keys the
// sheet accepts.
func keyPartClean(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) && c != '_' && c != '-' {
			return false
		}
	}
	return true
}

// caseSheetRow reads one row of the case sheet: key as typed in column 1,
// val the text of column 2, pos the value's cell (column 2). book says an
// as_of number is an Excel date serial.
func (r *reader) caseSheetRow(cs *caseSheetRows, key, val string, pos Pos, book bool) {
	keyPos := Pos{File: pos.File, Line: pos.Line, Col: 1}
	k := strings.TrimSpace(key)
	if strings.ContainsFunc(k, unicode.IsControl) {
		r.caseKeyBad(keyPos, key)
		return
	}
	head, tail, dotted := strings.Cut(k, ".")
	if !isASCII(head) { // "région" typed with a combining accent
		head = norm.NFC.String(head)
	}
	canon := ""
	if keyPartClean(head) {
		canon = caseKeyNames[strings.ToLower(head)]
	}
	switch {
	case canon == "" && keyPartClean(head) && !dotted:
		r.add(Problem{Pos: keyPos, Severity: Warning, Code: "case_key_unknown", Args: []string{key},
			Suggest: suggest(k, caseSheetKeyList())})
	case canon == "":
		r.caseKeyBad(keyPos, key)
	case canon == "depth":
		r.caseDepthRow(cs, tail, dotted, key, val, pos)
	case canon == "labels":
		r.caseLabelRow(cs, tail, dotted, key, val, pos)
	case dotted:
		r.caseKeyBad(keyPos, key)
	default:
		if cs.plain == nil {
			cs.plain = map[string]Pos{}
		}
		if first, ok := cs.plain[canon]; ok {
			r.fail(keyPos, "case_key_twice", key, strconv.Itoa(first.Line))
			return
		}
		cs.plain[canon] = pos
		r.caseKeys[canon] = pos
		r.caseValue(canon, val, pos, book)
	}
}

// caseKeyBad reports key, as typed, as a key that cannot be read, with the
// accepted key closest to it.
func (r *reader) caseKeyBad(pos Pos, key string) {
	r.add(Problem{Pos: pos, Severity: Error, Code: "case_key_bad", Args: []string{key},
		Suggest: suggest(strings.TrimSpace(key), caseSheetKeyList())})
}

// splitKeyRaw splits a key at the dots outside double quotes; the parts
// are trimmed and keep their quotes.
func splitKeyRaw(s string) []string {
	var parts []string
	start, quoted := 0, false
	for i, c := range s {
		switch {
		case c == '"':
			quoted = !quoted
		case c == '.' && !quoted:
			parts = append(parts, strings.TrimSpace(s[start:i]))
			start = i + 1
		}
	}
	return append(parts, strings.TrimSpace(s[start:]))
}

// caseDepthRow checks the fixed parts of a depth.* row (tail: the key
// after "depth.") and hands it to addDepthRow.
func (r *reader) caseDepthRow(cs *caseSheetRows, tail string, dotted bool, typed, val string, pos Pos) {
	keyPos := Pos{File: pos.File, Line: pos.Line, Col: 1}
	if !dotted {
		r.caseKeyBad(keyPos, typed)
		return
	}
	raw := splitKeyRaw(tail)
	fixed := []string{raw[0]} // the parts that must be known words
	if raw[0] == "kinds" && len(raw) >= 3 {
		fixed = append(fixed, raw[2:]...)
	}
	for _, p := range fixed {
		if p != "" && !keyPartClean(p) {
			r.caseKeyBad(keyPos, typed)
			return
		}
	}
	if raw[0] != "" && !slices.Contains(depthFixedKeys, raw[0]) {
		hint := suggest(raw[0], depthFixedKeys)
		if hint != "" {
			hint = "depth." + hint
		}
		r.add(Problem{Pos: keyPos, Severity: Warning, Code: "unknown_key", Args: []string{typed}, Suggest: hint})
		return
	}
	if len(raw) > 1 && raw[0] != "kinds" && raw[0] != "rungs" {
		r.caseKeyBad(keyPos, typed)
		return
	}
	// depth.kinds and depth.rungs are tables: a row names one kind or rung
	// (depth.kinds.NAME, depth.rungs.RUNG), never the table itself.
	if len(raw) == 1 && (raw[0] == "kinds" || raw[0] == "rungs") {
		r.caseKeyBad(keyPos, typed)
		return
	}
	r.addDepthRow(&cs.depth, tail, typed, val, pos)
}

// caseLabelRow reads a labels.* row (tail: the key after "labels.") into
// the [labels] table of cs.
func (r *reader) caseLabelRow(cs *caseSheetRows, tail string, dotted bool, typed, val string, pos Pos) {
	keyPos := Pos{File: pos.File, Line: pos.Line, Col: 1}
	parts := strings.Split(tail, ".")
	if !dotted {
		r.caseKeyBad(keyPos, typed)
		return
	}
	for _, p := range parts {
		if !keyPartClean(p) {
			r.caseKeyBad(keyPos, typed)
			return
		}
	}
	known := slices.Contains(labelKeys, parts[0]) && (len(parts) == 1 ||
		len(parts) == 2 && parts[0] != "target_rung" && slices.Contains(labelLangs(), parts[1]))
	if !known {
		r.add(Problem{Pos: keyPos, Severity: Warning, Code: "case_key_unknown", Args: []string{typed},
			Suggest: suggest("labels."+tail, caseSheetKeyList())})
		return
	}
	for _, k := range cs.labelKeys {
		n := min(len(k.path), len(parts))
		if strings.Join(k.path[:n], ".") != strings.Join(parts[:n], ".") {
			continue
		}
		if len(k.path) == len(parts) {
			r.fail(keyPos, "case_key_twice", typed, strconv.Itoa(k.pos.Line))
		} else {
			r.fail(keyPos, "case_key_conflict", typed, k.typed, strconv.Itoa(k.pos.Line))
		}
		return
	}
	if cs.labels == nil {
		cs.labels, cs.labelAt = map[string]any{}, map[string]Pos{}
	}
	cs.labelKeys = append(cs.labelKeys, depthKey{typed: typed, path: parts, pos: pos})
	cs.labelAt[strings.Join(parts, ".")] = pos
	if _, ok := cs.labelAt[parts[0]]; !ok {
		cs.labelAt[parts[0]] = pos
	}
	v := labelCellValue(val)
	if len(parts) == 1 {
		cs.labels[parts[0]] = v
		return
	}
	sub, _ := cs.labels[parts[0]].(map[string]any)
	if sub == nil {
		sub = map[string]any{}
		cs.labels[parts[0]] = sub
	}
	sub[parts[1]] = v
}

// labelCellValue is a labels.* cell's value: a list when the text is a
// TOML array of texts (["a|b", "c"], for names that hold |), else the
// text itself (names separated by |, or a rung number).
func labelCellValue(val string) any {
	t := strings.TrimSpace(val)
	if !strings.HasPrefix(t, "[") || strings.ContainsAny(t, "\r\n") {
		return val
	}
	if _, _, deep := tomlTooDeep("V = "+t, maxTOMLDepth); deep {
		return val
	}
	var probe struct{ V []string }
	if _, err := toml.Decode("V = "+t, &probe); err != nil || probe.V == nil {
		return val
	}
	out := make([]any, len(probe.V))
	for i, s := range probe.V {
		out[i] = s
	}
	return out
}

// finishCaseSheet reads what the rows of the case sheet gathered: the
// [labels] table, then the [depth] model.
func (r *reader) finishCaseSheet(cs *caseSheetRows) {
	if cs.labels != nil {
		first := cs.labelKeys[0].pos
		r.readLabels(cs.labels, func(key string) Pos { return nearestKey(cs.labelAt, key, first) })
	}
	r.finishDepth(&cs.depth)
}
