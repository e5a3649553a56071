"""Turn the words in a register's cells into Oversight's values (statuses, RAG, kinds, people)."""

from django.db.models import Q

from oversight.accounts.models import User
from oversight.reports.models import Finding
from oversight.responses.models import Response

from .columns import normalise

STATUS_WORDS = {
    **{normalise(label): value for value, label in Response.Status.choices},
    **{normalise(value): value for value in Response.Status.values},
    "not started": "open", "new": "open", "ongoing": "in_progress", "progressing": "in_progress",
    "in progress": "in_progress", "awaiting sign off": "awaiting_sign_off", "for sign off": "awaiting_sign_off",
    "submitted for closure": "submitted", "submitted to hmicfrs": "submitted", "complete": "closed",
    "completed": "closed", "discharged": "closed", "n a": "not_applicable", "na": "not_applicable",
}
RAG_WORDS = {"r": "red", "red": "red", "a": "amber", "amber": "amber", "g": "green", "green": "green"}
KIND_WORDS = {
    **{normalise(label): value for value, label in Finding.Kind.choices},
    **{normalise(value): value for value in Finding.Kind.values},
    "rec": "recommendation", "recommendation": "recommendation", "r": "recommendation",
    "afi": "area_for_improvement", "area for improvement": "area_for_improvement",
    "coc": "cause_of_concern", "cause of concern": "cause_of_concern",
}
# Formula neutralisation on export puts a quote in front; an import takes it off again.
NEUTRALISED = ("'=", "'+", "'-", "'@")


def text(value):
    """A cell as trimmed text ('' for blank); whole numbers lose Excel's trailing .0."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    result = str(value).strip()
    if result.startswith(NEUTRALISED):
        result = result[1:]
    return result


def status(value):
    return STATUS_WORDS.get(normalise(value))


def rag(value):
    return RAG_WORDS.get(normalise(value))


def kind(value):
    return KIND_WORDS.get(normalise(value))


def kind_from_ref(ref):
    """Refs such as "AFI2" say their kind; anything else is read as a recommendation."""
    lowered = ref.lower()
    if lowered.startswith("afi"):
        return "area_for_improvement"
    if lowered.startswith(("coc", "cause")):
        return "cause_of_concern"
    return None


class People:
    """The organisation's members, found by username, email or full name, looked up once."""

    def __init__(self, organisation_ids):
        self.by_key = {}
        ambiguous = set()
        users = User.objects.filter(Q(memberships__organisation_id__in=organisation_ids)).distinct()
        for user in users:
            for key in {user.username.lower(), user.email.lower(), user.get_full_name().lower()} - {""}:
                if key in self.by_key and self.by_key[key] != user:
                    ambiguous.add(key)
                self.by_key[key] = user
        self.ambiguous = ambiguous

    def find(self, name):
        """The user, or (None, reason)."""
        key = name.strip().lower()
        if key in self.ambiguous:
            return None, f'More than one person is called "{name}"; use their username or email'
        user = self.by_key.get(key)
        if user is None:
            return None, f'No one called "{name}" belongs to this organisation'
        return user, ""
