"""The centre's schema, step by step: one ordered list (``STEPS``), its version on the
server (``hotline.centre.schema_version``: how many steps were applied).

``hotline init --server`` applies every step in its one transaction; ``hotline server
upgrade --server URL`` (the server's superuser, as init) applies the steps a centre made
by an older ``hotline`` lacks, each in a transaction of its own with the version moved
in it: a step refused midway leaves the centre as it was before that step. Two upgrades
at once are serialised by the centre's row, locked first.

A workstation signing in reads the version (storage/server/centre.py's row, which every
login of the centre may read) and is refused, in words, when its code knows fewer steps
than the server holds (install the newer ``hotline``) or more (the centre's owner runs
the upgrade): nobody works on a schema their code was not written for.

A change to the schema is a new function at the end of ``STEPS`` (one line there);
an applied step is never edited, since the centres that ran it would not run it again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql

from hotline.errors import DeskError
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.storage.server import (
    schema,
    schema_entity_keys,
    schema_exports,
    schema_import,
    schema_last_seen,
    schema_own_slot,
    schema_persons,
    schema_prune,
    schema_review,
    schema_role_prefix,
    schema_sealed_stripped,
    schema_sessions,
    schema_shared,
    schema_tasks,
    schema_workstations,
)
from hotline.storage.server.schema import CentreRoles

Connection = psycopg.Connection[tuple[Any, ...]]
# A step: (the superuser's connection, the centre's roles, the name they are made after:
# the database's at init; a centre restored into another database keeps its roles).
Step = Callable[[Connection, CentreRoles, str], None]


class CodeOlderThanCentre(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The centre's server has schema version {server}, and this hotline knows only "
        "{known}: install the newer hotline on this computer. Nothing was changed.",
    )


class CentreNeedsUpgrade(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The centre's server has schema version {server}, older than this hotline's "
        "{known}: the centre's owner runs 'hotline server upgrade --server URL' (with the "
        "server's superuser, as at init). Nothing was changed.",
    )


class UpgradeNeedsOwner(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Only the owner of the centre's schema may upgrade it: give the server's superuser "
        "in the address, as at 'hotline init --server'. Nothing was changed.",
    )


class UpgradeStepRefused(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The server refused step {step} of the centre's schema ({reason}); that step was "
        "undone whole and the centre stays at schema version {version}.",
    )


class NoCentreHere(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The database {database} holds no centre; there is nothing to upgrade."
    )


def _base(conn: Connection, roles: CentreRoles, database: str) -> None:
    """Step 1: the centre as the first ``init --server`` made it (roles, tables, grants,
    policies, audit chain, enrolment, sealing)."""
    made = schema.create(conn, database)
    assert made == roles


def _history(conn: Connection, roles: CentreRoles, database: str) -> None:
    """Step 2: a row per step applied (when, by which server account), for the centre's
    administrators to read."""
    conn.execute(sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(roles.owner)))
    conn.execute(
        "CREATE TABLE hotline.schema_history ("
        " step integer PRIMARY KEY CHECK (step > 0),"
        " applied_at timestamptz NOT NULL DEFAULT now(),"
        " applied_by name NOT NULL DEFAULT session_user)"
    )
    conn.execute(
        sql.SQL("GRANT SELECT ON hotline.schema_history TO {}").format(sql.Identifier(roles.admin))
    )
    conn.execute("RESET ROLE")


def _review(conn: Connection, roles: CentreRoles, database: str) -> None:
    """Step 3: the reviewer role owning the supervisors' review functions (correction,
    decision, the operator's own correction: schema_review.py)."""
    found = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (roles.reviewer,))
    if found.fetchone() is None:  # a restore makes the centre's roles before its dump
        conn.execute(
            sql.SQL("CREATE ROLE {} NOLOGIN NOINHERIT").format(sql.Identifier(roles.reviewer))
        )
    schema_review.create(conn, roles.reviewer, roles.owner, roles.supervisor, roles.operator)


def _persons(conn: Connection, roles: CentreRoles, database: str) -> None:
    """Step 4: a returning caller found by the keyed lookup value (schema_persons.py).
    The calls saved before with a pseudonym in clear are keyed by an administrator's
    keys, not here: ``hotline server upgrade --admin NAME`` (centre_pseudonyms.convert)."""
    schema_persons.create(conn, roles)


def _comments(conn: Connection, roles: CentreRoles, database: str) -> None:
    """Step 5: a supervisor's comment on a call (schema_review.review_comments), the
    operator reads the review's comments on her own calls, sealed to them
    (schema_review.operator_reads_comments), and takes back her own call without content
    logged by mistake (schema_review.undo_no_content)."""
    conn.execute(sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(roles.owner)))
    schema_review.operator_reads_comments(conn, roles.operator)
    conn.execute("RESET ROLE")
    schema_review.review_comments(conn, roles.reviewer, roles.supervisor)
    schema_review.undo_no_content(conn, roles.reviewer, roles.owner, roles.operator)


def _audit_by_object(conn: Connection, roles: CentreRoles, database: str) -> None:
    """Step 6: the chain's entries found by the object they name (a call's pins on each
    page of the call log, who read it in its detail, its steps in verify and in the
    undo): an index, where each of those read the whole chain before."""
    conn.execute(sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(roles.owner)))
    conn.execute("CREATE INDEX audit_by_object ON hotline.audit (object_type, object_id, seq)")
    conn.execute("RESET ROLE")


def _tasks(conn: Connection, roles: CentreRoles, database: str) -> None:
    """Step 7: follow-up tasks on the server, the mandatory reports on a child among
    them (schema_tasks.py): coded columns in clear, the note sealed on the workstation,
    row-level security, and no deletion of a report task by any role."""
    schema_tasks.create(conn, roles)


def _own_slot(conn: Connection, roles: CentreRoles, database: str) -> None:
    """Step 8: a member changes their own password (``hotline users passwd``): their own
    key slot rewritten by ``hotline.replace_own_slot``, which lets a login replace only
    the salt and wrapping of its own member's slot (schema_own_slot.py)."""
    schema_own_slot.create(conn, roles)


def _end_sessions(conn: Connection, roles: CentreRoles, database: str) -> None:
    """Step 9: disabling a member ends their sessions already open, not only the next
    ones (``hotline.end_sessions``, schema_sessions.py)."""
    schema_sessions.create(conn, roles)


def _workstations(conn: Connection, roles: CentreRoles, database: str) -> None:
    """Step 10: an administrator removes an enrolled workstation (``hotline server
    workstations remove N``): its login made NOLOGIN by ``hotline.remove_workstation``,
    when and by whom kept in its enrolment's row (schema_workstations.py)."""
    schema_workstations.create(conn, roles)


def _prune_enrolments(conn: Connection, roles: CentreRoles, database: str) -> None:
    """Step 11: the login roles of used and expired enrolment codes dropped by
    ``hotline.prune_enrolments`` at each new code (schema_prune.py)."""
    schema_prune.create(conn, roles)


def _settings_and_directory(conn: Connection, roles: CentreRoles, database: str) -> None:
    """Step 12: the centre's settings (the idle lock, the sign-in limit) and its referral
    directory on the server, read by every desk role, written only by the administrators
    (schema_shared.py)."""
    schema_shared.create(conn, roles)


def _entity_keys(conn: Connection, roles: CentreRoles, database: str) -> None:
    """Step 13: the entities' lookup values of calls saved before them added by a
    supervisor's workstation through ``hotline.key_entities`` (schema_entity_keys.py);
    the values are made there, from the sealed entities (services/centre_entity_keys)."""
    schema_entity_keys.create(conn, roles)


def _imports(conn: Connection, roles: CentreRoles, database: str) -> None:
    """Step 14: an administrator imports the old log on a centre (``hotline import``,
    the Import page): her login adds calls she is the enterer of (schema_import.py)."""
    schema_import.create(conn, roles)


def _exports(conn: Connection, roles: CentreRoles, database: str) -> None:
    """Step 15: the anonymised exports on the server: the ledger, the closed months,
    the files exported, the closed months' snapshot and the queue of changes to what it
    counted, filled by a trigger on the calls (schema_exports.py); the administrators'
    alone."""
    schema_exports.create(conn, roles)


def _sealed_stripped(conn: Connection, roles: CentreRoles, database: str) -> None:
    """Step 16: a sealed call's row is never given back what names persons (its
    pseudonyms, their lookup values, its entities' lookup values) by an administrator's
    own UPDATE (schema_sealed_stripped.py)."""
    schema_sealed_stripped.create(conn, roles)


def _last_seen(conn: Connection, roles: CentreRoles, database: str) -> None:
    """Step 17: when each enrolled workstation was last seen, stamped by its own login at
    each sign-in there (``hotline.workstation_seen``, schema_last_seen.py), for the
    administrators' Workstations page."""
    schema_last_seen.create(conn, roles, database)


def _role_prefix(conn: Connection, roles: CentreRoles, database: str) -> None:
    """Step 18: the functions and policies name the centre's roles as they were made
    (``hotline.role_prefix()``), not after the current database: a centre restored into
    a database of another name keeps working, and another centre's roles gain nothing
    (schema_role_prefix.py)."""
    schema_role_prefix.create(conn, roles)


# The schema's steps, oldest first. A new step: one line at the end. Never edit one.
STEPS: tuple[Step, ...] = (
    _base,
    _history,
    _review,
    _persons,
    _comments,
    _audit_by_object,
    _tasks,
    _own_slot,
    _end_sessions,
    _workstations,
    _prune_enrolments,
    _settings_and_directory,
    _entity_keys,
    _imports,
    _exports,
    _sealed_stripped,
    _last_seen,
    _role_prefix,
)


def holds_last_seen(version: int) -> bool:
    """Whether a schema of ``version`` steps has step 12's ``workstation_seen`` (always,
    once check() passed, but on a centre made by an older code: a test's)."""
    return _last_seen in STEPS[:version]


def known() -> int:
    """The schema version this code makes: how many steps it knows."""
    return len(STEPS)


def _remember(conn: Connection, step: int) -> None:
    present = conn.execute("SELECT to_regclass('hotline.schema_history') IS NOT NULL").fetchone()
    if present and present[0]:
        conn.execute(
            "INSERT INTO hotline.schema_history(step) VALUES (%s) ON CONFLICT DO NOTHING",
            (step,),
        )


def create(conn: Connection, database: str) -> tuple[CentreRoles, int]:
    """Every step, in the caller's transaction (init --server, as the superuser): the
    roles and the version to record in the centre's row."""
    roles = CentreRoles.for_database(database)
    for step in STEPS:
        step(conn, roles, database)
    for number in range(1, known() + 1):  # all of them now, with the history's table
        _remember(conn, number)
    return roles, known()


def server_version(conn: Connection) -> int:
    row = conn.execute("SELECT schema_version FROM hotline.centre").fetchone()
    if row is None:
        raise NoCentreHere(database=conn.info.dbname)
    return int(row[0])


def check(conn: Connection) -> int:
    """The server's version when this code was written for it; refused otherwise (a
    workstation's connection, before anything is read or written)."""
    version = server_version(conn)
    if version > known():
        raise CodeOlderThanCentre(server=version, known=known())
    if version < known():
        raise CentreNeedsUpgrade(server=version, known=known())
    return version


@dataclass(frozen=True)
class Upgraded:
    database: str
    before: int
    after: int


def upgrade(conn: Connection) -> Upgraded:
    """Apply the steps the centre lacks (on an autocommit connection of the server's
    superuser), each in a transaction of its own that moves the version."""
    database = str(conn.info.dbname)
    row = conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()
    if not row or not row[0]:
        raise UpgradeNeedsOwner()
    if not schema.exists(conn):
        raise NoCentreHere(database=database)
    before = server_version(conn)
    if before > known():
        raise CodeOlderThanCentre(server=before, known=known())
    prefix = _roles_prefix(conn)
    roles = CentreRoles.for_database(prefix)
    for number in range(before + 1, known() + 1):
        try:
            _apply(conn, roles, prefix, number)
        except psycopg.Error as exc:  # rolled back whole, the version with it
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise UpgradeStepRefused(step=number, version=number - 1, reason=first[:200]) from exc
    return Upgraded(database, before, server_version(conn))


def _roles_prefix(conn: Connection) -> str:
    """The name the centre's roles were made after: its database's at init, kept by a
    centre restored into a database of another name (its schema's owner says which)."""
    row = conn.execute(
        "SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = %s", (schema.SCHEMA,)
    ).fetchone()
    owner = "" if row is None else str(row[0]).strip('"')
    suffix = "_owner"
    return owner[: -len(suffix)] if owner.endswith(suffix) else str(conn.info.dbname)


def _apply(conn: Connection, roles: CentreRoles, database: str, number: int) -> None:
    """Step ``number`` and the version moved to it, in one transaction."""
    with conn.transaction():
        locked = conn.execute("SELECT schema_version FROM hotline.centre FOR UPDATE").fetchone()
        assert locked is not None
        if int(locked[0]) >= number:  # another upgrade applied it meanwhile
            return
        STEPS[number - 1](conn, roles, database)
        conn.execute("UPDATE hotline.centre SET schema_version = %s", (number,))
        _remember(conn, number)
