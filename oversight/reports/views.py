"""Report list, report page and finding page."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import F, Func, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from oversight.accounts import access
from oversight.responses.models import Response

from . import services
from .models import Finding, Report


def _count(queryset):
    """COUNT as a correlated subquery: one figure per row without joining every finding into the list."""
    return Coalesce(Subquery(
        queryset.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n")[:1]
    ), 0)


@login_required
def report_list(request):
    applying = access.visible(Response.objects.filter(applicability="applies"), request.user)
    reports = access.visible(Report.objects.filter(archived_at__isnull=True), request.user).annotate(
        finding_count=_count(Finding.objects.filter(report=OuterRef("pk"), archived_at__isnull=True)),
        applicable_count=_count(Finding.objects.filter(report=OuterRef("pk"), id__in=applying.values("finding_id"))),
    ).order_by("-published_on", "title")
    kind = request.GET.get("kind", "")
    if kind in Report.Kind.values:
        reports = reports.filter(kind=kind)
    page = Paginator(reports, 50).get_page(request.GET.get("page"))
    return render(request, "reports/report_list.html", {
        "page": page, "kinds": Report.Kind.choices, "kind": kind, "query": f"kind={kind}" if kind else "",
    })


@login_required
def report_detail(request, pk):
    report = get_object_or_404(access.visible(Report.objects.all(), request.user), pk=pk)
    visible_responses = access.visible(Response.objects.all(), request.user).select_related(
        "organisation", "owner", "portfolio")
    findings = list(
        report.findings.filter(archived_at__isnull=True).select_related("parent")
        .prefetch_related(Prefetch("responses", queryset=visible_responses, to_attr="visible_responses"))
    )
    involvements = access.visible(report.involvements.all(), request.user).select_related("organisation")
    statutory = list(access.visible(report.statutory_responses.all(), request.user).select_related("organisation"))
    today = timezone.localdate()
    for s in statutory:
        s.left = s.days_left(today)
    from oversight.organisations.models import Organisation

    from .forms import StatutoryRequirementForm
    from .models import StatutoryResponse

    pcc_offices = [m.organisation for m in access.memberships(request.user)
                   if m.organisation.kind == Organisation.Kind.PCC_OFFICE
                   and access.can(request.user, "write_statutory", StatutoryResponse(organisation=m.organisation))]
    return render(request, "reports/report_detail.html", {
        "report": report,
        "findings": findings,
        "totals": services.finding_totals(report, visible_responses),
        "involvements": involvements,
        "statutory": statutory,
        "today": today,
        "statutory_override_form": StatutoryRequirementForm() if pcc_offices else None,
    })


@login_required
def finding_detail(request, pk):
    finding = get_object_or_404(
        access.visible(Finding.objects.select_related("report", "parent"), request.user), pk=pk
    )
    responses = access.visible(finding.responses.select_related("organisation", "owner", "portfolio"), request.user)
    return render(request, "reports/finding_detail.html", {
        "finding": finding,
        "children": list(finding.children.filter(archived_at__isnull=True)),
        "responses": responses,
    })
