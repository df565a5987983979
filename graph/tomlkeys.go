package graph

import "strings"

// keyPositions maps the dotted keys of a TOML text to where their values
// start, so that problems found after decoding (a bad date, an unknown
// coordinator) point at the line a user must fix. BurntSushi/toml keeps
// these positions private, so this is a light line scanner: it knows table
// headers, dotted and quoted keys, and takes the first place a key is set.
type keyPositions struct {
	file string
	at_  map[string]Pos
}

func tomlKeyPositions(file, text string) keyPositions {
	kp := keyPositions{file: file, at_: map[string]Pos{}}
	prefix := ""
	for i, line := range strings.Split(text, "\n") {
		trim := strings.TrimSpace(line)
		if trim == "" || trim[0] == '#' {
			continue
		}
		if trim[0] == '[' {
			h := strings.Trim(trim, "[]")
			if j := strings.IndexByte(h, ']'); j >= 0 {
				h = h[:j]
			}
			prefix = joinKey(h)
			kp.set(prefix, Pos{File: file, Line: i + 1, Col: 1})
			continue
		}
		eq := strings.IndexByte(line, '=')
		if eq < 0 {
			continue
		}
		key := joinKey(line[:eq])
		if prefix != "" {
			key = prefix + "." + key
		}
		col := eq + 1
		for col < len(line) && (line[col] == ' ' || line[col] == '\t') {
			col++
		}
		kp.set(key, Pos{File: file, Line: i + 1, Col: len([]rune(line[:col])) + 1})
	}
	return kp
}

// joinKey normalises a (dotted, maybe quoted) key: parts trimmed, quotes dropped.
func joinKey(k string) string {
	parts := strings.Split(k, ".")
	for i, p := range parts {
		parts[i] = strings.Trim(strings.TrimSpace(p), `"'`)
	}
	return strings.Join(parts, ".")
}

// set records pos for key and, if unset, for each of its parents.
func (kp keyPositions) set(key string, pos Pos) {
	for key != "" {
		if _, ok := kp.at_[key]; !ok {
			kp.at_[key] = pos
		}
		i := strings.LastIndexByte(key, '.')
		if i < 0 {
			break
		}
		key = key[:i]
	}
}

// at is the position of key, or of the file when the key is not found.
func (kp keyPositions) at(key string) Pos {
	if p, ok := kp.at_[joinKey(key)]; ok {
		return p
	}
	return Pos{File: kp.file}
}
