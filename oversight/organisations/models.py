"""Organisations (forces, PCC offices, fire services, national bodies) and their reference lists."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse

from oversight.core.models import Archivable, TimeStamped


class Organisation(TimeStamped):
    """A force, PCC office, fire and rescue service, region or national body.

    A person sees their own organisation's data and that of the organisations it oversees.
    """

    class Kind(models.TextChoices):
        POLICE_FORCE = "police_force", "Police force"
        PCC_OFFICE = "pcc_office", "Police and crime commissioner's office"
        FIRE_SERVICE = "fire_service", "Fire and rescue service"
        REGION = "region", "Region or alliance"
        NATIONAL_BODY = "national_body", "National body"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    name = models.CharField(max_length=200, unique=True)
    short_name = models.CharField(max_length=30, unique=True)
    oversees = models.ManyToManyField("self", symmetrical=False, related_name="overseen_by", blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=["police_force", "pcc_office", "fire_service", "region", "national_body"]),
                name="organisation_kind_valid",
            )
        ]

    def __str__(self):
        return self.name


class ReferenceItem(TimeStamped, Archivable):
    """An organisation's own list entry (portfolio, business area, board)."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT)
    name = models.CharField(max_length=200)

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Portfolio(ReferenceItem):
    """A Force Executive Team portfolio (Crime, Security, ...) led by a chief officer."""

    lead = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                             related_name="led_portfolios", help_text="The chief officer who leads the portfolio")

    class Meta(ReferenceItem.Meta):
        constraints = [models.UniqueConstraint(fields=["organisation", "name"], name="portfolio_unique_name")]


class BusinessArea(ReferenceItem):
    """A department that owns actions (PPU, ROCU, Criminal Justice, Contact, PSD ...)."""

    portfolio = models.ForeignKey(Portfolio, null=True, blank=True, on_delete=models.PROTECT, related_name="areas")

    class Meta(ReferenceItem.Meta):
        constraints = [models.UniqueConstraint(fields=["organisation", "name"], name="business_area_unique_name")]


class Board(ReferenceItem):
    """A governance board that oversees progress (HMIC Oversight Board, VAWG Board ...)."""

    chair = models.CharField(max_length=200, blank=True)
    cadence = models.CharField(max_length=100, blank=True, help_text="For example: monthly")
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="children",
                               verbose_name="reports to", help_text="The board this board reports to")

    class Meta(ReferenceItem.Meta):
        constraints = [
            models.UniqueConstraint(fields=["organisation", "name"], name="board_unique_name"),
            models.CheckConstraint(condition=~Q(parent=models.F("id")), name="board_not_own_parent"),
        ]


class ClosureLevel(TimeStamped, Archivable):
    """A level of closure submission on the HMICFRS portal (Lv2, Lv3, Lv4); HMICFRS defines them.

    `description` is what the level means; it is shown wherever a level is chosen (choice_label).
    """

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="closure_levels")
    code = models.CharField(max_length=20)
    description = models.CharField(max_length=300, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "code"]
        constraints = [models.UniqueConstraint(fields=["organisation", "code"], name="closure_level_unique_code")]

    def __str__(self):
        return self.code

    def get_absolute_url(self):
        return reverse("organisations:edit", args=["closure-levels", self.pk])

    @property
    def choice_label(self):
        """The level with what it means, for every place a level is chosen."""
        return f"{self.code} – {self.description}" if self.description else self.code


class OrganisationAlias(TimeStamped, Archivable):
    """Another name an organisation goes by in reports ("WMP", "West Midlands"), used to match addressees."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="aliases")
    name = models.CharField(max_length=200)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "organisation aliases"
        constraints = [models.UniqueConstraint(fields=["organisation", "name"], name="alias_unique_name")]

    def __str__(self):
        return self.name


class CommitteeMember(TimeStamped, Archivable):
    """A member of a committee (papers.Committee): who sits on it and in what role."""

    committee = models.ForeignKey("papers.Committee", on_delete=models.PROTECT, related_name="members")
    name = models.CharField(max_length=200)
    role = models.CharField(max_length=200, blank=True, help_text="For example: Chair, independent member")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                             related_name="committee_seats", help_text="Their Oversight account, if they have one")

    class Meta:
        ordering = ["committee", "name"]
        constraints = [models.UniqueConstraint(fields=["committee", "name"], name="committee_member_unique_name")]

    def __str__(self):
        return f"{self.name} ({self.role})" if self.role else self.name
