"""The benches' throwaway database takes the connections that mirror the default one with it."""

from unittest import mock

import pytest
from django.db import connections

from bench import _testdb


@pytest.fixture
def mirror():
    """A connection that mirrors "default" in tests, as "side" does on PostgreSQL (settings.py),
    left pointing at the real database, as it is before a bench creates its test database."""
    connections.settings["mirror"] = {**connections["default"].settings_dict, "NAME": "the_real_database",
                                      "TEST": {"MIRROR": "default"}}
    try:
        yield connections["mirror"]
    finally:
        connections["mirror"].close()
        del connections.settings["mirror"]
        del connections["mirror"]


def test_a_benchs_database_takes_its_mirrors_with_it(mirror):
    creation = connections["default"].creation
    with mock.patch.object(creation, "create_test_db"), mock.patch.object(creation, "destroy_test_db"):
        with _testdb.throwaway_database():
            # Where the cache's connection writes: the bench's database, not one without its tables.
            assert mirror.settings_dict["NAME"] == connections["default"].settings_dict["NAME"]
        assert mirror.settings_dict["NAME"] == "the_real_database"
