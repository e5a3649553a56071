import factory

from oversight.organisations.tests.factories import OrganisationFactory
from oversight.reports.tests.factories import FindingFactory
from oversight.responses.models import Response, Update


class ResponseFactory(factory.django.DjangoModelFactory):
    """Status is normally written only by the workflow; factories set it directly to build scenes."""

    class Meta:
        model = Response

    finding = factory.SubFactory(FindingFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    status = Response.Status.OPEN


class UpdateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Update

    response = factory.SubFactory(ResponseFactory)
    text = factory.Sequence(lambda n: f"Progress note {n}")
