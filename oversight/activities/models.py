"""The calendar of inspection activity: briefings, fieldwork, debriefs, publications, forthcoming work."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse


class InspectionActivity(models.Model):
    """One dated step of an inspection, past or forthcoming."""

    class Kind(models.TextChoices):
        STRATEGIC_BRIEFING = "strategic_briefing", "Strategic briefing"
        DATA_COLLECTION = "data_collection", "Data collection"
        FIELDWORK = "fieldwork", "Fieldwork"
        HOT_DEBRIEF = "hot_debrief", "Hot debrief"
        DRAFT_REPORT = "draft_report", "Draft report (factual accuracy check)"
        PUBLICATION = "publication", "Publication"
        REVISIT = "revisit", "Revisit"
        FORTHCOMING = "forthcoming", "Forthcoming inspection"
        OTHER = "other", "Other"

    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="inspection_activities"
    )
    inspection = models.CharField(max_length=300, help_text="For example: PEEL 2021")
    kind = models.CharField(max_length=30, choices=Kind.choices)
    starts_on = models.DateField()
    ends_on = models.DateField(null=True, blank=True)
    place = models.CharField(max_length=200, blank=True)
    notes = models.TextField(blank=True)
    report = models.ForeignKey("reports.Report", null=True, blank=True, on_delete=models.PROTECT, related_name="activities")

    class InspectionKind(models.TextChoices):
        PEEL = "peel", "PEEL"
        THEMATIC = "thematic", "Thematic"
        JOINT = "joint", "Joint inspection"
        REVISIT = "revisit", "Revisit"
        DATA_COLLECTION = "data_collection", "Data collection"
        OTHER = "other", "Other"

    inspection_kind = models.CharField(max_length=20, choices=InspectionKind.choices, blank=True)
    force_inspected = models.BooleanField(
        default=True, help_text="The force is one of the forces inspected (not only asked for data)")
    focus_areas = models.TextField(blank=True, help_text="One a line, for example: Vulnerability")
    lead = models.CharField(max_length=200, blank=True, help_text="Who leads the activity for the force")
    documents_requested = models.TextField(blank=True, help_text="The documents HMICFRS asked for, one a line")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    internal_note = models.TextField(
        blank=True, help_text="Internal note (where demo data came from, what a source left out); never printed in a paper, page or export."
    )

    class Meta:
        ordering = ["starts_on", "id"]
        verbose_name_plural = "inspection activities"
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=models.F("starts_on")),
                name="activity_ends_after_start",
            ),
            models.CheckConstraint(
                condition=Q(inspection_kind__in=["", "peel", "thematic", "joint", "revisit", "data_collection",
                                                 "other"]),
                name="activity_inspection_kind_valid",
            ),
        ]

    def __str__(self):
        return f"{self.inspection}: {self.get_kind_display()}"

    def get_absolute_url(self):
        return reverse("activities:edit", args=[self.pk])

    @property
    def focus_list(self):
        return [line.strip() for line in self.focus_areas.splitlines() if line.strip()]

    @property
    def documents_list(self):
        return [line.strip() for line in self.documents_requested.splitlines() if line.strip()]


def new_feed_token():
    return secrets.token_urlsafe(32)


class FeedToken(models.Model):
    """A person's secret address for subscribing to the calendar (ICS): it reads what they may see.

    Not audited (it is a credential, not a record); resetting it gives a new address at once.
    """

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="feed_token")
    token = models.CharField(max_length=64, unique=True, default=new_feed_token)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"Calendar feed of {self.user}"
