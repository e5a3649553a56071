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
    """How many active responses are due on each date (the date worked to, responses.due_sort): overdue
    and due soon are sums over a range of dates read through the (organisation, date) index."""

    organisation_id = models.IntegerField()
    portfolio_id = models.IntegerField()
    owner_id = models.IntegerField()
    due_on = models.DateField()
    n = models.IntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["organisation_id", "due_on", "portfolio_id", "owner_id"],
                                               name="due_tally_key")]
        indexes = [models.Index(fields=["due_on"], name="due_tally_date_idx")]

    def __str__(self):
        return f"{self.n} due {self.due_on} in organisation {self.organisation_id}"
