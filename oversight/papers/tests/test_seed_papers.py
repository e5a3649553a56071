"""The four seed papers regenerated from the demo data carry each seed's facts (seed_facts.py), with no
figure from after the paper, no contradiction, no sentence printed twice and no internal note; the demo's
internal notes appear in no printed field, paper or main page."""

import io
from datetime import date

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import models, transaction
from django.urls import reverse

from oversight.papers import services
from oversight.papers.models import Meeting
from oversight.papers.tests.seed_facts import FACTS, INTERNAL, check, repeated_sentences
from oversight.papers.tests.test_documents import pdf_text, word_text

# Every test here is marked, so pytest-django sets up the test database before the module's demo
# fixture runs (an unmarked module would load the demo into the real database).
pytestmark = pytest.mark.django_db

SEEDS = {
    "001": ("Joint Audit Committee", date(2021, 9, 29)),
    "002": ("West Mercia Police and Crime Panel", date(2019, 6, 18)),
    "003": ("Joint Audit Committee", date(2024, 12, 5)),
    "004": ("Joint Audit Committee", date(2019, 6, 28)),
}
# What the demo cannot yet regenerate, said plainly rather than hidden.
KNOWN_MISSING = {}


@pytest.fixture(scope="module")
def demo_data(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def papers(demo_data, django_db_blocker):
    with django_db_blocker.unblock():
        built = {}
        for key, (committee, held_on) in SEEDS.items():
            meeting = Meeting.objects.get(committee__name=committee, held_on=held_on)
            content = services.build(services.paper_for(meeting))
            organisation = meeting.committee.organisation
            # The PDF as papers make it: the Word file converted by LibreOffice (WeasyPrint where it is missing).
            built[key] = {"content": content,
                          "word": word_text(services.render_docx(content, organisation, strict=True).data)[1],
                          "pdf": pdf_text(services.render_pdf(content, organisation, strict=True)[0])}
    return built


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_seed_paper_carries_every_fact_and_nothing_wrong(papers, seed):
    present, wrong, missing = check(seed, papers[seed]["word"])
    assert wrong == []
    assert set(missing) <= KNOWN_MISSING.get(seed, set()), missing
    assert repeated_sentences(papers[seed]["word"]) == []
    # The PDF carries the same facts (tables are checked in Word, where cells are separated).
    pdf_facts = [name for name, needle in FACTS[seed] if " | " not in needle]
    _present, wrong_pdf, missing_pdf = check(seed, papers[seed]["pdf"])
    assert wrong_pdf == []
    assert set(missing_pdf) & set(pdf_facts) <= KNOWN_MISSING.get(seed, set())


def test_papers_say_the_same_when_regenerated_later(papers, demo_data, django_db_blocker):
    with django_db_blocker.unblock():
        meeting = Meeting.objects.get(committee__name="Joint Audit Committee", held_on=date(2019, 6, 28))
        later = services.build(services.paper_for(meeting), today=date(2030, 1, 1))
    first = dict(papers["004"]["content"])
    assert {k: v for k, v in later.items() if k != "generated_on"} == {
        k: v for k, v in first.items() if k != "generated_on"}
    assert later["open_findings"]["as_at"] == "28 June 2019"


def test_no_internal_note_in_any_printed_field(demo_data, django_db_blocker):
    with django_db_blocker.unblock():
        found = []
        for model in apps.get_models():
            if not model.__module__.startswith("oversight."):
                continue
            fields = [f.name for f in model._meta.fields
                      if isinstance(f, (models.CharField, models.TextField, models.JSONField))
                      and f.name != "internal_note"]
            for row in model.objects.values_list(*fields) if fields else []:
                for value in row:
                    if value and INTERNAL.search(str(value)):
                        found.append((model.__name__, str(value)[:80]))
        assert found == []


def test_no_internal_note_on_the_main_pages(demo_data, django_db_blocker, client):
    from oversight.accounts.models import User

    with django_db_blocker.unblock():
        client.force_login(User.objects.get(username="admin"))
        for name in ["dashboard:home", "reports:list", "gradings:list", "gradings:monitoring", "activities:calendar",
                     "papers:list"]:
            page = client.get(reverse(name)).content.decode()
            assert not INTERNAL.search(page), name
        page = client.get(reverse("search:search"), {"q": "seed"}).content.decode()
        assert not INTERNAL.search(page)


def test_the_panel_numbers_paragraphs_straight_through_and_puts_the_recommendation_first(papers):
    import re

    lines = papers["002"]["word"].splitlines()
    numbers = [int(m.group(1)) for line in lines if (m := re.match(r"^(\d+)\. ", line))]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 15  # seed 002 has 31: more prose
    assert lines[lines.index("RECOMMENDATION") + 1] == "1. Members of the Panel are invited to note this report."
    assert "RECOMMENDATION" in lines[:6]  # first, as seed 002 prints it
    # The JAC papers number by section instead (1. / 1.1 / 3.1.1).
    jac = papers["003"]["word"]
    assert "1. PURPOSE OF REPORT" in jac
    assert "\n1.1 To provide members" in jac
    assert "\n3.1.1 An inspection report on progress" in jac
