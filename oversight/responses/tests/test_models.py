import datetime

import pytest
from django.db import IntegrityError, transaction

from oversight.organisations.tests.factories import ClosureLevelFactory
from oversight.responses.models import ClosureSubmission, Response
from oversight.responses.tests.factories import ResponseFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("field, value", [("status", "finished"), ("rag", "blue"), ("applicability", "maybe")])
def test_the_database_refuses_values_outside_the_enumerations(field, value):
    response = ResponseFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Response.objects.filter(pk=response.pk).update(**{field: value})


def test_a_closure_decision_cannot_predate_its_submission():
    response = ResponseFactory()
    level = ClosureLevelFactory(organisation=response.organisation)
    with pytest.raises(IntegrityError), transaction.atomic():
        ClosureSubmission.objects.create(response=response, level=level, submitted_on=datetime.date(2024, 5, 1),
                                         decision="accepted", decided_on=datetime.date(2024, 4, 1))


def test_a_decision_needs_its_date():
    response = ResponseFactory()
    level = ClosureLevelFactory(organisation=response.organisation)
    with pytest.raises(IntegrityError), transaction.atomic():
        ClosureSubmission.objects.create(response=response, level=level, submitted_on=datetime.date(2024, 5, 1),
                                         decision="accepted")


def test_overdue_uses_the_target_date_then_the_findings_deadline():
    today = datetime.date(2025, 1, 10)
    late = ResponseFactory(status="in_progress", target_on=datetime.date(2025, 1, 1))
    by_finding = ResponseFactory(status="open", finding__due_on=datetime.date(2024, 12, 1))
    closed = ResponseFactory(status="closed", target_on=datetime.date(2024, 1, 1))
    on_time = ResponseFactory(status="open", target_on=datetime.date(2025, 3, 1), finding__due_on=datetime.date(2024, 1, 1))
    overdue = set(Response.objects.overdue(today))
    assert overdue == {late, by_finding}
    assert closed not in overdue and on_time not in overdue
