package graph

import (
	"strconv"
	"strings"
	"time"
)

// readPartners reads partners.csv: id and sector required; name defaults to
// id; core defaults to "sector is CAW, OCMW or DMW"; other columns (not
// notes) are kept in Attrs under their header as written.
func (r *reader) readPartners(t *table) {
	lay, ok := r.mapHeader(t, partnerColumns, true)
	if !ok {
		return
	}
	r.havePartners = true
	t.refused = func(rec []string) { markBroken(r.brokenPartners, refusedID(rec, lay.at[pID])) }
	var extraNames []string
	for _, f := range lay.extra {
		extraNames = append(extraNames, strings.TrimSpace(t.header[f]))
	}
	r.records(t, func(rec []string) {
		idPos := t.cell(lay.at[pID])
		id := field(rec, lay.at[pID])
		sector := field(rec, lay.at[pSector])
		bad := false
		if id == "" {
			r.fail(idPos, "empty_value", t.colName(lay.at[pID], "id"))
			bad = true
		}
		if sector == "" {
			r.fail(t.cell(lay.at[pSector]), "empty_value", t.colName(lay.at[pSector], "sector"))
			bad = true
		}
		core := isCoreSector(sector)
		if s := field(rec, lay.at[pCore]); s != "" {
			b, ok := parseBool(s)
			if !ok {
				r.fail(t.cell(lay.at[pCore]), "bad_bool", s)
				bad = true
			}
			core = b
		}
		name := field(rec, lay.at[pName])
		municipality := field(rec, lay.at[pMunicipality])
		if !bad {
			bad = !r.checkChars(idPos, id, maxIDChars, t.colName(lay.at[pID], "partner id"))
			bad = !r.checkChars(t.cell(lay.at[pName]), name, maxNameChars, t.colName(lay.at[pName], "name")) || bad
			bad = !r.checkChars(t.cell(lay.at[pSector]), sector, maxIDChars, t.colName(lay.at[pSector], "sector")) || bad
			bad = !r.checkChars(t.cell(lay.at[pMunicipality]), municipality, maxIDChars, t.colName(lay.at[pMunicipality], "municipality")) || bad
		}
		if bad {
			markBroken(r.brokenPartners, id)
			return
		}
		if first, dup := r.partners[id]; dup {
			r.fail(idPos, "duplicate_id", id, strconv.Itoa(r.c.Partners[first].Pos.Line))
			return
		}
		p := Partner{
			ID:           strings.Clone(id),
			Name:         strings.Clone(name),
			Sector:       r.intern(sector),
			Core:         core,
			Municipality: r.intern(municipality),
			Pos:          idPos,
		}
		if p.Name == "" {
			p.Name = p.ID
		}
		if len(extraNames) > 0 {
			p.Attrs = make(map[string]string, len(extraNames))
			for i, f := range lay.extra {
				p.Attrs[extraNames[i]] = r.cellText(t, rec, f)
			}
		}
		r.partners[p.ID] = int32(len(r.c.Partners))
		r.c.Partners = append(r.c.Partners, p)
		if _, ok := r.sectors[strings.ToLower(p.Sector)]; !ok {
			r.sectors[strings.ToLower(p.Sector)] = p.Sector
		}
	})
	r.used = make([]bool, len(r.c.Partners))
	r.partialPartners = t.readPartly()
	// A partners table with a header and no rows (an empty template) is a
	// case of nobody: say so, rather than analyse nothing.
	if len(r.c.Partners) == 0 && len(r.brokenPartners) == 0 && !r.partialPartners {
		r.fail(Pos{File: t.file, Line: 2, Col: 1}, "no_partners")
	}
}

// cellText is the text of a kept attribute cell; a workbook's date cell
// becomes an ISO date rather than its serial number.
func (r *reader) cellText(t *table, rec []string, f int) string {
	s := field(rec, f)
	if t.wb != nil && isPlainNumber(s) && t.wb.isDateCell(t.sheet, t.rows.line(f), f+1) {
		if d, ok := excelSerialDate(s, t.date1904); ok {
			return d.Format(time.DateOnly)
		}
	}
	return strings.Clone(s)
}

// readObjects reads objects.csv: id required, name defaults to id.
func (r *reader) readObjects(t *table) {
	lay, ok := r.mapHeader(t, objectColumns, false)
	if !ok {
		return
	}
	r.haveObjects = true
	t.refused = func(rec []string) {
		markBroken(r.brokenObjects, refusedID(rec, lay.at[oID]))
		markBroken(r.brokenObjects, strings.ToLower(refusedID(rec, lay.at[oName])))
	}
	names := map[string]int{} // lower-cased name -> count, to map names to ids
	first := map[string]int{}
	r.records(t, func(rec []string) {
		pos := t.cell(lay.at[oID])
		id := field(rec, lay.at[oID])
		if id == "" {
			r.fail(pos, "empty_value", t.colName(lay.at[oID], "id"))
			return
		}
		name := field(rec, lay.at[oName])
		if !r.checkChars(pos, id, maxIDChars, t.colName(lay.at[oID], "object id")) ||
			!r.checkChars(t.cell(lay.at[oName]), name, maxNameChars, t.colName(lay.at[oName], "name")) {
			// An event may name it by id or by name.
			markBroken(r.brokenObjects, id)
			markBroken(r.brokenObjects, strings.ToLower(name))
			return
		}
		if line, dup := first[id]; dup {
			r.fail(pos, "duplicate_key", id, strconv.Itoa(line))
			return
		}
		first[id] = pos.Line
		o := Object{
			ID:          r.intern(id),
			Name:        strings.Clone(name),
			Origin:      strings.Clone(field(rec, lay.at[oOrigin])),
			Description: strings.Clone(field(rec, lay.at[oDescription])),
			Pos:         pos,
		}
		if o.Name == "" {
			o.Name = o.ID
		}
		r.c.Objects = append(r.c.Objects, o)
		r.objects[o.ID] = o.ID
		names[strings.ToLower(o.Name)]++
	})
	r.partialObjects = t.readPartly()
	// An event may name an object by its name instead of its id; map a
	// name to its id where the name is unambiguous and no id is spelt so.
	for _, o := range r.c.Objects {
		key := strings.ToLower(o.Name)
		if _, isID := r.objects[key]; !isID && names[key] == 1 {
			r.objects[key] = o.ID
		}
	}
}

// readPeople reads people.csv: id and partner required.
func (r *reader) readPeople(t *table) {
	lay, ok := r.mapHeader(t, personColumns, false)
	if !ok {
		return
	}
	r.havePeople = true
	r.c.HasPeople = true
	t.refused = func(rec []string) { markBroken(r.brokenPeople, refusedID(rec, lay.at[hID])) }
	r.records(t, func(rec []string) {
		pos := t.cell(lay.at[hID])
		id := field(rec, lay.at[hID])
		partner := field(rec, lay.at[hPartner])
		if id == "" {
			r.fail(pos, "empty_value", t.colName(lay.at[hID], "id"))
		}
		if partner == "" {
			r.fail(t.cell(lay.at[hPartner]), "empty_value", t.colName(lay.at[hPartner], "partner"))
		}
		if id == "" || partner == "" {
			markBroken(r.brokenPeople, id)
			return
		}
		role, name := field(rec, lay.at[hRole]), field(rec, lay.at[hName])
		if !r.checkChars(pos, id, maxIDChars, t.colName(lay.at[hID], "person id")) ||
			!r.checkChars(t.cell(lay.at[hRole]), role, maxIDChars, t.colName(lay.at[hRole], "role")) ||
			!r.checkChars(t.cell(lay.at[hName]), name, maxNameChars, t.colName(lay.at[hName], "name")) {
			markBroken(r.brokenPeople, id)
			return
		}
		if first, dup := r.people[id]; dup {
			r.fail(pos, "duplicate_key", id, strconv.Itoa(r.c.People[first].Pos.Line))
			return
		}
		pid, _, ok := r.partner(partner, t, lay.at[hPartner])
		if !ok {
			markBroken(r.brokenPeople, id)
			return
		}
		p := Person{
			ID:      r.intern(id),
			Partner: pid,
			Role:    r.intern(role),
			Name:    strings.Clone(name),
			Pos:     pos,
		}
		r.people[p.ID] = int32(len(r.c.People))
		r.c.People = append(r.c.People, p)
	})
	r.partialPeople = t.readPartly()
}

// readTargets reads targets.csv: a, b (partner ids or sector:NAME, in
// French secteur:NAME, sectorPrefix) and depth. A sector is matched
// case-insensitively and written as the partners spell it, always as
// "sector:NAME".
func (r *reader) readTargets(t *table) {
	lay, ok := r.mapHeader(t, targetColumns, false)
	if !ok {
		return
	}
	r.records(t, func(rec []string) {
		var ends [2]string
		bad := false
		for k, col := range [2]int{lay.at[gA], lay.at[gB]} {
			s := field(rec, col)
			pos := t.cell(col)
			switch {
			case s == "":
				r.fail(pos, "empty_value", t.colName(col, targetColumns[k].key))
				bad = true
			case sectorPrefix(s) > 0:
				name := strings.TrimSpace(s[sectorPrefix(s):])
				if !r.checkChars(pos, name, maxIDChars, t.colName(col, "sector")) {
					bad = true
					continue
				}
				if spelt, ok := r.sectors[strings.ToLower(name)]; ok {
					name = spelt
				} else if r.havePartners {
					r.warn(pos, "unknown_sector", name)
				}
				ends[k] = r.intern("sector:" + name)
			default:
				id, _, ok := r.partnerAt(s, pos)
				if !ok {
					bad = true
				}
				ends[k] = id
			}
		}
		depth, ok := r.depthCell(t, rec, lay.at[gDepth], true)
		if bad || !ok {
			return
		}
		if ends[0] == ends[1] && !strings.HasPrefix(ends[0], "sector:") {
			r.warn(t.cell(lay.at[gB]), "self_tie", ends[0])
			return
		}
		r.c.Targets = append(r.c.Targets, Target{A: ends[0], B: ends[1], Depth: depth, Pos: t.cell(lay.at[gA])})
	})
}

// depthCell reads a depth (rung 0..5 by number or name) from field f.
func (r *reader) depthCell(t *table, rec []string, f int, required bool) (int, bool) {
	s := field(rec, f)
	if s == "" {
		if required {
			r.fail(t.cell(f), "empty_value", t.colName(f, "depth"))
		}
		return 0, false
	}
	n, ok := r.rung(s)
	if !ok {
		// A decimal-comma or float spelling of a whole rung ("3,0").
		if w, whole := parseWhole(s); whole && w >= 0 && w <= 5 {
			if m, ok2 := r.rung(strconv.Itoa(w)); ok2 {
				return m, true
			}
		}
		r.fail(t.cell(f), "bad_depth", s)
		return 0, false
	}
	return n, true
}

// sectorPrefixes are the ways a target may say it names a sector: English
// and Dutch "sector:", French "secteur:" (any case).
var sectorPrefixes = []string{"sector:", "secteur:"}

// sectorPrefix is the length of the sector prefix s begins with (any
// case), or 0 when s names a partner.
func sectorPrefix(s string) int {
	for _, p := range sectorPrefixes {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return len(p)
		}
	}
	return 0
}
