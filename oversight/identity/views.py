"""The second factor's pages: set up an authenticator app (a QR code), and give its code at sign-in."""

import base64
import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_http_methods
from django_otp import devices_for_user
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp.qr import write_qrcode_image

from . import second_factor, services
from .forms import CodeForm, SignInCodeForm, is_recovery_code

FRESH_CODES = "identity_recovery_codes"  # session key: codes just made, shown once then forgotten

WRONG = "That code is not right. Check your authenticator app shows Oversight and enter the code it shows now."


TOO_MANY = "Too many wrong codes in a row. Wait a few seconds, then enter the code your app shows."


def _wrong_code(device, code):
    """Why ``code`` is refused for ``device`` (django-otp slows down guessing after each failure), or None."""
    allowed, _ = device.verify_is_allowed()
    if not allowed:
        return TOO_MANY
    return None if device.verify_token(code) else WRONG


def _next(request):
    target = request.POST.get("next") or request.GET.get("next") or "/"
    return target if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()) else "/"


def _qr_svg(url):
    out = io.BytesIO()
    write_qrcode_image(url, out)
    svg = out.getvalue().decode()
    # An inline SVG (the CSP allows no data: images); labelled for screen readers.
    return mark_safe(svg[svg.index("<svg"):].replace("<svg", '<svg role="img" aria-label="QR code to scan '
                                                               'with your authenticator app"', 1))


@require_http_methods(["GET", "POST"])
@login_required
def enrol(request):
    """Set up an authenticator app: scan the code (or type the key), then give one code to confirm."""
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first() or \
        TOTPDevice.objects.create(user=request.user, name="Authenticator app", confirmed=False)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        problem = _wrong_code(device, form.cleaned_data["code"])
        if not problem:
            services.confirm_authenticator(device)
            otp_login(request, device)
            second_factor.done(request)
            messages.success(request, "Your authenticator app is set up. You will be asked for a code each time "
                                      "you sign in.")
            request.session[FRESH_CODES] = services.make_recovery_codes(request.user)
            return _to_recovery_codes(request)
        form.add_error("code", problem)
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    status = 422 if request.method == "POST" else 200
    return render(request, "identity/enrol.html", {
        "form": form, "qr": _qr_svg(device.config_url), "secret": " ".join(secret[i:i + 4] for i in
                                                                        range(0, len(secret), 4)),
        "next": _next(request), "required": second_factor.pending(request) == second_factor.ENROL,
    }, status=status)


@require_http_methods(["GET", "POST"])
@login_required
def verify(request):
    """The code at sign-in, after the password."""
    if second_factor.pending(request) != second_factor.VERIFY:
        return redirect(_next(request))
    form = SignInCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"]
        problem = WRONG
        # A recovery code is tried against the recovery codes only, an app's code against the apps only,
        # so a mistyped one of each does not slow down the other (django-otp throttles per device).
        for device in devices_for_user(request.user, confirmed=True):
            if isinstance(device, StaticDevice) != is_recovery_code(code):
                continue
            problem = _wrong_code(device, code)
            if not problem:
                otp_login(request, device)
                second_factor.done(request)
                if isinstance(device, StaticDevice):
                    _say_codes_left(request)
                return redirect(_next(request))
        form.add_error("code", problem)
    status = 422 if request.method == "POST" else 200
    return render(request, "identity/verify.html", {"form": form, "next": _next(request)}, status=status)


def _to_recovery_codes(request):
    target = _next(request)
    return redirect(f"{reverse('identity:recovery_codes')}?{urlencode({'next': target})}")


def _say_codes_left(request):
    left = services.recovery_codes_left(request.user)
    advice = " Make new ones on your recovery codes page." if left <= 2 else ""
    messages.warning(request, f"You signed in with a recovery code. Each works once: you have {left} left.{advice}")


@require_http_methods(["GET", "POST"])
@login_required
def recovery_codes(request):
    """Recovery codes for a lost phone: shown once just after they are made; new ones replace the old."""
    if second_factor.pending(request):  # this page is open to the code-page middleware: not a way round it
        return redirect(f"{reverse('identity:verify')}?{urlencode({'next': _next(request)})}")
    has_app = TOTPDevice.objects.filter(user=request.user, confirmed=True).exists()
    if request.method == "POST" and has_app:
        request.session[FRESH_CODES] = services.make_recovery_codes(request.user)
        return _to_recovery_codes(request)
    return render(request, "identity/recovery_codes.html", {
        "codes": request.session.pop(FRESH_CODES, None), "has_app": has_app, "next": _next(request),
        "left": services.recovery_codes_left(request.user)})
