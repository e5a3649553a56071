"""Turn the words in a register's cells into Oversight's values (kinds, people); statuses and RAG are
interop.vocabulary's."""

import re

from oversight.accounts import access
from oversight.accounts.models import User
from oversight.reports.models import Finding

from .columns import normalise

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


# Ranks and titles written before a name in registers: "DCI Sarah Khan", "T/Supt J Smith", "Ch Insp Lee".
RANKS = {"pc", "dc", "ps", "ds", "sgt", "insp", "di", "ci", "dci", "ch insp", "chief inspector", "inspector",
         "supt", "superintendent", "dsupt", "det supt", "ch supt", "c supt", "csupt", "dcs", "chief superintendent",
         "acc", "dcc", "cc", "ac", "dac", "cmdr", "commander", "mr", "mrs", "ms", "miss", "mx", "dr", "prof",
         "sir", "dame", "det", "detective", "police staff", "staff"}
ACTING = re.compile(r"^(t|a|temp|temporary|acting)\s*[/.]?\s*", re.IGNORECASE)


def person_key(name):
    """A name as a person compares it: case, spacing and a leading rank ("T/DCI", "Supt") do not matter."""
    text = " ".join(str(name or "").replace(".", " ").split())
    words = text.split(" ")
    for _ in range(3):  # "T/Det Supt" is an acting mark and two words of rank
        stripped = ACTING.sub("", words[0]) if words and "/" in words[0] else (words[0] if words else "")
        if words and stripped != words[0]:
            words = ([stripped] if stripped else []) + words[1:]
        for length in (2, 1):
            if len(words) > length and " ".join(words[:length]).lower() in RANKS:
                words = words[length:]
                break
        else:
            break
    return " ".join(words).casefold()


def display_name(name):
    """The name without its rank, as it would be given to a new person ("DCI Sarah Khan" → "Sarah Khan")."""
    key = person_key(name)
    words = " ".join(str(name or "").replace(".", " ").split()).split(" ")
    return " ".join(words[-len(key.split(" ")):]) if key else ""


class People:
    """The people who may own the organisation's work and whom the importer may see (access.visible),
    found by username, email or full name (a rank before the name is ignored), looked up once."""

    def __init__(self, organisation, by):
        self.by_key = {}
        ambiguous = set()
        users = access.visible(User.objects.filter(memberships__organisation=organisation), by).distinct()
        for user in users:
            for key in {user.username.lower(), user.email.lower(), person_key(user.get_full_name())} - {""}:
                if key in self.by_key and self.by_key[key] != user:
                    ambiguous.add(key)
                self.by_key[key] = user
        self.ambiguous = ambiguous

    def add(self, name, user):
        self.by_key[person_key(name)] = user
        self.ambiguous.discard(person_key(name))

    def find(self, name):
        """(user, "") or (None, reason); reason is "" for a name no one here has (to map or create)."""
        key = person_key(name) if "@" not in name else name.strip().lower()
        if key in self.ambiguous:
            return None, f'More than one person is called "{name}"; use their username or email'
        user = self.by_key.get(key) or self.by_key.get(name.strip().lower())
        return user, ""
