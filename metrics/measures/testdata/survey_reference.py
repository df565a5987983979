"""Independent reference for measures.SurveyOf (metrics/measures/survey_test.go).

Reads a case folder's partners.csv and ties.csv with the csv module only and
prints the survey's figures as JSON, by the definitions of metrics/measures/survey.go:
per direction the last row wins; a rating of oneself is not counted.

    /usr/bin/python3 metrics/measures/testdata/survey_reference.py samples/data/golf-2024
"""
import csv
import json
import sys

folder = sys.argv[1]
with open(folder + "/partners.csv", newline="", encoding="utf-8-sig") as f:
    partners = [r["id"] for r in csv.DictReader(f)]
rating = {}
with open(folder + "/ties.csv", newline="", encoding="utf-8-sig") as f:
    for r in csv.DictReader(f):
        if r["from"] != r["to"]:
            rating[(r["from"], r["to"])] = r  # a later row wins

def num(s):
    return int(s) if s and s.strip() else None

answered = {a for (a, _) in rating}
respondents = sorted(p for p in partners if p in answered)
non = sorted(p for p in partners if p not in answered)
pairs = sorted({tuple(sorted(k)) for k in rating})
both = one = one_non = one_resp = 0
gaps = []
differ = []
for a, b in pairs:
    ra, rb = rating.get((a, b)), rating.get((b, a))
    if ra and rb:
        both += 1
        g = abs(int(ra["depth"]) - int(rb["depth"]))
        gaps.append(g)
        fig = []
        for col in ("trust", "value"):
            x, y = num(ra.get(col)), num(rb.get(col))
            fig.append(None if x is None or y is None else abs(x - y))
        if g > 0 or any(v for v in fig if v):
            differ.append((-g, -sum(v or 0 for v in fig), a, b, g, fig[0], fig[1]))
    else:
        one += 1
        silent = b if ra else a
        if silent in answered:
            one_resp += 1
        else:
            one_non += 1
differ.sort()
print(json.dumps({
    "partners": len(partners),
    "respondents": respondents,
    "non_respondents": non,
    "response_rate": len(respondents) / len(partners),
    "pairs_both": both,
    "pairs_one_side": one,
    "pairs_one_side_nonrespondent": one_non,
    "pairs_one_side_respondent": one_resp,
    "mean_gap": sum(gaps) / len(gaps) if gaps else None,
    "pairs_differ": len(differ),
    "differ_most": [{"a": d[2], "b": d[3], "gap": d[4], "trust_gap": d[5], "value_gap": d[6]} for d in differ[:10]],
}, sort_keys=True))
