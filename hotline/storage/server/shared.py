"""The centre's settings and referral directory on the server (schema_shared.py): the
same repositories as the desk's meta table and directory table, on the person's own
connection (what the login may write the server's grants decide). A line to the server
that broke is ServerUnreachable, said in words (errors.on_server)."""

from __future__ import annotations

from typing import Any

import psycopg

from hotline.errors import DataFileDamaged, DeskError
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.records import to_iso, utcnow
from hotline.referrals import Referral
from hotline.storage.referral_directory import decode, encode
from hotline.storage.server.errors import on_server

Connection = psycopg.Connection[tuple[Any, ...]]


class CentreSettings:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    @on_server
    def get(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM hotline.settings WHERE key = %s", (key,))
        found = row.fetchone()
        return None if found is None else str(found[0])

    @on_server
    def set(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO hotline.settings(key, value) VALUES (%s, %s) ON CONFLICT (key) DO UPDATE"
            " SET value = excluded.value, set_at = now(), set_by = session_user",
            (key, value),
        )


class CentreDirectoryDamaged(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The centre's referral directory on its server holds an entry that cannot be read "
        "({reason}): it was changed around the desk. Nothing was changed; the Desk check "
        "names it, and an administrator restores it from a backup of the centre.",
    )


class CentreDirectory:
    """storage/referral_directory.py's DirectoryRepository on the server."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    @on_server
    def entries(self) -> tuple[Referral, ...]:
        rows = self.conn.execute(
            "SELECT entry FROM hotline.referral_directory ORDER BY position, id"
        ).fetchall()
        try:
            return decode(str(r[0]) for r in rows)
        except DataFileDamaged as exc:  # not the file that came with the program: the server's
            raise CentreDirectoryDamaged(reason=exc.params.get("reason", "")) from exc

    def get(self, entry_id: str) -> Referral | None:
        return next((e for e in self.entries() if e.id == entry_id), None)

    @on_server
    def put(self, entry: Referral, user_id: int) -> bool:
        """Add or replace an entry; True when it is new (it goes last)."""
        updated = self.conn.execute(
            "UPDATE hotline.referral_directory SET entry = %s, updated_at = %s,"
            " updated_by = %s, author = session_user WHERE id = %s",
            (encode(entry), to_iso(utcnow()), user_id, entry.id),
        )
        if updated.rowcount:
            return False
        self.conn.execute(
            "INSERT INTO hotline.referral_directory(id, position, entry, updated_at, updated_by)"
            " SELECT %s, coalesce(max(position), -1) + 1, %s, %s, %s"
            " FROM hotline.referral_directory",
            (entry.id, encode(entry), to_iso(utcnow()), user_id),
        )
        return True

    @on_server
    def delete(self, entry_id: str) -> bool:
        cur = self.conn.execute("DELETE FROM hotline.referral_directory WHERE id = %s", (entry_id,))
        return bool(cur.rowcount)
