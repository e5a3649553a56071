"""Loads every seed module in one transaction, in dependency order."""

from django.db import transaction

from . import papers, people, seed001, seed002, seed003, seed004
from .build import SeedHistory, loading


@transaction.atomic
def load():
    """Load the organisations, people and the four seed papers; returns the Cast for callers that want names."""
    cast = people.Cast()
    history = SeedHistory()
    with loading():
        people.load(cast)
        for seed in (seed001, seed002, seed003, seed004):
            seed.load(cast, history)
        history.flush()
        papers.load(cast)
    return cast
