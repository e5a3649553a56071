"""Every named URL of the app × every persona → the status code the roles of DESIGN.md §1 allow.

URLs are read from the resolver, so a new page is in the matrix the moment it is routed: it
gets the baseline checks (sign-in required, never a server error, another organisation's ids
are not found) and fails loudly if it takes a URL argument the scene below cannot supply.
Pages with a rule of their own are listed in RULES with the code each persona must get.
"""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

PERSONAS = ["anonymous", "liaison_officer", "portfolio_lead", "action_owner", "reviewer", "committee_member",
            "admin_user", "other_org_liaison"]
SIGNED_IN = PERSONAS[1:]

# Django's own admin has its own staff check; DRF's format-suffix twins repeat their page.
SKIP_NAMESPACES = ("admin",)
PUBLIC = {"accounts:login", "healthz", "readyz", "accounts:set_password", "accounts:password_set",
          "identity:oidc_start", "identity:oidc_callback"}
# Pages whose argument is a one-time token, not a record of an organisation.
TOKEN_URLS = {"accounts:set_password"}


def _walk(patterns, ns=None):
    for p in patterns:
        if isinstance(p, URLResolver):
            inner = f"{ns}:{p.namespace}" if ns and p.namespace else (p.namespace or ns)
            yield from _walk(p.url_patterns, inner)
        elif isinstance(p, URLPattern) and p.name:
            if "format" in p.pattern.converters:
                continue
            yield (f"{ns}:{p.name}" if ns else p.name), dict(p.pattern.converters)


def named_urls():
    seen = {}
    for name, kwargs in _walk(get_resolver().url_patterns):
        if name.split(":")[0] not in SKIP_NAMESPACES:
            seen.setdefault(name, kwargs)
    return sorted(seen.items())


URLS = named_urls()

# Sample kwargs for each URL argument: ours (the force's) and theirs (another force's).
# Keyed by URL name first, then by namespace and argument name.
SAMPLE = {
    ("responses", "pk"): ("r1", "theirs"),
    ("responses", "update_pk"): ("r1_update", "theirs_update"),
    ("responses", "evidence_pk"): ("r1_evidence", "theirs_evidence"),
    ("responses", "action_pk"): ("r1_action", "theirs_action"),
    ("responses", "view_pk"): ("my_view", "their_view"),
    ("reports", "pk"): ("report", "their_report"),
    ("reports:finding", "pk"): ("rec1", "their_finding"),
    ("search", "pk"): ("rec1", "their_finding"),
    ("papers", "pk"): ("meeting", "their_meeting"),
    ("extraction", "pk"): ("upload", "their_upload"),
    ("ops", "pk"): ("job", "their_job"),
    ("extraction", "finding_id"): ("upload_finding", "upload_finding"),
    ("reports", "sr"): ("statutory", "their_statutory"),
    ("gradings", "pk"): ("phase", "their_phase"),
    ("activities", "pk"): ("activity", "their_activity"),
    ("organisations", "pk"): ("portfolio", "their_portfolio"),
    ("interop:export_status", "pk"): ("export_run", "their_export_run"),
    ("interop:export_download", "pk"): ("export_run", "their_export_run"),
    ("interop:export_findings", "pk"): ("report", "their_report"),
    ("interop", "pk"): ("import_run", "their_import_run"),
    # The API's routes (DRF router names, no namespace): the same records, through the API's own views.
    **{(name, "pk"): ("r1", "theirs") for name in ("response-detail", "response-archive", "response-transition")},
    ("action-detail", "pk"): ("r1_action", "theirs_action"),
    ("evidence-detail", "pk"): ("r1_evidence", "theirs_evidence"),
    ("evidence-download", "pk"): ("r1_evidence", "theirs_evidence"),
    ("update-detail", "pk"): ("r1_update", "theirs_update"),
    ("finding-detail", "pk"): ("rec1", "their_finding"),
    ("report-detail", "pk"): ("report", "their_report"),
    ("inspectionactivity-detail", "pk"): ("activity", "their_activity"),
    ("monitoringphase-detail", "pk"): ("phase", "their_phase"),
    ("grading-detail", "pk"): ("grading", "their_grading"),
    ("closuresubmission-detail", "pk"): ("r1_submission", "theirs_submission"),
    ("organisation-detail", "pk"): ("our_organisation", "their_organisation"),
}
# The ICS feed's token and the invitation's token are secrets, not ids: the matrix checks that an
# unknown one is not found by anyone (activities/tests/test_calendar.py checks a real one reads only
# what its person may see).
FIXED = {"action": "mark_not_applicable", "fmt": "docx", "step": "request_approval", "token": "no-such-token",
         "kind": "portfolios", "uidb64": "MQ", "part": "purpose"}


MISSING_ID = 987654321


def kwargs_for(name, args, scene, side):
    """Sample kwargs from the scene. An argument with no sample yet gets an id that exists nowhere,
    so a new page is still checked (sign-in required, unknown ids not found, no server error)
    until someone adds its samples here; a warning names it."""
    namespace = name.split(":")[0]
    out = {}
    for arg, converter in args.items():
        if arg in FIXED:
            out[arg] = FIXED[arg]
            continue
        key = SAMPLE.get((name, arg)) or SAMPLE.get((namespace, arg))
        if key is None:
            import warnings

            warnings.warn(f"{name} takes <{arg}>: add sample values for it to SAMPLE in tests/test_access_matrix.py",
                          stacklevel=2)
            out[arg] = MISSING_ID if converter.regex == "[0-9]+" else "missing"
            continue
        value = scene[key[0 if side == "ours" else 1]]
        out[arg] = getattr(value, "pk", value)
    return out


def has_samples(name, args):
    namespace = name.split(":")[0]
    return all(a in FIXED or (name, a) in SAMPLE or (namespace, a) in SAMPLE for a in args)


# The rules. Each entry: method, POST data, and the code per persona (default for the rest).
READERS = {p: 200 for p in SIGNED_IN}
EDITORS = {"liaison_officer", "portfolio_lead", "action_owner", "admin_user"}
PCC_OFFICE = {"reviewer", "committee_member"}
MANAGERS = {"liaison_officer", "admin_user", "other_org_liaison"}
PCC_WRITE_CODES = {p: 403 if p in PCC_OFFICE else 404 for p in SIGNED_IN}
RULES = {
    "accounts:login": {"codes": {p: 200 for p in PERSONAS}},
    "accounts:logout": {"method": "post", "codes": {p: 302 for p in PERSONAS}},
    "healthz": {"codes": {p: 200 for p in PERSONAS}},
    "readyz": {"codes": {p: 200 for p in PERSONAS}},
    # Adding people (issue 10): liaison officers and administrators; the invitation's set-password page is
    # open to anyone holding a link (an invalid token shows "this link has expired").
    "accounts:people": {"codes": {p: 200 if p in {"liaison_officer", "admin_user", "other_org_liaison"} else 403
                                  for p in SIGNED_IN}},
    "accounts:add_person": {"codes": {p: 200 if p in {"liaison_officer", "admin_user", "other_org_liaison"} else 403
                                      for p in SIGNED_IN}},
    "accounts:set_password": {"codes": {p: 200 for p in PERSONAS}},
    "accounts:password_set": {"codes": {p: 200 for p in PERSONAS}},
    # Sign-in with the force's identity provider: not found while OIDC is off (the default); the
    # second factor's pages are each person's own (verify sends on when no code is awaited).
    "identity:oidc_start": {"codes": {p: 404 for p in PERSONAS}},
    "identity:oidc_callback": {"codes": {p: 404 for p in PERSONAS}},
    "identity:enrol": {"codes": {p: 200 for p in SIGNED_IN}},
    "identity:verify": {"codes": {p: 302 for p in SIGNED_IN}},
    "identity:recovery_codes": {"codes": {p: 200 for p in SIGNED_IN}},
    # A prepared export is its asker's alone (PERSONAL_PATHS); it is still being prepared here.
    "interop:export_status": {"codes": {p: 200 if p == "liaison_officer" else 404 for p in SIGNED_IN}},
    "interop:export_download": {"codes": {p: 302 if p == "liaison_officer" else 404 for p in SIGNED_IN}},
    # A register upload: its organisation's liaison officers and administrators take it through; others
    # of the force are refused; another force's is not found. (Here the upload is not yet mapped.)
    **{f"interop:{name}": {"method": method, "codes": {
        p: ok if p in {"liaison_officer", "admin_user"} else 404 if p == "other_org_liaison" else 403
        for p in SIGNED_IN}}
       for name, method, ok in (("mapping", "get", 200), ("preview", "get", 302), ("commit", "post", 302),
                                ("stop", "post", 302), ("choices", "post", 302), ("refused", "get", 400))},
    "ops:job": {"codes": {p: 200 if p == "liaison_officer" else 404 for p in SIGNED_IN}},
    "responses:register": {"codes": READERS},
    "responses:detail": {"codes": {**READERS, "other_org_liaison": 404}},
    "responses:edit": {"codes": {p: 200 if p in EDITORS else 403 for p in SIGNED_IN} | {"other_org_liaison": 404}},
    "responses:edit_update": {
        "codes": {p: 200 if p in EDITORS else 403 for p in SIGNED_IN} | {"other_org_liaison": 404}},
    "responses:add_update": {
        "method": "post", "data": {"text": "Training delivered", "rag": "green", "written_on": "2024-01-15"},
        "codes": {p: 302 if p in EDITORS else 403 for p in SIGNED_IN} | {"other_org_liaison": 404}},
    # r2 has no portfolio and no owner, so only the liaison officer (and administrator) may act on it.
    "responses:transition": {
        "method": "post", "ours": "r2", "data": {"mark_not_applicable-reason": "Not a force matter"},
        "codes": {p: 302 if p in {"liaison_officer", "admin_user"} else 403 for p in SIGNED_IN}
        | {"other_org_liaison": 404}},
    # Archiving takes a response off the register: the liaison officer's (and administrator's) decision.
    "responses:archive": {"codes": {p: 200 if p in {"liaison_officer", "admin_user"} else 403 for p in SIGNED_IN}
                          | {"other_org_liaison": 404}},
    # Evidence and the action plan (issue 10): everyone who reads the response downloads its files;
    # the owner, the portfolio lead and the liaison officer change them.
    # Bulk work: anyone who may write is let in; each row is then checked (refused rows are listed, 422).
    # Here: every visible row. The liaison officer changes them all; a lead or owner only r1, so r2 is refused.
    "responses:bulk": {"method": "post", "data": {"bulk-all": "on", "bulk-query": "", "bulk-target_on": "2030-01-01"},
                       "codes": {p: 302 if p in {"liaison_officer", "admin_user", "other_org_liaison"} else 422
                                 for p in SIGNED_IN}},
    # Saved register views are each person's own: only the liaison officer's view is theirs to forget.
    "responses:save_view": {"method": "post", "data": {"name": "Red", "query": "rag=red"},
                            "codes": {p: 302 for p in SIGNED_IN}},
    "responses:forget_view": {"method": "post", "codes": {p: 302 if p == "liaison_officer" else 404
                                                          for p in SIGNED_IN}},
    "responses:download_evidence": {"codes": {**READERS, "other_org_liaison": 404}},
    "responses:add_evidence": {
        "method": "post", "data": {"evidence-description": "Audit", "evidence-url": "https://example.org/a"},
        "codes": {p: 302 if p in EDITORS else 403 for p in SIGNED_IN} | {"other_org_liaison": 404}},
    "responses:archive_evidence": {
        "codes": {p: 200 if p in EDITORS else 403 for p in SIGNED_IN} | {"other_org_liaison": 404}},
    "responses:add_action": {
        "method": "post", "data": {"action-description": "Train supervisors"},
        "codes": {p: 302 if p in EDITORS else 403 for p in SIGNED_IN} | {"other_org_liaison": 404}},
    "responses:edit_action": {
        "codes": {p: 200 if p in EDITORS else 403 for p in SIGNED_IN} | {"other_org_liaison": 404}},
    "responses:complete_action": {
        "method": "post", "codes": {p: 302 if p in EDITORS else 403 for p in SIGNED_IN} | {"other_org_liaison": 404}},
    "responses:move_action": {
        "method": "post", "data": {"direction": "down"},
        "codes": {p: 302 if p in EDITORS else 403 for p in SIGNED_IN} | {"other_org_liaison": 404}},
    # How the force took part (issue 10's task list, issue 13's clock): the liaison officer records it.
    "reports:involvement": {"codes": {p: 200 if p in {"liaison_officer", "admin_user", "other_org_liaison"} else 403
                                      for p in SIGNED_IN}},
    "reports:list": {"codes": READERS},
    "reports:detail": {"codes": READERS},  # the scene's report has a response of both forces
    "reports:finding": {"codes": READERS},
    "audit:log": {"codes": {p: 200 if p in {"liaison_officer", "reviewer", "admin_user", "other_org_liaison"}
                            else 403 for p in SIGNED_IN}},
    "audit:export": {"codes": {p: 200 if p in {"liaison_officer", "reviewer", "admin_user", "other_org_liaison"}
                               else 403 for p in SIGNED_IN}},
    "notifications:my_work": {"codes": READERS},
    # Each person's own notifications (issue 10): the list is theirs alone, so every signed-in person reads it.
    "notifications:list": {"codes": READERS},
    "notifications:mark_read": {"method": "post", "codes": {p: 302 for p in SIGNED_IN}},
    "api-root": {"codes": READERS | {"anonymous": 401}},
    # Reading a report into the register is the liaison officer's job (issue 4); a review in
    # progress is not found by anyone else, in the organisation or not.
    "extraction:upload": {"codes": {p: 200 if p in {"liaison_officer", "admin_user", "other_org_liaison"} else 403
                                    for p in SIGNED_IN}},
    # The PCC's statutory comments (issue 13) belong to the PCC office: its people read them, its
    # liaison officers, reviewers and administrators write them; the force does not find them.
    **{name: {"codes": {p: 200 if p in PCC_OFFICE else 404 for p in SIGNED_IN}}
       for name in ("reports:statutory", "reports:statutory_page", "reports:statutory_pdf")},
    "reports:statutory_edit": {"codes": PCC_WRITE_CODES | {"reviewer": 200}},
    "reports:statutory_step": {"method": "post", "data": {"version": 1},  # no comments yet: refused, 422
                               "codes": PCC_WRITE_CODES | {"reviewer": 422}},
    "reports:statutory_publish": {"method": "post", "data": {"version": 1},
                                  "codes": PCC_WRITE_CODES | {"reviewer": 422}},
    "reports:statutory_requirement": {"method": "post", "data": {"required": "no", "reason": "Joint reply"},
                                      "codes": {p: 302 if p == "reviewer" else 403 for p in SIGNED_IN}},
    # Gradings and monitoring phases are recorded by the liaison officer of the organisation (issue 13).
    **{name: {"codes": {p: 200 if p in MANAGERS else 403 for p in SIGNED_IN}}
       for name in ("gradings:add", "gradings:phase_change")},
    "gradings:phase_letter": {"codes": {**READERS, "other_org_liaison": 404}},
    # The inspection calendar (issue 13): everyone reads and subscribes; liaison officers keep it.
    "activities:add": {"codes": {p: 200 if p in MANAGERS else 403 for p in SIGNED_IN}},
    "activities:edit": {"codes": {p: 200 if p in MANAGERS else 403 for p in SIGNED_IN} | {"other_org_liaison": 404}},
    "activities:feed_settings": {"codes": READERS},
    "activities:feed_reset": {"method": "post", "codes": {p: 302 for p in SIGNED_IN}},
    "activities:feed": {"codes": {p: 404 for p in PERSONAS}},
    # Reference lists (issue 13): everyone reads their organisation's; administrators keep them.
    "organisations:index": {"codes": READERS},
    "organisations:list": {"codes": READERS},
    "organisations:add": {"codes": {p: 200 if p == "admin_user" else 403 for p in SIGNED_IN}},
    "organisations:edit": {"codes": {p: 200 if p == "admin_user" else 403 for p in SIGNED_IN}
                           | {"other_org_liaison": 404}},
    "organisations:archive": {"method": "post", "data": {"reason": "Merged"},
                              "codes": {p: 302 if p == "admin_user" else 403 for p in SIGNED_IN}
                              | {"other_org_liaison": 404}},
    # Restoring an entry that is not archived finds nothing to restore.
    "organisations:restore": {"method": "post", "codes": {p: 404 if p == "admin_user" else 403 for p in SIGNED_IN}
                              | {"other_org_liaison": 404}},
    # Correcting an issued paper is for those who write papers; the scene's paper is a draft, so a
    # writer is sent back with the refusal (a message), nobody else gets that far.
    "papers:correct": {"method": "post", "data": {"note": "A correction"},
                       "codes": {p: 302 if p in {"liaison_officer", "admin_user"} else 403 for p in SIGNED_IN}
                       | {"other_org_liaison": 404}},
    # A part of a draft paper, edited in place: for those who write papers only.
    "papers:part": {"codes": {p: 200 if p in {"liaison_officer", "admin_user"} else 403 for p in SIGNED_IN}
                    | {"other_org_liaison": 404}},
    "extraction:review": {"codes": {p: 200 if p in {"liaison_officer", "admin_user"} else 404 for p in SIGNED_IN}},
}


@pytest.fixture
def matrix_scene(scene, action_owner, other_force, liaison_officer, other_org_liaison, pcc_office):
    from oversight.reports.tests.factories import FindingFactory, ReportFactory, ReportInvolvementFactory
    from oversight.responses.tests.factories import ResponseFactory, UpdateFactory

    scene["r1"].owner = action_owner
    scene["r1"].save()
    scene["r1_update"] = UpdateFactory(response=scene["r1"], by=action_owner)
    scene["theirs_update"] = UpdateFactory(response=scene["theirs"], by=other_org_liaison)
    import datetime

    from django.core.files.base import ContentFile

    from oversight.organisations.tests.factories import ClosureLevelFactory
    from oversight.responses.models import Action, ClosureSubmission, Evidence

    for key, response, by in (("r1", scene["r1"], action_owner), ("theirs", scene["theirs"], other_org_liaison)):
        evidence = Evidence(response=response, description="Audit", added_by=by, file_name="audit.pdf")
        evidence.file.save("audit.pdf", ContentFile(b"%PDF-1.7\n"), save=False)
        evidence.save()
        scene[f"{key}_evidence"] = evidence
        scene[f"{key}_action"] = Action.objects.create(response=response, description="Train", position=1)
        scene[f"{key}_submission"] = ClosureSubmission.objects.create(
            response=response, submitted_on=datetime.date(2024, 2, 1), by=by,
            level=ClosureLevelFactory(organisation=response.organisation))
    from oversight.responses.models import SavedView

    scene["my_view"] = SavedView.objects.create(user=liaison_officer, name="Red", query="rag=red")
    scene["their_view"] = SavedView.objects.create(user=other_org_liaison, name="Red", query="rag=red")
    their_report = ReportFactory(title="West Mercia only")
    ReportInvolvementFactory(report=their_report, organisation=other_force)
    scene["their_report"] = their_report
    scene["their_finding"] = FindingFactory(report=their_report)
    ResponseFactory(finding=scene["their_finding"], organisation=other_force)
    scene.update(_uploads(scene, liaison_officer, other_org_liaison, other_force))
    scene.update(_statutory(scene, other_force))
    return scene


def _statutory(scene, other_force):
    """The PCC's statutory comments on each force's report (issue 13)."""
    from oversight.organisations.models import Organisation
    from oversight.organisations.tests.factories import OrganisationFactory
    from oversight.reports.services import ensure_statutory_response

    ours = scene["report"].involvements.get().organisation
    (statutory,) = ensure_statutory_response(scene["report"], ours)
    their_office = OrganisationFactory(name="West Mercia PCC", short_name="WMerPCC", kind=Organisation.Kind.PCC_OFFICE)
    their_office.oversees.add(other_force)
    scene["their_report"].kind = "peel"
    scene["their_report"].save()
    (theirs,) = ensure_statutory_response(scene["their_report"], other_force)
    from oversight.organisations.tests.factories import PortfolioFactory

    return {"statutory": statutory, "their_statutory": theirs, **_phases(ours, other_force),
            "portfolio": scene["r1"].portfolio, "their_portfolio": PortfolioFactory(organisation=other_force)}


def _phases(ours, other_force):
    """A monitoring phase change of each force, with its notification letter (issue 13)."""
    import datetime

    from django.core.files.base import ContentFile

    from oversight.activities.models import InspectionActivity
    from oversight.gradings.models import MonitoringPhase

    made = {}
    for key, organisation in (("activity", ours), ("their_activity", other_force)):
        made[key] = InspectionActivity.objects.create(organisation=organisation, inspection="PEEL 2025",
                                                      kind="fieldwork", starts_on=datetime.date(2025, 5, 1))
    from oversight.gradings.models import Grading

    for key, organisation in (("grading", ours), ("their_grading", other_force)):
        made[key] = Grading.objects.create(organisation=organisation, framework="peel_2023_25", area="Investigating crime",
                                           grade="good", published_on=datetime.date(2024, 1, 10))
    made.update(our_organisation=ours, their_organisation=other_force)
    for key, organisation in (("phase", ours), ("their_phase", other_force)):
        phase = MonitoringPhase(organisation=organisation, phase="engage", started_on=datetime.date(2023, 3, 1))
        phase.letter.save("letter.pdf", ContentFile(b"%PDF-1.4 letter"), save=False)
        phase.save()
        made[key] = phase
    return made


def _uploads(scene, liaison_officer, other_org_liaison, other_force):
    """Reports being read into the register (issue 4), one per force, each proposing one finding."""
    from oversight.extraction.models import ReportUpload

    proposal = [{"id": "f1", "kind": "recommendation", "ref": "1", "text": "Chief constables should act.",
                 "addressees": [], "due_text": "", "due_on": None, "parent": None, "page": 1, "theme": ""}]
    common = {"content_hash": "0" * 64, "format": "txt", "title": "A thematic report", "findings": proposal}
    return {
        "upload": ReportUpload.objects.create(organisation=scene["report"].involvements.get().organisation,
                                              uploaded_by=liaison_officer, source_name="ours.txt", **common),
        "their_upload": ReportUpload.objects.create(organisation=other_force, uploaded_by=other_org_liaison,
                                                    source_name="theirs.txt", **common),
        "upload_finding": "f1",
        **_meetings(scene, other_force),
        **_jobs(scene, liaison_officer, other_org_liaison, other_force),
    }


def _jobs(scene, liaison_officer, other_org_liaison, other_force):
    """Work a person waits on (a report being read on a worker): only the person who asked sees it."""
    from oversight.ops.models import Job

    ours = scene["report"].involvements.get().organisation
    return {"job": Job.objects.create(kind="extraction", organisation=ours, requested_by=liaison_officer),
            "their_job": Job.objects.create(kind="extraction", organisation=other_force,
                                            requested_by=other_org_liaison),
            **_register_files(ours, liaison_officer, other_org_liaison, other_force)}


def _register_files(ours, liaison_officer, other_org_liaison, other_force):
    """A register upload and a prepared export per force (issue 14): an export is its asker's alone."""
    from django.core.files.base import ContentFile

    from oversight.interop.models import ExportRun, ImportRun

    made = {}
    for key, organisation, person in (("import_run", ours, liaison_officer),
                                      ("their_import_run", other_force, other_org_liaison)):
        run = ImportRun(organisation=organisation, uploaded_by=person, original_name="register.csv", format="csv")
        run.file.save("register.csv", ContentFile(b"Ref,Recommendation\n1,The force should act.\n"), save=False)
        run.save()
        made[key] = run
        made[key.replace("import", "export")] = ExportRun.objects.create(requested_by=person, fmt="csv")
    return made


def _meetings(scene, other_force):
    """A committee meeting per force, for the papers pages (issue 5)."""
    import datetime

    from oversight.papers.models import Committee, Meeting

    ours = Committee.objects.create(organisation=scene["report"].involvements.get().organisation,
                                    name="Joint Audit Committee")
    theirs = Committee.objects.create(organisation=other_force, name="West Mercia Joint Audit Committee")
    return {"meeting": Meeting.objects.create(committee=ours, held_on=datetime.date(2024, 3, 20)),
            "their_meeting": Meeting.objects.create(committee=theirs, held_on=datetime.date(2024, 3, 21))}


def _request(client, request, persona, name, args, scene, side="ours"):
    rule = RULES.get(name, {})
    if persona != "anonymous":
        client.force_login(request.getfixturevalue(persona))
    kwargs = kwargs_for(name, args, scene, side)
    if side == "ours" and rule.get("ours"):
        kwargs = {**kwargs, "pk": scene[rule["ours"]].pk}
    url = reverse(name, kwargs=kwargs)
    if rule.get("method") == "post":
        return client.post(url, rule.get("data", {}))
    reply = client.get(url)
    if not rule and reply.status_code == 405 and "POST" in reply.get("Allow", ""):
        # A POST-only page without a rule yet: an empty POST still has to find (or not find) the record.
        reply = client.post(url, {})
    return reply


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize(("name", "args"), URLS, ids=[u[0] for u in URLS])
def test_each_persona_gets_what_their_role_allows(client, request, matrix_scene, persona, name, args):
    reply = _request(client, request, persona, name, args, matrix_scene)
    code = reply.status_code
    assert code < 500, f"{name} as {persona}: server error"
    rule = RULES.get(name)
    if persona == "anonymous" and name not in PUBLIC and (rule is None or "anonymous" not in rule["codes"]):
        if code == 302:
            assert reverse("accounts:login") in reply["Location"], f"{name} should send anonymous to sign in"
        else:
            assert code in (401, 403, 405), f"{name} answered {code} to an anonymous visitor"
        return
    if not has_samples(name, args):
        assert code in (404, 405), f"{name} with an id that exists nowhere as {persona}: {code}"
        return
    if rule is None:
        # A page without a rule of its own: the baseline only.
        assert code in (200, 302, 400, 403, 404, 405, 422), f"{name} as {persona}: unexpected {code}"
        if code == 302:
            assert reverse("accounts:login") not in reply["Location"], f"{name} sent a signed-in {persona} to sign in"
        return
    expected = rule["codes"].get(persona)
    assert code == expected, f"{name} as {persona}: expected {expected}, got {code}"


# URLs whose only arguments are fixed words (a list's kind) or tokens name no organisation's record.
OBJECT_URLS = [(name, args) for name, args in URLS if set(args) - set(FIXED) and name not in TOKEN_URLS]


@pytest.mark.parametrize("persona", [p for p in SIGNED_IN if p != "other_org_liaison"])
@pytest.mark.parametrize(("name", "args"), OBJECT_URLS, ids=[u[0] for u in OBJECT_URLS])
def test_another_organisations_ids_are_not_found(client, request, matrix_scene, persona, name, args):
    reply = _request(client, request, persona, name, args, matrix_scene, side="theirs")
    assert reply.status_code == 404, f"{name} with another organisation's ids as {persona}: {reply.status_code}"
    assert b"West Mercia only" not in reply.content


def test_the_matrix_covers_every_page_with_a_rule_or_the_baseline():
    names = {name for name, _ in URLS}
    assert {"responses:transition", "audit:log", "notifications:my_work"} <= names
    assert set(RULES) - {"api-root"} <= names, "a rule names a URL that no longer exists"


def _edit_post(response, **changes):
    data = {"applicability": response.applicability, "applicability_reason": "", "rag": response.rag or "",
            "owner": response.owner_id or "", "portfolio": response.portfolio_id or "",
            "business_area": response.business_area_id or "", "board": response.board_id or "",
            "target_on": "", "narrative": response.narrative, "version": response.version}
    data.update(changes)
    return data


def test_a_status_injected_into_the_edit_form_changes_nothing(client, matrix_scene, liaison_officer):
    response = matrix_scene["r1"]
    client.force_login(liaison_officer)
    client.post(reverse("responses:edit", args=[response.pk]),
                _edit_post(response, status="closed", narrative="Tampered", sign_off_requested_by=liaison_officer.pk))
    response.refresh_from_db()
    assert response.status == "in_progress" and response.sign_off_requested_by is None
    assert not response.transitions.exists()


def test_another_organisations_people_and_lists_cannot_be_posted_into_an_edit(client, matrix_scene, liaison_officer,
                                                                              other_org_liaison, other_force):
    from oversight.organisations.tests.factories import PortfolioFactory

    response = matrix_scene["r1"]
    before = (response.owner_id, response.portfolio_id, response.version)
    client.force_login(liaison_officer)
    foreign_portfolio = PortfolioFactory(organisation=other_force)
    reply = client.post(reverse("responses:edit", args=[response.pk]),
                        _edit_post(response, owner=other_org_liaison.pk, portfolio=foreign_portfolio.pk))
    assert reply.status_code in (403, 404, 422)
    response.refresh_from_db()
    assert (response.owner_id, response.portfolio_id, response.version) == before
