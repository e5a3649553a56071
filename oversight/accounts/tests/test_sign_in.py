import pytest
from django.urls import reverse

from oversight.accounts.tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def test_pages_need_sign_in(client):
    reply = client.get(reverse("responses:register"))
    assert reply.status_code == 302 and reverse("accounts:login") in reply["Location"]


def test_sign_in_with_the_right_password(client, liaison_officer):
    reply = client.post(reverse("accounts:login"), {"username": "liaison", "password": PASSWORD})
    assert reply.status_code == 302
    assert client.get(reverse("responses:register")).status_code == 200


def test_wrong_password_gets_a_clear_message(client, liaison_officer):
    reply = client.post(reverse("accounts:login"), {"username": "liaison", "password": "nope"})
    assert reply.status_code == 200
    assert "Enter a correct username and password" in reply.content.decode()
