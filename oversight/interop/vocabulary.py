"""The words registers use for a status and a RAG, and what each means in Oversight.

One place: the import, its preview (where the person sees and changes each word's meaning) and the
command line all read a word through `Vocabulary`. A person's choice for a word overrides the default.
"""

import re

from oversight.responses.models import Response

S = Response.Status


def word_key(word):
    """"Closed – HMICFRS", "closed - hmicfrs" and "CLOSED (HMICFRS)" are one word."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", str(word or "").casefold()).split())


# Words are compared as `word_key` leaves them: lower case, dashes, quotes and punctuation as spaces.
STATUS_WORDS = {
    **{label: value for value, label in S.choices},
    **{value.replace("_", " "): value for value in S.values},
    "not started": S.OPEN, "new": S.OPEN, "open": S.OPEN, "agreed": S.OPEN, "accepted": S.OPEN,
    "ongoing": S.IN_PROGRESS, "progressing": S.IN_PROGRESS, "in progress": S.IN_PROGRESS, "wip": S.IN_PROGRESS,
    "being progressed": S.IN_PROGRESS, "on track": S.IN_PROGRESS, "delayed": S.IN_PROGRESS, "overdue": S.IN_PROGRESS,
    "awaiting sign off": S.AWAITING_SIGN_OFF, "for sign off": S.AWAITING_SIGN_OFF,
    "ready for sign off": S.AWAITING_SIGN_OFF, "pending sign off": S.AWAITING_SIGN_OFF,
    "submitted": S.SUBMITTED, "submitted for closure": S.SUBMITTED, "submitted to hmicfrs": S.SUBMITTED,
    "awaiting hmicfrs": S.SUBMITTED, "with hmicfrs": S.SUBMITTED, "proposed for closure": S.SUBMITTED,
    "complete": S.CLOSED, "completed": S.CLOSED, "closed": S.CLOSED, "discharged": S.CLOSED, "done": S.CLOSED,
    "closed hmicfrs": S.CLOSED, "closed by hmicfrs": S.CLOSED, "closed internally": S.CLOSED,
    "green complete": S.CLOSED, "blue": S.CLOSED, "achieved": S.CLOSED,
    "n a": S.NOT_APPLICABLE, "na": S.NOT_APPLICABLE, "not applicable": S.NOT_APPLICABLE,
    "superseded": S.SUPERSEDED,
}
RAG_WORDS = {
    "r": "red", "red": "red", "a": "amber", "amber": "amber", "g": "green", "green": "green",
    # A finished item is shown blue or "complete" in many registers; Oversight has no fourth colour.
    "complete": "green", "completed": "green", "blue": "green", "green complete": "green", "closed": "green",
    "b": "green", "amber red": "red", "red amber": "amber", "amber green": "amber", "green amber": "green",
}
STATUS_WORDS = {word_key(k): v for k, v in STATUS_WORDS.items()}
RAG_WORDS = {word_key(k): v for k, v in RAG_WORDS.items()}
RAG_LABELS = dict(Response.Rag.choices)
STATUS_LABELS = dict(S.choices)


class Vocabulary:
    """What each status and RAG word means: the person's choices ({"status": {key: value}, "rag": ...})
    first, then the defaults above. `seen` collects every word met, for the preview."""

    def __init__(self, choices=None):
        choices = choices or {}
        self.status_choices = {word_key(k): v for k, v in (choices.get("status") or {}).items()}
        self.rag_choices = {word_key(k): v for k, v in (choices.get("rag") or {}).items()}
        self.seen = {"status": {}, "rag": {}}

    def status(self, word):
        return self._look("status", word, self.status_choices, STATUS_WORDS, S.values)

    def rag(self, word):
        return self._look("rag", word, self.rag_choices, RAG_WORDS, Response.Rag.values)

    def _look(self, kind, word, chosen, defaults, allowed):
        key = word_key(word)
        if not key:
            return None
        value = chosen.get(key, defaults.get(key))
        value = value if value in allowed else None
        entry = self.seen[kind].setdefault(key, {"word": str(word).strip(), "value": value or "", "rows": 0,
                                                 "chosen": key in chosen})
        entry["rows"] += 1
        return value

    def table(self):
        """The words met, for the preview: [{kind, word, key, value, rows, chosen}] sorted by kind and word."""
        return [{"kind": kind, "key": key, **entry} for kind in ("status", "rag")
                for key, entry in sorted(self.seen[kind].items())]
