package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"gbo/graph/locale"
	"gbo/graph/output"
	"gbo/render/export"
)

// Col is one column of a printed table: Key is its stable name (CSV header,
// JSON key), Label what a person reads in the table and Markdown views.
type Col struct{ Key, Label string }

// Table is what a command prints in the table, csv and md formats.
type Table struct {
	Cols []Col
	Rows [][]string
	// TextCell says which cells hold ids, names, dates or words, whose
	// cells never take a decimal comma however much they look like a
	// number (a partner id "1.5"). Nil: the columns whose key is in
	// textColumns.
	TextCell func(row, col int) bool
}

// number says whether cell (row, col) of t is a number that takes a
// decimal comma where one is asked for: a decimal that is not text.
func (t *Table) number(row, col int) bool {
	if t.TextCell != nil {
		if t.TextCell(row, col) {
			return false
		}
	} else if col < len(t.Cols) && textColumns[t.Cols[col].Key] {
		return false
	}
	return decimalCell.MatchString(t.Rows[row][col])
}

// localCell is cell (row, col) of t for the table and md views: a number
// with the decimal mark of lang (a comma in Dutch and French), any other
// cell as it is.
func (t *Table) localCell(row, col int, lang string) string {
	if locale.Decimal(lang) == "." || !t.number(row, col) {
		return t.Rows[row][col]
	}
	return strings.Replace(t.Rows[row][col], ".", locale.Decimal(lang), 1)
}

// Output is everything one command prints: the JSON document and the table
// for the other formats. Every command goes through printOutput, so
// --format means the same everywhere.
type Output struct {
	JSON  any
	Table Table
	// Before and Notes are lines printed above and under the table (table
	// format only).
	Before []string
	Notes  []string
	// Lang is the language of the table and md views: in Dutch a number
	// cell has a decimal comma (0,84). CSV and JSON stay as machines
	// read them (0.84).
	Lang string
	// CSV is the separator and decimal mark of the csv format (--csv-sep,
	// --decimal-comma); the zero value is ',' and a decimal point.
	CSV export.CSVOptions
}

// csvFlags are the flags that shape a CSV for a spreadsheet's locale, for
// a command with --format csv or a .csv output; csvOptions reads them.
func csvFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "csv-sep", Value: ","},
		&cli.BoolFlag{Name: "decimal-comma"},
	}
}

// csvOptions reads --csv-sep (',', ';', or tab as "tab" or a tab
// character) and --decimal-comma, before any scoring or output (see
// caseCSVOptions for when, and in which language); csv says whether the
// command writes a CSV at all. A separator other than these, a decimal
// comma without ';', or either flag where no CSV is written is a usage
// error (exit 2) in lang.
func csvOptions(f csvFlagValues, lang string, csv bool) (export.CSVOptions, error) {
	var o export.CSVOptions
	if !csv && f.isSet() {
		return o, usageErr(tr(lang, "csv_flags_no_csv"))
	}
	switch v := f.Sep; strings.ToLower(v) {
	case ",", "":
		o.Sep = ','
	case ";":
		o.Sep = ';'
	case "tab", "\t":
		o.Sep = '\t'
	default:
		return o, usageErr(tr(lang, "csv_bad_sep", v))
	}
	if f.DecimalComma {
		if o.Sep != ';' {
			return o, usageErr(tr(lang, "csv_decimal_needs_semicolon"))
		}
		o.DecimalComma = true
	}
	if o.Sep == ',' {
		o.Sep = 0 // the default, byte for byte
	}
	return o, nil
}

// localNumber writes a number cell ("0.835", "-1.5") with the decimal
// mark of lang (locale.Decimal: a comma in Dutch and French); any other
// cell (a date, an id, a word) is returned as it is.
func localNumber(cell, lang string) string {
	if locale.Decimal(lang) == "." || !decimalCell.MatchString(cell) {
		return cell
	}
	return strings.Replace(cell, ".", locale.Decimal(lang), 1)
}

var decimalCell = regexp.MustCompile(`^-?[0-9]+\.[0-9]+$`)

// localLine gives a "label: 0.775" line above or under a table the
// decimal mark of lang (only a number that ends the line after ": ").
func localLine(line, lang string) string {
	if locale.Decimal(lang) == "." {
		return line
	}
	if i := strings.LastIndex(line, ": "); i >= 0 {
		return line[:i+2] + localNumber(line[i+2:], lang)
	}
	return line
}

func printOutput(w io.Writer, format string, o Output) error {
	switch format {
	case "json":
		if st, ok := o.JSON.(jsonStreamer); ok {
			bw := bufio.NewWriterSize(w, 1<<16)
			if err := st.streamJSON(bw); err != nil {
				return err
			}
			return bw.Flush()
		}
		b, err := marshalJSON(o.JSON)
		if err != nil {
			return err
		}
		b = append(b, '\n')
		_, err = w.Write(b)
		return err
	case "csv":
		sep := o.CSV.Sep
		if sep == 0 {
			sep = ','
		}
		cw, err := output.NewCSVWriterSep(w, sep)
		if err != nil {
			return err
		}
		if o.CSV.DecimalComma && sep != ';' {
			return errors.New(tr(o.Lang, "csv_decimal_needs_semicolon"))
		}
		head := make([]string, len(o.Table.Cols))
		for i, c := range o.Table.Cols {
			head[i] = CSVSafe(c.Key)
		}
		cw.Write(head)
		for ri, r := range o.Table.Rows {
			safe := make([]string, len(r))
			for i, cell := range r {
				safe[i] = CSVSafe(cell)
				// a number (which CSVSafe leaves as it is) takes its comma
				// after the check, which knows numbers with a point; an
				// id or a word that looks like one stays as it is
				if o.CSV.DecimalComma && o.Table.number(ri, i) {
					safe[i] = strings.Replace(cell, ".", ",", 1)
				}
			}
			cw.Write(safe)
		}
		cw.Flush()
		return cw.Error()
	case "md":
		var b strings.Builder
		b.WriteString("|")
		for _, c := range o.Table.Cols {
			b.WriteString(" " + mdCell(c.Label) + " |")
		}
		b.WriteString("\n|")
		for range o.Table.Cols {
			b.WriteString("---|")
		}
		b.WriteString("\n")
		for ri, r := range o.Table.Rows {
			b.WriteString("|")
			for i := range r {
				b.WriteString(" " + mdCell(o.Table.localCell(ri, i, o.Lang)) + " |")
			}
			b.WriteString("\n")
		}
		_, err := io.WriteString(w, b.String())
		return err
	case "table", "":
		for _, n := range o.Before {
			fmt.Fprintln(w, plainCell(localLine(n, o.Lang)))
		}
		tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
		labels := make([]string, len(o.Table.Cols))
		for i, c := range o.Table.Cols {
			labels[i] = plainCell(c.Label)
		}
		fmt.Fprintln(tw, strings.Join(labels, "\t"))
		for ri, r := range o.Table.Rows {
			cells := make([]string, len(r))
			for i := range r {
				cells[i] = plainCell(o.Table.localCell(ri, i, o.Lang))
			}
			fmt.Fprintln(tw, strings.Join(cells, "\t"))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		for _, n := range o.Notes {
			fmt.Fprintln(w, plainCell(localLine(n, o.Lang)))
		}
		return nil
	}
	return usageErr(tr(o.Lang, "bad_format", format))
}

// CSVSafe is the one rule for a printed CSV cell (output.SafeCell):
// bidirectional controls dropped, other control characters but tab and
// newline shown as \xHH, and a cell a spreadsheet would run as a formula
// neutralised (output.FormulaSafe).
func CSVSafe(s string) string { return output.SafeCell(s) }

// mdEscaper escapes the characters that make Markdown links, images,
// emphasis, code, HTML or table cells: a rendered table shows the text and
// fetches nothing.
var mdEscaper = strings.NewReplacer("|", `\|`, "<", "&lt;", ">", "&gt;", "&", "&amp;",
	`\`, `\\`, "[", `\[`, "]", `\]`, "(", `\(`, ")", `\)`, "!", `\!`, "*", `\*`, "_", `\_`, "`", "\\`")

// mdCell escapes a cell for a Markdown table: line breaks and tabs become
// spaces, other control characters show as \xHH, bidirectional controls
// are dropped, Markdown and HTML characters are escaped (a leading # too).
func mdCell(s string) string {
	s = mdEscaper.Replace(plainCell(s))
	if strings.HasPrefix(s, "#") {
		s = `\` + s
	}
	return s
}

// plainCell keeps a table on its lines and the terminal in its state: tab,
// newline and carriage return become spaces, every other control character
// (an escape sequence) shows as \xHH, bidirectional controls are dropped.
func plainCell(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
	return output.SafeText(s, false)
}

// jsonStreamer is a document too large to build in memory at once (the
// ties of a million events); it writes the same bytes MarshalIndent would.
type jsonStreamer interface {
	streamJSON(w io.Writer) error
}

// marshalJSON is the JSON of every --format json document: indented by two
// spaces, made safe by safeJSON. A number
// that is not finite (NaN, ±Inf), which encoding/json refuses, is written
// as null: the document is encoded again from a copy in which each such
// number is nil, and is otherwise the same bytes.
func marshalJSON(v any) ([]byte, error) {
	b, err := json.MarshalIndent(v, "", "  ")
	var uve *json.UnsupportedValueError
	if errors.As(err, &uve) {
		b, err = json.MarshalIndent(finiteJSON(reflect.ValueOf(v)), "", "  ")
	}
	if err != nil {
		return nil, err
	}
	return safeJSON(b), nil
}

// safeJSON makes encoded JSON safe to print: bidirectional controls are
// dropped from its strings, and DEL and the C1 controls, which
// encoding/json leaves raw, are escaped as \u007f-\u009f (the same
// strings to a JSON reader). JSON with none of them is returned as it is.
func safeJSON(b []byte) []byte {
	s := output.DropBidi(string(b))
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= 0x7f && r <= 0x9f }) {
		if len(s) == len(b) {
			return b
		}
		return []byte(s)
	}
	var out strings.Builder
	for _, r := range s {
		if r >= 0x7f && r <= 0x9f {
			fmt.Fprintf(&out, `\u%04x`, r)
			continue
		}
		out.WriteRune(r)
	}
	return []byte(out.String())
}

// jsonObject is a struct's fields in order, for finiteJSON.
type jsonObject []jsonField

type jsonField struct {
	name string
	v    any
}

func (o jsonObject) MarshalJSON() ([]byte, error) {
	b := []byte{'{'}
	for i, f := range o {
		if i > 0 {
			b = append(b, ',')
		}
		k, _ := json.Marshal(f.name)
		b = append(b, k...)
		b = append(b, ':')
		v, err := json.Marshal(f.v)
		if err != nil {
			return nil, err
		}
		b = append(b, v...)
	}
	return append(b, '}'), nil
}

// finiteJSON is v as encoding/json would see it, with every float that is
// not finite replaced by nil. A part of v that encodes as it is stays as
// its encoding.
func finiteJSON(v reflect.Value) any {
	if !v.IsValid() {
		return nil
	}
	if v.CanInterface() {
		if b, err := json.Marshal(v.Interface()); err == nil {
			return json.RawMessage(b)
		}
	}
	switch v.Kind() {
	case reflect.Float32, reflect.Float64:
		f := v.Float()
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return nil
		}
		if v.Kind() == reflect.Float32 {
			return float32(f)
		}
		return f
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return finiteJSON(v.Elem())
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return nil
		}
		out := make([]any, v.Len())
		for i := range out {
			out[i] = finiteJSON(v.Index(i))
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return nil
		}
		out := make(map[string]any, v.Len())
		it := v.MapRange()
		for it.Next() {
			k := it.Key()
			var name string
			switch {
			case k.Kind() == reflect.String:
				name = k.String()
			case k.CanInt():
				name = strconv.FormatInt(k.Int(), 10)
			case k.CanUint():
				name = strconv.FormatUint(k.Uint(), 10)
			default:
				name = fmt.Sprint(k)
			}
			out[name] = finiteJSON(it.Value())
		}
		return out
	case reflect.Struct:
		var o jsonObject
		finiteFields(v, &o)
		return o
	case reflect.String:
		return v.String()
	case reflect.Bool:
		return v.Bool()
	}
	if v.CanInt() {
		return v.Int()
	}
	if v.CanUint() {
		return v.Uint()
	}
	return nil
}

// finiteFields appends the fields of struct v as encoding/json names them
// (tags, omitempty, embedded structs inlined).
func finiteFields(v reflect.Value, o *jsonObject) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		fv := v.Field(i)
		if sf.Anonymous && name == "" {
			if fv.Kind() == reflect.Pointer {
				if fv.IsNil() {
					continue
				}
				fv = fv.Elem()
			}
			if fv.Kind() == reflect.Struct {
				finiteFields(fv, o)
				continue
			}
		}
		if !sf.IsExported() {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		if (strings.Contains(opts, "omitempty") && emptyJSON(fv)) || (strings.Contains(opts, "omitzero") && fv.IsZero()) {
			continue
		}
		*o = append(*o, jsonField{name, finiteJSON(fv)})
	}
}

// emptyJSON is encoding/json's test for omitempty.
func emptyJSON(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}
