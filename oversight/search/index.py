"""What search sees of each finding, response, update, report and evidence, and keeping it current.

Documents are rebuilt from the register on every save (search.signals) and in bulk by
`rebuild()`; the database mirrors them into its full-text index (migration 0002).
"""

from collections import defaultdict

from django.db import transaction

from oversight.core import inserts
from oversight.reports.models import Finding, Report, ReportInvolvement
from oversight.responses.models import Evidence, Response, Update

from .models import SearchDocument

Kind = SearchDocument.Kind


def org_token(organisation_id):
    return f"o{organisation_id}"


def _scope(org_ids):
    return " ".join(sorted(org_token(i) for i in org_ids))


def finding_scopes(finding_ids):
    """Organisations that see each finding: those responding to it or involved in its report."""
    orgs = defaultdict(set)
    for finding_id, org_id in Response.objects.filter(finding_id__in=finding_ids).values_list(
        "finding_id", "organisation_id"
    ):
        orgs[finding_id].add(org_id)
    for finding_id, org_id in ReportInvolvement.objects.filter(report__findings__id__in=finding_ids).values_list(
        "report__findings__id", "organisation_id"
    ):
        orgs[finding_id].add(org_id)
    return orgs


def report_scopes(report_ids):
    """Organisations that see each report: those involved in it or responding to its findings."""
    orgs = defaultdict(set)
    for report_id, org_id in ReportInvolvement.objects.filter(report_id__in=report_ids).values_list(
        "report_id", "organisation_id"
    ):
        orgs[report_id].add(org_id)
    for report_id, org_id in Response.objects.filter(finding__report_id__in=report_ids).values_list(
        "finding__report_id", "organisation_id"
    ):
        orgs[report_id].add(org_id)
    return {report_id: _scope(orgs[report_id]) for report_id in report_ids}


def finding_document(finding, scope):
    return SearchDocument(
        kind=Kind.FINDING, object_id=finding.pk, finding_id=finding.pk, report_id=finding.report_id,
        title=finding.theme, body=finding.text, scope=scope,
    )


def report_document(report, scope):
    return SearchDocument(
        kind=Kind.REPORT, object_id=report.pk, report_id=report.pk, title=report.title,
        body=report.summary, scope=scope, dated=report.published_on,
    )


def response_document(response, finding_report_id):
    return SearchDocument(
        kind=Kind.RESPONSE, object_id=response.pk, organisation_id=response.organisation_id,
        response_id=response.pk, finding_id=response.finding_id, report_id=finding_report_id,
        title="", body=response.narrative, scope=org_token(response.organisation_id),
    )


def update_document(update, response):
    return SearchDocument(
        kind=Kind.UPDATE, object_id=update.pk, organisation_id=response.organisation_id,
        response_id=response.pk, finding_id=response.finding_id, title="", body=update.text,
        scope=org_token(response.organisation_id), dated=update.written_on,
    )


def evidence_document(evidence, response):
    return SearchDocument(
        kind=Kind.EVIDENCE, object_id=evidence.pk, organisation_id=response.organisation_id,
        response_id=response.pk, finding_id=response.finding_id, title="", body=evidence.description,
        scope=org_token(response.organisation_id),
    )


def _replace(document):
    SearchDocument.objects.filter(kind=document.kind, object_id=document.object_id).delete()
    if document.body or document.title:
        document.save()


def remove(kind, object_id):
    SearchDocument.objects.filter(kind=kind, object_id=object_id).delete()


@transaction.atomic
def index_finding(finding):
    if finding.archived_at:
        return remove(Kind.FINDING, finding.pk)
    _replace(finding_document(finding, _scope(finding_scopes([finding.pk])[finding.pk])))


@transaction.atomic
def index_report(report):
    if report.archived_at:
        return remove(Kind.REPORT, report.pk)
    _replace(report_document(report, report_scopes([report.pk])[report.pk]))


@transaction.atomic
def refresh_scopes(report_id):
    """Recompute who sees a report and its findings after a response or involvement changes."""
    SearchDocument.objects.filter(kind=Kind.REPORT, object_id=report_id).update(
        scope=report_scopes([report_id])[report_id]
    )
    finding_ids = list(Finding.objects.filter(report_id=report_id).values_list("id", flat=True))
    scopes = finding_scopes(finding_ids)
    by_scope = defaultdict(list)  # one UPDATE per distinct scope, not per finding
    for finding_id in finding_ids:
        by_scope[_scope(scopes[finding_id])].append(finding_id)
    for scope, ids in by_scope.items():
        SearchDocument.objects.filter(kind=Kind.FINDING, object_id__in=ids).update(scope=scope)


@transaction.atomic
def refresh_finding_scope(finding_id, report_id):
    """After a response is added or removed: who sees that finding and its report (not its siblings)."""
    SearchDocument.objects.filter(kind=Kind.FINDING, object_id=finding_id).update(
        scope=_scope(finding_scopes([finding_id])[finding_id])
    )
    SearchDocument.objects.filter(kind=Kind.REPORT, object_id=report_id).update(
        scope=report_scopes([report_id])[report_id]
    )


@transaction.atomic
def index_response(response):
    if response.archived_at:
        remove(Kind.RESPONSE, response.pk)
    else:
        report_id = Finding.objects.values_list("report_id", flat=True).get(pk=response.finding_id)
        _replace(response_document(response, report_id))


@transaction.atomic
def index_update(update):
    _replace(update_document(update, update.response))


@transaction.atomic
def index_evidence(evidence):
    if evidence.archived_at:
        return remove(Kind.EVIDENCE, evidence.pk)
    _replace(evidence_document(evidence, evidence.response))


def _documents():
    findings = Finding.objects.filter(archived_at__isnull=True).only("id", "report_id", "theme", "text")
    reports = Report.objects.filter(archived_at__isnull=True).only("id", "title", "summary", "published_on")
    finding_orgs = defaultdict(set)
    for finding_id, org_id in Response.objects.values_list("finding_id", "organisation_id").iterator():
        finding_orgs[finding_id].add(org_id)
    for finding_id, org_id in ReportInvolvement.objects.values_list("report__findings__id", "organisation_id"):
        if finding_id:
            finding_orgs[finding_id].add(org_id)
    report_orgs = defaultdict(set)
    for finding in findings.iterator():
        report_orgs[finding.report_id] |= finding_orgs[finding.pk]
        yield finding_document(finding, _scope(finding_orgs[finding.pk]))
    for report_id, org_id in ReportInvolvement.objects.values_list("report_id", "organisation_id"):
        report_orgs[report_id].add(org_id)
    for report in reports.iterator():
        yield report_document(report, _scope(report_orgs[report.pk]))
    responses = Response.objects.filter(archived_at__isnull=True).exclude(narrative="")
    for response in responses.only("id", "organisation_id", "finding_id", "narrative", "finding__report_id").select_related(
        "finding"
    ).iterator(chunk_size=5000):
        yield response_document(response, response.finding.report_id)
    for update in Update.objects.select_related("response").only(
        "id", "text", "written_on", "response__id", "response__organisation_id", "response__finding_id"
    ).iterator(chunk_size=5000):
        yield update_document(update, update.response)
    for evidence in Evidence.objects.filter(archived_at__isnull=True).select_related("response").only(
        "id", "description", "response__id", "response__organisation_id", "response__finding_id"
    ).iterator(chunk_size=5000):
        yield evidence_document(evidence, evidence.response)


@transaction.atomic
def rebuild(batch_size=5000):
    """Rebuild every search document from the register (after bulk loads that bypass signals)."""
    SearchDocument.objects.all().delete()
    batch, total = [], 0
    for document in _documents():
        if not (document.body or document.title):
            continue
        batch.append(document)
        if len(batch) >= batch_size:
            SearchDocument.objects.bulk_create(batch)
            total += len(batch)
            batch = []
    SearchDocument.objects.bulk_create(batch)
    return total + len(batch)


@transaction.atomic
def index_findings(finding_ids):
    """index_finding for many findings at once (rows written in bulk send no signals): their documents
    rebuilt with who sees them, and their reports' scopes brought up to date; a few statements in all."""
    from oversight.core import batch

    finding_ids = list(finding_ids)
    if not finding_ids or batch.defer("findings", finding_ids):  # indexed once, at the batch's end
        return
    findings = list(Finding.objects.filter(pk__in=finding_ids, archived_at__isnull=True).only(
        "id", "report_id", "theme", "text"))
    scopes = finding_scopes(finding_ids)
    SearchDocument.objects.filter(kind=Kind.FINDING, object_id__in=finding_ids).delete()
    inserts.insert(SearchDocument, [finding_document(f, _scope(scopes[f.pk])) for f in findings
                                    if f.text or f.theme])
    report_ids = {f.report_id for f in findings}
    for report_id, scope in report_scopes(report_ids).items():
        SearchDocument.objects.filter(kind=Kind.REPORT, object_id=report_id).update(scope=scope)


def add_documents(documents):
    """New documents of rows written in bulk (updates of an import), now or at the batch's end (core.batch)."""
    from oversight.core import batch

    if not batch.defer("documents", documents):
        inserts.insert(SearchDocument, [d for d in documents if d.body or d.title])
