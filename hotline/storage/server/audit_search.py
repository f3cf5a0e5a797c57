"""The centre's audit chain read for the administrator's audit page: the entries a
filter matches, newest first, and how many (the desk's AuditQueries on the server).

The chain's columns are the desk's (``at`` an ISO text in UTC, ``details`` JSON text),
so the desk's filter (storage/audit_queries.py AuditFilter) narrows it the same way.
"""

from __future__ import annotations

from typing import Any

import psycopg

from hotline.records import AuditEntry
from hotline.storage.audit_queries import AuditFilter, entry_of

Connection = psycopg.Connection[tuple[Any, ...]]
COLUMNS = "seq, at, user_id, action, object_type, object_id, details"


def _where(where: AuditFilter) -> tuple[str, list[Any]]:
    sql, params = where.where(None)
    return sql.replace("?", "%s"), params


def search(conn: Connection, where: AuditFilter, limit: int) -> list[AuditEntry]:
    sql, params = _where(where)
    rows = conn.execute(
        f"SELECT {COLUMNS} FROM hotline.audit{sql} ORDER BY seq DESC LIMIT %s",
        [*params, limit],
    ).fetchall()
    return [entry_of(row) for row in rows]


def count(conn: Connection, where: AuditFilter, cap: int) -> int:
    sql, params = _where(where)
    row = conn.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM hotline.audit{sql} LIMIT %s) AS matched",
        [*params, cap],
    ).fetchone()
    return 0 if row is None else int(row[0])
