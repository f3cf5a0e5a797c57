"""Migration 3 (indexes for the call log), tested from version 2 with data in it."""

from __future__ import annotations

import os
from pathlib import Path

from hotline.storage.database import Database
from hotline.storage.schema import migrate

KEY = os.urandom(32)


def test_migration_3_keeps_version_2_data_and_adds_the_indexes(tmp_path: Path) -> None:
    db = Database(tmp_path / "m.db", KEY, create=True)
    try:
        migrate(db, target=2)
        with db.transaction():
            db.execute(
                "INSERT INTO users(id, name, roles, created_at, signing_public)"
                " VALUES (1, 'a', 'operator', '2026-01-01T00:00:00Z', x'00')"
            )
            db.execute(
                "INSERT INTO calls(id, started_at, month, operator_id, channel, notes,"
                " duration_s, created_at, updated_at) VALUES (7, '2026-01-02T10:00:00Z',"
                " '2026-01', 1, 'phone', 'kept note', 42, '2026-01-02T10:00:00Z',"
                " '2026-01-02T10:00:00Z')"
            )
            db.execute(
                "INSERT INTO tasks(call_id, kind, created_at, created_by)"
                " VALUES (7, 'follow_up', '2026-01-02T10:00:00Z', 1)"
            )
        assert migrate(db, target=3) == 3
        assert db.query("SELECT id, duration_s FROM calls") == [(7, 42)]
        names = {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"calls_duration", "tasks_call_status"} <= names
        plan = " ".join(
            str(r[-1])
            for r in db.query(
                "EXPLAIN QUERY PLAN SELECT id FROM calls ORDER BY duration_s DESC, id DESC LIMIT 5"
            )
        )
        assert "calls_duration" in plan
        assert db.query("SELECT rowid FROM notes_fts WHERE notes_fts MATCH 'kept'") == [(7,)]
    finally:
        db.close()
