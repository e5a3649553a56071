import json, sys
from pathlib import Path
import django, os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oversight.settings")
django.setup()
from oversight.extraction.propose import propose
from oversight.extraction.tests.documents import BUILDERS, text_from_html
from oversight.extraction.tests.accuracy import score, normalise, Score
D = Path("oversight/extraction/tests/data/independent")
fmts = sys.argv[1].split(",") if len(sys.argv) > 1 else ["txt","html","docx","pdf"]
verbose = "-v" in sys.argv
tot = {f: Score(0,0,0) for f in fmts}; det = {f: [0,0] for f in fmts}
for html in sorted(D.glob("*.html")):
    gold = json.loads(html.with_suffix("").with_suffix(".gold.json").read_text() if False else (D/(html.stem+".gold.json")).read_text())
    gf = gold["findings"]
    txt = normalise(text_from_html(html.read_text()).decode())
    for g in gf:
        assert g["text"] in txt, (html.stem, g["text"][:60])
    row = []
    for f in fmts:
        prop = propose(BUILDERS[f](html.read_text()), f"{html.stem}.{f}")
        s = score(prop["findings"], gf); tot[f] += s
        by = {normalise(x["text"]): x for x in prop["findings"]}
        gt = {g["id"]: g["text"] for g in gf}; ft = {x["id"]: normalise(x["text"]) for x in prop["findings"]}
        ok = n = 0; bad = []
        for g in gf:
            x = by.get(g["text"])
            if not x: continue
            n += 1
            exp = (g["ref"], g["due"], g.get("due_on"), gt.get(g["parent_id"]))
            got = (x["ref"], x["due_text"], x["due_on"], ft.get(x["parent"]))
            if exp == got: ok += 1
            else: bad.append((g["id"], exp[:3], got[:3], exp[3] == got[3]))
        det[f][0] += ok; det[f][1] += n
        row.append(f"{f}: R={s.recall:.2f} P={s.precision:.2f} det={ok}/{n}")
        if verbose and (s.recall < 1 or s.precision < 1 or bad):
            gk = [(g["type"], g["text"]) for g in gf]
            pk = [(x["kind"], normalise(x["text"])) for x in prop["findings"]]
            for k in gk:
                if k not in pk: print("   MISS", f, k[0], k[1][:150])
            for k in pk:
                if k not in gk: print("   EXTRA", f, k[0], k[1][:150])
            for b in bad: print("   DETAIL", f, b)
    print(f"{html.stem:24s} gold={len(gf):3d}  " + " | ".join(row))
for f in fmts:
    print(f"TOTAL {f}: gold={tot[f].gold} prop={tot[f].proposed} matched={tot[f].matched} R={tot[f].recall:.3f} P={tot[f].precision:.3f} details {det[f][0]}/{det[f][1]}")
