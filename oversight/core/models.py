"""Abstract bases shared by the domain apps. No domain models live here."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class TimeStamped(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class Versioned(models.Model):
    """Optimistic lock: every edit names the version it started from (see core.services.save_versioned)."""

    version = models.PositiveIntegerField(default=1)

    class Meta:
        abstract = True


class ArchivableQuerySet(models.QuerySet):
    def active(self):
        return self.filter(archived_at__isnull=True)


class Archivable(models.Model):
    """Nothing a committee relied on is deleted: it is archived, with who, when and why."""

    archived_at = models.DateTimeField(null=True, blank=True)
    archived_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    archive_reason = models.CharField(max_length=500, blank=True)

    class Meta:
        abstract = True

    @property
    def is_archived(self):
        return self.archived_at is not None

    def mark_archived(self, *, by, reason):
        self.archived_at = timezone.now()
        self.archived_by = by
        self.archive_reason = reason
