"""Counts the database keeps for the dashboard, so its figures cost the same at 1,000 responses or
1,000,000 (issue 17). Triggers write them (dashboard.tallies), never Python; `oversight
rebuild_dashboard_tallies` counts them afresh.

Ids are plain integers, 0 meaning "none": a unique key over nullable columns would let NULLs repeat,
and the triggers upsert on that key.
"""

from django.db import models


class ResponseTally(models.Model):
    """How many active responses (open to submitted, not archived) share each value of everything
    the dashboard scopes or groups by."""

    organisation_id = models.IntegerField()
    portfolio_id = models.IntegerField()
    business_area_id = models.IntegerField()
    owner_id = models.IntegerField()
    status = models.CharField(max_length=20)
    rag = models.CharField(max_length=10)
    kind = models.CharField(max_length=30)  # the finding's
    n = models.IntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(
            fields=["organisation_id", "portfolio_id", "business_area_id", "owner_id", "status", "rag", "kind"],
            name="response_tally_key")]

    def __str__(self):
        return f"{self.n} {self.status}/{self.rag or 'unrated'} of organisation {self.organisation_id}"


class DueTally(models.Model):
    """How many active responses are due in each day, month and year (the date worked to,
    responses.due_sort). Overdue on a day is the years before its year, the months of its year before
    its month and the days of its month before it: at most a few dozen rows a scope, read through the
    (span, starts_on) index, however long the history; due soon is a range of days."""

    class Span(models.TextChoices):
        DAY = "d", "Day"
        MONTH = "m", "Month"
        YEAR = "y", "Year"

    organisation_id = models.IntegerField()
    portfolio_id = models.IntegerField()
    owner_id = models.IntegerField()
    span = models.CharField(max_length=1, choices=Span.choices)
    starts_on = models.DateField()
    n = models.IntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(
            fields=["organisation_id", "span", "starts_on", "portfolio_id", "owner_id"], name="due_tally_key")]
        indexes = [models.Index(fields=["span", "starts_on"], name="due_tally_date_idx")]

    def __str__(self):
        return f"{self.n} due in the {self.get_span_display().lower()} from {self.starts_on}"
