import pytest
from django.urls import reverse

from oversight.reports.tests.factories import FindingFactory, ReportFactory
from oversight.responses.tests.factories import ResponseFactory

pytestmark = pytest.mark.django_db


def test_report_page_counts_findings_by_kind_and_applicability(client, liaison_officer, force):
    # seed 003: "14 recommendations were made in total, of which 5 were applicable to Chief Constables"
    report = ReportFactory(title="Police response to stalking")
    findings = FindingFactory.create_batch(14, report=report)
    for f in findings[:5]:
        ResponseFactory(finding=f, organisation=force, applicability="applies")
    for f in findings[5:7]:
        ResponseFactory(finding=f, organisation=force, applicability="monitor_only")
    client.force_login(liaison_officer)
    page = client.get(reverse("reports:detail", args=[report.pk]))
    assert page.status_code == 200
    totals = {t["kind"]: t for t in page.context["totals"]}
    assert (totals["recommendation"]["total"], totals["recommendation"]["applicable"],
            totals["recommendation"]["monitored"]) == (14, 5, 2)
    assert totals["area_for_improvement"]["total"] == 0


def test_report_list_counts_findings(client, liaison_officer, scene):
    client.force_login(liaison_officer)
    page = client.get(reverse("reports:list"))
    row = next(r for r in page.context["page"].object_list if r.pk == scene["report"].pk)
    assert (row.finding_count, row.applicable_count) == (3, 2)


def test_a_report_with_no_link_to_the_users_organisations_is_not_found(client, liaison_officer, other_force):
    theirs = ReportFactory()
    ResponseFactory(finding=FindingFactory(report=theirs), organisation=other_force)
    client.force_login(liaison_officer)
    assert client.get(reverse("reports:detail", args=[theirs.pk])).status_code == 404


def test_finding_page_shows_parent_children_and_only_visible_responses(client, liaison_officer, scene):
    client.force_login(liaison_officer)
    page = client.get(reverse("reports:finding", args=[scene["cause"].pk]))
    assert page.status_code == 200
    assert set(page.context["children"]) == {scene["rec1"], scene["rec2"]}
    page = client.get(reverse("reports:finding", args=[scene["rec1"].pk]))
    assert list(page.context["responses"]) == [scene["r1"]]


@pytest.mark.parametrize("rows", [10, 300])
def test_report_page_query_count_is_constant(client, liaison_officer, force, rows, django_assert_max_num_queries):
    report = ReportFactory()
    for f in FindingFactory.create_batch(rows, report=report):
        ResponseFactory(finding=f, organisation=force)
    client.force_login(liaison_officer)
    with django_assert_max_num_queries(12):
        assert client.get(reverse("reports:detail", args=[report.pk])).status_code == 200
    with django_assert_max_num_queries(10):
        assert client.get(reverse("reports:list")).status_code == 200


def test_the_liaison_officer_records_how_the_force_took_part_and_the_pccs_clock_starts(
        client, scene, liaison_officer, pcc_office, force):
    from oversight.reports.models import ReportInvolvement, StatutoryResponse

    report = scene["report"]  # a PEEL inspection of the force, already noted as inspected
    report.involvements.all().delete()
    client.force_login(liaison_officer)
    url = reverse("reports:involvement", args=[report.pk])
    assert client.get(url).status_code == 200
    refused = client.post(url, {"organisation": force.pk, "involvement": ""})
    assert refused.status_code == 422 and "Choose how the organisation took part" in refused.content.decode()
    assert not ReportInvolvement.objects.filter(report=report).exists()
    reply = client.post(url, {"organisation": force.pk, "involvement": "inspected", "notes": "Fieldwork in May"})
    assert reply.status_code == 302
    involvement = ReportInvolvement.objects.get(report=report, organisation=force)
    assert (involvement.involvement, involvement.notes) == ("inspected", "Fieldwork in May")
    assert StatutoryResponse.objects.filter(report=report, organisation=pcc_office).exists()
    page = client.get(report.get_absolute_url()).content.decode()
    assert "Inspected in fieldwork" in page and f'href="{url}"' in page


def test_only_a_liaison_officer_records_how_the_force_took_part(client, scene, action_owner, reviewer):
    for person in (action_owner, reviewer):
        client.force_login(person)
        assert client.get(reverse("reports:involvement", args=[scene["report"].pk])).status_code == 403
