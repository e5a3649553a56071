"""A second factor (an authenticator app's six-digit code, TOTP through django-otp) for local
accounts. Required for a person when an organisation they belong to requires it, or for
superusers when SECOND_FACTOR_FOR_SUPERUSERS is on; used by anyone who has set one up. People
who sign in through the force's identity provider are not asked: the force does that there."""

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY
from django_otp import user_has_device

from .models import SecondFactorRule

PENDING = "identity_second_factor"  # session key: "verify" or "enrol" until the code is given
VERIFY, ENROL = "verify", "enrol"


def required_for(user):
    if user.is_superuser and settings.SECOND_FACTOR_FOR_SUPERUSERS:
        return True
    return SecondFactorRule.objects.filter(required=True, organisation__memberships__user=user).exists()


def step_for(user, backend):
    """What the person must still do after their password: verify, enrol, or nothing (None)."""
    if backend in settings.SECOND_FACTOR_EXEMPT_BACKENDS:
        return None
    if user_has_device(user, confirmed=True):
        return VERIFY
    return ENROL if required_for(user) else None


def on_sign_in(sender, request, user, **kwargs):
    if request is None or not hasattr(request, "session"):
        return
    step = step_for(user, request.session.get(BACKEND_SESSION_KEY, ""))
    if step:
        request.session[PENDING] = step
    else:
        request.session.pop(PENDING, None)


def pending(request):
    return request.session.get(PENDING) if hasattr(request, "session") else None


def done(request):
    request.session.pop(PENDING, None)
