"""A committee's layout for its papers: which sections, in what order, how numbered, the title, and the
standing text (purpose, recommendation, contact officers, background documents).

A layout is plain JSON on Committee.layout; `resolve` fills what a layout leaves out from DEFAULT, so
a committee with no layout gets the Joint Audit Committee's (seeds 001, 003, 004).
"""

import copy

from oversight.core.exceptions import InvalidInput

# key -> default title. "monitoring" is the background section (free background text, then the
# HMICFRS monitoring history); "free" holds the paper's own free sections (PEEL update, oversight).
SECTION_TITLES = {
    "recommendation": "Recommendation",
    "purpose": "Purpose of report",
    "monitoring": "Background",
    "free": "Inspection programme",
    "reports": "Recommendations, causes of concern and areas for improvement",
    "progress": "Progress on earlier reports",
    "gradings": "Gradings",
    "red_overdue": "Findings rated red and overdue findings",
    "closures": "Submissions for closure",
    "activities": "Inspection activity",
    "statutory": "The Commissioner's comments on HMICFRS reports",
    "open_findings": "Open findings by portfolio and status",
    "appendix": "Appendix: open findings",
}
# Sections printed only when they have something to say: the seeds never print an empty one.
OPTIONAL = {"progress", "gradings", "free", "appendix", "statutory"}
NUMBERING = {"decimal", "straight"}

DEFAULT = {
    "title": "HMICFRS Update",
    "numbering": "decimal",  # 1. / 1.1 / 3.1.1 as the JAC papers; "straight" numbers paragraphs 1, 2, 3 ...
    "group_by_theme": False,
    "purpose": "To provide members of the Committee with oversight of HMICFRS inspection activity and "
    "recommendations.",
    "recommendation": "The Committee to note the contents of the report.",
    "sections": [
        {"key": key, "title": title, "on": True}
        for key, title in SECTION_TITLES.items() if key not in ("recommendation", "appendix")
    ] + [{"key": "recommendation", "title": "Recommendation", "on": True},
         # Every open finding with its owner and due date: long, so a committee switches it on.
         {"key": "appendix", "title": "Appendix: open findings", "on": False}],
    "contacts": [],
    "background_documents": [],
    # A second person who writes papers approves each issue (off by default; the demo's JAC has it on).
    "second_person_approval": False,
    # "Since the last paper: N new findings, N closed ..." above the first section.
    "changes_summary": True,
}


def resolve(layout):
    """The layout with every key present and checked; refuses a malformed one with a message."""
    out = copy.deepcopy(DEFAULT)
    if not isinstance(layout or {}, dict):
        raise InvalidInput("A committee's paper layout is a set of named settings (a JSON object).")
    for key, value in (layout or {}).items():
        if key in out:
            out[key] = copy.deepcopy(value)
    if out["numbering"] not in NUMBERING:
        raise InvalidInput("A layout's numbering is 'decimal' (1. / 1.1) or 'straight' (1, 2, 3 ...).")
    if not isinstance(out["sections"], list) or not all(isinstance(s, dict) for s in out["sections"]):
        raise InvalidInput("A layout's sections are a list, each with a key such as 'purpose' or 'reports'.")
    seen = set()
    for section in out["sections"]:
        if section.get("key") not in SECTION_TITLES or section["key"] in seen:
            raise InvalidInput(f"The layout names an unknown or repeated section: {section.get('key')!r}.")
        seen.add(section["key"])
        section.setdefault("title", SECTION_TITLES[section["key"]])
        section.setdefault("on", True)
        section.setdefault("public", True)
    return out


def sections(layout, has_content):
    """The sections printed, in the layout's order, numbered 1, 2, 3 ... after switched-off and empty
    optional sections are dropped (so the rest renumber)."""
    out = []
    for section in layout["sections"]:
        key = section["key"]
        if not section["on"] or (key in OPTIONAL and not has_content.get(key, False)):
            continue
        # "public": False leaves the whole section out of the version for the PCC's website.
        out.append({"key": key, "title": section["title"], "number": len(out) + 1,
                    "public": bool(section.get("public", True))})
    return out


JAC = {
    "title": "HMICFRS Update",
    "numbering": "decimal",
    "sections": [
        {"key": "purpose", "title": "Purpose of report"},
        {"key": "monitoring", "title": "Background"},
        {"key": "free", "title": "West Midlands Police PEEL inspection"},
        {"key": "reports", "title": "Recommendations, causes of concern and areas for improvement"},
        {"key": "progress", "title": "Progress on earlier reports"},
        {"key": "gradings", "title": "Gradings"},
        {"key": "red_overdue", "title": "Outstanding recommendations currently graded red"},
        {"key": "closures", "title": "Submissions for closure", "on": True},
        {"key": "activities", "title": "Inspection activity"},
        {"key": "open_findings", "title": "Open findings by portfolio and status", "on": False},
        {"key": "recommendation", "title": "Recommendations"},
    ],
}

PANEL = {
    "title": "HMICFRS update report",
    "changes_summary": False,
    "numbering": "straight",
    "group_by_theme": True,
    "purpose": "This report provides an update on progress made to address the recommendations.",
    "recommendation": "Members of the Panel are invited to note this report.",
    "sections": [
        {"key": "recommendation", "title": "Recommendation"},
        {"key": "purpose", "title": "Purpose"},
        {"key": "monitoring", "title": "Background"},
        {"key": "progress", "title": "Areas for Improvement (AFIs) and Recommendations"},
        {"key": "reports", "title": "Reports published since the last meeting"},
        {"key": "free", "title": "Oversight and monitoring"},
        {"key": "gradings", "title": "Gradings", "on": False},
        {"key": "red_overdue", "title": "Findings rated red and overdue findings", "on": False},
        {"key": "closures", "title": "Submissions for closure", "on": False},
        {"key": "activities", "title": "Inspection activity", "on": False},
        {"key": "open_findings", "title": "Open findings", "on": False},
    ],
}
