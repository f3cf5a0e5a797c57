"""The administrator's Import page: the centre's old log from a CSV or XLSX file.

Choose the file; each column's field is guessed from its header (the saved
mapping first) and shown to confirm or change; every distinct value of the
coded columns is listed with what it is taken for, unknown ones first and
marked, to map or reject. "Confirm mapping" keeps the mapping in the desk for
the next file and unlocks the preview (the first rows as they will be
stored), the dry run (every problem with its row and column) and the import
(the whole file in one transaction, or nothing). Reading, checking and
storing run on the database worker, with progress; Cancel stops at the next
rows and nothing is stored.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyle,
    QStyleOptionComboBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hotline.records import CallRecord
from hotline.services import sheet_import
from hotline.sheets import columns
from hotline.sheets.reader import Sheet, column_letter
from hotline.sheets.rows import (
    OPERATOR_LIST,
    REJECT,
    CellProblem,
    Converted,
    Mapping,
    ValueChoice,
    list_of,
)
from hotline.sheets.values import text as cell_text
from hotline.taxonomy import load as load_taxonomy
from hotline.ui import i18n, palette
from hotline.ui import page_parts as parts
from hotline.ui.common import code_label
from hotline.ui.form_guard import FormGuard
from hotline.ui.i18n import Retranslatable
from hotline.ui.problems import NOTHING_WRITTEN, cell_problem_text, error_text
from hotline.ui.progress_run import ProgressRun
from hotline.ui.supervisor.labels import when
from hotline.ui.vocabulary import entity_kind
from hotline.ui.worker import DbWorker

UNMAPPED = QBrush(QColor(palette.UNMAPPED_VALUE))
SAMPLES = 3  # values shown beside each column's header
HEADER_PADDING = 16  # pixels around a header's text
FIELD_BOX_WIDTH = 160  # a column of choices is at least this wide
MAX_VALUES = 300  # values listed to map at most
BOX_TEXT_SLACK = 8  # pixels beside a box's text, so that no letter touches the arrow
MAX_FIT = 240  # a column fitted to its cells is at most this wide (longer text wraps)


def _box_width(box: QComboBox) -> int:
    """The width a box needs to show its current choice whole (its frame and arrow
    as the style draws them)."""
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    metrics = box.fontMetrics()
    text = QSize(metrics.horizontalAdvance(box.currentText()) + BOX_TEXT_SLACK, metrics.height())
    style = box.style()
    return style.sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, box).width()


class ImportPage(Retranslatable, QWidget):
    """Map, check and import a spreadsheet of the old log."""

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.taxonomy = load_taxonomy()
        self.opened: sheet_import.Opened | None = None
        self.choices: list[ValueChoice] = []
        self.problems: list[CellProblem] = []  # as last shown, refilled in a new language
        self.previewed: list[tuple[int, CallRecord]] = []
        self.confirmed = False
        self.field_boxes: list[QComboBox] = []
        self.value_boxes: list[QComboBox] = []
        # Tests replace the dialogs.
        self.ask_path: Callable[[], str | None] = self._ask_path
        # (rows, when the same rows were imported before) -> go ahead?
        self.confirm_import: Callable[[int, datetime | None], bool] = self._confirm_import

        self.file_button = QPushButton(self)
        self.file_label = QLabel(self)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setWordWrap(True)  # a long name and the note: wrapped, not wider
        self.operator_label = QLabel(self)
        self.operator_box = QComboBox(self)
        # its first item said in each language: as wide as the current one needs
        self.operator_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.columns_label = parts.message_label(self)
        self.values_label = parts.message_label(self)
        self.columns_table = QTableWidget(0, 3, self)
        self.values_table = QTableWidget(0, 4, self)
        self.preview_table = QTableWidget(self)
        self.problems_table = QTableWidget(0, 4, self)
        for table in (
            self.columns_table,
            self.values_table,
            self.preview_table,
            self.problems_table,
        ):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.setAlternatingRowColors(True)
            table.verticalHeader().setVisible(False)
        # The column that takes the room left; the others fit their header and cells.
        # (the values table: the file's value, so that every choice of a box is whole)
        self.wide = {self.columns_table: 1, self.values_table: 1, self.problems_table: 3}
        for table, wide in self.wide.items():
            table.horizontalHeader().setSectionResizeMode(wide, QHeaderView.ResizeMode.Stretch)
        for table in (self.columns_table, self.values_table):
            table.setWordWrap(True)
            table.setTextElideMode(Qt.TextElideMode.ElideNone)
            self._rows_follow(table)
        for table in (self.columns_table, self.values_table):
            table.setTabKeyNavigation(False)
            table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.column_guard = FormGuard(self.columns_table)
        self.value_guard = FormGuard(self.values_table)
        for guard in (self.column_guard, self.value_guard):
            guard.active = False  # the wheel guard only: keys typed here go nowhere harmful
        self.confirm_button = QPushButton(self)
        self.preview_button = QPushButton(self)
        self.dry_run_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.run = ProgressRun(self.progress, self)
        self.progressed = self.run.progressed
        self.status = parts.message_label(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.preview_table, "")
        self.tabs.addTab(self.problems_table, "")

        top = parts.row(
            self.file_button,
            self.file_label,
            self.operator_label,
            self.operator_box,
            grow=self.file_label,
        )
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.columns_label)
        left_layout.addWidget(self.columns_table)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.values_label)
        right_layout.addWidget(self.values_table)
        mapping = QSplitter(Qt.Orientation.Horizontal, self)
        mapping.addWidget(left)
        mapping.addWidget(right)
        # The values' boxes hold the longest words (the taxonomy's labels): more room.
        mapping.setStretchFactor(0, 42)
        mapping.setStretchFactor(1, 58)
        buttons = parts.row(
            self.confirm_button,
            self.preview_button,
            self.dry_run_button,
            self.import_button,
            self.cancel_button,
            self.progress,
            grow=self.progress,
        )
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(buttons)
        lower_layout.addWidget(self.status)
        lower_layout.addWidget(self.tabs, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(mapping)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

        self.file_button.clicked.connect(self.choose_file)
        self.confirm_button.clicked.connect(self.confirm_mapping)
        self.preview_button.clicked.connect(self.start_preview)
        self.dry_run_button.clicked.connect(self.start_dry_run)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel)
        self.operator_box.currentIndexChanged.connect(self._forget_results)
        self.retranslate()
        self._busy(False)

    # --- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.file_button.setText(self.tr("Choose a file…"))
        if self.opened is None:
            self.file_label.setText(
                self.tr("A CSV or XLSX file of the old log; nothing is read before you choose it.")
            )
        self.operator_label.setText(self.tr("Rows without an operator:"))
        self.columns_label.setText(self.tr("Columns of the file and the field each fills"))
        self.values_label.setText(
            self.tr("Values of the coded columns (unknown ones first): map or reject them")
        )
        self.columns_table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Header and first values"), self.tr("Field")]
        )
        self.values_table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Value in the file"), self.tr("Rows"), self.tr("Taken for")]
        )
        self.problems_table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Header"), self.tr("Problem")]
        )
        for table in (self.columns_table, self.values_table, self.problems_table):
            self._fit(table)
        self.confirm_button.setText(self.tr("Confirm mapping"))
        self.preview_button.setText(self.tr("Preview"))
        self.dry_run_button.setText(self.tr("Dry run"))
        self.import_button.setText(self.tr("Import"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.tabs.setTabText(0, self.tr("Preview: the first rows as they will be stored"))
        self.tabs.setTabText(1, self.tr("Problems"))
        self._fill_operator_box()
        for box in self.field_boxes:
            self._name_fields(box)
        for box in self.value_boxes:
            self._name_values(box)
        for row in range(self.values_table.rowCount()):
            item = self.values_table.item(row, 0)
            if item is not None:
                item.setText(self._list_name(str(item.data(Qt.ItemDataRole.UserRole))))
        for table in (self.columns_table, self.values_table):
            self._fit(table)  # the choices' words are longer or shorter in this language
        if self.problems:
            self._fill_problems(self.problems)
        if self.previewed:
            self._fill_preview(self.previewed)

    def _fit(self, table: QTableWidget) -> None:
        """Each column as wide as its whole header text (with the header's own padding)
        and its cells, except the one that stretches: a column of choices as wide as the
        longest choice shown in its boxes (refitted when one changes; the open list
        shows every choice whole), one of text up to MAX_FIT, its longer cells wrapped.
        Then each row as high as its wrapped text."""
        header = table.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(table.columnCount()):
            if column == self.wide.get(table):
                continue
            item = table.horizontalHeaderItem(column)
            need = metrics.horizontalAdvance(item.text() if item else "") + HEADER_PADDING
            boxes = [table.cellWidget(r, column) for r in range(table.rowCount())]
            widths = [_box_width(b) for b in boxes if isinstance(b, QComboBox)]
            if widths:
                need = max(need, FIELD_BOX_WIDTH, *widths)
            else:
                table.resizeColumnToContents(column)
                need = max(need, min(table.columnWidth(column), MAX_FIT))
            table.setColumnWidth(column, need)
        table.resizeRowsToContents()

    def _rows_follow(self, table: QTableWidget) -> None:
        """The stretching column changes width with the window and the splitter: its
        wrapped cells take the height they need again."""
        wide = self.wide[table]
        # Once the layout has settled (a scroll bar that comes with the taller rows
        # narrows the column again), and once for many resizes in a row.
        later = QTimer(table)
        later.setSingleShot(True)
        later.setInterval(0)
        later.timeout.connect(table.resizeRowsToContents)

        def resized(section: int, _old: int, _new: int) -> None:
            if section == wide:
                later.start()

        table.horizontalHeader().sectionResized.connect(resized)

    def _field_name(self, field: str) -> str:
        return columns.load()[field].name(i18n.current())

    def _list_name(self, list_id: str) -> str:
        """The field a value list is shown under: the first mapped column that uses it."""
        if self.opened is not None:
            for field in self._columns():
                if field is not None and list_of(field) == list_id:
                    return self._field_name(field)
        return list_id

    # --- the file ------------------------------------------------------------------------
    def _ask_path(self) -> str | None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("The old log"),
            "",
            self.tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"),
        )
        return path or None

    def choose_file(self) -> None:
        path = self.ask_path()
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        self._busy(True)
        self.status.setText(self.tr("Reading {name}…").format(name=path.name))
        self.worker.call(
            sheet_import.open_sheet, path, on_done=self._opened, on_error=self._open_failed
        )

    def _open_failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.status.setText(error_text(exc, NOTHING_WRITTEN))

    def _opened(self, opened: sheet_import.Opened) -> None:
        self.opened = opened
        sheet = opened.sheet
        shown = self.tr("{name}: {rows} rows, {columns} columns").format(
            name=sheet.name, rows=len(sheet.rows), columns=len(sheet.header)
        )
        if opened.imported_before is not None:
            shown += " — " + self._again_note(opened.imported_before, opened.stores_twice)
        self.file_label.setText(shown)
        self._fill_operator_box()
        self._fill_columns(sheet, opened.mapping)
        self._forget_results()
        self._busy(False)
        self.refresh_values()

    def _again_note(self, before: datetime, stores_twice: bool = True) -> str:
        if not stores_twice:  # a centre: the calls it holds are not stored again
            return self.tr(
                "these rows were already imported on {date}; the calls the centre holds "
                "are not stored again"
            ).format(date=when(before))
        return self.tr(
            "these rows were already imported on {date}: importing them again stores "
            "every call twice"
        ).format(date=when(before))

    def _tampered_note(self) -> str:
        """Said before anything else when the saved mapping was changed outside the program."""
        if self.opened is None or not self.opened.saved.tampered:
            return ""
        return self.tr(
            "The saved mapping was changed outside the program (it is not the one an "
            "administrator saved), so it was not used: every column and value is guessed "
            "anew. Tell the administrator of the desk."
        )

    def _fill_operator_box(self) -> None:
        current = self.operator_box.currentData()
        self.operator_box.blockSignals(True)
        self.operator_box.clear()
        self.operator_box.addItem(self.tr("none: such rows are problems"), None)
        for name in self.opened.users if self.opened else ():
            self.operator_box.addItem(name, name)
        index = self.operator_box.findData(current)
        self.operator_box.setCurrentIndex(max(index, 0))
        self.operator_box.blockSignals(False)

    def _fill_columns(self, sheet: Sheet, mapping: Mapping) -> None:
        self.columns_table.setRowCount(len(sheet.header))
        self.field_boxes = []
        for index, header in enumerate(sheet.header):
            samples = [cell_text(c) for _n, c in sheet.column(index) if c is not None][:SAMPLES]
            self.columns_table.setItem(index, 0, QTableWidgetItem(column_letter(index)))
            shown = QTableWidgetItem(header + ("  ·  " + " | ".join(samples) if samples else ""))
            shown.setToolTip(header)
            self.columns_table.setItem(index, 1, shown)
            box = QComboBox(self.columns_table)
            box.addItem("", None)
            for field in columns.FIELDS:
                box.addItem("", field)
            self._name_fields(box)
            box.setCurrentIndex(max(box.findData(mapping.columns[index]), 0))
            box.currentIndexChanged.connect(self._column_changed)
            self.columns_table.setCellWidget(index, 2, box)
            self.field_boxes.append(box)
        self.column_guard.watch(self.field_boxes)
        self._chain()
        self._fit(self.columns_table)

    def _name_fields(self, box: QComboBox) -> None:
        for i in range(box.count()):
            field = box.itemData(i)
            box.setItemText(
                i, self.tr("— left out —") if field is None else self._field_name(field)
            )

    def _columns(self) -> tuple[str | None, ...]:
        return tuple(box.currentData() for box in self.field_boxes)

    def _column_changed(self) -> None:
        # A field fills one column: choosing it here takes it from the other.
        sender = self.sender()
        if isinstance(sender, QComboBox) and sender.currentData() is not None:
            for box in self.field_boxes:
                if box is not sender and box.currentData() == sender.currentData():
                    box.blockSignals(True)
                    box.setCurrentIndex(0)
                    box.blockSignals(False)
        self._fit(self.columns_table)
        self._forget_results()
        self.refresh_values()

    # --- values --------------------------------------------------------------------------
    def mapping(self) -> Mapping:
        """The mapping as shown: each column's field and each value's choice."""
        chosen: dict[str, dict[str, str]] = {}
        for choice, box in zip(self.choices, self.value_boxes, strict=True):
            value = box.currentData()
            if value is not None:
                chosen.setdefault(choice.list_id, {})[choice.key] = str(value)
        return Mapping(self._columns(), chosen)

    def refresh_values(self) -> None:
        if self.opened is None:
            return
        sheet, mapping = self.opened.sheet, Mapping(self._columns())
        self.worker.call(
            sheet_import.value_choices,
            sheet,
            mapping,
            on_done=self._got_choices,
            on_error=self._failed,
        )

    def _got_choices(self, found: list[ValueChoice]) -> None:
        # Unknown values come first; a column of free text mapped to a coded field by
        # mistake would list thousands: the rest stay unmapped (problems of their rows).
        choices = found[:MAX_VALUES]
        self.choices = choices
        self.value_boxes = []
        self.values_table.setRowCount(len(choices))
        for row, choice in enumerate(choices):
            field = QTableWidgetItem(self._list_name(choice.list_id))
            field.setData(Qt.ItemDataRole.UserRole, choice.list_id)
            items = [field, QTableWidgetItem(choice.text), QTableWidgetItem(str(choice.count))]
            for column, item in enumerate(items):
                if choice.chosen is None:
                    item.setBackground(UNMAPPED)
                self.values_table.setItem(row, column, item)
            box = QComboBox(self.values_table)
            box.setProperty("list_id", choice.list_id)
            box.addItem("", None)
            box.addItem("", REJECT)
            for item_id in self._ids(choice.list_id):
                box.addItem("", item_id)
            self._name_values(box)
            box.setCurrentIndex(max(box.findData(choice.chosen), 0))
            box.currentIndexChanged.connect(self._value_changed)
            self.values_table.setCellWidget(row, 3, box)
            self.value_boxes.append(box)
        self.value_guard.watch(self.value_boxes)
        self._chain()
        self._fit(self.values_table)
        unknown = sum(1 for c in choices if c.chosen is None)
        if self._tampered_note():
            self.status.setText(self._tampered_note())
        elif len(found) > MAX_VALUES:
            self.status.setText(
                self.tr(
                    "The coded columns hold {count} different values; the first {shown} are "
                    "listed. Is a column of free text mapped to a coded field?"
                ).format(count=len(found), shown=MAX_VALUES)
            )
        elif unknown:
            self.status.setText(
                self.tr("{count} values are not mapped yet (marked): map or reject each.").format(
                    count=unknown
                )
            )
        else:
            self.status.setText(
                self.tr("Every value is mapped. Check the mapping, then confirm it.")
            )

    def _ids(self, list_id: str) -> tuple[str, ...]:
        if list_id == OPERATOR_LIST:
            return self.opened.users if self.opened else ()
        return self.taxonomy[list_id].ids()

    def _name_values(self, box: QComboBox) -> None:
        list_id = str(box.property("list_id"))
        for i in range(box.count()):
            value = box.itemData(i)
            if value is None:
                text = self.tr("— not mapped —")
            elif value == REJECT:
                text = self.tr("Reject: its rows are problems")
            elif list_id == OPERATOR_LIST:
                text = str(value)
            else:
                text = code_label(self.taxonomy, list_id, str(value))
            box.setItemText(i, text)

    def _value_changed(self) -> None:
        sender = self.sender()
        if isinstance(sender, QComboBox) and sender in self.value_boxes:
            row = self.value_boxes.index(sender)
            back = UNMAPPED if sender.currentData() is None else QBrush()
            for column in range(3):
                item = self.values_table.item(row, column)
                if item is not None:
                    item.setBackground(back)
            self._fit(self.values_table)  # the choice shown whole
        self._forget_results()

    # --- confirming, checking, importing ---------------------------------------------------
    def _forget_results(self) -> None:
        self.confirmed = False
        self.preview_table.clear()
        self.preview_table.setRowCount(0)
        self.preview_table.setColumnCount(0)
        self.problems_table.setRowCount(0)
        self.problems, self.previewed = [], []
        self._busy(False)

    def _chain(self) -> None:
        """Tab goes from field to field, then value to value, then on to the buttons; the
        table scrolls to the choice the keyboard is on."""
        order: list[QWidget] = [self.file_button, self.operator_box]
        order += self.field_boxes
        order += self.value_boxes
        order += [
            self.confirm_button,
            self.preview_button,
            self.dry_run_button,
            self.import_button,
            self.cancel_button,
            self.tabs,
        ]
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)
        for box in (*self.field_boxes, *self.value_boxes):
            box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            for table, boxes in (
                (self.columns_table, self.field_boxes),
                (self.values_table, self.value_boxes),
            ):
                if watched in boxes:
                    row = boxes.index(watched)
                    item = table.item(row, 0)
                    if item is not None:
                        table.scrollToItem(item)
        return super().eventFilter(watched, event)

    def _busy(self, busy: bool) -> None:
        ready = self.opened is not None and not busy
        self.file_button.setEnabled(not busy)
        self.operator_box.setEnabled(not busy)
        self.confirm_button.setEnabled(ready)
        for button in (self.preview_button, self.dry_run_button, self.import_button):
            button.setEnabled(ready and self.confirmed)
        self.cancel_button.setEnabled(busy)
        for box in (*self.field_boxes, *self.value_boxes):
            box.setEnabled(not busy)

    def _default_operator(self) -> str | None:
        value = self.operator_box.currentData()
        return None if value is None else str(value)

    def confirm_mapping(self) -> None:
        if self.opened is None:
            return
        mapping = self.mapping()
        self._busy(True)

        def saved(_result: object) -> None:
            self.confirmed = True
            self._busy(False)
            self.status.setText(
                self.tr(
                    "Mapping confirmed and kept in the desk for the next file. "
                    "Preview the first rows, or check every row with a dry run."
                )
            )
            self.start_preview()

        self.worker.call(
            sheet_import.save_mapping,
            self.opened.sheet,
            mapping,
            on_done=saved,
            on_error=self._failed,
        )

    def start_preview(self) -> None:
        if self.opened is None:
            return
        self._busy(True)
        self.worker.call(
            sheet_import.preview,
            self.opened.sheet,
            self.mapping(),
            self._default_operator(),
            i18n.current(),
            on_done=self._previewed,
            on_error=self._failed,
        )

    def start_dry_run(self) -> None:
        if self.opened is not None:
            self._run_whole(sheet_import.dry_run, self.tr("Checking every row…"), self._checked)

    def start_import(self) -> None:
        if self.opened is None:
            return
        before = self.opened.imported_before
        if self.confirm_import(len(self.opened.sheet.rows), before):
            # again: the administrator was told the rows were imported before, and said yes
            store = partial(sheet_import.import_sheet, again=before is not None)
            self._run_whole(store, self.tr("Checking and importing…"), self._imported)

    def _run_whole(
        self, job: Callable[..., object], text: str, on_done: Callable[[Any], None]
    ) -> None:
        """A job over every row, with progress and Cancel: the dry run or the import."""
        assert self.opened is not None
        event = self.run.start(steps=1)
        self._busy(True)
        self.status.setText(text)
        self.worker.call(
            job,
            self.opened.sheet,
            self.mapping(),
            self._default_operator(),
            i18n.current(),
            self.run.report,
            event,
            on_done=on_done,
            on_error=self._failed,
        )

    def _confirm_import(self, rows: int, before: datetime | None) -> bool:
        text = self.tr(
            "Import the {rows} rows of the file as calls? Every row is checked again "
            "first; one problem and nothing is imported."
        ).format(rows=rows)
        if before is not None:
            twice = self.opened is None or self.opened.stores_twice
            text = self._again_note(before, twice) + "\n\n" + text
        answer = QMessageBox.question(self, self.tr("Import"), text)
        return answer == QMessageBox.StandardButton.Yes

    def cancel(self) -> None:
        if self.run.cancel():
            self.status.setText(self.tr("Cancelling…"))

    def _previewed(self, found: Converted) -> None:
        self._busy(False)
        self._fill_preview(found.records)
        self._fill_problems(found.problems)
        if found.problems:
            self.status.setText(
                self.tr("The first rows have {count} problems (see Problems).").format(
                    count=len(found.problems)
                )
            )
            self.tabs.setCurrentIndex(1)
        else:
            self.tabs.setCurrentIndex(0)

    def _checked(self, found: Converted) -> None:
        self._busy(False)
        self.progress.setValue(self.progress.maximum())
        self._fill_problems(found.problems)
        if found.problems:
            self.status.setText(
                self.tr(
                    "{count} problems in {rows} rows; nothing was imported. Fix them in the "
                    "file or in the mapping, then check again."
                ).format(count=len(found.problems), rows=found.rows)
            )
            self.tabs.setCurrentIndex(1)
        else:
            self.status.setText(
                self.tr("All {rows} rows can be imported; nothing was written yet.").format(
                    rows=found.rows
                )
            )

    def _imported(self, count: int) -> None:
        self._busy(False)
        self.progress.setValue(self.progress.maximum())
        self._fill_problems([])
        text = self.tr("Imported {count} calls. The mapping was kept for the next file.").format(
            count=count
        )
        held = getattr(count, "held", 0)  # on a centre: calls an earlier import stored
        if held:
            text += " " + self.tr(
                "{held} calls of the file were on the centre already (imported before) and "
                "were not stored again."
            ).format(held=held)
        self.status.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.progress.setValue(0)
        problems = getattr(exc, "cell_problems", None)
        if isinstance(exc, sheet_import.SheetRejected) and problems:
            self._fill_problems(problems)
            self.tabs.setCurrentIndex(1)
            self.status.setText(
                self.tr(
                    "{count} problems; nothing was imported. Fix them in the file or in the "
                    "mapping, then check again."
                ).format(count=len(problems))
            )
            return
        self.status.setText(error_text(exc, NOTHING_WRITTEN))

    # --- showing -------------------------------------------------------------------------
    def _fill_problems(self, problems: list[CellProblem]) -> None:
        self.problems = problems
        self.problems_table.setRowCount(len(problems))
        for row, problem in enumerate(problems):
            cells = [str(problem.row), problem.letter, problem.header, cell_problem_text(problem)]
            for column, value in enumerate(cells):
                self.problems_table.setItem(row, column, QTableWidgetItem(value))
        self._fit(self.problems_table)

    def _fill_preview(self, records: list[tuple[int, CallRecord]]) -> None:
        self.previewed = records
        fields = [f for f in self._columns() if f is not None and f != "time"]
        self.preview_table.clear()
        self.preview_table.setRowCount(len(records))
        self.preview_table.setColumnCount(len(fields) + 1)
        self.preview_table.setHorizontalHeaderLabels(
            [self.tr("Row"), *(self._field_name(f) for f in fields)]
        )
        for row, (number, record) in enumerate(records):
            self.preview_table.setItem(row, 0, QTableWidgetItem(str(number)))
            for column, field in enumerate(fields, start=1):
                shown = self._stored(record, field)
                self.preview_table.setItem(row, column, QTableWidgetItem(shown))
        self._fit(self.preview_table)

    def _stored(self, record: CallRecord, field: str) -> str:
        """A field of a record as it will be stored, in the interface's words."""
        if field == "started_at":
            return when(record.started_at)
        if field == "operator":
            return self._operator_name(record.operator_id)
        if field.startswith(columns.ENTITY_PREFIX):
            kind = field[len(columns.ENTITY_PREFIX) :]
            values = [e.value for e in record.entities if e.kind == kind]
            return f"{entity_kind(kind)}: " + "; ".join(values) if values else ""
        value: Any = getattr(record, field)
        list_id = list_of(field)
        if list_id is not None and isinstance(value, tuple):
            return "; ".join(code_label(self.taxonomy, list_id, v) for v in value)
        if list_id is not None:
            return code_label(self.taxonomy, list_id, value)
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        return "" if value is None else str(value)

    def _operator_name(self, user_id: int) -> str:
        names = self.opened.names if self.opened else {}
        return names.get(user_id, str(user_id))
