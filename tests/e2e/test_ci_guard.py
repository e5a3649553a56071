"""The CI guard itself: a skipped browser test must fail when OVERSIGHT_REQUIRE_BROWSER is set."""

import subprocess
import sys
import textwrap


def test_a_skipped_browser_test_fails_in_ci(tmp_path):
    probe = tmp_path / "test_probe.py"
    probe.write_text(textwrap.dedent("""
        import pytest

        @pytest.mark.e2e
        def test_skipped():
            pytest.skip("no browser")
    """))
    conftest = tmp_path / "conftest.py"
    conftest.write_text("from tests.e2e.conftest import pytest_runtest_makereport  # noqa: F401\n")
    env = {"OVERSIGHT_REQUIRE_BROWSER": "1", "PATH": "/usr/bin:/bin", "PYTHONPATH": "."}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:django", "-p", "no:xdist",
         "-o", "addopts=", "-m", "e2e", "--rootdir", str(tmp_path), str(probe)],
        capture_output=True, text=True, env=env,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "1 failed" in result.stdout
