"""The POST that moves a response. HTTP only: access finds the response, the form parses input,
workflow decides and writes."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from oversight.accounts import access
from oversight.core.exceptions import NotAllowed, StaleEdit

from . import workflow
from .detail import detail_context
from .models import Response
from .panel import TransitionForm, panel


@require_POST
@login_required
def transition(request, pk, action):
    """Move the response by `action`; a refusal or a stale page re-shows the response with the reason."""
    response = get_object_or_404(access.visible(Response.objects.select_related("finding__report"), request.user),
                                 pk=pk)
    if action not in workflow.TRANSITIONS:
        raise Http404("No such action.")
    form = TransitionForm(action, response, request.user, request.POST)
    status = 422
    if form.is_valid():
        try:
            _check_version(response, request.POST.get(f"{action}-version"))
            workflow.transition(response, action, by=request.user, comment=form.cleaned_data.get("comment") or "",
                                **form.payload())
        except StaleEdit as stale:
            form.add_error(None, str(stale))
            status = 409
            response = stale.current
        except NotAllowed as refused:
            if not workflow.TRANSITIONS[action].who(request.user, response):
                raise PermissionDenied(refused.reason) from refused  # a move this person may never make
            form.add_error(None, refused.reason)
        else:
            messages.success(request, workflow.done_message(action))
            return redirect(response)
    context = detail_context(response, request.user, transitions=panel(response, request.user, failed=form),
                             transition_error=form)
    return render(request, "responses/response_detail.html", context, status=status)


def _check_version(response, posted):
    """The page carried the version it showed; if the response moved since, say so rather than act on it."""
    if posted and posted.isdigit() and int(posted) != response.version:
        raise StaleEdit(response, "Someone else changed this response since you opened the page. "
                                  "Check its status and try again.")
