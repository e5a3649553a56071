from django.urls import path

from . import oidc, views

app_name = "identity"
urlpatterns = [
    path("second-factor/set-up/", views.enrol, name="enrol"),
    path("second-factor/", views.verify, name="verify"),
    path("second-factor/recovery-codes/", views.recovery_codes, name="recovery_codes"),
    # The force's identity provider (OpenID Connect); 404 while OIDC_ENABLED is off.
    path("force/sign-in/", oidc.Start.as_view(), name="oidc_start"),
    path("force/callback/", oidc.Callback.as_view(), name="oidc_callback"),
]
