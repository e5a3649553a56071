from django.shortcuts import redirect
from django.urls import reverse

from . import second_factor

# Pages a person half-way through signing in may reach: the code pages, sign-out, and assets.
OPEN_PREFIXES = ("/static/", "/healthz", "/readyz", "/accounts/sign-out/", "/accounts/second-factor/")


class SecondFactorMiddleware:
    """Until a person who needs a second factor has given it, every page leads to the code page.

    Reads only the session (no query per request); the session is marked at sign-in."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        step = second_factor.pending(request)
        if step and request.user.is_authenticated and not request.path.startswith(OPEN_PREFIXES):
            target = reverse("identity:verify" if step == second_factor.VERIFY else "identity:enrol")
            return redirect(f"{target}?next={request.get_full_path()}")
        return self.get_response(request)
