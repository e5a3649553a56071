"""Demo data from the four seed committee papers (../shared/seeds/), loaded by `oversight demo`.

One module per seed paper; `people` holds the organisations, sign-ins and reference lists they
share, `build` the idempotent writers. Findings whose words a seed does not print are
placeholders with `text_is_printed=False` and text that says so. `seeds/` keeps the four papers
as text so the tests can check that every printed word was copied exactly.
"""

from .people import DEMO_PASSWORD, DEMO_USERS

__all__ = ["DEMO_PASSWORD", "DEMO_USERS", "load"]


def load():
    """Load (or refresh) the demo data; running it again changes no row counts."""
    from .loader import load as _load

    return _load()
