"""The people of a centre: signing in from a workstation, and users managed on the server.

Signing in (``sign_in``): the workstation's own login reads the key file; the
person's slot opens with their password (as on the single-file desk); the password
of their login role on the server is an HKDF of the slot's key
(hotline.crypto.enrolment.member_password), so the server, which keeps only its
SCRAM verifier, never learns the desk password, and a server password stolen from a
workstation's memory opens no slot. The slot's opening and the member's trusted row
(``open_member_slot``, ``active_member``) are the same offline, from the
workstation's copy of the key file (services/offline_signin.py).

Users (``add_user``, ``disable_user``, ``reset_password``, ``set_roles``), by an
administrator signed in: the slot and the grants go into the key file held on the
server (locked while changed), the person's row in ``members`` is signed by the
administrator (``sign_member``; checked by ``trusted_members`` back to the first
administrator's key that every slot pins), and their login role is made or changed
by the schema owner's functions (schema_enrolment). Disabling removes the slot and
makes the login role NOLOGIN. Changing roles follows the desk's four-eyes rule, with
requests and grants signed on the workstations and kept on the server.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg

from hotline import passwords, usernames
from hotline.crypto import aead, kdf, signing
from hotline.crypto import enrolment as codes
from hotline.errors import DeskError, InvalidInput, PermissionDenied, UnknownUser, WrongPassword
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Action, Role, allowed
from hotline.services import enrolment
from hotline.services.keys import NewIdentity, build_slot_keeping_key, open_slot_keeping_key
from hotline.services.users import LAST_ADMIN, NAME_TAKEN, SELF_DISABLE, VaultKeyNeeded
from hotline.storage.keyfile import (
    RECOVERY,
    SECRET_CASETEXT,
    SECRET_EXPORT,
    SECRET_PERSONS,
    SECRET_VAULT,
    KeyFile,
    SlotSecrets,
)
from hotline.storage.server import members as server_members
from hotline.storage.server import people, schema_last_seen, schema_own_slot, schema_steps
from hotline.storage.server.audit import ServerAuditLog
from hotline.storage.server.errors import NotAvailableOffline, ServerRefused, ServerUnreachable
from hotline.storage.server.people import SignedMember
from hotline.storage.server.workstation import Workstation

Connection = psycopg.Connection[tuple[Any, ...]]
KEY_FILE_PATH = "<the centre's server>"
VALID_FOR = timedelta(hours=24)
CHANGE_ROLES = "user.roles"


class MemberUntrusted(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The centre's record of {name} is not signed by an administrator of the centre "
        "(changed on the server?); nothing was done. Run 'hotline verify' and tell the "
        "administrators.",
    )


class ApprovalWaiting(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Changing {name}'s roles needs a second person's approval: request {number} waits for "
        "it ('hotline approvals approve {number}' by another administrator or a supervisor), "
        "then run the same command again.",
    )


class ApprovalNotValid(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Request {number} cannot be approved by you: it is unknown, expired, already "
        "decided, your own, or its signature does not verify.",
    )


class SignaturesWouldBreak(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Changing {name} this way would leave members' records on the centre (your own "
        "too, when you change yourself) without a valid administrator's signature, and "
        "those members could not sign in; nothing was done. Ask another administrator "
        "to make this change.",
    )


# --- signed members -------------------------------------------------------


def member_message(desk_id: str, member: SignedMember) -> bytes:
    body = {
        "desk_id": desk_id,
        "user_id": member.user_id,
        "user_name": member.user_name,
        "roles": sorted(r.value for r in member.roles),
        "signing_public": member.signing_public.hex(),
        "active": member.active,
        "signed_by": member.signed_by,
    }
    return b"hotline-member|" + json.dumps(body, sort_keys=True).encode("utf-8")


def sign_member(desk_id: str, member: SignedMember, by: int, private: bytes) -> SignedMember:
    unsigned = replace(member, signed_by=by, signature=None)
    return replace(unsigned, signature=signing.sign(private, member_message(desk_id, unsigned)))


def trusted_members(
    desk_id: str, rows: list[SignedMember], root: bytes | None
) -> dict[int, SignedMember]:
    """The rows whose signature verifies: the first administrator's with the root key
    every slot pins, every other one with the key of an administrator already trusted."""
    trusted: dict[int, SignedMember] = {}
    pending = {r.user_id: r for r in rows}
    progress = True
    while progress:
        progress = False
        for user_id, row in list(pending.items()):
            if row.signature is None or row.signed_by is None:
                continue
            if row.signed_by == user_id:
                key = (
                    row.signing_public if root is not None and row.signing_public == root else None
                )
            else:
                signer = trusted.get(row.signed_by)
                key = (
                    signer.signing_public
                    if signer is not None and Role.ADMINISTRATOR in signer.roles
                    else None
                )
            if key is not None and signing.verify(key, member_message(desk_id, row), row.signature):
                trusted[user_id] = row
                del pending[user_id]
                progress = True
    return trusted


# --- signing in -----------------------------------------------------------


@dataclass
class CentreSignIn:
    """A person signed in on a workstation: their own connection and opened keys."""

    workstation: Workstation
    link: Connection | None  # None: signed in offline, not connected since
    keyfile: KeyFile
    user_id: int
    name: str
    roles: frozenset[Role]
    secrets: SlotSecrets
    grants: dict[str, list[bytes]]
    server_password: str = field(default="", repr=False)  # the login role's, for reconnecting
    offline: bool = False  # signed in from the workstation's copy (services/offline_signin.py)
    # What the server gave at an online sign-in, for the workstation's offline copy.
    raw_key_file: bytes = field(default=b"", repr=False)
    members: list[SignedMember] = field(default_factory=list, repr=False)
    # The name the centre's roles were made after (people.role_prefix), read at an
    # online sign-in; "" offline: the workstation's database then.
    role_prefix: str = ""

    @property
    def conn(self) -> Connection:
        """The person's own connection; NotAvailableOffline (a ServerUnreachable) when
        signed in offline and not connected since (CentreSession.conn connects)."""
        if self.link is None:
            raise NotAvailableOffline(reason="-")
        return self.link

    @conn.setter
    def conn(self, value: Connection) -> None:
        self.link = value

    @property
    def holder(self) -> str:
        return f"user:{self.user_id}"

    @property
    def database(self) -> str:
        return self.workstation.database

    @property
    def prefix(self) -> str:
        """What the centre's roles and its members' logins are named after: the
        database's name at init, kept by a centre restored under another name."""
        return self.role_prefix or self.workstation.database

    @property
    def login(self) -> str:
        """The person's own login role on the server."""
        return server_members.login_role(self.prefix, self.user_id)

    def close(self) -> None:
        if self.link is not None:
            self.link.close()


def login_password(desk_id: str, holder: str, slot_key: bytes) -> str:
    return codes.member_password(desk_id, holder, slot_key)


def sign_in(ws: Workstation, name: str, password: str) -> CentreSignIn:
    with enrolment.connect_workstation(ws) as station:
        version = schema_steps.check(station)  # the code was written for this schema
        if schema_steps.holds_last_seen(version):
            schema_last_seen.seen(station)  # the Workstations page's "last seen"
        raw = people.key_file(station)
        prefix = people.role_prefix(station)
    if raw is None:
        raise WrongPassword()
    keyfile = KeyFile.from_bytes(raw, _where(ws))
    holder, opened, key = open_member_slot(keyfile, name, password)
    user_id = int(holder.split(":")[1])
    login = server_members.login_role(prefix, user_id)
    server_password = login_password(keyfile.desk_id, holder, key)
    try:
        conn = enrolment.connect_as(ws, login, server_password)
    except psycopg.OperationalError as exc:
        if enrolment.login_refused(exc):
            raise UnknownUser(name=name) from exc  # disabled: the role is NOLOGIN
        raise ServerUnreachable(reason=str(exc).strip().splitlines()[0][:200]) from exc
    conn.autocommit = True
    rows = people.signed_members(conn)
    try:
        me = active_member(keyfile.desk_id, rows, opened, user_id, name)
    except BaseException:
        conn.close()
        raise
    grants = keyfile.open_grants(holder, opened.kem_private)
    return CentreSignIn(
        ws,
        conn,
        keyfile,
        user_id,
        me.user_name,
        me.roles,
        opened,
        grants,
        server_password,
        raw_key_file=raw,
        members=rows,
        role_prefix=prefix,
    )


def open_member_slot(keyfile: KeyFile, name: str, password: str) -> tuple[str, SlotSecrets, bytes]:
    """The member's slot opened with their password (the slot's own Argon2id cost): its
    holder, what it holds and its key; WrongPassword for an unknown name or a wrong
    password alike. Online and offline (services/offline_signin.py) the same."""
    holder = keyfile.holder_for(name)
    if holder is None or holder not in keyfile.slots:
        raise WrongPassword()
    try:
        opened, key = open_slot_keeping_key(keyfile, holder, password, None)
    except aead.UnwrapFailed:
        raise WrongPassword() from None
    return holder, opened, key


def active_member(
    desk_id: str, rows: list[SignedMember], opened: SlotSecrets, user_id: int, name: str
) -> SignedMember:
    """The member's own row, trusted back to the root their slot pins and active, else
    MemberUntrusted."""
    me = trusted_members(desk_id, rows, opened.pins.root).get(user_id)
    if me is None or not me.active:
        raise MemberUntrusted(name=name)
    return me


def _where(ws: Workstation) -> Any:
    from pathlib import Path

    return Path(f"{ws.host}:{ws.port}/{ws.database}")


# --- the first administrator (init --server) --------------------------------


def first_login(
    conn: Connection,
    database: str,
    keyfile: KeyFile,
    admin_name: str,
    password: str,
    identity: NewIdentity,
) -> str:
    """At ``init --server``, on the superuser's connection: the first administrator's row
    signed with their own key (the root the slots pin) and their login role."""
    holder = keyfile.holder_for(admin_name)
    assert holder is not None
    _opened, key = open_slot_keeping_key(keyfile, holder, password, None)
    user_id = int(holder.split(":")[1])
    row = next(m for m in people.signed_members(conn) if m.user_id == user_id)
    assert identity.secrets.signing_private is not None
    signed = sign_member(keyfile.desk_id, row, user_id, identity.secrets.signing_private)
    people.update_member(conn, signed)
    return server_members.add_login(
        conn, database, user_id, row.roles, login_password(keyfile.desk_id, holder, key)
    )


# --- users ------------------------------------------------------------------


def _require_admin(signin: CentreSignIn) -> None:
    if not allowed(signin.roles, Action.MANAGE_USERS):
        raise PermissionDenied(action=Action.MANAGE_USERS.value)


def _signing_private(signin: CentreSignIn) -> bytes:
    private = signin.secrets.signing_private
    assert private is not None
    return private


def _slot_params(keyfile: KeyFile) -> kdf.KdfParams:
    recovery_slot = keyfile.slots.get(RECOVERY)
    return recovery_slot.kdf if recovery_slot else kdf.calibrate()


def _grant_for_roles(
    signin: CentreSignIn, keyfile: KeyFile, holder: str, roles: frozenset[Role]
) -> None:
    mine = signin.grants
    if Role.SUPERVISOR in roles:
        if SECRET_VAULT not in mine or SECRET_CASETEXT not in mine:
            raise VaultKeyNeeded()
        keyfile.seal_grant(holder, SECRET_VAULT, mine[SECRET_VAULT][0])
        keyfile.seal_grant(holder, SECRET_CASETEXT, mine[SECRET_CASETEXT][0])
    else:
        keyfile.drop_grant(holder, SECRET_VAULT)
        keyfile.drop_grant(holder, SECRET_CASETEXT)
    if Role.ADMINISTRATOR in roles and SECRET_EXPORT in mine:
        keyfile.seal_grant(holder, SECRET_EXPORT, mine[SECRET_EXPORT][0])
    elif Role.ADMINISTRATOR not in roles:
        keyfile.drop_grant(holder, SECRET_EXPORT)
    if SECRET_PERSONS in mine:  # every member finds and shows pseudonyms
        keyfile.seal_grant(holder, SECRET_PERSONS, mine[SECRET_PERSONS][0])


def _trusted(signin: CentreSignIn) -> dict[int, SignedMember]:
    return trusted_members(
        signin.keyfile.desk_id, people.signed_members(signin.conn), signin.secrets.pins.root
    )


def listed(signin: CentreSignIn) -> list[tuple[SignedMember, bool]]:
    """Every member, and whether their row's signature verifies."""
    _require_admin(signin)
    rows = people.signed_members(signin.conn)
    trusted = trusted_members(signin.keyfile.desk_id, rows, signin.secrets.pins.root)
    return [(row, row.user_id in trusted) for row in rows]


def _signed_again(
    signin: CentreSignIn, changed: SignedMember, signer: int, private: bytes
) -> list[SignedMember]:
    """``changed`` with the other trusted rows its member signed, signed again by
    ``signer`` with ``private`` (rows are checked with their signer's key as it is
    now: a member's new key or lost administrator role must not void what they
    signed). Refused (SignaturesWouldBreak) when a member trusted now would not be
    afterwards (a ring of signatures no longer reaching the first administrator, or
    an administrator's own record, which nobody may sign for themselves)."""
    desk_id, root = signin.keyfile.desk_id, signin.secrets.pins.root
    rows = {r.user_id: r for r in people.signed_members(signin.conn)}
    before = trusted_members(desk_id, list(rows.values()), root)
    again = [
        sign_member(desk_id, r, signer, private)
        for r in before.values()
        if r.signed_by == changed.user_id and r.user_id != changed.user_id
    ]
    after = {**rows, changed.user_id: changed, **{r.user_id: r for r in again}}
    kept = trusted_members(desk_id, list(after.values()), root)
    lost = [uid for uid in before if uid not in kept]
    if lost:
        raise SignaturesWouldBreak(name=changed.user_name)
    return [changed, *again]


def _member(signin: CentreSignIn, name: str) -> SignedMember:
    """An active member by name, from the signed rows only."""
    wanted = name.strip().lower()
    rows = people.signed_members(signin.conn)
    trusted = trusted_members(signin.keyfile.desk_id, rows, signin.secrets.pins.root)
    for row in rows:
        if row.user_name.lower() == wanted:
            if row.user_id not in trusted:
                raise MemberUntrusted(name=row.user_name)
            if row.active:
                return trusted[row.user_id]
    raise UnknownUser(name=name)


def _active_admins(signin: CentreSignIn) -> int:
    return sum(1 for m in _trusted(signin).values() if m.active and Role.ADMINISTRATOR in m.roles)


def _vouch(
    signin: CentreSignIn,
    action: str,
    user_id: int,
    signing_public: bytes | None = None,
    roles: frozenset[Role] | None = None,
) -> None:
    """The grant entry the centre's chain replays (as the desk's users service writes
    it), signed by the administrator, in the change's own transaction: the chain then
    vouches for the person's key and roles, and their entries verify."""
    details: dict[str, Any] = {"user_id": user_id}
    if signing_public is not None:
        details["signing_key"] = signing_public.hex()
    if roles is not None:
        details["roles"] = sorted(r.value for r in roles)
    ServerAuditLog(signin.conn).append(
        signin.user_id, _signing_private(signin), action, "user", user_id, details
    )


class _Changing:
    """One change of the centre's people: a transaction on the administrator's
    connection with the key file locked, written back at the end."""

    def __init__(self, signin: CentreSignIn) -> None:
        self.signin = signin
        self.keyfile: KeyFile | None = None

    def __enter__(self) -> KeyFile:
        self.signin.conn.execute("BEGIN")
        raw = people.locked_key_file(self.signin.conn)
        self.keyfile = KeyFile.from_bytes(raw, _where(self.signin.workstation))
        return self.keyfile

    def __exit__(self, kind: object, exc: BaseException | None, _tb: object) -> None:
        conn = self.signin.conn
        if exc is not None:
            conn.execute("ROLLBACK")
            if isinstance(exc, psycopg.Error):
                first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
                raise ServerRefused(reason=first[:200]) from exc
            return
        assert self.keyfile is not None
        people.write_key_file(conn, self.keyfile.to_bytes())
        conn.execute("COMMIT")
        self.signin.keyfile = self.keyfile


@dataclass(frozen=True)
class AddedUser:
    member: SignedMember
    login: str
    enrolment_code: str


def add_user(
    signin: CentreSignIn,
    name: str,
    roles: frozenset[Role],
    password: str,
    hours: int = enrolment.DEFAULT_HOURS,
) -> AddedUser:
    """A new person: slot, grants, signed row, login role, and a code for their
    workstation, in one transaction."""
    _require_admin(signin)
    name = usernames.check_name(name)
    rows = people.signed_members(signin.conn)
    taken = [r.user_name for r in rows] + list(signin.keyfile.names)
    if name.lower() in {t.lower() for t in taken}:
        raise InvalidInput(field="name", problem=NAME_TAKEN)
    usernames.check_name(name, taken)
    passwords.check(password, name)
    identity = NewIdentity.generate().pinned(signin.secrets.pins)
    with _Changing(signin) as keyfile:
        user_id = max([people.next_user_id(signin.conn), *[i + 1 for i in keyfile.names.values()]])
        holder = f"user:{user_id}"
        keyfile.slots[holder], key = build_slot_keeping_key(
            keyfile, holder, password, identity, _slot_params(keyfile), None
        )
        keyfile.names[name.lower()] = user_id
        _grant_for_roles(signin, keyfile, holder, roles)
        row = SignedMember(user_id, name, roles, identity.signing_public, True, None, None, None)
        row = sign_member(keyfile.desk_id, row, signin.user_id, _signing_private(signin))
        people.insert_member(signin.conn, row)
        _vouch(signin, "user.create", user_id, identity.signing_public, roles)
        login = server_members.login_role(signin.prefix, user_id)
        made = people.add_login(
            signin.conn,
            signin.prefix,
            user_id,
            roles,
            people.verifier(signin.conn, login_password(keyfile.desk_id, holder, key), login),
        )
        code = enrolment.issue(signin.conn, signin.database, hours, user_id)
    return AddedUser(replace(row, db_role=made), made, code)


def issue_code(signin: CentreSignIn, hours: int = enrolment.DEFAULT_HOURS) -> str:
    """``hotline enrol``: a code for one more workstation."""
    _require_admin(signin)
    try:
        return enrolment.issue(signin.conn, signin.database, hours)
    except psycopg.Error as exc:
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise ServerRefused(reason=first[:200]) from exc


def disable_user(signin: CentreSignIn, name: str) -> SignedMember:
    """The slot and grants leave the key file, the row says disabled (signed), the
    login role can no longer connect, and its sessions open now are ended."""
    _require_admin(signin)
    member = _member(signin, name)
    if member.user_id == signin.user_id:
        raise InvalidInput(field="name", problem=SELF_DISABLE)
    if Role.ADMINISTRATOR in member.roles and _active_admins(signin) <= 1:
        raise InvalidInput(field="name", problem=LAST_ADMIN)
    with _Changing(signin) as keyfile:
        keyfile.drop_holder(f"user:{member.user_id}")
        row = sign_member(
            keyfile.desk_id,
            replace(member, active=False),
            signin.user_id,
            _signing_private(signin),
        )
        people.update_member(signin.conn, row)
        _vouch(signin, "user.disable", member.user_id)
        if member.db_role is not None:
            people.set_login(signin.conn, signin.prefix, member.user_id, can_login=False)
    if member.db_role is not None:  # committed: the sessions open since are ended too
        try:
            people.end_sessions(signin.conn, member.user_id)
        except psycopg.Error as exc:
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise ServerRefused(reason=first[:200]) from exc
    return row


def reset_password(signin: CentreSignIn, name: str, new: str) -> SignedMember:
    """New keys under a new password; the login role's password follows the new slot."""
    _require_admin(signin)
    member = _member(signin, name)
    passwords.check(new, member.user_name)
    identity = NewIdentity.generate().pinned(signin.secrets.pins)
    holder = f"user:{member.user_id}"
    with _Changing(signin) as keyfile:
        keyfile.drop_holder(holder)
        keyfile.slots[holder], key = build_slot_keeping_key(
            keyfile, holder, new, identity, _slot_params(keyfile), None
        )
        keyfile.names[member.user_name.lower()] = member.user_id
        _grant_for_roles(signin, keyfile, holder, member.roles)
        row = sign_member(
            keyfile.desk_id,
            replace(member, signing_public=identity.signing_public),
            signin.user_id,
            _signing_private(signin),
        )
        new_private = identity.secrets.signing_private
        assert new_private is not None
        for signed in _signed_again(signin, row, member.user_id, new_private):
            people.update_member(signin.conn, signed)
        _vouch(signin, "user.reset", member.user_id, identity.signing_public)
        login = server_members.login_role(signin.prefix, member.user_id)
        server_password = login_password(keyfile.desk_id, holder, key)
        people.set_login(
            signin.conn,
            signin.prefix,
            member.user_id,
            verifier_=people.verifier(signin.conn, server_password, login),
        )
    return row


class SlotChangedMeanwhile(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Your key slot on the centre was changed since you signed in (an administrator "
        "gave you a new password?); nothing was changed. Sign in again and retry.",
    )


def change_own_password(signin: CentreSignIn, old: str, new: str) -> None:
    """Any member's own password: the same keys wrapped under the new password (a new
    salt, the slot's Argon2id settings), the slot replaced on the server by
    ``hotline.replace_own_slot`` (only one's own), the login role's password derived from
    the new slot's key, and ``user.passwd`` signed by the member in the same transaction."""
    holder = signin.holder
    keyfile = signin.keyfile
    slot = keyfile.slots.get(holder)
    if slot is None:
        raise SlotChangedMeanwhile()
    try:
        opened, _key = open_slot_keeping_key(keyfile, holder, old, None)
    except aead.UnwrapFailed:
        raise WrongPassword() from None
    passwords.check(new, signin.name)
    identity = NewIdentity(opened, slot.signing_public or b"")
    fresh, key = build_slot_keeping_key(keyfile, holder, new, identity, slot.kdf, None)
    login = server_members.login_role(signin.prefix, signin.user_id)
    server_password = login_password(keyfile.desk_id, holder, key)
    conn = signin.conn
    conn.execute("BEGIN")
    try:
        people.replace_own_slot(conn, fresh.to_json())
        people.set_own_login_password(conn, people.verifier(conn, server_password, login))
        ServerAuditLog(conn).append(
            signin.user_id, _signing_private(signin), "user.passwd", "user", signin.user_id, {}
        )
        conn.execute("COMMIT")
    except psycopg.Error as exc:
        conn.execute("ROLLBACK")
        if exc.sqlstate == schema_own_slot.SLOT_CHANGED:
            raise SlotChangedMeanwhile() from exc
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise ServerRefused(reason=first[:200]) from exc
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    keyfile.slots[holder] = fresh
    signin.server_password = server_password


# --- four eyes: changing roles -------------------------------------------------


@dataclass(frozen=True)
class Approval:
    number: int
    body: dict[str, Any]
    requested_by: int
    request_sig: bytes
    approved_by: int | None
    approval_sig: bytes | None
    refused: bool
    used: bool


def _canonical(body: Mapping[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True).encode("utf-8")


def _request_message(body: Mapping[str, Any]) -> bytes:
    return b"hotline-approval-request|" + _canonical(body)


def _grant_message(number: int, body: Mapping[str, Any]) -> bytes:
    digest = hashlib.sha256(_canonical(body)).hexdigest()
    return f"hotline-approval-grant|{number}|{digest}".encode()


def _approvals(conn: Connection) -> list[Approval]:
    return [
        Approval(
            int(r[0]),
            dict(r[1]),
            int(r[2]),
            bytes(r[3]),
            None if r[4] is None else int(r[4]),
            None if r[5] is None else bytes(r[5]),
            bool(r[6]),
            r[7] is not None,
        )
        for r in conn.execute(
            "SELECT id, body, requested_by, request_sig, approved_by, approval_sig, refused,"
            " used_at FROM hotline.approvals ORDER BY id"
        ).fetchall()
    ]


def _approvers(signin: CentreSignIn) -> list[SignedMember]:
    return [
        m
        for m in _trusted(signin).values()
        if m.active
        and m.user_id != signin.user_id
        and (Role.ADMINISTRATOR in m.roles or Role.SUPERVISOR in m.roles)
    ]


def _no_hidden_approver(signin: CentreSignIn) -> None:
    """Nobody trusted to approve: refused (MemberUntrusted) when a row that could give an
    approving role does not verify. Else one's own SQL spoiling the other approvers'
    signatures on the server (members is an administrator's to write) would make the
    centre look like one with nobody else to ask, and the act would go ahead alone."""
    trusted = _trusted(signin)
    for row in people.signed_members(signin.conn):
        if (
            row.user_id != signin.user_id
            and row.user_id not in trusted
            and row.roles & {Role.ADMINISTRATOR, Role.SUPERVISOR}
        ):
            raise MemberUntrusted(name=row.user_name)


def _valid(signin: CentreSignIn, approval: Approval, trusted: dict[int, SignedMember]) -> bool:
    """Signed by its requester and (when approved) by a second person whose signed row
    gives an approving role; not expired."""
    requester = trusted.get(approval.requested_by)
    if requester is None or not signing.verify(
        requester.signing_public, _request_message(approval.body), approval.request_sig
    ):
        return False
    if approval.body.get("desk_id") != signin.keyfile.desk_id:
        return False
    expires = datetime.fromisoformat(str(approval.body.get("expires_at")))
    if expires <= datetime.now(UTC):
        return False
    if approval.approved_by is None:
        return True
    approver = trusted.get(approval.approved_by)
    return (
        approver is not None
        and approver.user_id != approval.requested_by
        and bool(approver.roles & {Role.ADMINISTRATOR, Role.SUPERVISOR})
        and approval.approval_sig is not None
        and signing.verify(
            approver.signing_public,
            _grant_message(approval.number, approval.body),
            approval.approval_sig,
        )
    )


def _request(signin: CentreSignIn, params: dict[str, Any], act: str = CHANGE_ROLES) -> int:
    body = {
        "desk_id": signin.keyfile.desk_id,
        "act": act,
        "params": params,
        "requested_by": signin.user_id,
        "expires_at": (datetime.now(UTC) + VALID_FOR).isoformat(),
        "nonce": os.urandom(8).hex(),
    }
    signature = signing.sign(_signing_private(signin), _request_message(body))
    row = signin.conn.execute(
        "INSERT INTO hotline.approvals(body, requested_by, request_sig) VALUES (%s, %s, %s)"
        " RETURNING id",
        (json.dumps(body), signin.user_id, signature),
    ).fetchone()
    assert row is not None
    return int(row[0])


def pending_approvals(signin: CentreSignIn) -> list[Approval]:
    if not (signin.roles & {Role.ADMINISTRATOR, Role.SUPERVISOR}):
        raise PermissionDenied(action="approvals")
    trusted = _trusted(signin)
    return [
        a
        for a in _approvals(signin.conn)
        if not a.used and not a.refused and _valid(signin, a, trusted)
    ]


def _decidable(signin: CentreSignIn, number: int) -> Approval | None:
    """Request ``number`` where this person may approve or refuse it (a trusted
    administrator or supervisor, not the requester; the request waiting, untouched and
    validly signed); None where not. PermissionDenied where the person may decide none."""
    trusted = _trusted(signin)
    if signin.user_id not in trusted or not (signin.roles & {Role.ADMINISTRATOR, Role.SUPERVISOR}):
        raise PermissionDenied(action="approvals")
    found = next((a for a in _approvals(signin.conn) if a.number == number), None)
    if (
        found is None
        or found.used
        or found.refused
        or found.approved_by is not None
        or found.requested_by == signin.user_id
        or not _valid(signin, found, trusted)
    ):
        return None
    return found


def approve(signin: CentreSignIn, number: int) -> Approval:
    """The second person's yes, signed with their own key."""
    found = _decidable(signin, number)
    if found is None:
        raise ApprovalNotValid(number=number)
    signature = signing.sign(_signing_private(signin), _grant_message(number, found.body))
    signin.conn.execute(
        "UPDATE hotline.approvals SET approved_by = %s, approval_sig = %s WHERE id = %s"
        " AND approved_by IS NULL",
        (signin.user_id, signature, number),
    )
    return replace(found, approved_by=signin.user_id, approval_sig=signature)


class ApprovalNotRefusable(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Request {number} cannot be refused by you: it is unknown, expired, already "
        "approved or decided, your own, or its signature does not verify. Nothing was changed.",
    )


class ApprovalNotYours(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Request {number} cannot be withdrawn by you: it is unknown, someone else's, or "
        "already carried out, refused or withdrawn. Nothing was changed.",
    )


def _closed(signin: CentreSignIn, found: Approval, action: str) -> None:
    """The request closed (``refused`` on the server: neither approved nor used from
    now) and ``action`` signed in the chain, in one transaction; once only."""
    conn = signin.conn
    conn.execute("BEGIN")
    try:
        closed = conn.execute(
            "UPDATE hotline.approvals SET refused = true WHERE id = %s AND NOT refused"
            " AND used_at IS NULL",
            (found.number,),
        )
        if closed.rowcount != 1:
            raise ApprovalNotValid(number=found.number)
        digest = hashlib.sha256(_canonical(found.body)).hexdigest()
        ServerAuditLog(conn).append(
            signin.user_id,
            _signing_private(signin),
            action,
            "approval",
            found.number,
            {"act": str(found.body.get("act")), "digest": digest},
        )
        conn.execute("COMMIT")
    except psycopg.Error as exc:
        conn.execute("ROLLBACK")
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise ServerRefused(reason=first[:200]) from exc
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def refuse(signin: CentreSignIn, number: int) -> Approval:
    """The second person's no (``hotline approvals refuse N``): a request still waiting,
    not one's own; the requester must ask anew."""
    found = _decidable(signin, number)
    if found is None:
        raise ApprovalNotRefusable(number=number)
    _closed(signin, found, "approval.refuse")
    return replace(found, refused=True)


def withdraw(signin: CentreSignIn, number: int) -> Approval:
    """The requester takes back their own request not carried out yet (waiting or
    approved): it can no longer be approved or used."""
    if not (signin.roles & {Role.ADMINISTRATOR, Role.SUPERVISOR}):
        raise PermissionDenied(action="approvals")
    found = next((a for a in _approvals(signin.conn) if a.number == number), None)
    if found is None or found.requested_by != signin.user_id or found.used or found.refused:
        raise ApprovalNotYours(number=number)
    _closed(signin, found, "approval.withdraw")
    return replace(found, refused=True)


def approved_request(
    signin: CentreSignIn, act: str, params: dict[str, Any]
) -> tuple[Approval | None, int | None]:
    """Four eyes for ``act`` with exactly these parameters: (the approved request, None);
    (None, the number of the request waiting, made now if there was none); or (None,
    None) where nobody else could approve (the act goes ahead alone)."""
    if not _approvers(signin):
        _no_hidden_approver(signin)
        return None, None
    trusted = _trusted(signin)
    clean = json.loads(json.dumps(params))
    mine = [
        a
        for a in _approvals(signin.conn)
        if a.requested_by == signin.user_id
        and a.body.get("act") == act
        and a.body.get("params") == clean
        and not a.used
        and not a.refused
        and _valid(signin, a, trusted)
    ]
    approval = next((a for a in mine if a.approved_by is not None), None)
    if approval is not None:
        return approval, None
    return None, (mine[0].number if mine else _request(signin, clean, act))


def use_approval(signin: CentreSignIn, approval: Approval) -> None:
    """Spend the approval (in the caller's transaction): once only."""
    used = signin.conn.execute(
        "UPDATE hotline.approvals SET used_at = now() WHERE id = %s AND used_at IS NULL",
        (approval.number,),
    )
    if used.rowcount != 1:
        raise ApprovalNotValid(number=approval.number)


def set_roles(signin: CentreSignIn, name: str, roles: frozenset[Role]) -> SignedMember:
    """Four eyes as on the desk: where a second administrator or a supervisor exists, the
    change waits for their signed approval (ApprovalWaiting names the request); a centre
    with nobody else to ask goes ahead alone."""
    _require_admin(signin)
    member = _member(signin, name)
    if (
        Role.ADMINISTRATOR in member.roles
        and Role.ADMINISTRATOR not in roles
        and _active_admins(signin) <= 1
    ):
        raise InvalidInput(field="roles", problem=LAST_ADMIN)
    params = {"user_id": member.user_id, "roles": sorted(r.value for r in roles)}
    approval, waiting = approved_request(signin, CHANGE_ROLES, params)
    if waiting is not None:
        raise ApprovalWaiting(name=member.user_name, number=waiting)
    with _Changing(signin) as keyfile:
        if approval is not None:
            use_approval(signin, approval)
        _grant_for_roles(signin, keyfile, f"user:{member.user_id}", roles)
        row = sign_member(
            keyfile.desk_id, replace(member, roles=roles), signin.user_id, _signing_private(signin)
        )
        _vouch(signin, "user.roles", member.user_id, roles=roles)
        if Role.ADMINISTRATOR in member.roles and Role.ADMINISTRATOR not in roles:
            # What they signed as an administrator is signed again by this one.
            rows = _signed_again(signin, row, signin.user_id, _signing_private(signin))
        else:
            rows = [row]
        for signed in rows:
            people.update_member(signin.conn, signed)
        if member.db_role is not None:
            people.set_login(signin.conn, signin.prefix, member.user_id, held=roles)
    return row
