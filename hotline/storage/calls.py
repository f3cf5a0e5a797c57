"""Call records: the calls table and its rows of topics, outcomes, indicators, entities."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from operator import attrgetter
from typing import Any

from hotline import desk_time
from hotline.crypto.calltext import CallText
from hotline.records import CallRecord, Entity, SealMark, from_iso, to_iso, utcnow
from hotline.storage.call_keys import TEXT_FIELDS, CallKeyRepository, KeyRows
from hotline.storage.counted import CountedRepository
from hotline.storage.database import Database
from hotline.storage.entities import entity_field, entity_keys
from hotline.storage.persons import PersonRepository
from hotline.storage.seals import SealRepository
from hotline.validation import entity_key

# Columns added by schema 6 (issue 12). A row digest covers them only when one is
# set, so a call saved before the upgrade keeps the digest its audit entry holds.
LAW_PLAIN_COLUMNS: tuple[str, ...] = ("labour_sector", "heard_of")
LAW_BOOL_COLUMNS: tuple[str, ...] = ("interpreter_needed", "relative_involved", "identity_consent")
LAW_COLUMNS = (*LAW_PLAIN_COLUMNS, *LAW_BOOL_COLUMNS)
# Columns copied one to one between CallRecord and the calls table.
PLAIN_COLUMNS: tuple[str, ...] = (
    "duration_s",
    "operator_id",
    "entered_by",
    "channel",
    "no_content",
    "nature",
    "safe_to_talk",
    "callback_times",
    "code_word",
    "relation",
    "caller_sex",
    "caller_age",
    "caller_citizenship",
    "caller_country",
    "region",
    "call_language",
    "concerned_sex",
    "concerned_age",
    "concerned_citizenship",
    "concerned_country",
    "exploitation",
    "destination",
    "consent",
    "notes",
    "review_state",
    *LAW_PLAIN_COLUMNS,
)
BOOL_COLUMNS: tuple[str, ...] = (
    "do_not_call_back",
    "believed_child",
    "child_involved",
    "immediate_danger",
    "possible_victim",
    *LAW_BOOL_COLUMNS,
)
INSERT_COLUMNS = (
    "started_at",
    "month",
    "caller_id",
    "concerned_id",
    "callback_allowed",
    *PLAIN_COLUMNS,
    *BOOL_COLUMNS,
    "created_at",
    "updated_at",
)
INSERT_SQL = (
    f"INSERT INTO calls({', '.join(INSERT_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in INSERT_COLUMNS)})"
)
SELECT_COLUMNS = (
    "id",
    "started_at",
    "caller_id",
    "concerned_id",
    "callback_allowed",
    *PLAIN_COLUMNS,
    *BOOL_COLUMNS,
)


def month_of(moment: datetime, zone_name: str | None = None) -> str:
    """The call's month in the desk's time zone (hotline.desk_time)."""
    return desk_time.month_of(moment, zone_name)


def desk_zone(db: Database) -> str:
    """The desk's time zone name (meta; Asia/Baku for a desk that names none)."""
    return _zone_named(db.scalar("SELECT value FROM meta WHERE key = ?", (desk_time.META_KEY,)))


def _zone_named(value: object) -> str:
    return str(value) if value else desk_time.DEFAULT_ZONE


# The record's values of those columns, read in one call (a save builds a row each time).
_PLAIN_VALUES = attrgetter(*PLAIN_COLUMNS)
_BOOL_VALUES = attrgetter(*BOOL_COLUMNS)
_PLAIN_AT = {name: at for at, name in enumerate(PLAIN_COLUMNS)}


def call_row(
    record: CallRecord,
    caller_id: int | None,
    concerned_id: int | None,
    now: str,
    text: Mapping[str, bytes | str] | None = None,
    zone_name: str | None = None,
) -> tuple[Any, ...]:
    """The calls row; `text` replaces the free-text fields (their ciphertext); the
    month is the call's month in the desk's zone `zone_name`."""
    callback = None if record.callback_allowed is None else int(record.callback_allowed)
    plain = _PLAIN_VALUES(record)
    if text:
        values = list(plain)
        for name, value in text.items():
            at = _PLAIN_AT.get(name)
            if at is not None:
                values[at] = value
        plain = tuple(values)
    return (
        to_iso(record.started_at),
        month_of(record.started_at, zone_name),
        caller_id,
        concerned_id,
        callback,
        *plain,
        *map(int, _BOOL_VALUES(record)),
        now,
        now,
    )


INSERT_WITH_ID_SQL = (
    f"INSERT INTO calls(id, {', '.join(INSERT_COLUMNS)}) "
    f"VALUES (?, {', '.join('?' for _ in INSERT_COLUMNS)})"
)


@dataclass(frozen=True, slots=True)
class WrittenCall:
    """The values a new call's rows were written with (CallRepository.insert): the
    calls row by INSERT_COLUMNS, and the rows of each child table (call id left out),
    so the audit entry's row digest needs no reading back (storage.row_digest)."""

    call_id: int
    row: tuple[Any, ...]
    children: dict[str, list[tuple[Any, ...]]]


@dataclass(frozen=True, slots=True)
class SealedCall:
    """A call's free text as stored (CallRepository.seal_call): the text fields (None on
    a desk not sealed yet), the call_keys rows of a new data key, and each entity's
    value (None: written as given)."""

    text: dict[str, bytes | str] | None
    key_rows: KeyRows
    entity_values: list[bytes | str] | None


_TEXTS = len(TEXT_FIELDS)


def text_values(record: CallRecord) -> dict[str, str]:
    return {name: str(getattr(record, name)) for name in TEXT_FIELDS}


def authors_of(record: CallRecord) -> list[int]:
    """Whose own keys a call's data key is sealed to: the operator (and who entered it)."""
    return [i for i in (record.operator_id, record.entered_by) if i]


class CallRepository:
    """Calls with their rows. With `text` (a desk whose free text is sealed) the
    free-text fields are written as ciphertext under the call's data key and read
    back only where this session's keys open it (else they read as '')."""

    def __init__(self, db: Database, text: CallText | None = None) -> None:
        self.db = db
        self.persons = PersonRepository(db)
        self.keys = None if text is None else CallKeyRepository(db, text)
        # Entities sealed too (hotline.storage.entities); None until the desk's are.
        self.entity_keys = None if self.keys is None else entity_keys(db)
        self._zone: str | None = None
        self.written: WrittenCall | None = None  # the last call insert() wrote

    @property
    def zone_name(self) -> str:
        """The desk's time zone, read once."""
        if self._zone is None:
            self._zone = desk_zone(self.db)
        return self._zone

    def next_id(self) -> int:
        if self._zone is None:  # both in one statement: a save needs both
            row = self.db.execute(
                "SELECT coalesce(max(id), 0), (SELECT value FROM meta WHERE key = ?) FROM calls",
                (desk_time.META_KEY,),
            ).fetchone()
            self._zone = _zone_named(row[1])
            return int(row[0]) + 1
        return int(self.db.scalar("SELECT coalesce(max(id), 0) FROM calls")) + 1

    def sealed_text(
        self, call_id: int, record: CallRecord, new: bool, batched: bool = True
    ) -> tuple[dict[str, bytes | str] | None, KeyRows]:
        """The record's free text sealed for `call_id` (None on a desk not sealed yet),
        and the call_keys rows to write after the call's row (in the same transaction,
        unless not `batched`: see CallKeyRepository.new_key)."""
        sealed = self.seal_call(call_id, record, new, batched)
        return sealed.text, sealed.key_rows

    def seal_call(
        self,
        call_id: int,
        record: CallRecord,
        new: bool,
        batched: bool = True,
        draft_id: int | None = None,
    ) -> SealedCall:
        """sealed_text, the entities' values too, all under one draw of nonces; `draft_id`:
        the data key prepared when that draft started, if made for this call id."""
        if self.keys is None:
            return SealedCall(None, [], None)
        values = text_values(record)
        sealed_entities = bool(record.entities) and self.entity_keys is not None
        if not any(values.values()) and not sealed_entities:
            return SealedCall(dict(values), [], None)
        rows = self.keys.ensure_key(call_id, authors_of(record), new, batched, draft_id)
        pairs = list(values.items())
        if sealed_entities:
            pairs += [(entity_field(e.kind), e.value) for e in record.entities]
        sealed = self.keys.seal_pairs(call_id, pairs)
        text = {name: sealed.get(at, "") for at, (name, _value) in enumerate(pairs[:_TEXTS])}
        entities = None
        if sealed_entities:
            entities = [sealed.get(_TEXTS + at, e.value) for at, e in enumerate(record.entities)]
        return SealedCall(text, rows, entities)

    def prepare_key(self, draft_id: int, record: CallRecord) -> bool:
        """A new draft's data key made ahead, for the id its save is expected to give
        (the next one now; the save checks it, see CallText.prepare_key)."""
        if self.keys is None:
            return False
        return self.keys.prepare(draft_id, self.next_id(), authors_of(record))

    # --- free text kept beside the call (comments, corrections) -----------------
    def seal_extra(self, call_id: int, field_name: str, value: str) -> bytes | str:
        """A text about the call (a review comment, a corrected value) sealed under the
        call's data key, made now when the call had no text; as is on an unsealed desk."""
        if self.keys is None or not value:
            return value
        authors = self.db.query(
            "SELECT operator_id, entered_by FROM calls WHERE id = ?", (call_id,)
        )
        ids = [int(i) for i in authors[0] if i] if authors else []
        self.keys.write(self.keys.ensure_key(call_id, ids, new=False))
        return self.keys.seal_values(call_id, {field_name: value})[field_name]

    def open_extra(self, call_id: int, field_name: str, stored: object) -> str:
        """The plaintext of a text kept beside the call; '' where this session may not."""
        if self.keys is None:
            return "" if isinstance(stored, bytes) else str(stored or "")
        if isinstance(stored, bytes):
            self.keys.open_keys([call_id])
        return self.keys.read(call_id, field_name, stored) or ""

    def sealed_once(
        self, call_id: int, record: CallRecord
    ) -> tuple[dict[str, bytes | str] | None, KeyRows]:
        """sealed_text for a new call written elsewhere (bulk, in a later transaction),
        its key not kept open."""
        out = self.sealed_text(call_id, record, new=True, batched=False)
        if self.keys is not None:
            self.keys.text.forget(call_id)
        return out

    def insert(self, record: CallRecord, draft_id: int | None = None) -> int:
        """Insert the call and its rows, inside the caller's transaction (`draft_id`: the
        draft it was taken in, whose prepared data key it may use)."""
        caller_id = (
            self.persons.ensure(record.caller_pseudonym) if record.caller_pseudonym else None
        )
        concerned_id = (
            self.persons.ensure(record.concerned_pseudonym) if record.concerned_pseudonym else None
        )
        now = to_iso(utcnow())
        entity_values = None
        if self.keys is None:
            row = call_row(record, caller_id, concerned_id, now, zone_name=self.zone_name)
            cur = self.db.execute(INSERT_SQL, row)
            call_id = int(cur.lastrowid)
        else:
            # The id is chosen first (inside the write transaction): it is bound into the text.
            call_id = self.next_id()
            sealed = self.seal_call(call_id, record, True, draft_id=draft_id)
            entity_values = sealed.entity_values
            row = call_row(record, caller_id, concerned_id, now, sealed.text, self.zone_name)
            self.db.execute(INSERT_WITH_ID_SQL, (call_id, *row))
            self.keys.write(sealed.key_rows)
        children = self._insert_children(call_id, record, entity_values)
        self.written = WrittenCall(call_id, row, children)
        if record.do_not_call_back and caller_id is not None:
            self.persons.set_do_not_call_back(caller_id, True)
        return call_id

    def _insert_children(
        self,
        call_id: int,
        record: CallRecord,
        entity_values: Sequence[bytes | str] | None = None,
    ) -> dict[str, list[tuple[Any, ...]]]:
        """Write the call's child rows; what each table got (the call id left out).
        `entity_values`: the entities' values as stored, sealed already (seal_call)."""
        out: dict[str, list[tuple[Any, ...]]] = {}
        if record.topics:
            out["call_topics"] = [(t, int(t == record.primary_topic)) for t in record.topics]
            self.db.executemany(
                "INSERT INTO call_topics(call_id, topic, is_primary) VALUES (?, ?, ?)",
                [(call_id, *r) for r in out["call_topics"]],
            )
        if record.outcomes:
            out["call_outcomes"] = [(o,) for o in record.outcomes]
            self.db.executemany(
                "INSERT INTO call_outcomes(call_id, outcome) VALUES (?, ?)",
                [(call_id, o) for o in record.outcomes],
            )
        if record.indicators:
            out["call_indicators"] = [(i,) for i in record.indicators]
            self.db.executemany(
                "INSERT INTO call_indicators(call_id, indicator) VALUES (?, ?)",
                [(call_id, i) for i in record.indicators],
            )
        if record.entities:
            keys = self.entity_keys
            values = entity_values
            if values is None:
                values = [self._entity_value(call_id, e) for e in record.entities]
            out["call_entities"] = [
                (
                    e.kind,
                    value,
                    entity_key(e.kind, e.value) if keys is None else keys.key(e.kind, e.value),
                )
                for e, value in zip(record.entities, values, strict=True)
            ]
            self.db.executemany(
                "INSERT INTO call_entities(call_id, kind, value, value_key) VALUES (?, ?, ?, ?)",
                [(call_id, *r) for r in out["call_entities"]],
            )
        return out

    def _entity_value(self, call_id: int, entity: Entity) -> bytes | str:
        """The value as stored: sealed under the call's key (open) on a sealed desk."""
        if self.keys is None or self.entity_keys is None or not entity.value:
            return entity.value
        field = entity_field(entity.kind)
        return self.keys.seal_values(call_id, {field: entity.value})[field]

    def replace(self, call_id: int, record: CallRecord) -> None:
        """Rewrite a call's coded fields and rows (corrections), in the caller's transaction."""
        caller_id = (
            self.persons.ensure(record.caller_pseudonym) if record.caller_pseudonym else None
        )
        concerned_id = (
            self.persons.ensure(record.concerned_pseudonym) if record.concerned_pseudonym else None
        )
        text, key_rows = self.sealed_text(call_id, record, new=False)
        if self.keys is not None:
            self.keys.write(key_rows)
        row = call_row(record, caller_id, concerned_id, to_iso(utcnow()), text, self.zone_name)
        columns = (*INSERT_COLUMNS[:-2], "updated_at")
        values = (*row[:-2], row[-1])
        assignments = ", ".join(f"{c} = ?" for c in columns)
        self.db.execute(f"UPDATE calls SET {assignments} WHERE id = ?", (*values, call_id))
        for table in ("call_topics", "call_outcomes", "call_indicators", "call_entities"):
            self.db.execute(f"DELETE FROM {table} WHERE call_id = ?", (call_id,))
        self._insert_children(call_id, record)
        # A call a closed month counted: the change goes out as a correction.
        CountedRepository(self.db, self.zone_name).note_change(call_id, utcnow())

    def get(self, call_id: int) -> CallRecord | None:
        rows = self.get_many([call_id])
        return rows[0] if rows else None

    def get_many(self, ids: Sequence[int]) -> list[CallRecord]:
        if not ids:
            return []
        marks = ",".join("?" for _ in ids)
        rows = self.db.query(
            f"SELECT {', '.join(SELECT_COLUMNS)}, "
            "(SELECT pseudonym FROM persons p WHERE p.id = calls.caller_id), "
            "(SELECT pseudonym FROM persons p WHERE p.id = calls.concerned_id), "
            "EXISTS(SELECT 1 FROM vault_entries v WHERE v.call_id = calls.id) "
            f"FROM calls WHERE id IN ({marks})",
            list(ids),
        )
        if self.keys is not None:
            self.keys.open_keys(list(ids))
        children = self._children(ids)
        seals = SealRepository(self.db).marks(ids)
        by_id = {int(r[0]): self._record(r, children, seals.get(int(r[0]))) for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    def _children(self, ids: Sequence[int]) -> dict[str, dict[int, list[Any]]]:
        marks = ",".join("?" for _ in ids)
        out: dict[str, dict[int, list[Any]]] = {
            "topics": {},
            "primary": {},
            "outcomes": {},
            "indicators": {},
            "entities": {},
        }
        for cid, topic, primary in self.db.query(
            f"SELECT call_id, topic, is_primary FROM call_topics WHERE call_id IN ({marks})", ids
        ):
            out["topics"].setdefault(cid, []).append(topic)
            if primary:
                out["primary"][cid] = [topic]
        for cid, outcome in self.db.query(
            f"SELECT call_id, outcome FROM call_outcomes WHERE call_id IN ({marks})", ids
        ):
            out["outcomes"].setdefault(cid, []).append(outcome)
        for cid, indicator in self.db.query(
            f"SELECT call_id, indicator FROM call_indicators WHERE call_id IN ({marks})", ids
        ):
            out["indicators"].setdefault(cid, []).append(indicator)
        for cid, kind, value in self.db.query(
            f"SELECT call_id, kind, value FROM call_entities WHERE call_id IN ({marks}) ORDER BY id",
            ids,
        ):
            if isinstance(value, bytes):
                opened = (
                    None if self.keys is None else self.keys.read(cid, entity_field(kind), value)
                )
                value = opened or ""
            out["entities"].setdefault(cid, []).append(Entity(kind, value))
        return out

    def _record(
        self,
        row: Sequence[Any],
        children: dict[str, dict[int, list[Any]]],
        seal: SealMark | None = None,
    ) -> CallRecord:
        values = dict(zip(SELECT_COLUMNS, row, strict=False))
        call_id = int(values["id"])
        n = len(SELECT_COLUMNS)
        kwargs: dict[str, Any] = {c: values[c] for c in PLAIN_COLUMNS}
        for name in TEXT_FIELDS:
            stored = values[name]
            if self.keys is not None:
                kwargs[name] = self.keys.read(call_id, name, stored) or ""
            elif isinstance(stored, bytes):
                kwargs[name] = ""  # sealed text, and no keys to open it
        kwargs.update({c: bool(values[c]) for c in BOOL_COLUMNS})
        callback = values["callback_allowed"]
        order = {"topics": sorted, "outcomes": sorted, "indicators": sorted}
        return CallRecord(
            id=call_id,
            started_at=from_iso(values["started_at"]),
            callback_allowed=None if callback is None else bool(callback),
            caller_pseudonym=row[n],
            concerned_pseudonym=row[n + 1],
            identity_held=bool(row[n + 2]),
            topics=tuple(order["topics"](children["topics"].get(call_id, []))),
            primary_topic=(children["primary"].get(call_id) or [None])[0],
            outcomes=tuple(order["outcomes"](children["outcomes"].get(call_id, []))),
            indicators=tuple(order["indicators"](children["indicators"].get(call_id, []))),
            entities=tuple(children["entities"].get(call_id, [])),
            seal=seal,
            **kwargs,
        )

    def own_call_ids(self, operator_id: int, since: datetime, limit: int = 500) -> list[int]:
        """An operator's calls: returned ones first (any age), then the newest since `since`."""
        return [
            int(r[0])
            for r in self.db.query(
                "SELECT id FROM calls WHERE operator_id = ? AND (review_state = 'returned'"
                " OR started_at >= ?) ORDER BY review_state = 'returned' DESC, started_at DESC"
                " LIMIT ?",
                (operator_id, to_iso(since), limit),
            )
        ]

    def ids_for_person(self, pseudonym: str) -> list[int]:
        found = self.persons.find(pseudonym)
        if found is None:
            return []
        return [
            int(r[0])
            for r in self.db.query(
                "SELECT id FROM calls WHERE caller_id = ? OR concerned_id = ? ORDER BY started_at",
                (found.id, found.id),
            )
        ]

    def count(self) -> int:
        return int(self.db.scalar("SELECT count(*) FROM calls"))

    def saved_at(self, call_id: int) -> datetime | None:
        """When the call was first saved (not when it started)."""
        value = self.db.scalar("SELECT created_at FROM calls WHERE id = ?", (call_id,))
        return None if value is None else from_iso(str(value))

    def delete_no_content(self, call_id: int) -> bool:
        """Remove a call without content (an undone one-key call); False when the call
        has content or is not there. Its rows go with it (ON DELETE CASCADE)."""
        cur = self.db.execute(
            "DELETE FROM calls WHERE id = ? AND no_content IS NOT NULL", (call_id,)
        )
        return bool(cur.rowcount == 1)

    def insert_many_plain(self, rows: Iterable[tuple[Any, ...]]) -> None:
        self.db.executemany(INSERT_SQL, rows)
