"""Committee paper pages: access → form → service → redirect. Rules live in services and access."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST
from django_htmx.http import reswap, retarget

from oversight.accounts import access
from oversight.core.exceptions import InvalidInput, NotAllowed, StaleEdit
from oversight.ops import work

from . import part_forms, pdf, services
from .forms import CommitteeForm, MeetingForm, PaperForm, TemplateForm
from .models import Committee, Meeting, Paper


def refuses_bad_layout(view):
    """A committee layout that cannot be used (papers/layouts.py refuses it) is a clear 422 page naming the
    problem, not a server error; the layout is fixed in the committee's settings."""
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except InvalidInput as problem:
            return render(request, "papers/layout_problem.html", {"problem": str(problem)}, status=422)
    return wrapped


def list_context(user, **forms):
    committees = access.visible(Committee.objects.select_related("organisation"), user).prefetch_related(
        "meetings__paper"
    )
    organisations = services.writable_organisations(user)
    writable = committees.filter(organisation__in=organisations, archived_at__isnull=True)
    return {
        "committees": committees,
        "can_write": organisations.exists(),
        "meeting_form": forms.get("meeting_form") or MeetingForm(committees=writable),
        "committee_form": forms.get("committee_form") or CommitteeForm(organisations=organisations),
        "has_committees": writable.exists(),
        "organisations": organisations,
    }


@login_required
def paper_list(request):
    """Committees, their meetings and each meeting's paper."""
    return render(request, "papers/paper_list.html", list_context(request.user))


@login_required
@require_POST
def add_meeting(request):
    organisations = services.writable_organisations(request.user)
    committees = access.visible(Committee.objects.all(), request.user).filter(organisation__in=organisations,
                                                                            archived_at__isnull=True)
    form = MeetingForm(request.POST, committees=committees)
    if form.is_valid():
        try:
            meeting = services.add_meeting(form.cleaned_data["committee"], form.cleaned_data["held_on"],
                                           form.cleaned_data["agenda_item"], by=request.user)
        except (InvalidInput, NotAllowed) as problem:
            form.add_error("held_on", str(problem))
        else:
            messages.success(request, f"Meeting added: {meeting}.")
            return redirect("papers:preview", meeting.pk)
    return render(request, "papers/paper_list.html", list_context(request.user, meeting_form=form), status=422)


@login_required
@require_POST
def add_committee(request):
    form = CommitteeForm(request.POST, organisations=services.writable_organisations(request.user))
    if form.is_valid():
        try:
            committee = services.add_committee(form.cleaned_data["organisation"], form.cleaned_data["name"],
                                               by=request.user)
        except (InvalidInput, NotAllowed) as problem:
            form.add_error("name", str(problem))
        else:
            messages.success(request, f"Committee added: {committee}.")
            return redirect("papers:list")
    return render(request, "papers/paper_list.html", list_context(request.user, committee_form=form), status=422)


def _meeting(request, pk):
    qs = access.visible(Meeting.objects.select_related("committee__organisation"), request.user)
    return get_object_or_404(qs, pk=pk)


def _paper(request, pk, *, write=False):
    """The meeting's paper; drafts are for those who write papers, issued papers for everyone who can see it."""
    meeting = _meeting(request, pk)
    can_write = access.can(request.user, "write_paper", meeting.committee.organisation)
    if write and not can_write:
        raise PermissionDenied(can_write.reason)
    if can_write:
        return services.paper_for(meeting), bool(can_write)
    paper = Paper.objects.filter(meeting=meeting, version__gte=1).first()
    if paper is None:
        raise PermissionDenied("This paper has not been issued yet.")
    return paper, False


@refuses_bad_layout
@login_required
def preview(request, pk):
    """The paper as a page: a live preview of a draft, or the frozen content of an issued paper."""
    paper, can_write = _paper(request, pk)
    content = services.build(paper, reader=not can_write)
    return render(request, "papers/paper_preview.html", preview_context(paper, content, can_write))


def preview_context(paper, content, can_write):
    is_issued = paper.status == Paper.Status.ISSUED or not can_write
    return {
        **pdf.body_context(content), "record": paper, "meeting": paper.meeting, "can_write": can_write,
        "is_issued": is_issued, "editable": can_write and not is_issued,
        "converts_word": pdf.can_convert_word(),
        "versions": paper.issues.order_by("version").select_related("issued_by", "approved_by"),
        "needs_second_person": services.needs_second_person(paper),
        "template_problem": "" if paper.status == Paper.Status.ISSUED or not can_write
        else services.template_problem(paper.meeting.committee.organisation, content),
    }


@refuses_bad_layout
@login_required
@require_http_methods(["GET", "POST"])
def edit(request, pk):
    """Edit the period and the narrative parts of a draft paper."""
    paper, _ = _paper(request, pk, write=True)
    if paper.status == Paper.Status.ISSUED:
        messages.info(request, "This paper has been issued and is frozen.")
        return redirect("papers:preview", pk)
    content = services.build(paper)
    reports, undated = content["reports"], content["undated_reports"]
    # An undated report already included is offered again, so it can be taken out.
    included = [{"id": r["id"], "title": r["title"]} for r in reports if not r["published_on"]]
    if request.method == "POST":
        form = PaperForm(request.POST, reports=reports, undated=[*undated, *included])
        if form.is_valid():
            try:
                services.save_draft(paper, by=request.user, period_start=form.cleaned_data["period_start"],
                                    period_end=form.cleaned_data["period_end"], narrative=form.narrative(),
                                    expected_version=form.cleaned_data.get("edit_version"))
            except (InvalidInput, NotAllowed, StaleEdit) as problem:
                form.add_error(None, str(problem))
            else:
                messages.success(request, "Paper saved.")
                return redirect("papers:preview", pk)
        status = 422
    else:
        form, status = PaperForm(initial=PaperForm.initial_for(paper, content), reports=reports,
                                 undated=[*undated, *included]), 200
    return render(request, "papers/paper_edit.html", {"form": form, "record": paper, "meeting": paper.meeting,
                                                      **pdf.body_context(content)}, status=status)


@login_required
@require_POST
def issue(request, pk):
    paper, _ = _paper(request, pk, write=True)
    # Rendered on a worker; the job page shows progress, then comes back here with the outcome.
    return redirect(work.start_paper_issue(paper, by=request.user))


@login_required
@require_POST
def correct(request, pk):
    """Reopen an issued paper to issue a corrected version, keeping every issued version."""
    paper, _ = _paper(request, pk, write=True)
    try:
        services.start_correction(paper, by=request.user, note=request.POST.get("note", ""))
    except (InvalidInput, NotAllowed) as problem:
        messages.error(request, str(problem))
        return redirect("papers:preview", pk)
    messages.success(request, "Correction started. Edit the paper, then issue it as the next version.")
    return redirect("papers:edit", pk)


@refuses_bad_layout
@login_required
def download(request, pk, fmt, public=False):
    """The paper as Word, PDF or accessible HTML; `public` the version for the PCC's website."""
    if fmt not in services.MEDIA_TYPES:
        return HttpResponse("Choose Word (docx), PDF or HTML.", status=404, content_type="text/plain")
    paper, _can = _paper(request, pk)
    data, _problem = services.document(paper, fmt, reader=not _can, public=public)
    response = HttpResponse(data, content_type=services.MEDIA_TYPES[fmt])
    name = services.filename(paper, fmt)
    if public:
        name = name.replace(f".{fmt}", f"-public.{fmt}")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@refuses_bad_layout
@login_required
@require_http_methods(["GET", "POST"])
def part(request, pk, part):
    """One part of a draft paper edited in place: htmx swaps the form into the paper and, once saved, the
    paper as it now reads; without JavaScript the form is a page of its own."""
    paper, _ = _paper(request, pk, write=True)
    if paper.status == Paper.Status.ISSUED:
        messages.info(request, "This paper has been issued and is frozen.")
        return redirect("papers:preview", pk)
    content = services.build(paper)
    form_class, kwargs = part_forms.form_for(part, content)
    form = form_class(request.POST if request.method == "POST" else None, paper=paper, content=content, **kwargs)
    status = 200
    if request.method == "POST":
        status = 422
        if form.is_valid():
            try:
                saved = services.save_part(paper, by=request.user, expected_version=form.cleaned_data["edit_version"],
                                           changes=form.changes(), period=form.period())
            except StaleEdit as stale:
                status = 409
                form.add_error(None, str(stale))
                data = request.POST.copy()  # a second save applies the writer's text over theirs, knowingly
                data[form.add_prefix("edit_version")] = stale.current.edit_version
                form = form_class(data, paper=stale.current, content=content, **kwargs)
                form.is_valid()
                form.add_error(None, str(stale))
            except (InvalidInput, NotAllowed) as problem:
                form.add_error(None, str(problem))
            else:
                if request.htmx:
                    return render(request, "papers/_paper_editable.html",
                                  preview_context(saved, services.build(saved), True))
                messages.success(request, "Paper saved.")
                return redirect(f"{reverse('papers:preview', args=[pk])}#part-{part}")
    context = {"form": form, "part": part, "meeting": paper.meeting, "record": paper}
    if request.htmx:
        response = render(request, "papers/_part_form.html", context, status=status)
        return reswap(retarget(response, f"#part-{part}"), "outerHTML") if status != 200 else response
    return render(request, "papers/paper_part.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def template_upload(request):
    """Upload the organisation's own Word template; one that cannot be used is refused and nothing changes."""
    organisations = services.writable_organisations(request.user)
    if not organisations.exists():
        raise PermissionDenied("Only a liaison officer or administrator can do this.")
    form = TemplateForm(request.POST or None, request.FILES or None, organisations=organisations)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.upload_template(form.cleaned_data["organisation"], form.cleaned_data["file"], by=request.user)
            except (InvalidInput, NotAllowed) as problem:
                form.add_error("file", str(problem))
            else:
                messages.success(request, "Word template saved. New papers use it.")
                return redirect("papers:list")
        status = 422
    return render(request, "papers/template_upload.html", {"form": form}, status=status)
