"""A member changes their own password on a centre (schema step 8): their own key slot
in the key file the server holds, rewritten through ``hotline.replace_own_slot``.

The key file is one JSON document that only administrators may write. The function,
``SECURITY DEFINER`` as the schema's owner, is granted to the desk roles and lets the
calling login replace exactly one slot: the one of the member whose centre login it is
(``<db>_u<n>``, active, ``members.db_role``), never another's. Of that slot only the
salt and the wrapping (and the slot's own check) may change: its holder, Argon2id
settings, public keys and device flag stay, so nobody swaps the keys the grants are
sealed to, and every other slot, grant and name stays byte for byte. The server
checks the new slot's own check and writes the file's whole-file check itself, with
the workstation's serialisation (``hotline.py_json``: Python's ``json.dumps`` with
sorted keys), so a slot the workstation would refuse is never written for everyone.
"""

from __future__ import annotations

from typing import Any, Protocol

import psycopg
from psycopg import sql

# SQLSTATE of a slot changed on the server since the session read it (a reset meanwhile).
SLOT_CHANGED = "HL801"


class CentreRoles(Protocol):
    @property
    def owner(self) -> str: ...
    @property
    def desk_roles(self) -> tuple[str, str, str]: ...


FUNCTIONS = r"""
CREATE FUNCTION hotline.py_json_string(s text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    out text := '';
    c text;
    cp integer;
    v integer;
BEGIN
    IF s !~ '[^ -~]' AND position('"' in s) = 0 AND position('\' in s) = 0 THEN
        RETURN '"' || s || '"';
    END IF;
    FOR i IN 1 .. length(s) LOOP
        c := substr(s, i, 1);
        cp := ascii(c);
        IF c = '"' THEN out := out || '\"';
        ELSIF c = '\' THEN out := out || '\\';
        ELSIF cp = 10 THEN out := out || '\n';
        ELSIF cp = 13 THEN out := out || '\r';
        ELSIF cp = 9 THEN out := out || '\t';
        ELSIF cp = 8 THEN out := out || '\b';
        ELSIF cp = 12 THEN out := out || '\f';
        ELSIF cp > 65535 THEN
            v := cp - 65536;
            out := out || '\u' || lpad(to_hex(55296 + (v >> 10)), 4, '0')
                       || '\u' || lpad(to_hex(56320 + (v & 1023)), 4, '0');
        ELSIF cp < 32 OR cp > 126 THEN out := out || '\u' || lpad(to_hex(cp), 4, '0');
        ELSE out := out || c;
        END IF;
    END LOOP;
    RETURN '"' || out || '"';
END $fn$;

-- Python's json.dumps(value, sort_keys=True) of a document of the key file's kinds.
CREATE FUNCTION hotline.py_json(j jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    out text;
BEGIN
    CASE jsonb_typeof(j)
    WHEN 'object' THEN
        SELECT '{' || coalesce(string_agg(hotline.py_json_string(key) || ': '
                                          || hotline.py_json(value), ', '
                                          ORDER BY key COLLATE "C"), '') || '}'
            INTO out FROM jsonb_each(j);
    WHEN 'array' THEN
        SELECT '[' || coalesce(string_agg(hotline.py_json(value), ', ' ORDER BY n), '') || ']'
            INTO out FROM jsonb_array_elements(j) WITH ORDINALITY AS e(value, n);
    WHEN 'string' THEN
        out := hotline.py_json_string(j #>> '{}');
    WHEN 'number' THEN
        out := j #>> '{}';
        IF out !~ '^-?[0-9]+$' THEN
            RAISE EXCEPTION 'only whole numbers are expected in the key file';
        END IF;
    ELSE
        out := j::text;  -- true, false, null
    END CASE;
    RETURN out;
END $fn$;

-- keyfile._check: the first 32 hex digits of the SHA-256 of the fields but "check".
CREATE FUNCTION hotline.py_check(j jsonb) RETURNS text
LANGUAGE sql IMMUTABLE STRICT SET search_path = pg_catalog, pg_temp AS $fn$
    SELECT left(encode(sha256(convert_to(hotline.py_json(j - 'check'), 'UTF8')), 'hex'), 32)
$fn$;

CREATE FUNCTION hotline.replace_own_slot(slot jsonb) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    member integer;
    holder text;
    doc jsonb;
    old jsonb;
    place integer;
    b64 text := '^([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$';
BEGIN
    SELECT user_id INTO member FROM hotline.members
        WHERE db_role = session_user AND active
          AND db_role = current_database() || '_u' || user_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'only an active member''s own login changes its own key slot';
    END IF;
    holder := 'user:' || member;
    SELECT convert_from(body, 'UTF8')::jsonb INTO doc FROM hotline.key_file FOR UPDATE;
    SELECT e.value, e.n - 1 INTO old, place
        FROM jsonb_array_elements(doc -> 'slots') WITH ORDINALITY AS e(value, n)
        WHERE e.value ->> 'holder' = holder;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'member % has no key slot', member USING ERRCODE = '{changed}';
    END IF;
    IF jsonb_typeof(slot) IS DISTINCT FROM 'object'
       OR (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(slot) AS k)
          IS DISTINCT FROM (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(old) AS k)
    THEN
        RAISE EXCEPTION 'a key slot has the fields of the one it replaces';
    END IF;
    IF (slot - 'salt' - 'wrapped' - 'check') <> (old - 'salt' - 'wrapped' - 'check') THEN
        RAISE EXCEPTION 'only the salt and the wrapping of one''s own key slot change'
            USING ERRCODE = '{changed}';
    END IF;
    IF jsonb_typeof(slot -> 'salt') <> 'string' OR jsonb_typeof(slot -> 'wrapped') <> 'string'
       OR (slot ->> 'salt') !~ b64 OR (slot ->> 'wrapped') !~ b64
       OR length(slot ->> 'salt') NOT BETWEEN 12 AND 96
       OR length(slot ->> 'wrapped') NOT BETWEEN 16 AND 65536 THEN
        RAISE EXCEPTION 'a key slot''s salt and wrapping are base64 of a sane length';
    END IF;
    IF (slot ->> 'check') IS DISTINCT FROM hotline.py_check(slot) THEN
        RAISE EXCEPTION 'the new key slot fails its check';
    END IF;
    doc := jsonb_set(doc, ARRAY['slots', place::text], slot);
    doc := jsonb_set(doc, '{check}', to_jsonb(hotline.py_check(doc)));
    UPDATE hotline.key_file SET body = convert_to(hotline.py_json(doc), 'UTF8'),
        updated_at = now();
END $fn$;
"""


def create(conn: psycopg.Connection[tuple[Any, ...]], roles: CentreRoles) -> None:
    """The functions, made as the schema's owner, in the caller's transaction."""
    ident = sql.Identifier
    conn.execute(sql.SQL("SET LOCAL ROLE {}").format(ident(roles.owner)))
    conn.execute(FUNCTIONS.replace("{changed}", SLOT_CHANGED))
    for signature in (
        "py_json_string(text)",
        "py_json(jsonb)",
        "py_check(jsonb)",
        "replace_own_slot(jsonb)",
    ):
        conn.execute("REVOKE ALL ON FUNCTION hotline." + signature + " FROM PUBLIC")
    conn.execute(
        sql.SQL("GRANT EXECUTE ON FUNCTION hotline.replace_own_slot(jsonb) TO {}").format(
            sql.SQL(", ").join(ident(r) for r in roles.desk_roles)
        )
    )
    conn.execute("RESET ROLE")
