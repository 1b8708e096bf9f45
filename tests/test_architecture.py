"""The layers hold: import-linter's contracts (pyproject.toml) run with the tests."""

import pathlib
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept():
    executable = shutil.which("lint-imports") or str(pathlib.Path(sys.executable).parent
                                                      / "lint-imports")
    result = subprocess.run([executable, "--no-cache"], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
