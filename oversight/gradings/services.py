"""Trends of gradings: computed from the previous grading of the same area, never typed.

The four-point scale became five-point (adding adequate) in 2021/22, so a trend across that
break is "not comparable" rather than guessed. Where the earlier grading is not in the register,
the arrow the source printed (Grading.stated_trend) is shown and marked as such.
"""

from dataclasses import dataclass

from .models import Grading

# Higher is better. Ungraded has no rank and gives no trend.
RANK = {"inadequate": 0, "requires_improvement": 1, "adequate": 2, "good": 3, "outstanding": 4}
ARROWS = {"up": "↑", "same": "↔", "down": "↓", "na": "N/A", "not_comparable": "Not comparable", "": ""}
WORDS = {"up": "improved", "same": "unchanged", "down": "declined", "na": "not applicable",
         "not_comparable": "not comparable (grading scale changed)", "": "no earlier grading"}


@dataclass
class GradingRow:
    grading: Grading
    previous: Grading | None
    trend: str
    trend_is_stated: bool

    @property
    def arrow(self):
        return ARROWS[self.trend]

    @property
    def trend_words(self):
        return WORDS[self.trend] + (" (as stated in the source)" if self.trend_is_stated else "")


def trend(latest, previous):
    """up / same / down / not_comparable / na, or '' when there is nothing to compare with."""
    if latest.grade == "ungraded":
        return "na"
    if previous is None or previous.grade == "ungraded":
        return ""
    if latest.is_five_point != previous.is_five_point:
        return "not_comparable"
    a, b = RANK[latest.grade], RANK[previous.grade]
    return "up" if a > b else "down" if a < b else "same"


def rows_for(gradings):
    """Pair each grading with the previous grading of the same organisation and area."""
    by_area = {}
    for g in sorted(gradings, key=lambda g: (g.organisation_id, g.area.lower(), g.published_on)):
        by_area.setdefault((g.organisation_id, g.area.lower()), []).append(g)
    rows = {}
    for history in by_area.values():
        for previous, current in zip([None, *history[:-1]], history, strict=True):
            computed = trend(current, previous)
            stated = not computed and bool(current.stated_trend)
            rows[current.pk] = GradingRow(current, previous, current.stated_trend if stated else computed, stated)
    return [rows[g.pk] for g in gradings]


def latest_table(organisation_ids, framework=None):
    """The latest framework's table for each organisation, with trends, ordered as published."""
    all_gradings = list(
        Grading.objects.filter(organisation_id__in=organisation_ids).select_related("organisation")
        .order_by("organisation__name", "-published_on", "position")
    )
    rows = rows_for(all_gradings)
    if framework is None:
        latest_by_org = {}
        for g in all_gradings:
            latest_by_org.setdefault(g.organisation_id, g.framework)
        return [r for r in sorted(rows, key=lambda r: (r.grading.organisation.name, r.grading.position, r.grading.area))
                if latest_by_org[r.grading.organisation_id] == r.grading.framework]
    return [r for r in rows if r.grading.framework == framework]


# ---------------------------------------------------------------------------------------------
# Writers: gradings and monitoring phase changes kept in the app (issue 13).
# ---------------------------------------------------------------------------------------------

def _may_manage(user, organisation):
    from oversight.accounts import access
    from oversight.core.exceptions import NotAllowed

    decision = access.can(user, "manage_register", organisation)
    if not decision:
        raise NotAllowed(decision.reason)


def check_scale(framework, inspection_year, grade):
    """None, or why this grade cannot be given on the scale of that inspection year."""
    from oversight.core.exceptions import InvalidInput

    five = inspection_year >= Grading.FIVE_POINT_FROM_YEAR
    scale = Grading.scale_for_year(inspection_year)
    if grade not in scale:
        label = Grading.Grade(grade).label if grade in Grading.Grade.values else grade
        raise InvalidInput(
            f"“{label}” is not a grade on the {'five' if five else 'four'}-point scale used in {inspection_year}: "
            f"choose one of {', '.join(Grading.Grade(g).label.lower() for g in scale)}.")
    if framework.startswith(("peel_", "frs_")) and (framework in Grading.FIVE_POINT) != five:
        raise InvalidInput(
            f"The {Grading.Framework(framework).label} framework uses the "
            f"{'five' if framework in Grading.FIVE_POINT else 'four'}-point scale, but the inspection year "
            f"{inspection_year} uses the {'five' if five else 'four'}-point one. Check the year or the framework.")


def record_grading(organisation, *, framework, inspection_year, pillar, area, grade, published_on, by,
                   report=None, position=0):
    """Record one graded question (by pillar) of one inspection; refused when off the year's scale."""
    from django.db import IntegrityError, transaction

    from oversight.core.exceptions import InvalidInput

    _may_manage(by, organisation)
    if framework not in Grading.Framework.values:
        raise InvalidInput("Choose the inspection framework.")
    if not inspection_year or not 2013 <= inspection_year <= 2100:
        raise InvalidInput("Enter the inspection year, for example 2023.")
    check_scale(framework, inspection_year, grade)
    area = " ".join((area or "").split())
    if not area:
        raise InvalidInput("Enter the graded question, for example: Investigating crime.")
    if published_on.year < inspection_year:
        raise InvalidInput("The grading cannot be published before the year of the inspection.")
    try:
        with transaction.atomic():
            return Grading.objects.create(
                organisation=organisation, framework=framework, inspection_year=inspection_year,
                pillar=" ".join((pillar or "").split())[:100], area=area[:200], grade=grade,
                published_on=published_on, report=report, position=position, recorded_by=by)
    except IntegrityError:
        raise InvalidInput(f"“{area}” already has a grading in this framework published on that date.") from None


def record_gradings(organisation, *, framework, inspection_year, published_on, rows, by, report=None):
    """Record a report's gradings, one per (pillar, question, grade) row, all or nothing.

    A row off the year's scale is refused with its number, and nothing is saved.
    """
    from django.db import transaction

    from oversight.core.exceptions import InvalidInput

    if not rows:
        raise InvalidInput("Enter at least one graded question.")
    made = []
    with transaction.atomic():
        for number, row in enumerate(rows, start=1):
            try:
                made.append(record_grading(
                    organisation, framework=framework, inspection_year=inspection_year, pillar=row.get("pillar", ""),
                    area=row["area"], grade=row["grade"], published_on=published_on, report=report,
                    position=number, by=by))
            except InvalidInput as problem:
                raise InvalidInput(f"Row {number}: {problem}") from None
    return made


def current_phase(organisation_id):
    from .models import MonitoringPhase

    return MonitoringPhase.objects.filter(organisation_id=organisation_id).order_by("-started_on", "-id").first()


def record_phase_change(organisation, *, phase, started_on, reason, by, letter=None, causes=(), closed_causes=()):
    """Move the organisation to a new monitoring phase from `started_on`, closing the current one.

    Refused when dated before the previous change, or when it is the phase already in force.
    Causes must be causes of concern the organisation answers.
    """
    from django.db import transaction

    from oversight.core.exceptions import InvalidInput
    from oversight.reports.models import Finding

    from .models import MonitoringPhase

    _may_manage(by, organisation)
    if phase not in MonitoringPhase.Phase.values:
        raise InvalidInput("Choose the monitoring phase.")
    from django.db.models import Q

    ours = Finding.objects.filter(Q(responses__organisation=organisation)
                                  | Q(children__responses__organisation=organisation)
                                  | Q(report__involvements__organisation=organisation))
    for finding in [*causes, *closed_causes]:
        if finding.kind != Finding.Kind.CAUSE_OF_CONCERN or not ours.filter(pk=finding.pk).exists():
            raise InvalidInput(f"{finding.label} is not a cause of concern of {organisation.short_name}.")
    with transaction.atomic():
        previous = (MonitoringPhase.objects.select_for_update().filter(organisation=organisation)
                    .order_by("-started_on", "-id").first())
        if previous is not None:
            if started_on < previous.started_on:
                raise InvalidInput(
                    f"The change is dated {started_on:%-d %B %Y}, before the previous change on "
                    f"{previous.started_on:%-d %B %Y}. Phase changes are recorded in date order.")
            if previous.phase == phase and previous.ended_on is None:
                raise InvalidInput(f"{organisation.short_name} is already in {previous.get_phase_display()}.")
            if previous.ended_on is None:
                previous.ended_on = started_on
                previous.save(update_fields=["ended_on"])
        change = MonitoringPhase.objects.create(organisation=organisation, phase=phase, started_on=started_on,
                                                reason=(reason or "").strip(), recorded_by=by,
                                                **({"letter": letter} if letter else {}))
        change.causes.set(causes)
        change.closed_causes.set(closed_causes)
    return change


def framework_for(report_kind, year):
    """The PEEL framework a report of that kind published in that year most likely graded against."""
    if report_kind not in ("peel", "peel_spotlight"):
        return ""
    if year >= 2025:
        return Grading.Framework.PEEL_2025_29
    if year >= 2023:
        return Grading.Framework.PEEL_2023_25
    if year >= 2021:
        return Grading.Framework.PEEL_2021_22
    if year >= 2018:
        return Grading.Framework.PEEL_INTEGRATED_2018_19
    return Grading.Framework.PEEL_2014_17


def form_initial_from_reading(reading, *, rows):
    """({field: value}, how many were proposed) for the gradings page, from a reading's proposals.

    A grade printed in words ("Requires improvement") becomes its value; one that is not a grade is
    left for the person to choose. Nothing is recorded here: the person checks and saves the form.
    """
    by_label = {label.lower(): value for value, label in Grading.Grade.choices}
    proposed = list(reading.gradings or [])
    report = reading.report
    published = (report.published_on if report else None) or reading.published_on
    initial = {"organisation": reading.organisation_id, "report": report.pk if report else None}
    if published:
        initial.update(published_on=published, inspection_year=published.year,
                       framework=framework_for(report.kind if report else "", published.year))
    for n, item in enumerate(proposed[:rows], start=1):
        initial[f"area_{n}"] = item.get("area", "")
        initial[f"grade_{n}"] = by_label.get((item.get("grade") or "").lower(), "")
    return initial, len(proposed)
