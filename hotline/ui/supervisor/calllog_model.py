"""The call log as a Qt table model over row ids, fetched page by page.

Every database call goes through the DbWorker (the GUI thread never touches the
database): a filter change asks the worker for the first page (ids and their
rows in one job); scrolling to the end asks for more ids (keyset paging, see
storage/calllog.py) through canFetchMore/fetchMore; rows of a page that was
evicted from the cache are fetched again by id when the view asks for them.

Memory stays flat while scrolling a million calls: the model keeps every id it
has seen in a compact array (8 bytes a call) and at most CACHE_PAGES pages of
rows, least recently used evicted first. A result that comes back after the
filter changed again carries an old generation number and is dropped.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.services import calllog
from hotline.services.calllog import CallFilter, CallRow, Cursor, FirstPage, IdPage, Sort
from hotline.ui import palette, vocabulary
from hotline.ui.supervisor import labels
from hotline.ui.worker import DbWorker

PAGE = 200
CACHE_PAGES = 40  # 8,000 rows at most

Index = QModelIndex | QPersistentModelIndex

# (key, header source text, sort column of the service or None)
COLUMNS: tuple[tuple[str, str, str | None], ...] = (
    ("date", QT_TRANSLATE_NOOP("CallLogModel", "Date and time"), "date"),
    ("duration", QT_TRANSLATE_NOOP("CallLogModel", "Duration"), "duration"),
    ("operator", QT_TRANSLATE_NOOP("CallLogModel", "Operator"), "operator"),
    ("pseudonym", QT_TRANSLATE_NOOP("CallLogModel", "Pseudonym"), None),
    ("topic", QT_TRANSLATE_NOOP("CallLogModel", "Primary topic"), None),
    ("other", QT_TRANSLATE_NOOP("CallLogModel", "Other topics"), None),
    ("flags", QT_TRANSLATE_NOOP("CallLogModel", "Flags"), None),
    ("review", QT_TRANSLATE_NOOP("CallLogModel", "Review"), "review"),
    ("tasks", QT_TRANSLATE_NOOP("CallLogModel", "Open tasks"), None),
    ("outcome", QT_TRANSLATE_NOOP("CallLogModel", "Outcome"), None),
)
CALL_ID_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

DANGER = QColor(palette.DANGER_ROW)
CHILD = QColor(palette.CHILD_ROW)
RETURNED = QColor(palette.RETURNED_ROW)
MUTED = QColor(palette.MUTED_INK)


class CallLogModel(QAbstractTableModel):
    """Rows are calls; the model holds ids and a bounded cache of light rows."""

    loaded = Signal()  # the first page of a new filter is in
    countReady = Signal(int)  # the total for the current filter (computed after the page)
    failed = Signal(object)  # an exception from the worker

    def __init__(self, worker: DbWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.filter = CallFilter()
        self.order = Sort()
        self._ids: array[int] = array("q")
        self._cursor: Cursor | None = None
        self._cache: OrderedDict[int, list[CallRow]] = OrderedDict()
        self._pending: set[int] = set()
        self._fetching = False
        self._generation = 0  # bumped by a filter or sort change
        self._epoch = 0  # bumped when cached rows are stale
        self.total: int | None = None

    # --- what to show ---------------------------------------------------------
    def set_filter(self, f: CallFilter, sort: Sort | None = None) -> None:
        """Show the calls matching `f`; the first page comes from the worker."""
        self.filter = f
        if sort is not None:
            self.order = sort
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self.beginResetModel()
        self._ids = array("q")
        self._cursor = None
        self._cache.clear()
        self._pending.clear()
        self._fetching = True  # until the first page is in
        self.total = None
        self.endResetModel()
        self.worker.call(
            calllog.first_page,
            self.filter,
            self.order,
            PAGE,
            on_done=lambda result: self._first_page(generation, result),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def row_of(self, call_id: int) -> int | None:
        """The row of the call among those fetched so far, or None."""
        try:
            return self._ids.index(call_id)
        except ValueError:
            return None

    def refresh_rows(self) -> None:
        """Fetch the shown rows again (after a review changed one), keeping the ids."""
        self._epoch += 1
        self._cache.clear()
        self._pending.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, 0))

    def _first_page(self, generation: int, result: FirstPage) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        if result.ids:
            self.beginInsertRows(QModelIndex(), 0, len(result.ids) - 1)
            self._ids = array("q", result.ids)
            self._cursor = result.cursor
            self._store(0, result.rows)
            self.endInsertRows()
        self.loaded.emit()
        if result.cursor is None:
            self.total = len(result.ids)
            self.countReady.emit(self.total)
        else:
            self.worker.call(
                calllog.count,
                self.filter,
                on_done=lambda n: self._count(generation, n),
                on_error=lambda exc: self._failed(generation, exc),
            )

    def _count(self, generation: int, n: int) -> None:
        if generation == self._generation:
            self.total = int(n)
            self.countReady.emit(self.total)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._fetching = False
            self.failed.emit(exc)

    # --- more ids -----------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._cursor is not None and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation = self._generation
        self.worker.call(
            calllog.page,
            self.filter,
            self.order,
            self._cursor,
            PAGE,
            on_done=lambda result: self._more(generation, result),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def _more(self, generation: int, result: IdPage) -> None:
        if generation != self._generation:
            return
        ids = result.ids
        self._fetching = False
        self._cursor = result.cursor
        if ids:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(ids) - 1)
            self._ids.extend(ids)
            self.endInsertRows()

    @property
    def fetching(self) -> bool:
        return self._fetching or bool(self._pending)

    # --- rows of a page ---------------------------------------------------------------
    def _store(self, page: int, rows: list[CallRow]) -> None:
        self._cache[page] = rows
        self._cache.move_to_end(page)
        while len(self._cache) > CACHE_PAGES:
            self._cache.popitem(last=False)

    def _row(self, row: int) -> CallRow | None:
        page, offset = divmod(row, PAGE)
        rows = self._cache.get(page)
        if rows is None:
            self._request(page)
            return None
        self._cache.move_to_end(page)
        if offset >= len(rows) or rows[offset].id != self._ids[row]:
            # a call vanished or moved (sealed, reviewed); fetch the page again
            return next((r for r in rows if r.id == self._ids[row]), None)
        return rows[offset]

    def _request(self, page: int) -> None:
        if page in self._pending:
            return
        self._pending.add(page)
        generation, epoch = self._generation, self._epoch
        ids = list(self._ids[page * PAGE : (page + 1) * PAGE])
        self.worker.call(
            calllog.rows,
            ids,
            on_done=lambda rows: self._page_rows(generation, epoch, page, rows),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def _page_rows(self, generation: int, epoch: int, page: int, rows: list[CallRow]) -> None:
        if generation != self._generation or epoch != self._epoch:
            return
        self._pending.discard(page)
        self._store(page, rows)
        first = page * PAGE
        last = min(first + PAGE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def call_id(self, row: int) -> int | None:
        return int(self._ids[row]) if 0 <= row < len(self._ids) else None

    def cached_pages(self) -> int:
        return len(self._cache)

    # --- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return self._header(section, orientation, role)

    def _header(self, section: int, orientation: Qt.Orientation, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return self.tr(COLUMNS[section][1])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][2]
        if key is None:
            return  # not sortable in SQL over an index; the view keeps the current order
        wanted = Sort(key, order == Qt.SortOrder.DescendingOrder)
        if wanted != self.order:
            self.order = wanted
            self.reload()

    def sort_section(self) -> int:
        return next(i for i, c in enumerate(COLUMNS) if c[2] == self.order.column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._data(index, role)

    def _data(self, index: Index, role: int) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if not 0 <= index.column() < len(COLUMNS):
            return None
        if role == CALL_ID_ROLE:
            return int(self._ids[index.row()])
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.TextAlignmentRole,
            ROW_ROLE,
        ):
            return None
        row = self._row(index.row())
        key = COLUMNS[index.column()][0]
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole and key == "date":
                return "…"
            return None
        if role == ROW_ROLE:
            return row
        if row.seal is not None:  # the decision, and nothing else of the call
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and (
                key == "topic"
            ):
                return vocabulary.seal_text(row.seal)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(MUTED)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.danger:
                return QBrush(DANGER)
            if row.child:
                return QBrush(CHILD)
            if row.review_state == "returned":
                return QBrush(RETURNED)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(MUTED) if row.no_content else None
        if role == Qt.ItemDataRole.FontRole:
            if key == "flags" and (row.danger or row.child or row.possible_victim):
                font = QFont()
                font.setBold(True)
                return font
            if row.no_content and key == "topic":
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("duration", "tasks"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: CallRow, key: str) -> str:
        if key == "date":
            return labels.when(row.started_at)
        if key == "duration":
            return labels.duration(row.duration_s)
        if key == "operator":
            return row.operator
        if key == "pseudonym":
            return row.pseudonym or ""
        if key == "topic":
            if row.no_content:
                return labels.code("no_content", row.no_content)
            return labels.code("topic", row.primary_topic)
        if key == "other":
            return labels.codes("topic", row.other_topics)
        if key == "flags":
            return " · ".join(self._flags(row))
        if key == "outcome":
            return labels.codes("outcome", row.outcomes)
        if key == "review":
            return vocabulary.review_state(row.review_state)
        if key == "tasks":
            return str(row.open_tasks) if row.open_tasks else ""
        return ""

    def _flags(self, row: CallRow) -> list[str]:
        flags = []
        if row.danger:
            flags.append(self.tr("Danger"))
        if row.child:
            flags.append(self.tr("Child"))
        if row.possible_victim:
            flags.append(self.tr("Possible victim"))
        return flags

    def _tooltip(self, row: CallRow, key: str) -> str | None:
        if key == "review" and row.claimed_by and row.review_state == "claimed":
            return self.tr("Being reviewed by {name}").format(name=row.claimed_by)
        if key == "operator" and row.entered_by:
            return self.tr("Entered by {name} on behalf of the operator").format(
                name=row.entered_by
            )
        if key in ("other", "outcome", "topic"):
            return self._text(row, key) or None
        return None
