import factory

from oversight.accounts.models import Membership, Role, User
from oversight.organisations.tests.factories import OrganisationFactory

PASSWORD = "correct-horse-battery"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = Role.LIAISON_OFFICER


def person(username, role, organisation, portfolios=()):
    """A user with one membership, the way the fixtures and tests name personas."""
    user = UserFactory(username=username)
    membership = MembershipFactory(user=user, organisation=organisation, role=role)
    if portfolios:
        membership.portfolios.set(portfolios)
    return user
