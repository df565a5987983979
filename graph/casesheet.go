package graph

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
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
