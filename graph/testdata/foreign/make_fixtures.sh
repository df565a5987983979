#!/usr/bin/env bash
# Rewrites the LibreOffice-made fixtures of this folder (see README.md).
# Needs soffice (apt-get install libreoffice-calc-nogui), python3-uno,
# python3-openpyxl.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
lo() { timeout 120 soffice -env:UserInstallation="file://$tmp/profile" --headless "$@" >/dev/null 2>&1; }
for c in klein klein-be; do
  # (2) LibreOffice imports the CSV files (and case.toml as a case sheet).
  mkdir "$tmp/$c"
  cp "$c"/*.csv "$tmp/$c/"
  sep=,; [ "$c" = klein-be ] && sep=';'
  { echo "key${sep}value"; sed -E "s/^([a-z_]+) = \"(.*)\"$/\1${sep}\2/" "$c/case.toml"; } > "$tmp/$c/case.csv"
  timeout 120 /usr/bin/python3 lo_csv_sheets.py "$tmp/profile-csv" "$tmp/$c" "$c.lo-csv.xlsx"
done
# openpyxl writes the case (sheets named in Dutch; numbers and date
# cells); LibreOffice re-saves the first, and saves the second as .ods,
# then the .ods as .xlsx. (cmd/gbo's LibreOffice test re-saves the
# workbook gbo itself writes, which is too large to keep here.)
mkdir "$tmp/op"
/usr/bin/python3 openpyxl_variants.py klein "$tmp/op"
lo --convert-to xlsx --outdir "$tmp/resaved" "$tmp/op/dutch.xlsx"
cp "$tmp/resaved/dutch.xlsx" klein.lo-resaved.xlsx
lo --convert-to ods --outdir "$tmp/ods" "$tmp/op/numbers.xlsx"
lo --convert-to xlsx --outdir "$tmp/ods-xlsx" "$tmp/ods/numbers.ods"
cp "$tmp/ods-xlsx/numbers.xlsx" klein.lo-ods.xlsx
ls -l ./*.xlsx
