"""The demo data holds the facts and figures of the four seed papers, and loads idempotently."""

import io
import re
import time
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from oversight import demo
from oversight.accounts import access
from oversight.accounts.models import Membership, User
from oversight.activities.models import InspectionActivity
from oversight.gradings.models import Grading, MonitoringPhase
from oversight.organisations.models import Organisation
from oversight.papers.models import Meeting
from oversight.reports.models import Finding, Report, StatutoryResponse
from oversight.responses.models import ClosureSubmission, Response, Transition, Update


@pytest.fixture(scope="module")
def demo_data(django_db_setup, django_db_blocker):
    """The demo loaded once for the module, rolled back afterwards."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def loaded(demo_data, db):
    return None


def report(title_start):
    return Report.objects.get(title__startswith=title_start)


def row_counts():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label not in {"sessions", "admin", "auditlog", "axes"}
    }


def test_loading_the_demo_twice_leaves_every_table_with_the_same_rows(loaded):
    before = row_counts()
    started = time.perf_counter()
    with CaptureQueriesContext(connection) as queries:
        call_command("demo", stdout=io.StringIO())
    elapsed = time.perf_counter() - started
    assert row_counts() == before
    # Nothing changed, so nothing is written: the audit trail and updated_at stay true.
    assert [q["sql"] for q in queries if q["sql"].startswith(("UPDATE", "DELETE"))] == []
    assert before["reports.Finding"] > 300 and before["responses.Transition"] > 700
    assert elapsed < 10, f"demo reload took {elapsed:.1f} s"


def test_the_demo_users_have_exactly_their_seed_roles_and_the_shared_password(loaded):
    expected = {
        "admin": ("West Midlands Police", "administrator"),
        "liaison": ("West Midlands Police", "liaison_officer"),
        "crime-lead": ("West Midlands Police", "portfolio_lead"),
        "ppu-owner": ("West Midlands Police", "action_owner"),
        "pcc-office": ("West Midlands Police and Crime Commissioner", "oversight_reviewer"),
        "committee": ("West Midlands Police and Crime Commissioner", "committee_member"),
        "wm-liaison": ("West Mercia Police", "liaison_officer"),
    }
    memberships = Membership.objects.select_related("user", "organisation")
    assert {m.user.username: (m.organisation.name, m.role) for m in memberships} == expected
    for membership in memberships:
        assert membership.user.check_password(demo.DEMO_PASSWORD)
        assert membership.user.is_superuser == (membership.user.username == "admin")
        # Pages name people: every demo person has a name, so none is shown by username or email.
        assert membership.user.first_name and membership.user.last_name, membership.user.username
    lead = memberships.get(user__username="crime-lead")
    assert [p.name for p in lead.portfolios.all()] == ["Crime"]
    owner = memberships.get(user__username="ppu-owner")
    assert [a.name for a in owner.business_areas.all()] == ["Public Protection Unit"]


def test_the_pcc_offices_oversee_their_forces(loaded):
    wmpcc = Organisation.objects.get(short_name="WMPCC")
    assert [o.name for o in wmpcc.oversees.all()] == ["West Midlands Police"]
    assert [o.name for o in Organisation.objects.get(short_name="WMerPCC").oversees.all()] == [
        "West Mercia Police"
    ]


def test_seed_003_closure_table_is_reproduced_by_kind_and_level(loaded):
    closed = Counter(
        ClosureSubmission.objects.filter(
            decision="accepted", submitted_on__gte=date(2023, 8, 1), decided_on__lte=date(2024, 12, 5)
        ).values_list("response__finding__kind", "level__code")
    )
    assert closed == {
        ("area_for_improvement", "Lv3"): 15,
        ("area_for_improvement", "Lv2"): 12,
        ("recommendation", "Lv4"): 18,
        ("recommendation", "Lv3"): 34,
        ("recommendation", "Lv2"): 91,
    }
    assert sum(closed.values()) == 170
    assert ClosureSubmission.objects.filter(decision="").count() == 4
    assert not ClosureSubmission.objects.filter(response__finding__text_is_printed=True).exists()


def test_closed_responses_have_the_transition_history_that_closed_them(loaded):
    closed = Response.objects.filter(status="closed")
    # 170 portal closures, the three causes of concern of 22 July 2024, three Investigations recommendations.
    assert closed.count() == 176
    closings = Transition.objects.filter(
        target="closed", at__date__gte=date(2023, 8, 1), at__date__lte=date(2024, 12, 5)
    )
    assert closings.count() == 176
    for response in Response.objects.exclude(status="open").prefetch_related("transitions"):
        assert response.transitions.all()[0].target == response.status, response


def test_seed_004_gradings_table(loaded):
    gradings = Grading.objects.filter(organisation__short_name="WMP", framework="peel_2018_19")
    table = {
        (g.pillar, g.area): (g.grade, g.published_on.year, g.get_stated_trend_display()) for g in gradings
    }
    assert table == {
        ("Effectiveness", "Effectiveness"): ("good", 2018, "↑"),
        ("Effectiveness", "Preventing crime and tackling anti-social behaviour"): ("good", 2016, "↔"),
        ("Effectiveness", "Investigating crime"): ("good", 2016, "↔"),
        ("Effectiveness", "Protecting Vulnerable People"): ("requires_improvement", 2018, "↑"),
        ("Effectiveness", "Tackling Serious and Organised Crime"): ("good", 2017, "↔"),
        ("Effectiveness", "Specialist Capabilities (Firearms)"): ("ungraded", 2018, "N/A"),
        ("Efficiency", "Efficiency"): ("good", 2018, "↔"),
        ("Efficiency", "Meeting current demand and using resources"): ("requires_improvement", 2017, "↔"),
        ("Efficiency", "Planning for the future"): ("outstanding", 2018, "↑"),
        ("Legitimacy", "Legitimacy"): ("good", 2018, "↑"),
        ("Legitimacy", "Fair treatment of the public"): ("good", 2018, "↔"),
        ("Legitimacy", "Ethical and lawful workforce"): ("requires_improvement", 2018, "↔"),
        ("Legitimacy", "Fair treatment of the workforce"): ("good", 2018, "↑"),
    }
    assert [g.area for g in gradings.order_by("position")] == [
        "Effectiveness",
        "Preventing crime and tackling anti-social behaviour",
        "Investigating crime",
        "Protecting Vulnerable People",
        "Tackling Serious and Organised Crime",
        "Specialist Capabilities (Firearms)",
        "Efficiency",
        "Meeting current demand and using resources",
        "Planning for the future",
        "Legitimacy",
        "Fair treatment of the public",
        "Ethical and lawful workforce",
        "Fair treatment of the workforce",
    ]


def test_seed_004_force_responses_are_updates_and_vetting_recommendation_sits_under_its_cause(loaded):
    ipa = report("Integrated PEEL Inspection 2018/19 of West Midlands")
    assert ipa.findings.counted_by_kind() == {
        "area_for_improvement": 6,
        "recommendation": 1,
        "cause_of_concern": 1,
    }
    vetting = ipa.findings.get(kind="recommendation")
    assert vetting.parent.kind == "cause_of_concern" and not vetting.parent.text_is_printed
    assert vetting.text.startswith(
        "The force should ensure all staff have received at least the lowest level"
    )
    updates = Update.objects.filter(response__finding__report=ipa)
    assert updates.count() == 7 and set(updates.values_list("written_on", flat=True)) == {date(2019, 6, 28)}
    assert updates.filter(text="This has since been put in place.").exists()


@pytest.mark.parametrize(
    "title_start, printed, total, wmp_applies, wmp_monitors",
    [
        ("A joint thematic inspection of the police and Crown", 11, 13, 11, 0),
        ("Neurodiversity in the criminal justice system", 5, 6, 5, 0),
        ("Interim report: Inspection into how effectively", 3, 3, 3, 0),
        ("A shared confidence", 2, 14, 0, 2),
        ("A review of 'Fraud: Time to choose'", 2, 2, 2, 0),
        ("A duty to protect", 7, 7, 7, 0),
    ],
)
def test_seed_001_report_counts_come_from_findings(
    loaded, title_start, printed, total, wmp_applies, wmp_monitors
):
    findings = report(title_start).findings.filter(kind="recommendation")
    assert findings.count() == total
    assert findings.filter(text_is_printed=True).count() == printed
    wmp = Response.objects.filter(finding__in=findings, organisation__short_name="WMP")
    assert wmp.filter(applicability="applies").count() == wmp_applies
    assert wmp.filter(applicability="monitor_only").count() == wmp_monitors


def test_seed_001_nca_report_has_thirteen_recommendations_and_two_causes_of_concern(loaded):
    nca = report("An inspection of the National Crime Agency")
    assert nca.findings.counted_by_kind() == {"recommendation": 13, "cause_of_concern": 2}
    assert list(nca.findings.filter(text_is_printed=True).values_list("ref", flat=True)) == ["1", "3"]
    monitored = Response.objects.filter(finding__report=nca, applicability="monitor_only")
    assert {r.portfolio.name for r in monitored} == {"Security"}


@pytest.mark.parametrize(
    "title_start, total, to_chief_constables",
    [
        ("An inspection report on progress to introduce a national operating model", 14, 5),
        ("An inspection into Activism and impartiality", 22, 8),
        ("Super Complaint – Suzy Lamplugh Trust", 29, 15),
        ("The policing response to anti-social behaviour", 8, 5),
    ],
)
def test_seed_003_recommendation_counts_come_from_findings(loaded, title_start, total, to_chief_constables):
    findings = list(report(title_start).findings.all())
    assert len(findings) == total
    assert sum("Chief constables" in f.addressees for f in findings) == to_chief_constables
    # Placeholders: the flag and the internal note say the words are not printed; the text does not.
    assert all(
        not f.text_is_printed and "does not print" in f.internal_note and "seed" not in f.text.lower()
        for f in findings
    )


def test_seed_003_peel_causes_of_concern_and_investigations_recommendations(loaded):
    peel = report("PEEL 2023–25: An inspection of West Midlands Police")
    causes = peel.findings.filter(kind="cause_of_concern")
    assert sorted(causes.values_list("theme", flat=True)) == ["Investigations", "MARAC", "OCSET", "SOMS"]
    closed_causes = Response.objects.filter(finding__in=causes, status="closed")
    assert sorted(closed_causes.values_list("finding__theme", flat=True)) == ["MARAC", "OCSET", "SOMS"]
    assert {t.at.date() for t in Transition.objects.filter(response__in=closed_causes, target="closed")} == {
        date(2024, 7, 22)
    }
    investigations = causes.get(theme="Investigations")
    children = Response.objects.filter(finding__parent=investigations)
    assert Counter(children.values_list("status", flat=True)) == {"closed": 3, "in_progress": 2}


def test_every_placeholder_says_its_words_are_not_printed(loaded):
    placeholders = Finding.objects.filter(text_is_printed=False)
    assert placeholders.count() > 250
    # Said in the internal note, which nothing prints, not in the finding's text.
    assert not placeholders.exclude(internal_note__contains="does not print this finding's words").exists()
    assert not placeholders.filter(text__icontains="not printed").exists()
    assert Finding.objects.filter(text_is_printed=True).count() == 50


@pytest.mark.parametrize(
    "title_start, ref, text",
    [
        (
            "Interim report",
            "II",
            "The relentless pursuit and disruption of adult perpetrators should be a national "
            "priority for the police, resourced with the appropriate level of capability and capacity.",
        ),
        (
            "A shared confidence",
            "2",
            "By 1st July 2022, the National Police Chiefs' Council lead for serious and organised "
            "crime should set standards to make sure that each regional sensitive intelligence unit has full and ready access "
            "to all intelligence systems of each force in their region. Chief Constables should comply with those standards.",
        ),
        (
            "Neurodiversity",
            "III",
            "A programme of awareness-raising and specialist training should be developed. Frontline "
            "staff should receive broad-based, mandatory training to raise awareness of neurodivergent conditions and how "
            "they impact on communication. The programme should be developed and delivered in consultation with people who "
            "have personal experience of neurodivergence.",
        ),
        (
            "PEEL: Police effectiveness 2017",
            "4",
            "Identify those at risk of being drawn into serious and organised crime, "
            "and ensure that preventative initiatives are put in place with partner organisations to deter offending",
        ),
    ],
)
def test_printed_findings_are_verbatim(loaded, title_start, ref, text):
    assert report(title_start).findings.get(ref=ref).text == text


def test_printed_list_items_keep_their_own_lines(loaded):
    duty = report("A duty to protect").findings.get(ref="V")
    assert duty.text.splitlines()[1:] == [
        "i. ensure that there is clear governance and communication to prioritise their use when these are the most "
        "appropriate tools to use;",
        "ii. monitor t use to ensure effectiveness; and",
        "iii. ensure experience and lessons learned on using DVPN/DVPOs informs the use of DAPOs.",
    ]


def test_seed_001_deadlines_are_kept_as_printed_and_as_dates(loaded):
    fraud_1 = report("A review of 'Fraud").findings.get(ref="1")
    assert (fraud_1.due_text, fraud_1.due_on) == ("By 30th September 2021", date(2021, 9, 30))
    rape_1 = report("A joint thematic").findings.get(ref="I")
    assert (rape_1.due_text, rape_1.due_on) == ("Immediately", date(2021, 7, 16))


def test_seed_002_west_mercia_findings_sit_under_their_themes_with_progress_updates(loaded):
    peel = report("PEEL: Police effectiveness 2017")
    assert peel.findings.counted_by_kind() == {
        "area_for_improvement": 6,
        "recommendation": 5,
        "cause_of_concern": 1,
    }
    assert peel.findings.filter(kind="area_for_improvement", ref="AFI1").count() == 2
    recommendations = peel.findings.filter(kind="recommendation")
    assert {f.parent.theme for f in recommendations} == {"Tackling serious and organised crime"}
    responses = Response.objects.filter(finding__report=peel)
    assert {r.organisation.short_name for r in responses} == {"WMerP"}
    assert Update.objects.filter(response__in=responses, written_on=date(2019, 6, 18)).count() == 11
    assert {r.board.name for r in responses.filter(finding__kind="recommendation")} == {"SOC Delivery Group"}


def test_engage_and_scan_history(loaded):
    wmp = MonitoringPhase.objects.filter(organisation__short_name="WMP")
    assert [(p.phase, p.started_on, p.ended_on) for p in wmp] == [
        ("scan", date(2024, 9, 18), None),
        ("engage", date(2023, 11, 24), date(2024, 9, 18)),
    ]
    assert wmp.get(phase="engage").causes.count() == 4
    mercia = MonitoringPhase.objects.get(organisation__short_name="WMerP", phase="engage")
    assert mercia.ended_on == date(2019, 6, 18)
    assert "prints neither" in mercia.internal_note and "seed" not in mercia.reason.lower()


def test_inspection_activity_from_seeds_001_and_003(loaded):
    peel_2021 = InspectionActivity.objects.filter(inspection="PEEL 2021")
    assert peel_2021.get(kind="strategic_briefing").starts_on == date(2021, 6, 7)
    fieldwork = peel_2021.get(kind="fieldwork")
    assert (fieldwork.starts_on, fieldwork.ends_on) == (date(2021, 6, 14), date(2021, 7, 28))
    reinspection = InspectionActivity.objects.get(inspection="PEEL 2023 Investigations cause of concern")
    assert (reinspection.starts_on, reinspection.ends_on) == (date(2024, 9, 2), date(2024, 9, 13))
    forthcoming = InspectionActivity.objects.get(kind="forthcoming")
    assert forthcoming.starts_on == date(2025, 3, 10) and forthcoming.place == "Solihull and Walsall"


def test_statutory_responses_are_due_56_days_from_publication(loaded):
    rape = StatutoryResponse.objects.get(report__title__startswith="A joint thematic")
    assert rape.due_on == date(2021, 9, 9) and rape.organisation.short_name == "WMPCC"
    assert not StatutoryResponse.objects.filter(report__published_on__isnull=True).exists()


def test_committees_and_meetings_of_the_seeds(loaded):
    jac = Meeting.objects.filter(committee__name="Joint Audit Committee").values_list("held_on", flat=True)
    assert {date(2019, 6, 28), date(2021, 9, 29), date(2024, 12, 5)} <= set(jac) and len(jac) == 6
    panel = Meeting.objects.filter(committee__name="West Mercia Police and Crime Panel").values_list(
        "held_on", flat=True
    )
    assert list(panel) == [date(2018, 6, 19), date(2018, 11, 27), date(2019, 6, 18)]


def test_demo_banner_prints_the_url_and_every_sign_in(loaded):
    out = io.StringIO()
    call_command("demo_banner", url="http://127.0.0.1:8000/", stdout=out)
    text = out.getvalue()
    assert "http://127.0.0.1:8000/" in text and demo.DEMO_PASSWORD in text
    for username in ["admin", "liaison", "crime-lead", "ppu-owner", "pcc-office", "committee", "wm-liaison"]:
        assert f"  {username} " in text


def seed_text():
    """The four seed papers as one line of text, without the conversion's emphasis marks."""
    seeds = sorted((Path(demo.__file__).parent / "seeds").glob("*.txt"))
    assert len(seeds) == 4
    return re.sub(r"\s+", " ", " ".join(p.read_text() for p in seeds).replace("*", ""))


def test_every_printed_finding_force_response_and_progress_note_is_verbatim_from_a_seed(loaded):
    printed = seed_text()
    findings = Finding.objects.filter(text_is_printed=True)
    missing = [
        (f.report.title[:40], f.ref, line)
        for f in findings
        for line in f.text.splitlines()
        if line not in printed
    ]
    assert missing == []
    assert [u.text for u in Update.objects.all() if u.text not in printed] == []
    narratives = set(Response.objects.exclude(narrative="").values_list("narrative", flat=True))
    assert narratives and [n for n in narratives if n not in printed] == []


def test_every_demo_report_is_visible_to_the_liaison_officer_of_the_force_it_concerns(loaded):
    seen = {
        username: set(
            access.visible(Report.objects.all(), User.objects.get(username=username)).values_list(
                "title", flat=True
            )
        )
        for username in ("liaison", "wm-liaison")
    }
    assert seen["liaison"] | seen["wm-liaison"] == set(Report.objects.values_list("title", flat=True))
    assert "PEEL: Police effectiveness 2017 – An inspection of West Mercia Police" not in seen["liaison"]
    assert "PEEL 2023–25: An inspection of West Midlands Police" not in seen["wm-liaison"]


@pytest.mark.parametrize("username", ["liaison", "wm-liaison", "committee"])
def test_the_register_pages_show_the_demo_data_to_each_force(loaded, client, username):
    user = User.objects.get(username=username)
    client.force_login(user)
    lists = ["responses:register", "reports:list", "gradings:list", "gradings:monitoring", "activities:calendar"]
    reports = access.visible(Report.objects.all(), user)
    urls = [reverse(name) for name in lists] + [r.get_absolute_url() for r in reports]
    assert {url: client.get(url).status_code for url in urls} == dict.fromkeys(urls, 200)
