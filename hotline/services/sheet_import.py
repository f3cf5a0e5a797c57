"""Importing the centre's old log from a spreadsheet (CSV or XLSX), in steps.

1. `open_sheet` reads the file (nothing is written anywhere) and guesses the
   column mapping from the header, the saved mapping of earlier files first;
2. `value_choices` lists every distinct text of the coded columns with the id
   it is taken for (saved, or guessed from the taxonomy's labels), unknown
   ones first, for the administrator to map or reject;
3. `save_mapping` keeps the confirmed mapping in the desk (the meta table, in
   the encrypted database) for the next file;
4. `preview` converts the first rows as they will be stored; `dry_run` every
   row, reporting every problem with its row and column;
5. `import_sheet` converts and checks the whole file again, then stores every
   call in one transaction, or nothing: one bad row, or Cancel, and no call of
   the file is written. Progress is reported and the cancel flag looked at
   between rows.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from hotline.errors import DeskError, UnknownUser
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Action, Role
from hotline.services.centre_session import on_centre
from hotline.services.importer import Stored, store, users_by_name
from hotline.services.session import Session
from hotline.sheets import columns, reader
from hotline.sheets.reader import Sheet
from hotline.sheets.rows import (
    CellProblem,
    Converted,
    Mapping,
    ValueChoice,
    convert,
)
from hotline.sheets.rows import mapping_with as mapping_with  # for the window and the CLI
from hotline.sheets.rows import (
    value_choices as _value_choices,
)

META_KEY = "import.mapping"
# The audited steps that save the mapping (their entries hold its digest).
SAVING_ACTIONS = ("desk.import_mapping", "desk.import")
PREVIEW_ROWS = 20

Progress = Callable[[int, int], None]


class AlreadyImported(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The same rows were already imported on {date}; importing them again would store "
        "every call twice. Nothing was imported.",
    )


class SheetRejected(DeskError):
    """Rows of the file have problems; none of it was imported."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "{count} problems in {name}; nothing was imported. The first: {first}",
    )

    def __init__(self, name: str, problems: list[CellProblem]) -> None:
        self.cell_problems = problems
        super().__init__(count=len(problems), name=name, first=problems[0].message())


@dataclass(frozen=True)
class Saved:
    columns: dict[str, str]  # header -> field ("" left out)
    values: dict[str, dict[str, str]]  # list -> normal text -> id / user name / REJECT
    # The stored mapping is not the one an administrator's audited step saved (changed
    # with SQL by someone holding the database key): it is not used, and the screen says so.
    tampered: bool = False


@dataclass(frozen=True)
class Opened:
    sheet: Sheet
    mapping: Mapping  # the guessed column mapping (no values yet)
    saved: Saved
    users: tuple[str, ...]  # the desk's user names, for the operator column
    names: dict[int, str]  # user id -> name, to show whom a row is stored under
    imported_before: datetime | None  # when the same rows were imported last, if ever
    # Importing them again stores each call twice (the desk); on a centre the calls it
    # holds already are found by their ids and not stored again (centre_import.py).
    stores_twice: bool = True


def _digest(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def _vouched(session: Session, raw: str) -> bool:
    """The stored mapping is the one the latest mapping step of an administrator saved:
    the audit chain (signed, checked at sign-in) holds its digest."""
    admins = {u.id for u in session.granted_users() if Role.ADMINISTRATOR in u.roles}
    steps = [
        e
        for action in SAVING_ACTIONS
        for e in session.audit_entries(action)
        if isinstance(e.details, dict) and "mapping" in e.details
    ]
    if on_centre(session):
        # Kept in this person's own desk on this workstation (her steps on others saved
        # theirs): one of her own steps on the centre's chain vouches for it.
        return any(
            e.user_id == session.user_id and e.details.get("mapping") == _digest(raw) for e in steps
        )
    if not steps:
        return False
    latest = max(steps, key=lambda e: e.seq)
    return latest.user_id in admins and latest.details.get("mapping") == _digest(raw)


def _saved(session: Session) -> Saved:
    raw = session.meta(META_KEY)
    if not raw:
        return Saved({}, {})
    if not _vouched(session, raw):
        return Saved({}, {}, tampered=True)
    try:
        data = json.loads(raw)
    except ValueError:
        return Saved({}, {}, tampered=True)
    cols_raw = data.get("columns") if isinstance(data, dict) else None
    values_raw = data.get("values") if isinstance(data, dict) else None
    saved_columns = {
        str(k): str(v)
        for k, v in (cols_raw if isinstance(cols_raw, dict) else {}).items()
        if isinstance(v, str) and (not v or v in columns.FIELDS)
    }
    saved_values: dict[str, dict[str, str]] = {}
    for list_id, texts in (values_raw if isinstance(values_raw, dict) else {}).items():
        if isinstance(texts, dict):
            saved_values[str(list_id)] = {str(k): str(v) for k, v in texts.items()}
    return Saved(saved_columns, saved_values)


def _users(session: Session) -> dict[str, int]:
    return users_by_name(session)


def open_sheet(session: Session, path: Path) -> Opened:
    """Read the file and guess its mapping; raises reader.BadSheet for a bad file."""
    session.require(Action.IMPORT)
    sheet = reader.read(path)
    saved = _saved(session)
    mapping = Mapping(tuple(columns.guess(sheet.header, saved.columns)))
    everyone = session.granted_users()
    users = tuple(sorted(u.name for u in everyone))
    names = {u.id: u.name for u in everyone}
    before = imported_before(session, sheet)
    return Opened(sheet, mapping, saved, users, names, before, not on_centre(session))


def imported_before(session: Session, sheet: Sheet) -> datetime | None:
    """When the same rows (by their digest) were last imported into this desk (on a
    centre, by anyone, on any workstation: the centre's chain says)."""
    found = [
        e.at
        for e in session.audit_entries(SAVING_ACTIONS[1])
        if isinstance(e.details, dict) and e.details.get("content") == sheet.digest
    ]
    return max(found) if found else None


def value_choices(session: Session, sheet: Sheet, mapping: Mapping) -> list[ValueChoice]:
    session.require(Action.IMPORT)
    return _value_choices(sheet, mapping, session.taxonomy, _users(session), _saved(session).values)


def save_mapping(session: Session, sheet: Sheet, mapping: Mapping) -> None:
    """Keep the confirmed mapping for the next file: headers of earlier files stay."""
    session.require(Action.IMPORT)
    with session.audited():
        digest = _write_mapping(session, sheet, mapping)
        session.record(SAVING_ACTIONS[0], details={"columns": len(sheet.header), "mapping": digest})


def _write_mapping(session: Session, sheet: Sheet, mapping: Mapping) -> str:
    """Store the merged mapping; returns its digest, for the step's audit entry."""
    saved = _saved(session)
    new = mapping.to_saved(sheet.header)
    merged_columns = {**saved.columns, **new["columns"]}
    merged_values = {k: dict(v) for k, v in saved.values.items()}
    for list_id, texts in mapping.values.items():
        merged_values.setdefault(list_id, {}).update(texts)
    payload = {"columns": merged_columns, "values": merged_values}
    raw = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    session.set_meta(META_KEY, raw)
    return _digest(raw)


def _convert(
    session: Session,
    sheet: Sheet,
    mapping: Mapping,
    default_operator: str | None,
    limit: int | None = None,
    language: str = "en",
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Converted:
    session.require(Action.IMPORT)
    users = _users(session)
    default_id = None
    if default_operator:
        default_id = users.get(default_operator.casefold())
        if default_id is None:
            raise UnknownUser(name=default_operator)
    return convert(
        sheet,
        mapping,
        session.taxonomy,
        users,
        default_id,
        limit=limit,
        language=language,
        progress=progress,
        cancel=cancel,
    )


def preview(
    session: Session,
    sheet: Sheet,
    mapping: Mapping,
    default_operator: str | None = None,
    language: str = "en",
    rows: int = PREVIEW_ROWS,
) -> Converted:
    """The first rows as they will be stored, with their problems."""
    return _convert(session, sheet, mapping, default_operator, rows, language)


def dry_run(
    session: Session,
    sheet: Sheet,
    mapping: Mapping,
    default_operator: str | None = None,
    language: str = "en",
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Converted:
    """Every row converted and checked; nothing is written."""
    return _convert(session, sheet, mapping, default_operator, None, language, progress, cancel)


def import_sheet(
    session: Session,
    sheet: Sheet,
    mapping: Mapping,
    default_operator: str | None = None,
    language: str = "en",
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    again: bool = False,
) -> Stored:
    """Store every row of the file in one transaction, or none; returns the calls stored.

    Rows imported before are refused unless `again` says the administrator was asked
    (on a centre they are not stored twice: the calls it holds are skipped).
    Progress counts twice the rows: checking them, then storing them."""
    session.require(Action.IMPORT)
    earlier = imported_before(session, sheet)
    if earlier is not None and not again and not on_centre(session):
        raise AlreadyImported(date=earlier.astimezone().strftime("%d.%m.%Y %H:%M"))
    total = len(sheet.rows) * 2

    def checking(done: int, _rows: int) -> None:
        if progress:
            progress(done, total)

    def storing(done: int, _rows: int) -> None:
        if progress:
            progress(len(sheet.rows) + done, total)

    found = dry_run(session, sheet, mapping, default_operator, language, checking, cancel)
    if found.problems:
        raise SheetRejected(sheet.name, found.problems)
    records = [record for _number, record in found.records]
    with session.audited():
        held = store(session, records, storing, cancel, every=100)
        digest = _write_mapping(session, sheet, mapping)
        details: dict[str, Any] = {
            "calls": len(records) - held,
            "file": sheet.name,
            "format": sheet.kind,
            "mapping": digest,
            "content": sheet.digest,
        }
        if held:
            details["held"] = held
        session.record(SAVING_ACTIONS[1], details=details)
    return Stored(len(records) - held, held)
