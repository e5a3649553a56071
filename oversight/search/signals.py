"""Keep search documents in step with the register: every save or delete re-indexes that one thing."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from oversight.reports.models import Finding, Report, ReportInvolvement
from oversight.responses.models import Evidence, Response, Update

from . import index

Kind = index.Kind


@receiver(post_save, sender=Finding)
def finding_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        index.index_finding(instance)


@receiver(post_save, sender=Report)
def report_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        index.index_report(instance)


@receiver(post_save, sender=Response)
def response_saved(sender, instance, raw=False, created=False, **kwargs):
    if raw:
        return
    index.index_response(instance)
    if created:
        # A new responding organisation now sees the finding and its report.
        index.refresh_finding_scope(instance.finding_id, instance.finding.report_id)


@receiver(post_save, sender=ReportInvolvement)
def involvement_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        index.refresh_scopes(instance.report_id)


@receiver(post_save, sender=Update)
def update_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        index.index_update(instance)


@receiver(post_save, sender=Evidence)
def evidence_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        index.index_evidence(instance)


@receiver(post_delete, sender=Finding)
@receiver(post_delete, sender=Report)
@receiver(post_delete, sender=Response)
@receiver(post_delete, sender=Update)
@receiver(post_delete, sender=Evidence)
def thing_deleted(sender, instance, **kwargs):
    index.remove(sender._meta.model_name, instance.pk)


@receiver(post_delete, sender=ReportInvolvement)
def involvement_deleted(sender, instance, **kwargs):
    index.refresh_scopes(instance.report_id)


@receiver(post_delete, sender=Response)
def response_deleted(sender, instance, **kwargs):
    # The organisation may no longer see the finding and its report.
    report_id = Finding.objects.filter(pk=instance.finding_id).values_list("report_id", flat=True).first()
    if report_id:
        index.refresh_finding_scope(instance.finding_id, report_id)
