"""Loading many generated calls at once (the demo data): rows with their ids chosen
by the caller, written in one transaction per batch, bypassing the per-call path."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from hotline.records import CallRecord
from hotline.storage.call_keys import KeyRows
from hotline.storage.calls import INSERT_WITH_ID_SQL, CallRepository, call_row
from hotline.storage.database import Database
from hotline.storage.tasks import MINORS_REPORTS


@dataclass(frozen=True, slots=True)
class NextIds:
    """The first free ids, so a batch can name its rows before it writes them."""

    person: int
    call: int


@dataclass
class Batch:
    """Rows waiting to be written; filled by the caller, emptied by BulkLoader.write."""

    persons: list[tuple[int, str, str, str]] = field(default_factory=list)
    calls: list[tuple[Any, ...]] = field(default_factory=list)
    call_keys: KeyRows = field(default_factory=list)
    topics: list[tuple[int, str, int]] = field(default_factory=list)
    outcomes: list[tuple[int, str]] = field(default_factory=list)
    indicators: list[tuple[int, str]] = field(default_factory=list)
    minors_reports: list[tuple[int, str, str, int]] = field(default_factory=list)

    def add_person(self, person_id: int, pseudonym: str, key: str, now: str) -> None:
        self.persons.append((person_id, pseudonym, key, now))

    def add_call(
        self,
        call_id: int,
        record: CallRecord,
        topics: Sequence[str],
        caller_id: int | None,
        now: str,
        calls: CallRepository | None = None,
        zone_name: str | None = None,
    ) -> None:
        """The call with its topics, outcomes and indicators; its free text sealed
        when `calls` has the desk's text keys; its month in the desk's zone (that of
        `calls`, else `zone_name`)."""
        text, key_rows = (None, []) if calls is None else calls.sealed_once(call_id, record)
        zone = calls.zone_name if calls is not None else zone_name
        self.calls.append((call_id, *call_row(record, caller_id, None, now, text, zone)))
        self.call_keys += key_rows
        self.topics += [(call_id, t, int(t == record.primary_topic)) for t in topics]
        self.outcomes += [(call_id, o) for o in record.outcomes]
        self.indicators += [(call_id, i) for i in record.indicators]

    def add_minors_report(self, call_id: int, status: str, now: str, created_by: int) -> None:
        self.minors_reports.append((call_id, status, now, created_by))

    def clear(self) -> None:
        for rows in (
            self.persons,
            self.calls,
            self.call_keys,
            self.topics,
            self.outcomes,
            self.indicators,
            self.minors_reports,
        ):
            rows.clear()


class BulkLoader:
    def __init__(self, db: Database) -> None:
        self.db = db

    def next_ids(self) -> NextIds:
        return NextIds(
            person=int(self.db.scalar("SELECT coalesce(max(id), 0) FROM persons")) + 1,
            call=int(self.db.scalar("SELECT coalesce(max(id), 0) FROM calls")) + 1,
        )

    def pseudonym_keys(self) -> set[str]:
        """The folded pseudonyms already taken (pseudonyms.key)."""
        return {str(r[0]) for r in self.db.query("SELECT pseudonym_key FROM persons")}

    def write(self, batch: Batch) -> None:
        """Write the batch in one transaction, then empty it."""
        db = self.db
        with db.transaction():
            db.executemany(
                "INSERT INTO persons(id, pseudonym, pseudonym_key, created_at) VALUES (?,?,?,?)",
                batch.persons,
            )
            db.executemany(INSERT_WITH_ID_SQL, batch.calls)
            db.executemany("INSERT INTO call_keys VALUES (?,?,?,?)", batch.call_keys)
            db.executemany("INSERT INTO call_topics VALUES (?,?,?)", batch.topics)
            db.executemany("INSERT INTO call_outcomes VALUES (?,?)", batch.outcomes)
            db.executemany("INSERT INTO call_indicators VALUES (?,?)", batch.indicators)
            for kind in MINORS_REPORTS:
                db.executemany(
                    "INSERT INTO tasks(call_id, kind, status, created_at, created_by)"
                    f" VALUES (?, '{kind}', ?, ?, ?)",
                    batch.minors_reports,
                )
        batch.clear()
