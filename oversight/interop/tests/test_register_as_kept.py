"""Issue 14: the registers forces keep today, imported as they are."""

import datetime

import pytest
from auditlog.models import LogEntry

from oversight.accounts.models import User
from oversight.interop.columns import guess_mapping
from oversight.interop.importer import import_register
from oversight.interop.readers import Register
from oversight.organisations.models import Portfolio
from oversight.reports.models import Report
from oversight.reports.tests.factories import ReportFactory
from oversight.responses.models import Response, Transition

from .helpers import xlsx

HEADERS = ["Ref", "Report", "Recommendation", "Owner", "Portfolio", "Due date", "Status", "RAG", "Update"]
PEEL = "PEEL 2023–25 – an inspection of West Midlands Police"  # en dashes, as HMICFRS prints them


def register(*body):
    return xlsx([HEADERS, *body], title_rows=[["West Midlands Police – HMICFRS recommendations register"]])


def run(fileobj, by, organisation, commit=True, **options):
    parsed = Register(fileobj)
    return import_register(parsed, guess_mapping(parsed.headers), organisation=organisation, by=by, commit=commit,
                           source="register.xlsx", **options)


@pytest.fixture
def sarah(force):
    from oversight.accounts.tests.factories import person

    user = person("s.khan", "action_owner", force)
    user.first_name, user.last_name = "Sarah", "Khan"
    user.save()
    return user


@pytest.fixture
def realistic(crime_portfolio):
    return register(
        ["1", PEEL, "Improve supervision of investigations.", "DCI Sarah Khan", "Crime", "30/11/2024", "Closed",
         "Complete", "Supervision audit done; closed by HMICFRS at revisit."],
        ["2", PEEL, "Improve call handling.", "T/Supt Mark Lee", "Contact", "31/03/2025", "Submitted",
         "Green – complete", "Evidence sent to HMICFRS on 1 March."],
        ["3", PEEL, "Improve victim updates.", "DCI Sarah Khan", "Crime", "31/03/2025", "Closed – HMICFRS", "Blue",
         "Discharged at revisit."],
        ["4", PEEL, "Improve vetting.", "", "", "", "In progress", "Amber", "Work under way."],
    )


def test_a_realistic_register_imports_closed_rows_closed_with_their_history(realistic, liaison_officer, force,
                                                                            sarah):
    outcome = run(realistic, liaison_officer, force)
    assert outcome.committed, outcome.problems
    assert outcome.created == 4
    by_ref = {r.finding.ref: r for r in Response.objects.select_related("finding", "owner")}
    assert {ref: (r.status, r.rag) for ref, r in by_ref.items()} == {
        "1": ("closed", "green"), "2": ("submitted", "green"), "3": ("closed", "green"), "4": ("in_progress", "amber")}
    assert by_ref["1"].owner == sarah and by_ref["3"].owner == sarah  # "DCI" is a rank, not a name
    closed = by_ref["1"].transitions.get()
    assert (closed.action, closed.source, closed.target, closed.by) == ("imported", "draft", "closed", liaison_officer)
    assert closed.payload == {"source": "register.xlsx, row 3", "row": 3}
    assert by_ref["1"].updates.get().text.startswith("Supervision audit done")
    # Kept as a later save would keep them (on PostgreSQL each new response is written once, whole:
    # core.inserts.held): its newest update's date, its status's moment, one version per change.
    assert by_ref["1"].latest_update_on == by_ref["1"].updates.get().written_on
    assert by_ref["1"].status_changed_at == closed.at and by_ref["1"].version == 2
    # The status change and the transition are in the audit trail under the importer.
    entries = LogEntry.objects.filter(actor=liaison_officer)
    assert entries.filter(content_type__model="transition", object_id=closed.pk).exists()
    assert entries.filter(content_type__model="response", object_id=by_ref["1"].pk,
                          changes__status=["draft", "closed"]).exists()


def test_unknown_people_and_lists_are_listed_and_created_only_as_the_preview_says(realistic, liaison_officer, force,
                                                                                 sarah):
    dry = run(realistic, liaison_officer, force, commit=False)
    assert dry.ok and not dry.committed
    assert [(p["written"], p["name"], p["choice"]) for p in dry.to_create["people"]] == [
        ("T/Supt Mark Lee", "Mark Lee", "create")]
    assert [p["name"] for p in dry.to_create["portfolio"]] == ["Contact"]
    assert not User.objects.filter(last_name="Lee").exists() and not Portfolio.objects.filter(name="Contact").exists()
    # The person maps Mark Lee to Sarah and chooses an existing portfolio instead of creating one.
    realistic.seek(0)
    crime = Portfolio.objects.get(name="Crime")
    outcome = run(realistic, liaison_officer, force, choices={"people": {"mark lee": str(sarah.pk)},
                                                              "portfolio": {"contact": str(crime.pk)}})
    assert outcome.committed, outcome.problems
    assert not User.objects.filter(last_name="Lee").exists() and not Portfolio.objects.filter(name="Contact").exists()
    row2 = Response.objects.get(finding__ref="2")
    assert row2.owner == sarah and row2.portfolio == crime


def test_a_created_owner_is_an_invited_person_of_the_organisation_who_never_signed_in(realistic, liaison_officer,
                                                                                     force, sarah):
    outcome = run(realistic, liaison_officer, force)
    assert outcome.created_items == {"people": ["Mark Lee"], "portfolio": ["Contact"], "reports": [PEEL]}
    lee = User.objects.get(last_name="Lee")
    assert lee.first_name == "Mark" and not lee.has_usable_password()
    assert lee.memberships.get().organisation == force
    assert Response.objects.get(finding__ref="2").owner == lee


def test_without_create_an_unknown_owner_refuses_the_row_not_the_file(realistic, liaison_officer, force, sarah):
    outcome = run(realistic, liaison_officer, force, create=False, partial=True)
    assert outcome.committed
    refused = {p.row: (p.column, p.message) for p in outcome.problems}
    assert set(refused) == {4}  # row 4 of the sheet: the title row, the headers, then rows 3.. onwards
    assert refused[4][0] in ("Owner", "Portfolio")
    assert Response.objects.count() == 3 and not User.objects.filter(last_name="Lee").exists()


def test_a_word_the_vocabulary_does_not_know_is_refused_until_the_person_says_what_it_means(liaison_officer, force):
    fileobj = register(["1", PEEL, "Improve supervision.", "", "", "", "Parked", "Purple", ""])
    dry = run(fileobj, liaison_officer, force, commit=False)
    assert {(w["kind"], w["word"], w["value"]) for w in dry.words} == {("status", "Parked", ""), ("rag", "Purple", "")}
    assert {p.column for p in dry.problems} == {"Status", "RAG"}
    fileobj.seek(0)
    outcome = run(fileobj, liaison_officer, force, choices={"status": {"parked": "open"}, "rag": {"purple": "red"}})
    assert outcome.committed, outcome.problems
    assert (Response.objects.get().status, Response.objects.get().rag) == ("open", "red")


def test_titles_differing_by_dashes_quotes_and_case_are_one_report(liaison_officer, force):
    existing = ReportFactory(title="PEEL 2023-25 - an inspection of West Midlands Police", kind=Report.Kind.PEEL)
    fileobj = register(["1", PEEL, "Improve supervision.", "", "", "", "", "", ""],
                       ["2", "peel 2023 – 25 –  AN inspection of West Midlands Police", "Improve training.", "", "",
                        "", "", "", ""])
    from oversight.reports.models import ReportInvolvement

    ReportInvolvement.objects.create(report=existing, organisation=force, involvement="inspected")
    outcome = run(fileobj, liaison_officer, force)
    assert outcome.committed, outcome.problems
    assert Report.objects.count() == 1
    assert set(Response.objects.values_list("finding__report", flat=True)) == {existing.pk}


def test_a_near_match_is_offered_for_confirmation_and_a_new_report_takes_its_kind_and_date(liaison_officer, force):
    near = ReportFactory(title="An inspection of vetting, misconduct and misogyny in the police service")
    from oversight.reports.models import ReportInvolvement

    ReportInvolvement.objects.create(report=near, organisation=force, involvement="inspected")
    fileobj = register(["1", "An inspection of vetting, misconduct, and misogyny in the police", "Vet.", "", "", "",
                        "", "", ""])
    dry = run(fileobj, liaison_officer, force, commit=False)
    [proposed] = dry.to_create["reports"]
    assert [n["id"] for n in proposed["near"]] == [near.pk] and proposed["choice"] == "new"
    key = proposed["key"]
    fileobj.seek(0)
    outcome = run(fileobj, liaison_officer, force, choices={"reports": {key: str(near.pk)}})
    assert outcome.committed and Report.objects.count() == 1
    other = register(["1", "Police response to stalking", "Improve.", "", "", "", "", "", ""])
    dry = run(other, liaison_officer, force, commit=False)
    key = dry.to_create["reports"][0]["key"]
    other.seek(0)
    run(other, liaison_officer, force, choices={"report_kind": {key: "super_complaint"},
                                                "report_date": {key: "2024-09-01"}})
    made = Report.objects.get(title="Police response to stalking")
    assert (made.kind, made.published_on) == ("super_complaint", datetime.date(2024, 9, 1))


def test_a_reimport_lists_what_changed_field_by_field(realistic, liaison_officer, force, sarah):
    run(realistic, liaison_officer, force)
    changed = register(["4", PEEL, "Improve vetting.", "DCI Sarah Khan", "", "", "Closed", "Green", "All vetted."])
    outcome = run(changed, liaison_officer, force, commit=False)
    assert outcome.updated == 1
    [row] = outcome.changes
    assert row["row"] == 3 and row["result"] == "updated"
    assert {f[0]: (f[1], f[2]) for f in row["fields"]} == {
        "Owner": ("", "Sarah Khan"), "Status": ("In progress", "Closed"), "RAG": ("Amber", "Green"),
        "Latest update": ("", "All vetted.")}


def test_a_list_item_to_create_is_stood_in_for_by_the_check_and_created_by_the_import(realistic, liaison_officer,
                                                                                      force, sarah):
    """The check rehearses the creation (core.inserts.stand_in): no portfolio is written, yet it lists the
    same changes as the import, which then creates the portfolio once for every row naming it."""
    run(realistic, liaison_officer, force)
    changed = register(["4", PEEL, "Improve vetting.", "", "Professional Standards", "", "In progress", "Amber", ""],
                       ["5", PEEL, "Improve disclosure.", "", "Professional standards", "", "", "", ""])
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        checked = run(changed, liaison_officer, force, commit=False)
    assert not [q for q in queries.captured_queries if q["sql"].startswith('INSERT INTO "organisations_portfolio"')]
    changed.seek(0)
    imported = run(changed, liaison_officer, force)
    assert (checked.updated, checked.created, checked.changes) == (imported.updated, imported.created, imported.changes)
    assert [f for f in imported.changes[0]["fields"] if f[0] == "Portfolio"] == [["Portfolio", "", "Professional Standards"]]
    made = Portfolio.objects.get(organisation=force, name="Professional Standards")
    assert set(Response.objects.filter(finding__ref__in=["4", "5"]).values_list("portfolio", flat=True)) == {made.pk}


def test_all_or_nothing_by_default_and_the_good_rows_on_request(liaison_officer, force):
    fileobj = register(["1", PEEL, "Improve supervision.", "", "", "", "Closed", "", ""],
                       ["2", PEEL, "Improve training.", "", "", "soon", "", "", ""])
    outcome = run(fileobj, liaison_officer, force)
    assert not outcome.committed and Response.objects.count() == 0 and Transition.objects.count() == 0
    fileobj.seek(0)
    outcome = run(fileobj, liaison_officer, force, partial=True)
    assert outcome.committed and outcome.refused == 1 and Response.objects.get().status == "closed"


def test_history_is_imported_through_one_service_in_bulk(liaison_officer, force):
    from oversight.responses import services
    from oversight.responses.tests.factories import ResponseFactory

    responses = [ResponseFactory(organisation=force, status="draft") for _ in range(3)]
    changed = services.import_history([
        services.HistoryEntry(response=responses[0], status="closed", rag="green", updated_on=datetime.date(2024, 5, 1),
                         update_text="Done.", source="seed 1"),
        services.HistoryEntry(response=responses[1], status="submitted", source="seed 2"),
        services.HistoryEntry(response=responses[2], rag="red"),
    ], by=liaison_officer)
    assert changed == [{"status", "rag", "update"}, {"status"}, {"rag"}]
    first = Response.objects.get(pk=responses[0].pk)
    assert first.status == "closed" and first.status_changed_at.date() == datetime.date(2024, 5, 1)
    assert first.updates.get().written_on == datetime.date(2024, 5, 1)


def test_only_someone_who_may_import_may_import_history(action_owner, force):
    from oversight.core.exceptions import NotAllowed
    from oversight.responses import services
    from oversight.responses.tests.factories import ResponseFactory

    response = ResponseFactory(organisation=force, status="draft")
    with pytest.raises(NotAllowed):
        services.import_history([services.HistoryEntry(response=response, status="closed")], by=action_owner)
    assert Response.objects.get(pk=response.pk).status == "draft"


def test_rows_are_written_in_bulk_so_the_statements_do_not_grow_with_the_rows(liaison_officer, force, sarah):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def statements(n):
        rows = [[str(i), f"Report {n}", f"Finding {i}.", "DCI Sarah Khan", "Crime", "", "Closed", "Green",
                 f"Done {i}."] for i in range(1, n + 1)]
        with CaptureQueriesContext(connection) as queries:
            outcome = run(register(*rows), liaison_officer, force)
        assert outcome.committed and outcome.created == n
        return len(queries.captured_queries)

    small, large = statements(20), statements(400)
    # An import checks every row, then writes: both split big INSERTs by SQLite's 999-parameter limit,
    # which is all that grows with the rows (well under one statement a row).
    assert large - small < 0.25 * (400 - 20), (small, large)


def test_a_person_named_by_a_register_is_added_only_by_someone_who_may_add_people(action_owner, force):
    from oversight.accounts import services
    from oversight.core.exceptions import NotAllowed

    with pytest.raises(NotAllowed):
        services.add_named_person(full_name="Sarah Khan", organisation=force, by=action_owner)
    assert not User.objects.filter(last_name="Khan").exists()


def test_rows_written_in_bulk_are_found_by_search_by_their_organisation_only(realistic, liaison_officer, force,
                                                                              sarah):
    from oversight.search.index import org_token
    from oversight.search.models import SearchDocument

    run(realistic, liaison_officer, force)
    finding = Response.objects.get(finding__ref="1").finding
    doc = SearchDocument.objects.get(kind="finding", object_id=finding.pk)
    assert doc.scope == org_token(force.pk) and doc.body == finding.text
    update = Response.objects.get(finding__ref="1").updates.get()
    assert SearchDocument.objects.get(kind="update", object_id=update.pk).scope == org_token(force.pk)
    assert SearchDocument.objects.get(kind="report", object_id=finding.report_id).scope == org_token(force.pk)


@pytest.mark.django_db(transaction=True)
def test_a_dry_run_holds_no_transaction_between_batches_and_counts_as_the_import_will(
        liaison_officer, force, sarah, monkeypatch):
    from django.db import connection

    from oversight.interop import importer

    monkeypatch.setattr(importer, "BATCH", 2)
    rows = [[str(i), PEEL, f"Finding {i}.", "T/Supt Mark Lee", "Contact", "", "Closed", "Green", f"Done {i}."]
            for i in range(1, 8)]
    fileobj = register(*rows)
    seen = []
    original = Register.rows

    def watched(self):
        for item in original(self):
            seen.append(connection.in_atomic_block)  # between batches, while the file is read
            yield item

    monkeypatch.setattr(Register, "rows", watched)
    dry = run(fileobj, liaison_officer, force, commit=False)
    assert dry.ok and dry.created == 7 and not any(seen)
    assert [p["name"] for p in dry.to_create["people"]] == ["Mark Lee"]
    assert [p["name"] for p in dry.to_create["portfolio"]] == ["Contact"]
    assert Response.objects.count() == 0 and not User.objects.filter(last_name="Lee").exists()
    fileobj.seek(0)
    seen.clear()
    outcome = run(fileobj, liaison_officer, force)
    # An import too: it checks every row first, then commits batch by batch (the web app keeps answering).
    assert outcome.committed and outcome.created == 7 and not any(seen)
    assert User.objects.filter(last_name="Lee").count() == 1 and Response.objects.filter(status="closed").count() == 7
