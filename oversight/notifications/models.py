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


class Notification(models.Model):
    """One thing a person is told in the app (the count in the header), and by email through the outbox."""

    class Kind(models.TextChoices):
        ASSIGNED = "assigned", "Work assigned to you"
        SIGN_OFF_REQUESTED = "sign_off_requested", "Sign-off requested"
        SENT_BACK = "sent_back", "Sent back for more work"
        SUBMITTED = "submitted", "Submitted to HMICFRS"
        DECIDED = "decided", "HMICFRS decision recorded"
        ACTION_ASSIGNED = "action_assigned", "Action assigned to you"

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(max_length=30, choices=Kind.choices)
    message = models.CharField(max_length=500)
    url = models.CharField(max_length=300, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["recipient", "read_at"], name="notification_unread_idx")]

    def __str__(self):
        return self.message


class OutboxMail(models.Model):
    """An email waiting to go, or gone. Requests and `oversight remind` only queue mail; a mail server
    that is down leaves it here to be retried, never failing the page or the command."""

    to = models.EmailField()
    subject = models.CharField(max_length=300)
    body = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    last_tried_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["sent_at", "created_at"], name="outbox_pending_idx")]

    def __str__(self):
        return f"{self.subject} to {self.to}"
