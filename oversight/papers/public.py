"""The public version of a paper, for the PCC's website: the same content without what is restricted.

What is restricted is decided where the paper is written (content.py reads narrative["restricted"]):
a finding of the force ("finding-<id>": its text, owner, status and the force's narrative, wherever the
paper prints it: under its report, in the progress section, the red and overdue tables, the appendix),
a report's commentary ("commentary-<id>"), a free section ("free-<n>"); and a committee's layout can
keep a whole section off the public version (`"public": false`). Counts stay: they are HMICFRS's
published figures and the register's totals, not the restricted text.
"""

import copy


def public_content(content):
    """A deep copy of `content` with every restricted item left out and the sections renumbered."""
    out = copy.deepcopy(content)
    out["public"] = True
    out["sections"] = [dict(s) for s in out["sections"] if s.get("public", True)]
    for number, section in enumerate(out["sections"], start=1):
        section["number"] = number
    out["numbers"] = {s["key"]: s["number"] for s in out["sections"]}
    out["free_sections"] = [f for f in out["free_sections"] if not f.get("restricted")]
    for report in out["reports"]:
        report["number"] = f"{out['numbers'].get('reports', '')}.1.{report['position']}"
        if report.get("commentary_restricted"):
            report["commentary"] = ""
        report["findings"] = [f for f in report["findings"] if not f.get("restricted")]
        for theme in report.get("themes", []):
            theme["findings"] = [f for f in theme["findings"] if not f.get("restricted")]
        report["themes"] = [t for t in report.get("themes", []) if t["findings"]]
    progress = []
    for entry in out["progress"]:
        entry["findings"] = [f for f in entry["findings"] if not f.get("restricted")]
        if entry["findings"]:
            progress.append(entry)
    for n, entry in enumerate(progress, start=1):
        entry["number"] = f"{out['numbers'].get('progress', '')}.{n}"
    out["progress"] = progress
    for key in ("red", "overdue"):
        out[key] = [row for row in map(_without_restricted, out[key]) if row["count"]]
    out["appendix"] = [row for row in out["appendix"] if not row.get("restricted")]
    return out


def _without_restricted(row):
    hidden = set(row.get("restricted_findings", []))
    if not hidden:
        return row
    row["findings"] = [label for label in row["findings"] if label not in hidden]
    row["findings_text"] = "; ".join(row["findings"])
    row["count"] = len(row["findings"])
    row["restricted_findings"] = []
    return row
