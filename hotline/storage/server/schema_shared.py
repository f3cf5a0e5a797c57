"""The centre's settings and its referral directory on the server (schema step 12).

Both are the centre's, the same for every workstation (README, "Settings and the
referral directory on a centre"):

* ``settings``: one row per setting an administrator set (services/settings.py's keys,
  the value as the desk's meta table holds it, text);
* ``referral_directory``: the agencies the operators refer callers to, one row per
  entry in the seed file's own shape (storage/referral_directory.py), seeded here from
  hotline/data/referrals.json as the desk seeds its table.

Every desk role reads both (the operator's form shows the directory during a call, the
window's idle lock is a setting); only the administrators' role may insert, update or
delete (grants: an operator's or a supervisor's own login is refused by the server).
Each change is audited in the centre's chain by the service, in the same transaction,
and said on ``SHARED_CHANNEL`` (NOTIFY) for the windows open elsewhere (ui/live.py);
a row written around the desk (by the server's superuser) is caught against the
administrators' entries as on the desk (services/settings.py, services/directory.py).
"""

from __future__ import annotations

from typing import Any, Protocol

import psycopg
from psycopg import sql

from hotline import referrals
from hotline.records import to_iso, utcnow
from hotline.storage.referral_directory import encode

SHARED_CHANNEL = "hotline_shared"  # a setting or a directory entry changed

TABLES = """
CREATE TABLE hotline.settings (
    key text PRIMARY KEY CHECK (key ~ '^[a-z_]{1,64}$'),
    value text NOT NULL CHECK (length(value) <= 200),
    set_at timestamptz NOT NULL DEFAULT now(),
    set_by name NOT NULL DEFAULT session_user
);
CREATE TABLE hotline.referral_directory (
    id text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
    position integer NOT NULL,
    entry text NOT NULL,
    updated_at text NOT NULL,
    updated_by integer,
    author name NOT NULL DEFAULT session_user
);
-- Every change says so on SHARED_CHANNEL (the payload means nothing: reload them), so
-- the windows open on other workstations apply a new idle lock and directory at once.
CREATE FUNCTION hotline.notify_shared() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('{channel}', '1');
    RETURN NULL;
END $$;
CREATE TRIGGER settings_notify AFTER INSERT OR UPDATE OR DELETE ON hotline.settings
    FOR EACH STATEMENT EXECUTE FUNCTION hotline.notify_shared();
CREATE TRIGGER referral_directory_notify
    AFTER INSERT OR UPDATE OR DELETE ON hotline.referral_directory
    FOR EACH STATEMENT EXECUTE FUNCTION hotline.notify_shared();
"""


class CentreRoles(Protocol):
    """hotline.storage.server.schema.CentreRoles (not imported: schema imports steps')."""

    @property
    def owner(self) -> str: ...
    @property
    def operator(self) -> str: ...
    @property
    def supervisor(self) -> str: ...
    @property
    def admin(self) -> str: ...


def create(conn: psycopg.Connection[tuple[Any, ...]], roles: CentreRoles) -> None:
    """The two tables, seeded and granted, made as the schema's owner in the caller's
    transaction (the server's superuser's connection)."""
    ident = sql.Identifier
    everyone = sql.SQL(", ").join(ident(r) for r in (roles.operator, roles.supervisor, roles.admin))
    conn.execute(sql.SQL("SET LOCAL ROLE {}").format(ident(roles.owner)))
    conn.execute(TABLES.replace("{channel}", SHARED_CHANNEL))
    now = to_iso(utcnow())
    for position, entry in enumerate(referrals.load()):
        conn.execute(
            "INSERT INTO hotline.referral_directory(id, position, entry, updated_at)"
            " VALUES (%s, %s, %s, %s)",
            (entry.id, position, encode(entry), now),
        )
    for table in ("settings", "referral_directory"):
        name = sql.Identifier("hotline", table)
        conn.execute(sql.SQL("GRANT SELECT ON {} TO {}").format(name, everyone))
        conn.execute(
            sql.SQL("GRANT INSERT, UPDATE, DELETE ON {} TO {}").format(name, ident(roles.admin))
        )
    conn.execute("RESET ROLE")
