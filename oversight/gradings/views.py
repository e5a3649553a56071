from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from oversight.accounts import access
from oversight.core.exceptions import InvalidInput, NotAllowed
from oversight.organisations.models import Organisation
from oversight.reports.models import Report

from . import services
from .forms import GradingForm, PhaseChangeForm
from .models import Grading, MonitoringPhase


@login_required
def grading_list(request):
    """The gradings table by area with last inspected and trend (seed 004), and the full history."""
    org_ids = set(access.visible(Organisation.objects.all(), request.user).values_list("pk", flat=True))
    framework = request.GET.get("framework") or None
    if framework not in Grading.Framework.values:
        framework = None
    rows = services.latest_table(org_ids, framework)
    history = services.rows_for(list(
        access.visible(Grading.objects.select_related("organisation"), request.user)
        .order_by("organisation__name", "-published_on", "position")
    ))
    return render(request, "gradings/grading_list.html", {
        "rows": rows, "history": history, "frameworks": Grading.Framework.choices, "framework": framework,
        "can_record": managed_organisations(request.user).exists(),
    })


@login_required
def monitoring(request):
    phases = access.visible(MonitoringPhase.objects.select_related("organisation"), request.user) \
        .prefetch_related("causes", "closed_causes").order_by("organisation__name", "-started_on")
    return render(request, "gradings/monitoring.html", {
        "phases": phases, "can_record": managed_organisations(request.user).exists()})


def managed_organisations(user):
    """The organisations whose register this person manages (liaison officer or administrator)."""
    return access.organisations_for(user, "manage_register")


def _forbid_unless_manager(organisations):
    from django.core.exceptions import PermissionDenied

    if not organisations.exists():
        raise PermissionDenied("Only a liaison officer or administrator can do this.")


@login_required
@require_http_methods(["GET", "POST"])
def grading_add(request):
    """Record a report's gradings by pillar and question: the scale must match the inspection year."""
    organisations = managed_organisations(request.user)
    _forbid_unless_manager(organisations)
    reports = access.visible(Report.objects.filter(archived_at__isnull=True, source="hmicfrs"),
                             request.user).order_by("-published_on")
    initial, proposed = _proposed_by_reading(request, organisations)
    form = GradingForm(request.POST or None, organisations=organisations, reports=reports, initial=initial)
    status = 200
    if request.method == "POST":
        status = 422
        if form.is_valid():
            data = form.cleaned_data
            try:
                made = services.record_gradings(
                    data["organisation"], framework=data["framework"], inspection_year=data["inspection_year"],
                    published_on=data["published_on"], report=data["report"], rows=data["rows"], by=request.user)
            except (InvalidInput, NotAllowed) as problem:
                form.add_error(None, str(problem))
            else:
                messages.success(request, f"{len(made)} grading{'s' if len(made) != 1 else ''} recorded.")
                return redirect("gradings:list")
    return render(request, "gradings/grading_add.html", {"form": form, "proposed": proposed}, status=status)


def _proposed_by_reading(request, organisations):
    """The form pre-filled with the gradings a confirmed reading of the report proposed (?reading=id),
    for the liaison officer to check, correct and record (issue 13); ({}, 0) without one."""
    from oversight.extraction.models import ReportUpload

    reading_id = request.GET.get("reading", "")
    if request.method != "GET" or not reading_id.isdigit():
        return {}, 0
    reading = get_object_or_404(access.visible(ReportUpload.objects.select_related("report"), request.user),
                                pk=int(reading_id), organisation__in=organisations)
    return services.form_initial_from_reading(reading, rows=GradingForm.ROWS)


@login_required
@require_http_methods(["GET", "POST"])
def phase_change(request):
    """Record a monitoring phase change with its date, letter and the causes of concern behind it."""
    from oversight.reports.models import Finding

    organisations = managed_organisations(request.user)
    _forbid_unless_manager(organisations)
    causes = access.visible(Finding.objects.filter(kind=Finding.Kind.CAUSE_OF_CONCERN, archived_at__isnull=True),
                            request.user).select_related("report").order_by("-report__published_on", "position")
    form = PhaseChangeForm(request.POST or None, request.FILES or None, organisations=organisations, causes=causes)
    status = 200
    if request.method == "POST":
        status = 422
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.record_phase_change(
                    data["organisation"], phase=data["phase"], started_on=data["started_on"], reason=data["reason"],
                    letter=data["letter"], causes=list(data["causes"]), closed_causes=list(data["closed_causes"]),
                    by=request.user)
            except (InvalidInput, NotAllowed) as problem:
                form.add_error(None, str(problem))
            else:
                messages.success(request, "Phase change recorded.")
                return redirect("gradings:monitoring")
    return render(request, "gradings/phase_change.html", {"form": form}, status=status)


@login_required
def phase_letter(request, pk):
    """The notification letter of a phase change, for those who may see the organisation."""
    from django.http import FileResponse, Http404

    phase = get_object_or_404(access.visible(MonitoringPhase.objects.all(), request.user), pk=pk)
    if not phase.letter:
        raise Http404("No letter was attached.")
    return FileResponse(phase.letter.open("rb"), as_attachment=True, filename=phase.letter.name.rsplit("/", 1)[-1])
