"""A report file read and awaiting review: its proposed findings, before anything enters the register."""

from django.conf import settings
from django.db import models
from django.urls import reverse

from oversight.core.models import TimeStamped


class ReportUpload(TimeStamped):
    """One reading of a report file (or pasted text) whose proposed findings a liaison officer reviews.

    Nothing reaches the register until the upload is confirmed; then `report` points at what was created.
    """

    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT, related_name="+")
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    source_name = models.CharField(max_length=255)
    # SHA-256 of the file, the same as Report.content_hash, so a re-upload is recognised.
    content_hash = models.CharField(max_length=64, db_index=True)
    format = models.CharField(max_length=10)
    title = models.CharField(max_length=500, blank=True)
    published_on = models.DateField(null=True, blank=True)
    pages = models.PositiveIntegerField(null=True, blank=True)
    # Read by OCR from a scanned PDF: its text may hold misread words, and the review says so.
    read_by_ocr = models.BooleanField(default=False)
    # The findings as proposed, then as edited: [{"id", "kind", "ref", "text", "addressees", "due_text",
    # "due_on", "parent", "page", "theme", "source": {"page", "start", "end", "before", "text", "after"},
    # "confidence", "progress_update", optional "addressed_to_us"}, …] in document order.
    findings = models.JSONField(default=list, blank=True)
    # Graded judgments the report prints ("Responding to the public": "Inadequate"), proposed for review:
    # [{"area", "grade", "page", "source": {"page", "start", "end"}}, …].
    gradings = models.JSONField(default=list, blank=True)
    # Line numbers of the file that were not in its text encoding (mixed encodings): the review flags them.
    damaged_lines = models.JSONField(default=list, blank=True)
    report = models.ForeignKey("reports.Report", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["organisation", "content_hash"], name="upload_org_hash_idx")]

    def __str__(self):
        return self.title or self.source_name

    def get_absolute_url(self):
        return reverse("extraction:review", args=[self.pk])

    def finding(self, finding_id):
        return next((f for f in self.findings if f["id"] == finding_id), None)
