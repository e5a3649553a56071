"""The register fields an import can fill, and the header names forces use for them.

Headers are compared after lower-casing and dropping punctuation, so "Rec. No", "REC NO" and
"rec_no" are the same header.
"""

import re

# field -> (label shown on the mapping page, header names recognised for it)
FIELDS = {
    "report_title": ("Report title", ["report", "report title", "report name", "inspection", "inspection report", "publication"]),
    "published_on": ("Date published", ["date published", "published", "publication date", "report date", "date of report"]),
    "kind": ("Finding type", ["type", "finding type", "kind", "category"]),
    "ref": ("Reference as printed", ["rec no", "ref", "reference", "rec ref", "recommendation number", "rec number", "number", "no", "afi no", "afi ref"]),
    "text": ("Finding text", ["recommendation", "afi", "area for improvement", "finding", "finding text", "recommendation text", "description", "cause of concern"]),
    "owner": ("Owner", ["owner", "lead", "action owner", "responsible officer", "lead officer", "owner username"]),
    "portfolio": ("Portfolio", ["portfolio", "fet portfolio", "chief officer portfolio"]),
    "business_area": ("Business area", ["business area", "department", "business lead area", "area"]),
    "board": ("Board", ["board", "governance board", "oversight board"]),
    "status": ("Status", ["status", "force status", "current status"]),
    "rag": ("RAG", ["rag", "rag status", "rag rating"]),
    "due_on": ("Due date", ["due date", "due", "deadline", "due by"]),
    "target_on": ("Target date", ["target date", "target", "revised date", "target completion date"]),
    "update": ("Latest update", ["update", "latest update", "progress update", "progress", "comments", "update text"]),
    "update_on": ("Date of update", ["update date", "date of update", "last updated"]),
}
LABELS = {field: label for field, (label, _) in FIELDS.items()}
HEADERS_FOR_FIELD = {field: names for field, (_, names) in FIELDS.items()}
# When a column's header says what kind of finding it holds, rows without a "Type" take it from there.
KIND_FROM_HEADER = {"afi": "area_for_improvement", "area for improvement": "area_for_improvement",
                    "cause of concern": "cause_of_concern", "recommendation": "recommendation"}


def normalise(header):
    """Compare headers without case, punctuation or repeated spaces."""
    text = re.sub(r"[^a-z0-9]+", " ", str(header or "").lower())
    return text.strip()


_LOOKUP = {normalise(name): field for field, names in HEADERS_FOR_FIELD.items() for name in names}


def guess_mapping(headers, saved=None):
    """Map each header to a field: the organisation's saved choice first, then the names above.

    Returns {header: field or ""}. A field is used by at most one header (the first).
    """
    saved = saved or {}
    mapping, taken = {}, set()
    for header in headers:
        if not header:
            continue
        field = saved.get(header, _LOOKUP.get(normalise(header), ""))
        if field and field in taken:
            field = ""
        mapping[header] = field
        if field:
            taken.add(field)
    return mapping


def recognised_header_names():
    """Every header name recognised without a saved mapping (for the docs and the report)."""
    return sorted(name for names in HEADERS_FOR_FIELD.values() for name in names)
