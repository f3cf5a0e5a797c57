"""Text that does not fit its widget, measured with the widget's own font metrics:
labels, buttons, check boxes, group titles, combos (their shown text) and the
sections of table headers. A label that wraps, or a widget whose tooltip holds
its whole text (the topic chips), is not clipped."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

SLACK = 2  # pixels of rounding


def _shown(widget: QWidget, root: QWidget) -> bool:
    """Shown, or shown once scrolled to (a field further down the form counts too)."""
    return (widget is root or widget.isVisibleTo(root)) and widget.width() > 0


def _longest_line(widget: QWidget, text: str) -> int:
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def clipped(root: QWidget) -> list[str]:
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root):
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            if not text or widget.wordWrap() or not widget.pixmap().isNull():
                continue
            room = widget.contentsRect().width() - 2 * widget.margin() - 2 * widget.indent()
            if _longest_line(widget, text) > room + SLACK:
                found.append(f"label {text!r}: {_longest_line(widget, text)} > {room}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            if widget.toolTip() and text.strip().endswith(widget.toolTip().strip()[-8:]):
                continue  # the chips: the full text is in the tooltip
            need = _longest_line(widget, text)
            if isinstance(widget, QCheckBox):
                need += widget.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 4
            elif isinstance(widget, QPushButton):
                need += 8
            if need > widget.width() + SLACK:
                found.append(f"button {text!r}: {need} > {widget.width()}")
        elif isinstance(widget, QGroupBox) and widget.title():
            need = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
            if need > widget.width() + SLACK:
                found.append(f"group {widget.title()!r}: {need} > {widget.width()}")
        elif isinstance(widget, QComboBox) and widget.currentText() and not widget.isEditable():
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            field = widget.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                option,
                QStyle.SubControl.SC_ComboBoxEditField,
                widget,
            )
            need = widget.fontMetrics().horizontalAdvance(widget.currentText())
            if need > field.width() + SLACK:
                found.append(f"combo {widget.currentText()!r}: {need} > {field.width()}")
        elif isinstance(widget, QHeaderView):
            model = widget.model()
            if model is None:
                continue
            orientation = widget.orientation()
            count = model.columnCount() if widget.orientation().value == 1 else model.rowCount()
            for section in range(count):
                if widget.isSectionHidden(section):
                    continue
                text = str(model.headerData(section, orientation) or "")
                arrow = 14 if widget.isSortIndicatorShown() else 0
                need = widget.fontMetrics().horizontalAdvance(text) + 12 + arrow
                size = widget.sectionSize(section)
                if text and need > size + SLACK:
                    found.append(f"header {text!r}: {need} > {size}")
    return found
