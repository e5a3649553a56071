"""Recall, precision and exact details per document of the independent set, in every format.

Run: DEBUG=true .venv/bin/python oversight/extraction/tests/data/independent/measure.py [txt,html,docx,pdf] [-v]
"""

import json
import os
import sys
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oversight.settings")
django.setup()

from oversight.extraction.propose import propose  # noqa: E402
from oversight.extraction.tests.accuracy import Score, normalise, score  # noqa: E402
from oversight.extraction.tests.documents import BUILDERS, text_from_html  # noqa: E402

HERE = Path(__file__).parent


def sources(formats):
    """(name, format, bytes, gold findings) for every document: HTML cases in each format, web-page texts as text."""
    for html in sorted(HERE.glob("*.html")):
        gold = json.loads((HERE / f"{html.stem}.gold.json").read_text())["findings"]
        page = html.read_text()
        text = normalise(text_from_html(page).decode())
        for g in gold:
            assert g["text"] in text, (html.stem, g["text"][:60])
        for fmt in formats:
            yield html.stem, fmt, BUILDERS[fmt](page), gold
    for txt in sorted(HERE.glob("*.txt")) + sorted(HERE.glob("*.htm")):
        gold = json.loads((HERE / f"{txt.stem}.gold.json").read_text())["findings"]
        yield txt.stem, txt.suffix[1:], txt.read_bytes(), gold


def details(proposal, gold):
    """(exact, matched, differences) for refs, deadlines and parents of the matched findings."""
    by_text = {normalise(f["text"]): f for f in proposal["findings"]}
    gold_text = {g["id"]: g["text"] for g in gold}
    found_text = {f["id"]: normalise(f["text"]) for f in proposal["findings"]}
    exact = matched = 0
    differences = []
    for g in gold:
        found = by_text.get(g["text"])
        if not found:
            continue
        matched += 1
        want = (g["ref"], g["due"], g.get("due_on"), gold_text.get(g["parent_id"]))
        got = (found["ref"], found["due_text"], found["due_on"], found_text.get(found["parent"]))
        if want == got:
            exact += 1
        else:
            differences.append((g["id"], want[:3], got[:3], "parent ok" if want[3] == got[3] else "parent differs"))
    return exact, matched, differences


def main():
    formats = sys.argv[1].split(",") if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else list(BUILDERS)
    verbose = "-v" in sys.argv
    totals, exact_totals = {}, {}
    for name, fmt, data, gold in sources(formats):
        proposal = propose(data, f"{name}.{fmt}")
        result = score(proposal["findings"], gold)
        exact, matched, differences = details(proposal, gold)
        totals[fmt] = totals.get(fmt, Score(0, 0, 0)) + result
        e = exact_totals.setdefault(fmt, [0, 0])
        e[0], e[1] = e[0] + exact, e[1] + matched
        print(f"{name:28s} {fmt:4s} gold={len(gold):3d} R={result.recall:.2f} P={result.precision:.2f} details={exact}/{matched}")
        if verbose:
            wanted = [(g["type"], g["text"]) for g in gold]
            got = [(f["kind"], normalise(f["text"])) for f in proposal["findings"]]
            for key in wanted:
                if key not in got:
                    print("    MISS ", key[0], key[1][:160])
            for key in got:
                if key not in wanted:
                    print("    EXTRA", key[0], key[1][:160])
            for difference in differences:
                print("    DETAIL", difference)
    for fmt, total in totals.items():
        print(f"TOTAL {fmt}: gold={total.gold} proposed={total.proposed} matched={total.matched} "
              f"R={total.recall:.3f} P={total.precision:.3f} details={exact_totals[fmt][0]}/{exact_totals[fmt][1]}")


if __name__ == "__main__":
    main()
