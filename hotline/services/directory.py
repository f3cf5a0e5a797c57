"""The referral directory: read by everyone who takes calls, edited by administrators.

Each change is one audited step; its audit entry names the entry and the fields
changed and holds the SHA-256 of the entry as stored, so that `check` names an
entry changed in SQL outside this service (an operator holding the database key
could otherwise put a trafficker's number beside "police").
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, replace
from datetime import date

from hotline import referrals, taxonomy
from hotline.errors import DeskError, NotFound
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Action
from hotline.records import utcnow
from hotline.referrals import FIELDS, OPTIONAL_LABELLED, Referral
from hotline.said import Said
from hotline.services.session import Session, SharedState
from hotline.services.signed_entries import by_administrators
from hotline.validation import MAX_SHORT_TEXT, TOO_LONG, Problem

MAX_LONG_TEXT = 1000
PHONE_CHARACTERS = re.compile(r"^[0-9+()\- ,;/]*$")
ID_CHARACTERS = re.compile(r"[^a-z0-9]+")

NEED_NAME = QT_TRANSLATE_NOOP("validation", "Type the name in Azerbaijani, Russian and English.")
ALL_OR_NONE = QT_TRANSLATE_NOOP(
    "validation", "Fill in Azerbaijani, Russian and English, or leave all three empty."
)
BAD_PHONE = QT_TRANSLATE_NOOP(
    "validation", "A phone number holds digits, spaces and + ( ) - , ; / only."
)
BAD_DATE = QT_TRANSLATE_NOOP("validation", "The date of the last check cannot be in the future.")
BAD_OUTCOME = QT_TRANSLATE_NOOP("validation", "Choose the outcome this entry is for.")


class EntryNotValid(DeskError):
    """The entry cannot be saved yet; `problems` say what to fix."""

    template = QT_TRANSLATE_NOOP("errors", "The entry cannot be saved yet: {problems}")

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(problems=" ".join(p.message() for p in problems))


@dataclass(frozen=True)
class EntryDraft:
    """What the editor holds: every labelled field as {language: text}, '' for empty."""

    outcome: str | None
    name: dict[str, str]
    phone: str = ""
    web: str = ""
    address: dict[str, str] | None = None
    note: dict[str, str] | None = None
    hours: dict[str, str] | None = None
    offers: dict[str, str] | None = None
    checked: date | None = None


def entries(session: Session) -> tuple[Referral, ...]:
    """The directory as it is now, for those who take calls and who edit it."""
    if not session.can(Action.EDIT_DIRECTORY):
        session.require(Action.TAKE_CALL)
    return session.directory().entries()


def _labels(value: dict[str, str] | None) -> dict[str, str]:
    return {lang: (value or {}).get(lang, "").strip() for lang in taxonomy.LANGUAGES}


def validate(draft: EntryDraft, today: date | None = None) -> list[Problem]:
    problems: list[Problem] = []
    if draft.outcome not in taxonomy.load()["outcome"]:
        problems.append(Problem("outcome", BAD_OUTCOME))
    name = _labels(draft.name)
    if not all(name.values()):
        problems.append(Problem("name", NEED_NAME))
    for field_name in OPTIONAL_LABELLED:
        texts = _labels(getattr(draft, field_name))
        if any(texts.values()) and not all(texts.values()):
            problems.append(Problem(field_name, ALL_OR_NONE))
        if any(len(t) > MAX_LONG_TEXT for t in texts.values()):
            problems.append(Problem(field_name, TOO_LONG, (("limit", MAX_LONG_TEXT),)))
    if any(len(t) > MAX_SHORT_TEXT for t in name.values()):
        problems.append(Problem("name", TOO_LONG, (("limit", MAX_SHORT_TEXT),)))
    if not PHONE_CHARACTERS.match(draft.phone.strip()):
        problems.append(Problem("phone", BAD_PHONE))
    for field_name in ("phone", "web"):
        if len(getattr(draft, field_name).strip()) > MAX_SHORT_TEXT:
            problems.append(Problem(field_name, TOO_LONG, (("limit", MAX_SHORT_TEXT),)))
    if draft.checked is not None and draft.checked > (today or utcnow().date()):
        problems.append(Problem("checked", BAD_DATE))
    return problems


def _new_id(draft: EntryDraft, taken: set[str]) -> str:
    base = ID_CHARACTERS.sub("_", _labels(draft.name)["en"].lower()).strip("_")[:40] or "entry"
    ident, n = base, 2
    while ident in taken:
        ident, n = f"{base}_{n}", n + 1
    return ident


def _optional(value: dict[str, str] | None) -> dict[str, str] | None:
    texts = _labels(value)
    return texts if all(texts.values()) else None


def entry_sha256(entry: Referral) -> str:
    text = json.dumps(entry.to_json(), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def save_entry(session: Session, draft: EntryDraft, entry_id: str | None = None) -> Referral:
    """Add an entry (entry_id None) or replace one; audited with the fields changed."""
    session.require(Action.EDIT_DIRECTORY)
    problems = validate(draft)
    if problems:
        raise EntryNotValid(problems)
    repo = session.directory()
    current = {e.id: e for e in repo.entries()}
    if entry_id is not None and entry_id not in current:
        raise NotFound(what="directory entry", ident=entry_id)
    assert draft.outcome is not None
    entry = Referral(
        id=entry_id or _new_id(draft, set(current)),
        outcome=draft.outcome,
        name=_labels(draft.name),
        phone=draft.phone.strip() or None,
        web=draft.web.strip() or None,
        address=_optional(draft.address),
        note=_optional(draft.note),
        hours=_optional(draft.hours),
        offers=_optional(draft.offers),
        checked=None if draft.checked is None else draft.checked.isoformat(),
    )
    old = current.get(entry.id)
    changed = [f for f in FIELDS if old is None or getattr(old, f) != getattr(entry, f)]
    with session.audited():
        repo.put(entry, session.user_id or 0)
        session.record(
            "directory.add" if old is None else "directory.edit",
            "directory",
            None,
            {"entry": entry.id, "fields": changed, "entry_sha256": entry_sha256(entry)},
        )
    return entry


def delete_entry(session: Session, entry_id: str) -> None:
    session.require(Action.EDIT_DIRECTORY)
    repo = session.directory()
    with session.audited():
        if not repo.delete(entry_id):
            raise NotFound(what="directory entry", ident=entry_id)
        session.record("directory.delete", "directory", None, {"entry": entry_id})


def by_outcome(session: Session) -> dict[str, list[Referral]]:
    """The directory for the operator's form. An entry changed outside the desk shows
    its name only ("no verified number"), never a number an insider put there."""
    found = entries(session)
    changed, _removed = tampered(session)
    return referrals.by_outcome(tuple(unverified(e) if e.id in changed else e for e in found))


def unverified(entry: Referral) -> Referral:
    return replace(
        entry, phone=None, web=None, address=None, note=None, hours=None, offers=None, checked=None
    )


EDITS = ("directory.add", "directory.edit", "directory.delete")


def tampered(session: SharedState) -> tuple[set[str], set[str]]:
    """(entries whose stored row is not what an administrator last saved, entries an
    administrator saved that are gone). The reference is the seed
    (hotline/data/referrals.json) for an entry never edited, else its last change in
    the audit log written by an administrator (services.save_entry, delete_entry)."""
    expected = {e.id: entry_sha256(e) for e in referrals.load()}
    for entry in by_administrators(session, "directory", EDITS):
        ident = str(entry.details.get("entry"))
        if entry.action == "directory.delete":
            expected.pop(ident, None)
        else:
            expected[ident] = str(entry.details.get("entry_sha256"))
    stored = {e.id: entry_sha256(e) for e in session.directory().entries()}
    changed = {ident for ident, digest in stored.items() if expected.get(ident) != digest}
    return changed, set(expected) - set(stored)


ENTRY_INVALID = QT_TRANSLATE_NOOP(
    "findings", "the referral directory holds an entry that is not valid"
)
ENTRY_CHANGED = QT_TRANSLATE_NOOP(
    "findings", "referral directory entry {id} was changed outside the desk"
)
ENTRY_REMOVED = QT_TRANSLATE_NOOP(
    "findings", "referral directory entry {id} was removed outside the desk"
)


def check(session: SharedState) -> list[str]:
    """For verify: each entry changed or removed outside the desk, by its id (never
    its contents)."""
    try:
        changed, removed = tampered(session)
    except DeskError:
        return [Said(ENTRY_INVALID)]
    found: list[str] = [Said(ENTRY_CHANGED, id=ident) for ident in sorted(changed)]
    return found + [Said(ENTRY_REMOVED, id=ident) for ident in sorted(removed)]
