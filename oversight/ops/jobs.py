"""The page a person watches while their work runs on a worker (htmx polls it every two seconds)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_safe

from .models import Job


@require_safe
@login_required
def job(request, pk):
    # A person's own work: the job was asked for by them, in an organisation they could act in then.
    job = get_object_or_404(Job, pk=pk, requested_by=request.user)
    if job.finished and job.result_url:  # back where they were, told how it went
        (messages.success if job.state == Job.State.DONE else messages.error)(request, job.message)
        if request.htmx:
            response = HttpResponse(status=204)
            response["HX-Redirect"] = job.result_url
            return response
        return redirect(job.result_url)
    template = "ops/job.html#progress" if request.htmx else "ops/job.html"
    return render(request, template, {"job": job})
