"""How far a long import has got, readable from any web worker while it runs.

A small JSON file beside the upload rather than a database row: the import holds its
transaction open until the end, so a row it wrote would not be seen by the page polling it.
"""

import json
import os
from pathlib import Path

from django.conf import settings


def _path(run):
    return Path(settings.MEDIA_ROOT) / "imports" / "progress" / f"{run.pk}.json"


def write(run, *, done, total, phase):
    path = _path(run)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".part")
    partial.write_text(json.dumps({"done": done, "total": total, "phase": phase}))
    os.replace(partial, path)  # readers never see half a file


def read(run):
    try:
        return json.loads(_path(run).read_text())
    except (FileNotFoundError, ValueError):
        return {"done": 0, "total": 0, "phase": ""}
