"""Issue 14: what an import costs. An import straight after a clean check relies on it (the file is not
checked twice), and the SQL statements of an import grow with its batches, not with its rows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from oversight.interop import importer, services
from oversight.responses.models import Response, Update

from .test_register_as_kept import PEEL, register, run

pytestmark = pytest.mark.django_db


def rows(n, *, first=1, report=PEEL):
    return [[str(i), report, f"Finding {i}.", "", "", "", "Closed", ("Red", "Amber", "Green")[i % 3], f"Done {i}."]
            for i in range(first, first + n)]


def uploaded(force, by, body):
    return services.start_import(register(*body), organisation=force, by=by)


@pytest.fixture
def checks(monkeypatch):
    """How many times a whole file was checked (a dry run) during what follows."""
    counted = []
    real = importer.Importer.run

    def counting(self, *, commit, **options):
        if not commit:
            counted.append(1)
        return real(self, commit=commit, **options)

    monkeypatch.setattr(importer.Importer, "run", counting)
    return counted


def test_an_import_straight_after_a_clean_check_does_not_check_the_file_again(liaison_officer, force, checks):
    run_ = uploaded(force, liaison_officer, rows(7))
    assert services.check_import(run_, by=liaison_officer).ok and len(checks) == 1
    outcome = services.commit_import(run_, by=liaison_officer)
    assert outcome.committed and outcome.created == 7 and len(checks) == 1
    assert Response.objects.filter(status="closed").count() == 7 and Update.objects.count() == 7


def test_an_import_checks_again_when_the_register_changed_since_the_check(liaison_officer, force, checks):
    from oversight.organisations import services as lists
    from oversight.organisations.models import Portfolio

    run_ = uploaded(force, liaison_officer, rows(3))
    services.check_import(run_, by=liaison_officer)
    lists.add_item_from_register(Portfolio, force, "Contact", by=liaison_officer)  # audited: may matter
    assert services.commit_import(run_, by=liaison_officer).created == 3 and len(checks) == 2


def test_an_import_checks_again_when_the_answers_changed_since_the_check(liaison_officer, force, checks):
    run_ = uploaded(force, liaison_officer, rows(3))
    services.check_import(run_, by=liaison_officer)
    services.save_choices(run_, {"rag": {"green": "amber"}}, partial=False, by=liaison_officer)
    services.commit_import(run_, by=liaison_officer)
    assert len(checks) == 2


def test_an_import_after_a_check_that_refused_rows_checks_again_and_writes_nothing(liaison_officer, force, checks):
    body = rows(3)
    body[1][7] = "Purple"
    run_ = uploaded(force, liaison_officer, body)
    assert not services.check_import(run_, by=liaison_officer).ok
    outcome = services.commit_import(run_, by=liaison_officer)
    assert not outcome.committed and len(checks) == 2 and not Response.objects.exists()


def test_writes_by_another_organisation_since_the_check_do_not_matter(liaison_officer, force, checks):
    from oversight.accounts.tests.factories import person
    from oversight.organisations import services as lists
    from oversight.organisations.models import Portfolio
    from oversight.organisations.tests.factories import OrganisationFactory

    other = OrganisationFactory(name="Other Police", short_name="OP")
    their_liaison = person("their.liaison", "liaison_officer", other)
    run_ = uploaded(force, liaison_officer, rows(3))
    services.check_import(run_, by=liaison_officer)
    lists.add_item_from_register(Portfolio, other, "Theirs", by=their_liaison)
    assert services.commit_import(run_, by=liaison_officer).created == 3 and len(checks) == 1


def statements(by, organisation, count, *, first=1):
    """SQL statements of importing `count` new rows (the import's writes only: the check is relied on)."""
    fileobj = register(*rows(count, first=first, report=f"Inspection {count}"))
    with CaptureQueriesContext(connection) as queries:
        outcome = run(fileobj, by, organisation, checked=True)
    assert outcome.committed and outcome.created == count
    return len(queries.captured_queries)


def test_an_imports_sql_statements_do_not_grow_with_its_rows(liaison_officer, force):
    fifty, five_hundred = statements(liaison_officer, force, 50), statements(liaison_officer, force, 500)
    # one batch each: ten times the rows may only add the few extra INSERTs SQLite's limit on a
    # statement's parameters splits a bulk write into; a statement per row would add 450 or more
    assert (five_hundred - fifty) / 450 < 0.1, (fifty, five_hundred)


def test_each_batch_of_an_import_costs_the_same_few_statements(liaison_officer, force, monkeypatch):
    monkeypatch.setattr(importer, "BATCH", 50)
    one_batch, ten_batches = statements(liaison_officer, force, 50), statements(liaison_officer, force, 500)
    assert ten_batches <= 10 * one_batch, (one_batch, ten_batches)


def test_the_reports_an_import_may_match_are_read_once_however_many_titles_it_names(liaison_officer, force,
                                                                                    monkeypatch):
    """Every new title was matched by reading every report the importer may see: at 100,000 rows over 100
    reports that reading grew with the register (reports.services.matching_reports, among=)."""
    monkeypatch.setattr(importer, "BATCH", 4)
    body = [row for n in range(6) for row in rows(3, first=10 * n + 1, report=f"Inspection {n}")]
    with CaptureQueriesContext(connection) as queries:
        outcome = run(register(*body), liaison_officer, force, checked=True)
    assert outcome.committed and outcome.created == 18 and Response.objects.count() == 18
    readings = [q for q in queries.captured_queries
                if 'FROM "reports_report"' in q["sql"] and '"reports_report"."published_on" DESC' in q["sql"]]
    assert len(readings) == 1, [q["sql"][:120] for q in readings]


def test_checking_a_file_the_register_already_matches_reads_each_report_once(liaison_officer, force, monkeypatch):
    """A check's batch that changed nothing keeps what it read (importer._rows_written): the findings of
    a report were read again for every batch, and checking such a file took longer than importing it."""
    monkeypatch.setattr(importer, "BATCH", 2)
    body = rows(8)
    assert run(register(*body), liaison_officer, force).created == 8
    with CaptureQueriesContext(connection) as queries:
        outcome = run(register(*body), liaison_officer, force, commit=False)
    assert outcome.ok and outcome.unchanged == 8
    reads = [q for q in queries.captured_queries if q["sql"].startswith('SELECT "reports_finding"."id"')]
    assert len(reads) == 1, len(reads)
    changed = [*body[:5], [*body[5][:7], "Green", body[5][8]], *body[6:]]  # row 6 was Red
    with CaptureQueriesContext(connection) as queries:  # a batch that changes a row reads again after it
        outcome = run(register(*changed), liaison_officer, force, commit=False)
    assert outcome.updated == 1 and outcome.unchanged == 7
    assert len([q for q in queries.captured_queries if q["sql"].startswith('SELECT "reports_finding"."id"')]) == 2
