"""Each part of a draft is edited in the preview, which is the paper itself: htmx swaps a GOV.UK form in
place of the part and, once saved, the paper as it now reads; without JavaScript the form is a page.
Each save names the edit version it started from, so a second writer's older form cannot save over."""

from django.urls import reverse

from oversight.papers.models import Paper
from oversight.reports.models import Finding, Report

HTMX = {"HTTP_HX_REQUEST": "true"}


def part_url(meeting, part):
    return reverse("papers:part", args=[meeting.pk, part])


def post(client, meeting, part, data, version=1, **headers):
    prefix = part.replace("-", "_")
    body = {f"{prefix}-edit_version": version, **{f"{prefix}-{k}": v for k, v in data.items()}}
    return client.post(part_url(meeting, part), body, **headers)


def test_the_preview_offers_a_change_link_on_each_part_of_a_draft(client, liaison_officer, paper_scene):
    client.force_login(liaison_officer)
    page = client.get(reverse("papers:preview", args=[paper_scene.pk])).content.decode()
    afi = Finding.objects.get(ref="AFI1")
    soteria = Report.objects.get(title__startswith="An inspection report on progress")
    for part in ["title", "period", "purpose", "background", "recommendation", "contacts", f"finding-{afi.pk}",
                 f"report-{soteria.pk}", "reports_after", "free", "background_documents"]:
        assert f'hx-get="{part_url(paper_scene, part)}"' in page, part
        assert f'id="part-{part}"' in page or part in ("free", "background_documents"), part


def test_htmx_gets_the_form_prefilled_from_the_register(client, liaison_officer, paper_scene):
    client.force_login(liaison_officer)
    afi = Finding.objects.get(ref="AFI1")
    reply = client.get(part_url(paper_scene, f"finding-{afi.pk}"), **HTMX)
    page = reply.content.decode()
    assert reply.status_code == 200 and "<html" not in page  # a fragment, not a page
    assert f'id="part-finding-{afi.pk}"' in page and "A training plan is in place." in page
    assert "leave this out of the public version" in page
    soteria = Report.objects.get(title__startswith="An inspection report on progress")
    page = client.get(part_url(paper_scene, f"report-{soteria.pk}"), **HTMX).content.decode()
    assert "game changer" in page.replace("&#x27;", "'")  # the overview starts as the report's summary


def test_saving_a_part_returns_the_paper_as_it_now_reads(client, liaison_officer, paper_scene):
    client.force_login(liaison_officer)
    client.get(reverse("papers:preview", args=[paper_scene.pk]))
    reply = post(client, paper_scene, "purpose", {"text": "To update members on HMICFRS activity."}, **HTMX)
    page = reply.content.decode()
    assert reply.status_code == 200 and 'id="paper"' in page
    assert "1.1 To update members on HMICFRS activity." in page
    paper = Paper.objects.get(meeting=paper_scene)
    assert paper.narrative["purpose"] == "To update members on HMICFRS activity." and paper.edit_version == 2


def test_without_javascript_the_part_is_a_page_and_saving_goes_back_to_the_paper(client, liaison_officer,
                                                                                 paper_scene):
    client.force_login(liaison_officer)
    page = client.get(part_url(paper_scene, "contacts")).content.decode()
    assert "<html" in page and "Change contact officers" in page
    reply = post(client, paper_scene, "contacts", {"lines": "T/CI Fiona Fletcher | HMICFRS Force Liaison Officer"})
    assert reply.status_code == 302 and reply.url.endswith("#part-contacts")
    page = client.get(reverse("papers:preview", args=[paper_scene.pk])).content.decode()
    assert "Name: T/CI Fiona Fletcher<br>Title: HMICFRS Force Liaison Officer" in page


def test_an_older_form_cannot_save_over_a_newer_save(client, liaison_officer, paper_scene):
    client.force_login(liaison_officer)
    assert post(client, paper_scene, "recommendation", {"text": "First writer's words."}).status_code == 302
    reply = post(client, paper_scene, "recommendation", {"text": "Second writer's words."}, version=1, **HTMX)
    page = reply.content.decode()
    assert reply.status_code == 409 and "Someone else saved this paper" in page
    assert reply["HX-Retarget"] == "#part-recommendation"
    assert "Second writer&#x27;s words." in page  # their text is kept in the form
    assert Paper.objects.get(meeting=paper_scene).narrative["recommendation"] == "First writer's words."
    # Saving again, knowingly, from the form as returned (it carries the current version) applies it.
    assert 'value="2"' in page
    assert post(client, paper_scene, "recommendation", {"text": "Second writer's words."}, version=2).status_code == 302
    assert Paper.objects.get(meeting=paper_scene).narrative["recommendation"] == "Second writer's words."


def test_bad_input_is_refused_in_place_and_nothing_is_saved(client, liaison_officer, paper_scene):
    client.force_login(liaison_officer)
    reply = post(client, paper_scene, "period", {"period_start": "2024-12-05", "period_end": "2024-07-25"}, **HTMX)
    assert reply.status_code == 422 and "must end on or after the day it starts" in reply.content.decode()
    assert reply["HX-Retarget"] == "#part-period"
    reply = post(client, paper_scene, "background_documents", {"lines": "Minutes | javascript:alert(1)"}, **HTMX)
    assert reply.status_code == 422 and "starts with https://" in reply.content.decode()
    reply = post(client, paper_scene, "purpose", {"text": "x" * 20_001})
    assert reply.status_code == 422
    paper = Paper.objects.get(meeting=paper_scene)
    assert paper.narrative == {} and paper.edit_version == 1


def test_a_finding_left_as_the_register_says_follows_the_register_and_can_be_restricted(
        client, liaison_officer, paper_scene):
    client.force_login(liaison_officer)
    afi = Finding.objects.get(ref="AFI1")
    reply = post(client, paper_scene, f"finding-{afi.pk}", {"response": "A training plan is in place.",
                                                            "restricted_finding": "on"})
    assert reply.status_code == 302
    narrative = Paper.objects.get(meeting=paper_scene).narrative
    assert "finding_narrative" not in narrative and narrative["restricted"] == {f"finding-{afi.pk}": True}
    page = client.get(reverse("papers:preview", args=[paper_scene.pk])).content.decode()
    assert "Restricted</strong> Area for improvement" in page or "Restricted</strong> AFI" in page


def test_the_free_sections_and_the_title_are_written_in_place(client, liaison_officer, paper_scene):
    client.force_login(liaison_officer)
    post(client, paper_scene, "title", {"text": "HMICFRS Update – December"})
    post(client, paper_scene, "free", {"title_1": "HMIC Oversight Board", "text_1": "The DCC chairs it monthly.",
                                        "title_2": "", "text_2": "", "title_3": "", "text_3": ""}, version=2)
    page = client.get(reverse("papers:preview", args=[paper_scene.pk])).content.decode()
    assert "<h1 class=\"govuk-heading-l\">HMICFRS Update – December</h1>" in page
    assert "HMIC Oversight Board" in page and "The DCC chairs it monthly." in page


def test_an_unknown_part_is_not_found_and_an_issued_paper_is_not_edited(client, liaison_officer, paper_scene):
    client.force_login(liaison_officer)
    assert client.get(part_url(paper_scene, "budget")).status_code == 404
    assert client.get(part_url(paper_scene, "finding-987654")).status_code == 404
    client.post(reverse("papers:issue", args=[paper_scene.pk]))
    reply = post(client, paper_scene, "purpose", {"text": "Changed after issue"})
    assert reply.status_code == 302 and reply.url == reverse("papers:preview", args=[paper_scene.pk])
    assert "Changed after issue" not in str(Paper.objects.get(meeting=paper_scene).content)


def test_an_edit_withdraws_a_pending_request_to_issue(client, liaison_officer, paper_scene):
    from oversight.papers import services

    paper_scene.committee.layout = {"second_person_approval": True}
    paper_scene.committee.save()
    paper = services.paper_for(paper_scene)
    services.issue(paper, by=liaison_officer)
    assert Paper.objects.get(pk=paper.pk).issue_requested_by == liaison_officer
    client.force_login(liaison_officer)
    post(client, paper_scene, "purpose", {"text": "Changed after the request."})
    assert Paper.objects.get(pk=paper.pk).issue_requested_by is None  # the approver approves what they read


def test_readers_cannot_open_a_part(client, committee_member, reviewer, paper_scene):
    for person in (committee_member, reviewer):
        client.force_login(person)
        assert client.get(part_url(paper_scene, "purpose")).status_code == 403
        assert post(client, paper_scene, "purpose", {"text": "x"}).status_code == 403
    assert not Paper.objects.filter(meeting=paper_scene, narrative__has_key="purpose").exists()


def test_the_force_narrative_under_an_earlier_reports_finding_is_written_in_place(client, liaison_officer, force,
                                                                                  paper_scene):
    from oversight.papers import services
    from oversight.papers.public import public_content
    from oversight.papers.tests.test_documents import D
    from oversight.reports.tests.factories import FindingFactory, ReportFactory
    from oversight.responses.tests.factories import ResponseFactory, UpdateFactory

    earlier = ReportFactory(title="PEEL: Police effectiveness 2017", published_on=D(2018, 3, 1))
    afi = FindingFactory(report=earlier, kind="area_for_improvement", ref="AFI1", addressees=["The force"],
                         text="The force should ensure local teams engage with communities.")
    response = ResponseFactory(finding=afi, organisation=force, status="in_progress")
    UpdateFactory(response=response, text="Problem solving plans are embedded.", written_on=D(2024, 9, 1))
    client.force_login(liaison_officer)
    page = client.get(part_url(paper_scene, f"finding-{afi.pk}"), **HTMX).content.decode()
    assert "Problem solving plans are embedded." in page  # pre-filled with the register's latest update
    post(client, paper_scene, f"finding-{afi.pk}", {"response": "Problem solving is embedded in every SNT.",
                                                    "restricted_finding": "on"})
    content = services.build(Paper.objects.get(meeting=paper_scene))
    entry = next(f for r in content["progress"] for f in r["findings"] if f["id"] == afi.pk)
    assert entry["progress"] == "Problem solving is embedded in every SNT." and entry["restricted"]
    assert all(f["id"] != afi.pk for r in public_content(content)["progress"] for f in r["findings"])
