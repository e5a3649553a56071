from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.urls import reverse


@login_required
def my_work(request):
    """Until reminders land (issue 3), my work is the register filtered to what I own."""
    return redirect(reverse("responses:register") + f"?owner={request.user.pk}")
