"""Enrolment and the people of a centre on the server: what ``schema.create`` adds last.

Two more group roles, neither able to log in:

* ``<db>_enrolling``: each one-time enrolment code has a login role of its own,
  ``<db>_e<n>``, member of it, whose password is derived from the code (the server
  keeps only its SCRAM verifier, never the code). It may do one thing: call
  ``hotline.redeem_enrolment``, which says whether the code is used or expired, or
  makes the workstation's login role;
* ``<db>_workstation``: each enrolled workstation's login role ``<db>_w<n>``, member
  of it, whose password is derived from a secret in the workstation's keychain. It
  reads the key file (wrapped slots only) and the centre's public keys: what a
  workstation needs before anyone signs in on it.

Roles are made and changed only by the functions below, ``SECURITY DEFINER`` as the
schema's owner (given CREATEROLE for them): an administrator's login role cannot
create or alter a role itself, and these functions touch only this centre's
``<db>_e<n>``, ``<db>_w<n>`` and ``<db>_u<n>`` roles and grant only its desk roles.
Every password they take is a SCRAM verifier made on the workstation (a plain
password is refused), so the statement the server may log holds no password.

``members`` gets the signature of the administrator who granted each row (signed
on the workstation, checked there: hotline.services.centre_people).
"""

from __future__ import annotations

from typing import Any, Protocol

import psycopg
from psycopg import sql


class CentreRoles(Protocol):
    """hotline.storage.server.schema.CentreRoles (which calls create, so not imported)."""

    @property
    def owner(self) -> str: ...
    @property
    def admin(self) -> str: ...
    @property
    def desk_roles(self) -> tuple[str, str, str]: ...


VALID_HOURS = (1, 168)  # an enrolment code lives from one hour to a week


def enrolling_role(database: str) -> str:
    return f"{database}_enrolling"


def workstation_group(database: str) -> str:
    return f"{database}_workstation"


def enrolment_login(database: str, number: int) -> str:
    return f"{database}_e{number}"


def workstation_login(database: str, number: int) -> str:
    return f"{database}_w{number}"


TABLES = """
CREATE TABLE hotline.enrolments (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    role_name name UNIQUE,
    issued_by name NOT NULL DEFAULT session_user,
    issued_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    for_user integer,
    used_at timestamptz,
    workstation name
);
ALTER TABLE hotline.members ADD COLUMN signed_by integer, ADD COLUMN signature bytea;
-- Four eyes on a centre: a request signed by who asks, a grant signed by a second person
-- (both checked on the workstations against the members' signed keys), used once.
CREATE TABLE hotline.approvals (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body jsonb NOT NULL,
    requested_by integer NOT NULL,
    request_sig bytea NOT NULL,
    approved_by integer,
    approval_sig bytea,
    refused boolean NOT NULL DEFAULT false,
    used_at timestamptz
);
"""

# The functions: {lo}, {hi} the validity bounds; roles named from current_database().
FUNCTIONS = """
CREATE FUNCTION hotline.check_verifier(verifier text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    IF verifier IS NULL OR verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'a SCRAM-SHA-256 verifier is expected, never a password';
    END IF;
END $fn$;

CREATE FUNCTION hotline.issue_enrolment(verifier text, hours integer, for_user integer)
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    number integer;
    login text;
BEGIN
    PERFORM hotline.check_verifier(verifier);
    IF hours IS NULL OR hours < {lo} OR hours > {hi} THEN
        RAISE EXCEPTION 'an enrolment code lives from {lo} to {hi} hours';
    END IF;
    INSERT INTO hotline.enrolments(issued_by, expires_at, for_user)
        VALUES (session_user, now() + make_interval(hours => hours), for_user)
        RETURNING id INTO number;
    login := current_database() || '_e' || number;
    EXECUTE format('CREATE ROLE %I LOGIN INHERIT PASSWORD %L IN ROLE %I',
                   login, verifier, current_database() || '_enrolling');
    UPDATE hotline.enrolments SET role_name = login WHERE id = number;
    RETURN number;
END $fn$;

CREATE FUNCTION hotline.redeem_enrolment(verifier text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    wanted record;
    login text;
BEGIN
    PERFORM hotline.check_verifier(verifier);
    SELECT id, expires_at, used_at INTO wanted FROM hotline.enrolments
        WHERE role_name = session_user FOR UPDATE;
    IF NOT FOUND THEN
        RETURN 'unknown';
    ELSIF wanted.used_at IS NOT NULL THEN
        RETURN 'used';
    ELSIF wanted.expires_at <= now() THEN
        RETURN 'expired';
    END IF;
    login := current_database() || '_w' || wanted.id;
    EXECUTE format('CREATE ROLE %I LOGIN INHERIT PASSWORD %L IN ROLE %I',
                   login, verifier, current_database() || '_workstation');
    UPDATE hotline.enrolments SET used_at = now(), workstation = login WHERE id = wanted.id;
    RETURN 'joined';
END $fn$;

CREATE FUNCTION hotline.set_desk_groups(login text, groups text[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    desk text[] := ARRAY[current_database() || '_operator', current_database() || '_supervisor',
                         current_database() || '_admin'];
    one text;
BEGIN
    IF NOT groups <@ desk THEN
        RAISE EXCEPTION 'only the centre''s desk roles are granted';
    END IF;
    FOREACH one IN ARRAY desk LOOP
        IF one = ANY(groups) THEN
            EXECUTE format('GRANT %I TO %I', one, login);
        ELSE
            EXECUTE format('REVOKE %I FROM %I', one, login);
        END IF;
    END LOOP;
END $fn$;

CREATE FUNCTION hotline.add_login(member integer, verifier text, groups text[]) RETURNS name
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    login text := current_database() || '_u' || member;
BEGIN
    PERFORM hotline.check_verifier(verifier);
    IF NOT EXISTS (SELECT 1 FROM hotline.members WHERE user_id = member AND db_role IS NULL) THEN
        RAISE EXCEPTION 'member % has a login already, or is not a member', member;
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN INHERIT PASSWORD %L', login, verifier);
    PERFORM hotline.set_desk_groups(login, groups);
    UPDATE hotline.members SET db_role = login WHERE user_id = member;
    RETURN login;
END $fn$;

CREATE FUNCTION hotline.set_login(member integer, verifier text, groups text[], can_login boolean)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    login text;
BEGIN
    SELECT db_role INTO login FROM hotline.members WHERE user_id = member;
    -- members.db_role is an administrator's to write: only this centre's own login of
    -- that member is ever altered (never the owner, a superuser or another centre's role).
    IF login IS NULL OR login <> current_database() || '_u' || member THEN
        RAISE EXCEPTION 'member % has no login of this centre', member;
    END IF;
    IF verifier IS NOT NULL THEN
        PERFORM hotline.check_verifier(verifier);
        EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);
    END IF;
    IF groups IS NOT NULL THEN
        PERFORM hotline.set_desk_groups(login, groups);
    END IF;
    IF can_login IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I ' || CASE WHEN can_login THEN 'LOGIN' ELSE 'NOLOGIN' END,
                       login);
    END IF;
END $fn$;
"""

DEFINERS = (
    "issue_enrolment(text, integer, integer)",
    "redeem_enrolment(text)",
    "set_desk_groups(text, text[])",
    "add_login(integer, text, text[])",
    "set_login(integer, text, text[], boolean)",
)


def create(conn: psycopg.Connection[tuple[Any, ...]], roles: CentreRoles, database: str) -> None:
    """The enrolment's roles, table and functions, in the caller's transaction (on the
    superuser's connection, after schema.create)."""
    ident = sql.Identifier
    enrolling, stations = enrolling_role(database), workstation_group(database)
    for role in (enrolling, stations):
        conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN NOINHERIT").format(ident(role)))
        conn.execute(
            sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(ident(database), ident(role))
        )
    # The owner makes and changes the centre's login roles, through the functions only.
    conn.execute(sql.SQL("ALTER ROLE {} CREATEROLE").format(ident(roles.owner)))
    for role in (*roles.desk_roles, enrolling, stations):
        conn.execute(
            sql.SQL("GRANT {} TO {} WITH ADMIN OPTION").format(ident(role), ident(roles.owner))
        )
    conn.execute(sql.SQL("SET LOCAL ROLE {}").format(ident(roles.owner)))
    conn.execute(TABLES)
    lo, hi = VALID_HOURS
    conn.execute(FUNCTIONS.replace("{lo}", str(lo)).replace("{hi}", str(hi)))
    for signature in (*DEFINERS, "check_verifier(text)"):
        conn.execute(sql.SQL("REVOKE ALL ON FUNCTION hotline." + signature + " FROM PUBLIC"))
    grants = (
        ("issue_enrolment(text, integer, integer)", roles.admin),
        ("add_login(integer, text, text[])", roles.admin),
        ("set_login(integer, text, text[], boolean)", roles.admin),
        ("redeem_enrolment(text)", enrolling),
    )
    for signature, role in grants:
        conn.execute(
            sql.SQL("GRANT EXECUTE ON FUNCTION hotline." + signature + " TO {}").format(ident(role))
        )
    conn.execute(
        sql.SQL("GRANT USAGE ON SCHEMA hotline TO {}, {}").format(ident(enrolling), ident(stations))
    )
    conn.execute(
        sql.SQL("GRANT SELECT ON hotline.centre TO {}, {}").format(
            ident(enrolling), ident(stations)
        )
    )
    conn.execute(sql.SQL("GRANT SELECT ON hotline.key_file TO {}").format(ident(stations)))
    conn.execute(sql.SQL("GRANT SELECT ON hotline.enrolments TO {}").format(ident(roles.admin)))
    supervisor = roles.desk_roles[1]
    conn.execute(
        sql.SQL("GRANT SELECT, INSERT, UPDATE ON hotline.approvals TO {}, {}").format(
            ident(roles.admin), ident(supervisor)
        )
    )
    conn.execute("RESET ROLE")
