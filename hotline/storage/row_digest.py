"""The SHA-256 of a call's or a user's row as stored, carried by the audit entries
that write it, so that verify names every row changed outside the services.

A call's digest covers its record (every column the services write from the
form, coded fields and text alike, not the review workflow's state) and its rows
of topics, outcomes, indicators and entities; a user's covers name, roles,
active state and signing key. The audit entry (signed, chained) keeps the digest
of the row as that step left it; a later change in SQL no longer matches.
"""

from __future__ import annotations

import hashlib
import json
from itertools import product
from operator import itemgetter
from typing import Any

from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.said import Said
from hotline.storage import encoders
from hotline.storage.calls import BOOL_COLUMNS, INSERT_COLUMNS, LAW_COLUMNS, WrittenCall
from hotline.storage.database import Database

FIELD = "row_sha256"
CALL_COLUMNS = tuple(c for c in INSERT_COLUMNS if c not in ("review_state", *LAW_COLUMNS))
# The month column is derived from started_at (which the digest covers) in the desk's
# time zone; schema 8 set it again from the zone, so the digest reads it as it always
# was (the UTC month of started_at) and a digest written before schema 8 still checks.
_SELECTED = tuple("substr(started_at, 1, 7)" if c == "month" else c for c in CALL_COLUMNS)
CALL_CHILDREN = (
    ("call_topics", "topic, is_primary"),
    ("call_outcomes", "outcome"),
    ("call_indicators", "indicator"),
    ("call_entities", "kind, value, value_key"),
)
# The calls columns of INTEGER affinity (schema V1 and V6; a test reads them back from
# the schema): a value of another type there would be stored converted.
INTEGER_COLUMNS = frozenset(
    {"duration_s", "operator_id", "entered_by", "caller_id", "concerned_id", "callback_allowed"}
    | set(BOOL_COLUMNS)
)
# The child tables' INTEGER columns, by table: position in CALL_CHILDREN's columns.
CHILD_INTEGERS: dict[str, frozenset[int]] = {"call_topics": frozenset({1})}
USER_COLUMNS = "name, roles, active, signing_public"
# The audit entries that write the row they name: (object type, action).
DIGESTED: dict[str, frozenset[str]] = {
    # call.seal_text: an upgraded desk's text sealed (hotline.services.text_sealing).
    # call.seal: sealed on a decision or by retention (hotline.services.sealing).
    "call": frozenset(
        {"call.save", "call.correct_own", "call.correct", "call.seal_text", "call.seal"}
    ),
    "user": frozenset({"desk.init", "user.create", "user.roles", "user.reset", "user.disable"}),
}


# The audit entries that take the row away on purpose (an undone one-key call).
REMOVING: dict[str, frozenset[str]] = {"call": frozenset({"call.undo_no_content"})}
_REMOVING_ACTIONS = tuple(sorted(a for actions in REMOVING.values() for a in actions))


def _plain(value: Any) -> Any:
    return value.hex() if isinstance(value, bytes | memoryview) else value


def _hex(value: Any) -> str:
    """A blob left in the digested values, written as call_digest writes it (_plain)."""
    if isinstance(value, bytes | memoryview):
        return value.hex()
    raise TypeError(f"a {type(value).__name__} in a row digest")


# Made once (storage.encoders: json.dumps, and JSONEncoder.encode, build one per call).
_JSON = encoders.compact(separators=(",", ":"), default=_hex)


def _digest(parts: list[Any]) -> str:
    return hashlib.sha256(_JSON(parts).encode("utf-8")).hexdigest()


def call_digest(db: Database, call_id: int) -> str | None:
    row = db.execute(
        f"SELECT {', '.join((*_SELECTED, *LAW_COLUMNS))} FROM calls WHERE id = ?", (call_id,)
    ).fetchone()
    if row is None:
        return None
    law = [_plain(v) for v in row[len(CALL_COLUMNS) :]]
    parts: list[Any] = [[_plain(v) for v in row[: len(CALL_COLUMNS)]]]
    if any(law):  # schema 6's columns, once one is set (see storage.calls.LAW_COLUMNS)
        parts.append({"law": law})
    for table, columns in CALL_CHILDREN:
        parts.append(
            [
                [_plain(v) for v in r]
                for r in db.query(
                    f"SELECT {columns} FROM {table} WHERE call_id = ? ORDER BY {columns}",
                    (call_id,),
                )
            ]
        )
    return _digest(parts)


# Where each digested column sits in the calls row as written, and its affinity.
_CALL_SPEC = tuple((INSERT_COLUMNS.index(c), c in INTEGER_COLUMNS) for c in CALL_COLUMNS)
_LAW_SPEC = tuple((INSERT_COLUMNS.index(c), c in INTEGER_COLUMNS) for c in LAW_COLUMNS)
_MONTH = CALL_COLUMNS.index("month")
_STARTED_AT = INSERT_COLUMNS.index("started_at")


def _child_rows(rows: list[tuple[Any, ...]], integers: frozenset[int]) -> list[Any] | None:
    """A child table's rows as call_digest reads them back, in its ORDER BY; None when a
    value would not be stored exactly as given."""
    ordered = []
    for r in rows:
        values: list[Any] = []
        key = []
        for index, value in enumerate(r):
            kind = type(value)
            if kind is bytes:
                values.append(value.hex())
                key.append((3, value))
            elif value is None:
                values.append(None)
                key.append((0, 0))
            elif kind is (int if index in integers else str):
                values.append(value)
                key.append((1 if kind is int else 2, value))
            else:
                return None
        ordered.append((key, values))  # each of NULL, integer, text or blob
    if len(ordered) > 1:
        ordered.sort(key=lambda pair: pair[0])
    return [values for _key, values in ordered]


_NO_INTEGERS: frozenset[int] = frozenset()
# The types a column keeps exactly as given, by affinity (a blob is digested as hex).
_NONE = type(None)
_AS_TEXT = frozenset({str, bytes, _NONE})
_AS_INTEGER = frozenset({int, bytes, _NONE})


def _columns(spec: tuple[tuple[int, bool], ...], integer: bool | None) -> Any:
    """The row's values of the spec's columns (of one affinity, or all), in one call."""
    return itemgetter(*(i for i, is_int in spec if integer is None or is_int is integer))


_CALL_ALL, _CALL_TEXT, _CALL_INTEGER = (_columns(_CALL_SPEC, k) for k in (None, False, True))
_LAW_ALL, _LAW_TEXT, _LAW_INTEGER = (_columns(_LAW_SPEC, k) for k in (None, False, True))


def _stored_quickly(row: tuple[Any, ...], every: Any, text: Any, integer: Any) -> list[Any] | None:
    """The row's digested values as call_digest reads them back, checked in a few C
    calls: as given (the encoder writes a blob as hex), or None when one would not be
    stored exactly as given in a column of its affinity (TEXT or INTEGER)."""
    if _AS_TEXT.issuperset(map(type, text(row))) and _AS_INTEGER.issuperset(
        map(type, integer(row))
    ):
        return list(every(row))
    return None


def _uniform(width: int, integers: frozenset[int]) -> frozenset[tuple[type, ...]]:
    """The column types of a child row stored exactly as given, one type per column."""
    allowed = [(int if i in integers else str, bytes) for i in range(width)]
    return frozenset(product(*allowed))


# Each child table's rows of those types (a blob is left for the encoder to write as hex).
_QUICK_KINDS = {
    table: _uniform(len(columns.split(",")), CHILD_INTEGERS.get(table, _NO_INTEGERS))
    for table, columns in CALL_CHILDREN
}


def _child_quickly(table: str, rows: list[tuple[Any, ...]]) -> list[Any] | None:
    """_child_rows in a few C calls for rows whose every column holds one type across
    the rows (the usual save): sorted as they are, since each column's sort key in
    _child_rows then differs by its value alone. Otherwise _child_rows."""
    kinds = {tuple(map(type, r)) for r in rows}
    if len(kinds) == 1 and kinds <= _QUICK_KINDS[table]:
        return sorted(rows)
    return _child_rows(rows, CHILD_INTEGERS.get(table, _NO_INTEGERS))


def written_digest(written: WrittenCall) -> str | None:
    """call_digest of a call just written, from the values it was written with instead
    of reading the rows back; None when a value would not be stored exactly as given
    (the caller then reads back). verify (changed_rows) always reads the rows."""
    row = written.row
    plain = _stored_quickly(row, _CALL_ALL, _CALL_TEXT, _CALL_INTEGER)
    law = _stored_quickly(row, _LAW_ALL, _LAW_TEXT, _LAW_INTEGER)
    if plain is None or law is None:
        return None
    if isinstance(row[_STARTED_AT], str):
        plain[_MONTH] = row[_STARTED_AT][:7]  # as call_digest reads it (_SELECTED)
    parts: list[Any] = [plain]
    if any(law):
        parts.append({"law": law})
    children = written.children
    for table, _columns_read in CALL_CHILDREN:
        rows = children.get(table)
        if not rows:
            parts.append([])
            continue
        stored = _child_quickly(table, rows)
        if stored is None:
            return None
        parts.append(stored)
    return _digest(parts)


def user_digest(db: Database, user_id: int) -> str | None:
    row = db.execute(f"SELECT {USER_COLUMNS} FROM users WHERE id = ?", (user_id,)).fetchone()
    return None if row is None else _digest([_plain(v) for v in row])


def digest_of(db: Database, object_type: str, object_id: int) -> str | None:
    return call_digest(db, object_id) if object_type == "call" else user_digest(db, object_id)


def wants_digest(object_type: str, action: str, object_id: int | None) -> bool:
    return object_id is not None and action in DIGESTED.get(object_type, frozenset())


# The kinds of rows named in them (translated like the findings' other words).
KINDS = (QT_TRANSLATE_NOOP("findings", "call"), QT_TRANSLATE_NOOP("findings", "user"))
ROW_BACK = QT_TRANSLATE_NOOP(
    "findings", "{kind} {id} removed by audit entry {seq} is back in the database"
)
ROW_GONE = QT_TRANSLATE_NOOP(
    "findings", "{kind} {id} written by audit entry {seq} is gone from the database"
)
ROW_CHANGED = QT_TRANSLATE_NOOP(
    "findings",
    "{kind} {id} was changed outside the program: its row differs from the one audit entry "
    "{seq} recorded",
)


def changed_rows(db: Database) -> list[str]:
    """Every call or user row that differs from the digest its last writing entry holds."""
    latest: dict[tuple[str, int], tuple[int, str | None]] = {}
    marks = ", ".join("?" for _ in _REMOVING_ACTIONS)
    for seq, otype, oid, action, details in db.execute(
        "SELECT seq, object_type, object_id, action, details FROM audit"
        f" WHERE object_type IN ('call', 'user') AND (details LIKE ? OR action IN ({marks}))"
        " ORDER BY seq",
        (f'%"{FIELD}"%', *_REMOVING_ACTIONS),
    ):
        if oid is None:
            continue
        if action in REMOVING.get(str(otype), frozenset()):
            latest[(str(otype), int(oid))] = (int(seq), None)  # removed by the program
            continue
        try:
            digest = str(json.loads(details)[FIELD])
        except (ValueError, KeyError, TypeError):
            continue
        latest[(str(otype), int(oid))] = (int(seq), digest)
    problems: list[str] = []
    for (otype, oid), (seq, recorded) in sorted(latest.items()):
        now = digest_of(db, otype, oid)
        if recorded is None:
            if now is not None:
                problems.append(Said(ROW_BACK, kind=otype, id=oid, seq=seq))
            continue
        if now is None:
            problems.append(Said(ROW_GONE, kind=otype, id=oid, seq=seq))
        elif now != recorded:
            problems.append(Said(ROW_CHANGED, kind=otype, id=oid, seq=seq))
    return problems
