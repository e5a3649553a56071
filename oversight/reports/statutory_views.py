"""The PCC's statutory response pages: access → form → service → redirect. Rules live in services."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import OuterRef, Prefetch, Subquery
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from oversight.accounts import access
from oversight.core.exceptions import InvalidInput, NotAllowed, StaleEdit
from oversight.organisations.models import Organisation
from oversight.responses.models import Response, Update

from . import services
from .forms import StatutoryDraftForm, StatutoryPublishForm, StatutoryRequirementForm, VersionForm
from .models import Report, StatutoryResponse


def _visible(request, pk):
    qs = access.visible(StatutoryResponse.objects.select_related(
        "report", "organisation", "drafted_by", "approval_requested_by", "approved_by", "published_by"),
        request.user)
    return get_object_or_404(qs, pk=pk)


def _require_writer(request, statutory):
    decision = access.can(request.user, "write_statutory", statutory)
    if not decision:
        raise PermissionDenied(decision.reason)


def _findings_with_force_responses(statutory):
    """The report's findings, each with the overseen forces' responses and their latest update."""
    overseen = statutory.organisation.oversees.values("id")
    latest = Update.objects.filter(response=OuterRef("pk")).order_by("-written_on", "-id").values("text")[:1]
    responses = Response.objects.filter(organisation_id__in=overseen).select_related("organisation").annotate(
        latest_update=Subquery(latest))
    findings = list(statutory.report.findings.filter(archived_at__isnull=True).prefetch_related(
        Prefetch("responses", queryset=responses, to_attr="force_responses")))
    for finding in findings:
        finding.pcc_comment = statutory.finding_comments.get(str(finding.pk), "")
    return findings


def _context(request, statutory, **extra):
    today = timezone.localdate()
    statutory.left = statutory.days_left(today)
    return {
        "statutory": statutory, "report": statutory.report, "today": today, "left": statutory.days_left(today),
        "findings": extra.pop("findings", None) or _findings_with_force_responses(statutory),
        "can_write": bool(access.can(request.user, "write_statutory", statutory)),
        "version_form": VersionForm(initial={"version": statutory.version}),
        "publish_form": extra.pop("publish_form", None) or StatutoryPublishForm(
            initial={"version": statutory.version, "published_on": today}),
        **extra,
    }


@login_required
def statutory_detail(request, sr):
    statutory = _visible(request, sr)
    return render(request, "reports/statutory_detail.html", _context(request, statutory))


@login_required
@require_http_methods(["GET", "POST"])
def statutory_edit(request, sr):
    statutory = _visible(request, sr)
    _require_writer(request, statutory)
    findings = _findings_with_force_responses(statutory)
    initial = {"version": statutory.version, "comments": statutory.comments,
               **{f"finding_{f.pk}": f.pcc_comment for f in findings}}
    form = StatutoryDraftForm(request.POST or None, initial=initial, findings=findings)
    status, current = 200, None
    if request.method == "POST":
        if form.is_valid():
            try:
                services.draft_statutory_comments(
                    statutory, comments=form.cleaned_data["comments"], finding_comments=form.finding_comments(),
                    expected_version=form.cleaned_data["version"], by=request.user)
            except StaleEdit as stale:
                current, status = stale.current, 409
                form.add_error(None, str(stale))
            except (InvalidInput, NotAllowed) as problem:
                form.add_error(None, str(problem))
                status = 422
            else:
                messages.success(request, "Draft comments saved.")
                return redirect(statutory)
        else:
            status = 422
    return render(request, "reports/statutory_edit.html",
                  {"statutory": statutory, "report": statutory.report, "form": form, "current": current},
                  status=status)


STEPS = {
    "request_approval": (services.request_statutory_approval, "Sent for approval."),
    "approve": (services.approve_statutory_comments, "Comments approved."),
}


@login_required
@require_POST
def statutory_step(request, sr, step):
    statutory = _visible(request, sr)
    _require_writer(request, statutory)
    if step not in STEPS:
        return HttpResponse("Unknown step.", status=404)
    form = VersionForm(request.POST)
    problem = None
    if not form.is_valid():
        problem = "The form was incomplete: reload the page and try again."
    else:
        action, done = STEPS[step]
        try:
            action(statutory, expected_version=form.cleaned_data["version"], by=request.user)
        except StaleEdit as stale:
            problem = str(stale)
        except NotAllowed as refused:
            return render(request, "reports/statutory_detail.html",
                          _context(request, statutory, problem=refused.reason), status=403)
        except InvalidInput as invalid:
            problem = str(invalid)
        else:
            messages.success(request, done)
            return redirect(statutory)
    statutory.refresh_from_db()
    return render(request, "reports/statutory_detail.html", _context(request, statutory, problem=problem),
                  status=422)


@login_required
@require_POST
def statutory_publish(request, sr):
    statutory = _visible(request, sr)
    _require_writer(request, statutory)
    form = StatutoryPublishForm(request.POST)
    if form.is_valid():
        try:
            services.publish_statutory_comments(
                statutory, by=request.user, expected_version=form.cleaned_data["version"],
                **{k: form.cleaned_data[k] for k in (
                    "published_on", "url", "copied_to_home_secretary_on", "copied_to_hmicfrs_on")})
        except (InvalidInput, NotAllowed, StaleEdit) as problem:
            form.add_error(None, str(problem))
        else:
            messages.success(request, "Publication recorded.")
            return redirect(statutory)
    statutory.refresh_from_db()
    return render(request, "reports/statutory_detail.html", _context(request, statutory, publish_form=form),
                  status=422)


def _public_context(statutory):
    return {"statutory": statutory, "report": statutory.report,
            "findings": [f for f in _findings_with_force_responses(statutory)]}


@login_required
def statutory_page(request, sr):
    """The comments as an accessible web page, ready for the PCC's website."""
    statutory = _visible(request, sr)
    return render(request, "reports/statutory_page.html", _public_context(statutory))


@login_required
def statutory_pdf(request, sr):
    """The same comments as a tagged PDF (WeasyPrint), ready for the PCC's website."""
    from django.template.loader import render_to_string
    from weasyprint import HTML

    statutory = _visible(request, sr)
    html = render_to_string("reports/statutory_pdf.html", _public_context(statutory), request=request)
    pdf = HTML(string=html).write_pdf(pdf_tags=True)
    reply = HttpResponse(pdf, content_type="application/pdf")
    reply["Content-Disposition"] = f'attachment; filename="pcc-comments-{statutory.report_id}.pdf"'
    return reply


@login_required
@require_POST
def statutory_requirement(request, pk):
    """The PCC office overrides the rule for one report (comments required or not, and why)."""
    report = get_object_or_404(access.visible(Report.objects.all(), request.user), pk=pk)
    offices = [m.organisation for m in access.memberships(request.user)
               if m.organisation.kind == Organisation.Kind.PCC_OFFICE]
    office = next((o for o in offices if access.can(request.user, "write_statutory",
                                                    StatutoryResponse(organisation=o))), None)
    if office is None:
        raise PermissionDenied("Only the PCC office's liaison officers, reviewers and administrators can do this.")
    form = StatutoryRequirementForm(request.POST)
    if form.is_valid():
        try:
            statutory = services.set_statutory_requirement(
                report, office, required=form.cleaned_data["required"], reason=form.cleaned_data["reason"],
                by=request.user)
        except (InvalidInput, NotAllowed) as problem:
            messages.error(request, str(problem))
            return redirect(report)
        messages.success(request, "Comments required." if statutory.required else "Comments marked not required.")
        return redirect(report)
    errors = "; ".join(e for errs in form.errors.values() for e in errs)
    return HttpResponse(f"The override was not saved: {errors}", status=422, content_type="text/plain")
