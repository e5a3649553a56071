"""Whether an import may rely on the check the person just saw instead of checking the file again.

An import is all or nothing, so it used to check the whole file before writing its first batch, even
straight after a clean preview of the same file: twice the work for the same answer. The check now
leaves a seal on the run's outcome: a hash of the file, the mapping, the answers and who checked,
and the audit trail's last entry when the check began. The import relies on the check only if the
seal still matches and no audited write since then could change a row's fate (every write goes
through a service under its actor, so it leaves an audit entry; one tagged with another
organisation cannot touch this one's register). Otherwise it checks again, as before.
"""

import hashlib
import json

from auditlog.models import LogEntry
from django.db.models import Max

# Past this many audit entries since the check, checking again costs less than reading them.
MOST_ENTRIES_READ = 5000


def audit_mark():
    """The last audit entry now (0 when none): the point a check starts from."""
    return LogEntry.objects.aggregate(last=Max("pk"))["last"] or 0


def fingerprint(run, by):
    digest = hashlib.sha256()
    with run.file.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    digest.update(json.dumps([run.mapping, run.choices, by.pk], sort_keys=True, default=str).encode())
    return digest.hexdigest()


def seal(run, by, *, mark, outcome):
    """What the check leaves on the run's outcome for the import to compare."""
    return {"fingerprint": fingerprint(run, by), "audit_mark": mark, "clean": outcome.ok}


def still_holds(run, by, *, partial):
    """True when the run's last check may stand for the import's own: same file, mapping, answers and
    person, no refusal (or only the good rows are wanted), and nothing audited since that could matter."""
    found = (run.outcome or {}).get("checked")
    if not found or run.state != run.State.IMPORTING or not (found.get("clean") or partial):
        return False
    if found.get("fingerprint") != fingerprint(run, by):
        return False
    since = list(LogEntry.objects.filter(pk__gt=found.get("audit_mark", 0)).order_by()
                 .values_list("additional_data", flat=True)[:MOST_ENTRIES_READ + 1])
    if len(since) > MOST_ENTRIES_READ:
        return False
    return all(_elsewhere((data or {}).get("organisation_id"), run.organisation_id) for data in since)


def _elsewhere(organisation_id, ours):
    """An entry of another organisation's record; national records (no organisation) may matter to us."""
    return organisation_id is not None and organisation_id != ours
