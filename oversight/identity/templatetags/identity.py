from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def oidc_enabled():
    return settings.OIDC_ENABLED


@register.simple_tag
def oidc_provider_name():
    return settings.OIDC_PROVIDER_NAME
