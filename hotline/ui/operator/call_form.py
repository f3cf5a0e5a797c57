"""The call form: every field of TAXONOMY.md in the order an operator asks,
numbered so the keyboard order is visible; builds a CallRecord and loads one."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hotline.records import CallRecord, IdentityDetails
from hotline.taxonomy import Taxonomy
from hotline.ui import palette
from hotline.ui.common import CodeCombo, mark_problem
from hotline.ui.form_guard import FormGuard
from hotline.ui.i18n import Retranslatable
from hotline.ui.operator.entities import EntityList
from hotline.ui.operator.identity import IdentitySection
from hotline.ui.operator.indicators import IndicatorChecklist
from hotline.ui.operator.notes import Notes
from hotline.ui.operator.outcomes import Outcomes
from hotline.ui.operator.people import CallerSection, ConcernedSection
from hotline.ui.operator.safe_contact import SafeContact
from hotline.ui.operator.topic_chips import COLUMNS, TopicChips
from hotline.ui.operator.what_to_say import WhatToSay
from hotline.ui.roving import RovingGroup
from hotline.validation import consent_problem, needs_minors_report

_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
# Alt with the section's number jumps to it (shown in its title); Alt+0 is section 10.
SECTION_KEYS = (
    "Alt+1",
    "Alt+2",
    "Alt+3",
    "Alt+4",
    "Alt+5",
    "Alt+6",
    "Alt+7",
    "Alt+8",
    "Alt+9",
    "Alt+0",
)


def section(title: str, parent: QWidget) -> QGroupBox:
    box = QGroupBox(title, parent)
    box.setStyleSheet(palette.SECTION)
    return box


class CallForm(Retranslatable, QScrollArea):
    """`changed` fires on every edit; the page autosaves through the worker."""

    changed = Signal()

    def __init__(self, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taxonomy = taxonomy
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        self.body = body
        body.setStyleSheet(palette.FORM_FIELDS)
        layout = QVBoxLayout(body)
        layout.setSpacing(10)

        self.safe = SafeContact(taxonomy, body)  # 1. asked first
        layout.addWidget(self.safe)

        self.call_box = section("", body)
        call_form = QFormLayout(self.call_box)
        self.nature = CodeCombo(taxonomy["nature"], self.call_box)
        self.channel = CodeCombo(taxonomy["channel"], self.call_box, allow_empty=False)
        self.heard_of = CodeCombo(taxonomy["heard_of"], self.call_box)
        self.nature_label, self.channel_label = QLabel(self), QLabel(self)
        self.heard_of_label = QLabel(self)
        call_form.addRow(self.nature_label, self.nature)
        call_form.addRow(self.channel_label, self.channel)
        call_form.addRow(self.heard_of_label, self.heard_of)
        self._call_rows = call_form

        self.topics_box = section("", body)
        topics_layout = QVBoxLayout(self.topics_box)
        self.topics = TopicChips(taxonomy, self.topics_box)
        topics_layout.addWidget(self.topics)

        self.caller_box = section("", body)
        QVBoxLayout(self.caller_box).addWidget(caller := CallerSection(taxonomy, self.caller_box))
        self.caller = caller

        self.concerned_box = section("", body)
        self.concerned = ConcernedSection(taxonomy, self.concerned_box)
        QVBoxLayout(self.concerned_box).addWidget(self.concerned)

        self.indicators_box = section("", body)
        self.indicators = IndicatorChecklist(taxonomy, self.indicators_box)
        QVBoxLayout(self.indicators_box).addWidget(self.indicators)

        self.outcomes_box = section("", body)
        self.outcomes = Outcomes(taxonomy, self.outcomes_box)
        self.what_to_say = WhatToSay(self.outcomes_box)
        # under the outcomes: beside them, Russian labels would not fit 1366 pixels
        outcomes_layout = QVBoxLayout(self.outcomes_box)
        outcomes_layout.addWidget(self.outcomes)
        outcomes_layout.addWidget(self.what_to_say)

        self.flags_box = section("", body)
        flags = QVBoxLayout(self.flags_box)
        row = QHBoxLayout()
        self.child = QCheckBox(self.flags_box)
        self.danger = QCheckBox(self.flags_box)
        self.victim = QCheckBox(self.flags_box)
        for box in (self.child, self.danger, self.victim):
            row.addWidget(box)
        row.addStretch(1)
        flags.addLayout(row)
        self.relative = QCheckBox(self.flags_box)
        flags.addWidget(self.relative)
        self.relative_notice = QLabel(self.flags_box)
        self.relative_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.relative_notice.setWordWrap(True)
        self.relative_notice.setStyleSheet(palette.BAD_BANNER)
        self.relative_notice.hide()
        flags.addWidget(self.relative_notice)
        consent_row = QHBoxLayout()
        self.consent_label = QLabel(self.flags_box)
        self.consent = CodeCombo(taxonomy["consent"], self.flags_box, allow_empty=False)
        self.consent.set_value("not_asked")
        consent_row.addWidget(self.consent_label)
        consent_row.addWidget(self.consent, 1)
        flags.addLayout(consent_row)
        self.child_notice = QLabel(self.flags_box)
        self.child_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.child_notice.setWordWrap(True)
        self.child_notice.setStyleSheet(palette.NOTICE_BANNER)
        self.child_notice.hide()
        flags.addWidget(self.child_notice)

        self.entities_box = section("", body)
        self.entities = EntityList(self.entities_box)
        QVBoxLayout(self.entities_box).addWidget(self.entities)

        self.notes_box = section("", body)
        self.notes = Notes(taxonomy, self.notes_box)
        QVBoxLayout(self.notes_box).addWidget(self.notes)
        self.notes.apply_topic.connect(lambda t: self.topics.chips[t].setChecked(True))

        self.identity = IdentitySection(body)

        self.sections = [
            self.call_box,
            self.topics_box,
            self.caller_box,
            self.concerned_box,
            self.indicators_box,
            self.outcomes_box,
            self.flags_box,
            self.entities_box,
            self.notes_box,
        ]
        for group in self.sections:
            layout.addWidget(group)
        layout.addWidget(self.identity)
        layout.addStretch(1)
        self.setWidget(body)

        for signal in (
            self.safe.changed,
            self.nature.valueChanged,
            self.channel.valueChanged,
            self.heard_of.valueChanged,
            self.topics.changed,
            self.caller.changed,
            self.concerned.changed,
            self.indicators.changed,
            self.outcomes.changed,
            self.consent.valueChanged,
            self.entities.changed,
            self.notes.changed,
            self.identity.changed,
        ):
            signal.connect(self._edited)
        for box in (self.child, self.danger, self.victim, self.relative):
            box.toggled.connect(lambda _b: self._edited())
        self.relative.toggled.connect(self._relative_changed)
        self.topics.changed.connect(lambda: self.notes.set_ticked(self.topics.topics()))
        self.caller.relation.valueChanged.connect(self._relation_changed)
        self.guard = FormGuard(self)
        # the long checklists are one Tab stop each, arrow keys inside
        self.checklists = [
            RovingGroup(list(self.topics.chips.values()), columns=COLUMNS),
            RovingGroup(list(self.indicators.boxes.values())),
            RovingGroup(list(self.outcomes.boxes.values())),
        ]
        self.entities.rows_changed.connect(self.update_tab_order)
        self.notes.suggestions_changed.connect(self.update_tab_order)
        self.section_keys: list[QShortcut] = []
        for key, target in zip(SECTION_KEYS, self.section_targets(), strict=True):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda t=target: self.go_to(t()))
            self.section_keys.append(shortcut)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)
        self.problem_widgets: list[QWidget] = []
        self.loading = False  # load() is filling the fields (not the operator typing)
        self.update_tab_order()
        self.retranslate()
        self._relation_changed()

    # --- moving through the form ------------------------------------------------
    def tab_chain(self) -> list[QWidget]:
        """Every field in the order shown: top to bottom, left to right."""
        return [
            *self.safe.rows,
            self.nature,
            self.channel,
            self.heard_of,
            *self.topics.chips.values(),
            *self.caller.widgets,
            self.caller.interpreter,
            *self.concerned.tab_widgets(),
            *self.indicators.tab_widgets(),
            *self.outcomes.tab_widgets(),
            self.child,
            self.danger,
            self.victim,
            self.relative,
            self.consent,
            *self.entities.tab_widgets(),
            *self.notes.tab_widgets(),
            *self.identity.tab_widgets(),
        ]

    def update_tab_order(self) -> None:
        """The keyboard order is rebuilt whole whenever rows come or go, so that it
        never depends on what was added or removed before (issue 16, defect 1)."""
        chain = self.tab_chain()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.guard.watch(chain)

    def section_targets(self) -> list[Callable[[], QWidget]]:
        """Where Alt+1..Alt+0 put the focus: the first field of each section."""
        return [
            lambda: self.safe.safe_to_talk,
            lambda: self.nature,
            lambda: self.topics.chips[self.topics.primary() or self.topics.ids[0]],
            lambda: self.caller.relation,
            lambda: self.concerned.tab_widgets()[0],
            lambda: self.indicators.toggle,
            lambda: next(iter(self.outcomes.boxes.values())),
            lambda: self.child,
            lambda: self.entities.tab_widgets()[0],
            lambda: self.notes.edit,
        ]

    def go_to(self, widget: QWidget) -> None:
        if not self.isEnabled():
            return
        self.ensureWidgetVisible(widget, 50, 80)
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The field that takes the focus is scrolled into view, however it got it."""
        if new is not None and new is not self and self.body.isAncestorOf(new):
            self.ensureWidgetVisible(new, 20, 40)

    # --- live rules ----------------------------------------------------------
    def _relation_changed(self) -> None:
        # Never greyed out: a person calling about themself has an exploitation, a place
        # and maybe an age believed under 18 too (issue 16, defect 7).
        self.concerned.set_self_report(self.caller.relation.value() == "self")

    def _relative_changed(self, on: bool) -> None:
        # the law's exception: the family is not called back (the service records it too)
        if on:
            self.safe.do_not_call_back.setChecked(True)

    def _edited(self) -> None:
        self.update_notices()
        self.changed.emit()

    def update_notices(self) -> None:
        record = self.record(CallRecord(started_at=_EPOCH, operator_id=0))
        refused = consent_problem(record, self.taxonomy)
        self.outcomes.show_refusal(refused)
        self.child_notice.setVisible(needs_minors_report(record, self.taxonomy))
        self.relative_notice.setVisible(record.relative_involved)
        self.what_to_say.show_for(
            record.call_language,
            child=needs_minors_report(record, self.taxonomy),
            # a caller who may be the relative involved is told nothing of the help
            withheld=record.relative_involved and record.relation == "relative",
        )

    # --- record ----------------------------------------------------------------
    def record(self, base: CallRecord) -> CallRecord:
        concerned = self.concerned.person.values("concerned")
        return base.with_changes(
            safe_to_talk=self.safe.safe_to_talk.value(),
            callback_allowed=self.safe.callback_allowed(),
            callback_times=self.safe.callback_times.text().strip(),
            code_word=self.safe.code_word.text().strip(),
            do_not_call_back=self.safe.do_not_call_back.isChecked(),
            nature=self.nature.value(),
            channel=self.channel.value() or "phone",
            heard_of=self.heard_of.value(),
            topics=self.topics.topics(),
            primary_topic=self.topics.primary(),
            relation=self.caller.relation.value(),
            region=self.caller.region.value(),
            call_language=self.caller.language.value(),
            interpreter_needed=self.caller.interpreter.isChecked(),
            **self.caller.person.values("caller"),
            concerned_pseudonym=self.concerned.pseudonym.text().strip() or None,
            concerned_sex=concerned.get("concerned_sex"),
            concerned_age=concerned.get("concerned_age"),
            concerned_citizenship=concerned.get("concerned_citizenship"),
            concerned_country=concerned.get("concerned_country"),
            believed_child=self.concerned.believed_child.isChecked(),
            exploitation=self.concerned.exploitation.value(),
            labour_sector=self.concerned.labour_sector.value(),
            destination=self.concerned.destination.value(),
            indicators=self.indicators.indicators(),
            outcomes=self.outcomes.outcomes(),
            child_involved=self.child.isChecked(),
            immediate_danger=self.danger.isChecked(),
            possible_victim=self.victim.isChecked(),
            relative_involved=self.relative.isChecked(),
            consent=self.consent.value() or "not_asked",
            identity_consent=self.identity.consent.isChecked(),
            entities=self.entities.entities(),
            notes=self.notes.text(),
        )

    def identity_details(self) -> IdentityDetails | None:
        return self.identity.details()

    def load(self, record: CallRecord) -> None:
        """Fill every field from a record (a resumed draft or a call to correct)."""
        self.blockSignals(True)
        self.loading = True
        try:
            self.safe.safe_to_talk.set_value(record.safe_to_talk)
            self.safe.set_callback_allowed(record.callback_allowed)
            self.safe.callback_times.setText(record.callback_times)
            self.safe.code_word.setText(record.code_word)
            self.safe.do_not_call_back.setChecked(record.do_not_call_back)
            self.nature.set_value(record.nature)
            self.channel.set_value(record.channel)
            self.heard_of.set_value(record.heard_of)
            self.topics.set_topics(record.topics, record.primary_topic)
            self.caller.relation.set_value(record.relation)
            self.caller.region.set_value(record.region)
            self.caller.language.set_value(record.call_language)
            self.caller.interpreter.setChecked(record.interpreter_needed)
            self.caller.person.load(record, "caller")
            self.concerned.load_pseudonym(record.concerned_pseudonym)
            self.concerned.person.load(record, "concerned")
            self.concerned.believed_child.setChecked(record.believed_child)
            self.concerned.exploitation.set_value(record.exploitation)
            self.concerned.labour_sector.set_value(record.labour_sector)
            self.concerned.destination.set_value(record.destination)
            self.indicators.set_indicators(record.indicators)
            self.outcomes.set_outcomes(record.outcomes)
            self.child.setChecked(record.child_involved)
            self.danger.setChecked(record.immediate_danger)
            self.victim.setChecked(record.possible_victim)
            self.relative.blockSignals(True)
            self.relative.setChecked(record.relative_involved)
            self.relative.blockSignals(False)
            self.consent.set_value(record.consent)
            self.entities.set_entities(record.entities)
            self.notes.set_text(record.notes)
            self.notes.set_ticked(record.topics)
            self.identity.clear()
            self.identity.consent.setChecked(record.identity_consent)
            self.identity.set_held(record.identity_held)
        finally:
            self.blockSignals(False)
            self.loading = False
        self._relation_changed()
        self.update_notices()

    def hide_channel(self) -> None:
        """For a page that asks for the channel itself (a contact outside the desk):
        the form's own Channel row is not shown, so there is one Channel field."""
        self._call_rows.setRowVisible(self.channel, False)

    def clear(self, operator_id: int = 0) -> None:
        self.load(CallRecord(started_at=_EPOCH, operator_id=operator_id))
        self.indicators.set_expanded(False)
        self.verticalScrollBar().setValue(0)

    # --- focus ----------------------------------------------------------------
    def widget_for(self, field: str) -> QWidget:
        mapping: dict[str, QWidget] = {
            "topics": self.topics.chips[self.topics.ids[0]],
            "outcomes": next(iter(self.outcomes.boxes.values())),
            "notes": self.notes.edit,
            "entities": self.entities.add_button,
            "nature": self.nature,
            "channel": self.channel,
            "consent": self.consent,
            "callback_times": self.safe.callback_times,
            "code_word": self.safe.code_word,
            "caller_country": self.caller.person.country,
            "concerned_country": self.concerned.person.country,
            "exploitation": self.concerned.exploitation,
            "labour_sector": self.concerned.labour_sector,
            "heard_of": self.heard_of,
            "identity": self.identity.consent,
            "destination": self.concerned.destination,
            "relation": self.caller.relation,
            "concerned_pseudonym": self.concerned.pseudonym,
            "region": self.caller.region,
            "call_language": self.caller.language,
        }
        return mapping.get(field, self.safe.safe_to_talk)

    def focus_field(self, field: str) -> None:
        """After a refused Save: the first field at fault, scrolled into view."""
        widget = self.widget_for(field)
        self.ensureWidgetVisible(widget, 50, 80)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_problems(self, fields: Iterable[str]) -> None:
        """Tint the fields a refused Save points at; untint those fixed since."""
        wanted = [self.widget_for(f) for f in dict.fromkeys(fields)]
        for widget in self.problem_widgets:
            if widget not in wanted:
                mark_problem(widget, False)
        for widget in wanted:
            mark_problem(widget, True)
        self.problem_widgets = wanted

    # --- text -----------------------------------------------------------------
    def retranslate(self) -> None:
        titles = [
            self.tr("2. The call"),
            self.tr("3. Topics"),
            self.tr("4. The caller"),
            self.tr("5. The person concerned and the exploitation"),
            self.tr("6. Indicators"),
            self.tr("7. Outcome and referrals"),
            self.tr("8. Flags"),
            self.tr("9. Entities the caller mentions (agency, phone, link, city)"),
            self.tr("10. Notes"),
        ]
        for box, title, key in zip(self.sections, titles, SECTION_KEYS[1:], strict=False):
            box.setTitle(f"{title}   [{key}]")
        self.nature_label.setText(self.tr("Nature of the call"))
        self.channel_label.setText(self.tr("Channel"))
        self.heard_of_label.setText(self.tr("How they heard of 152"))
        self.heard_of.setAccessibleName(self.tr("How the caller heard of 152"))
        self.nature.setAccessibleName(self.tr("Nature of the call"))
        self.channel.setAccessibleName(self.tr("Channel"))
        self.child.setText(self.tr("Child involved"))
        self.danger.setText(self.tr("Immediate danger"))
        self.victim.setText(self.tr("Possible victim of trafficking"))
        self.relative.setText(self.tr("A relative may be involved in the trafficking"))
        for flag in (self.child, self.danger, self.victim, self.relative):
            flag.setAccessibleName(flag.text())
        self.relative_notice.setText(
            self.tr(
                "A relative may be involved: do not call the family back, and if the caller is"
                " that relative, do not tell them what will be done (reports, referrals, where"
                " the person is). A relative's consent does not count."
            )
        )
        self.consent_label.setText(
            self.tr(
                "Consent of the person concerned (their own) to share their details with the"
                " police or another state body, or to a shelter placement"
            )
        )
        self.consent_label.setWordWrap(True)
        self.consent.setAccessibleName(self.tr("Consent to share with state bodies"))
        self.child_notice.setText(
            self.tr(
                "A child is involved (or a person believed to be under 18): saving creates two"
                " open tasks due today, the reports to the Commission on Minors' Affairs and to"
                " the guardianship and custody authority."
            )
        )
