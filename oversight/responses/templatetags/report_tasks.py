"""The report page's task list (GOV.UK task list pattern): from a new report to assigned work.

Computed from what the report page already loaded (its findings with their responses), so it adds
no query; each step links to the register filtered to the rows still to do, where bulk work does them.
"""

from urllib.parse import urlencode

from django import template
from django.urls import reverse

register = template.Library()


def _register(report, **params):
    return reverse("responses:register") + "?" + urlencode({"report": report.pk, **params}, doseq=True)


def _step(name, hint, done, todo, url, blocked=False):
    if blocked:
        status, tag = "Cannot start yet", ""
    elif done and not todo:
        status, tag = "Completed", ""
    elif done:
        status, tag = "In progress", "govuk-tag--light-blue"
    else:
        status, tag = "Not yet started", "govuk-tag--blue"
    return {"name": name, "hint": hint, "status": status, "tag": tag, "url": None if blocked else url}


@register.inclusion_tag("responses/_report_tasks.html")
def report_tasks(report, findings, involvements):
    pairs = [(f, r) for f in findings for r in getattr(f, "visible_responses", [])]
    responses = [r for _, r in pairs]
    deadline = {r.pk: f.due_on for f, r in pairs}
    if not responses:
        return {"tasks": []}
    drafts = [r for r in responses if r.status == "draft"]
    confirmed = [r for r in responses if r.status != "draft"]
    working = [r for r in confirmed if r.status not in ("not_applicable", "superseded")
               and r.applicability != "not_applicable"]
    applies = sum(1 for r in responses if r.applicability == "applies")
    monitored = sum(1 for r in responses if r.applicability == "monitor_only")
    unowned = [r for r in working if r.owner_id is None]
    undated = [r for r in working if r.target_on is None and deadline[r.pk] is None]
    not_started = [r for r in working if r.status == "open"]
    plural = lambda n, word: f"{n} {word}{'' if n == 1 else 's'}"  # noqa: E731
    tasks = [
        _step("Confirm the findings", f"{plural(len(drafts), 'finding')} to confirm" if drafts else
              f"All {len(responses)} confirmed", bool(confirmed), len(drafts), _register(report, status="draft")),
        _step("Decide which findings apply", f"{applies} apply, {monitored} monitored only, "
              f"{len(responses) - applies - monitored} not applicable", bool(confirmed), len(drafts),
              _register(report)),
        _step("Assign owners and portfolios", f"{plural(len(unowned), 'response')} without an owner" if unowned else
              "Every response has an owner", len(unowned) < len(working), len(unowned),
              _register(report, missing="owner"), blocked=not working),
        _step("Set target dates", f"{plural(len(undated), 'response')} with no target date or deadline" if undated
              else "Every response has a date", len(undated) < len(working), len(undated), _register(report),
              blocked=not working),
        _step("Start the work", f"{plural(len(not_started), 'response')} not yet started" if not_started else
              "Work has started on every response", len(not_started) < len(working), len(not_started),
              _register(report, status="open"), blocked=not working or bool(unowned)),
    ]
    recorded = [i for i in involvements]
    tasks.append({
        "name": "Record how we took part in the inspection",
        "hint": "; ".join(f"{i.organisation.short_name}: {i.get_involvement_display()}" for i in recorded)
        or "Not recorded",
        "status": "Completed" if recorded else "Not yet started", "tag": "" if recorded else "govuk-tag--blue",
        "url": reverse("reports:involvement", args=[report.pk]),
    })
    return {"tasks": tasks}
