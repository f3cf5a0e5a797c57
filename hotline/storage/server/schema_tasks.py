"""Follow-up tasks on a centre's server (schema step 7): the table, grants and policies.

A task's coded columns are in clear (its call, kind, status, due time, assignee, who
made it and when, who recorded it done and when), so the supervisors' Tasks page and
the operator's own list are plain SQL; its ``note`` is ciphertext sealed on the
workstation as on the desk (hotline.storage.tasks: under the call's data key, field
``task:<id>``, or HPKE to the case-text key when the writer cannot open that key). A
task's id is made by the workstation (as a call's), so the note is sealed bound to it
before the row is written.

What each role may do (the grants, then row-level security, forced on the owner too):

* operator: read and close the tasks of her own calls (``calls.author``) and those
  assigned to her; add tasks to her own calls only (the save's report tasks, her agreed
  follow-up), made by herself, open;
* supervisor: read every task, add a task (made by herself, open), close any;
* administrator: read every task's coded columns, never its note (the health page counts
  the overdue reports), and close and empty the note of a sealed call's tasks (the
  sealing);
* closing is the only change: ``status`` from open to done, by the login's own member
  (``done_by``); kind, call, due, assignee and creation never change (a trigger, for
  every role); a done task is not opened again;
* nobody deletes a task: no role is granted DELETE, and a trigger refuses the deletion
  of a mandatory report task even to the table's owner;
* nothing is added to, or rewritten on, a sealed call's tasks but by the sealing.

One report of each kind per call (a unique index): a call sent again from the outbox
makes its reports once (its save stops at the call's own ``ON CONFLICT``, and the index
is the second wall).
"""

from __future__ import annotations

from typing import Any, Protocol

import psycopg
from psycopg import sql

from hotline.storage.tasks import FOLLOW_UP, MINORS_REPORTS

REPORT_KINDS = MINORS_REPORTS
KINDS = (*MINORS_REPORTS, FOLLOW_UP)


def _array(values: tuple[str, ...]) -> str:
    return "ARRAY[" + ", ".join("'" + v + "'" for v in values) + "]::text[]"  # constants


TABLE = """
CREATE TABLE hotline.tasks (
    id bigint PRIMARY KEY CHECK (id > 0),
    call_id bigint REFERENCES hotline.calls,
    kind text NOT NULL CHECK (kind = ANY({kinds})),
    status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
    due_at timestamptz,
    assignee_id integer,
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by integer NOT NULL,
    author name NOT NULL DEFAULT session_user,
    done_at timestamptz,
    done_by integer,
    note bytea,
    CHECK ((status = 'done') = (done_at IS NOT NULL))
);
CREATE INDEX tasks_open ON hotline.tasks (status, due_at);
CREATE INDEX tasks_call ON hotline.tasks (call_id);
CREATE UNIQUE INDEX tasks_one_report ON hotline.tasks (call_id, kind)
    WHERE kind = ANY({reports});

CREATE FUNCTION hotline.tasks_kept() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.kind = ANY({reports}) THEN
            RAISE EXCEPTION 'a mandatory report task is never deleted'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN OLD;
    END IF;
    IF NEW.id <> OLD.id OR NEW.call_id IS DISTINCT FROM OLD.call_id OR NEW.kind <> OLD.kind
       OR NEW.due_at IS DISTINCT FROM OLD.due_at
       OR NEW.assignee_id IS DISTINCT FROM OLD.assignee_id
       OR NEW.created_at <> OLD.created_at OR NEW.created_by <> OLD.created_by
       OR NEW.author <> OLD.author OR (OLD.status = 'done' AND NEW.status <> 'done') THEN
        RAISE EXCEPTION 'a task is only recorded done' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $fn$;
CREATE TRIGGER tasks_kept BEFORE UPDATE OR DELETE ON hotline.tasks
    FOR EACH ROW EXECUTE FUNCTION hotline.tasks_kept();
"""

ME = "(SELECT m.user_id FROM hotline.members m WHERE m.db_role = session_user)"
OWN_CALL = (
    "EXISTS (SELECT 1 FROM hotline.calls c WHERE c.id = tasks.call_id AND c.author = session_user)"
)
HERS = f"({OWN_CALL} OR tasks.assignee_id = {ME})"
MADE_OPEN = (
    f"author = session_user AND created_by = {ME} AND status = 'open'"
    " AND done_at IS NULL AND done_by IS NULL"
)
CLOSED_BY_ME = f"status = 'done' AND done_by = {ME}"
SEALED = "EXISTS (SELECT 1 FROM hotline.sealed_calls s WHERE s.call_id = tasks.call_id)"
NOT_SEALED = f"(tasks.call_id IS NULL OR NOT {SEALED})"

# (what, role keys)
CODED = "id, call_id, kind, status, due_at, assignee_id, created_at, created_by, author, done_at, done_by"
GRANTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("SELECT ON hotline.tasks", ("op", "sup")),
    (f"SELECT ({CODED}) ON hotline.tasks", ("adm",)),
    (
        "INSERT (id, call_id, kind, due_at, assignee_id, created_by, note) ON hotline.tasks",
        ("op", "sup"),
    ),
    ("UPDATE (status, done_at, done_by, note) ON hotline.tasks", ("op", "sup", "adm")),
)
# (policy name, command, role keys, USING, WITH CHECK, restrictive)
POLICIES: tuple[tuple[str, str, tuple[str, ...], str | None, str | None, bool], ...] = (
    ("operator_reads_hers", "SELECT", ("op",), HERS, None, False),
    ("operator_adds_to_own", "INSERT", ("op",), None, f"{MADE_OPEN} AND {OWN_CALL}", False),
    ("operator_closes_hers", "UPDATE", ("op",), HERS, CLOSED_BY_ME, False),
    ("supervisor_reads", "SELECT", ("sup",), "true", None, False),
    ("supervisor_adds", "INSERT", ("sup",), None, MADE_OPEN, False),
    ("supervisor_closes", "UPDATE", ("sup",), "true", CLOSED_BY_ME, False),
    ("admin_reads", "SELECT", ("adm",), "true", None, False),
    ("admin_empties_sealed", "UPDATE", ("adm",), SEALED, f"{SEALED} AND note IS NULL", False),
    # Restrictive: ANDed with the permissive ones (an administrator who is a supervisor
    # too still empties the sealed call's notes).
    ("nothing_onto_sealed", "INSERT", ("op", "sup", "adm"), None, NOT_SEALED, True),
    (
        "sealed_stays",
        "UPDATE",
        ("op", "sup"),
        f"{NOT_SEALED} OR pg_has_role(session_user, {{admin}}, 'MEMBER')",
        None,
        True,
    ),
)


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
    """The table, its trigger, grants and policies, in the caller's transaction (the
    server's superuser's connection), made as the schema's owner."""
    ident = sql.Identifier
    by_key = {"op": roles.operator, "sup": roles.supervisor, "adm": roles.admin}
    conn.execute(sql.SQL("SET LOCAL ROLE {}").format(ident(roles.owner)))
    conn.execute(TABLE.replace("{kinds}", _array(KINDS)).replace("{reports}", _array(REPORT_KINDS)))
    conn.execute("REVOKE ALL ON FUNCTION hotline.tasks_kept() FROM PUBLIC")
    for what, keys in GRANTS:
        conn.execute(
            sql.SQL("GRANT " + what + " TO {}").format(  # constants of this module
                sql.SQL(", ").join(ident(by_key[k]) for k in keys)
            )
        )
    conn.execute("ALTER TABLE hotline.tasks ENABLE ROW LEVEL SECURITY")
    conn.execute("ALTER TABLE hotline.tasks FORCE ROW LEVEL SECURITY")
    admin = sql.Literal(roles.admin)
    for name, command, keys, using, check, restrictive in POLICIES:
        kind = "RESTRICTIVE" if restrictive else "PERMISSIVE"
        statement = sql.SQL(
            "CREATE POLICY {} ON hotline.tasks AS " + kind + " FOR " + command + " TO {}"
        ).format(ident(name), sql.SQL(", ").join(ident(by_key[k]) for k in keys))
        if using is not None:
            statement += sql.SQL(" USING (" + using + ")").format(admin=admin)
        if check is not None:
            statement += sql.SQL(" WITH CHECK (" + check + ")").format(admin=admin)
        conn.execute(statement)
    conn.execute("RESET ROLE")
