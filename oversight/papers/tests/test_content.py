import datetime as dt
import json

from oversight.papers.content import build_content, default_period

D = dt.date
PERIOD = (D(2024, 7, 25), D(2024, 12, 5))


def build(meeting, **narrative):
    return build_content(meeting, *PERIOD, {"closures_since": "2023-08-01", **narrative}, today=D(2024, 11, 20))


def test_the_period_runs_from_the_previous_meeting_to_this_one(jac):
    assert default_period(jac) == PERIOD


def test_content_is_plain_json(paper_scene):
    content = build(paper_scene)
    assert json.loads(json.dumps(content)) == content


def test_each_report_published_in_the_period_is_counted_from_its_findings(paper_scene):
    reports = build(paper_scene)["reports"]
    assert [(r["recommendations_total"], r["recommendations_for_chief_constables"]) for r in reports] == [
        (14, 5), (22, 8), (29, 15), (8, 5)
    ]
    assert reports[0]["counts_sentence"].startswith(
        "14 recommendations were made in total, of which 5 were applicable to chief constables."
    )
    assert reports[0]["published_short"] == "22/8/24"
    assert all(r["title"] != "An older report" for r in reports)


def test_areas_for_improvement_are_listed_with_owners_and_the_latest_update(paper_scene):
    afi = next(f for f in build(paper_scene)["reports"][0]["findings"] if f["ref"] == "AFI1")
    assert (afi["portfolio"], afi["business_area"], afi["board"]) == ("Crime", "Public Protection Unit", "HMIC Oversight Board")
    assert afi["response"] == "A training plan is in place."
    assert afi["latest_update"] == "Twelve investigators qualified in October."


def test_monitoring_tells_engage_closed_causes_and_return_to_scan(paper_scene):
    monitoring = build(paper_scene)["monitoring"]
    assert monitoring["current"].startswith("Scan")
    assert [(e["date"], e["text"][:40]) for e in monitoring["events"]] == [
        ("24 November 2023", "Entered Engage (enhanced monitoring): fo"),
        ("22 July 2024", "HMICFRS closed 3 causes of concern (OCSE"),
        ("18 September 2024", "Returned to the default phase of monitor"),
    ]
    investigations = next(c for c in monitoring["causes_of_concern"] if c["name"] == "Investigations")
    assert (investigations["closed"], investigations["recommendations_closed"], investigations["recommendations_open"]) == (
        False, 3, 2
    )


def test_closure_table_counts_by_kind_and_level_since_the_chosen_date(paper_scene):
    closures = build(paper_scene)["closures"]
    assert [(r["label"], r["closed"]) for r in closures["rows"]] == [
        ("AFI Lv3", 15), ("AFI Lv2", 12), ("Recommendation Lv4", 18), ("Recommendation Lv3", 34), ("Recommendation Lv2", 91)
    ]
    assert closures["total"] == 170 and closures["awaiting"] == 4
    assert closures["total_text"] == "170 (+4)"
    assert closures["closed_in_period"] == 4  # the four decided on 1 August 2024
    assert closures["since_label"] == "since August 2023"


def test_gradings_show_last_inspected_and_trend_arrows(paper_scene):
    assert build(paper_scene)["gradings"]["rows"] == []  # not reprinted in a paper without its report
    rows = {r["area"]: r for r in build(paper_scene, include_reports=[paper_scene.ipa.pk])["gradings"]["rows"]}
    assert rows["Protecting vulnerable people"]["trend"] == "↑"  # computed from 2017's inadequate
    assert rows["Protecting vulnerable people"]["last_inspected"] == "2018"
    assert rows["Investigating crime"]["trend"] == "↔"
    assert rows["Investigating crime"]["last_inspected"] == "2016"
    assert rows["Effectiveness"]["is_pillar"] and rows["Effectiveness"]["trend"] == "↑"  # stated by the source
    assert rows["Effectiveness"]["last_inspected"] == ""
    assert list(rows) == ["Effectiveness", "Investigating crime", "Protecting vulnerable people",
                          "Specialist capabilities (firearms)"]
    assert rows["Specialist capabilities (firearms)"]["trend"] == "N/A"


def test_a_trend_across_the_four_to_five_point_scale_break_is_not_comparable(force, jac):
    from oversight.gradings.models import Grading

    Grading.objects.create(organisation=force, framework="peel_2018_19", area="Investigating crime",
                           grade="good", published_on=D(2019, 5, 2))
    Grading.objects.create(organisation=force, framework="peel_2021_22", area="Investigating crime",
                           grade="adequate", published_on=D(2024, 8, 1))  # graded in the period
    rows = build_content(jac, *PERIOD)["gradings"]["rows"]
    assert rows[0]["trend"] == "Not comparable"


def test_red_and_overdue_findings_are_listed(paper_scene):
    content = build(paper_scene)
    assert [(r["findings"], r["owner"], r["due_on"]) for r in content["red"]] == [
        (["Area for improvement AFI1"], "Crime, Public Protection Unit", "30 November 2024")
    ]
    assert any("Area for improvement AFI1" in r["findings"] for r in content["overdue"])


def test_inspection_activity_in_the_period_and_forthcoming(paper_scene):
    activities = build(paper_scene)["activities"]
    assert [a["inspection"] for a in activities["recent"]] == ["Investigations re-inspection"]
    assert activities["recent"][0]["dates"] == "2 September 2024 to 13 September 2024"
    assert [a["inspection"] for a in activities["forthcoming"]] == ["Youth out-of-court disposals"]


def test_open_findings_by_portfolio_and_status_add_up(paper_scene):
    table = build(paper_scene)["open_findings"]
    assert table["statuses"][:2] == ["Open", "In progress"]
    by_portfolio = {r["portfolio"]: r for r in table["rows"]}
    assert by_portfolio["Security"]["total"] == 2
    assert by_portfolio["Crime"]["counts"][1] == 1
    assert table["total"] == sum(r["total"] for r in table["rows"])


def test_narrative_parts_replace_the_defaults(paper_scene):
    content = build(paper_scene, purpose="To update members.", contact_name="T/CI Fiona Fletcher")
    assert content["purpose"] == "To update members."
    assert content["contact"]["name"] == "T/CI Fiona Fletcher"
    assert content["recommendation"] == "The Committee to note the contents of the report."


def test_every_placeholder_is_documented_for_users(paper_scene):
    from pathlib import Path

    from django.conf import settings

    docs = (Path(settings.BASE_DIR) / "docs" / "templates.md").read_text()
    missing = [key for key in [*build(paper_scene), "chart"] if f"`{key}" not in docs]
    assert not missing, f"document these placeholders in docs/templates.md: {missing}"


def test_agenda_item_is_printed_once_however_it_was_typed(jac):
    jac.agenda_item = "Agenda Item 06"
    assert build_content(jac, *PERIOD)["agenda_item"] == "06"


def test_forthcoming_activity_looks_a_year_ahead(paper_scene, force):
    from oversight.activities.models import InspectionActivity

    InspectionActivity.objects.create(organisation=force, inspection="PEEL 2027", kind="forthcoming",
                                      starts_on=D(2026, 6, 1))
    assert [a["inspection"] for a in build(paper_scene)["activities"]["forthcoming"]] == ["Youth out-of-court disposals"]


def test_without_a_monitoring_phase_the_paper_says_so(jac):
    assert build_content(jac, *PERIOD)["monitoring"]["current"] == ""


def add_progress(force):
    """Updates on a report published before the period: two within it, one before."""
    from oversight.reports.models import Report
    from oversight.responses.models import Response
    from oversight.responses.tests.factories import UpdateFactory

    older = Report.objects.get(title="An older report")
    response = Response.objects.create(finding=older.findings.first(), organisation=force, status="in_progress")
    UpdateFactory(response=response, text="Problem-solving plans embedded.", written_on=D(2024, 9, 1))
    UpdateFactory(response=response, text="Plans drafted.", written_on=D(2024, 8, 1))
    UpdateFactory(response=response, text="Before the period.", written_on=D(2024, 1, 1))


def test_progress_on_earlier_reports_prints_each_findings_latest_update_in_the_period(paper_scene, force):
    add_progress(force)
    progress = build(paper_scene)["progress"]
    assert [(r["number"], r["title"]) for r in progress] == [("4.1", "An older report")]
    assert [(f["label"], f["progress"], f["progress_on"]) for f in progress[0]["findings"]] == [
        ("Recommendation 1", "Problem-solving plans embedded.", "1 September 2024")
    ]


def test_no_key_hides_behind_a_dict_method_in_word_templates(paper_scene, force):
    """Jinja looks up `f.update` as dict.update before the key, so no key may share a dict method's name."""
    add_progress(force)
    clashes = set()
    keys = set()

    def walk(value):
        if isinstance(value, dict):
            clashes.update(k for k in value if hasattr(dict, k))
            keys.update(value)
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(build(paper_scene))
    assert not clashes
    assert {"progress_on", "latest_update", "findings_text", "closed_in_period"} <= keys  # every part was walked


def test_what_changed_since_the_last_paper(paper_scene):
    from oversight.responses.models import Response, Transition

    # One finding closed in the period, dated by its history.
    closed = Response.objects.filter(status="submitted").first()
    Transition.objects.create(response=closed, action="start", source="open", target="in_progress",
                              at=dt.datetime(2024, 6, 1, 12, tzinfo=dt.UTC))
    Transition.objects.create(response=closed, action="accept", source="submitted", target="closed",
                              at=dt.datetime(2024, 11, 1, 12, tzinfo=dt.UTC))
    changes = build(paper_scene)["changes"]
    assert changes["closed"] == 1
    assert changes["new"] == 1  # the AFI of a report published in the period
    assert changes["newly_overdue"] == 1  # the AFI was due on 30 November 2024
    assert changes["sentence"].startswith("Since the last paper: 1 finding added to the register, 1 closed")


def test_an_appendix_of_open_findings_where_the_layout_switches_it_on(paper_scene):
    from oversight.papers import layouts

    assert build(paper_scene)["appendix"] == []  # off by default
    layout = layouts.resolve({})
    for section in layout["sections"]:
        section["on"] = True
    paper_scene.committee.layout = layout
    paper_scene.committee.save()
    content = build(paper_scene)
    assert len(content["appendix"]) == content["open_findings"]["total"] > 0
    afi = next(row for row in content["appendix"] if row["finding"].endswith("AFI1"))
    assert afi["owner"] == "Crime, Public Protection Unit" and afi["due_on"] == "30 November 2024"
    assert content["sections"][-1]["key"] == "appendix"
    from oversight.papers import docx as word
    from oversight.papers.tests.test_documents import word_text

    text = word_text(word.render(content))[1]
    assert "Report | Finding | Held by | Status | Due" in text and "30 November 2024" in text


def test_the_paper_counts_the_commissioners_comments_due_in_the_period_as_they_stood_at_its_end(jac):
    import datetime

    from oversight.papers import content
    from oversight.reports.models import StatutoryResponse
    from oversight.reports.tests.factories import ReportFactory

    office = jac.committee.organisation
    due = [datetime.date(2024, 10, 1), datetime.date(2024, 10, 20), datetime.date(2024, 11, 1)]
    published = [datetime.date(2024, 9, 30), datetime.date(2024, 10, 25), datetime.date(2025, 1, 5)]
    for n, (due_on, published_on) in enumerate(zip(due, published, strict=True)):
        StatutoryResponse.objects.create(report=ReportFactory(title=f"Report {n}"), organisation=office,
                                         due_on=due_on, published_on=published_on, required=True)
    paper = content.build_content(jac, datetime.date(2024, 9, 1), datetime.date(2024, 11, 30),
                                  layout={"sections": [{"key": "statutory"}]})
    # The third was published after the period: as the paper stood, it was not yet published.
    assert paper["statutory"] == {"due": 3, "published": 2, "on_time": 1, "late": 1, "outstanding": 1}
    assert [s["key"] for s in paper["sections"]] == ["statutory"]
