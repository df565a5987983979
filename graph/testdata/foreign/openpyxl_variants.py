"""Write a gbo case as workbooks the way other programs do, with openpyxl.

usage: openpyxl_variants.py CASE_DIR OUT_DIR
       openpyxl_variants.py --resave IN.xlsx OUT.xlsx

CASE_DIR is a gbo case folder (CSV files, case.toml). Into OUT_DIR go:

  plain.xlsx        every cell text, as the CSV file has it (shared strings)
  inline.xlsx       the same with inline strings (<c t="inlineStr">)
  numbers.xlsx      numbers as number cells, dates as date cells (dd/mm/yyyy)
  date1904.xlsx     numbers.xlsx in the 1904 date system
  dutch.xlsx        sheets named in Dutch (partnerorganisaties, interacties, ...)
  othercase.xlsx    sheets named in other case, with spaces (" PARTNERS", "Interactions")
  numbered/         the case with every partner id replaced by 001, 002, ...
  numbered.xlsx     numbered/ with those ids typed as numbers in a "000" format

Every workbook is expected to read to the same analysis as CASE_DIR
(numbered.xlsx as numbered/). --resave loads a workbook and saves it again.
"""
import csv
import datetime
import io
import os
import re
import shutil
import sys
import zipfile

import openpyxl

DUTCH = {"partners": "partnerorganisaties", "interactions": "interacties", "ties": "banden",
         "objects": "objecten", "people": "personen", "targets": "doelen", "case": "instellingen"}
OTHER = {"partners": " PARTNERS", "interactions": "Interactions", "ties": "TIES ", "objects": "Objects",
         "people": "People", "targets": "TarGets", "case": "Case"}
DATE_COLUMNS = {"date", "datum", "as_of"}
NUMBER = re.compile(r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$")  # not 007: that stays text


def read_case(case):
    """The case's tables: {base: rows}; case.toml as a key/value table."""
    tables = {}
    for name in sorted(os.listdir(case)):
        path = os.path.join(case, name)
        if name.endswith(".csv"):
            with open(path, encoding="utf-8-sig", newline="") as f:
                text = f.read()
            sep = ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ","
            tables[name[:-4]] = [row for row in csv.reader(io.StringIO(text), delimiter=sep)]
        elif name == "case.toml":
            rows = [["key", "value"]]
            with open(path, encoding="utf-8") as f:
                for line in f:
                    m = re.match(r'^\s*([a-z_]+)\s*=\s*"(.*)"\s*$', line)
                    if not m:
                        raise SystemExit("case.toml line not key = \"value\": " + line)
                    rows.append([m.group(1), m.group(2)])
            tables["case"] = rows
    return tables


def as_date(s):
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.datetime.strptime(s, fmt)
        except ValueError:
            pass
    return None


def typed(value, column, numbers):
    """The cell value for text value, and its number format (or None)."""
    if not numbers or value == "":
        return value, None
    if column in DATE_COLUMNS:
        d = as_date(value)
        if d is not None:
            return d, "dd/mm/yyyy"
    if NUMBER.match(value):
        return (float(value) if "." in value else int(value)), None
    return value, None


def write(tables, out, names=None, numbers=False, epoch1904=False, idcells=None):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    if epoch1904:
        wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    for base, rows in tables.items():
        ws = wb.create_sheet((names or {}).get(base, base))
        header = [h.strip().lower() for h in rows[0]]
        for r, row in enumerate(rows, 1):
            for c, value in enumerate(row, 1):
                if value == "":
                    continue
                column = header[c - 1] if r > 1 and c <= len(header) else ""
                if base == "case" and c == 2:
                    column = row[0]
                v, fmt = typed(value, column, numbers)
                if idcells is not None and value in idcells:
                    v, fmt = int(value), "000"
                cell = ws.cell(row=r, column=c, value=v)
                if fmt:
                    cell.number_format = fmt
    wb.save(out)


def inline(src, out):
    """Rewrite the shared-string cells of src as inline strings."""
    zin = zipfile.ZipFile(src)
    sst = []
    if "xl/sharedStrings.xml" in zin.namelist():
        sst = re.findall(r"<si>(.*?)</si>", zin.read("xl/sharedStrings.xml").decode(), re.S)

    def cell(m):
        return m.group(1) + ' t="inlineStr"' + m.group(2) + "<is>" + sst[int(m.group(3))] + "</is></c>"

    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = re.sub(r'(<c [^>]*?) t="s"([^>]*)><v>([0-9]+)</v></c>', cell, data.decode()).encode()
            zout.writestr(item, data)


def numbered(tables):
    """The tables with partner ids replaced by 001, 002, ... (in lists too)."""
    ids = [row[0] for row in tables["partners"][1:]]
    new = {old: "%03d" % (i + 1) for i, old in enumerate(ids)}

    def sub(v):
        return "|".join(new.get(p, p) for p in v.split("|"))

    return {base: [rows[0]] + [[sub(v) for v in row] for row in rows[1:]] for base, rows in tables.items()}, set(new.values())


def write_csv_case(tables, out):
    os.makedirs(out)
    for base, rows in tables.items():
        if base == "case":
            with open(os.path.join(out, "case.toml"), "w", encoding="utf-8") as f:
                for k, v in rows[1:]:
                    f.write('%s = "%s"\n' % (k, v))
            continue
        with open(os.path.join(out, base + ".csv"), "w", encoding="utf-8", newline="") as f:
            csv.writer(f, lineterminator="\n").writerows(rows)


def main(argv):
    if argv[1] == "--resave":
        openpyxl.load_workbook(argv[2]).save(argv[3])
        return
    case, out = argv[1], argv[2]
    tables = read_case(case)
    write(tables, os.path.join(out, "plain.xlsx"))
    inline(os.path.join(out, "plain.xlsx"), os.path.join(out, "inline.xlsx"))
    write(tables, os.path.join(out, "numbers.xlsx"), numbers=True)
    write(tables, os.path.join(out, "date1904.xlsx"), numbers=True, epoch1904=True)
    write(tables, os.path.join(out, "dutch.xlsx"), names=DUTCH)
    write(tables, os.path.join(out, "othercase.xlsx"), names=OTHER)
    num, idcells = numbered(tables)
    write_csv_case(num, os.path.join(out, "numbered"))
    write(num, os.path.join(out, "numbered.xlsx"), numbers=True, idcells=idcells)


if __name__ == "__main__":
    main(sys.argv)
