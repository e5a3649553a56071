"""An organisation's saved column mapping, and each register upload on its way to being imported."""

from django.conf import settings
from django.db import models

from oversight.core.models import TimeStamped


class ColumnMapping(TimeStamped):
    """How an organisation's register headers map to Oversight's fields, saved for next time."""

    organisation = models.OneToOneField(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="column_mapping"
    )
    # {"Rec No": "ref", "Lead": "owner", "Notes": ""}; "" means the column is ignored.
    mapping = models.JSONField(default=dict, blank=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")

    def __str__(self):
        return f"Column mapping of {self.organisation}"


class ImportRun(TimeStamped):
    """One uploaded register: mapped, previewed (a dry run), then committed or abandoned."""

    class State(models.TextChoices):
        UPLOADED = "uploaded", "Uploaded"
        CHECKING = "checking", "Being checked"
        PREVIEWED = "previewed", "Checked"
        IMPORTING = "importing", "Being imported"
        COMMITTED = "committed", "Imported"
        FAILED = "failed", "Not imported"

    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.CASCADE, related_name="+")
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    file = models.FileField(upload_to="imports/%Y/%m/")
    original_name = models.CharField(max_length=255)
    format = models.CharField(max_length=10)
    mapping = models.JSONField(default=dict, blank=True)
    # The person's answers to the preview (interop.services.CHOICES): what words mean, whom unknown
    # names are, which lists and reports to create; and whether to import the good rows only.
    choices = models.JSONField(default=dict, blank=True)
    state = models.CharField(max_length=20, choices=State.choices, default=State.UPLOADED)
    outcome = models.JSONField(default=dict, blank=True)
    rows_estimate = models.PositiveIntegerField(default=0, help_text="Rows in the file, counted at upload")
    # An import writes batch by batch, each batch committed with these two: the last row number written
    # and what was done up to it. A run taken up again after its worker died goes on from there, so no
    # row is written twice; a run stopped part-way says how many rows it imported.
    checkpoint = models.PositiveIntegerField(default=0)
    written = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.original_name} ({self.get_state_display()})"

    @property
    def is_running(self):
        return self.state in {self.State.CHECKING, self.State.IMPORTING}


class ExportRun(models.Model):
    """A register export too large to send while the person waits: written by a task, then downloaded.

    Only the person who asked sees it (accounts.access: PERSONAL_PATHS); its rows are read again
    in the task under their access, so it never holds more than they could see on the register."""

    class State(models.TextChoices):
        QUEUED = "queued", "Being prepared"
        READY = "ready", "Ready"
        FAILED = "failed", "Failed"
        EXPIRED = "expired", "Removed"  # its file deleted after EXPORT_KEEP_DAYS: a register copy is not kept for ever

    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    query = models.TextField(blank=True, help_text="The register's filters and columns, as a query string")
    fmt = models.CharField(max_length=4, choices=[("xlsx", "Excel"), ("csv", "CSV")])
    state = models.CharField(max_length=10, choices=State.choices, default=State.QUEUED)
    rows = models.PositiveIntegerField(default=0)
    file = models.FileField(upload_to="exports/", blank=True)
    message = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [models.CheckConstraint(condition=models.Q(fmt__in=["xlsx", "csv"]), name="exportrun_fmt_valid")]

    def __str__(self):
        return f"Register export {self.pk} ({self.fmt}, {self.get_state_display().lower()})"

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("interop:export_status", args=[self.pk])
