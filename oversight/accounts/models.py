"""People and what they may do, in which organisation."""

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Q


class User(AbstractUser):
    """A person who signs in. Their organisations and roles come from Membership."""

    class Meta:
        ordering = ["username"]

    def __str__(self):
        # People read names, not sign-in names: a person added by email alone shows their email.
        return self.get_full_name() or self.email or self.username


class Role(models.TextChoices):
    """The roles of DESIGN.md §1."""

    ADMINISTRATOR = "administrator", "Administrator"
    LIAISON_OFFICER = "liaison_officer", "Liaison officer"
    PORTFOLIO_LEAD = "portfolio_lead", "Portfolio lead"
    ACTION_OWNER = "action_owner", "Action owner"
    OVERSIGHT_REVIEWER = "oversight_reviewer", "Oversight reviewer"
    COMMITTEE_MEMBER = "committee_member", "Committee member"


class Membership(models.Model):
    """A person's role in one organisation; a portfolio lead also names their portfolios."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="memberships"
    )
    role = models.CharField(max_length=30, choices=Role.choices)
    portfolios = models.ManyToManyField("organisations.Portfolio", blank=True, related_name="leads")
    business_areas = models.ManyToManyField("organisations.BusinessArea", blank=True, related_name="members")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="membership_once_per_org"),
            models.CheckConstraint(condition=Q(role__in=Role.values), name="membership_role_valid"),
        ]

    def __str__(self):
        return f"{self.user} – {self.get_role_display()}, {self.organisation}"
