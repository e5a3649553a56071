"""The report page's task list (issue 10): the state of each step from a new report to assigned work."""

import pytest
from django.urls import reverse

from oversight.responses.models import Response

pytestmark = pytest.mark.django_db


def tasks(client, report):
    page = client.get(reverse("reports:detail", args=[report.pk]))
    assert page.status_code == 200
    body = page.content.decode()
    assert 'class="govuk-task-list"' in body
    return body[body.index('class="govuk-task-list"'):body.index("</ul>", body.index('class="govuk-task-list"'))]


def test_a_new_report_shows_what_is_left_to_do_and_links_to_it(client, liaison_officer, scene):
    Response.objects.filter(pk__in=[scene["r1"].pk, scene["r2"].pk]).update(status="draft", owner=None)
    client.force_login(liaison_officer)
    body = tasks(client, scene["report"])
    assert "2 findings to confirm" in body
    assert f"/responses/?report={scene['report'].pk}&amp;status=draft" in body
    assert "Cannot start yet" in body  # nothing to assign until the findings are confirmed


def test_the_steps_complete_as_the_work_is_assigned(client, liaison_officer, action_owner, scene, force):
    from oversight.reports.models import ReportInvolvement

    Response.objects.filter(pk__in=[scene["r1"].pk, scene["r2"].pk]).update(status="in_progress", owner=action_owner)
    Response.objects.filter(pk=scene["r2"].pk).update(target_on="2030-01-01")
    ReportInvolvement.objects.filter(report=scene["report"], organisation=force).update(involvement="inspected")
    client.force_login(liaison_officer)
    body = tasks(client, scene["report"])
    assert "All 2 confirmed" in body and "Every response has an owner" in body
    assert "Every response has a date" in body and "Work has started on every response" in body
    assert "WMP: Inspected in fieldwork" in body
    assert "Not yet started" not in body and "In progress</strong>" not in body


def test_the_task_list_adds_no_query_per_finding(client, liaison_officer, scene, force,
                                                 django_assert_max_num_queries):
    from oversight.reports.tests.factories import FindingFactory
    from oversight.responses.tests.factories import ResponseFactory

    for i in range(30):
        ResponseFactory(finding=FindingFactory(report=scene["report"], ref=str(50 + i)), organisation=force)
    client.force_login(liaison_officer)
    with django_assert_max_num_queries(20):
        tasks(client, scene["report"])
