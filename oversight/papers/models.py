"""Committees, their meetings, and the papers Oversight writes for them."""

from django.conf import settings
from django.db import models
from django.db.models import Q

from oversight.core.models import Archivable


class Committee(Archivable):
    """A committee that receives HMICFRS updates: a Joint Audit Committee, a Police and Crime Panel, a board.
    One that no longer meets is archived, with its papers kept; no new meeting is offered for it."""

    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT, related_name="committees")
    name = models.CharField(max_length=200)
    layout = models.JSONField(
        default=dict, blank=True,
        help_text="The committee's paper layout: sections, order, numbering, title, standing text (papers/layouts.py)",
    )

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["organisation", "name"], name="committee_unique_name")]

    def __str__(self):
        return self.name


class Meeting(models.Model):
    """One meeting of a committee."""

    committee = models.ForeignKey(Committee, on_delete=models.PROTECT, related_name="meetings")
    held_on = models.DateField()
    agenda_item = models.CharField(max_length=50, blank=True)

    class Meta:
        ordering = ["committee", "held_on"]
        constraints = [models.UniqueConstraint(fields=["committee", "held_on"], name="meeting_once_a_day")]

    def __str__(self):
        return f"{self.committee} {self.held_on:%d %B %Y}"

    def previous(self):
        return self.committee.meetings.filter(held_on__lt=self.held_on).order_by("-held_on").first()


class Paper(models.Model):
    """A paper for one meeting covering a period; once issued it is frozen with the data it showed."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        ISSUED = "issued", "Issued"

    meeting = models.OneToOneField(Meeting, on_delete=models.PROTECT, related_name="paper")
    period_start = models.DateField()
    period_end = models.DateField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    narrative = models.JSONField(default=dict, blank=True)
    content = models.JSONField(default=dict, blank=True, help_text="The frozen content of an issued paper")
    docx = models.FileField(upload_to="papers/", blank=True)
    pdf = models.FileField(upload_to="papers/", blank=True)
    issued_at = models.DateTimeField(null=True, blank=True)
    issued_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    version = models.PositiveIntegerField(default=0, help_text="The latest issued version; 0 before the first issue")
    issue_requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
        help_text="Who asked for the paper to be issued, where the committee needs a second person to approve",
    )
    issue_requested_at = models.DateTimeField(null=True, blank=True)
    correction_note = models.TextField(blank=True, help_text="Why the paper is being corrected (printed on the new version)")
    edit_version = models.PositiveIntegerField(
        default=1, help_text="Optimistic lock on the draft: each save names the edit version it started from",
    )

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(period_end__gte=models.F("period_start")), name="paper_period_order"),
            models.CheckConstraint(condition=Q(status__in=["draft", "issued"]), name="paper_status_valid"),
        ]

    def __str__(self):
        return f"Paper for {self.meeting}"


class PaperTemplate(models.Model):
    """An organisation's own Word template for its papers (a .docx with placeholders, docs/templates.md)."""

    organisation = models.OneToOneField(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="paper_template"
    )
    file = models.FileField(upload_to="paper-templates/")
    original_name = models.CharField(max_length=255, blank=True)
    uploaded_at = models.DateTimeField(auto_now=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    def __str__(self):
        return f"Word template of {self.organisation}"


class PaperIssue(models.Model):
    """One issued version of a paper, kept for ever: a correction issues version 2 and keeps version 1.
    The unique (paper, version) key makes issuing twice at once issue once."""

    paper = models.ForeignKey(Paper, on_delete=models.PROTECT, related_name="issues")
    version = models.PositiveIntegerField()
    content = models.JSONField()
    docx = models.FileField(upload_to="papers/")
    pdf = models.FileField(upload_to="papers/")
    html = models.FileField(upload_to="papers/", blank=True, help_text="The accessible HTML version")
    # The version for the PCC's website: the same paper without the items marked restricted.
    public_docx = models.FileField(upload_to="papers/", blank=True)
    public_pdf = models.FileField(upload_to="papers/", blank=True)
    public_html = models.FileField(upload_to="papers/", blank=True)
    issued_at = models.DateTimeField()
    issued_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                    related_name="+")
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["paper", "version"]
        constraints = [models.UniqueConstraint(fields=["paper", "version"], name="paper_issue_once_per_version")]

    def __str__(self):
        return f"{self.paper}, version {self.version}"
