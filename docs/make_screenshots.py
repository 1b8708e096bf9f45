"""Renders a screenshot of each screen of the desktop app on the demo shop into
docs/screenshots/ (offscreen: no display needed).

    python docs/make_screenshots.py [--lang en|fr] [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TODAY = datetime.date(2026, 11, 26)
NAMES = ("dashboard", "sell", "orders", "products", "purchasing", "reports", "settings")


def settle(app, window, seconds: float = 0.8) -> None:
    """Lets timers fire, background reads finish and their results paint."""
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        window.ctx.runner.wait()
        time.sleep(0.02)
    app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en", choices=["en", "fr"])
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent / "screenshots"))
    args = parser.parse_args()
    os.environ["OMS_TODAY"] = TODAY.isoformat()
    work = Path(tempfile.mkdtemp(prefix="oms-shots-"))
    os.environ["OMS_SETTINGS"] = str(work / "desktop.ini")

    from oms_desktop.ui.app import build_window, create_application, install_translations, \
        open_settings

    app = create_application()
    install_translations(app, args.lang)
    window = build_window(str(work / "oms.sqlite3"), open_settings(), demo=True)
    window.resize(1366, 820)
    window.show()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "en" else f"-{args.lang}"
    for index, name in enumerate(NAMES):
        window.go_to(index)
        screen = window.screen(index)
        prepare = getattr(screen, "prepare_screenshot", None)
        if prepare:
            prepare()
        settle(app, window)
        path = out / f"{index + 1}-{name}{suffix}.png"
        window.grab().save(str(path))
        print(path)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
