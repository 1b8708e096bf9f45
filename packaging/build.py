"""Builds the double-clickable OMS Desktop for the platform it runs on (PyInstaller, one
folder; a .app on macOS), archives it and prints its size:

    python packaging/build.py                 # with this Python (pip install '.[packaging]')
    python packaging/build.py --venv build/venv   # in a build venv made from pyproject.toml
    python packaging/build.py --smoke         # then runs the frozen --version and --self-test

Reproducible: a clean PyInstaller build with PYTHONHASHSEED=0 and SOURCE_DATE_EPOCH set to
the last commit's time (or the value already in the environment), and an archive whose
entries are sorted, owned by root and dated SOURCE_DATE_EPOCH. Writes dist/oms-desktop/
(Linux, Windows) or dist/OMS Desktop.app (macOS), the archive beside it, and
dist/build-info.txt (the versions that went in). packaging/README.md has the platform steps.
"""

from __future__ import annotations

import argparse
import gzip
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "oms_desktop.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
NAME = "oms-desktop"
APP = "OMS Desktop.app"


def version() -> str:
    text = (ROOT / "oms_desktop" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__\s*=\s*"([^"]+)"', text).group(1)


def source_date_epoch() -> str:
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return os.environ["SOURCE_DATE_EPOCH"]
    try:
        found = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, check=True,
                               capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        found = ""
    return found or "1767225600"  # 2026-01-01, outside a git checkout


def build_python(venv: str | None, with_postgres: bool) -> str:
    """This interpreter, or one of a venv made (once) with the app and its build tools."""
    if not venv:
        return sys.executable
    folder = (ROOT / venv).resolve()
    python = folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--upgrade", "pip"], check=True)
    extras = "packaging,postgres" if with_postgres else "packaging"
    subprocess.run([str(python), "-m", "pip", "install", f"{ROOT}[{extras}]"], check=True)
    return str(python)


def run_pyinstaller(python: str, env: dict[str, str]) -> None:
    shutil.rmtree(DIST / NAME, ignore_errors=True)
    shutil.rmtree(DIST / APP, ignore_errors=True)
    subprocess.run([python, "-m", "PyInstaller", "--clean", "--noconfirm", "--log-level",
                    "WARN", "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)],
                   cwd=ROOT, env=env, check=True)


def bundle() -> Path:
    return DIST / APP if sys.platform == "darwin" else DIST / NAME


def executable() -> Path:
    if sys.platform == "darwin":
        return DIST / APP / "Contents" / "MacOS" / NAME
    return DIST / NAME / (f"{NAME}.exe" if os.name == "nt" else NAME)


def add_linux_desktop_entry() -> None:
    """The .desktop file and icon a launcher menu needs (packaging/README.md: install)."""
    shutil.copy2(ROOT / "packaging" / "linux" / f"{NAME}.desktop", DIST / NAME)
    shutil.copy2(ROOT / "resources" / "icons" / "app.png", DIST / NAME / f"{NAME}.png")


def _entries(folder: Path) -> list[Path]:
    return sorted([folder, *folder.rglob("*")], key=lambda p: p.as_posix())


def archive(folder: Path, epoch: int) -> Path:
    """tar.gz on Linux and macOS (keeps symlinks and modes), zip on Windows; reproducible."""
    stem = f"{NAME}-{version()}-{platform_tag()}"
    if os.name == "nt":
        target = DIST / f"{stem}.zip"
        stamp = time.gmtime(max(epoch, 315532800))[:6]  # zip dates start in 1980
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
            for path in _entries(folder):
                if path.is_file():
                    info = zipfile.ZipInfo(path.relative_to(DIST).as_posix(), stamp)
                    info.compress_type = zipfile.ZIP_DEFLATED
                    zf.writestr(info, path.read_bytes())
        return target
    target = DIST / f"{stem}.tar.gz"

    def normalised(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mtime = epoch
        return info

    with open(target, "wb") as raw, \
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=epoch) as gz, \
            tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for path in _entries(folder):
            tar.add(path, arcname=path.relative_to(DIST).as_posix(), recursive=False,
                    filter=normalised)
    return target


def platform_tag() -> str:
    system = {"darwin": "macos", "win32": "windows"}.get(sys.platform, sys.platform)
    machine = os.environ.get("OMS_TARGET_ARCH") or platform.machine().lower()
    return f"{system}-{ {'amd64': 'x86_64', 'aarch64': 'arm64'}.get(machine, machine) }"


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def write_build_info(python: str, epoch: str) -> None:
    frozen = subprocess.run([python, "-m", "pip", "freeze", "--exclude-editable"],
                            capture_output=True, text=True).stdout
    (DIST / "build-info.txt").write_text(
        f"oms-desktop {version()} for {platform_tag()}\nSOURCE_DATE_EPOCH={epoch}\n"
        f"python {subprocess.run([python, '--version'], capture_output=True, text=True).stdout}"
        f"\n{frozen}", encoding="utf-8")


def smoke(exe: Path) -> list[str]:
    """The frozen program's --version and --self-test (headless); raises on a failure."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = []
    for args in (["--version"], ["--self-test"]):
        done = subprocess.run([str(exe), *args], capture_output=True, text=True, env=env,
                              timeout=120)
        if done.returncode != 0:
            raise SystemExit(f"{exe.name} {' '.join(args)} exited {done.returncode}:\n"
                             f"{done.stdout}{done.stderr}")
        out.append(done.stdout.strip())
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--venv", help="build in this venv (made from pyproject.toml if "
                                       "missing), e.g. build/venv; default: this Python")
    parser.add_argument("--without-postgres", action="store_true",
                        help="leave out psycopg2 (no shared PostgreSQL database)")
    parser.add_argument("--no-archive", action="store_true", help="only the folder")
    parser.add_argument("--smoke", action="store_true",
                        help="run the frozen --version and --self-test afterwards")
    args = parser.parse_args(argv)

    epoch = source_date_epoch()
    env = {**os.environ, "SOURCE_DATE_EPOCH": epoch, "PYTHONHASHSEED": "0"}
    if args.without_postgres:
        env["OMS_WITHOUT_POSTGRES"] = "1"
    python = build_python(args.venv, not args.without_postgres)
    started = time.perf_counter()
    run_pyinstaller(python, env)
    if sys.platform.startswith("linux"):
        add_linux_desktop_entry()
    write_build_info(python, epoch)
    folder = bundle()
    print(f"built {folder} in {time.perf_counter() - started:.0f} s: "
          f"{folder_size(folder) / 2**20:.1f} MiB")
    if not args.no_archive:
        target = archive(folder, int(epoch))
        print(f"archive {target}: {target.stat().st_size / 2**20:.1f} MiB")
    if args.smoke:
        for line in smoke(executable()):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
