"""Text that does not fit its widget, measured with the widget's own font metrics:
labels, buttons, check boxes, group titles, combos (their shown text), the
placeholders of empty fields and the sections of table headers. A label that
wraps is measured by its height (a second line cut at the bottom is clipped); a
widget whose tooltip holds its whole text (the topic chips) is not clipped."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QTableWidget,
    QToolButton,
    QWidget,
)

SLACK = 2  # pixels of rounding
ELIDE_NONE = Qt.TextElideMode.ElideNone


def _shown(widget: QWidget, root: QWidget) -> bool:
    """Shown, or shown once scrolled to (a field further down the form counts too)."""
    return (widget is root or widget.isVisibleTo(root)) and widget.width() > 0


def _longest_line(widget: QWidget, text: str) -> int:
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _visible_width(widget: QWidget, root: QWidget) -> int:
    """How much of the widget's width its parents leave in sight, up to `root`: a check
    box as wide as its text is still cut where its row is wider than the group around
    it. (Sideways only: what a scroll area hides below is shown by scrolling.)"""
    left = widget.mapTo(root, QPoint(0, 0)).x()
    right = left + widget.width()
    parent = widget.parentWidget()
    while parent is not None:
        x = 0 if parent is root else parent.mapTo(root, QPoint(0, 0)).x()
        left, right = max(left, x), min(right, x + parent.width())
        if parent is root:
            break
        parent = parent.parentWidget()
    return max(0, right - left)


def _placeholder_room(edit: QLineEdit) -> int:
    """The width a line edit paints its placeholder in: its contents less its text
    margins and the buttons beside the text (the clear button's place is kept)."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    buttons = sum(b.sizeHint().width() for b in edit.findChildren(QToolButton))
    return contents.width() - margins.left() - margins.right() - buttons - 4


def clipped(
    root: QWidget,
    checklists: bool = False,
    *,
    tooltips: bool = True,
    cells: Sequence[QTableWidget] = (),
) -> list[str]:
    """What is cut in `root`; with `checklists`, also the items of checkable lists and
    check boxes cut by the row or group around them (the long checklists: topics of a
    correction, outcomes, indicators). tooltips=False: a text cut is cut even when its
    whole text is in a tooltip (the real widths only); `cells`: tables whose every
    cell's text must be whole in its cell too (wrapped where the table wraps)."""
    found: list[str] = []
    excused = _excused if tooltips else _never
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root):
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            if not text or not widget.pixmap().isNull():
                continue
            if widget.wordWrap():
                # wrapped: every line it needs at its width must be in its height
                need = widget.heightForWidth(widget.width())
                if need > widget.height() + SLACK:
                    found.append(f"label {text[:40]!r}: {need} px high > {widget.height()}")
                continue
            if widget.buddy() is not None:  # "&Name:" is drawn "Name:", N underlined
                text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
            room = widget.contentsRect().width() - 2 * widget.margin() - 2 * widget.indent()
            if _longest_line(widget, text) > room + SLACK:
                found.append(f"label {text!r}: {_longest_line(widget, text)} > {room}")
        elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
            need = widget.fontMetrics().horizontalAdvance(widget.placeholderText())
            room = _placeholder_room(widget)
            if need > room + SLACK:
                found.append(f"placeholder {widget.placeholderText()!r}: {need} > {room}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            if (
                tooltips
                and widget.toolTip()
                and text.strip().endswith(widget.toolTip().strip()[-8:])
            ):
                continue  # the chips: the full text is in the tooltip
            need = _longest_line(widget, text)
            if isinstance(widget, QCheckBox):
                need += widget.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 4
            elif isinstance(widget, QPushButton):
                need += 8
            if need > widget.width() + SLACK:
                found.append(f"button {text!r}: {need} > {widget.width()}")
            elif checklists and need > _visible_width(widget, root) + SLACK:
                found.append(f"button {text!r}: {need} > {_visible_width(widget, root)} in sight")
        elif isinstance(widget, QGroupBox) and widget.title():
            need = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
            if need > widget.width() + SLACK:
                found.append(f"group {widget.title()!r}: {need} > {widget.width()}")
        elif isinstance(widget, QComboBox) and widget.currentText() and not widget.isEditable():
            if excused(widget.toolTip(), widget.currentText()):
                continue  # elided on purpose, the whole text in its tooltip
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
        elif isinstance(widget, QListWidget) and widget.textElideMode() == ELIDE_NONE:
            # a list that never elides (the window's pages): every row whole in its view
            room = widget.viewport().width()
            indent = int(widget.property("item_indent") or 0)
            for i in range(widget.count()):
                item = widget.item(i)
                need = QFontMetrics(item.font()).horizontalAdvance(item.text()) + 8
                if item.flags() & Qt.ItemFlag.ItemIsSelectable:
                    need += indent
                if need > room + SLACK:
                    found.append(f"list item {item.text()!r}: {need} > {room}")
        elif checklists and isinstance(widget, QListWidget) and widget.count():
            # a checklist (the topics of a correction): each item's text beside its box
            room = widget.viewport().width()
            if widget.horizontalScrollBar().maximum() > 0:
                found.append(f"list {widget.item(0).text()!r}...: wider than its view")
            indicator = widget.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
            for i in range(widget.count()):
                item = widget.item(i)
                if excused(item.toolTip(), item.text()):
                    continue  # elided, its whole text in the tooltip
                if not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                    continue  # a list to pick from, not a checklist
                has_box = item.data(Qt.ItemDataRole.CheckStateRole) is not None
                box = indicator + 8 if has_box else 8
                if widget.wordWrap():
                    # wrapped: the item's lines must all be in its row, its row in the view
                    rect = widget.visualItemRect(item)
                    lines = widget.fontMetrics().boundingRect(
                        QRect(0, 0, max(1, rect.width() - box), 100_000),
                        Qt.TextFlag.TextWordWrap,
                        item.text(),
                    )
                    if rect.right() > room + SLACK or lines.height() > rect.height() + SLACK:
                        found.append(f"list item {item.text()!r}: cut in {rect.size().toTuple()}")
                    continue
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
                if text and excused(tip, text):
                    continue  # elided on purpose, the whole text in its tooltip
                arrow = 14 if widget.isSortIndicatorShown() else 0
                need = widget.fontMetrics().horizontalAdvance(text) + 12 + arrow
                size = widget.sectionSize(section)
                if text and need > size + SLACK:
                    found.append(f"header {text!r}: {need} > {size}")
    for table in cells:
        found += _cut_cells(table)
    return found


def _excused(tip: object, text: str) -> bool:
    return tip == text


def _never(_tip: object, _text: str) -> bool:
    return False


def _cut_cells(table: QTableWidget) -> list[str]:
    """Each cell's text in its cell: its lines (wrapped at the cell's width where the
    table wraps) within the cell's height, a line that cannot wrap within its width."""
    found = []
    metrics = table.fontMetrics()
    # the margin the style keeps on each side of an item's text (QCommonStyle's)
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is None or not item.text() or table.isColumnHidden(column):
                continue
            rect = table.visualItemRect(item)
            room = rect.width() - 2 * margin
            flags = Qt.TextFlag.TextWordWrap if table.wordWrap() else Qt.TextFlag.TextSingleLine
            need = metrics.boundingRect(QRect(0, 0, max(1, room), 100_000), flags, item.text())
            if need.width() > room + SLACK or need.height() > rect.height() + SLACK:
                found.append(
                    f"cell {item.text()[:40]!r}: {need.size().toTuple()} in {rect.size().toTuple()}"
                )
    return found
