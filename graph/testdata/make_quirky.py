#!/usr/bin/env python3
"""Writes the quirky CSV cases of graph/testdata in their real encodings.

belgian/  what a Belgian Excel's "CSV (puntkomma)" export looks like:
          Windows-1252 bytes (ë é ï), ';' separator, CRLF, Dutch headers,
          dd/mm/yyyy and d-m-yyyy dates, decimal commas, Dutch kind aliases.
english/  the same partnership as plain UTF-8, English headers, ISO dates.
bom/      UTF-8 with a byte-order mark; interactions.csv tab-separated.
multiline/ a quoted note spanning three lines before a row with a bad date.
Run: python3 graph/testdata/make_quirky.py  (from the repository root or here)
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(folder, name, text, encoding="utf-8", newline="\n", bom=False):
    os.makedirs(os.path.join(HERE, folder), exist_ok=True)
    data = text.replace("\n", newline).encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(HERE, folder, name), "wb") as f:
        f.write(data)


# --- belgian: cp1252, ';', CRLF --------------------------------------------
BE = dict(encoding="cp1252", newline="\r\n")
write("belgian", "partners.csv", """id;naam;sector;kern;gemeente;regio
CAW-Oost;CAW Oost-Vlaanderen;CAW;ja;Gent;Oost
OCMW-Gent;OCMW Gent;OCMW;;Gent;Oost
DMW-CM;Dienst Maatschappelijk Werk CM;DMW;;Gent;Oost
Samenlevingsopbouw;Samenlevingsopbouw Gent;opbouwwerk;nee;Gent;Oost
HvK-Gent;Huis van het Kind Geïntegreerd;gezin;nee;Gent;Oost
Café-Zoë;Sociaal Café Zoë;armoede;;Merelbeke;Oost
""", **BE)
write("belgian", "interactions.csv", """Datum;Van;Met;Soort;Grensobject;Personen;Aantal;Opmerking
15/03/2024;CAW-Oost;OCMW-Gent|DMW-CM;casusoverleg;rechtenverkenning;p1|p2;2;"Opmerking met ; erin"
5/4/2024;OCMW-Gent; Samenlevingsopbouw ;doorverwijzing;;p2;;
20-05-2024;HvK-Gent;Café-Zoë|CAW-Oost|;kennismaking;Gezinnen 0-3 jaar;;1;één ontmoeting
;;;;;;;
""", **BE)
write("belgian", "ties.csv", """van;naar;diepte;vertrouwen;waarde;gewicht
CAW-Oost;OCMW-Gent;afstemming;3;4;1,5
OCMW-Gent;CAW-Oost;3;3;3;2
""", **BE)
write("belgian", "objects.csv", """id;naam;herkomst;beschrijving
rechtenverkenning;Rechtenverkenning;stuurgroep;Samen rechten nagaan
gezinnen03;Gezinnen 0-3 jaar;werkgroep;Gezinnen met kinderen van 0-3 jaar in armoede
""", **BE)
write("belgian", "people.csv", """id;partner;rol;naam
p1;CAW-Oost;maatschappelijk werker;Anaïs
p2;OCMW-Gent;sociaal assistent;Zoë
""", **BE)
write("belgian", "targets.csv", """a;b;diepte
sector:CAW;sector:ocmw;4
HvK-Gent;Café-Zoë;kennisdeling
""", **BE)
write("belgian", "case.toml", """name = "GBO Gent"
region = "Oost-Vlaanderen"
as_of = 2024-06-30
language = "nl"
coordinator = "OCMW-Gent"

[depth]
half_life = 180.0
""")

# --- english: UTF-8, ',', ISO dates ----------------------------------------
write("english", "partners.csv", """id,name,sector,core,municipality,regio
CAW-Oost,CAW Oost-Vlaanderen,CAW,yes,Gent,Oost
OCMW-Gent,OCMW Gent,OCMW,,Gent,Oost
DMW-CM,Dienst Maatschappelijk Werk CM,DMW,,Gent,Oost
Samenlevingsopbouw,Samenlevingsopbouw Gent,opbouwwerk,no,Gent,Oost
HvK-Gent,Huis van het Kind Geïntegreerd,gezin,false,Gent,Oost
Café-Zoë,Sociaal Café Zoë,armoede,,Merelbeke,Oost
""")
write("english", "interactions.csv", """date,from,with,kind,object,people,count,note
2024-03-15,CAW-Oost,OCMW-Gent|DMW-CM,case_consultation,rechtenverkenning,p1|p2,2,"A note, with a comma"
2024-04-05,OCMW-Gent,Samenlevingsopbouw,referral,,p2,,
2024-05-20,HvK-Gent,Café-Zoë|CAW-Oost,introduction,gezinnen03,,1,
""")
write("english", "ties.csv", """from,to,depth,trust,value,weight
CAW-Oost,OCMW-Gent,4,3,4,1.5
OCMW-Gent,CAW-Oost,referral,3,3,2
""")
write("english", "objects.csv", """id,name,origin,description
rechtenverkenning,Rechtenverkenning,stuurgroep,Samen rechten nagaan
gezinnen03,Gezinnen 0-3 jaar,werkgroep,Gezinnen met kinderen van 0-3 jaar in armoede
""")
write("english", "people.csv", """id,partner,role,name
p1,CAW-Oost,maatschappelijk werker,Anaïs
p2,OCMW-Gent,sociaal assistent,Zoë
""")
write("english", "targets.csv", """a,b,depth
sector:caw,sector:OCMW,alignment
HvK-Gent,Café-Zoë,2
""")
write("english", "case.toml", """name = "GBO Gent"
region = "Oost-Vlaanderen"
as_of = "30/06/2024"
language = "nl"
coordinator = "OCMW-Gent"
depth.half_life = 180
""")

# --- bom: UTF-8 BOM; tab-separated interactions ----------------------------
write("bom", "partners.csv", """id;naam;sector
CAW-Oost;CAW Oost-Vlaanderen;CAW
OCMW-Gent;OCMW Gent;OCMW
Café-Zoë;Sociaal Café Zoë;armoede
""", bom=True)
write("bom", "interactions.csv", """datum\tvan\tmet\tsoort
2024-03-15\tCAW-Oost\tOCMW-Gent\tkennismaking
2024-03-16\tCafé-Zoë\tCAW-Oost\t2
""", bom=True)

# --- multiline: a quoted note over three lines, then a bad date -------------
write("multiline", "partners.csv", """id,sector
A,CAW
B,OCMW
""")
write("multiline", "interactions.csv", """date,from,with,kind,note
2024-01-10,A,B,1,"first line
second line
third line"
2024-13-01,A,B,1,
2024-01-12,A,B,1,"x"
""")
