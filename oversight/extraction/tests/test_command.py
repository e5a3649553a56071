"""`oversight extract FILE --format json`: the issue's JSON on stdout, or one clear line on stderr."""

import json

import pytest
from django.core.management import CommandError, call_command

from .accuracy import DATA
from .documents import encrypted_pdf, pdf_from_html

KEYS = ["source", "title", "published_on", "pages", "findings"]
FINDING_KEYS = ["id", "kind", "ref", "text", "addressees", "due_text", "due_on", "parent", "page"]


def run(path):
    from io import StringIO

    out = StringIO()
    call_command("extract", str(path), "--format", "json", stdout=out)
    return out.getvalue()


def test_the_command_prints_the_findings_as_json_in_the_issues_form(tmp_path):
    path = tmp_path / "fire.pdf"
    path.write_bytes(pdf_from_html((DATA / "case_fire.html").read_text()))
    result = json.loads(run(path))
    assert list(result) == KEYS
    assert result["source"] == "fire.pdf" and result["pages"] == 2 and result["published_on"] == "2024-08-21"
    assert [list(f) for f in result["findings"]] == [FINDING_KEYS] * 5
    assert [f["id"] for f in result["findings"]] == ["F1", "F2", "F3", "F4", "F5"]
    assert result["findings"][1]["parent"] == "F1"
    assert result["findings"][1]["due_on"] == "2025-01-31"


def test_the_command_reads_the_public_sample_text(tmp_path):
    result = json.loads(run(DATA / "sample_02.txt"))
    (finding,) = result["findings"]
    assert finding["due_text"] == "Not later than 31 March 2015" and finding["due_on"] == "2015-03-31"


@pytest.mark.parametrize(
    "content,message",
    [(b"", "empty"), (b"%PDF-1.5 broken", "damaged"), (None, "encrypted")],
    ids=["empty", "corrupt", "encrypted"],
)
def test_an_unreadable_file_fails_with_one_clear_line_and_no_json(tmp_path, capsys, content, message):
    path = tmp_path / "report.pdf"
    path.write_bytes(encrypted_pdf() if content is None else content)
    with pytest.raises(CommandError, match=message) as raised:
        run(path)
    assert "\n" not in str(raised.value)
    assert capsys.readouterr().out == ""


def test_the_console_script_exits_non_zero_on_an_unreadable_file(tmp_path):
    import os
    import subprocess
    import sys

    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4 not really")
    env = {**os.environ, "DEBUG": "true"}
    done = subprocess.run(
        [sys.executable, "-m", "oversight.cli", "extract", str(path), "--format", "json"],
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert done.returncode == 2  # issue 11: exit 2 for a file it cannot read
    assert done.stdout == ""
    assert done.stderr.strip().count("\n") == 0 and "damaged" in done.stderr
