"""Entities the caller mentions (an agency, a phone number, a link, a city):
each a field of its own, never part of anyone's identity."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hotline.records import ENTITY_KINDS, Entity
from hotline.ui import palette, vocabulary
from hotline.ui.i18n import Retranslatable
from hotline.validation import MAX_SHORT_TEXT


class EntityRow(Retranslatable, QWidget):
    """One entity; `look_up` asks how many saved calls already name it (issue 16)."""

    changed = Signal()
    remove = Signal(object)
    look_up = Signal(object)

    def __init__(self, parent: QWidget | None = None, entity: Entity | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox(self)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.value = QLineEdit(self)
        self.value.setMaxLength(MAX_SHORT_TEXT)
        self.delete = QPushButton(self)
        self.known = QLabel(self)  # "already reported in N calls": a count, nothing else
        self.known.setTextFormat(Qt.TextFormat.PlainText)
        self.known.setStyleSheet(palette.INFO_TEXT)
        self.known.hide()
        self.reports = 0
        self._asked: Entity | None = None
        layout.addWidget(self.kind)
        layout.addWidget(self.value, 1)
        layout.addWidget(self.known)
        layout.addWidget(self.delete)
        self.retranslate()
        if entity is not None:
            self.kind.setCurrentIndex(list(ENTITY_KINDS).index(entity.kind))
            self.value.setText(entity.value)
        self.kind.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.value.textEdited.connect(lambda _t: self.changed.emit())
        self.value.editingFinished.connect(self._ask)
        self.kind.currentIndexChanged.connect(lambda _i: self._ask())
        self.delete.clicked.connect(lambda: self.remove.emit(self))

    def _ask(self) -> None:
        entity = self.entity()
        if entity == self._asked:
            return
        self._asked = entity
        if entity is None:
            self.show_reports(None, 0)
        else:
            self.look_up.emit(self)

    def show_reports(self, entity: Entity | None, calls: int) -> None:
        """The answer for `entity`; ignored when the row has changed since it asked."""
        if entity is not None and entity != self.entity():
            return
        self.reports = calls if entity is not None else 0
        self.known.setVisible(self.reports > 0)
        self._relabel()

    def _relabel(self) -> None:
        self.known.setText(self.tr("already reported in %n call(s)", "", self.reports))
        self.known.setAccessibleName(self.known.text())

    def entity(self) -> Entity | None:
        text = self.value.text().strip()
        if not text:
            return None
        return Entity(ENTITY_KINDS[max(0, self.kind.currentIndex())], text)

    def retranslate(self) -> None:
        index = self.kind.currentIndex()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItems([label for _kind, label in vocabulary.entity_kinds()])
        self.kind.setCurrentIndex(max(index, 0))
        self.kind.blockSignals(False)
        self.kind.setAccessibleName(self.tr("Kind of entity"))
        self.value.setAccessibleName(self.tr("Entity value"))
        self.value.setPlaceholderText(self.tr("as the caller said it"))
        self.delete.setText(self.tr("Remove"))
        self.delete.setAccessibleName(self.tr("Remove this entity"))
        if hasattr(self, "known"):
            self._relabel()


class EntityList(Retranslatable, QWidget):
    changed = Signal()
    rows_changed = Signal()  # the form rebuilds its keyboard order
    look_up = Signal(object)  # an EntityRow whose entity is to be counted

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[EntityRow] = []
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        self.layout_.addWidget(self.add_button)
        self.retranslate()

    def add_row(self, entity: Entity | None = None, focus: bool = False) -> EntityRow:
        row = EntityRow(self, entity)
        row.changed.connect(self.changed)
        row.remove.connect(self._remove)
        row.look_up.connect(self.look_up)
        self.rows.append(row)
        self.layout_.insertWidget(self.layout_.count() - 1, row)
        row.show()  # at once, so that the keyboard can reach it right away
        self.rows_changed.emit()
        if focus:
            row.kind.setFocus()
        return row

    def _remove(self, row: EntityRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self.add_button.setFocus()
        self.rows_changed.emit()
        self.changed.emit()

    def entities(self) -> tuple[Entity, ...]:
        return tuple(e for e in (row.entity() for row in self.rows) if e is not None)

    def set_entities(self, entities: tuple[Entity, ...]) -> None:
        for row in list(self.rows):
            self.rows.remove(row)
            row.setParent(None)
            row.deleteLater()
        for entity in entities:
            self.add_row(entity)
        self.rows_changed.emit()

    def look_up_all(self) -> None:
        """Ask for the count of every row (a resumed draft, a call being corrected)."""
        for row in self.rows:
            self.look_up.emit(row)

    def tab_widgets(self) -> list[QWidget]:
        """The rows, each kind, value, Remove, then "Add": the order shown."""
        out: list[QWidget] = []
        for row in self.rows:
            out += [row.kind, row.value, row.delete]
        return [*out, self.add_button]

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add an entity the caller mentions"))
        self.add_button.setAccessibleName(self.add_button.text())
