"""The main window's list of pages: the pages a user's roles allow, under a heading
for each job (pages.GROUPS), the current page marked. Reached by Tab; the arrow keys,
Home/End and Enter move in it; the window adds Ctrl+PgDown/PgUp and Ctrl+1..9."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from hotline.ui.pages import GROUPS, PageSpec

KEY = Qt.ItemDataRole.UserRole  # a page's key; None on a heading
INDENT = 12  # a page's text is set in under its heading
PADDING = 16  # the item's own margins, the frame and a little air
ROW_AIR = 6  # pixels added to a row's height
HEADING_AIR = 10  # and above a heading, the groups set apart
MAX_WIDTH = 300  # the list never takes more of a 1366 px window


def ordered(specs: Sequence[PageSpec]) -> list[PageSpec]:
    """The pages in the order the list shows them: by group, then as PAGES has them."""
    rank = {group: i for i, group in enumerate(GROUPS)}
    return sorted(specs, key=lambda spec: rank.get(spec.group, len(GROUPS)))


class _Delegate(QStyledItemDelegate):
    """Pages set in under their heading; a heading bold, in the text's own colour."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if index.data(KEY) is None:  # a heading (bold: its item's font)
            option.palette.setBrush(
                QPalette.ColorGroup.Disabled,
                QPalette.ColorRole.Text,
                option.palette.brush(QPalette.ColorGroup.Active, QPalette.ColorRole.Text),
            )
            option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
        else:
            option.rect.adjust(INDENT, 0, 0, 0)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Rows a little apart to be hit with the mouse; air above a heading past the first."""
        size = super().sizeHint(option, index)
        extra = ROW_AIR
        if index.data(KEY) is None and index.row() > 0:
            extra += HEADING_AIR
        return QSize(size.width(), size.height() + extra)


class PageStack(QStackedWidget):
    """The pages, one shown: as small as the page shown allows, not as the largest of
    them (the call form's width is not asked of the window while another page is shown,
    beside the list)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return super().minimumSizeHint() if page is None else page.minimumSizeHint()

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return super().sizeHint() if page is None else page.sizeHint()


class PageList(QListWidget):
    """One row per page, under non-selectable headings; emits the key of the page chosen."""

    page_chosen = Signal(str)

    def __init__(self, specs: Sequence[PageSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.specs = ordered(specs)
        self.setObjectName("page_list")
        self.setItemDelegate(_Delegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty("item_indent", INDENT)
        self.setProperty("takes_no_text", True)  # see keyboardSearch
        # the current page stays marked while the keyboard is on the page itself
        palette = self.palette()
        for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
            palette.setBrush(
                QPalette.ColorGroup.Inactive, role, palette.brush(QPalette.ColorGroup.Active, role)
            )
        self.setPalette(palette)
        self.headings: dict[str, QListWidgetItem] = {}
        self.page_items: dict[str, QListWidgetItem] = {}
        for spec in self.specs:
            if spec.group not in self.headings:
                heading = QListWidgetItem(self)
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                self.headings[spec.group] = heading
            item = QListWidgetItem(self)
            item.setData(KEY, spec.key)
            self.page_items[spec.key] = item
        self.currentItemChanged.connect(self._moved)
        self.retranslate()

    def order(self) -> list[str]:
        return [spec.key for spec in self.specs]

    def current_key(self) -> str | None:
        item = self.currentItem()
        key = None if item is None else item.data(KEY)
        return key if isinstance(key, str) else None

    def set_current(self, key: str) -> None:
        self.setCurrentItem(self.page_items[key])

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Home, End and PgUp/PgDown land on a page, never on a heading."""
        index = super().moveCursor(cursorAction, modifiers)
        if not index.isValid() or index.data(KEY) is not None:
            return index
        back = cursorAction in (
            QAbstractItemView.CursorAction.MoveEnd,
            QAbstractItemView.CursorAction.MoveUp,
            QAbstractItemView.CursorAction.MovePageUp,
            QAbstractItemView.CursorAction.MovePrevious,
        )
        row = index.row()
        while 0 <= row < self.count() and self.item(row).data(KEY) is None:
            row += -1 if back else 1
        if not 0 <= row < self.count():
            return self.currentIndex()
        return self.model().index(row, 0)

    def keyboardSearch(self, search: str) -> None:
        """Letters never move to another page: typed by mistake during a call, the
        operator's form says where the keyboard is instead."""

    def _moved(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        for item, bold in ((previous, False), (current, True)):
            if item is not None and item.data(KEY) is not None:
                font = item.font()
                font.setBold(bold)
                item.setFont(font)
        self.retranslate()  # "the page shown" is said of the new one
        if current is not None and current.data(KEY) is not None:
            self.page_chosen.emit(current.data(KEY))

    def retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("pages", "Pages of the window"))
        current = self.current_key()
        for spec in self.specs:
            group = QCoreApplication.translate("pages", spec.group)
            self.headings[spec.group].setText(group)
            self.headings[spec.group].setData(Qt.ItemDataRole.AccessibleTextRole, group)
            item = self.page_items[spec.key]
            item.setText(QCoreApplication.translate("pages", spec.title))
            description = group
            if spec.key == current:
                description = QCoreApplication.translate("pages", "%1, the page shown").replace(
                    "%1", group
                )
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, description)
        self._fit()

    def _fit(self) -> None:
        """As wide as its longest text in the language shown (bold: the current page is)."""
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        widest = max(
            (metrics.horizontalAdvance(self.item(i).text()) for i in range(self.count())),
            default=0,
        )
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        rows = sum(self.sizeHintForRow(i) for i in range(self.count()))
        if self.isVisible() and rows <= self.viewport().height():
            bar = 0  # all the rows in sight: no scroll bar to make room for
        self.setFixedWidth(min(MAX_WIDTH, widest + INDENT + PADDING + bar))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().height() != event.size().height():
            self._fit()
