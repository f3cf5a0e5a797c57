"""Entities the caller mentions (an agency, a phone number, a link, a city):
each a field of its own, never part of anyone's identity."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hotline.records import ENTITY_KINDS, Entity
from hotline.ui import vocabulary
from hotline.ui.i18n import Retranslatable
from hotline.validation import MAX_SHORT_TEXT


class EntityRow(Retranslatable, QWidget):
    changed = Signal()
    remove = Signal(object)

    def __init__(self, parent: QWidget | None = None, entity: Entity | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox(self)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.value = QLineEdit(self)
        self.value.setMaxLength(MAX_SHORT_TEXT)
        self.delete = QPushButton(self)
        layout.addWidget(self.kind)
        layout.addWidget(self.value, 1)
        layout.addWidget(self.delete)
        self.retranslate()
        if entity is not None:
            self.kind.setCurrentIndex(list(ENTITY_KINDS).index(entity.kind))
            self.value.setText(entity.value)
        self.kind.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.value.textEdited.connect(lambda _t: self.changed.emit())
        self.delete.clicked.connect(lambda: self.remove.emit(self))

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


class EntityList(Retranslatable, QWidget):
    changed = Signal()
    rows_changed = Signal()  # the form rebuilds its keyboard order

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

    def tab_widgets(self) -> list[QWidget]:
        """The rows, each kind, value, Remove, then "Add": the order shown."""
        out: list[QWidget] = []
        for row in self.rows:
            out += [row.kind, row.value, row.delete]
        return [*out, self.add_button]

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add an entity the caller mentions"))
        self.add_button.setAccessibleName(self.add_button.text())
