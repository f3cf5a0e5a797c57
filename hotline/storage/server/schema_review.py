"""A supervisor's review on a centre's server: the decision and the correction.

A supervisor's login may neither ``UPDATE`` a call nor add a text with her own SQL
(schema.py): her decision (approve, return) and her correction of a coded field reach
the rows only through two ``SECURITY DEFINER`` functions owned by ``<db>_reviewer``,
a role of their own that nobody logs in as, holding only what they need: the calls'
``coded`` column, the texts' insert, ``body`` and delete, the claims' delete, and the
reading of the sealed rows (only ``own_rows`` returns anything of them: SHA-256s).

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

The operator's correction of her own call goes the same way: ``own_correct`` (her own
call by its ``author``, not sealed, not reviewed, within RECENT_HOURS unless returned;
its operator, ``entered_by`` and digest salt unchanged, its review state only from
returned back to new; only its own free texts rewritten or dropped), with
``call.correct_own`` and the new digests in the chain. ``own_rows`` gives her the
SHA-256 of each of her call's rows, the supervisors' texts on it included, which she
cannot read but the digests are made of.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import sql

from hotline.storage.call_keys import TEXT_FIELDS
from hotline.validation import CORRECTABLE, RECENT_HOURS

DECISION_STATES = ("reviewed", "returned")
COMMENT_FIELDS = ("review_comment", "returned_comment")
CORRECTION_FIELD = "correction:"  # + 16 hex digits: one per correction
CORRECTION_PATTERN = "^correction:[0-9a-f]{16}$"
ENTITIES_TEXT = "entities"  # a call's entities, sealed as one more free text
OWN_TEXTS = (*TEXT_FIELDS, ENTITIES_TEXT)  # the texts an operator's correction rewrites
# What the operator's own correction leaves as it is (besides the review state, which
# goes only from returned back to new).
OWN_FIXED = ("operator_id", "entered_by", "digest_salt")


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

OWN_FUNCTIONS = """
CREATE FUNCTION hotline.own_call(target bigint) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    coded_now jsonb;
BEGIN
    IF NOT pg_has_role(session_user, (current_database() || '_operator')::name, 'MEMBER')
       OR NOT EXISTS (SELECT 1 FROM hotline.members m
                      WHERE m.db_role = session_user AND m.active) THEN
        RAISE EXCEPTION 'only an active operator corrects her own call'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT c.coded INTO coded_now FROM hotline.calls c
        WHERE c.id = target AND c.author = session_user FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'not her call' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF EXISTS (SELECT 1 FROM hotline.sealed_calls s WHERE s.call_id = target) THEN
        RAISE EXCEPTION 'the call is sealed' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN coded_now;
END $fn$;

-- The SHA-256 of each of her call's sealed rows, the supervisors' texts on it too (she
-- reads only her own rows): what the call's digests are made of, never a body.
CREATE FUNCTION hotline.own_rows(target bigint)
RETURNS TABLE(kind text, a text, b text, sha text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    PERFORM hotline.own_call(target);
    RETURN QUERY
        SELECT 'k', k.holder, k.suite, encode(sha256(k.sealed), 'hex')
          FROM hotline.call_keys k WHERE k.call_id = target
        UNION ALL SELECT 't', t.field, '', encode(sha256(t.body), 'hex')
          FROM hotline.call_texts t WHERE t.call_id = target
        UNION ALL SELECT 'v', v.suite, v.context, encode(sha256(v.sealed), 'hex')
          FROM hotline.vault_entries v WHERE v.call_id = target;
END $fn$;

CREATE FUNCTION hotline.own_correct(
    target bigint, fixed jsonb, put_fields text[], put_bodies bytea[], drop_fields text[]
) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    before jsonb;
    started timestamptz;
    state text;
BEGIN
    before := hotline.own_call(target);
    SELECT c.started_at INTO started FROM hotline.calls c WHERE c.id = target;
    state := coalesce(before->>'review_state', '');
    IF state = 'reviewed' THEN
        RAISE EXCEPTION 'a reviewed call is not corrected' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF state <> 'returned' AND started < now() - interval '{hours} hours' THEN
        RAISE EXCEPTION 'too old to correct' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF fixed IS NULL OR jsonb_typeof(fixed) <> 'object'
       OR EXISTS (SELECT 1 FROM unnest({fixed_keys}) k(name)
                  WHERE before -> k.name IS DISTINCT FROM fixed -> k.name)
       OR (fixed -> 'review_state' IS DISTINCT FROM before -> 'review_state'
           AND NOT (state = 'returned' AND fixed->>'review_state' = 'new')) THEN
        RAISE EXCEPTION 'the call''s operator, salt and review are not hers to change'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF cardinality(put_fields) IS DISTINCT FROM cardinality(put_bodies)
       OR EXISTS (SELECT 1 FROM unnest(coalesce(put_fields, '{}') || coalesce(drop_fields, '{}')) f
                  WHERE f IS NULL OR f <> ALL({own_texts}))
       OR EXISTS (SELECT 1 FROM unnest(put_bodies) body WHERE body IS NULL) THEN
        RAISE EXCEPTION 'only the call''s own texts' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE hotline.calls c SET coded = fixed WHERE c.id = target;
    DELETE FROM hotline.call_texts t WHERE t.call_id = target AND t.field = ANY(drop_fields);
    FOR i IN 1 .. coalesce(cardinality(put_fields), 0) LOOP
        UPDATE hotline.call_texts t SET body = put_bodies[i]
            WHERE t.call_id = target AND t.field = put_fields[i];
        IF NOT FOUND THEN
            INSERT INTO hotline.call_texts(call_id, field, body)
                VALUES (target, put_fields[i], put_bodies[i]);
        END IF;
    END LOOP;
END $fn$;
"""

DEFINERS = (
    "review_may(bigint)",
    "review_decide(bigint, text, text, bytea)",
    "review_correct(bigint, jsonb, text, bytea)",
)
OWN_DEFINERS = (
    "own_call(bigint)",
    "own_rows(bigint)",
    "own_correct(bigint, jsonb, text[], bytea[], text[])",
)
# What the reviewer role holds (and nothing else).
GRANTS = (
    "USAGE ON SCHEMA hotline",
    "SELECT (id, coded), UPDATE (coded) ON hotline.calls",
    "SELECT, INSERT (call_id, field, body), UPDATE (body), DELETE ON hotline.call_texts",
    "SELECT (id, author, started_at) ON hotline.calls",
    "SELECT ON hotline.call_keys",
    "SELECT ON hotline.vault_entries",
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
    ("call_texts", "reviewer_drops", "DELETE", "true", None),
    ("call_keys", "reviewer_reads", "SELECT", "true", None),
    ("vault_entries", "reviewer_reads", "SELECT", "true", None),
    ("review_claims", "reviewer_reads", "SELECT", "true", None),
    ("review_claims", "reviewer_gives_back", "DELETE", "true", None),
)


def create(
    conn: psycopg.Connection[tuple[Any, ...]],
    reviewer: str,
    owner: str,
    supervisor: str,
    operator: str,
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
    conn.execute(
        OWN_FUNCTIONS.replace("{hours}", str(int(RECENT_HOURS)))
        .replace("{fixed_keys}", _array(OWN_FIXED))
        .replace("{own_texts}", _array(OWN_TEXTS))
    )
    for signature in (*DEFINERS, *OWN_DEFINERS):
        conn.execute(sql.SQL("REVOKE ALL ON FUNCTION hotline." + signature + " FROM PUBLIC"))
    for signatures, grantee in ((DEFINERS[1:], supervisor), (OWN_DEFINERS[1:], operator)):
        for signature in signatures:
            conn.execute(
                sql.SQL("GRANT EXECUTE ON FUNCTION hotline." + signature + " TO {}").format(
                    ident(grantee)
                )
            )
    conn.execute("RESET ROLE")
    conn.execute(sql.SQL("REVOKE CREATE ON SCHEMA hotline FROM {}").format(role))


# Of the review's comments, the one an operator reads: why her call was returned (the
# approval's comment stays the supervisors', as on the desk).
OPERATOR_READS = ("returned_comment",)


def operator_reads_comments(conn: psycopg.Connection[tuple[Any, ...]], operator: str) -> None:
    """The operator reads why her own call was returned (the comment says what to
    correct). They are written by the supervisor's login, so the
    operator's own-rows policy (author = session_user) left them out; they are sealed
    on the supervisor's workstation to the call's data key, whose author's copy she
    holds: the server still sees only ciphertext."""
    conn.execute(
        sql.SQL(
            "CREATE POLICY operator_reads_comments ON hotline.call_texts FOR SELECT TO {}"
            " USING (field = ANY(" + _array(OPERATOR_READS) + ") AND EXISTS (SELECT 1"
            " FROM hotline.calls c WHERE c.id = call_id AND c.author = session_user))"
        ).format(sql.Identifier(operator))
    )


COMMENT_PATTERN = "^comment:[0-9a-f]{16}$"  # centre_detail.comment_text's names
COMMENT_FUNCTION = """
CREATE FUNCTION hotline.review_comment(target bigint, text_field text, body bytea)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    PERFORM hotline.review_may(target);
    IF text_field IS NULL OR body IS NULL OR text_field !~ '{pattern}' THEN
        RAISE EXCEPTION 'not a review comment' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM hotline.calls c WHERE c.id = target) THEN
        RAISE EXCEPTION 'no such call' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO hotline.call_texts(call_id, field, body) VALUES (target, text_field, body);
END $fn$;
"""
COMMENT_SIGNATURE = "review_comment(bigint, text, bytea)"


def review_comments(
    conn: psycopg.Connection[tuple[Any, ...]], reviewer: str, supervisor: str
) -> None:
    """A supervisor's comment on a call (not a decision): one more text sealed to the
    call on her workstation, added by the reviewer's function only (review_may: an
    active supervisor, the call not sealed nor claimed by another); the server never
    lets one overwrite another (a new name each, the primary key refuses a repeat)."""
    ident = sql.Identifier
    conn.execute(sql.SQL("GRANT CREATE ON SCHEMA hotline TO {}").format(ident(reviewer)))
    conn.execute(sql.SQL("SET LOCAL ROLE {}").format(ident(reviewer)))
    conn.execute(COMMENT_FUNCTION.replace("{pattern}", COMMENT_PATTERN))
    conn.execute(sql.SQL("REVOKE ALL ON FUNCTION hotline." + COMMENT_SIGNATURE + " FROM PUBLIC"))
    conn.execute(
        sql.SQL("GRANT EXECUTE ON FUNCTION hotline." + COMMENT_SIGNATURE + " TO {}").format(
            ident(supervisor)
        )
    )
    conn.execute("RESET ROLE")
    conn.execute(sql.SQL("REVOKE CREATE ON SCHEMA hotline FROM {}").format(ident(reviewer)))


UNDO_HOURS = 1  # the server's bound on an undo (the workstation's is a minute: calls.py)
# The call's own save must have said it was without content (calls.save_details, signed by
# its author on her workstation), the call must still be that kind, hold no text nor
# identity, and nothing but that save may be in the chain for it: an operator's own SQL
# that made a call with content look like one without (own_correct, which writes no
# entry) does not get it undone.
UNDO_FUNCTION = """
CREATE FUNCTION hotline.undo_no_content(target bigint) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    kind text;
    said text;
BEGIN
    IF NOT pg_has_role(session_user, (current_database() || '_operator')::name, 'MEMBER')
       OR NOT EXISTS (SELECT 1 FROM hotline.members m
                      WHERE m.db_role = session_user AND m.active) THEN
        RAISE EXCEPTION 'only an active operator undoes her own call'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT c.coded->>'no_content' INTO kind FROM hotline.calls c
        WHERE c.id = target AND c.author = session_user
          AND coalesce(c.coded->>'review_state', 'new') = 'new'
          AND c.saved_at >= now() - interval '{hours} hours'
        FOR UPDATE;
    SELECT a.details::jsonb->>'no_content' INTO said FROM hotline.audit a
        WHERE a.object_type = 'call' AND a.object_id = target AND a.action = 'call.save'
          AND a.author = session_user;
    IF kind IS NULL OR said IS DISTINCT FROM kind
       OR EXISTS (SELECT 1 FROM hotline.call_texts t WHERE t.call_id = target)
       OR EXISTS (SELECT 1 FROM hotline.vault_entries v WHERE v.call_id = target)
       OR EXISTS (SELECT 1 FROM hotline.sealed_calls s WHERE s.call_id = target)
       OR EXISTS (SELECT 1 FROM hotline.legal_holds h WHERE h.call_id = target)
       OR EXISTS (SELECT 1 FROM hotline.review_claims r WHERE r.call_id = target)
       OR EXISTS (SELECT 1 FROM hotline.audit a WHERE a.object_type = 'call'
                  AND a.object_id = target AND a.action <> 'call.save') THEN
        RAISE EXCEPTION 'not her own recent call without content, untouched since its save'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    DELETE FROM hotline.calls c WHERE c.id = target;
    RETURN kind;
END $fn$;
"""
UNDO_SIGNATURE = "undo_no_content(bigint)"
UNDO_GRANTS = (
    "SELECT (id, coded, author, saved_at), DELETE ON hotline.calls",
    "SELECT (object_type, object_id, action, details, author) ON hotline.audit",
    "SELECT (call_id) ON hotline.legal_holds",
)
UNDO_POLICIES = (
    ("calls", "reviewer_undoes", "DELETE"),
    ("audit", "reviewer_reads_actions", "SELECT"),
)


def undo_no_content(
    conn: psycopg.Connection[tuple[Any, ...]], reviewer: str, owner: str, operator: str
) -> None:
    """The operator takes back her own call without content logged by mistake: the
    reviewer's function deletes the row (its keys and texts with it) only when it is
    hers, without content, new, recent, not sealed nor claimed, and nothing but its save
    is in the chain for it (a call first corrected into one without content is not
    undone). The workstation writes ``call.undo_no_content`` in the same transaction;
    verify names a call gone without it (audit.calls_unrecorded)."""
    ident = sql.Identifier
    role = ident(reviewer)
    conn.execute(sql.SQL("SET LOCAL ROLE {}").format(ident(owner)))
    for what in UNDO_GRANTS:
        conn.execute(sql.SQL("GRANT " + what + " TO {}").format(role))  # constants
    for table, name, command in UNDO_POLICIES:
        conn.execute(
            sql.SQL("CREATE POLICY {} ON hotline.{} FOR " + command + " TO {} USING (true)").format(
                ident(name), ident(table), role
            )
        )
    conn.execute("RESET ROLE")
    conn.execute(sql.SQL("GRANT CREATE ON SCHEMA hotline TO {}").format(role))
    conn.execute(sql.SQL("SET LOCAL ROLE {}").format(role))
    conn.execute(UNDO_FUNCTION.replace("{hours}", str(UNDO_HOURS)))
    conn.execute(sql.SQL("REVOKE ALL ON FUNCTION hotline." + UNDO_SIGNATURE + " FROM PUBLIC"))
    conn.execute(
        sql.SQL("GRANT EXECUTE ON FUNCTION hotline." + UNDO_SIGNATURE + " TO {}").format(
            ident(operator)
        )
    )
    conn.execute("RESET ROLE")
    conn.execute(sql.SQL("REVOKE CREATE ON SCHEMA hotline FROM {}").format(role))
