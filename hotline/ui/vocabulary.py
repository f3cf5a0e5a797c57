"""The words the interface uses for the desk's own states and kinds, in one place.

Review states, task kinds and entity kinds are shown on several screens (the
call log's column and filter, the detail pane, the task lists, the operator's
form); each has one label here, under one translation context ("Vocabulary"),
so the same thing reads the same everywhere. Taxonomy labels are not here:
they come translated from hotline/data/taxonomy.json (`common.code_label`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.records import ENTITY_KINDS, SealMark
from hotline.services.calllog import REVIEW_STATES, UNREVIEWED

CONTEXT = "Vocabulary"

# storage.calllog.REVIEW_STATES, in the order a call goes through them.
REVIEW_STATE_LABELS: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("Vocabulary", "Not reviewed"),
    "claimed": QT_TRANSLATE_NOOP("Vocabulary", "Being reviewed"),
    "returned": QT_TRANSLATE_NOOP("Vocabulary", "Returned to the operator"),
    "reviewed": QT_TRANSLATE_NOOP("Vocabulary", "Reviewed"),
}
ANY_REVIEW_STATE = QT_TRANSLATE_NOOP("Vocabulary", "Any review state")
ALL_UNREVIEWED = QT_TRANSLATE_NOOP("Vocabulary", "All not yet reviewed")

# storage.tasks: MINORS_REPORT, GUARDIANSHIP_REPORT, FOLLOW_UP.
TASK_KIND_LABELS: dict[str, str] = {
    "minors_commission_report": QT_TRANSLATE_NOOP(
        "Vocabulary", "Report to the Commission on Minors' Affairs"
    ),
    "guardianship_report": QT_TRANSLATE_NOOP(
        "Vocabulary", "Report to the guardianship and custody authority"
    ),
    "follow_up": QT_TRANSLATE_NOOP("Vocabulary", "Follow-up"),
}

# records.ENTITY_KINDS.
ENTITY_KIND_LABELS: dict[str, str] = {
    "agency": QT_TRANSLATE_NOOP("Vocabulary", "Agency or company"),
    "phone": QT_TRANSLATE_NOOP("Vocabulary", "Phone number"),
    "link": QT_TRANSLATE_NOOP("Vocabulary", "Link or advert"),
    "account": QT_TRANSLATE_NOOP("Vocabulary", "Social media account"),
    "city": QT_TRANSLATE_NOOP("Vocabulary", "City"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}


# storage.seals.BODIES: who took a sealing decision.
SEAL_BODY_LABELS: dict[str, str] = {
    "court": QT_TRANSLATE_NOOP("Vocabulary", "Court"),
    "prosecutor": QT_TRANSLATE_NOOP("Vocabulary", "Prosecutor"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other body"),
}
# What a sealed call shows everywhere it appears, instead of itself.
SEALED_BY = QT_TRANSLATE_NOOP("Vocabulary", "Sealed by decision {number} of {date}")
RETAINED = QT_TRANSLATE_NOOP(
    "Vocabulary", "Free text removed after {years} years (retention), on {date}"
)


def word(text: str) -> str:
    """One of this module's source texts in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


def _label(labels: dict[str, str], key: str) -> str:
    """The translated label, or the id itself for a value this version does not know."""
    source = labels.get(key)
    return word(source) if source is not None else key


def review_state(state: str) -> str:
    return _label(REVIEW_STATE_LABELS, state)


def task_kind(kind: str) -> str:
    return _label(TASK_KIND_LABELS, kind)


def entity_kind(kind: str) -> str:
    return _label(ENTITY_KIND_LABELS, kind)


def seal_body(body: str) -> str:
    return _label(SEAL_BODY_LABELS, body)


def seal_text(mark: SealMark) -> str:
    """'Sealed by decision N of DATE' (or the retention rule's words) for a sealed call."""
    day = mark.decided_on.strftime("%d.%m.%Y")
    if mark.kind == "retention":
        return word(RETAINED).format(years=mark.number, date=day)
    return word(SEALED_BY).format(number=mark.number, date=day)


def entity_kinds() -> list[tuple[str, str]]:
    """(kind, label) of every entity kind, in the order of records.ENTITY_KINDS."""
    return [(kind, entity_kind(kind)) for kind in ENTITY_KINDS]


def review_filter_choices() -> list[tuple[str | None, str]]:
    """(filter value, label) for the call log's review filter: any, unreviewed, each state."""
    return [
        (None, word(ANY_REVIEW_STATE)),
        (UNREVIEWED, word(ALL_UNREVIEWED)),
        *((state, review_state(state)) for state in REVIEW_STATES),
    ]
