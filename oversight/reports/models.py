"""Reports (publications that make findings), the findings as printed, and the PCC's statutory response."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse

from oversight.core.models import Archivable, TimeStamped, Versioned
from oversight.organisations.models import Organisation

REPORT_SOURCES = ["hmicfrs", "iopc", "coroner", "college", "internal_audit", "external_audit", "other"]
REPORT_KINDS = [
    "peel", "peel_spotlight", "national_thematic", "joint_thematic", "super_complaint", "revisit",
    "nca_inspection", "crime_data_integrity", "state_of_policing", "other",
]


class Report(TimeStamped, Archivable):
    """One publication that makes findings: an HMICFRS inspection report, or another source's."""

    class Source(models.TextChoices):
        HMICFRS = "hmicfrs", "HMICFRS"
        IOPC = "iopc", "IOPC learning recommendations"
        CORONER = "coroner", "Coroner (prevention of future deaths)"
        COLLEGE = "college", "College of Policing review"
        INTERNAL_AUDIT = "internal_audit", "Internal audit"
        EXTERNAL_AUDIT = "external_audit", "External audit"
        OTHER = "other", "Other"

    class Kind(models.TextChoices):
        PEEL = "peel", "PEEL"
        PEEL_SPOTLIGHT = "peel_spotlight", "PEEL spotlight"
        NATIONAL_THEMATIC = "national_thematic", "National thematic"
        JOINT_THEMATIC = "joint_thematic", "Joint thematic"
        SUPER_COMPLAINT = "super_complaint", "Super-complaint"
        REVISIT = "revisit", "Revisit"
        NCA_INSPECTION = "nca_inspection", "NCA inspection"
        CRIME_DATA_INTEGRITY = "crime_data_integrity", "Crime data integrity"
        STATE_OF_POLICING = "state_of_policing", "State of Policing"
        OTHER = "other", "Other"

    source = models.CharField(max_length=20, choices=Source.choices, default=Source.HMICFRS)
    title = models.CharField(max_length=500)
    kind = models.CharField(max_length=30, choices=Kind.choices)
    published_on = models.DateField(null=True, blank=True)
    url = models.URLField(max_length=500, blank=True)
    summary = models.TextField(blank=True)
    joint_inspectorates = models.CharField(
        max_length=300, blank=True, help_text="Other inspectorates or bodies, for example: College of Policing, IOPC"
    )
    hmicfrs_reference = models.CharField(max_length=50, blank=True)
    # SHA-256 of an uploaded report file, so a re-upload is recognised rather than duplicated.
    content_hash = models.CharField(max_length=64, blank=True, db_index=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    internal_note = models.TextField(
        blank=True, help_text="Internal note (where demo data came from, what a source left out); never printed in a paper, page or export."
    )

    class Meta:
        ordering = ["-published_on", "title"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=REPORT_KINDS), name="report_kind_valid"),
            models.CheckConstraint(condition=Q(source__in=REPORT_SOURCES), name="report_source_valid"),
        ]
        indexes = [models.Index(fields=["published_on"], name="report_published_idx")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("reports:detail", args=[self.pk])

    @property
    def statutory_comment_due_on(self):
        """Section 55 Police Act 1996: comments published within 56 days beginning with publication day."""
        return self.published_on + timedelta(days=55) if self.published_on else None


class ReportInvolvement(TimeStamped):
    """How one organisation took part in the inspection behind a report."""

    class Involvement(models.TextChoices):
        INSPECTED = "inspected", "Inspected in fieldwork"
        NOTED_FORCE = "noted_force", "Noted force"
        DATA_CONTRIBUTOR = "data_contributor", "Contributed data"
        NOT_INVOLVED = "not_involved", "Not involved"

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="involvements")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="involvements")
    involvement = models.CharField(max_length=20, choices=Involvement.choices)
    notes = models.TextField(blank=True)

    internal_note = models.TextField(
        blank=True, help_text="Internal note (where demo data came from, what a source left out); never printed in a paper, page or export."
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["report", "organisation"], name="involvement_once_per_org"),
            models.CheckConstraint(
                condition=Q(involvement__in=["inspected", "noted_force", "data_contributor", "not_involved"]),
                name="involvement_valid",
            ),
        ]

    def __str__(self):
        return f"{self.organisation} – {self.get_involvement_display()}"


class FindingQuerySet(models.QuerySet):
    def counted_by_kind(self):
        return dict(self.values_list("kind").annotate(n=models.Count("id")).order_by())


class Finding(TimeStamped, Archivable):
    """What a report says, exactly as printed: a recommendation, area for improvement or cause of concern."""

    class Kind(models.TextChoices):
        RECOMMENDATION = "recommendation", "Recommendation"
        AREA_FOR_IMPROVEMENT = "area_for_improvement", "Area for improvement"
        CAUSE_OF_CONCERN = "cause_of_concern", "Cause of concern"

    report = models.ForeignKey(Report, on_delete=models.PROTECT, related_name="findings")
    kind = models.CharField(max_length=30, choices=Kind.choices)
    ref = models.CharField(max_length=30, blank=True, help_text='As printed, for example "3", "IV" or "AFI2"')
    text = models.TextField()
    # False for a placeholder whose words the source paper does not print (seed 003's closure counts).
    text_is_printed = models.BooleanField(default=True)
    addressees = models.JSONField(default=list, blank=True)
    due_text = models.CharField(max_length=300, blank=True, help_text='As printed, for example "By 30 November 2021"')
    due_on = models.DateField(null=True, blank=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children",
        help_text="The cause of concern this recommendation belongs to",
    )
    accelerated = models.BooleanField(default=False, help_text="An accelerated cause of concern")
    theme = models.CharField(max_length=200, blank=True, help_text="PEEL question or report section")
    hmicfrs_reference = models.CharField(max_length=50, blank=True, help_text="Register id or portal reference")
    position = models.PositiveIntegerField(default=0, help_text="Order in the report")

    objects = FindingQuerySet.as_manager()

    internal_note = models.TextField(
        blank=True, help_text="Internal note (where demo data came from, what a source left out); never printed in a paper, page or export."
    )

    class Meta:
        ordering = ["report", "position", "id"]
        constraints = [
            # Refs repeat across sections (seed 002 has AFI1 under two PEEL questions), so unique per section.
            models.UniqueConstraint(
                fields=["report", "kind", "theme", "ref"], condition=~Q(ref=""), name="finding_unique_ref_in_report"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=["recommendation", "area_for_improvement", "cause_of_concern"]),
                name="finding_kind_valid",
            ),
            models.CheckConstraint(condition=~Q(parent=models.F("id")), name="finding_not_own_parent"),
            models.CheckConstraint(
                condition=Q(parent__isnull=True) | ~Q(kind="cause_of_concern"), name="cause_of_concern_has_no_parent"
            ),
        ]
        # The parent's kind is enforced by a trigger (migration 0002): a CHECK cannot see another row.

    def __str__(self):
        label = f"{self.get_kind_display()} {self.ref}".strip()
        return f"{label}: {self.text[:80]}"

    def get_absolute_url(self):
        return reverse("reports:finding", args=[self.pk])

    @property
    def label(self):
        return f"{self.get_kind_display()} {self.ref}".strip()

    @property
    def applies_to_forces(self):
        """Addressed to chief constables or forces: the force must act, not only monitor."""
        words = " ".join(self.addressees).lower()
        return any(w in words for w in ("chief constable", "force", "police forces", "the service"))


class FindingLink(TimeStamped):
    """A liaison officer's link between two findings: related, supersedes or duplicates."""

    class Relation(models.TextChoices):
        RELATED = "related", "Related to"
        SUPERSEDES = "supersedes", "Supersedes"
        DUPLICATES = "duplicates", "Duplicates"

    source = models.ForeignKey(Finding, on_delete=models.CASCADE, related_name="links_out")
    target = models.ForeignKey(Finding, on_delete=models.CASCADE, related_name="links_in")
    relation = models.CharField(max_length=20, choices=Relation.choices)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["source", "target", "relation"], name="finding_link_unique"),
            models.CheckConstraint(condition=~Q(source=models.F("target")), name="finding_link_not_self"),
        ]


class StatutoryResponse(TimeStamped, Versioned):
    """The PCC's published comments on a report (s55 Police Act 1996), due 56 days after publication.

    Opened by reports.services.ensure_statutory_response whichever way the report arrived; drafted
    by the PCC's office, approved by a second person, then its publication is recorded.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        AWAITING_APPROVAL = "awaiting_approval", "Awaiting approval"
        APPROVED = "approved", "Approved"
        PUBLISHED = "published", "Published"

    report = models.ForeignKey(Report, on_delete=models.PROTECT, related_name="statutory_responses")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="statutory_responses")
    # Unknown until the report's publication date is known.
    due_on = models.DateField(null=True, blank=True)
    # The rule's answer, or the office's override of it for this report (with who and why).
    required = models.BooleanField(default=True)
    required_reason = models.CharField(max_length=500, blank=True)
    overridden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    overridden_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT)
    comments = models.TextField(blank=True, help_text="The PCC's comments on the report as a whole")
    # {finding id (as text): the PCC's comment on that finding}
    finding_comments = models.JSONField(default=dict, blank=True)
    drafted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    approval_requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    approved_at = models.DateTimeField(null=True, blank=True)
    published_on = models.DateField(null=True, blank=True)
    url = models.URLField(max_length=500, blank=True)
    copied_to_home_secretary_on = models.DateField(null=True, blank=True)
    copied_to_hmicfrs_on = models.DateField(null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    notes = models.TextField(blank=True)
    # The reminder stages already emailed ("28", "14", "7", "overdue"), each sent once.
    reminders_sent = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["due_on"]
        constraints = [
            models.UniqueConstraint(fields=["report", "organisation"], name="statutory_response_once"),
            models.CheckConstraint(
                condition=Q(status__in=["draft", "awaiting_approval", "approved", "published"]),
                name="statutory_status_valid"),
            # Published means approved by someone, with a date and the two copies recorded.
            models.CheckConstraint(
                condition=~Q(status="published") | (
                    Q(approved_by__isnull=False, published_on__isnull=False)
                    & Q(copied_to_home_secretary_on__isnull=False, copied_to_hmicfrs_on__isnull=False)),
                name="statutory_published_is_approved"),
        ]
        indexes = [models.Index(fields=["organisation", "published_on", "due_on"], name="statutory_clock_idx")]

    def __str__(self):
        return f"{self.organisation} comments on {self.report}"

    def get_absolute_url(self):
        return reverse("reports:statutory", args=[self.pk])

    def days_left(self, today):
        return (self.due_on - today).days if self.due_on else None

    @property
    def published_on_time(self):
        return bool(self.published_on and self.due_on and self.published_on <= self.due_on)
