"""A supervisor's review on a centre's server: the decision and the correction.

A supervisor's login may neither ``UPDATE`` a call nor add a text with her own SQL
(schema.py): her decision (approve, return) and her correction of a coded field reach
the rows only through two ``SECURITY DEFINER`` functions owned by ``<db>_reviewer``,
a role of their own that nobody logs in as, holding only what they need: the calls'
``coded`` column, the texts' insert and their ``body``, the claims' delete.

* ``review_decide(call, state, field, body)``: the call's ``review_state`` set to
  ``reviewed`` or ``returned`` (a reviewed call is not decided again), the comment
  (``review_comment`` or ``returned_comment``, sealed on the workstation) put in, the
  claim given back;
* ``review_correct(call, coded, field, body)``: the coded fields replaced, where only
  the fields a supervisor may correct (``validation.CORRECTABLE``) differ, and the
  correction's sealed text (``correction:<16 hex>``, never an existing text) added.

Both check the caller on the server: a member of ``<db>_supervisor``, active in
``members``, no other supervisor holding a fresh claim on the call, the call not
sealed. They write no audit entry: the workstation appends ``call.review`` or
``call.correct`` in the same transaction, carrying the new row digests
(call_digest.py), and ``verify`` names a call whose rows differ from its last pin.
A supervisor calling a function with her own SQL, without that entry, is named so.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import sql

from hotline.validation import CORRECTABLE

DECISION_STATES = ("reviewed", "returned")
COMMENT_FIELDS = ("review_comment", "returned_comment")
CORRECTION_FIELD = "correction:"  # + 16 hex digits: one per correction
CORRECTION_PATTERN = "^correction:[0-9a-f]{16}$"


def _array(values: tuple[str, ...]) -> str:
    return "ARRAY[" + ", ".join("'" + v + "'" for v in values) + "]::text[]"  # constants


FUNCTIONS = """
CREATE FUNCTION hotline.review_may(target bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    IF NOT pg_has_role(session_user, (current_database() || '_supervisor')::name, 'MEMBER')
       OR NOT EXISTS (SELECT 1 FROM hotline.members m
                      WHERE m.db_role = session_user AND m.active) THEN
        RAISE EXCEPTION 'only an active supervisor reviews a call'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF EXISTS (SELECT 1 FROM hotline.sealed_calls s WHERE s.call_id = target) THEN
        RAISE EXCEPTION 'the call is sealed' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF EXISTS (SELECT 1 FROM hotline.review_claims r WHERE r.call_id = target
               AND r.claimant <> session_user AND r.expires_at > now()) THEN
        RAISE EXCEPTION 'another supervisor holds the call''s review'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END $fn$;

CREATE FUNCTION hotline.review_decide(target bigint, state text, text_field text, body bytea)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    PERFORM hotline.review_may(target);
    IF state IS NULL OR state <> ALL({states}) THEN
        RAISE EXCEPTION 'not a review decision' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF (text_field IS NULL) <> (body IS NULL)
       OR (text_field IS NOT NULL AND text_field <> ALL({comments})) THEN
        RAISE EXCEPTION 'not a review comment' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE hotline.calls c SET coded = c.coded || jsonb_build_object('review_state', state)
        WHERE c.id = target AND coalesce(c.coded->>'review_state', '') <> 'reviewed';
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such call, or reviewed already'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF text_field IS NOT NULL THEN  -- (ON CONFLICT would need to read the bodies)
        UPDATE hotline.call_texts t SET body = review_decide.body
            WHERE t.call_id = target AND t.field = text_field;
        IF NOT FOUND THEN
            INSERT INTO hotline.call_texts(call_id, field, body)
                VALUES (target, text_field, review_decide.body);
        END IF;
    END IF;
    DELETE FROM hotline.review_claims r WHERE r.call_id = target;
END $fn$;

CREATE FUNCTION hotline.review_correct(target bigint, fixed jsonb, text_field text, body bytea)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    before jsonb;
BEGIN
    PERFORM hotline.review_may(target);
    IF text_field IS NULL OR body IS NULL OR text_field !~ '{pattern}'
       OR fixed IS NULL OR jsonb_typeof(fixed) <> 'object' THEN
        RAISE EXCEPTION 'not a correction' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT c.coded INTO before FROM hotline.calls c WHERE c.id = target FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such call' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM (SELECT jsonb_object_keys(before)
                              UNION SELECT jsonb_object_keys(fixed)) k(name)
               WHERE before -> k.name IS DISTINCT FROM fixed -> k.name
                 AND k.name <> ALL({correctable})) THEN
        RAISE EXCEPTION 'only the fields a supervisor may correct change'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE hotline.calls c SET coded = fixed WHERE c.id = target;
    INSERT INTO hotline.call_texts(call_id, field, body) VALUES (target, text_field, body);
END $fn$;
"""

DEFINERS = (
    "review_may(bigint)",
    "review_decide(bigint, text, text, bytea)",
    "review_correct(bigint, jsonb, text, bytea)",
)
# What the reviewer role holds (and nothing else).
GRANTS = (
    "USAGE ON SCHEMA hotline",
    "SELECT (id, coded), UPDATE (coded) ON hotline.calls",
    "SELECT (call_id, field), INSERT (call_id, field, body), UPDATE (body) ON hotline.call_texts",
    "SELECT ON hotline.members",
    "SELECT ON hotline.sealed_calls",
    "SELECT, DELETE ON hotline.review_claims",
)
# (table, policy name, command, USING, WITH CHECK): the tables force row-level security
# on every role, the reviewer's too; the functions decide which row.
POLICIES = (
    ("calls", "reviewer_reads", "SELECT", "true", None),
    ("calls", "reviewer_codes", "UPDATE", "true", "true"),
    ("call_texts", "reviewer_reads", "SELECT", "true", None),
    ("call_texts", "reviewer_adds", "INSERT", None, "true"),
    ("call_texts", "reviewer_comments", "UPDATE", "true", "true"),
    ("review_claims", "reviewer_reads", "SELECT", "true", None),
    ("review_claims", "reviewer_gives_back", "DELETE", "true", None),
)


def create(
    conn: psycopg.Connection[tuple[Any, ...]], reviewer: str, owner: str, supervisor: str
) -> None:
    """The reviewer's grants, policies and functions, in schema.create's transaction (on
    the superuser's connection, after the sealing tables)."""
    ident = sql.Identifier
    role = ident(reviewer)
    conn.execute(sql.SQL("SET LOCAL ROLE {}").format(ident(owner)))
    for what in GRANTS:
        conn.execute(sql.SQL("GRANT " + what + " TO {}").format(role))  # constants
    for table, name, command, using, check in POLICIES:
        statement = sql.SQL("CREATE POLICY {} ON hotline.{} FOR " + command + " TO {}").format(
            ident(name), ident(table), role
        )
        if using is not None:
            statement += sql.SQL(" USING (" + using + ")")
        if check is not None:
            statement += sql.SQL(" WITH CHECK (" + check + ")")
        conn.execute(statement)
    conn.execute("RESET ROLE")
    # The functions belong to the reviewer; made as it, then given to the supervisors.
    conn.execute(sql.SQL("GRANT CREATE ON SCHEMA hotline TO {}").format(role))
    conn.execute(sql.SQL("SET LOCAL ROLE {}").format(role))
    text = (
        FUNCTIONS.replace("{states}", _array(DECISION_STATES))
        .replace("{comments}", _array(COMMENT_FIELDS))
        .replace("{pattern}", CORRECTION_PATTERN)
        .replace("{correctable}", _array(tuple(CORRECTABLE)))
    )
    conn.execute(text)
    for signature in DEFINERS:
        conn.execute(sql.SQL("REVOKE ALL ON FUNCTION hotline." + signature + " FROM PUBLIC"))
    for signature in DEFINERS[1:]:
        conn.execute(
            sql.SQL("GRANT EXECUTE ON FUNCTION hotline." + signature + " TO {}").format(
                ident(supervisor)
            )
        )
    conn.execute("RESET ROLE")
    conn.execute(sql.SQL("REVOKE CREATE ON SCHEMA hotline FROM {}").format(role))
