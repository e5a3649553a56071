"""The search index: one row per searchable thing, mirrored into SQLite FTS5 or a PostgreSQL tsvector."""

from django.db import models


class SearchDocument(models.Model):
    """One finding, response narrative, update, report or evidence description, as search sees it.

    `scope` lists the organisations that may see the thing ("o12 o15"), so the
    full-text index itself narrows matches to the reader's organisations before ranking (issue 7: search
    under 100 ms at 100,000 responses). Access is still checked again in Django (search.backends).
    """

    class Kind(models.TextChoices):
        FINDING = "finding", "Findings"
        RESPONSE = "response", "Responses"
        UPDATE = "update", "Updates"
        REPORT = "report", "Reports"
        EVIDENCE = "evidence", "Evidence"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    object_id = models.BigIntegerField()
    organisation_id = models.BigIntegerField(null=True, blank=True)
    response_id = models.BigIntegerField(null=True, blank=True)
    finding_id = models.BigIntegerField(null=True, blank=True)
    report_id = models.BigIntegerField(null=True, blank=True)
    title = models.CharField(max_length=600)
    body = models.TextField(blank=True)
    scope = models.TextField(blank=True)
    dated = models.DateField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "object_id"], name="search_document_once")]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.title[:80]}"
