"""Demo data from the four seed committee papers (../shared/seeds/), loaded by `oversight demo`.

Its own app at the top of the import graph: it writes every other app's records and nothing imports it.

One module per seed paper; `people` holds the organisations, sign-ins and reference lists they
share, `build` the idempotent writers. Findings whose words a seed does not print are
placeholders with `text_is_printed=False` and text that says so. `seeds/` keeps the four papers
as text so the tests can check that every printed word was copied exactly.
"""

__all__ = ["DEMO_PASSWORD", "DEMO_USERS", "load"]


def __getattr__(name):
    # Lazily, so that Django can import this app before the models it writes are ready.
    if name in ("DEMO_PASSWORD", "DEMO_USERS"):
        from . import people

        return getattr(people, name)
    raise AttributeError(name)


def load():
    """Load (or refresh) the demo data; running it again changes no row counts."""
    from .loader import load as _load

    return _load()
