"""`oversight remind` with no mail server answering: a clear message, no traceback, nothing recorded as sent."""

import pytest
from django.core.management import CommandError, call_command

from oversight.notifications.models import Reminder
from oversight.notifications.tests.test_remind import TODAY, at, owned  # noqa: F401 (a fixture)

from .test_storage import free_port


def test_remind_reports_a_mail_server_that_does_not_answer_and_keeps_the_reminder_for_next_time(
        owned, settings):  # noqa: F811
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()  # nothing listens there
    with at(TODAY), pytest.raises(CommandError, match="mail server did not answer.*ConnectionRefusedError") as raised:
        call_command("remind")
    assert raised.value.returncode == 75
    assert not Reminder.objects.exists()  # not marked as sent: the next run sends it
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with at(TODAY):
        call_command("remind")
    assert Reminder.objects.exists()
