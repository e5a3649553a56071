"""The dashboard. Until issue 7 builds the figures it sends people to the register."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect


@login_required
def home(request):
    return redirect("responses:register")
