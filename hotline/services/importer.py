"""Importing call records from JSON Lines: the way a centre moves its old log in.

One JSON object per line, fields named as in the taxonomy (see the README and
`hotline import --template`). Every line is validated first; one bad line
rejects the whole file, with its number and reason, and nothing is written.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Sequence
from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hotline.errors import DeskError
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Action
from hotline.records import CallRecord, Entity, from_iso, utcnow
from hotline.services.session import Session
from hotline.sheets.columns import BOOL_FIELDS, INT_FIELDS
from hotline.sheets.rows import Cancelled
from hotline.storage.tasks import TaskRepository
from hotline.validation import MULTI_FIELDS, needs_minors_report, validate

# Fields a line may carry; `operator` is the user name of the operator who took it.
IMPORT_FIELDS = {f.name for f in fields(CallRecord)} - {
    "id",
    "operator_id",
    "entered_by",
    "review_state",
    "identity_held",
    "identity_consent",  # an import carries no identity details
}
REQUIRED = ("started_at", "operator")
LISTS = tuple(MULTI_FIELDS)
BOOLS = tuple(f for f in BOOL_FIELDS if f != "callback_allowed")  # that one may be null
INTS = INT_FIELDS


class ImportRejected(DeskError):
    template = QT_TRANSLATE_NOOP("errors", "Line {line} of {path}: {reason}. Nothing was imported.")


def _parse_time(value: Any) -> datetime:
    if not isinstance(value, str):
        raise ValueError("started_at must be a text like 2024-03-05T14:30:00Z")
    text = value.strip()
    try:
        return from_iso(text)
    except ValueError:
        pass
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(
            f"started_at {value!r} is not a date and time like 2024-03-05T14:30:00Z"
        ) from None
    if parsed.tzinfo is None:
        raise ValueError(f"started_at {value!r} has no time zone (add Z or +04:00)")
    try:
        return parsed.astimezone(UTC)
    except OverflowError:  # 0001-01-01T00:00+14:00 lies before the first day datetime holds
        raise ValueError(f"started_at {value!r} is out of the range of dates") from None


def _text(name: str, value: str) -> str:
    """A text the database can store: a lone surrogate (JSON "\\ud800") is not one."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(
            f"{name} holds {value[exc.start]!r}, half of a character pair, which is not text"
        ) from None
    return value


def parse_line(data: Any, operators: dict[str, int]) -> CallRecord:
    if not isinstance(data, dict):
        raise ValueError("a line must hold one JSON object")
    unknown = sorted(set(data) - IMPORT_FIELDS - {"operator"})
    if unknown:
        raise ValueError(f"unknown field {unknown[0]!r}")
    for name in REQUIRED:
        if name not in data:
            raise ValueError(f"the field {name!r} is missing")
    operator = data["operator"]
    if not isinstance(operator, str) or operator.casefold() not in operators:
        raise ValueError(f"no user named {operator!r} (add the operator first)")
    kwargs: dict[str, Any] = {
        "started_at": _parse_time(data["started_at"]),
        "operator_id": operators[operator.casefold()],
    }
    for name, value in data.items():
        if name in ("operator", "started_at") or value is None:
            continue
        if name in LISTS:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ValueError(f"{name} must be a list of ids")
            kwargs[name] = tuple(_text(name, v) for v in value)
        elif name in BOOLS:
            if not isinstance(value, bool):
                raise ValueError(f"{name} must be true or false")
            kwargs[name] = value
        elif name in INTS:
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValueError(f"{name} must be a whole number of seconds")
            kwargs[name] = value
        elif name == "callback_allowed":
            if not isinstance(value, bool):
                raise ValueError("callback_allowed must be true, false or null")
            kwargs[name] = value
        elif name == "entities":
            if not isinstance(value, list) or not all(
                isinstance(e, dict) and set(e) == {"kind", "value"} for e in value
            ):
                raise ValueError('entities must be a list of {"kind": ..., "value": ...}')
            kwargs[name] = tuple(
                Entity(_text(name, str(e["kind"])), _text(name, str(e["value"]))) for e in value
            )
        else:
            if not isinstance(value, str):
                raise ValueError(f"{name} must be a text")
            kwargs[name] = _text(name, value)
    return CallRecord(**kwargs)


def read_file(session: Session, path: Path) -> list[CallRecord]:
    """Parse and validate the whole file; raises ImportRejected at the first bad line."""
    operators = users_by_name(session)
    records: list[CallRecord] = []
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise ImportRejected(line=0, path=str(path), reason=exc.strerror or str(exc)) from exc
    now = utcnow()
    with handle:
        for number, raw in enumerate(handle, start=1):
            # Each line decoded on its own, so a bad byte is reported on its own line.
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise ImportRejected(
                    line=number,
                    path=str(path),
                    reason=f"it is not UTF-8 text (byte 0x{raw[exc.start]:02x} "
                    f"at position {exc.start + 1})",
                ) from None
            if not line.strip():
                continue
            try:
                record = parse_line(json.loads(line), operators)
            except json.JSONDecodeError as exc:
                raise ImportRejected(
                    line=number, path=str(path), reason=f"not valid JSON ({exc.msg})"
                ) from None
            except RecursionError:
                raise ImportRejected(
                    line=number, path=str(path), reason="its JSON is nested too deeply"
                ) from None
            except (ValueError, TypeError) as exc:
                raise ImportRejected(line=number, path=str(path), reason=str(exc)) from None
            problems = validate(record, session.taxonomy, now)
            if problems:
                first = problems[0]
                raise ImportRejected(
                    line=number,
                    path=str(path),
                    reason=f"{first.field}: {first.message().rstrip('.')}",
                )
            records.append(record)
    return records


class Stored(int):
    """How many calls an import stored; ``held``: how many of the file's calls a
    centre held already (an earlier import of the same rows), not stored again."""

    held: int

    def __new__(cls, stored: int, held: int = 0) -> Stored:
        made = super().__new__(cls, stored)
        made.held = held
        return made


def users_by_name(session: Session) -> dict[str, int]:
    """Every user of the desk or member of the centre, by their folded name."""
    return {u.name.casefold(): u.id for u in session.granted_users()}


def import_file(
    session: Session, path: Path, progress: Callable[[int, int], None] | None = None
) -> Stored:
    session.require(Action.IMPORT)
    records = read_file(session, path)
    with session.audited():
        held = store(session, records, progress)
        details: dict[str, Any] = {"calls": len(records) - held, "file": path.name}
        if held:
            details["held"] = held
        session.record("desk.import", details=details)
    return Stored(len(records) - held, held)


def store(
    session: Session,
    records: Sequence[CallRecord],
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    every: int = 1000,
) -> int:
    """Insert validated records, with the minors' reports they need, inside the caller's
    audited step: an exception (Cancelled when `cancel` is set) rolls them all back.
    On a centre, through the outbox a block at a time (services/centre_import.py); the
    number of calls the centre held already (0 on the desk)."""
    remote = session.remote()
    if remote is not None:
        return remote.import_calls(records, progress, cancel, min(every, 100)).held
    calls = session.calls()
    tasks = TaskRepository(session.db, session.calls().keys)
    for index, record in enumerate(records, start=1):
        call_id = calls.insert(record)
        if needs_minors_report(record, session.taxonomy):
            tasks.add_minors_reports(call_id, session.user_id or 0, None, None)
        if index % every == 0 or index == len(records):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            if progress:
                progress(index, len(records))
    return 0


def template(operator: str = "leyla") -> str:
    """One complete example line, with every field an import may carry."""
    example = {
        "started_at": "2025-03-05T14:30:00Z",
        "operator": operator,
        "duration_s": 420,
        "channel": "phone",
        "no_content": None,
        "nature": "third_party_report",
        "caller_pseudonym": "Bulud Limon 427",
        "concerned_pseudonym": "Armud Yarpaq 318",
        "safe_to_talk": "yes",
        "callback_allowed": True,
        "callback_times": "weekdays after 18:00",
        "code_word": "",
        "do_not_call_back": False,
        "relation": "relative",
        "caller_sex": "female",
        "caller_age": "50_plus",
        "caller_citizenship": "azerbaijan",
        "caller_country": None,
        "region": "absheron_khizi",
        "call_language": "ru",
        "interpreter_needed": False,
        "heard_of": "social_media",
        "concerned_sex": "female",
        "concerned_age": "18_24",
        "concerned_citizenship": "azerbaijan",
        "concerned_country": None,
        "believed_child": False,
        "exploitation": "forced_labour",
        "labour_sector": "hospitality",
        "destination": "AE",
        "topics": ["work_abroad", "trafficking_report"],
        "primary_topic": "work_abroad",
        "indicators": ["confiscated_documents", "debt_bondage"],
        "outcomes": ["information_given", "follow_up_agreed"],
        "child_involved": False,
        "immediate_danger": False,
        "possible_victim": True,
        "relative_involved": False,
        "consent": "not_asked",
        "entities": [
            {"kind": "agency", "value": "Star Travel Agency"},
            {"kind": "phone", "value": "+994 50 000 00 00"},
        ],
        "notes": "Daughter took a hotel job abroad through an agency; passport kept.",
    }
    return json.dumps(example, ensure_ascii=False)
