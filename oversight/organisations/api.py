"""API: organisations the user may see."""

from rest_framework import serializers

from oversight.core.api import ReadOnlyScoped

from .models import Organisation


class OrganisationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Organisation
        fields = ["id", "kind", "name", "short_name", "oversees"]


class OrganisationViewSet(ReadOnlyScoped):
    """Forces, PCC offices and other bodies: the user's own and those it oversees."""

    queryset = Organisation.objects.prefetch_related("oversees")
    serializer_class = OrganisationSerializer
    filterset_fields = ["kind"]
    ordering_fields = ["name", "short_name"]


def register(router):
    router.register("organisations", OrganisationViewSet, basename="organisation")
