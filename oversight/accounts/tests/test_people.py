"""Adding people from the app (issue 10): a liaison officer adds a person who is invited by email,
can own work before signing in, and sets a password through the invitation link."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from oversight.accounts.models import Membership, User
from oversight.notifications.models import OutboxMail

pytestmark = pytest.mark.django_db


def person_data(**changes):
    data = {"first_name": "Jane", "last_name": "Smith", "email": "Jane.Smith@wmp.example.police.uk",
            "role": "action_owner"}
    data.update(changes)
    return data


def test_a_liaison_officer_adds_a_person_who_is_invited_and_can_own_work(
        client, liaison_officer, force, scene, django_capture_on_commit_callbacks):
    client.force_login(liaison_officer)
    assert client.get(reverse("accounts:add_person")).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        reply = client.post(reverse("accounts:add_person"), person_data(organisation=force.pk))
    assert reply.status_code == 302
    jane = User.objects.get(email="jane.smith@wmp.example.police.uk")
    assert (jane.get_full_name(), jane.username, jane.has_usable_password()) == (
        "Jane Smith", "jane.smith@wmp.example.police.uk", False)
    assert Membership.objects.get(user=jane).role == "action_owner"
    [invitation] = mail.outbox
    assert invitation.to == [jane.email] and "Set your password" in invitation.body
    # Before ever signing in, Jane can be chosen as an owner.
    edit = client.get(reverse("responses:edit", args=[scene["r2"].pk])).content.decode()
    assert "Jane Smith" in edit
    assert "Jane Smith" in client.get(reverse("accounts:people")).content.decode()

    link = re.search(r"https?://[^/]+(/accounts/set-password/\S+)", invitation.body).group(1)
    client.logout()
    page = client.get(link, follow=True)
    assert page.status_code == 200 and "Set your password" in page.content.decode()
    set_url = page.redirect_chain[-1][0] if page.redirect_chain else link
    done = client.post(set_url, {"new_password1": "a-long-new-passphrase", "new_password2": "a-long-new-passphrase"})
    assert done.status_code == 302
    signed_in = client.post(reverse("accounts:login"), {"username": jane.email, "password": "a-long-new-passphrase"})
    assert signed_in.status_code == 302 and "_auth_user_id" in client.session


def test_a_person_added_twice_is_refused_and_nothing_is_saved(client, liaison_officer, force):
    client.force_login(liaison_officer)
    client.post(reverse("accounts:add_person"), person_data(organisation=force.pk))
    count, mails = User.objects.count(), OutboxMail.objects.count()
    reply = client.post(reverse("accounts:add_person"),
                        person_data(organisation=force.pk, email="JANE.SMITH@wmp.example.police.uk"))
    assert reply.status_code == 422
    assert "already in Oversight" in reply.content.decode()
    assert (User.objects.count(), OutboxMail.objects.count()) == (count, mails)


def test_a_portfolio_lead_needs_a_portfolio_of_that_organisation(client, liaison_officer, force, other_force):
    from oversight.organisations.tests.factories import PortfolioFactory

    theirs = PortfolioFactory(organisation=other_force, name="Their crime")
    client.force_login(liaison_officer)
    reply = client.post(reverse("accounts:add_person"), person_data(organisation=force.pk, role="portfolio_lead"))
    assert reply.status_code == 422 and "Choose the portfolio" in reply.content.decode()
    reply = client.post(reverse("accounts:add_person"),
                        person_data(organisation=force.pk, role="portfolio_lead", portfolios=[theirs.pk]))
    assert reply.status_code == 422
    assert not User.objects.filter(email__startswith="jane").exists()


def test_only_liaison_officers_and_administrators_add_people(client, action_owner, liaison_officer, force,
                                                            other_force):
    client.force_login(action_owner)
    assert client.get(reverse("accounts:add_person")).status_code == 403
    assert client.post(reverse("accounts:add_person"), person_data(organisation=force.pk)).status_code == 403
    client.force_login(liaison_officer)
    # Another organisation is not a choice, and a liaison officer cannot make an administrator.
    assert client.post(reverse("accounts:add_person"), person_data(organisation=other_force.pk)).status_code == 422
    assert client.post(reverse("accounts:add_person"),
                       person_data(organisation=force.pk, role="administrator")).status_code == 422
    assert not User.objects.filter(email__startswith="jane").exists()
