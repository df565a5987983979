package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"gbo/metrics/boundary"
)

func objectsCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "objects",
		Flags: append(caseFlags(), csvFlags()...),
		Action: func(c *cli.Context) error {
			return runObjects(objectsOptions{Args: c.Args().Slice(), Common: caseOptionsFrom(c)}, e)
		},
	}
}

// objectsOptions are gbo objects' flags and arguments.
type objectsOptions struct {
	Args   []string // CASE
	Common caseOptions
}

// runObjects is gbo objects: the boundary objects and their verdicts.
func runObjects(o objectsOptions, e *env) error {
	l, err := loadCase(o.Common, o.Args, e)
	if err != nil {
		return err
	}
	return e.print(l.format, objectsOutput(l, boundary.Objects(l.scored)))
}

// reasonText is a reason with its words; boundary.Reason marshals itself,
// so its fields are spelled out here rather than embedded.
type reasonText struct {
	Code string `json:"code"`
	N    *int   `json:"n,omitempty"`
	Text string `json:"text"`
}

type objectDoc struct {
	boundary.BoundaryObject
	Reasons []reasonText `json:"reasons"`
}

func verdictName(v boundary.Verdict, lang string) string {
	return tr(lang, "verdict_"+string(v))
}

// objectWords are the case's [labels] for the reasons' texts in lang: its
// core group and its name of rung 3 ("" where it keeps GBO's).
func objectWords(l *loaded, lang string) objectNames {
	var w objectNames
	w.CoreOne, w.Core, _ = l.c.Labels.CoreName(lang)
	w.Rung3, _ = l.c.Labels.RungName(3, lang)
	return w
}

// objectsDoc is gbo objects' JSON document.
type objectsDoc struct {
	Case    caseHeader             `json:"case"`
	Objects []objectDoc            `json:"objects"`
	Partner []boundary.PartnerRole `json:"partners"`
}

func objectsOutput(l *loaded, r boundary.Result) Output {
	lang := l.lang
	doc := objectsDoc{Case: l.header(), Objects: []objectDoc{}, Partner: r.Partners}
	t := Table{Cols: cols(lang, "objects",
		"id", "name", "verdict", "partners", "sectors", "blau", "max_rung", "events",
		"unique_pairs", "reasons")}
	words := objectWords(l, lang)
	list := caseTableName(l, "objects") // objects.csv, or the sheet ‘objects’ of a workbook case
	for _, o := range r.Objects {
		d := objectDoc{BoundaryObject: o, Reasons: []reasonText{}}
		var texts []string
		for _, rs := range o.Reasons {
			rt := reasonText{Code: rs.Code, Text: objectReasonText(rs, lang, list, words)}
			if rs.N != 0 {
				n := rs.N
				rt.N = &n
			}
			d.Reasons = append(d.Reasons, rt)
			texts = append(texts, rt.Text)
		}
		doc.Objects = append(doc.Objects, d)
		t.Rows = append(t.Rows, []string{o.ID, o.Name, verdictName(o.Verdict, lang), strconv.Itoa(o.Partners),
			strings.Join(o.Sectors, ", "), fmt.Sprintf("%.2f", o.Blau), strconv.Itoa(o.MaxRung), strconv.Itoa(o.Events),
			strconv.Itoa(o.UniquePairs), strings.Join(texts, tr(lang, "reason_sep"))})
	}
	out := Output{JSON: doc, Table: t}
	if len(r.Objects) == 0 {
		out.Notes = []string{tr(lang, "objects_none", list)}
	}
	return out
}
