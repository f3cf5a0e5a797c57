"""An administrator imports the centre's old log (schema step 14).

On the single-file desk ``hotline import`` and the Import page are the administrator's;
on a centre only an operator's login could add a call (schema.py's ``operator_adds_own``,
its coded operator being herself). This step lets an administrator's login add calls
too, through the same rows and the same outbox as a saved call (sealed on the
workstation, its ``call.save`` entry in its transaction), but only as their enterer:
the call's author is her login and its coded ``entered_by`` is her own member id (the
operator it names may be anyone, as in the old log). Keys, texts and the tasks a save
makes (the reports on a child) follow for her own calls only, as an operator's do.
Nothing else changes: an administrator still reads no text row, and rewrites no call.
"""

from __future__ import annotations

from typing import Any, Protocol

import psycopg
from psycopg import sql

from hotline.storage.server.schema import ME, OWN, OWN_CALL
from hotline.storage.server.schema_tasks import MADE_OPEN
from hotline.storage.server.schema_tasks import OWN_CALL as TASK_ON_OWN_CALL


class CentreRoles(Protocol):
    @property
    def owner(self) -> str: ...
    @property
    def admin(self) -> str: ...


# The call's author is her login, she is its enterer, and it did not start in the future.
ENTERED_BY_ME = f"{OWN} AND started_at <= now() + interval '1 day' AND coded->>'entered_by' = {ME}"
GRANTS = (
    "INSERT (id, started_at, coded) ON hotline.calls",
    "INSERT ON hotline.call_keys",
    "INSERT ON hotline.call_texts",
    "INSERT (id, call_id, kind, due_at, assignee_id, created_by, note) ON hotline.tasks",
)
# (table, policy name, WITH CHECK)
POLICIES = (
    ("calls", "admin_imports", ENTERED_BY_ME),
    ("call_keys", "admin_imports", OWN_CALL),
    ("call_texts", "admin_imports", OWN_CALL),
    ("tasks", "admin_imports", f"{MADE_OPEN} AND {TASK_ON_OWN_CALL}"),
)


def create(conn: psycopg.Connection[tuple[Any, ...]], roles: CentreRoles) -> None:
    """Made as the schema's owner, in the caller's transaction."""
    ident = sql.Identifier
    conn.execute(sql.SQL("SET LOCAL ROLE {}").format(ident(roles.owner)))
    for what in GRANTS:
        conn.execute(sql.SQL("GRANT " + what + " TO {}").format(ident(roles.admin)))
    for table, name, check in POLICIES:
        conn.execute(
            sql.SQL(
                "CREATE POLICY {} ON hotline.{} FOR INSERT TO {} WITH CHECK (" + check + ")"
            ).format(ident(name), ident(table), ident(roles.admin))
        )
    conn.execute("RESET ROLE")
