from django.apps import AppConfig


class IdentityConfig(AppConfig):
    name = "oversight.identity"
    label = "identity"
    verbose_name = "Sign-in: identity provider and second factor"

    def ready(self):
        from auditlog.registry import auditlog
        from django.contrib.auth.signals import user_logged_in

        from . import second_factor
        from .models import ClaimMapping, SecondFactorRule

        for model in (ClaimMapping, SecondFactorRule):
            if not auditlog.contains(model):
                auditlog.register(model)
            model.get_additional_data = _organisation_of
        user_logged_in.connect(second_factor.on_sign_in, dispatch_uid="identity-second-factor")


def _organisation_of(instance):
    # The audit page scopes entries by organisation (oversight.audit.registry's convention).
    return {"organisation_id": instance.organisation_id}
