"""The header marks one current section: the one whose address matches the page's longest."""

import pytest
from django.test import RequestFactory

from oversight.core.context_processors import navigation

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path, current", [("/gradings/monitoring/", "Monitoring"), ("/gradings/", "Gradings"),
                                           ("/responses/12/", "Register"), ("/", "Dashboard")])
def test_one_section_is_current(liaison_officer, path, current):
    request = RequestFactory().get(path)
    request.user = liaison_officer
    marked = [item["label"] for item in navigation(request)["nav_items"] if item["current"]]
    assert marked == [current]
