"""Sealing and retention on a centre's server: the tables, grants and policies.

Sealing a call on a centre deletes, as the centre's administrator, its wrapped data
keys, its text ciphertexts and its identity vault rows, and keeps its coded fields
(counts stay right). What that needs beyond schema.py:

* ``seal_decisions``: the decision (body, number, date, who, who approved, how many
  calls; never content), written by administrators, read by everyone (the call log
  shows a sealed call as its decision, as on the desk);
* ``sealed_calls``: one row per sealed call, its decision; everyone reads it (a mark
  holds no content), administrators write it;
* ``legal_holds``: a call retention must pass by; the reason sealed to the vault key
  on the workstation (the server holds bytes it cannot read);
* ``retention``: the years free text is kept (NULL: until sealed);
* administrators may read the ``call_id`` column (only that column) of the keys, texts
  and vault rows, which a ``DELETE ... WHERE call_id`` needs, and may update the coded
  fields of a sealed call only (the pseudonym removed);
* restrictive policies: nobody, a supervisor's own SQL included, adds keys, text or
  vault rows to a sealed call again, nor changes its coded fields but an administrator
  (a member of ``<db>_admin``, checked with ``pg_has_role`` on the login role).
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import sql

TABLES = """
CREATE TABLE hotline.seal_decisions (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('decision', 'retention')),
    body text NOT NULL,
    number text NOT NULL,
    decided_on date NOT NULL,
    acted_by integer,
    approved_by integer,
    calls integer NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    author name NOT NULL DEFAULT session_user
);
CREATE TABLE hotline.sealed_calls (
    call_id bigint PRIMARY KEY REFERENCES hotline.calls ON DELETE CASCADE,
    decision_id integer NOT NULL REFERENCES hotline.seal_decisions,
    sealed_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE hotline.legal_holds (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    call_id bigint NOT NULL REFERENCES hotline.calls ON DELETE CASCADE,
    reason_sealed bytea NOT NULL,
    placed_by integer NOT NULL,
    placed_at timestamptz NOT NULL DEFAULT now(),
    lifted_by integer,
    lifted_at timestamptz
);
CREATE UNIQUE INDEX legal_holds_open ON hotline.legal_holds (call_id) WHERE lifted_at IS NULL;
CREATE TABLE hotline.retention (
    one boolean PRIMARY KEY DEFAULT true CHECK (one),
    years integer CHECK (years BETWEEN 1 AND 100)
);
INSERT INTO hotline.retention (years) VALUES (NULL);
"""

# (what, role keys): table privileges, column ones included.
GRANTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("SELECT ON hotline.seal_decisions", ("op", "sup", "adm")),  # the call log's marks
    ("INSERT ON hotline.seal_decisions", ("adm",)),
    ("SELECT ON hotline.sealed_calls", ("op", "sup", "adm")),
    ("INSERT ON hotline.sealed_calls", ("adm",)),
    ("SELECT ON hotline.legal_holds", ("sup", "adm")),
    ("INSERT, UPDATE ON hotline.legal_holds", ("adm",)),
    ("SELECT ON hotline.retention", ("op", "sup", "adm")),
    ("UPDATE ON hotline.retention", ("adm",)),
    ("SELECT (call_id) ON hotline.call_keys", ("adm",)),
    ("SELECT (call_id) ON hotline.call_texts", ("adm",)),
    ("SELECT (call_id) ON hotline.vault_entries", ("adm",)),
    ("UPDATE (coded) ON hotline.calls", ("adm",)),
)

NOT_SEALED = "NOT EXISTS (SELECT 1 FROM hotline.sealed_calls s WHERE s.call_id = {column})"
SEALED = "EXISTS (SELECT 1 FROM hotline.sealed_calls s WHERE s.call_id = hotline.calls.id)"
Policy = tuple[str, str, str, tuple[str, ...], str | None, str | None, bool]
DESK_ROLES = ("op", "sup", "adm")


def _kept_off_sealed(table: str, update_name: str | None) -> tuple[Policy, ...]:
    """Restrictive policies (ANDed with every permissive one, for every desk role): no
    row of ``table`` added onto a sealed call and, given ``update_name``, none changed."""
    not_sealed = NOT_SEALED.format(column=f"{table}.call_id")
    found: tuple[Policy, ...] = (
        (table, "nothing_onto_sealed", "INSERT", DESK_ROLES, None, not_sealed, True),
    )
    if update_name is None:
        return found
    return (*found, (table, update_name, "UPDATE", DESK_ROLES, not_sealed, None, True))


# (table, policy name, command, role keys, USING, WITH CHECK, restrictive)
POLICIES: tuple[Policy, ...] = (
    ("call_keys", "admin_finds", "SELECT", ("adm",), "true", None, False),
    ("call_texts", "admin_finds", "SELECT", ("adm",), "true", None, False),
    ("vault_entries", "admin_finds", "SELECT", ("adm",), "true", None, False),
    ("calls", "admin_strips_sealed", "UPDATE", ("adm",), SEALED, SEALED, False),
    *_kept_off_sealed("call_keys", "no_rewrap_of_sealed"),
    *_kept_off_sealed("call_texts", "no_change_of_sealed"),
    *_kept_off_sealed("vault_entries", None),
    (  # an administrator who is a supervisor too still strips the pseudonym
        "calls",
        "sealed_stays",
        "UPDATE",
        ("op", "sup"),
        NOT_SEALED.format(column="hotline.calls.id")
        + " OR pg_has_role(session_user, {admin}, 'MEMBER')",
        None,
        True,
    ),
)


def create(conn: psycopg.Connection[tuple[Any, ...]], owner: str, by_key: dict[str, str]) -> None:
    """The tables, grants and policies, in schema.create's transaction (as the owner)."""
    ident = sql.Identifier
    conn.execute(sql.SQL("SET LOCAL ROLE {}").format(ident(owner)))
    conn.execute(TABLES)
    for what, keys in GRANTS:
        conn.execute(
            sql.SQL("GRANT " + what + " TO {}").format(  # constants of this module
                sql.SQL(", ").join(ident(by_key[k]) for k in keys)
            )
        )
    for table, name, command, keys, using, check, restrictive in POLICIES:
        kind = "RESTRICTIVE" if restrictive else "PERMISSIVE"
        statement = sql.SQL(
            "CREATE POLICY {} ON hotline.{} AS " + kind + " FOR " + command + " TO {}"
        ).format(ident(name), ident(table), sql.SQL(", ").join(ident(by_key[k]) for k in keys))
        admin = sql.Literal(by_key["adm"])
        if using is not None:
            statement += sql.SQL(" USING (" + using + ")").format(admin=admin)
        if check is not None:
            statement += sql.SQL(" WITH CHECK (" + check + ")").format(admin=admin)
        conn.execute(statement)
    conn.execute("RESET ROLE")
