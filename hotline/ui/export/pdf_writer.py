"""The PDF of an export: a page for the period with a bar chart and the table, then notes.

Drawn with QPainter on Qt's own QPdfWriter (no other PDF library).  The numbers
are written as text, so the published figures can be read back from the PDF.
Suppressed cells show the one marker, and their bars are drawn as an empty,
hatched outline of no particular length, so the chart gives nothing away.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtWidgets import QApplication

from hotline.disclosure import TOTAL
from hotline.export.catalogue import DIMENSION_TITLES, label_text, value_label
from hotline.export.grid import pivot
from hotline.export.notes import AUDIENCE, EXPORTED, NOTES, PERIOD, marker_note
from hotline.export.release import Release, RenderedTable
from hotline.export.writers import notes, table_title
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.taxonomy import Taxonomy
from hotline.ui import palette

RESOLUTION = 300
BAR = QColor(palette.SERIES[0])
HOTLINE = QT_TRANSLATE_NOOP("export", "Hotline 152")
Flags = Qt.AlignmentFlag | Qt.TextFlag


@dataclass(frozen=True)
class Words:
    """The labels of one file: the taxonomy's and the fixed texts, in one language
    (the file's, not the window's: the same release in az is the same bytes anywhere)."""

    taxonomy: Taxonomy
    language: str

    def tr(self, text: str) -> str:
        return label_text(text, self.language)

    def value(self, dim: str, code: str) -> str:
        return value_label(dim, code, self.taxonomy, self.language)


def make_app() -> None:
    """QPdfWriter needs a QGuiApplication; the command line has none, so make one.

    A QApplication (not a bare QGuiApplication): if widgets are made later in the
    same process (a test run, the window after a command), they need it.
    """
    if QGuiApplication.instance() is None:
        if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        global _keep
        _keep = QApplication([sys.argv[0] if sys.argv else "hotline"])


_keep: QApplication | None = None


def to_pdf(release: Release, taxonomy: Taxonomy, language: str = "en") -> bytes:
    make_app()
    words = Words(taxonomy, language)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "export.pdf"
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
        writer.setResolution(RESOLUTION)
        writer.setTitle(f"Hotline 152: {release.table} {release.period}")
        writer.setCreator("hotline")
        page = QRectF(writer.pageLayout().paintRectPixels(RESOLUTION))
        page.moveTo(0, 0)
        painter = QPainter(writer)
        try:
            _period_page(painter, page, release, release.tables[0], words)
            writer.newPage()
            _notes_page(painter, page, release, release.tables[1:], words)
        finally:
            painter.end()
        return path.read_bytes()


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _text(painter: QPainter, rect: QRectF, text: str, font: QFont, flags: Flags) -> None:
    painter.setFont(font)
    painter.drawText(rect, flags, text)


def _heading(painter: QPainter, page: QRectF, release: Release, title: str, words: Words) -> float:
    line = QFontMetricsF(_font(14, True), painter.device()).height()
    _text(
        painter,
        QRectF(page.left(), page.top(), page.width(), line),
        f"{words.tr(HOTLINE)}: {words.tr(title)}",
        _font(14, True),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    )
    small = QFontMetricsF(_font(9), painter.device()).height()
    facts = (
        f"{words.tr(PERIOD)} {release.period}   {words.tr(AUDIENCE)} {release.audience}   "
        f"k = {release.k}   {words.tr(EXPORTED)} {release.exported_at}"
    )
    _text(
        painter,
        QRectF(page.left(), page.top() + line * 1.1, page.width(), small),
        facts,
        _font(9),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    )
    return page.top() + line * 1.1 + small * 1.6


def _row_totals(rt: RenderedTable) -> list[tuple[str, int | str]]:
    """Each row's total (the chart): the last cell of the row in printing order."""
    if len(rt.dims) == 1:
        return [(key[0], value) for key, value in rt.cells if key[0] != TOTAL]
    return [(key[0], value) for key, value in rt.cells if key[1] == TOTAL and key[0] != TOTAL]


def _chart(painter: QPainter, rect: QRectF, rt: RenderedTable, words: Words) -> None:
    rows = _row_totals(rt)
    if not rows:
        return
    shown = [v for _, v in rows if isinstance(v, int)]
    top = max(shown, default=1) or 1
    font = _font(8)
    label_w = rect.width() * 0.3
    number_w = rect.width() * 0.08
    bar_w = rect.width() - label_w - number_w
    step = rect.height() / len(rows)
    for i, (code, value) in enumerate(rows):
        y = rect.top() + i * step
        label = words.value(rt.dims[0], code)
        _text(
            painter,
            QRectF(rect.left(), y, label_w - 10, step),
            label,
            font,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        )
        bar = QRectF(rect.left() + label_w, y + step * 0.15, 0, step * 0.7)
        if isinstance(value, int):
            bar.setWidth(max(1.0, bar_w * value / top))
            painter.fillRect(bar, BAR)
        else:  # suppressed: an outline that says nothing about the size
            bar.setWidth(step * 0.7)
            painter.setPen(QPen(QColor(palette.PRINT_SUPPRESSED), 2))
            painter.setBrush(QBrush(QColor(palette.PRINT_SUPPRESSED), Qt.BrushStyle.BDiagPattern))
            painter.drawRect(bar)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(palette.PRINT_INK)))
        _text(
            painter,
            QRectF(bar.right() + 8, y, number_w + bar_w - bar.width(), step),
            str(value),
            font,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        )


def _grid(painter: QPainter, rect: QRectF, rt: RenderedTable, words: Words, title: str) -> float:
    """Draw the table as rows by columns; returns the y below it."""
    grid = pivot(rt)
    rows, cols, col_dim = grid.rows, grid.cols, grid.col_dim
    if col_dim is None:  # one column of numbers: keep it near its labels
        rect = QRectF(rect.left(), rect.top(), rect.width() * 0.55, rect.height())
    size = 8.0 if len(cols) <= 6 else 6.0 if len(cols) <= 12 else 5.0
    font, bold = _font(size), _font(size, True)
    line = QFontMetricsF(font, painter.device()).height() * 1.25
    _text(
        painter,
        QRectF(rect.left(), rect.top(), rect.width(), line * 1.3),
        words.tr(title),
        _font(10, True),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    )
    y = rect.top() + line * 1.4
    first_w = rect.width() * (0.28 if len(cols) > 6 else 0.4)
    col_w = (rect.width() - first_w) / max(len(cols), 1)
    head_h = line * (2.4 if len(cols) > 6 else 1.2)
    _text(
        painter,
        QRectF(rect.left(), y, first_w, head_h),
        words.tr(DIMENSION_TITLES[grid.row_dim]),
        bold,
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
    )
    for j, c in enumerate(cols):
        label = words.value(col_dim, c) if col_dim else words.value("", TOTAL)
        _text(
            painter,
            QRectF(rect.left() + first_w + j * col_w, y, col_w - 4, head_h),
            label,
            bold,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap,
        )
    y += head_h
    painter.setPen(QPen(QColor(palette.PRINT_RULE), 1))
    painter.drawLine(int(rect.left()), int(y), int(rect.right()), int(y))
    painter.setPen(QPen(QColor(palette.PRINT_INK)))
    for r in rows:
        row_font = bold if r == TOTAL else font
        _text(
            painter,
            QRectF(rect.left(), y, first_w, line),
            words.value(grid.row_dim, r),
            row_font,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        )
        for j, c in enumerate(cols):
            _text(
                painter,
                QRectF(rect.left() + first_w + j * col_w, y, col_w - 4, line),
                str(grid.cell(r, c)),
                bold if TOTAL in (r, c) else font,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            )
        y += line
    return y


def _period_page(
    painter: QPainter, page: QRectF, release: Release, rt: RenderedTable, words: Words
) -> None:
    top = _heading(painter, page, release, table_title(rt), words)
    rows = len(_row_totals(rt))
    chart_h = min(page.height() * 0.33, rows * 70.0 + 20)
    _chart(painter, QRectF(page.left(), top, page.width() * 0.8, chart_h), rt, words)
    below = _grid(
        painter,
        QRectF(page.left(), top + chart_h + 40, page.width(), page.bottom() - top - chart_h),
        rt,
        words,
        table_title(rt),
    )
    _text(
        painter,
        QRectF(page.left(), max(below + 20, page.bottom() - 60), page.width(), 60),
        marker_note(words.language),
        _font(7),
        Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
    )


def _notes_page(
    painter: QPainter,
    page: QRectF,
    release: Release,
    more: tuple[RenderedTable, ...],
    words: Words,
) -> None:
    y = _heading(painter, page, release, NOTES, words)
    for rt in more:
        y = (
            _grid(
                painter,
                QRectF(page.left(), y, page.width(), page.height()),
                rt,
                words,
                table_title(rt),
            )
            + 40
        )
    font = _font(8)
    metrics = QFontMetricsF(font, painter.device())
    for name, text in notes(release, words.language):
        box = metrics.boundingRect(
            QRectF(0, 0, page.width() * 0.78, 10_000), int(Qt.TextFlag.TextWordWrap), text
        )
        _text(
            painter,
            QRectF(page.left(), y, page.width() * 0.2, box.height()),
            name,
            _font(8, True),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
        )
        _text(
            painter,
            QRectF(page.left() + page.width() * 0.22, y, page.width() * 0.78, box.height()),
            text,
            font,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
        )
        y += box.height() + metrics.height() * 0.5
