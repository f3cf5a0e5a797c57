"""The caller, the person concerned and the exploitation reported."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from hotline.records import CallRecord
from hotline.taxonomy import Taxonomy
from hotline.ui import palette
from hotline.ui.common import CodeCombo, CountryCombo
from hotline.ui.i18n import Retranslatable


class PersonFields(QWidget):
    """Sex, age band, citizenship and country: the same for caller and person concerned."""

    changed = Signal()

    def __init__(self, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sex = CodeCombo(taxonomy["sex"], self)
        self.age = CodeCombo(taxonomy["age_band"], self)
        self.citizenship = CodeCombo(taxonomy["citizenship"], self)
        self.country = CountryCombo(taxonomy, self)
        # Always reachable (a disabled field would change the Tab count): choosing a
        # country of citizenship says the person is a foreign citizen.
        self.country.valueChanged.connect(self._country_chosen)
        for combo in (self.sex, self.age, self.citizenship, self.country):
            combo.valueChanged.connect(self.changed)

    def _country_chosen(self) -> None:
        if self.country.value() is not None and self.citizenship.value() != "foreign":
            self.citizenship.blockSignals(True)
            self.citizenship.set_value("foreign")
            self.citizenship.blockSignals(False)

    def values(self, who: str) -> dict[str, str | None]:
        foreign = self.citizenship.value() == "foreign"
        return {
            f"{who}_sex": self.sex.value(),
            f"{who}_age": self.age.value(),
            f"{who}_citizenship": self.citizenship.value(),
            f"{who}_country": self.country.value() if foreign else None,
        }

    def load(self, record: CallRecord, who: str) -> None:
        self.sex.set_value(getattr(record, f"{who}_sex"))
        self.age.set_value(getattr(record, f"{who}_age"))
        self.citizenship.set_value(getattr(record, f"{who}_citizenship"))
        self.country.blockSignals(True)
        self.country.set_value(getattr(record, f"{who}_country"))
        self.country.blockSignals(False)


class CallerSection(Retranslatable, QWidget):
    changed = Signal()

    def __init__(self, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.relation = CodeCombo(taxonomy["relation"], self)
        self.person = PersonFields(taxonomy, self)
        self.region = CodeCombo(taxonomy["region"], self)
        self.language = CodeCombo(taxonomy["call_language"], self)
        self.widgets = [
            self.relation,
            self.person.sex,
            self.person.age,
            self.person.citizenship,
            self.person.country,
            self.region,
            self.language,
        ]
        self.labels = [QLabel(self) for _ in self.widgets]
        for n, (label, widget) in enumerate(zip(self.labels, self.widgets, strict=True)):
            label.setBuddy(widget)
            grid.addWidget(label, n // 2, (n % 2) * 2)
            grid.addWidget(widget, n // 2, (n % 2) * 2 + 1)
        # beside the language: whether the call needed an interpreter
        self.interpreter = QCheckBox(self)
        self.interpreter.toggled.connect(lambda _b: self.changed.emit())
        grid.addWidget(self.interpreter, len(self.widgets) // 2, 2, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.relation.valueChanged.connect(self.changed)
        self.person.changed.connect(self.changed)
        self.region.valueChanged.connect(self.changed)
        self.language.valueChanged.connect(self.changed)
        self.retranslate()

    def retranslate(self) -> None:
        texts = [
            self.tr("Relation to the person concerned"),
            self.tr("Sex"),
            self.tr("Age band"),
            self.tr("Citizenship"),
            self.tr("Country of citizenship"),
            self.tr("Region of the call"),
            self.tr("Language of the call"),
        ]
        for label, widget, text in zip(self.labels, self.widgets, texts, strict=True):
            label.setText(text)
            widget.setAccessibleName(self.tr("Caller: %1").replace("%1", text))
        self.interpreter.setText(self.tr("An interpreter was needed"))
        self.interpreter.setAccessibleName(self.interpreter.text())


class ConcernedSection(Retranslatable, QWidget):
    """The person concerned and the exploitation, whoever calls (the caller about
    themself too). Their pseudonym is issued by the desk or looked up among those it
    issued: what is typed is looked up (`pseudonym_typed`), never taken as it is."""

    changed = Signal()
    assign_pseudonym = Signal()
    pseudonym_typed = Signal(str)

    def __init__(self, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.form = form
        row = QHBoxLayout()
        self.pseudonym = QLineEdit(self)
        self.pseudonym.setReadOnly(False)
        self.assign = QPushButton(self)
        self.assign.clicked.connect(self.assign_pseudonym)
        row.addWidget(self.pseudonym, 1)
        row.addWidget(self.assign)
        self.pseudonym_row = QWidget(self)
        self.pseudonym_row.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel(self)  # what the lookup found, or why the text is refused
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.hide()
        self.self_report = QLabel(self)
        self.self_report.setTextFormat(Qt.TextFormat.PlainText)
        self.self_report.setWordWrap(True)
        self.self_report.setStyleSheet(palette.LINK)
        self.self_report.hide()
        self._looked_up = ""
        self._note: Callable[[], str] | None = None
        self.person = PersonFields(taxonomy, self)
        self.believed_child = QCheckBox(self)
        self.exploitation = CodeCombo(taxonomy["exploitation"], self)
        self.labour_sector = CodeCombo(taxonomy["labour_sector"], self)
        self.destination = CountryCombo(taxonomy, self)
        self.rows: list[QWidget] = [
            self.pseudonym_row,
            self.person.sex,
            self.person.age,
            self.believed_child,
            self.person.citizenship,
            self.person.country,
            self.exploitation,
            self.labour_sector,
            self.destination,
        ]
        self.labels = [QLabel(self) for _ in self.rows]
        for label, widget in zip(self.labels, self.rows, strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.insertRow(0, self.self_report)
        form.insertRow(2, "", self.note)
        self.pseudonym.textEdited.connect(lambda _t: self.changed.emit())
        self.pseudonym.editingFinished.connect(self._typed)
        self.person.changed.connect(self.changed)
        self.believed_child.toggled.connect(lambda _b: self.changed.emit())
        self.exploitation.valueChanged.connect(self.changed)
        self.labour_sector.valueChanged.connect(self.changed)
        self.destination.valueChanged.connect(self.changed)
        self.retranslate()

    # --- the pseudonym ---------------------------------------------------------
    def _typed(self) -> None:
        text = self.pseudonym.text().strip()
        if text and text != self._looked_up:
            self._looked_up = text
            self.pseudonym_typed.emit(text)
        elif not text:
            self._looked_up = ""
            self.show_note(None)

    def set_pseudonym(self, pseudonym: str) -> None:
        """The pseudonym as the desk issued it (a lookup's answer or a new one)."""
        self._looked_up = pseudonym
        self.pseudonym.setText(pseudonym)

    def show_note(self, text: Callable[[], str] | None, refused: bool = False) -> None:
        self._note = text
        self.note.setStyleSheet(palette.SMALL_BAD_BANNER if refused else palette.GOOD_TEXT)
        self.note.setText(text() if text else "")
        self.note.setVisible(text is not None)

    def set_self_report(self, on: bool) -> None:
        self.self_report.setVisible(on)

    def load_pseudonym(self, pseudonym: str | None) -> None:
        self._looked_up = pseudonym or ""
        self.pseudonym.setText(pseudonym or "")
        self.show_note(None)

    def tab_widgets(self) -> list[QWidget]:
        """The fields in the order shown (the rows, the pseudonym row being two)."""
        out: list[QWidget] = []
        for row in self.rows:
            out += [self.pseudonym, self.assign] if row is self.pseudonym_row else [row]
        return out

    def retranslate(self) -> None:
        texts = [
            self.tr("Their pseudonym"),
            self.tr("Sex"),
            self.tr("Age band"),
            "",
            self.tr("Citizenship"),
            self.tr("Country of citizenship"),
            self.tr("Form of exploitation"),
            self.tr("Sector of forced labour"),
            self.tr("Destination or place of exploitation"),
        ]
        for label, widget, text in zip(self.labels, self.rows, texts, strict=True):
            label.setText(text)
            if text:
                widget.setAccessibleName(self.tr("Person concerned: %1").replace("%1", text))
        self.pseudonym.setAccessibleName(self.tr("Pseudonym of the person concerned"))
        self.pseudonym.setPlaceholderText(
            self.tr("the pseudonym the desk gave them (it is looked up), or assign one")
        )
        self.self_report.setText(
            self.tr(
                "The caller is the person concerned: record here what happened to them"
                " (sex, age and citizenship as in section 4)."
            )
        )
        if self._note is not None:
            self.note.setText(self._note())
        self.assign.setText(self.tr("Assign a new pseudonym"))
        self.assign.setAccessibleName(self.assign.text())
        self.believed_child.setText(self.tr("Age unknown but believed to be under 18"))
        self.believed_child.setAccessibleName(self.believed_child.text())
