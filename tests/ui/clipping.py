"""Text that does not fit its widget, measured with the widget's own font metrics:
labels, buttons, check boxes, group titles, combos (their shown text) and the
sections of table headers. A label that wraps, or a widget whose tooltip holds
its whole text (the topic chips), is not clipped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
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


def clipped(root: QWidget, checklists: bool = False) -> list[str]:
    """What is cut in `root`; with `checklists`, the items of checkable lists too (the
    supervisor's pages; the operator's outcome list is still cut, see issue 16's note)."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root):
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            if not text or widget.wordWrap() or not widget.pixmap().isNull():
                continue
            if widget.buddy() is not None:  # "&Name:" is drawn "Name:", N underlined
                text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
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
        elif checklists and isinstance(widget, QListWidget) and widget.count():
            # a checklist (the topics of a correction): each item's text beside its box
            room = widget.viewport().width()
            if widget.horizontalScrollBar().maximum() > 0:
                found.append(f"list {widget.item(0).text()!r}...: wider than its view")
            box = widget.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 8
            for i in range(widget.count()):
                item = widget.item(i)
                if item.toolTip() == item.text():
                    continue  # elided, its whole text in the tooltip
                if not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                    continue  # a list to pick from, not a checklist
                need = widget.fontMetrics().horizontalAdvance(item.text()) + box
                if need > room + SLACK:
                    found.append(f"list item {item.text()!r}: {need} > {room}")
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
                tip = model.headerData(section, orientation, Qt.ItemDataRole.ToolTipRole)
                if text and tip == text:
                    continue  # elided on purpose, the whole text in its tooltip
                arrow = 14 if widget.isSortIndicatorShown() else 0
                need = widget.fontMetrics().horizontalAdvance(text) + 12 + arrow
                size = widget.sectionSize(section)
                if text and need > size + SLACK:
                    found.append(f"header {text!r}: {need} > {size}")
    return found
