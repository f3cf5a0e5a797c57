"""The supervisor's call log page: the filter bar, the table and the detail pane."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QItemSelection, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProxyStyle,
    QPushButton,
    QSplitter,
    QStyle,
    QStyleOption,
    QStyleOptionHeader,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.services import calllog
from hotline.services.calllog import CallFilter, Sort
from hotline.ui import vocabulary
from hotline.ui.i18n import Retranslatable
from hotline.ui.supervisor import labels
from hotline.ui.supervisor.calllog_model import CALL_ID_ROLE, CallLogModel
from hotline.ui.supervisor.detail_pane import DetailPane
from hotline.ui.supervisor.review_panel import review_news
from hotline.ui.worker import DbWorker

SEARCH_DELAY_MS = 400

# (key, source text) of the period choices
PERIODS = (
    ("all", QT_TRANSLATE_NOOP("CallLogPage", "All time")),
    ("today", QT_TRANSLATE_NOOP("CallLogPage", "Today")),
    ("week", QT_TRANSLATE_NOOP("CallLogPage", "Last 7 days")),
    ("month", QT_TRANSLATE_NOOP("CallLogPage", "Last 30 days")),
    ("year", QT_TRANSLATE_NOOP("CallLogPage", "Last 12 months")),
    ("custom", QT_TRANSLATE_NOOP("CallLogPage", "Dates…")),
)


PANE_WIDTH = 560  # the detail pane when a call is opened: the review panel's checklist whole
COLUMN_WIDTHS = (122, 62, 75, 125, 175, 130, 110, 140, 70, 200)
HEADER_PADDING = 30  # the section's margins and the sort arrow


class SortArrowStyle(QProxyStyle):
    """The header's arrow points the way the rows go: down for newest (largest) first.

    QHeaderView hands the style SortUp for a descending order, which Qt's styles draw as
    an arrow pointing up; the desk read it as "oldest first" while the rows were newest
    first (issue 16)."""

    UP, DOWN = QStyleOptionHeader.SortIndicator.SortUp, QStyleOptionHeader.SortIndicator.SortDown

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(
            option, QStyleOptionHeader
        ):
            flipped = QStyleOptionHeader(option)
            if option.sortIndicator == self.UP:
                flipped.sortIndicator = self.DOWN
            elif option.sortIndicator == self.DOWN:
                flipped.sortIndicator = self.UP
            option = flipped
        super().drawPrimitive(element, option, painter, widget)


class CallLogPage(Retranslatable, QWidget):
    """Every call of the desk, filtered and sorted in SQL, with a detail pane."""

    def __init__(
        self,
        worker: DbWorker,
        parent: QWidget | None = None,
        *,
        preset: CallFilter | None = None,
        sort: Sort | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.preset = preset or CallFilter()
        self.model = CallLogModel(worker, self)
        if sort is not None:
            self.model.order = sort
        self._operators: list[tuple[int, str]] = []
        self._saved: list[tuple[str, CallFilter]] = []
        self._entity: tuple[str, str] | None = None
        self._building = True

        self.period = QComboBox(self)
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setDate(QDate.currentDate())
        self.date_from.setDate(QDate.currentDate().addMonths(-1))
        self.topic = QComboBox(self)
        self.operator = QComboBox(self)
        self.outcome = QComboBox(self)
        self.review = QComboBox(self)
        self.child = QCheckBox(self)
        self.danger = QCheckBox(self)
        self.victim = QCheckBox(self)
        self.open_tasks = QCheckBox(self)
        self.content_only = QCheckBox(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.saved = QComboBox(self)
        self.save_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.reset_button = QPushButton(self)
        self.entity_label = QLabel(self)
        self.entity_label.setTextFormat(Qt.TextFormat.PlainText)
        self.entity_clear = QPushButton(self)
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        self._arrow_style = SortArrowStyle()
        self._arrow_style.setParent(header)
        header.setStyle(self._arrow_style)
        header.setSortIndicator(
            self.model.sort_section(),
            Qt.SortOrder.DescendingOrder
            if self.model.order.descending
            else Qt.SortOrder.AscendingOrder,
        )
        self.table.setSortingEnabled(True)  # after the indicator: enabling it sorts once
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._fit_columns()
        self.detail = DetailPane(worker, self)

        bar1 = QHBoxLayout()
        for widget in (
            self.period,
            self.date_from,
            self.date_to,
            self.topic,
            self.operator,
            self.outcome,
            self.review,
        ):
            bar1.addWidget(widget, 1 if widget in (self.topic, self.outcome) else 0)
        bar1.addStretch(1)
        # the topic and outcome combos are as wide as their "any" choice and share what the
        # row leaves: sized to their longest item the bar was wider than 1366 px in ru
        # (issue 16); the popup shows the long items whole, the tooltip the chosen one
        for combo in (self.topic, self.outcome):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.currentTextChanged.connect(combo.setToolTip)
        # the flags on a row of their own, the search with the saved filters on the next:
        # beside five Russian check boxes and four buttons the search had 35 px (issue 16)
        flags = QHBoxLayout()
        for box in (self.child, self.danger, self.victim, self.open_tasks, self.content_only):
            flags.addWidget(box)
        flags.addStretch(1)
        bar2 = QHBoxLayout()
        bar2.addWidget(self.search, 1)
        bar2.addWidget(self.saved)
        bar2.addWidget(self.save_button)
        bar2.addWidget(self.delete_button)
        bar2.addWidget(self.reset_button)
        bar3 = self.status_bar = QHBoxLayout()
        bar3.addWidget(self.count_label)
        bar3.addStretch(1)
        bar3.addWidget(self.entity_label)
        bar3.addWidget(self.entity_clear)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([1060, 540])
        layout = QVBoxLayout(self)
        layout.addLayout(bar1)
        layout.addLayout(flags)
        layout.addLayout(bar2)
        layout.addLayout(bar3)
        layout.addWidget(self.splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply)

        self.retranslate()
        for combo in (self.period, self.topic, self.operator, self.outcome, self.review):
            combo.currentIndexChanged.connect(self._changed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._changed)
        for box in (self.child, self.danger, self.victim, self.open_tasks, self.content_only):
            box.toggled.connect(self._changed)
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply)
        self.saved.activated.connect(self._use_saved)
        self.save_button.clicked.connect(self.save_filter)
        self.delete_button.clicked.connect(self.delete_filter)
        self.reset_button.clicked.connect(self.reset)
        self.entity_clear.clicked.connect(self.clear_entity)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        # a new filter resets the rows without a selection signal: the pane follows
        self.model.modelReset.connect(self._selection_lost)
        self.model.countReady.connect(self._count)
        self.model.loaded.connect(self._loaded)
        self.model.loaded.connect(self._reselect)
        self.model.failed.connect(self._failed)
        self._keep: int | None = None  # the call shown while the list reloads
        review_news().changed.connect(self._review_changed)
        self.detail.openCall.connect(self.open_call)
        self.detail.entityClicked.connect(self.show_entity)
        self.detail.closed.connect(self._detail_closed)
        self.detail.hide()  # the table takes the whole width until a call is chosen

        self._building = False
        self.set_filter(self.preset)
        worker.call(calllog.operators, on_done=self._got_operators, on_error=self._failed)
        self.load_saved()

    # --- texts -----------------------------------------------------------------------------
    def _fit_columns(self) -> None:
        """Each column at least as wide as its header in the language shown, the sort
        arrow included (issue 16: "ительнос" in Russian)."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        for column, width in enumerate(COLUMN_WIDTHS):
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            self.table.setColumnWidth(
                column, max(width, metrics.horizontalAdvance(text) + HEADER_PADDING)
            )

    def retranslate(self) -> None:
        self._fit_columns()
        self._building, building = True, self._building
        self._fill(self.period, [(k, self.tr(t)) for k, t in PERIODS])
        self._fill(
            self.topic,
            [(None, self.tr("Any topic"))]
            + [(i, labels.code("topic", i)) for i in labels.taxonomy()["topic"].ids()],
        )
        self._fill(
            self.operator,
            [(None, self.tr("Any operator"))] + [(i, n) for i, n in self._operators],
        )
        self._fill(
            self.outcome,
            [(None, self.tr("Any outcome or referral"))]
            + [(i, labels.code("outcome", i)) for i in labels.taxonomy()["outcome"].ids()],
        )
        self._fill(self.review, list(vocabulary.review_filter_choices()))
        for combo in (self.topic, self.outcome):
            combo.setMinimumContentsLength(len(combo.itemText(0)) + 2)
            combo.setToolTip(combo.currentText())
        self.child.setText(self.tr("Child"))
        self.danger.setText(self.tr("Danger"))
        self.victim.setText(self.tr("Possible victim"))
        self.open_tasks.setText(self.tr("Open tasks"))
        self.content_only.setText(self.tr("Hide calls without content"))
        self.search.setPlaceholderText(self.tr("Search the notes (az, ru, en)…"))
        self.search.setMinimumWidth(
            self.search.fontMetrics().horizontalAdvance(self.search.placeholderText()) + 60
        )
        self.save_button.setText(self.tr("Save filter…"))
        self.delete_button.setText(self.tr("Delete filter"))
        self.reset_button.setText(self.tr("Clear filters"))
        self.entity_clear.setText(self.tr("Show all calls"))
        self.date_from.setToolTip(self.tr("From"))
        self.date_to.setToolTip(self.tr("To"))
        self._fill_saved()
        self._entity_text()
        self._building = building
        self._count(self.model.total)

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[object, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for key, text in items:
            combo.addItem(text, key)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    # --- the filter -------------------------------------------------------------------------
    def current_filter(self) -> CallFilter:
        date_from, date_to = self._period()
        return CallFilter(
            date_from=date_from,
            date_to=date_to,
            topic=self.topic.currentData(),
            operator_id=self.operator.currentData(),
            child=self.child.isChecked(),
            danger=self.danger.isChecked(),
            possible_victim=self.victim.isChecked(),
            outcome=self.outcome.currentData(),
            review_state=self.review.currentData(),
            open_tasks=self.open_tasks.isChecked(),
            with_content=self.content_only.isChecked(),
            text=self.search.text().strip(),
            entity_kind=self._entity[0] if self._entity else None,
            entity_key=self._entity[1] if self._entity else None,
        )

    def _period(self) -> tuple[date | None, date | None]:
        key = self.period.currentData()
        today = date.today()
        custom = key == "custom"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        if key == "today":
            return today, today
        if key == "week":
            return today - timedelta(days=6), today
        if key == "month":
            return today - timedelta(days=29), today
        if key == "year":
            return today - timedelta(days=364), today
        if custom:
            return self.date_from.date().toPython(), self.date_to.date().toPython()  # type: ignore[return-value]
        return None, None

    def set_filter(self, f: CallFilter) -> None:
        """Show the widgets for `f` and apply it."""
        self._building = True
        if f.date_from is None and f.date_to is None:
            self.period.setCurrentIndex(self.period.findData("all"))
        else:
            self.period.setCurrentIndex(self.period.findData("custom"))
            start, end = f.date_from or date(2000, 1, 1), f.date_to or date.today()
            self.date_from.setDate(QDate(start.year, start.month, start.day))
            self.date_to.setDate(QDate(end.year, end.month, end.day))
        for combo, value in (
            (self.topic, f.topic),
            (self.operator, f.operator_id),
            (self.outcome, f.outcome),
            (self.review, f.review_state),
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.child.setChecked(f.child)
        self.danger.setChecked(f.danger)
        self.victim.setChecked(f.possible_victim)
        self.open_tasks.setChecked(f.open_tasks)
        self.content_only.setChecked(f.with_content)
        self.search.setText(f.text)
        self._entity = (f.entity_kind, f.entity_key) if f.entity_kind and f.entity_key else None
        self._entity_text()
        self._building = False
        self.apply()

    def _changed(self, *_args: object) -> None:
        if not self._building:
            self.apply()

    def apply(self) -> None:
        self._search_timer.stop()
        self.count_label.setText(self.tr("Searching…"))
        self.model.set_filter(self.current_filter())
        self.table.horizontalHeader().setSortIndicator(
            self.model.sort_section(),
            Qt.SortOrder.DescendingOrder
            if self.model.order.descending
            else Qt.SortOrder.AscendingOrder,
        )

    def reset(self) -> None:
        self.set_filter(self.preset)

    # --- entities ------------------------------------------------------------------------------
    def show_entity(self, kind: str, key: str, text: str) -> None:
        """Every call that mentions the entity (from the detail pane)."""
        self._entity = (kind, key)
        self._entity_value = text
        self._entity_text()
        self.apply()

    def clear_entity(self) -> None:
        self._entity = None
        self._entity_text()
        self.apply()

    def _entity_text(self) -> None:
        shown = self._entity is not None
        self.entity_label.setVisible(shown)
        self.entity_clear.setVisible(shown)
        if self._entity is not None:
            value = getattr(self, "_entity_value", self._entity[1])
            self.entity_label.setText(self.tr("Calls mentioning: {value}").format(value=value))

    # --- saved filters ---------------------------------------------------------------------------
    def load_saved(self) -> None:
        self.worker.call(calllog.saved_filters, on_done=self._got_saved, on_error=self._failed)

    def _got_saved(self, saved: list[tuple[str, CallFilter]]) -> None:
        self._saved = saved
        self._fill_saved()

    def _fill_saved(self) -> None:
        self.saved.blockSignals(True)
        self.saved.clear()
        self.saved.addItem(self.tr("Saved filters"), None)
        for name, _f in self._saved:
            self.saved.addItem(name, name)
        self.saved.blockSignals(False)
        self.delete_button.setEnabled(bool(self._saved))

    def _use_saved(self, index: int) -> None:
        name = self.saved.itemData(index)
        for saved_name, f in self._saved:
            if saved_name == name:
                self.set_filter(f)
                self.saved.setCurrentIndex(index)
                return

    def save_filter(self, name: str | None = None) -> None:
        if not name:
            name, ok = QInputDialog.getText(
                self, self.tr("Save filter"), self.tr("Name of the filter:")
            )
            if not ok or not name.strip():
                return
        self.worker.call(
            calllog.save_filter,
            name.strip(),
            self.current_filter(),
            on_done=lambda _r: self.load_saved(),
            on_error=self._failed,
        )

    def delete_filter(self) -> None:
        name = self.saved.currentData()
        if not name:
            return
        self.worker.call(
            calllog.delete_filter,
            name,
            on_done=lambda _r: self.load_saved(),
            on_error=self._failed,
        )

    # --- results -------------------------------------------------------------------------------
    def _got_operators(self, operators: list[tuple[int, str]]) -> None:
        self._operators = operators
        self._fill(
            self.operator,
            [(None, self.tr("Any operator"))] + [(i, n) for i, n in self._operators],
        )

    def _loaded(self) -> None:
        if self.model.total is None:
            self.count_label.setText(self.tr("Counting…"))

    def _count(self, total: int | None) -> None:
        if total is None:
            return
        self.count_label.setText(
            self.tr("Calls found: {n}").format(n=f"{total:,}".replace(",", " "))
        )

    def _failed(self, exc: BaseException) -> None:
        from hotline.errors import DeskError

        if isinstance(exc, DeskError):
            from PySide6.QtCore import QCoreApplication

            text = exc.message(QCoreApplication.translate)
        else:
            text = self.tr("The call log could not be read; try again.")
        self.count_label.setText(text)

    # --- the detail pane ----------------------------------------------------------------------------
    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            self._selection_lost()
            return
        call_id = self.model.data(self.model.index(indexes[0].row(), 0), CALL_ID_ROLE)
        if call_id is not None:
            self.open_call(int(call_id))

    def open_call(self, call_id: int) -> None:
        if self.detail.isHidden():
            self.detail.show()
            total = max(self.splitter.width(), 2 * PANE_WIDTH)
            self.splitter.setSizes([total - PANE_WIDTH, PANE_WIDTH])
        self.detail.show_call(call_id)

    def _selection_lost(self) -> None:
        """The pane shows the selected row or nothing: a call no longer selected (the
        list filtered away from it) is closed, and its identity details forgotten."""
        if self._keep is not None:
            return  # the list reloads after a review action: the call is looked for in it
        if not self.table.selectionModel().selectedRows() and not self.detail.isHidden():
            self.detail.close_call()

    def _review_changed(self) -> None:
        """A review action, on this page or another: the rows (their state, and which
        calls this filter holds) are read again; the call shown stays if still listed."""
        self.reload_keeping()

    def live_reload(self) -> None:
        """On a centre, another workstation saved or claimed a call: the rows are read
        again and the call shown too (its state may be what changed), kept open with
        what is typed in its review box."""
        shown = self.detail.call_id if not self.detail.isHidden() else None
        self.reload_keeping()
        if shown is not None:
            self.detail.show_call(shown)

    def reload_keeping(self) -> None:
        """The rows read again, the call shown kept open if still listed."""
        shown = self.detail.call_id if not self.detail.isHidden() else None
        self._keep = shown
        self.model.reload()
        if shown is None:
            self._keep = None

    def _reselect(self) -> None:
        kept, self._keep = self._keep, None
        if kept is None:
            return
        row = self.model.row_of(kept)
        if row is None:
            self.detail.close_call()  # it left the list (approved in the queue)
            return
        selection = self.table.selectionModel()
        selection.blockSignals(True)  # the pane already shows it, reloaded by the review
        self.table.selectRow(row)
        selection.blockSignals(False)
        self.table.viewport().update()

    def _detail_closed(self) -> None:
        self.table.clearSelection()
        self.detail.hide()

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
