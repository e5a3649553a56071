"""What reminders were sent, so `oversight remind` sends each person each reminder once per period."""

from django.conf import settings
from django.db import models


class Reminder(models.Model):
    """One email sent: to whom, which kind, for which period (a day or an ISO week), and what it said."""

    class Kind(models.TextChoices):
        OWNER_DAILY = "owner_daily", "Owner's daily reminder"
        LIAISON_WEEKLY = "liaison_weekly", "Liaison officer's weekly digest"
        STATUTORY = "statutory", "PCC statutory response reminder"

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="reminders")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    period = models.CharField(max_length=10, help_text="2026-11-26 for a day, 2026-W48 for a week")
    sent_at = models.DateTimeField(auto_now_add=True)
    subject = models.CharField(max_length=300)
    body = models.TextField()

    class Meta:
        ordering = ["-sent_at"]
        constraints = [
            # The idempotency of `remind`: one reminder of a kind per person per period.
            models.UniqueConstraint(fields=["recipient", "kind", "period"], name="reminder_once_per_period"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} to {self.recipient} for {self.period}"
