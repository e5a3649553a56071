"""Long work a person asked for and waits on (reading a large report, issuing a paper): the page
they watch reads this row; the task on a worker writes it."""

from django.conf import settings
from django.db import models
from django.urls import reverse


class Job(models.Model):
    class Kind(models.TextChoices):
        EXTRACTION = "extraction", "Reading a report"
        PAPER_ISSUE = "paper_issue", "Issuing a paper"

    class State(models.TextChoices):
        QUEUED = "queued", "Waiting for a worker"
        RUNNING = "running", "In progress"
        DONE = "done", "Done"
        FAILED = "failed", "Stopped"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT, related_name="+")
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    payload = models.JSONField(default=dict)  # what the task needs: a stored file's name, a paper's id
    state = models.CharField(max_length=10, choices=State.choices, default=State.QUEUED)
    attempts = models.PositiveIntegerField(default=0)
    message = models.TextField(blank=True)  # what the person is told when it ends
    result_url = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [models.CheckConstraint(condition=models.Q(state__in=["queued", "running", "done", "failed"]),
                                              name="ops_job_state_valid")]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.get_state_display()})"

    def get_absolute_url(self):
        return reverse("ops:job", args=[self.pk])

    @property
    def finished(self):
        return self.state in (self.State.DONE, self.State.FAILED)
