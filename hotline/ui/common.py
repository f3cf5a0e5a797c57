"""Small widgets shared by the screens: coded-list combos, plain-text labels."""

from __future__ import annotations

import time
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from hotline.taxonomy import CodeList, Taxonomy
from hotline.ui import i18n
from hotline.ui.i18n import Retranslatable
from hotline.ui.type_ahead import TypeAhead


def mark_problem(widget: QWidget, on: bool) -> None:
    """Tint (or untint) a field a refused Save points at (palette.FORM_FIELDS)."""
    if bool(widget.property("problem")) == on:
        return
    widget.setProperty("problem", on)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label for text a caller gave: never interpreted as rich text."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def code_label(taxonomy: Taxonomy, list_id: str, item_id: str | None) -> str:
    if not item_id:
        return ""
    try:
        return taxonomy.label(list_id, item_id, i18n.current())
    except KeyError:
        return item_id


class CodeCombo(Retranslatable, QComboBox):
    """A combo over one coded list; `value()` is the item id or None ("not set")."""

    valueChanged = Signal()

    def __init__(
        self,
        codes: CodeList,
        parent: QWidget | None = None,
        *,
        allow_empty: bool = True,
        only: Iterable[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.codes = codes
        self.allow_empty = allow_empty
        wanted = set(only) if only is not None else None
        self.ids: list[str | None] = [None] if allow_empty else []
        self.ids += [i.id for i in codes.items if wanted is None or i.id in wanted]
        self.setMaxVisibleItems(20)
        # Long labels (countries, regions) must not widen the form: the popup shows them.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self._fill()
        self.currentIndexChanged.connect(lambda _i: self.valueChanged.emit())
        self.type_ahead = TypeAhead()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Letters search the list (type_ahead.py) instead of Qt's exact prefix match."""
        text = event.text()
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if plain and text and text.isprintable() and not text.isspace():
            labels = [self.itemText(i) for i in range(self.count())]
            found = self.type_ahead.find(labels, self.currentIndex(), text, time.monotonic())
            if found is not None:
                self.setCurrentIndex(found)
            event.accept()
            return
        super().keyPressEvent(event)

    def _fill(self) -> None:
        index = self.currentIndex()
        self.blockSignals(True)
        self.clear()
        language = i18n.current()
        for item_id in self.ids:
            if item_id is None:
                self.addItem(QCoreApplication.translate("common", "— not set —"))
            else:
                self.addItem(self.codes.get(item_id).label(language))
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def value(self) -> str | None:
        index = self.currentIndex()
        return self.ids[index] if 0 <= index < len(self.ids) else None

    def set_value(self, value: str | None) -> None:
        index = self.ids.index(value) if value in self.ids else 0
        self.setCurrentIndex(index)

    def retranslate(self) -> None:
        self._fill()


def country_ids(taxonomy: Taxonomy) -> list[str]:
    """Frequent destinations first, then every country by its English name."""
    items = list(taxonomy["country"].items)
    frequent = [i.id for i in items if i.extra.get("frequent")]
    rest = sorted((i for i in items if not i.extra.get("frequent")), key=lambda i: i.label("en"))
    return frequent + [i.id for i in rest]


class CountryCombo(CodeCombo):
    def __init__(self, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(taxonomy["country"], parent)
        self.ids = [None, *country_ids(taxonomy)]
        self._fill()
