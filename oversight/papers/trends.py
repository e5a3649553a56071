"""Trend arrows and "last inspected" for a graded question, from the previous grading of the same area."""

from oversight.gradings.models import Grading

# Higher is better; ungraded has no place on the scale.
RANK = {"outstanding": 5, "good": 4, "adequate": 3, "requires_improvement": 2, "inadequate": 1}
ARROWS = {"up": "↑", "same": "↔", "down": "↓", "na": "N/A"}
NOT_COMPARABLE = "not comparable"


def trend(current, previous):
    """The arrow for `current` against `previous`, in words a committee paper prints.

    Without an earlier grading the arrow the source printed is kept (seed 004); across the
    four→five point scale break (adequate added in 2021/22) the grades are not comparable.
    """
    if previous is None:
        return ARROWS.get(current.stated_trend, "")
    if current.is_five_point != previous.is_five_point:
        return NOT_COMPARABLE
    now, before = RANK.get(current.grade), RANK.get(previous.grade)
    if now is None or before is None:
        return ARROWS["na"]
    if now > before:
        return ARROWS["up"]
    if now < before:
        return ARROWS["down"]
    return ARROWS["same"]


def previous_gradings(gradings):
    """For each grading, the latest earlier grading of the same organisation and area (or None).

    One query for all of them: the paper's table has a dozen rows, the history a few dozen.
    """
    gradings = list(gradings)
    if not gradings:
        return {}
    history = Grading.objects.filter(
        organisation_id__in={g.organisation_id for g in gradings}, area__in={g.area for g in gradings}
    ).order_by("published_on", "id")
    by_area = {}
    for g in history:
        by_area.setdefault((g.organisation_id, g.area.lower()), []).append(g)
    found = {}
    for g in gradings:
        earlier = [h for h in by_area.get((g.organisation_id, g.area.lower()), []) if h.published_on < g.published_on]
        found[g.pk] = earlier[-1] if earlier else None
    return found
