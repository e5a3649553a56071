"""Adding people from the app (issue 10). A person added here can own work before they ever sign in:
they are invited by email with a link to set their password (Django's password-reset token). Once
someone has history they are deactivated, never deleted (issue 15)."""

from auditlog.models import LogEntry
from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.db import models, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from oversight.core.exceptions import InvalidInput, NotAllowed

from . import access
from .models import Membership, Role, User

# Roles a liaison officer may give; only an administrator makes another administrator.
LIAISON_GIVES = {Role.LIAISON_OFFICER, Role.PORTFOLIO_LEAD, Role.ACTION_OWNER, Role.OVERSIGHT_REVIEWER,
                 Role.COMMITTEE_MEMBER}


def email_taken(email):
    return User.objects.filter(email__iexact=email).exists() or User.objects.filter(username__iexact=email).exists()


@transaction.atomic
def add_person(*, first_name, last_name, email, organisation, role, portfolios=(), by):
    """Create the person with one membership and queue their invitation; a second time for an email is refused."""
    decision = access.can(by, "add_person", organisation)
    if not decision:
        raise NotAllowed(decision.reason)
    first_name, last_name = (first_name or "").strip(), (last_name or "").strip()
    email = (email or "").strip().lower()
    if not first_name or not last_name:
        raise InvalidInput("Enter the person's first and last name.")
    if not email:
        raise InvalidInput("Enter the person's email address.")
    if role not in Role.values:
        raise InvalidInput("Choose the person's role.")
    if role == Role.ADMINISTRATOR and not access.has_role(by, Role.ADMINISTRATOR, organisation_id=organisation.id):
        raise NotAllowed("Only an administrator can add another administrator.")
    portfolios = list(portfolios)
    if any(p.organisation_id != organisation.id for p in portfolios):
        raise NotAllowed("A portfolio of another organisation cannot be given.")
    if role == Role.PORTFOLIO_LEAD and not portfolios:
        raise InvalidInput("Choose the portfolio this person leads.")
    if email_taken(email):
        raise InvalidInput(f"Someone with the email {email} is already in Oversight.")
    # The email is the sign-in name: the person was never given another one.
    user = User(username=email, email=email, first_name=first_name, last_name=last_name)
    user.set_unusable_password()
    user.save()
    membership = Membership.objects.create(user=user, organisation=organisation, role=role)
    if portfolios and role == Role.PORTFOLIO_LEAD:
        membership.portfolios.set(portfolios)
    invite(user, by=by, organisation=organisation)
    return user


def invitation_link(user):
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return settings.SITE_URL.rstrip("/") + reverse("accounts:set_password", args=[uid, token])


def invite(user, *, by, organisation):
    """Queue the invitation email (sent after the commit; a mail server that is down leaves it queued)."""
    from oversight.notifications.services import queue_mail

    body = render_to_string("accounts/email/invitation.txt", {
        "user": user, "by": by, "organisation": organisation, "link": invitation_link(user),
        "site_url": settings.SITE_URL.rstrip("/")})
    return queue_mail(user.email, f"You have been added to Oversight by {by.get_full_name() or by.email}", body)


def has_history(user):
    """Whether the audit trail or the domain records name this person (as actor, author, owner)."""
    return LogEntry.objects.filter(actor=user).exists()


def refuse_deleting_people_with_history(sender, instance, **kwargs):
    """Deleting a person turned every entry they made into "System" (issue 15). Whatever the route
    (admin, shell, a script), a person with history cannot be deleted: deactivate them."""
    if instance.pk and has_history(instance):
        raise models.ProtectedError(
            f"{instance.get_full_name() or instance.get_username()} has made changes on the record, so they "
            "cannot be deleted; deactivate them instead.", {instance})


@transaction.atomic
def deactivate(person, *, by):
    """Stop a person signing in; their name stays on everything they did."""
    if not (by.is_superuser or any(access.has_role(by, Role.ADMINISTRATOR, organisation_id=m.organisation_id)
                                   for m in access.memberships(person))):
        raise NotAllowed("Only an administrator of their organisation can deactivate a person.")
    if person.pk == by.pk:
        raise NotAllowed("You cannot deactivate yourself.")
    if person.is_active:
        person.is_active = False
        person.save(update_fields=["is_active"])
    return person



@transaction.atomic
def add_named_person(*, full_name, organisation, by, email="", role=Role.ACTION_OWNER):
    """A person a register names as an owner ("Sarah Khan"), who can own work before they ever sign in.

    With an email they are invited as add_person invites; without one they get a sign-in name made from
    their name, no password, and no invitation until an administrator gives them an email (issue 14)."""
    decision = access.can(by, "add_person", organisation)
    if not decision:
        raise NotAllowed(decision.reason)
    parts = " ".join((full_name or "").split()).split(" ")
    if len(parts) < 2 or not all(parts):
        raise InvalidInput(f"“{full_name}” is not a full name: give a first and a last name.")
    first_name, last_name = " ".join(parts[:-1])[:150], parts[-1][:150]
    if email:
        return add_person(first_name=first_name, last_name=last_name, email=email, organisation=organisation,
                          role=role, by=by)
    from django.utils.text import slugify

    stem = slugify(f"{first_name} {last_name}").replace("-", ".")[:100] or "person"
    username, n = stem, 1
    while User.objects.filter(username__iexact=username).exists():
        n += 1
        username = f"{stem}.{n}"
    user = User(username=username, first_name=first_name, last_name=last_name)
    user.set_unusable_password()
    user.save()
    Membership.objects.create(user=user, organisation=organisation, role=role)
    return user
