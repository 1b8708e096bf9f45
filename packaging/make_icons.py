"""Makes the platform icons from the app's icon, resources/icons/app.svg:

    python packaging/make_icons.py

writes resources/icons/app.png (1024 px), app.ico (Windows: 16 to 256 px) and app.icns
(macOS: 16 to 1024 px). Qt draws the SVG (as the window does), Pillow writes the files; both
are build-time tools here, nothing reads these files at run time but the packagers. The
files are committed: run this again only when app.svg changes.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
ICO_SIZES = [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]


def render_svg(path: Path, size: int) -> bytes:
    """The SVG drawn at size x size, as PNG bytes (transparent background)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - Qt needs one
    renderer = QSvgRenderer(QByteArray(path.read_bytes()))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def main() -> int:
    from PIL import Image

    big = Image.open(io.BytesIO(render_svg(ICONS / "app.svg", 1024))).convert("RGBA")
    big.save(ICONS / "app.png", optimize=True)
    big.save(ICONS / "app.ico", sizes=ICO_SIZES)
    big.save(ICONS / "app.icns")  # Pillow writes every size from 16 to 1024 px
    for name in ("app.png", "app.ico", "app.icns"):
        print(f"{ICONS / name}: {(ICONS / name).stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
