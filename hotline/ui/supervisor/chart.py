"""A stacked bar chart drawn with QPainter: calls per month by primary topic.

The same `paint()` draws on the screen, into a QImage and into a QPdfWriter, so
what is printed is what is seen. Series carry a fill pattern as well as a colour,
so they can be told apart on a black-and-white printout.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from hotline.ui import palette

# Patterns for print, beside the colour-blind-safe palette.SERIES.
PATTERNS = (
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.FDiagPattern,
    Qt.BrushStyle.Dense4Pattern,
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.Dense2Pattern,
    Qt.BrushStyle.HorPattern,
    Qt.BrushStyle.VerPattern,
)


def nice_step(top: float, ticks: int = 5) -> int:
    """A round step for the value axis (1, 2, 5 x 10^n)."""
    if top <= 0:
        return 1
    raw = top / ticks
    magnitude = 10 ** max(len(str(int(raw))) - 1, 0)
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return int(factor * magnitude)
    return int(10 * magnitude)


class StackedBars:
    """The data and the drawing, without a widget (for printing)."""

    def __init__(self) -> None:
        self.title = ""
        self.categories: list[str] = []  # x axis labels
        self.series: list[str] = []  # legend labels
        self.values: list[list[int]] = []  # values[category][series]

    def set_data(
        self, title: str, categories: list[str], series: list[str], values: list[list[int]]
    ) -> None:
        self.title, self.categories, self.series, self.values = title, categories, series, values

    def brush(self, index: int) -> QBrush:
        brush = QBrush(
            QColor(palette.SERIES[index % len(palette.SERIES)]), PATTERNS[index % len(PATTERNS)]
        )
        return brush

    def paint(self, painter: QPainter, rect: QRectF, font: QFont) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(rect, QColor(palette.PAPER))
        painter.setFont(font)
        fm = QFontMetricsF(font)
        line = fm.height()
        pad = line * 0.6
        ink = QColor(palette.INK)
        painter.setPen(QPen(ink))
        title_font = QFont(font)
        title_font.setBold(True)
        title_font.setPointSizeF(font.pointSizeF() * 1.15)
        painter.setFont(title_font)
        painter.drawText(
            QRectF(rect.left() + pad, rect.top() + pad * 0.5, rect.width() - 2 * pad, line * 1.4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.title,
        )
        painter.setFont(font)
        # legend on the right
        legend_w = min(
            max((fm.horizontalAdvance(s) for s in self.series), default=0) + line * 2.2,
            rect.width() * 0.35,
        )
        legend_x = rect.right() - legend_w - pad
        y = rect.top() + line * 2.2
        # listed top-down in the order the segments are stacked, top segment first
        for i, name in reversed(list(enumerate(self.series))):
            box = QRectF(legend_x, y + line * 0.15, line * 0.9, line * 0.7)
            painter.setBrush(QBrush(QColor(palette.PAPER)))
            painter.setPen(QPen(ink, 0.8))
            painter.drawRect(box)
            painter.setBrush(self.brush(i))
            painter.drawRect(box)
            painter.setPen(QPen(ink))
            # A name longer than the legend's share (a Russian topic) wraps under itself.
            text_w = legend_w - line * 1.3
            wrap = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
                Qt.TextFlag.TextWordWrap
            )
            high = max(fm.boundingRect(QRectF(0, 0, text_w, line * 10), wrap, name).height(), line)
            painter.drawText(QRectF(legend_x + line * 1.3, y, text_w, high), wrap, name)
            y += high + line * 0.2
        # plot area
        totals = [sum(v) for v in self.values]
        top = max(totals, default=0)
        step = nice_step(top)
        axis_top = max(step * ((top + step - 1) // step), step)
        label_w = fm.horizontalAdvance(f"{axis_top:,}".replace(",", " ")) + pad
        many = len(self.categories) > 14
        bottom_h = line * (3.2 if many else 1.6)
        plot = QRectF(
            rect.left() + pad + label_w,
            rect.top() + line * 2.2,
            legend_x - pad * 2 - (rect.left() + pad + label_w),
            rect.height() - line * 2.2 - bottom_h - pad,
        )
        if plot.width() <= 10 or plot.height() <= 10:
            painter.restore()
            return
        grid_pen = QPen(QColor(palette.GRID), 0.6)
        value = 0
        while value <= axis_top:
            gy = plot.bottom() - plot.height() * value / axis_top
            painter.setPen(grid_pen)
            painter.drawLine(QPointF(plot.left(), gy), QPointF(plot.right(), gy))
            painter.setPen(QPen(ink))
            painter.drawText(
                QRectF(rect.left() + pad * 0.5, gy - line / 2, label_w - pad * 0.5, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{value:,}".replace(",", " "),
            )
            value += step
        n = max(len(self.categories), 1)
        slot = plot.width() / n
        bar_w = slot * 0.72
        label_every = max(1, int(fm.horizontalAdvance("00.0000") * 1.1 // slot) + 1) if many else 1
        for i, (category, values) in enumerate(zip(self.categories, self.values, strict=False)):
            x = plot.left() + slot * i + (slot - bar_w) / 2
            base = plot.bottom()
            for s, v in enumerate(values):
                if v <= 0:
                    continue
                h = plot.height() * v / axis_top
                bar = QRectF(x, base - h, bar_w, h)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(QColor(palette.PAPER)))
                painter.drawRect(bar)
                painter.setBrush(self.brush(s))
                painter.setPen(QPen(QColor(palette.BAR_EDGE), 0.4))
                painter.drawRect(bar)
                base -= h
            if i % label_every == 0:
                painter.setPen(QPen(ink))
                painter.drawText(
                    QRectF(plot.left() + slot * i - slot, plot.bottom() + 2, slot * 3, line),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    category,
                )
        painter.setPen(QPen(ink, 1.0))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        painter.restore()


class ChartWidget(QWidget):
    """Shows a StackedBars chart at the widget's size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = StackedBars()
        self.setMinimumHeight(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(800, 360)

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        self.chart.paint(painter, QRectF(self.rect()), self.font())
        painter.end()
