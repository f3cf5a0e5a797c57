"""Backups of a centre: ``hotline backup --server`` and ``hotline restore --server``.

A backup is PostgreSQL's pg_dump of the centre's database in custom format
(hotline.storage.server.dumps), taken as the server's superuser (pg_dump reads every
row; the centre's own roles are kept from that by row-level security) and only for a
centre administrator: their password must open their slot of the centre's key file,
and the slot must hold the centre's export key, which only administrators are granted.
The free text, the identity details and the data keys are in the dump as the
ciphertext the workstations sealed; the key file as the bytes the server keeps.

The dump is written under a temporary name beside its place and renamed when whole;
the calls are counted in the very snapshot pg_dump copies (pg_export_snapshot), and
the backup is recorded in a register beside the dumps (``centre-backups.jsonl``,
storage/backup_register.py: hash-chained lines signed with the export key, outside
the database so a restore does not forget the backups made after it).

A restore goes into a new database (never over the centre's own): it is created,
given to the centre's roles (made first where the server lacks them, as on a new
server), filled by pg_restore in one transaction, then opened: its calls counted
against the register's line for that file, its key file read and the administrator's
slot opened with the password. Before that, a dump of an older hotline's centre gets
the schema steps it lacks (storage/server/schema_steps.py), and every call the seal
registers off the server (the one beside the dump, a workstation's) say was sealed
after the dump is sealed again (centre_sealing.apply_register), so a restore never
brings sealed text back. Anything refused drops the new database again. The
members' own login roles are the server's, not the database's: pg_dump does not hold
them, and a centre restored onto another server needs them made anew.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

import psycopg
from psycopg import sql

from hotline.crypto import aead, signing
from hotline.errors import DeskError, PermissionDenied, WrongPassword
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Action
from hotline.records import utcnow
from hotline.services import centre_sealing
from hotline.services.keys import open_slot
from hotline.storage.backup_register import BackupEntry, BackupRegister
from hotline.storage.keyfile import SECRET_EXPORT, KeyFile
from hotline.storage.server import (
    dumps,
    schema,
    schema_enrolment,
    schema_sessions,
    schema_steps,
    seal_witness,
)
from hotline.storage.server.audit import Appender
from hotline.storage.server.centre import CentreRepository
from hotline.storage.server.connection import connect, database_of
from hotline.storage.server.errors import ServerRefused

REGISTER_NAME = "centre-backups.jsonl"
TRIGGER = "command line"
NO_AUDIT_HEAD = (0, "")  # the centre's audit chain is not on the server yet


class NoCentre(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The database {database} holds no centre (no key file); nothing was done."
    )


class BackupFileExists(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors", "{path} is already there; a backup never replaces a file. Choose another name."
    )


class DatabaseExists(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database {database} already exists on the server; a centre is restored only "
        "into a new database. Nothing was changed.",
    )


class BackupChanged(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{path} is not the file the backup register recorded under that name (it was "
        "changed or replaced since); the restored copy was dropped again.",
    )


class RestoreDiffers(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The restored copy holds {found} calls where the backup register says {expected}; "
        "it was dropped again. The backup file may have been changed.",
    )


@dataclass(frozen=True)
class CentreBackup:
    path: Path
    database: str
    size: int
    sha256: str
    calls: int
    register: Path
    seq: int  # its line in the register


@dataclass(frozen=True)
class RestoredCentre:
    database: str
    source: str
    calls: int
    key_file: bool
    registered: BackupEntry | None  # the register's line for this file, if it holds one
    resealed: int = 0  # calls sealed again from the seal registers (sealed after the dump)
    upgraded_from: int = 0  # the schema version the dump had (schema_steps.py)


def register_of(dump: Path) -> Path:
    return dump.parent / REGISTER_NAME


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _administrator(
    raw: bytes | None, database: str, name: str, password: str
) -> tuple[int, bytes, bytes]:
    """The administrator's user id, the centre's export key and their own signing key,
    opened from the key file with their password; refused for anyone else."""
    if raw is None:
        raise NoCentre(database=database)
    keyfile = KeyFile.from_bytes(raw, Path(f"<{database}>"))
    holder = keyfile.holder_for(name)
    if holder is None or holder not in keyfile.slots:
        raise WrongPassword()
    try:
        slot = open_slot(keyfile, holder, password, None)
    except aead.UnwrapFailed as exc:
        raise WrongPassword() from exc
    export = keyfile.open_grants(holder, slot.kem_private).get(SECRET_EXPORT)
    if not export or not slot.signing_private:
        raise PermissionDenied(action=Action.BACKUP.value)
    return int(holder.removeprefix("user:")), export[0], slot.signing_private


def _register(path: Path, desk_id: str, export_private: bytes) -> BackupRegister:
    return BackupRegister(path, desk_id, signing.public_of(export_private), export_private)


def _refused(exc: psycopg.Error) -> ServerRefused:
    first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return ServerRefused(reason=first[:200])


def backup_centre(
    url: str,
    admin_name: str,
    password: str,
    out: Path,
    *,
    server_password: str | None = None,
    trigger: str = TRIGGER,
) -> CentreBackup:
    """pg_dump of the centre of ``url`` (the server's superuser) into the new file
    ``out``, for the centre administrator ``admin_name``; recorded in the register
    (``trigger``: where it was asked for, the register's words)."""
    url, server_password = _password_apart(url, server_password)
    database = database_of(url)
    out = out.absolute()
    if out.exists():
        raise BackupFileExists(path=str(out))
    partial = out.with_name(f".{out.name}.{os.urandom(4).hex()}.partial")
    try:
        with connect(url, password=server_password) as conn:
            conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
            conn.read_only = True
            repo = CentreRepository(conn)
            user_id, export_private, _signing = _administrator(
                repo.key_file(), database, admin_name, password
            )
            centre = repo.centre()
            assert centre is not None  # the key file's row came with it (init_centre)
            snapshot = _scalar(conn, "SELECT pg_export_snapshot()")
            calls = int(_scalar(conn, "SELECT count(*) FROM hotline.calls"))
            dumps.dump(url, server_password, partial, snapshot)
    except psycopg.Error as exc:
        partial.unlink(missing_ok=True)
        raise _refused(exc) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    try:
        dumps.listing(partial)  # the whole header reads back
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    size, digest = out.stat().st_size, _sha256(out)
    register = register_of(out)
    seq = _register(register, centre.desk_id, export_private).record(
        path=out,
        created_at=utcnow(),
        sha256=digest,
        size=size,
        calls=calls,
        audit_head=NO_AUDIT_HEAD,
        by=user_id,
        trigger=trigger,
        verified=True,
    )
    return CentreBackup(out, database, size, digest, calls, register, seq)


def _scalar(conn: psycopg.Connection[tuple[Any, ...]], query: str) -> Any:
    row = conn.execute(query).fetchone()
    assert row is not None
    return row[0]


def _password_apart(url: str, password: str | None) -> tuple[str, str | None]:
    """The address without a password in it (the tools' command line is public on the
    machine), and the password to hand them in their environment."""
    parts = urlsplit(url)
    if parts.password is None:
        return url, password
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{parts.username or ''}@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc)), password or unquote(parts.password)


def _maintenance(url: str) -> str:
    """The same server's ``postgres`` database, where databases are created."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/postgres"))


def restore_centre(
    url: str,
    dump: Path,
    admin_name: str,
    password: str,
    *,
    server_password: str | None = None,
    seal_registers: Sequence[Path] = (),
) -> RestoredCentre:
    """The backup ``dump`` restored into the new database of ``url`` and opened; every
    call the seal registers (the one beside the dump and ``seal_registers``: a
    workstation's) say was sealed after it is sealed again before anyone uses it."""
    url, server_password = _password_apart(url, server_password)
    dump = dump.absolute()
    into = database_of(url)
    source = dumps.source_database(dumps.listing(dump)) or into
    roles = schema.CentreRoles.for_database(source)
    ident = sql.Identifier
    try:
        with connect(_maintenance(url), password=server_password, autocommit=True) as conn:
            if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (into,)).fetchone():
                raise DatabaseExists(database=into)
            # the enrolment codes' and workstations' groups too: their logins, made on
            # the new database, connect to it through them (schema_enrolment.py)
            groups = (
                schema_enrolment.enrolling_role(source),
                schema_enrolment.workstation_group(source),
            )
            for role in (*roles.made, *groups):
                if not conn.execute(
                    "SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)
                ).fetchone():
                    conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN NOINHERIT").format(ident(role)))
            schema_sessions.make_ender(conn, roles.owner)  # owns end_sessions (step 9)
            conn.execute(sql.SQL("CREATE DATABASE {}").format(ident(into)))
            conn.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(ident(into)))
            for role in (*roles.desk_roles, *groups):
                conn.execute(
                    sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(ident(into), ident(role))
                )
    except psycopg.Error as exc:
        raise _refused(exc) from exc
    try:
        dumps.restore(url, server_password, dump)
        # A dump of an older hotline's centre gets the steps it lacks (the superuser is
        # the schema's owner here); a newer one is refused and dropped.
        try:
            with connect(url, password=server_password, autocommit=True) as conn:
                upgraded = schema_steps.upgrade(conn)
        except psycopg.Error as exc:
            raise _refused(exc) from exc
        restored = _check(
            url, into, source, dump, admin_name, password, server_password, seal_registers
        )
    except BaseException:
        _drop(url, into, server_password)
        raise
    return replace(restored, upgraded_from=upgraded.before)


def _check(
    url: str,
    into: str,
    source: str,
    dump: Path,
    admin_name: str,
    password: str,
    server_password: str | None,
    seal_registers: Sequence[Path],
) -> RestoredCentre:
    """The restored centre opens: its calls counted, its key file read, the
    administrator's slot opened, the seals made since applied, the count compared with
    the register's."""
    try:
        with connect(url, password=server_password) as conn:
            repo = CentreRepository(conn)
            raw = repo.key_file()
            user_id, export_private, signing_key = _administrator(raw, into, admin_name, password)
            centre = repo.centre()
            calls = int(_scalar(conn, "SELECT count(*) FROM hotline.calls"))
            if centre is None:
                raise NoCentre(database=into)
            # The seals made after the dump, from the registers off the server.
            resealed = centre_sealing.apply_register(
                conn,
                Appender(conn, user_id, signing_key),
                user_id,
                signing.public_of(export_private),
                [seal_witness.beside(dump.parent), *seal_registers],
            )
    except psycopg.Error as exc:
        raise _refused(exc) from exc
    entry: BackupEntry | None = None
    register_path = register_of(dump)
    if register_path.exists():
        register = _register(register_path, centre.desk_id, export_private)
        digest = _sha256(dump)
        entries = register.entries()
        entry = next((e for e in entries if e.sha256 == digest), None)
        if entry is None and any(e.path == dump for e in entries):
            raise BackupChanged(path=str(dump))
        if entry is not None:
            if entry.calls != calls:
                raise RestoreDiffers(found=calls, expected=entry.calls)
            register.mark_verified(entry.seq, user_id, True)
    return RestoredCentre(into, source, calls, True, entry, resealed)


def _drop(url: str, into: str, server_password: str | None) -> None:
    try:
        with connect(_maintenance(url), password=server_password, autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(into))
            )
    except (psycopg.Error, DeskError):
        pass  # the first error is the one to tell
