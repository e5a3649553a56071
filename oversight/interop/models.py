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

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.original_name} ({self.get_state_display()})"

    @property
    def is_running(self):
        return self.state in {self.State.CHECKING, self.State.IMPORTING}
