import factory

from oversight.organisations.models import Board, BusinessArea, ClosureLevel, Organisation, Portfolio


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ["short_name"]

    kind = Organisation.Kind.POLICE_FORCE
    name = factory.Sequence(lambda n: f"Test Police {n}")
    short_name = factory.Sequence(lambda n: f"TP{n}")


class PortfolioFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Portfolio

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Portfolio {n}")


class BusinessAreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BusinessArea

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Business area {n}")


class BoardFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Board

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Board {n}")


class ClosureLevelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ClosureLevel
        django_get_or_create = ["organisation", "code"]

    organisation = factory.SubFactory(OrganisationFactory)
    code = "Lv2"
