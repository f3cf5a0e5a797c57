"""The centre's schema on the server, its database roles and row-level security.

Four roles per centre, named after its database (roles are the cluster's, so two
centres on one server do not share them), none of them able to log in:

* ``<db>_owner`` owns the schema and its tables; nobody logs in as it;
* ``<db>_operator``, ``<db>_supervisor``, ``<db>_admin``: the desk's roles. Each
  person gets a login role of their own, member of the roles they hold
  (members.py); row-level security tells them apart by ``session_user``, which
  ``SET ROLE`` cannot change.

What each role may do (table privileges, then RLS as the second wall: a grant
given by mistake still opens no other person's row):

============== ============================ ============================ ==================
table          operator                     supervisor                   admin
============== ============================ ============================ ==================
calls          insert, select: own          select: all (review:         select
                                            schema_review.py)
call_keys      insert, select: own          select: all                  delete
call_texts     insert, select: own          select: all                  delete
vault_entries  insert only (own call)       select, insert: all          delete
centre         select                       select                       select
key_file,      select                       select                       select, insert,
members                                                                  update
============== ============================ ============================ ==================

The server stores the free text, the identity vault and the data keys sealed by
the workstation (hotline.crypto.calltext, the vault's HPKE seal): ciphertext
only. The coded fields of a call are in clear (``coded``), for counts in SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql

from hotline.storage.server import (
    calllog,
    schema_audit,
    schema_enrolment,
    schema_sealing,
)

SCHEMA = "hotline"
# The schema's version is the number of schema_steps.STEPS applied (schema_steps.py).
# Tables whose rows belong to one author: RLS enabled and forced on them.
AUTHORED = ("calls", "call_keys", "call_texts", "vault_entries")


@dataclass(frozen=True)
class CentreRoles:
    owner: str
    operator: str
    supervisor: str
    admin: str
    reviewer: str  # owns the review's functions (schema_review.py)

    @classmethod
    def for_database(cls, database: str) -> CentreRoles:
        parts = ("owner", "operator", "supervisor", "admin", "reviewer")
        return cls(*(f"{database}_{part}" for part in parts))

    @property
    def made(self) -> tuple[str, ...]:
        """Every role ``create`` makes before the schema (nobody logs in as any)."""
        return (self.owner, *self.desk_roles, self.reviewer)

    @property
    def desk_roles(self) -> tuple[str, str, str]:
        return (self.operator, self.supervisor, self.admin)


TABLES = """
CREATE TABLE hotline.centre (
    one boolean PRIMARY KEY DEFAULT true CHECK (one),
    desk_id text NOT NULL,
    schema_version integer NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    casetext_public bytea NOT NULL,
    vault_public bytea NOT NULL,
    export_public bytea NOT NULL
);
-- The key file (wrapped password slots and sealed grants), opened only on workstations.
CREATE TABLE hotline.key_file (
    one boolean PRIMARY KEY DEFAULT true CHECK (one),
    body bytea NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE hotline.members (
    user_id integer PRIMARY KEY,
    db_role name UNIQUE,
    user_name text NOT NULL UNIQUE,
    roles text[] NOT NULL,
    signing_public bytea NOT NULL,
    active boolean NOT NULL DEFAULT true
);
-- A call: its id made by the workstation (a save sent twice is one call).
CREATE TABLE hotline.calls (
    id bigint PRIMARY KEY CHECK (id > 0),
    author name NOT NULL DEFAULT session_user,
    started_at timestamptz NOT NULL,
    coded jsonb NOT NULL,
    saved_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX calls_started ON hotline.calls (started_at DESC);
CREATE INDEX calls_author ON hotline.calls (author, started_at DESC);
CREATE TABLE hotline.call_keys (
    call_id bigint NOT NULL REFERENCES hotline.calls ON DELETE CASCADE,
    holder text NOT NULL,
    author name NOT NULL DEFAULT session_user,
    suite text NOT NULL,
    sealed bytea NOT NULL,
    PRIMARY KEY (call_id, holder)
);
CREATE TABLE hotline.call_texts (
    call_id bigint NOT NULL REFERENCES hotline.calls ON DELETE CASCADE,
    field text NOT NULL,
    author name NOT NULL DEFAULT session_user,
    body bytea NOT NULL,
    PRIMARY KEY (call_id, field)
);
CREATE TABLE hotline.vault_entries (
    id bigserial PRIMARY KEY,
    call_id bigint NOT NULL REFERENCES hotline.calls ON DELETE CASCADE,
    author name NOT NULL DEFAULT session_user,
    suite text NOT NULL,
    context text NOT NULL,
    sealed bytea NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
"""

# (table, privileges) per role; {op}, {sup}, {adm} are the roles.
GRANTS = (
    # Nobody changes the centre's row (its public keys): entry 1 of the chain pins it.
    ("centre", {"op": "SELECT", "sup": "SELECT", "adm": "SELECT"}),
    ("key_file", {"op": "SELECT", "sup": "SELECT", "adm": "SELECT, INSERT, UPDATE"}),
    ("members", {"op": "SELECT", "sup": "SELECT", "adm": "SELECT, INSERT, UPDATE"}),
    # Nobody deletes a call (sealing keeps its coded fields): its audit entry stays its.
    # saved_at is the server's clock (the search index's fill goes by it): not hers to
    # write, nor the author (session_user by default, the policy checks it).
    ("calls", {"op": "SELECT, INSERT (id, started_at, coded)", "sup": "SELECT", "adm": "SELECT"}),
    # A supervisor reads every call but rewrites or adds to none with her own SQL (no
    # correction on a centre writes these yet; one would come with its audit entry).
    ("call_keys", {"op": "SELECT, INSERT", "sup": "SELECT", "adm": "DELETE"}),
    ("call_texts", {"op": "SELECT, INSERT", "sup": "SELECT", "adm": "DELETE"}),
    ("vault_entries", {"op": "INSERT", "sup": "SELECT, INSERT", "adm": "DELETE"}),
)

OWN = "author = session_user"
OWN_CALL = (
    "author = session_user AND EXISTS (SELECT 1 FROM hotline.calls c"
    " WHERE c.id = call_id AND c.author = session_user)"
)
# A call's coded operator is its author (the call log names the operator from it), or it
# is entered on another's behalf by a supervisor, who is then its ``entered_by``: an
# operator's own SQL cannot file a call under another operator's name.
ME = "(SELECT m.user_id::text FROM hotline.members m WHERE m.db_role = session_user)"
OWN_CODED = (
    # and not started in the future (a day of a workstation's clock off allowed): a call
    # of the year 3000 would top every supervisor's call log for ever
    f"{OWN} AND started_at <= now() + interval '1 day'"
    " AND ((coded->>'operator_id' IS NULL AND coded->>'entered_by' IS NULL)"
    f" OR (coded->>'operator_id' = {ME} AND coalesce(coded->>'entered_by', {ME}) = {ME})"
    f" OR (coded->>'entered_by' = {ME}"
    " AND pg_has_role(session_user, (current_database() || '_supervisor')::name, 'MEMBER')))"
)
# (table, policy name, command, role key, USING, WITH CHECK)
POLICIES = (
    ("calls", "operator_reads_own", "SELECT", "op", OWN, None),
    ("calls", "operator_adds_own", "INSERT", "op", None, OWN_CODED),
    ("calls", "supervisor_reads", "SELECT", "sup", "true", None),
    ("calls", "admin_reads", "SELECT", "adm", "true", None),
    ("call_keys", "operator_reads_own", "SELECT", "op", OWN, None),
    ("call_keys", "operator_adds_own", "INSERT", "op", None, OWN_CALL),
    ("call_keys", "supervisor_reads", "SELECT", "sup", "true", None),
    ("call_keys", "admin_removes", "DELETE", "adm", "true", None),
    ("call_texts", "operator_reads_own", "SELECT", "op", OWN, None),
    ("call_texts", "operator_adds_own", "INSERT", "op", None, OWN_CALL),
    ("call_texts", "supervisor_reads", "SELECT", "sup", "true", None),
    ("call_texts", "admin_removes", "DELETE", "adm", "true", None),
    ("vault_entries", "operator_adds_own", "INSERT", "op", None, OWN_CALL),
    ("vault_entries", "supervisor_reads", "SELECT", "sup", "true", None),
    ("vault_entries", "supervisor_adds", "INSERT", "sup", None, "true"),
    ("vault_entries", "admin_removes", "DELETE", "adm", "true", None),
)


def exists(conn: psycopg.Connection[tuple[Any, ...]]) -> bool:
    row = conn.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (SCHEMA,)).fetchone()
    return row is not None


def roles_taken(conn: psycopg.Connection[tuple[Any, ...]], database: str) -> list[str]:
    """The centre's role names that already exist on the server (roles outlive a
    dropped database)."""
    names = list(CentreRoles.for_database(database).made)
    rows = conn.execute("SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)", (names,))
    return sorted(str(r[0]) for r in rows.fetchall())


def create(conn: psycopg.Connection[tuple[Any, ...]], database: str) -> CentreRoles:
    """Step 1 of schema_steps.STEPS: the roles, the schema, the grants and the policies
    as the first centres were made, in the caller's transaction (on a connection of the
    server's superuser). Never changed: a change to the schema is a new step."""
    roles = CentreRoles.for_database(database)
    ident = sql.Identifier
    for role in (roles.owner, *roles.desk_roles):  # the reviewer: schema_steps' step 3
        conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN NOINHERIT").format(ident(role)))
    db = ident(database)
    # Nobody but the centre's roles connects to its database, nobody creates in public.
    conn.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(db))
    conn.execute(sql.SQL("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
    for role in roles.desk_roles:
        conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(db, ident(role)))
    conn.execute(sql.SQL("CREATE SCHEMA hotline AUTHORIZATION {}").format(ident(roles.owner)))
    conn.execute(sql.SQL("SET LOCAL ROLE {}").format(ident(roles.owner)))
    conn.execute(TABLES)
    conn.execute(
        sql.SQL("GRANT USAGE ON SCHEMA hotline TO {}, {}, {}").format(
            *(ident(r) for r in roles.desk_roles)
        )
    )
    by_key = {"op": roles.operator, "sup": roles.supervisor, "adm": roles.admin}
    for table, privileges in GRANTS:
        for key, what in privileges.items():
            conn.execute(
                sql.SQL("GRANT " + what + " ON hotline.{} TO {}").format(
                    ident(table), ident(by_key[key])
                )
            )
    for role in (roles.operator, roles.supervisor):
        conn.execute(
            sql.SQL("GRANT USAGE ON SEQUENCE hotline.vault_entries_id_seq TO {}").format(
                ident(role)
            )
        )
    for table in AUTHORED:
        conn.execute(
            sql.SQL("ALTER TABLE hotline.{} ENABLE ROW LEVEL SECURITY").format(ident(table))
        )
        conn.execute(
            sql.SQL("ALTER TABLE hotline.{} FORCE ROW LEVEL SECURITY").format(ident(table))
        )
    for table, name, command, key, using, check in POLICIES:
        statement = sql.SQL("CREATE POLICY {} ON hotline.{} FOR " + command + " TO {}").format(
            ident(name), ident(table), ident(by_key[key])
        )
        if using is not None:
            statement += sql.SQL(" USING (" + using + ")")  # constants of this module
        if check is not None:
            statement += sql.SQL(" WITH CHECK (" + check + ")")
        conn.execute(statement)
    conn.execute("RESET ROLE")
    schema_audit.create(conn, roles.owner, *roles.desk_roles)
    calllog.create(conn)
    schema_enrolment.create(conn, roles, database)
    schema_sealing.create(conn, roles.owner, by_key)
    # Later parts of the schema are steps of their own (schema_steps.STEPS): a centre
    # made before them runs them at its upgrade, never this function again.
    return roles
