"""Recall and precision of findings over every labelled document, and exact refs, parents and deadlines."""

import pytest

from oversight.extraction.propose import propose

from .accuracy import Score, built_cases, load_gold, normalise, score, text_documents
from .documents import BUILDERS

TEXTS = list(text_documents())
CASES = list(built_cases())
FORMATS = ["txt", "html", "docx", "pdf"]


def proposal_for_text(path):
    return propose(path.read_bytes(), path.name)


@pytest.fixture(scope="module")
def case_proposals():
    """Each realistic case built as text, web page, Word and PDF, and read back."""
    proposals = {}
    for name, html_path, _ in CASES:
        html = html_path.read_text()
        for fmt in FORMATS:
            proposals[name, fmt] = propose(BUILDERS[fmt](html), f"{name}.{fmt}")
    return proposals


def assert_details_match(proposal, gold):
    """Refs, parents and deadlines exactly as labelled, for every matched finding."""
    by_text = {normalise(f["text"]): f for f in proposal["findings"]}
    gold_text = {g["id"]: normalise(g["text"]) for g in gold}
    found_text = {f["id"]: normalise(f["text"]) for f in proposal["findings"]}
    for g in gold:
        found = by_text.get(normalise(g["text"]))
        if found is None:
            continue
        assert found["ref"] == g["ref"], g["id"]
        assert found["due_text"] == g["due"], g["id"]
        if "due_on" in g:
            assert found["due_on"] == g["due_on"], g["id"]
        expected_parent = gold_text.get(g.get("parent_id"))
        assert found_text.get(found["parent"]) == expected_parent, g["id"]


@pytest.mark.parametrize("name,source,gold_path", TEXTS, ids=[t[0] for t in TEXTS])
def test_each_labelled_text_is_read_with_full_recall_and_precision(name, source, gold_path):
    gold = load_gold(gold_path)
    result = score(proposal_for_text(source)["findings"], gold)
    assert (result.recall, result.precision) == (1.0, 1.0)


@pytest.mark.parametrize("name,source,gold_path", TEXTS, ids=[t[0] for t in TEXTS])
def test_each_labelled_text_gives_the_printed_refs_parents_and_deadlines(name, source, gold_path):
    assert_details_match(proposal_for_text(source), load_gold(gold_path))


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name,html_path,gold_path", CASES, ids=[c[0] for c in CASES])
def test_each_realistic_case_is_read_the_same_from_every_format(case_proposals, name, html_path, gold_path, fmt):
    gold = load_gold(gold_path)
    proposal = case_proposals[name, fmt]
    result = score(proposal["findings"], gold)
    assert (result.recall, result.precision) == (1.0, 1.0)
    assert_details_match(proposal, gold)


def test_recall_and_precision_over_the_whole_labelled_set_are_at_least_098(case_proposals):
    total = Score(0, 0, 0)
    for _, source, gold_path in TEXTS:
        total += score(proposal_for_text(source)["findings"], load_gold(gold_path))
    for (name, _fmt), proposal in case_proposals.items():
        gold_path = next(g for n, _, g in CASES if n == name)
        total += score(proposal["findings"], load_gold(gold_path))
    assert total.gold > 100
    assert total.recall >= 0.98 and total.precision >= 0.98


def test_a_finding_printed_in_the_summary_and_again_in_the_body_is_proposed_once(case_proposals):
    texts = [f["text"] for f in case_proposals["case_thematic", "pdf"]["findings"]]
    assert len(texts) == len(set(texts)) == 6


def test_relative_deadlines_count_from_the_publication_date(case_proposals):
    proposal = case_proposals["case_hmic_2014", "docx"]
    assert proposal["published_on"] == "2014-11-18"
    assert [f["due_on"] for f in proposal["findings"]] == [
        "2014-11-18", "2014-11-18", "2015-02-18", "2015-05-18", "2015-05-18",
    ]


def test_a_pdf_gives_its_page_count_and_the_page_each_finding_starts_on(case_proposals):
    proposal = case_proposals["case_thematic", "pdf"]
    assert proposal["pages"] >= 4
    pages = [f["page"] for f in proposal["findings"]]
    assert all(isinstance(p, int) and 1 <= p <= proposal["pages"] for p in pages)
    assert pages == sorted(pages)


def test_addressee_headings_give_the_addressees_of_the_recommendations_under_them(case_proposals):
    findings = case_proposals["case_thematic", "html"]["findings"]
    assert [f["addressees"] for f in findings[:5]] == [
        ["chief constables"], ["chief constables"], ["the College of Policing"], ["the College of Policing"],
        ["the Home Office"],
    ]
