"""How people from the force's identity provider join organisations, and who must use a second factor."""

from django.db import models
from django.db.models import Q

from oversight.accounts.models import Role


class ClaimMapping(models.Model):
    """On first sign-in through the identity provider, a person whose ``claim`` holds ``value``
    (a string, or one item of a list such as Entra ID's ``groups`` or ``roles``) joins
    ``organisation`` as ``role``."""

    claim = models.CharField(max_length=100, default="groups",
                             help_text="The ID token or userinfo claim to read, e.g. groups, roles, tid.")
    value = models.CharField(max_length=255, help_text="The value that claim must hold (a group's object id, a role).")
    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT,
                                     related_name="claim_mappings")
    role = models.CharField(max_length=30, choices=Role.choices)

    class Meta:
        ordering = ["organisation__name", "claim", "value"]
        constraints = [
            models.UniqueConstraint(fields=["claim", "value", "organisation"], name="claim_mapping_once"),
            models.CheckConstraint(condition=Q(role__in=Role.values), name="claim_mapping_role_valid"),
        ]

    def __str__(self):
        return f"{self.claim} = {self.value} → {self.get_role_display()}, {self.organisation}"


class SecondFactorRule(models.Model):
    """Local accounts of this organisation must use an authenticator app (TOTP) to sign in."""

    organisation = models.OneToOneField("organisations.Organisation", on_delete=models.CASCADE,
                                        related_name="second_factor_rule")
    required = models.BooleanField(default=True)

    def __str__(self):
        return f"{self.organisation}: second factor {'required' if self.required else 'optional'}"
