"""Enrolling a workstation in a centre: one-time codes and ``hotline join``.

An administrator (or the server's superuser, for the first workstation) issues a
code; the server keeps only the SCRAM verifier of the password derived from it, as
the code's own login role, which may do nothing but redeem it. ``join`` on the new
workstation:

1. takes the server's certificate and compares its SHA-256 fingerprint with the one
   the administrator read off the server: another certificate is refused before
   anything is sent (hotline.storage.server.certificate);
2. logs in with the code (verify-full against that certificate) and redeems it:
   the server makes the workstation's own login role, with the verifier of a
   password derived from a fresh secret, and marks the code used, in one
   transaction; a code used, expired or wrong is refused, each said plainly;
3. keeps the secret in the OS keychain (storage/device.py), or, chosen explicitly,
   in a 0600 file beside the workstation's file, then writes the pinned
   certificate and the workstation's file (hotline.storage.server.workstation).

Nothing is written before the server said yes; a refusal leaves no file and no
keychain entry behind.
"""

from __future__ import annotations

import base64
import contextlib
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import psycopg

from hotline.crypto import enrolment as codes
from hotline.errors import DeskError
from hotline.storage import device
from hotline.storage.server import certificate, people, schema_enrolment, schema_steps
from hotline.storage.server import workstation as station
from hotline.storage.server.connection import check_address, connect
from hotline.storage.server.errors import (
    AddressInvalid,
    CodeExpired,
    CodeMistyped,
    CodeRefused,
    CodeUsed,
    NotJoined,
    ServerUnreachable,
    WorkstationRefused,
    WorkstationSecretMissing,
)
from hotline.storage.server.workstation import CentreJoined, Workstation

DEFAULT_HOURS = 48
_ADDRESS = re.compile(r"^(?:postgres(?:ql)?://)?\[?([A-Za-z0-9_.:-]+?)\]?(?::(\d{1,5}))?/(\w+)/?$")
_PREFIX = re.compile(r"^\s*(?:SHA-?256)?\s*(?:FINGERPRINT)?\s*[:=]?\s*", re.IGNORECASE)
_REFUSALS = ("authentication failed", "not permitted to log in", "FATAL")
_REDEEMED = {"used": CodeUsed, "expired": CodeExpired, "unknown": CodeRefused}


@dataclass(frozen=True)
class Address:
    host: str
    port: int
    database: str


def parse_address(text: str) -> Address:
    """``HOST[:PORT]/DATABASE`` (or a postgresql:// address without user or options)."""
    found = _ADDRESS.match(text.strip())
    port = int(found.group(2) or 5432) if found else 0
    if found is None or not 0 < port < 65536:
        raise AddressInvalid(address=text[:100])
    return Address(found.group(1), port, found.group(3))


def issue(
    conn: psycopg.Connection[tuple[Any, ...]],
    database: str,
    hours: int = DEFAULT_HOURS,
    for_user: int | None = None,
) -> str:
    """A new one-time code (in the caller's transaction; an administrator's or the
    superuser's connection), the login roles of the used and expired ones dropped first."""
    people.prune_enrolments(conn)
    secret = codes.new_secret()
    password = codes.enrolment_password(database, secret)
    number = people.issue_enrolment(
        conn, people.verifier(conn, password, "enrolment"), hours, for_user
    )
    return codes.format_code(number, secret)


def issue_as_superuser(url: str, server_password: str | None, hours: int = DEFAULT_HOURS) -> str:
    """``hotline enrol --server URL``: the first workstation's code, from the server's
    superuser (nobody of the centre has a workstation yet)."""
    from hotline.storage.server.connection import database_of

    with connect(url, password=server_password) as conn:
        try:
            return issue(conn, database_of(url), hours)
        except psycopg.Error as exc:
            raise _refused(exc) from exc


def _refused(exc: psycopg.Error) -> DeskError:
    from hotline.storage.server.errors import ServerRefused

    first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return ServerRefused(reason=first[:200])


def _login_refused(exc: psycopg.OperationalError) -> bool:
    """libpq's words for a refused login (the server answered: it is reachable)."""
    text = str(exc)
    return any(word in text for word in _REFUSALS)


def bare_fingerprint(text: str) -> str:
    """The hex of a fingerprint as people copy it: ``SHA256:AB:CD...``, openssl's
    ``sha256 Fingerprint=AB:CD...`` or the hex alone."""
    return _PREFIX.sub("", text)


def keychain_name(desk_id: str, login: str) -> str:
    return f"centre:{desk_id}:{login}"


def join(
    address: str,
    fingerprint: str,
    code: str,
    folder: Path,
    *,
    bind_keychain: bool = True,
) -> Workstation:
    """Enrol this workstation; all of it or nothing."""
    where = parse_address(address)
    existing = station.load(folder)
    if existing is not None:
        raise CentreJoined(path=str(station.path_in(folder)))
    parsed = codes.parse(code)
    if parsed is None:
        raise CodeMistyped()
    number, secret = parsed
    if bind_keychain:
        ok, backend = device.secure_backend_available()
        if not ok:
            raise device.NoSecureKeychain(backend=backend)
    staging = Path(tempfile.mkdtemp(prefix="hotline-join-"))
    try:
        pinned = certificate.pin(
            where.host, where.port, bare_fingerprint(fingerprint), staging / station.CERT_NAME
        )
        provisional = Workstation(
            where.host,
            where.port,
            where.database,
            "",
            schema_enrolment.workstation_login(where.database, number),
            device.MODE_KEYRING if bind_keychain else device.MODE_NONE,
            pinned.parent,
        )
        enrolment = schema_enrolment.enrolment_login(where.database, number)
        password = codes.enrolment_password(where.database, secret)
        return _redeem(provisional, enrolment, password, folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _redeem(provisional: Workstation, enrolment: str, password: str, folder: Path) -> Workstation:
    url = check_address(provisional.url(enrolment))
    try:
        conn = psycopg.connect(url, password=password, connect_timeout=10)
    except psycopg.OperationalError as exc:
        if _login_refused(exc):
            raise CodeRefused() from exc
        raise ServerUnreachable(reason=str(exc).strip().splitlines()[0][:200]) from exc
    keychain_entry: str | None = None
    written: Workstation | None = None
    with conn:
        try:
            desk_id = people.desk_id(conn)
            if desk_id is None:
                raise CodeRefused()
            # A workstation whose code is older or newer than the server's schema would
            # be refused at every sign-in: said now, the code left unused.
            schema_steps.check(conn)
            joined = replace(provisional, desk_id=desk_id, folder=folder)
            if joined.keychain == device.MODE_KEYRING:
                keychain_entry = keychain_name(desk_id, joined.login)
                _binding, secret = device.create_secret(keychain_entry)
            else:
                secret = os.urandom(32)
            ws_password = codes.workstation_password(desk_id, secret)
            answer = people.redeem_enrolment(conn, people.verifier(conn, ws_password, joined.login))
            if answer != "joined":
                raise _REDEEMED.get(answer, CodeRefused)()
            _write(joined, provisional.cert, secret)
            written = joined
            conn.commit()
        except BaseException as exc:
            with contextlib.suppress(psycopg.Error):
                conn.rollback()  # the code stays unused, the role unmade
            if written is not None:
                _remove(written)
            if keychain_entry is not None:
                device.delete_secret(keychain_entry)
            if isinstance(exc, psycopg.Error):
                raise _refused(exc) from exc
            raise
    return joined


def _write(joined: Workstation, pinned: Path, secret: bytes) -> None:
    """The files, before the server's transaction commits: a full disk here leaves the
    code unused."""
    from hotline.paths import make_private_dir, write_atomic

    created = not joined.folder.exists()
    try:
        make_private_dir(joined.folder)
        write_atomic(joined.cert, pinned.read_bytes())
        if joined.keychain != device.MODE_KEYRING:
            write_atomic(joined.secret_file, base64.b64encode(secret) + b"\n")
        station.save(joined)
    except BaseException:
        _remove(joined, folder_too=created)
        raise


def _remove(joined: Workstation, *, folder_too: bool = False) -> None:
    for path in (station.path_in(joined.folder), joined.secret_file, joined.cert):
        with contextlib.suppress(OSError):
            path.unlink()
    if folder_too:
        shutil.rmtree(joined.folder, ignore_errors=True)


def joined(folder: Path) -> Workstation:
    found = station.load(folder)
    if found is None:
        raise NotJoined(path=str(folder))
    return found


def workstation_secret(ws: Workstation) -> bytes:
    if ws.keychain == device.MODE_KEYRING:
        secret, _warning = device.load_secret(
            keychain_name(ws.desk_id, ws.login), device.DeviceBinding(device.MODE_KEYRING)
        )
        if secret is None:
            raise WorkstationSecretMissing(where=device.backend_name())
        return secret
    try:
        secret = base64.b64decode(ws.secret_file.read_bytes().strip(), validate=True)
    except (OSError, ValueError) as exc:
        raise WorkstationSecretMissing(where=str(ws.secret_file)) from exc
    if len(secret) != 32:
        raise WorkstationSecretMissing(where=str(ws.secret_file))
    return secret


def connect_as(ws: Workstation, login: str, password: str) -> psycopg.Connection[tuple[Any, ...]]:
    """A connection of ``login``, verify-full against the pinned certificate; a refused
    login raises psycopg's OperationalError for the caller to name."""
    return psycopg.connect(check_address(ws.url(login)), password=password, connect_timeout=10)


def connect_workstation(ws: Workstation) -> psycopg.Connection[tuple[Any, ...]]:
    """The workstation's own connection (reads the key file before anyone signs in)."""
    password = codes.workstation_password(ws.desk_id, workstation_secret(ws))
    try:
        return connect_as(ws, ws.login, password)
    except psycopg.OperationalError as exc:
        if _login_refused(exc):
            raise WorkstationRefused() from exc
        raise ServerUnreachable(reason=str(exc).strip().splitlines()[0][:200]) from exc


def login_refused(exc: psycopg.OperationalError) -> bool:
    return _login_refused(exc)
