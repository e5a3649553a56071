"""Writes of sign-in settings, each under its actor (audited), and first sign-in through the
force's identity provider: who the person is and where they belong come from the claims."""

from auditlog.context import set_actor
from django.core.exceptions import ValidationError
from django.db import transaction

from oversight.accounts import access
from oversight.accounts.models import Membership, Role, User
from oversight.core.exceptions import InvalidInput, NotAllowed

from .models import ClaimMapping, SecondFactorRule


def _may_manage(by, organisation):
    if not (by.is_superuser or access.has_role(by, Role.ADMINISTRATOR, organisation_id=organisation.id)):
        raise NotAllowed("Only an administrator of the organisation can change how people sign in to it.")


def save_mapping(mapping, *, by):
    """Create or change a claim → organisation and role mapping."""
    _may_manage(by, mapping.organisation)
    mapping.claim, mapping.value = (mapping.claim or "").strip(), (mapping.value or "").strip()
    try:
        mapping.full_clean()
    except ValidationError as problem:
        raise InvalidInput("; ".join(problem.messages)) from problem
    with set_actor(by), transaction.atomic():
        mapping.save()
    return mapping


def remove_mapping(mapping, *, by):
    """People who joined through it keep their membership; only new sign-ins are affected."""
    _may_manage(by, mapping.organisation)
    with set_actor(by), transaction.atomic():
        mapping.delete()


def require_second_factor(organisation, required, *, by):
    _may_manage(by, organisation)
    with set_actor(by), transaction.atomic():
        rule, _ = SecondFactorRule.objects.update_or_create(organisation=organisation,
                                                            defaults={"required": bool(required)})
    return rule


RECOVERY_CODES = 10
RECOVERY_DEVICE = "Recovery codes"


def confirm_authenticator(device):
    """The person's app gave a right code: it is their second factor now (any half-set-up one is dropped)."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    with transaction.atomic():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()


def make_recovery_codes(user):
    """New single-use recovery codes for `user`, replacing any they had; shown to them once (like abcd-efgh)."""
    from django_otp.plugins.otp_static.models import StaticDevice, StaticToken

    with transaction.atomic():
        device, _ = StaticDevice.objects.get_or_create(user=user, name=RECOVERY_DEVICE, defaults={"confirmed": True})
        device.token_set.all().delete()
        tokens = [StaticToken(device=device, token=StaticToken.random_token()) for _ in range(RECOVERY_CODES)]
        StaticToken.objects.bulk_create(tokens)
    return [f"{t.token[:4]}-{t.token[4:]}" for t in tokens]


def recovery_codes_left(user):
    from django_otp.plugins.otp_static.models import StaticToken

    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def claim_values(claims, claim):
    value = claims.get(claim)
    if value is None:
        return set()
    return {str(v) for v in value} if isinstance(value, list | tuple) else {str(value)}


def memberships_from_claims(claims):
    """(organisation, role) pairs the claims map to, one per organisation (the first mapping wins)."""
    found = {}
    for mapping in ClaimMapping.objects.select_related("organisation").order_by("pk"):
        if mapping.value in claim_values(claims, mapping.claim):
            found.setdefault(mapping.organisation_id, (mapping.organisation, mapping.role))
    return list(found.values())


def email_of(claims):
    # Entra ID sends the sign-in name (UPN) as preferred_username and often no email claim.
    return (claims.get("email") or claims.get("preferred_username") or "").strip().lower()


@transaction.atomic
def first_sign_in(claims):
    """Create the person and their memberships from the claims; refused when nothing maps them."""
    email = email_of(claims)
    pairs = memberships_from_claims(claims)
    if not pairs:
        raise NotAllowed("Your account at the force is not linked to any organisation in Oversight. "
                         "Ask your Oversight administrator to map your group.")
    if User.objects.filter(username__iexact=email).exists():
        raise InvalidInput(f"Someone with the sign-in name {email} is already in Oversight.")
    user = User(username=email, email=email, first_name=claims.get("given_name", "")[:150],
                last_name=claims.get("family_name", "")[:150])
    user.set_unusable_password()  # they sign in at the force; no password here
    with set_actor(user):
        user.save()
        for organisation, role in pairs:
            Membership.objects.create(user=user, organisation=organisation, role=role)
    return user
