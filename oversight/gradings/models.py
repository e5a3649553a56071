"""Graded judgments over the years, and the organisation's HMICFRS monitoring phase."""

from django.conf import settings
from django.db import models
from django.db.models import Q

GRADES = ["outstanding", "good", "adequate", "requires_improvement", "inadequate", "ungraded"]


class Grading(models.Model):
    """One graded question of one inspection framework for one organisation."""

    class Framework(models.TextChoices):
        PEEL_2014_17 = "peel_2014_17", "PEEL 2014–17"
        PEEL_INTEGRATED_2018_19 = "peel_2018_19", "Integrated PEEL 2018/19"
        PEEL_2021_22 = "peel_2021_22", "PEEL 2021/22"
        PEEL_2023_25 = "peel_2023_25", "PEEL 2023–25"
        PEEL_2025_29 = "peel_2025_29", "PEEL 2025–29"
        FRS_ROUND_1 = "frs_round_1", "Fire and rescue round 1 (2018/19)"
        FRS_ROUND_2 = "frs_round_2", "Fire and rescue round 2 (2021/22)"
        FRS_ROUND_3 = "frs_round_3", "Fire and rescue round 3 (2023–25)"
        OTHER = "other", "Other"

    class Grade(models.TextChoices):
        OUTSTANDING = "outstanding", "Outstanding"
        GOOD = "good", "Good"
        ADEQUATE = "adequate", "Adequate"
        REQUIRES_IMPROVEMENT = "requires_improvement", "Requires improvement"
        INADEQUATE = "inadequate", "Inadequate"
        UNGRADED = "ungraded", "Ungraded"

    # The four-point scale became five-point (adding adequate) from these frameworks on.
    FIVE_POINT = {"peel_2021_22", "peel_2023_25", "peel_2025_29", "frs_round_3"}
    # PEEL inspections from 2021 on use the five-point scale; earlier years the four-point one.
    FIVE_POINT_FROM_YEAR = 2021
    FOUR_POINT_GRADES = ("outstanding", "good", "requires_improvement", "inadequate", "ungraded")
    FIVE_POINT_GRADES = ("outstanding", "good", "adequate", "requires_improvement", "inadequate", "ungraded")

    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT, related_name="gradings")
    framework = models.CharField(max_length=30, choices=Framework.choices)
    pillar = models.CharField(max_length=100, blank=True, help_text="For example: Effectiveness")
    area = models.CharField(max_length=200, help_text="The graded question, for example: Investigating crime")
    grade = models.CharField(max_length=30, choices=Grade.choices)
    published_on = models.DateField()
    report = models.ForeignKey("reports.Report", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    position = models.PositiveSmallIntegerField(default=0)
    # The arrow a source printed (seed 004) where the earlier grading behind it is not in the
    # register; a trend computed from an earlier grading always takes precedence.
    stated_trend = models.CharField(max_length=10, choices=[("up", "↑"), ("same", "↔"), ("down", "↓"), ("na", "N/A")], blank=True)
    inspection_year = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="The year of the inspection, which decides the grading scale")
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-published_on", "position", "area"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "framework", "area", "published_on"], name="grading_once_per_area"
            ),
            models.CheckConstraint(condition=Q(grade__in=GRADES), name="grading_grade_valid"),
            # "Adequate" exists only on the five-point scale (2021 on).
            models.CheckConstraint(condition=~Q(grade="adequate", inspection_year__lt=2021),
                                   name="grading_adequate_is_five_point"),
        ]
        indexes = [models.Index(fields=["organisation", "area", "published_on"], name="grading_area_idx")]

    def __str__(self):
        return f"{self.area}: {self.get_grade_display()} ({self.published_on:%Y})"

    @property
    def is_five_point(self):
        if self.inspection_year:
            return self.inspection_year >= self.FIVE_POINT_FROM_YEAR
        return self.framework in self.FIVE_POINT

    @classmethod
    def scale_for_year(cls, year):
        return cls.FIVE_POINT_GRADES if year >= cls.FIVE_POINT_FROM_YEAR else cls.FOUR_POINT_GRADES


class MonitoringPhase(models.Model):
    """A period in one HMICFRS monitoring phase (scan, engage ...) and the reason for it."""

    class Phase(models.TextChoices):
        SCAN = "scan", "Scan (routine monitoring)"
        ENGAGE = "engage", "Engage (enhanced monitoring)"
        # Within enhanced monitoring, a force may be escalated to the Police Performance Oversight Group.
        PRAG = "prag", "Enhanced monitoring with PRAG oversight"
        PRIORITY = "priority", "Priority"

    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="monitoring_phases"
    )
    phase = models.CharField(max_length=20, choices=Phase.choices)
    started_on = models.DateField()
    ended_on = models.DateField(null=True, blank=True)
    reason = models.TextField(blank=True)
    causes = models.ManyToManyField("reports.Finding", blank=True, related_name="monitoring_phases",
                                    help_text="The causes of concern that caused this phase")
    closed_causes = models.ManyToManyField("reports.Finding", blank=True, related_name="phases_closing",
                                           help_text="The causes of concern whose closure led to this phase")
    letter = models.FileField(upload_to="monitoring/%Y/", blank=True, help_text="HMICFRS's notification letter")
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+")

    internal_note = models.TextField(
        blank=True, help_text="Internal note (where demo data came from, what a source left out); never printed in a paper, page or export."
    )

    class Meta:
        ordering = ["-started_on"]
        constraints = [
            models.CheckConstraint(condition=Q(phase__in=["scan", "engage", "prag", "priority"]), name="phase_valid"),
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True) | Q(ended_on__gte=models.F("started_on")),
                name="phase_ends_after_start",
            ),
        ]

    def __str__(self):
        return f"{self.get_phase_display()} from {self.started_on}"
