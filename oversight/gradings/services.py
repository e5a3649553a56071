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
