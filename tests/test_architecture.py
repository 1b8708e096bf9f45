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


def test_every_package_of_the_tree_is_installed():
    """pyproject.toml lists the packages by hand (resources/ is mapped into the package):
    a new folder of code must be added there, or an installed app would miss it."""
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
                 ["packages"])
    found = {".".join(path.parent.relative_to(ROOT).parts)
             for path in (ROOT / "oms_desktop").rglob("__init__.py")}
    assert found <= listed, f"add to pyproject.toml: {sorted(found - listed)}"
    assert "oms_desktop.resources" in listed
