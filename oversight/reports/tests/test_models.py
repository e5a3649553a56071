import pytest
from django.db import IntegrityError, transaction

from oversight.reports.models import REPORT_KINDS, REPORT_SOURCES, Finding, Report
from oversight.reports.tests.factories import FindingFactory, ReportFactory
from oversight.responses.tests.factories import ResponseFactory

pytestmark = pytest.mark.django_db


def test_report_kind_lists_match_the_choices():
    assert REPORT_KINDS == Report.Kind.values
    assert REPORT_SOURCES == Report.Source.values


def test_a_ref_is_unique_within_a_report_section():
    finding = FindingFactory(ref="3")
    with pytest.raises(IntegrityError), transaction.atomic():
        FindingFactory(report=finding.report, ref="3", kind=finding.kind, theme=finding.theme)


def test_the_same_ref_may_repeat_under_another_question_of_the_report():
    # seed 002: AFI1 under "Preventing crime" and AFI1 under "Protecting vulnerable people"
    first = FindingFactory(ref="AFI1", kind="area_for_improvement", theme="Preventing crime")
    second = FindingFactory(report=first.report, ref="AFI1", kind="area_for_improvement", theme="Protecting vulnerable people")
    assert second.pk


def test_findings_without_a_printed_ref_do_not_collide():
    first = FindingFactory(ref="")
    assert FindingFactory(report=first.report, ref="").pk


def test_the_database_refuses_a_parent_that_is_not_a_cause_of_concern():
    recommendation = FindingFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        FindingFactory(report=recommendation.report, parent=recommendation)


def test_the_database_accepts_a_cause_of_concern_as_parent():
    cause = FindingFactory(kind=Finding.Kind.CAUSE_OF_CONCERN, ref="")
    child = FindingFactory(report=cause.report, parent=cause)
    assert child.parent == cause


def test_a_cause_with_recommendations_cannot_be_changed_into_another_kind():
    cause = FindingFactory(kind=Finding.Kind.CAUSE_OF_CONCERN, ref="")
    FindingFactory(report=cause.report, parent=cause)
    with pytest.raises(IntegrityError), transaction.atomic():
        Finding.objects.filter(pk=cause.pk).update(kind="recommendation")


def test_an_unknown_kind_is_refused_by_the_database():
    finding = FindingFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Finding.objects.filter(pk=finding.pk).update(kind="suggestion")


def test_one_response_per_finding_and_organisation():
    response = ResponseFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        ResponseFactory(finding=response.finding, organisation=response.organisation)


def test_statutory_comment_is_due_on_the_56th_day_counting_publication_day():
    import datetime

    report = ReportFactory(published_on=datetime.date(2024, 9, 27))
    assert report.statutory_comment_due_on == datetime.date(2024, 11, 21)
