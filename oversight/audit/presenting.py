"""Audit entries in words: which fields changed, from what to what."""


def describe_changes(entry):
    """[(field, before, after), ...] for one LogEntry; creates list the values set."""
    changes = entry.changes_dict or {}
    out = []
    for field_name, values in changes.items():
        if isinstance(values, dict):  # m2m: {"type": "m2m", "operation": ..., "objects": [...]}
            out.append((field_name, values.get("operation", ""), ", ".join(map(str, values.get("objects", [])))))
            continue
        before, after = (list(values) + [None, None])[:2]
        out.append((field_name.replace("_", " "), "" if before in (None, "None") else before,
                    "" if after in (None, "None") else after))
    return out
