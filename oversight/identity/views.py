"""The second factor's pages: set up an authenticator app (a QR code), and give its code at sign-in."""

import base64
import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_http_methods
from django_otp import devices_for_user
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp.qr import write_qrcode_image

from . import second_factor
from .forms import CodeForm

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
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            TOTPDevice.objects.filter(user=request.user, confirmed=False).delete()
            otp_login(request, device)
            second_factor.done(request)
            messages.success(request, "Your authenticator app is set up. You will be asked for a code each time "
                                      "you sign in.")
            return redirect(_next(request))
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
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        problem = WRONG
        for device in devices_for_user(request.user, confirmed=True):
            problem = _wrong_code(device, form.cleaned_data["code"])
            if not problem:
                otp_login(request, device)
                second_factor.done(request)
                return redirect(_next(request))
        form.add_error("code", problem)
    status = 422 if request.method == "POST" else 200
    return render(request, "identity/verify.html", {"form": form, "next": _next(request)}, status=status)
