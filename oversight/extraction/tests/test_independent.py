"""The independent evaluation set (data/independent/): layouts written and labelled apart from the parser.

Realistic report layouts are built into text, web page, Word and PDF; web-page texts are stored as the
public samples store them. Recall and precision over the set must each be at least 0.98, and the refs,
deadlines and parents of every finding found must be exactly as labelled.
"""

import json
from pathlib import Path

import pytest

from oversight.extraction.propose import propose

from .accuracy import Score, normalise, score
from .documents import BUILDERS

DATA = Path(__file__).parent / "data" / "independent"
CASES = sorted(DATA.glob("*.html"))
PAGES = sorted(DATA.glob("*.txt")) + sorted(DATA.glob("*.htm"))  # stored as published: read in that format only


def gold_of(path):
    return json.loads((DATA / f"{path.stem}.gold.json").read_text())


@pytest.fixture(scope="module")
def proposals():
    """(name, format) → (proposal, gold findings) for every document of the set in every format it comes in."""
    out = {}
    for html in CASES:
        page = html.read_text()
        for fmt, build in BUILDERS.items():
            out[html.stem, fmt] = propose(build(page), f"{html.stem}.{fmt}"), gold_of(html)
    for stored in PAGES:
        out[stored.stem, "txt"] = propose(stored.read_bytes(), stored.name), gold_of(stored)
    return out


def differences(proposal, gold):
    """Matched findings whose ref, deadline, date or parent differs from the label."""
    by_text = {normalise(f["text"]): f for f in proposal["findings"]}
    gold_text = {g["id"]: g["text"] for g in gold["findings"]}
    found_text = {f["id"]: normalise(f["text"]) for f in proposal["findings"]}
    wrong = []
    for g in gold["findings"]:
        found = by_text.get(g["text"])
        if found is None:
            continue
        want = (g["ref"], g["due"], g["due_on"], gold_text.get(g["parent_id"]))
        got = (found["ref"], found["due_text"], found["due_on"], found_text.get(found["parent"]))
        if want != got:
            wrong.append((g["id"], want, got))
    return wrong


def test_the_set_is_large_and_varied_enough_to_mean_something():
    findings = [f for path in CASES + PAGES for f in gold_of(path)["findings"]]
    assert len(CASES) + len(PAGES) >= 20 and len(findings) >= 120
    assert {f["type"] for f in findings} == {"recommendation", "area_for_improvement", "cause_of_concern"}


def test_recall_and_precision_over_the_independent_set_are_at_least_098_in_every_format(proposals):
    totals = {}
    for (_, fmt), (proposal, gold) in proposals.items():
        totals[fmt] = totals.get(fmt, Score(0, 0, 0)) + score(proposal["findings"], gold["findings"])
    for fmt, total in totals.items():
        assert (fmt, total.recall >= 0.98, total.precision >= 0.98) == (fmt, True, True), total


@pytest.mark.parametrize("path", CASES + PAGES, ids=[p.stem for p in CASES + PAGES])
def test_each_document_is_read_as_labelled_as_text(proposals, path):
    proposal, gold = proposals[path.stem, "txt"]
    result = score(proposal["findings"], gold["findings"])
    assert (result.recall, result.precision) == (1.0, 1.0)
    assert differences(proposal, gold) == []


def test_refs_deadlines_and_parents_are_exact_in_every_format(proposals):
    wrong = {key: d for key, (proposal, gold) in proposals.items() if (d := differences(proposal, gold))}
    assert wrong == {}


def test_the_publication_date_is_found_where_the_label_gives_one(proposals):
    for (name, fmt), (proposal, gold) in proposals.items():
        if gold.get("published_on"):
            assert proposal["published_on"] == gold["published_on"], (name, fmt)
