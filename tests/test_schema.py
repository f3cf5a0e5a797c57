"""Schema migrations: each one tested from the previous version, with data in it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hotline.storage.database import Database
from hotline.storage.schema import LATEST, DeskTooNew, migrate

KEY = os.urandom(32)


def _fresh(tmp_path: Path) -> Database:
    return Database(tmp_path / "m.db", KEY, create=True)


def test_migrate_from_empty_to_latest(tmp_path: Path) -> None:
    db = _fresh(tmp_path)
    try:
        assert migrate(db) == LATEST
        assert db.user_version == LATEST
        assert migrate(db) == LATEST  # idempotent
    finally:
        db.close()


def test_migration_2_keeps_version_1_data(tmp_path: Path) -> None:
    db = _fresh(tmp_path)
    try:
        migrate(db, target=1)
        with db.transaction():
            db.execute(
                "INSERT INTO users(id, name, roles, created_at, signing_public)"
                " VALUES (1, 'a', 'operator', '2026-01-01T00:00:00Z', x'00')"
            )
            db.execute(
                "INSERT INTO calls(id, started_at, month, operator_id, channel, notes,"
                " created_at, updated_at) VALUES (7, '2026-01-02T10:00:00Z', '2026-01', 1,"
                " 'phone', 'kept note', '2026-01-02T10:00:00Z', '2026-01-02T10:00:00Z')"
            )
        assert migrate(db, target=2) == 2
        row = db.execute("SELECT notes, claimed_by, returned_comment FROM calls WHERE id = 7")
        assert row.fetchone() == ("kept note", None, "")
        hits = db.query("SELECT rowid FROM notes_fts WHERE notes_fts MATCH 'kept'")
        assert hits == [(7,)]
        db.execute("INSERT INTO closed_periods VALUES ('2026-01', '2026-02-01T00:00:00Z', 1)")
    finally:
        db.close()


def test_a_newer_desk_is_refused_untouched(tmp_path: Path) -> None:
    db = _fresh(tmp_path)
    try:
        migrate(db)
        db.execute(f"PRAGMA user_version = {LATEST + 1}")
    finally:
        db.close()
    before = (tmp_path / "m.db").read_bytes()
    db = Database(tmp_path / "m.db", KEY)
    try:
        with pytest.raises(DeskTooNew, match="newer version"):
            migrate(db)
    finally:
        db.close()
    assert (tmp_path / "m.db").read_bytes() == before
