"""The centre's audit chain, its review claims and its notifications, on the server.

One chain for the whole centre, appends serialised by a transaction-level advisory
lock (``hotline.audit_head_locked``): every entry follows the one before it, whatever
workstation wrote it, so one head stands for the whole log and a workstation that
witnessed it has witnessed every entry before it, its own and the others'. (One chain
per workstation merged by verify would let a server administrator cut the chain of a
workstation that has since gone, with nobody left to notice; the lock is held only
from the audit entry to the commit, the last round trip of a save.)

``audit``: as the single-file desk's (storage/audit_log.py): seq, the entry's fields,
prev_hash, hash, the actor's signature; plus the login role that wrote it. Every desk
role reads and appends; nobody updates or deletes (only the server's superuser can,
and the workstations' witnesses and verify name it).

``review_claims``: one row per call under review (the primary key makes a claim
exclusive across workstations), with its expiry; a lapsed claim is taken over in the
same statement (storage/server/claims.py). A claim outlives a dropped connection,
unlike a row lock held by an open transaction (SELECT ... FOR UPDATE), which a review
of several minutes would hold.

Notifications: a committed call sends its id on ``hotline_calls``; a claim taken or
given back sends the call's id on ``hotline_reviews``. The payload is the id alone.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import sql

from hotline.storage.review_state import CLAIM_MINUTES

CALLS_CHANNEL = "hotline_calls"
REVIEWS_CHANNEL = "hotline_reviews"
# The advisory lock of the chain's appends (pg_advisory_xact_lock takes a bigint).
AUDIT_LOCK = 152_0001
LOCK_WAIT_S = 5  # the longest an append waits for the chain's lock
# Advisory locks a login could hold for as long as it likes (session-level, or shared
# against the appends' exclusive one): nobody in the centre's database calls them. The
# appends' own transaction-level lock stays, ended with its transaction at the latest.
HELD_LOCKS = tuple(
    f"pg_catalog.{name}({args})"
    for name in (
        "pg_advisory_lock",
        "pg_advisory_lock_shared",
        "pg_try_advisory_lock",
        "pg_try_advisory_lock_shared",
        "pg_advisory_xact_lock_shared",
        "pg_try_advisory_xact_lock_shared",
    )
    for args in ("bigint", "integer, integer")
)

TABLES = f"""
CREATE TABLE hotline.audit (
    seq bigint PRIMARY KEY CHECK (seq > 0),
    at text NOT NULL,
    user_id integer,
    action text NOT NULL,
    object_type text NOT NULL,
    object_id bigint,
    details text NOT NULL,
    prev_hash bytea NOT NULL,
    hash bytea NOT NULL,
    signature bytea NOT NULL,
    author name NOT NULL DEFAULT session_user
);
-- The head under the chain's lock, and the entry a workstation witnessed (one round trip;
-- a VOLATILE function reads each statement with a fresh snapshot, so after the wait).
CREATE FUNCTION hotline.audit_head_locked(witnessed bigint)
    RETURNS TABLE(seq bigint, hash bytea) LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    -- A login holding the lock in a transaction it leaves open would stop every save:
    -- the wait is bounded (LockNotAvailable; the outbox keeps the call and tries again).
    PERFORM set_config('lock_timeout', '{LOCK_WAIT_S}s', true);
    PERFORM pg_advisory_xact_lock({AUDIT_LOCK});
    RETURN QUERY (SELECT a.seq, a.hash FROM hotline.audit a ORDER BY a.seq DESC LIMIT 1)
        UNION ALL (SELECT a.seq, a.hash FROM hotline.audit a WHERE a.seq = witnessed);
END $$;
CREATE TABLE hotline.review_claims (
    call_id bigint PRIMARY KEY REFERENCES hotline.calls ON DELETE CASCADE,
    user_id integer NOT NULL,
    claimant name NOT NULL DEFAULT session_user,
    claimed_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
);
CREATE FUNCTION hotline.notify_call() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('{CALLS_CHANNEL}', NEW.id::text);
    RETURN NULL;
END $$;
CREATE TRIGGER calls_notify AFTER INSERT ON hotline.calls
    FOR EACH ROW EXECUTE FUNCTION hotline.notify_call();
CREATE FUNCTION hotline.notify_review() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('{REVIEWS_CHANNEL}', coalesce(NEW.call_id, OLD.call_id)::text);
    RETURN NULL;
END $$;
CREATE TRIGGER review_claims_notify AFTER INSERT OR UPDATE OR DELETE ON hotline.review_claims
    FOR EACH ROW EXECUTE FUNCTION hotline.notify_review();
"""

# (table, privileges) per role key.
GRANTS = (
    ("audit", {"op": "SELECT, INSERT", "sup": "SELECT, INSERT", "adm": "SELECT, INSERT"}),
    ("review_claims", {"sup": "SELECT, INSERT, UPDATE, DELETE"}),
)
# A claim is the claimant's own, in her own name (the call log shows the member of
# user_id), for no longer than a claim lives: a supervisor's own SQL cannot put another's
# name on a claim nor hold a call's review for years.
OWN_CLAIM = (
    "claimant = session_user AND user_id = (SELECT m.user_id FROM hotline.members m"
    f" WHERE m.db_role = session_user) AND expires_at <= now() + interval '{CLAIM_MINUTES + 1}"
    " minutes'"
)
# (table, policy name, command, role keys, USING, WITH CHECK)
POLICIES = (
    ("audit", "everyone_reads", "SELECT", ("op", "sup", "adm"), "true", None),
    ("audit", "appends_as_self", "INSERT", ("op", "sup", "adm"), None, "author = session_user"),
    ("review_claims", "supervisors_read", "SELECT", ("sup",), "true", None),
    ("review_claims", "claims_as_self", "INSERT", ("sup",), None, OWN_CLAIM),
    # Only one's own claim or a lapsed one is taken over, even by a supervisor's own SQL.
    # (ON CONFLICT DO UPDATE checks this after its WHERE, claims.py, which already asks
    # the same: a fresh claim of another gives no row back, not an error.)
    (
        "review_claims",
        "takes_own_or_lapsed",
        "UPDATE",
        ("sup",),
        "claimant = session_user OR expires_at < now()",
        OWN_CLAIM,
    ),
    ("review_claims", "releases_own", "DELETE", ("sup",), "claimant = session_user", None),
)


def create(
    conn: psycopg.Connection[tuple[Any, ...]],
    owner: str,
    operator: str,
    supervisor: str,
    admin: str,
) -> None:
    """The tables, functions, grants and policies, in the caller's transaction (called at
    the end of schema.create, on the superuser's connection)."""
    ident = sql.Identifier
    for function in HELD_LOCKS:  # in this database only (as the superuser)
        conn.execute(sql.SQL("REVOKE EXECUTE ON FUNCTION " + function + " FROM PUBLIC"))
    conn.execute(sql.SQL("SET LOCAL ROLE {}").format(ident(owner)))
    conn.execute(TABLES)
    by_key = {"op": operator, "sup": supervisor, "adm": admin}
    for table, privileges in GRANTS:
        for key, what in privileges.items():
            conn.execute(
                sql.SQL("GRANT " + what + " ON hotline.{} TO {}").format(
                    ident(table), ident(by_key[key])
                )
            )
    for table in ("audit", "review_claims"):
        conn.execute(
            sql.SQL("ALTER TABLE hotline.{} ENABLE ROW LEVEL SECURITY").format(ident(table))
        )
        conn.execute(
            sql.SQL("ALTER TABLE hotline.{} FORCE ROW LEVEL SECURITY").format(ident(table))
        )
    for table, name, command, keys, using, check in POLICIES:
        statement = sql.SQL("CREATE POLICY {} ON hotline.{} FOR " + command + " TO {}").format(
            ident(name), ident(table), sql.SQL(", ").join(ident(by_key[k]) for k in keys)
        )
        if using is not None:
            statement += sql.SQL(" USING (" + using + ")")  # constants of this module
        if check is not None:
            statement += sql.SQL(" WITH CHECK (" + check + ")")
        conn.execute(statement)
    conn.execute("RESET ROLE")
