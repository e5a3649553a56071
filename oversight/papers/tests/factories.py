import datetime

import factory

from oversight.organisations.tests.factories import OrganisationFactory
from oversight.papers.models import Committee, Meeting


class CommitteeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Committee
        django_get_or_create = ["organisation", "name"]

    organisation = factory.SubFactory(OrganisationFactory)
    name = "Joint Audit Committee"


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    committee = factory.SubFactory(CommitteeFactory)
    held_on = datetime.date(2024, 12, 5)
    agenda_item = "06"
