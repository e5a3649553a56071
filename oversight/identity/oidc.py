"""Sign-in with the force's identity provider (OpenID Connect, e.g. Microsoft Entra ID) through
mozilla-django-oidc. A person is matched by email; on first sign-in they are created with the
organisations and roles their claims map to (ClaimMapping). Off unless OIDC_ENABLED."""

from django.conf import settings
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.views import View
from mozilla_django_oidc import views as oidc_views
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from oversight.core.exceptions import InvalidInput, NotAllowed

from . import services

BACKEND = "oversight.identity.oidc.ForceIdentityBackend"
REFUSAL_KEY = "identity_refusal"


class ForceIdentityBackend(OIDCAuthenticationBackend):
    def verify_claims(self, claims):
        return bool(claims.get("sub") and services.email_of(claims))

    def filter_users_by_claims(self, claims):
        email = services.email_of(claims)
        return self.UserModel.objects.filter(email__iexact=email) | self.UserModel.objects.filter(
            username__iexact=email)

    def create_user(self, claims):
        try:
            return services.first_sign_in(claims)
        except (NotAllowed, InvalidInput) as refusal:
            self.request.session[REFUSAL_KEY] = str(refusal)
            return None

    def update_user(self, user, claims):
        if not user.is_active:
            self.request.session[REFUSAL_KEY] = "Your Oversight account has been deactivated."
            return None
        return user


def _check_enabled():
    if not settings.OIDC_ENABLED:
        raise Http404("Sign-in with the force's account is not set up.")


class Start(oidc_views.OIDCAuthenticationRequestView):
    """Send the person to the identity provider (a 404 while OIDC is off)."""

    def __init__(self, **kwargs):
        View.__init__(self, **kwargs)  # the library reads its settings here; we read them once it is on

    def dispatch(self, request, *args, **kwargs):
        _check_enabled()
        self.OIDC_OP_AUTH_ENDPOINT = self.get_settings("OIDC_OP_AUTHORIZATION_ENDPOINT")
        self.OIDC_RP_CLIENT_ID = self.get_settings("OIDC_RP_CLIENT_ID")
        return super().dispatch(request, *args, **kwargs)


class Callback(oidc_views.OIDCAuthenticationCallbackView):
    """The provider sends the person back here; a refusal is said on the sign-in page."""

    def dispatch(self, request, *args, **kwargs):
        _check_enabled()
        return super().dispatch(request, *args, **kwargs)

    def login_failure(self):
        messages.error(self.request, self.request.session.pop(REFUSAL_KEY, None) or (
            "Signing in with your force account did not work. Try again, or sign in with your Oversight "
            "password."))
        return redirect("accounts:login")
