"""The key card as one A4 page to print or send to partners (``hotline export
--public-key --out CARD.pdf``).

Drawn with QPainter (as the exports' PDFs, :mod:`.pdf_writer`) in DejaVu Sans, which
carries ə ş ğ ı ö ü ç and Cyrillic; the key, its fingerprint and the command in DejaVu
Sans Mono, large enough to be read aloud on the telephone. The text is written as text,
so it can be copied from the PDF. `draw` paints on any device: the PDF, or an image to
look at.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from hotline.export.key_card import KeyCard
from hotline.ui import palette
from hotline.ui.export.pdf_writer import RESOLUTION, make_app

SANS, MONO = "DejaVu Sans", "DejaVu Sans Mono"


def _font(family: str, points: float, bold: bool = False) -> QFont:
    font = QFont(family)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def draw(painter: QPainter, page: QRectF, card: KeyCard) -> None:
    """The card on `page` (device pixels): a framed block at the top of the page."""
    gap = QFontMetricsF(_font(SANS, 11), painter.device()).height() * 0.8
    pad = gap
    frame = QRectF(page.left(), page.top(), page.width(), page.height() * 0.62)
    inner = frame.adjusted(pad, pad, -pad, -pad)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    y = inner.top()

    def paragraph(text: str, font: QFont, colour: str = palette.INK) -> None:
        nonlocal y
        painter.setFont(font)
        painter.setPen(QColor(colour))
        room = QRectF(inner.left(), y, inner.width(), inner.bottom() - y)
        used = painter.boundingRect(room, int(flags), text)
        painter.drawText(room, int(flags), text)
        y += used.height() + gap

    def fitting(text: str, points: float) -> QFont:
        """The fixed-width font at `points`, or smaller until `text` fits on one line
        (a key or a fingerprint has no place to break)."""
        font = _font(MONO, points, bold=True)
        while points > 6 and (
            QFontMetricsF(font, painter.device()).horizontalAdvance(text) > inner.width()
        ):
            points -= 0.5
            font = _font(MONO, points, bold=True)
        return font

    paragraph(card.title, _font(SANS, 18, bold=True), palette.TITLE_INK)
    paragraph(card.key_line.replace(card.key, "").strip(), _font(SANS, 11))
    paragraph(card.key, fitting(card.key, 13))
    paragraph(card.fingerprint_line.replace(card.fingerprint, "").strip(), _font(SANS, 11))
    paragraph(card.fingerprint, fitting(card.fingerprint, 18))
    paragraph(card.compare, _font(SANS, 11, bold=True))
    paragraph(card.how, _font(SANS, 11))
    paragraph(card.command, _font(MONO, 9))
    paragraph(card.another, _font(SANS, 11))
    painter.setPen(QPen(QColor(palette.FRAME), max(2.0, RESOLUTION / 100)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(frame.left(), frame.top(), frame.width(), y - frame.top()))


def to_pdf(card: KeyCard) -> bytes:
    """The card as a one-page A4 PDF."""
    make_app()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "key-card.pdf"
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Portrait)
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
        writer.setResolution(RESOLUTION)
        writer.setTitle(card.title)
        writer.setCreator("hotline")
        page = QRectF(writer.pageLayout().paintRectPixels(RESOLUTION))
        page.moveTo(0, 0)
        painter = QPainter(writer)
        try:
            draw(painter, page, card)
        finally:
            painter.end()
        return path.read_bytes()
