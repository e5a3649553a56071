"""Views: HTTP only; rules live in services and access."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from oversight.accounts import access
from oversight.core.exceptions import InvalidInput, NotAllowed
from oversight.ops import work

from . import services
from .forms import ConfirmForm, FindingForm, UploadForm, guess_kind
from .models import ReportUpload


def _organisations(user):
    return access.organisations_for(user, "confirm_findings")


@login_required
def upload(request):
    organisations = _organisations(request.user)
    if not organisations:
        raise PermissionDenied("Only a liaison officer or administrator can read a report into the register.")
    form = UploadForm(request.POST or None, request.FILES or None, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        try:
            uploaded = form.cleaned_data["file"]
            if uploaded:
                data, name = services.read_uploaded_file(uploaded), uploaded.name
            else:
                data, name = form.cleaned_data["text"].encode(), "pasted text"
            if len(data) > settings.EXTRACTION_BACKGROUND_BYTES:  # read on a worker; the person watches a page
                return redirect(work.start_extraction(data, name, organisation=form.cleaned_data["organisation"],
                                                      by=request.user))
            review = services.start_review(data, name, organisation=form.cleaned_data["organisation"], by=request.user)
        except services.AlreadyImported as already:
            messages.info(request, str(already))
            return redirect(already.report.get_absolute_url())
        except NotAllowed as refused:
            raise PermissionDenied(refused.reason) from refused
        except InvalidInput as error:
            form.add_error("file" if form.cleaned_data.get("file") else "text", str(error))
        else:
            return redirect(review.get_absolute_url())
    status = 422 if request.method == "POST" else 200
    return render(request, "extraction/upload.html", {"form": form}, status=status)


def _review_or_404(request, pk):
    review = get_object_or_404(ReportUpload.objects.select_related("organisation", "report"), pk=pk)
    if not access.can(request.user, "confirm_findings", review.organisation):
        raise Http404
    return review


def _review_page(request, review, *, bound=None, confirm_form=None, status=200):
    causes = [f for f in review.findings if f["kind"] == "cause_of_concern"]
    cards = []
    for position, finding in enumerate(review.findings):
        form = bound if bound is not None and bound.prefix == finding["id"] else FindingForm.for_finding(finding, causes)
        following = review.findings[position + 1]["id"] if position + 1 < len(review.findings) else None
        confidence = finding.get("confidence")
        cards.append({
            "finding": finding, "form": form, "next_id": following, "position": position,
            "confidence": confidence,
            "doubt": None if confidence is None else "high" if confidence >= 0.9 else "medium" if confidence >= 0.7 else "low",
        })
    by_confidence = request.GET.get("order") != "document"
    if by_confidence:
        # The doubtful first: a reviewer checks what the reader was least sure of while it has their attention.
        cards.sort(key=lambda card: (card["confidence"] if card["confidence"] is not None else 1.0, card["position"]))
    confirm_form = confirm_form or ConfirmForm(initial={
        "title": review.title, "kind": guess_kind(review.title), "published_on": review.published_on,
        "involvement": services.guess_involvement(review),
    })
    return render(request, "extraction/review.html", {
        "review": review, "cards": cards, "confirm_form": confirm_form, "by_confidence": by_confidence,
        "counts": {kind: sum(f["kind"] == kind for f in review.findings)
                   for kind in ("recommendation", "area_for_improvement", "cause_of_concern")},
    }, status=status)


@login_required
def review(request, pk):
    review = _review_or_404(request, pk)
    if review.confirmed_at:
        messages.info(request, "This report has been confirmed into the register.")
        return redirect(review.report.get_absolute_url())
    return _review_page(request, review)


@login_required
@require_POST
def finding_action(request, pk, finding_id):
    review = _review_or_404(request, pk)
    finding = review.finding(finding_id)
    if finding is None:
        raise Http404
    causes = [f for f in review.findings if f["kind"] == "cause_of_concern"]
    form = FindingForm.for_finding(finding, causes, data=request.POST)
    action = request.POST.get("action")
    try:
        if action == "discard":
            services.discard_finding(review, finding_id, by=request.user)
            messages.success(request, f"Finding {finding_id} left out.")
        elif action == "merge":
            services.merge_with_next(review, finding_id, by=request.user)
            messages.success(request, f"Finding {finding_id} merged with the next one.")
        elif action == "split":
            services.split_finding(review, finding_id, request.POST.get(f"{finding_id}-starts_with"), by=request.user)
            messages.success(request, f"Finding {finding_id} split in two.")
        elif form.is_valid():
            services.edit_finding(review, finding_id, form.changes(), by=request.user)
            messages.success(request, f"Finding {finding_id} saved.")
        else:
            return _review_page(request, review, bound=form, status=422)
    except NotAllowed as refused:
        raise PermissionDenied(refused.reason) from refused
    except InvalidInput as error:
        form.is_valid()
        form.add_error(None, str(error))
        return _review_page(request, review, bound=form, status=422)
    return redirect(f"{review.get_absolute_url()}#finding-{finding_id}")


@login_required
@require_POST
def confirm(request, pk):
    review = _review_or_404(request, pk)
    form = ConfirmForm(request.POST)
    if form.is_valid():
        try:
            report = services.confirm_upload(review, by=request.user, **form.cleaned_data)
        except NotAllowed as refused:
            raise PermissionDenied(refused.reason) from refused
        except InvalidInput as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, f"{len(review.findings)} findings added to the register as drafts.")
            if review.gradings and access.can(request.user, "manage_register", review.organisation):
                # The gradings the reading proposed are checked by a person before they are recorded.
                return redirect(f"{reverse('gradings:add')}?reading={review.pk}")
            return redirect(report.get_absolute_url())
    return _review_page(request, review, confirm_form=form, status=422)
