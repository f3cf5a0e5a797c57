"""Render the application icon's PNG sizes (and the Windows .ico) from its SVG with Qt.

    python scripts/icons.py        (`make icons`)

The SVG, hotline/data/icons/hotline152.svg, is the source; the PNGs beside it
are what the window, the .desktop file and the hicolor theme use, and
installer/windows/hotline152.ico is what PyInstaller and Inno Setup put on the
.exe. Run it again after changing the SVG and commit the results.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "hotline" / "data" / "icons"
SVG = ICONS / "hotline152.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO = ROOT / "installer" / "windows" / "hotline152.ico"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO container of PNG images (Windows Vista and later read PNG entries)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, png in images.items():
        side = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        payload += png
        offset += len(png)
    return header + entries + payload


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    del app
    rendered = {size: render(size) for size in SIZES}
    for size, png in rendered.items():
        (ICONS / f"hotline152-{size}.png").write_bytes(png)
    ICO.parent.mkdir(parents=True, exist_ok=True)
    ICO.write_bytes(ico({size: rendered[size] for size in ICO_SIZES}))
    print(f"{len(SIZES)} PNG sizes in {ICONS.relative_to(ROOT)}, {ICO.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
