"""Search and similar-findings pages: access → form → service → render. No rules here."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.views.decorators.http import require_POST

from oversight.accounts import access
from oversight.core.exceptions import InvalidInput, NotAllowed
from oversight.organisations.models import Organisation
from oversight.reports import services as report_services
from oversight.reports.models import Finding, Report
from oversight.responses.models import Response

from . import backends, services, similarity
from .forms import LinkForm, SearchForm
from .highlight import marked

PAGE_SIZE = 20
MOST_COUNTED = 1000  # beyond this a search says "more than 1,000": counting every match of a common word is slow


class CappedPaginator(Paginator):
    """Counts matches only up to MOST_COUNTED, so a broad search stays fast; later pages need a narrower search."""

    @property
    def count(self):
        if not hasattr(self, "_capped_count"):
            self._capped_count = self.object_list.count(at_most=MOST_COUNTED + 1)
        return min(self._capped_count, MOST_COUNTED)

    @property
    def more(self):
        return self.count and self._capped_count > MOST_COUNTED


def _url(name, pk, anchor=""):
    try:
        return reverse(name, args=[pk]) + anchor
    except NoReverseMatch:  # the page is not built yet on this deployment
        return ""


def _results(page):
    """Each hit with its label, link and highlighted text; three queries whatever the page holds."""
    hits = list(page.object_list)
    findings = Finding.objects.select_related("report").in_bulk({h.finding_id for h in hits if h.finding_id})
    reports = Report.objects.in_bulk({h.report_id for h in hits if h.report_id and not h.finding_id})
    responses = Response.objects.select_related("organisation").in_bulk({h.response_id for h in hits if h.response_id})
    results = []
    for hit in hits:
        finding = findings.get(hit.finding_id)
        response = responses.get(hit.response_id)
        report = finding.report if finding else reports.get(hit.report_id)
        if response:
            url = _url("responses:detail", response.pk, "" if hit.kind == "response" else f"#{hit.kind}-{hit.object_id}")
        elif finding:
            url = _url("reports:finding", finding.pk)
        else:
            url = _url("reports:detail", report.pk)
        results.append({
            "hit": hit,
            "kind": hit.get_kind_display().rstrip("s") if hit.kind != "evidence" else "Evidence",
            "finding": finding, "report": report, "response": response, "url": url,
            "title": marked(hit.title_marked), "snippet": marked(hit.snippet),
        })
    return results


@login_required
def search_page(request):
    """Search across findings, responses, updates, reports and evidence; filters stay in the URL."""
    organisations = access.visible(Organisation.objects.all(), request.user)
    form = SearchForm(request.GET or None, organisations=organisations)
    context = {"form": form, "results": [], "page": None, "total": 0}
    status = 200
    if form.is_bound and form.is_valid() and form.cleaned_data["q"].strip():
        data = form.cleaned_data
        hits = backends.search(data["q"], user=request.user, kinds=data["kind"], organisation_id=data["organisation"])
        paginator = CappedPaginator(hits, PAGE_SIZE)
        page = paginator.get_page(request.GET.get("page"))
        query = request.GET.copy()
        query.pop("page", None)
        context.update(page=page, results=_results(page), total=paginator.count, more=paginator.more, query=query.urlencode())
    elif form.is_bound and not form.is_valid():
        status = 400
    return render(request, "search/search.html", context, status=status)


def _similar_context(finding, user, form=None):
    outgoing, incoming = services.links_of(finding, user)
    return {
        "finding": finding,
        "similar": similarity.similar_findings(finding, user),
        "links_out": outgoing,
        "links_in": incoming,
        "can_link": access.can(user, "manage_register"),
        "relations": LinkForm.base_fields["relation"].choices,
        "form": form,
    }


def _visible_finding(request, pk):
    return get_object_or_404(access.visible(Finding.objects.select_related("report"), request.user), pk=pk)


@login_required
def similar_findings(request, pk):
    """The most similar findings of other reports, with scores, and the links already made."""
    finding = _visible_finding(request, pk)
    template = "search/_similar_findings.html" if request.htmx else "search/similar_page.html"
    return render(request, template, _similar_context(finding, request.user))


@login_required
@require_POST
def link_finding(request, pk):
    """A liaison officer links this finding to another: related to, supersedes or duplicates."""
    finding = _visible_finding(request, pk)
    form = LinkForm(request.POST)
    if form.is_valid():
        target = Finding.objects.filter(pk=form.cleaned_data["target"]).first()
        try:
            report_services.link_findings(finding, target, form.cleaned_data["relation"], by=request.user)
        except NotAllowed as refused:
            return render(request, "search/similar_page.html",
                          _similar_context(finding, request.user, _with_error(form, refused)), status=403)
        except InvalidInput as problem:
            form.add_error(None, str(problem))
        else:
            messages.success(request, "Findings linked.")
            return redirect("search:similar", pk=finding.pk)
    return render(request, "search/similar_page.html", _similar_context(finding, request.user, form), status=422)


def _with_error(form, problem):
    form.add_error(None, str(problem))
    return form
