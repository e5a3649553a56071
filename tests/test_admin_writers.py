"""The admin saves through the same services as the pages (issue 15): a refusal is a form error with
what was typed kept and nothing saved; records with rules of their own are only shown."""

import datetime

import pytest
from auditlog.models import LogEntry
from django.urls import reverse

from oversight.activities.models import InspectionActivity
from oversight.organisations.models import Board, Organisation, Portfolio

pytestmark = pytest.mark.django_db


def form_data(client, url, **values):
    form = client.get(url).context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if hasattr(value, "pk"):
            value = value.pk
        if isinstance(value, (list, tuple)):
            data[name] = [getattr(v, "pk", v) for v in value]
        elif value is not None:
            data[name] = value
    data.update(values)
    return data


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def test_an_organisation_added_in_the_admin_is_written_and_audited_by_the_service(admin_client, admin_user, force):
    url = reverse("admin:organisations_organisation_add")
    reply = admin_client.post(url, form_data(admin_client, url, kind="pcc_office", name="Office of the PCC for Testshire",
                                             short_name="Testshire PCC", oversees=[force.pk]))
    assert reply.status_code == 302
    office = Organisation.objects.get(short_name="Testshire PCC")
    assert list(office.oversees.all()) == [force]
    assert LogEntry.objects.get_for_object(office).first().actor == admin_user

    again = admin_client.post(url, form_data(admin_client, url, kind="pcc_office", name="Another office",
                                             short_name="testshire pcc"))
    assert again.status_code == 200
    assert "There is already an organisation with the short name" in again.content.decode()
    assert again.context["adminform"].form.data["name"] == "Another office"  # what was typed is kept
    assert not Organisation.objects.filter(name="Another office").exists()


def test_a_reference_item_is_checked_by_the_lists_writer(admin_client, force, crime_portfolio):
    url = reverse("admin:organisations_portfolio_add")
    reply = admin_client.post(url, form_data(admin_client, url, organisation=force.pk, name=f"  {crime_portfolio.name} "))
    assert reply.status_code == 200 and "There is already a portfolio called" in reply.content.decode()
    assert Portfolio.objects.filter(organisation=force).count() == 1

    board = Board.objects.create(organisation=force, name="Force Executive Board")
    change = reverse("admin:organisations_board_change", args=[board.pk])
    reply = admin_client.post(change, form_data(admin_client, change, parent=board.pk))
    assert reply.status_code == 200 and "cannot report to itself" in reply.content.decode()
    board.refresh_from_db()
    assert board.parent is None


def test_an_activity_is_checked_by_the_calendars_writer(admin_client, admin_user, force):
    url = reverse("admin:activities_inspectionactivity_add")
    values = {"organisation": force.pk, "inspection": "PEEL 2025", "kind": InspectionActivity.Kind.values[0],
              "starts_on": "2025-03-10", "ends_on": "2025-03-01"}
    reply = admin_client.post(url, form_data(admin_client, url, **values))
    assert reply.status_code == 200 and "cannot end before it starts" in reply.content.decode()
    assert not InspectionActivity.objects.exists()
    reply = admin_client.post(url, form_data(admin_client, url, **{**values, "ends_on": "2025-03-14"}))
    assert reply.status_code == 302
    activity = InspectionActivity.objects.get()
    assert (activity.ends_on, activity.created_by) == (datetime.date(2025, 3, 14), admin_user)


@pytest.mark.parametrize("model", ["gradings_grading", "gradings_monitoringphase", "papers_meeting"])
def test_records_with_rules_of_their_own_are_only_shown(admin_client, model):
    assert admin_client.get(reverse(f"admin:{model}_add")).status_code == 403
    assert admin_client.get(reverse(f"admin:{model}_changelist")).status_code == 200


def test_a_committee_layout_is_checked_by_the_papers_writer(admin_client, force):
    from oversight.papers.models import Committee

    committee = Committee.objects.create(organisation=force, name="Joint Audit Committee")
    url = reverse("admin:papers_committee_change", args=[committee.pk])
    reply = admin_client.post(url, form_data(admin_client, url, layout='["not", "a", "layout"]'))
    assert reply.status_code == 200 and "errornote" in reply.content.decode()
    committee.refresh_from_db()
    assert committee.layout in ({}, None)
    reply = admin_client.post(url, form_data(admin_client, url, name="  Audit   Committee "))
    committee.refresh_from_db()
    assert reply.status_code == 302 and committee.name == "Audit Committee"
