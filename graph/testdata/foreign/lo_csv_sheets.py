"""Import a folder of CSV files into one workbook with LibreOffice, as a user
would with File > Open (text import, "detect special numbers" on), one
sheet per file, and save it as .xlsx.

usage: lo_csv_sheets.py PROFILE_DIR CSV_DIR OUT.xlsx

PROFILE_DIR is a fresh LibreOffice profile of this run. A file whose first
line holds more ';' than ',' is read as Belgian (nl-BE: ';', dd/mm/yyyy,
decimal comma), the others as en-US (','). Columns of ids are imported as
Text. Needs LibreOffice's python3-uno;
soffice is started and stopped here, within 120 seconds.
"""
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


ID_COLUMNS = {"id", "from", "with", "to", "partner", "van", "met", "naar", "a", "b", "object", "grensobject"}


def pv(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def main(profile, src, out):
    pipe = "gbo%d" % os.getpid()
    soffice = subprocess.Popen(["soffice", "-env:UserInstallation=" + uno.systemPathToFileUrl(profile), "--headless",
                                "--invisible", "--norestore", "--accept=pipe,name=%s;urp;" % pipe],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
        deadline = time.time() + 60
        while True:
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except NoConnectException:
                if time.time() > deadline or soffice.poll() is not None:
                    raise SystemExit("soffice did not start")
                time.sleep(0.2)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        book = desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (pv("Hidden", True),))
        blank = book.Sheets.getByIndex(0).Name
        for i, name in enumerate(sorted(n for n in os.listdir(src) if n.endswith(".csv"))):
            path = os.path.join(src, name)
            with open(path, encoding="utf-8-sig") as f:
                head = f.readline()
            sep, lang = (59, 2067) if head.count(";") > head.count(",") else (44, 1033)
            # Id columns imported as Text, as a user sets them in the
            # import dialog so that 007 stays 007.
            cols = [c.strip().lower() for c in head.strip().split(chr(sep))]
            text = "/".join("%d/2" % (i + 1) for i, c in enumerate(cols) if c in ID_COLUMNS)
            opts = "%d,34,76,1,%s,%d,false,true,true" % (sep, text, lang)
            part = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)), "_blank", 0, (
                pv("Hidden", True), pv("FilterName", "Text - txt - csv (StarCalc)"), pv("FilterOptions", opts)))
            book.Sheets.importSheet(part, part.Sheets.getByIndex(0).Name, i + 1)
            book.Sheets.getByIndex(i + 1).Name = name[:-4]
            part.close(True)
        book.Sheets.removeByName(blank)
        book.storeToURL(uno.systemPathToFileUrl(os.path.abspath(out)), (pv("FilterName", "Calc MS Excel 2007 XML"),))
        book.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge closes as soffice ends
    finally:
        try:
            soffice.wait(30)
        except subprocess.TimeoutExpired:
            soffice.kill()


if __name__ == "__main__":
    main(*sys.argv[1:4])
