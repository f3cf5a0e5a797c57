"""The anonymised exports on a centre's server (schema step 15).

The desk's export tables, on the server (services/export.py writes them through
storage/server/exports.py, as storage/exports.py on the desk):

* ``closed_periods``: the months closed by their first export;
* ``export_ledger`` and ``export_files``: what each export published (the release, the
  file's bytes and its signed manifest), re-emitted byte for byte by a re-export;
* ``counted_calls`` and ``counted_outcomes``: the snapshot of the closed months' coded
  atoms (storage/counted.py's rows; the person column left empty on the server: it is
  needed only while a month is closed, to mark each person's first call);
* ``counted_changes``: every change of a call's counted coded fields, queued by a
  trigger on ``hotline.calls`` (its time and the fields the exports count, never a
  pseudonym, a lookup key or any text). Nobody skips it: a supervisor's correction
  (review_correct), the operator's own (own_correct), sealing, or anyone's ``UPDATE`` of
  ``coded`` fires it. The exports apply the queue in order with the desk's own rule
  (CountedRepository.note_change at the time of each change), then the next export
  writes the revised snapshot back and takes the changes it applied off the queue.

Only an administrator's login reads or writes them (grants to ``<db>_admin`` alone, row
level security forced with policies for that role): an operator's or supervisor's own
SQL is refused. Nobody deletes or rewrites a ledger entry, a stored file or a closing.
"""

from __future__ import annotations

from typing import Any, Protocol

import psycopg
from psycopg import sql

# What the exports count of a call's coded fields (storage/server/exports.py's mirror
# reads these, the trigger queues these): no pseudonym, no key, no text.
COUNTED_FIELDS = (
    "no_content",
    "topics",
    "primary_topic",
    "outcomes",
    "relation",
    "caller_sex",
    "caller_age",
    "caller_citizenship",
    "concerned_sex",
    "concerned_age",
    "concerned_citizenship",
    "believed_child",
    "region",
    "exploitation",
    "destination",
)


# The advisory lock one export's closing holds to its commit (pg_advisory_xact_lock):
# two administrators' exports close months one after the other.
EXPORT_LOCK = 152_0012


class CentreRoles(Protocol):
    @property
    def owner(self) -> str: ...
    @property
    def admin(self) -> str: ...


def _fields_sql() -> str:
    return "ARRAY[" + ", ".join(f"'{f}'" for f in COUNTED_FIELDS) + "]::text[]"  # constants


SCHEMA = """
CREATE TABLE hotline.closed_periods (
    period text PRIMARY KEY CHECK (period ~ '^[0-9]{4}-[0-9]{2}$'),
    closed_at text NOT NULL,
    closed_by integer NOT NULL,
    last_call_id bigint,
    closed_login name NOT NULL DEFAULT session_user
);
CREATE TABLE hotline.export_ledger (
    id bigserial PRIMARY KEY,
    at text NOT NULL,
    user_id integer NOT NULL,
    table_name text NOT NULL,
    period text NOT NULL,
    period_start text NOT NULL,
    period_end text NOT NULL,
    audience text NOT NULL,
    k integer NOT NULL,
    format text NOT NULL,
    published text NOT NULL,
    file_sha256 text NOT NULL,
    login name NOT NULL DEFAULT session_user
);
CREATE INDEX export_ledger_period ON hotline.export_ledger (table_name, period, audience);
CREATE TABLE hotline.export_files (
    ledger_id bigint PRIMARY KEY REFERENCES hotline.export_ledger,
    file_name text NOT NULL,
    content bytea NOT NULL,
    manifest text NOT NULL
);
CREATE TABLE hotline.counted_calls (
    id bigint PRIMARY KEY,
    call_id bigint,
    month text NOT NULL,
    timing text NOT NULL CHECK (timing IN ('on_time', 'late', 'withdrawn')),
    revision integer NOT NULL DEFAULT 0,
    current integer NOT NULL DEFAULT 0,
    replaces bigint,
    person_first integer NOT NULL DEFAULT 0,
    no_content text,
    topic text,
    sex text,
    age text,
    region text,
    exploitation text,
    destination text,
    person text,
    citizenship text
);
CREATE INDEX counted_calls_month ON hotline.counted_calls (month, timing);
CREATE TABLE hotline.counted_outcomes (
    row_id bigint NOT NULL REFERENCES hotline.counted_calls ON DELETE CASCADE,
    outcome text NOT NULL,
    PRIMARY KEY (row_id, outcome)
);
CREATE TABLE hotline.counted_changes (
    seq bigserial PRIMARY KEY,
    call_id bigint NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    coded jsonb NOT NULL
);

-- Every change of what the exports count of a call, queued (owner's rights: the
-- updater needs none on the queue, and cannot leave it out).
CREATE FUNCTION hotline.queue_counted_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    kept jsonb := (SELECT coalesce(jsonb_object_agg(key, value), '{}'::jsonb)
                   FROM jsonb_each(NEW.coded) WHERE key = ANY({fields}));
    was jsonb := (SELECT coalesce(jsonb_object_agg(key, value), '{}'::jsonb)
                  FROM jsonb_each(OLD.coded) WHERE key = ANY({fields}));
BEGIN
    IF kept IS DISTINCT FROM was THEN
        INSERT INTO hotline.counted_changes(call_id, coded) VALUES (NEW.id, kept);
    END IF;
    RETURN NULL;
END $fn$;
CREATE TRIGGER calls_counted_change AFTER UPDATE OF coded ON hotline.calls
    FOR EACH ROW EXECUTE FUNCTION hotline.queue_counted_change();
"""

# (table, the administrator's privileges): nobody else is granted anything.
GRANTS = (
    ("closed_periods", "SELECT, INSERT"),
    ("export_ledger", "SELECT, INSERT"),
    ("export_files", "SELECT, INSERT"),
    ("counted_calls", "SELECT, INSERT, DELETE"),
    ("counted_outcomes", "SELECT, INSERT, DELETE"),
    ("counted_changes", "SELECT, DELETE"),
)


def create(conn: psycopg.Connection[tuple[Any, ...]], roles: CentreRoles) -> None:
    """Made as the schema's owner, in the caller's transaction."""
    ident = sql.Identifier
    conn.execute(sql.SQL("SET LOCAL ROLE {}").format(ident(roles.owner)))
    conn.execute(SCHEMA.replace("{fields}", _fields_sql()))
    conn.execute("REVOKE ALL ON FUNCTION hotline.queue_counted_change() FROM PUBLIC")
    admin = ident(roles.admin)
    for table, what in GRANTS:
        conn.execute(sql.SQL("GRANT " + what + " ON hotline.{} TO {}").format(ident(table), admin))
        conn.execute(
            sql.SQL("ALTER TABLE hotline.{} ENABLE ROW LEVEL SECURITY").format(ident(table))
        )
        conn.execute(
            sql.SQL("ALTER TABLE hotline.{} FORCE ROW LEVEL SECURITY").format(ident(table))
        )
        conn.execute(
            sql.SQL(
                "CREATE POLICY admin_only ON hotline.{} TO {} USING (true) WITH CHECK (true)"
            ).format(ident(table), admin)
        )
    conn.execute(
        sql.SQL("GRANT USAGE ON SEQUENCE hotline.export_ledger_id_seq TO {}").format(admin)
    )
    # The trigger queues as the owner, whom the forced row-level security binds too.
    conn.execute(
        sql.SQL(
            "CREATE POLICY trigger_queues ON hotline.counted_changes FOR INSERT TO {}"
            " WITH CHECK (true)"
        ).format(ident(roles.owner))
    )
    conn.execute("RESET ROLE")
