import datetime

import factory

from oversight.organisations.tests.factories import OrganisationFactory
from oversight.reports.models import Finding, Report, ReportInvolvement


class ReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Report

    title = factory.Sequence(lambda n: f"Inspection report {n}")
    kind = Report.Kind.NATIONAL_THEMATIC
    published_on = datetime.date(2024, 9, 10)


class ReportInvolvementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReportInvolvement

    report = factory.SubFactory(ReportFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    involvement = ReportInvolvement.Involvement.INSPECTED


class FindingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Finding

    report = factory.SubFactory(ReportFactory)
    kind = Finding.Kind.RECOMMENDATION
    ref = factory.Sequence(lambda n: str(n + 1))
    text = factory.Sequence(lambda n: f"Chief constables should improve practice number {n}.")
    addressees = factory.LazyFunction(lambda: ["chief constables"])
    position = factory.Sequence(lambda n: n)
