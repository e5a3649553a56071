"""The calendar of inspection activity: briefings, fieldwork, debriefs, publications, forthcoming work."""

from django.db import models
from django.db.models import Q


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
        ]

    def __str__(self):
        return f"{self.inspection}: {self.get_kind_display()}"
