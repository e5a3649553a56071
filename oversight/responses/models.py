"""What one organisation does about one finding, and everything recorded under it."""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from oversight.core.models import Archivable, TimeStamped, Versioned

STATUSES = ["draft", "open", "in_progress", "awaiting_sign_off", "submitted", "closed", "superseded", "not_applicable"]
ACTIVE_STATUSES = ["open", "in_progress", "awaiting_sign_off", "submitted"]
RAGS = ["red", "amber", "green"]
# Newest reports first, findings in the order the report prints them.
REGISTER_ORDER = ["-finding__report__published_on", "finding__report_id", "finding__position", "id"]
# What the register lists; its sort indexes cover only these rows.
REGISTER_ROWS = Q(archived_at__isnull=True)
HMICFRS_STATUSES = ["awaiting_review", "being_progressed", "complete", "no_further_action", "superseded"]


def active_q():
    """On the active register: confirmed, not yet closed or set aside, not archived."""
    return Q(status__in=ACTIVE_STATUSES, archived_at__isnull=True)


def overdue_q(today):
    """Active and past the date worked to: the organisation's target, else the finding's deadline
    (kept as `due_sort` by the database, so no join to the finding)."""
    return active_q() & Q(due_sort__lt=today)


def due_within_q(today, days):
    """Active and due between today and `days` from now (the dashboard counts with it too)."""
    until = today + datetime.timedelta(days=days)
    return active_q() & Q(due_sort__range=(today, until))


class ResponseQuerySet(models.QuerySet):
    def for_register(self):
        """Everything a register row shows, in a fixed number of queries."""
        return self.select_related(
            "finding__report", "finding__parent", "organisation", "owner", "portfolio", "business_area", "board"
        ).annotate(
            # A column the database keeps (migration 0005), under the name the register and export read.
            last_update_on=models.F("latest_update_on")
        ).order_by(*REGISTER_ORDER)

    def active(self):
        return self.filter(active_q())

    def overdue(self, today=None):
        return self.filter(overdue_q(today or timezone.localdate()))


class Response(TimeStamped, Versioned, Archivable):
    """One organisation's response to one finding: applicability, owner, status, RAG and narrative."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        OPEN = "open", "Open"
        IN_PROGRESS = "in_progress", "In progress"
        AWAITING_SIGN_OFF = "awaiting_sign_off", "Awaiting sign-off"
        SUBMITTED = "submitted", "Submitted to HMICFRS"
        CLOSED = "closed", "Closed"
        SUPERSEDED = "superseded", "Superseded"
        NOT_APPLICABLE = "not_applicable", "Not applicable"

    class Rag(models.TextChoices):
        RED = "red", "Red"
        AMBER = "amber", "Amber"
        GREEN = "green", "Green"

    class Applicability(models.TextChoices):
        APPLIES = "applies", "Applies"
        MONITOR_ONLY = "monitor_only", "Monitor only"
        NOT_APPLICABLE = "not_applicable", "Not applicable"

    class HmicfrsStatus(models.TextChoices):
        AWAITING_REVIEW = "awaiting_review", "Awaiting review"
        BEING_PROGRESSED = "being_progressed", "Being progressed"
        COMPLETE = "complete", "Complete"
        NO_FURTHER_ACTION = "no_further_action", "No further action needed"
        SUPERSEDED = "superseded", "Superseded"

    finding = models.ForeignKey("reports.Finding", on_delete=models.PROTECT, related_name="responses")
    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT, related_name="responses")
    applicability = models.CharField(max_length=20, choices=Applicability.choices, default=Applicability.APPLIES)
    applicability_reason = models.TextField(blank=True)
    # Written only by responses.workflow.transition (see CONVENTIONS.md).
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OPEN, editable=False)
    status_changed_at = models.DateTimeField(default=timezone.now, editable=False)
    rag = models.CharField(max_length=10, choices=Rag.choices, blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="owned_responses"
    )
    portfolio = models.ForeignKey("organisations.Portfolio", null=True, blank=True, on_delete=models.PROTECT)
    business_area = models.ForeignKey("organisations.BusinessArea", null=True, blank=True, on_delete=models.PROTECT)
    board = models.ForeignKey("organisations.Board", null=True, blank=True, on_delete=models.PROTECT)
    target_on = models.DateField(null=True, blank=True)
    narrative = models.TextField(blank=True, help_text="The force response")
    hmicfrs_status = models.CharField(max_length=30, choices=HmicfrsStatus.choices, blank=True)
    superseded_by = models.ForeignKey(
        "reports.Finding", null=True, blank=True, on_delete=models.PROTECT, related_name="supersedes_responses"
    )
    sign_off_requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+", editable=False
    )

    # Sort keys the database keeps (migration 0005's triggers); nothing in Python writes them. The
    # date worked to (target, else the finding's deadline) and the newest update's date (issue 17).
    due_sort = models.DateField(null=True, editable=False)
    latest_update_on = models.DateField(null=True, editable=False)
    # The owner's name for the owner sort (migration 0006's triggers), so it needs no join to the users.
    # NULL without an owner, as the join gave, so unowned rows sort where they did.
    owner_last_name = models.CharField(max_length=150, null=True, editable=False)  # noqa: DJ001
    owner_first_name = models.CharField(max_length=150, null=True, editable=False)  # noqa: DJ001

    objects = ResponseQuerySet.as_manager()

    internal_note = models.TextField(
        blank=True, help_text="Internal note (where demo data came from, what a source left out); never printed in a paper, page or export."
    )

    class Meta:
        ordering = ["finding__report__published_on", "finding__position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["finding", "organisation"], name="response_once_per_finding_and_org"),
            models.CheckConstraint(condition=Q(status__in=STATUSES), name="response_status_valid"),
            models.CheckConstraint(condition=Q(rag__in=RAGS) | Q(rag=""), name="response_rag_valid"),
            models.CheckConstraint(
                condition=Q(applicability__in=["applies", "monitor_only", "not_applicable"]),
                name="response_applicability_valid",
            ),
            models.CheckConstraint(
                condition=Q(hmicfrs_status__in=HMICFRS_STATUSES) | Q(hmicfrs_status=""),
                name="response_hmicfrs_status_valid",
            ),
        ]
        indexes = [
            models.Index(fields=["organisation", "status"], name="response_org_status_idx"),
            # My work's queues (awaiting sign-off, submitted to HMICFRS): oldest first, read 26 at a time
            # from the index instead of sorting every such row of the force (issue 17).
            models.Index(fields=["organisation", "status", "status_changed_at"], name="response_org_status_age_idx",
                         condition=REGISTER_ROWS),
            models.Index(fields=["owner", "status"], name="response_owner_status_idx"),
            models.Index(fields=["target_on"], name="response_target_idx"),
            # One index per register sort, nationally and within an organisation, over the rows the
            # register lists (not archived), so a page's ids come from the index alone (issue 17).
            models.Index(fields=["due_sort", "id"], name="response_due_sort_idx", condition=REGISTER_ROWS),
            models.Index(fields=["organisation", "due_sort", "id"], name="response_org_due_sort_idx", condition=REGISTER_ROWS),
            models.Index(fields=["latest_update_on", "id"], name="response_updated_idx", condition=REGISTER_ROWS),
            models.Index(fields=["organisation", "latest_update_on", "id"], name="response_org_updated_idx", condition=REGISTER_ROWS),
            models.Index(fields=["status", "id"], name="response_status_id_idx", condition=REGISTER_ROWS),
            models.Index(fields=["rag", "id"], name="response_rag_id_idx", condition=REGISTER_ROWS),
            models.Index(fields=["organisation", "rag", "id"], name="response_org_rag_idx", condition=REGISTER_ROWS),
            models.Index(fields=["status", "rag", "id"], name="response_status_rag_idx", condition=REGISTER_ROWS),
            models.Index(fields=["owner_last_name", "owner_first_name", "id"], name="response_owner_sort_idx",
                         condition=REGISTER_ROWS),
            models.Index(fields=["organisation", "owner_last_name", "owner_first_name", "id"],
                         name="response_org_owner_sort_idx", condition=REGISTER_ROWS),
        ]

    def __str__(self):
        return f"{self.organisation.short_name}: {self.finding}"

    def get_absolute_url(self):
        return reverse("responses:detail", args=[self.pk])

    @property
    def due_on(self):
        """The date the organisation works to: its own target, else the finding's deadline."""
        return self.target_on or self.finding.due_on

    @property
    def is_overdue(self):
        due = self.due_on
        return bool(due and self.status in ACTIVE_STATUSES and due < timezone.localdate())


class Update(TimeStamped, Versioned):
    """A dated progress note with a RAG rating, written by the owner or the liaison officer."""

    response = models.ForeignKey(Response, on_delete=models.PROTECT, related_name="updates")
    written_on = models.DateField(default=timezone.localdate)
    text = models.TextField()
    rag = models.CharField(max_length=10, choices=Response.Rag.choices, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-written_on", "-id"]
        constraints = [models.CheckConstraint(condition=Q(rag__in=RAGS) | Q(rag=""), name="update_rag_valid")]
        indexes = [models.Index(fields=["response", "written_on"], name="update_response_date_idx")]

    def __str__(self):
        return f"Update of {self.written_on:%d %b %Y}"


class Action(TimeStamped, Versioned, Archivable):
    """One step of the action plan."""

    response = models.ForeignKey(Response, on_delete=models.PROTECT, related_name="actions")
    description = models.TextField()
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    due_on = models.DateField(null=True, blank=True)
    done_on = models.DateField(null=True, blank=True)
    # Where the step sits in the plan; the owner reorders the plan on the response page.
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "due_on", "id"]

    def __str__(self):
        return self.description[:80]

    @property
    def is_overdue(self):
        return bool(self.due_on and not self.done_on and not self.archived_at and self.due_on < timezone.localdate())


class Evidence(TimeStamped, Archivable):
    """A file or link that shows what was done, with a description."""

    response = models.ForeignKey(Response, on_delete=models.PROTECT, related_name="evidence")
    description = models.CharField(max_length=500)
    file = models.FileField(upload_to="evidence/%Y/%m/", blank=True)
    url = models.URLField(max_length=500, blank=True)
    # What the person's file was called and how big it was: the stored name is the storage's own.
    file_name = models.CharField(max_length=255, blank=True)
    file_size = models.PositiveBigIntegerField(null=True, blank=True)
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-created_at"]
        verbose_name_plural = "evidence"
        constraints = [
            models.CheckConstraint(condition=~Q(file="") | ~Q(url=""), name="evidence_has_file_or_link"),
        ]

    def __str__(self):
        return self.description


class ClosureSubmission(TimeStamped):
    """A submission to HMICFRS for closure, with its portal level, and HMICFRS's decision."""

    class Decision(models.TextChoices):
        PENDING = "", "Awaiting decision"
        ACCEPTED = "accepted", "Accepted"
        NOT_ACCEPTED = "not_accepted", "Not accepted"

    response = models.ForeignKey(Response, on_delete=models.PROTECT, related_name="closure_submissions")
    submitted_on = models.DateField()
    level = models.ForeignKey("organisations.ClosureLevel", on_delete=models.PROTECT, related_name="submissions")
    summary = models.TextField(blank=True)
    decision = models.CharField(max_length=20, choices=Decision.choices, blank=True, default="")
    decided_on = models.DateField(null=True, blank=True)
    feedback = models.TextField(blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+")

    internal_note = models.TextField(
        blank=True, help_text="Internal note (where demo data came from, what a source left out); never printed in a paper, page or export."
    )

    class Meta:
        ordering = ["-submitted_on", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(decision__in=["", "accepted", "not_accepted"]), name="closure_decision_valid"
            ),
            models.CheckConstraint(
                condition=Q(decided_on__isnull=True) | Q(decided_on__gte=models.F("submitted_on")),
                name="closure_decided_after_submitted",
            ),
            models.CheckConstraint(
                condition=Q(decision="") | Q(decided_on__isnull=False), name="closure_decision_has_date"
            ),
        ]
        indexes = [models.Index(fields=["submitted_on"], name="closure_submitted_idx")]

    def __str__(self):
        return f"{self.level} submitted {self.submitted_on:%d %b %Y}"


class Transition(models.Model):
    """One status change of a response: who, when, from what to what, and why. Never edited."""

    response = models.ForeignKey(Response, on_delete=models.PROTECT, related_name="transitions")
    action = models.CharField(max_length=30)
    source = models.CharField(max_length=20, choices=Response.Status.choices)
    target = models.CharField(max_length=20, choices=Response.Status.choices)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(default=timezone.now)
    comment = models.TextField(blank=True)
    payload = models.JSONField(default=dict, blank=True)

    internal_note = models.TextField(
        blank=True, help_text="Internal note (where demo data came from, what a source left out); never printed in a paper, page or export."
    )

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["target", "at"], name="transition_target_at_idx")]

    def __str__(self):
        return f"{self.action}: {self.source} → {self.target}"


class HmicfrsStatusEvent(TimeStamped):
    """HMICFRS's own status of the finding for this organisation, as its register dates it."""

    response = models.ForeignKey(Response, on_delete=models.PROTECT, related_name="hmicfrs_events")
    status = models.CharField(max_length=30, choices=Response.HmicfrsStatus.choices)
    on = models.DateField()
    comment = models.TextField(blank=True)

    internal_note = models.TextField(
        blank=True, help_text="Internal note (where demo data came from, what a source left out); never printed in a paper, page or export."
    )

    class Meta:
        ordering = ["-on", "-id"]

    def __str__(self):
        return f"{self.get_status_display()} on {self.on}"


class SavedView(models.Model):
    """A person's own named register view ("my red and overdue"): the filter, sort and columns as a query."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_views")
    name = models.CharField(max_length=100)
    query = models.CharField(max_length=2000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [models.UniqueConstraint(fields=["user", "name"], name="saved_view_name_once_per_user")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("responses:register") + (f"?{self.query}" if self.query else "")
