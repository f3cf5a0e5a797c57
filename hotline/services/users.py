"""Managing users: add, disable, roles, change or reset a password, rotate the key."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

from hotline import passwords, usernames
from hotline.crypto import aead, kdf
from hotline.errors import DeskError, InvalidInput, UnknownUser, WrongPassword
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Action, Role
from hotline.records import User
from hotline.services import approvals
from hotline.services.approvals import GraveAct
from hotline.services.keys import NewIdentity, build_slot, build_slot_keeping_key, open_slot
from hotline.services.session import Session
from hotline.storage.audit_queries import AuditQueries
from hotline.storage.keyfile import (
    RECOVERY,
    SECRET_CASETEXT,
    SECRET_DB,
    SECRET_EXPORT,
    SECRET_VAULT,
    SlotSecrets,
)
from hotline.storage.users import UserRepository

NAME_TAKEN = QT_TRANSLATE_NOOP("errors", "a user with this name already exists.")
LAST_ADMIN = QT_TRANSLATE_NOOP(
    "errors", "this is the last active administrator; add another one first."
)
SELF_DISABLE = QT_TRANSLATE_NOOP("errors", "you cannot disable your own account.")


class VaultKeyNeeded(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Granting the supervisor role gives access to the identity vault, and only a user who "
        "holds the vault key (an administrator who is also a supervisor, or the recovery code) "
        "can grant it.",
    )


def _slot_params(session: Session) -> kdf.KdfParams:
    """The parameters calibrated at set-up (kept on the recovery slot)."""
    recovery_slot = session.keyfile.slots.get(RECOVERY)
    return recovery_slot.kdf if recovery_slot else kdf.calibrate()


def _device_for_new_slot(session: Session) -> bytes | None:
    return session.device_secret if session.keyfile.device.get("mode") == "keyring" else None


def _grant_for_roles(session: Session, holder: str, roles: frozenset[Role]) -> None:
    keyfile = session.keyfile
    keyfile.seal_grant(holder, SECRET_DB, session.secrets[SECRET_DB], keyfile.db_generation)
    if Role.SUPERVISOR in roles:
        vault = session.secrets.get(SECRET_VAULT)
        if vault is None:
            raise VaultKeyNeeded()
        keyfile.seal_grant(holder, SECRET_VAULT, vault)
        case_text = session.secrets.get(SECRET_CASETEXT)
        if case_text is not None:  # None only on a desk whose text is not sealed yet
            keyfile.seal_grant(holder, SECRET_CASETEXT, case_text)
    else:
        keyfile.drop_grant(holder, SECRET_VAULT)
        keyfile.drop_grant(holder, SECRET_CASETEXT)
    if Role.ADMINISTRATOR in roles and session.export_private is not None:
        keyfile.seal_grant(holder, SECRET_EXPORT, session.export_private)
    elif Role.ADMINISTRATOR not in roles:
        keyfile.drop_grant(holder, SECRET_EXPORT)


def list_users(session: Session) -> list[User]:
    """Every user with the roles the audit chain's grants give them."""
    session.require(Action.MANAGE_USERS)
    return session.granted_users()


def _active_administrators(session: Session) -> int:
    return sum(1 for u in session.granted_users() if u.active and Role.ADMINISTRATOR in u.roles)


# Who last set a user's password: an administrator (create, reset) or the user.
PASSWORD_SETTERS = ("user.create", "user.reset", "user.passwd")


@dataclass(frozen=True)
class UserLine:
    """A user as the Users page lists them."""

    user: User
    last_sign_in: datetime | None
    password_set_by_admin: bool  # created or reset, not changed by the user since
    signed: bool = True  # a centre's row: its signature verifies back to the first administrator


def user_lines(session: Session) -> list[UserLine]:
    session.require(Action.MANAGE_USERS)
    queries = AuditQueries(session.db)
    logins = queries.latest_about_users(("login",))
    setters = queries.latest_about_users(PASSWORD_SETTERS)
    return [
        UserLine(
            user,
            logins[user.id][1] if user.id in logins else None,
            user.active and setters.get(user.id, ("",))[0] in ("user.create", "user.reset"),
        )
        for user in session.granted_users()  # roles from the grants, never the column
    ]


def add_user(session: Session, name: str, roles: frozenset[Role], password: str) -> User:
    session.require(Action.MANAGE_USERS)
    repo = UserRepository(session.db)
    name = usernames.check_name(name)
    if repo.by_name(name) is not None or session.keyfile.holder_for(name) is not None:
        raise InvalidInput(field="name", problem=NAME_TAKEN)
    # Disabled users' names too: an entry of the audit log names them.
    usernames.check_name(name, [u.name for u in repo.all()] + list(session.keyfile.names))
    passwords.check(password, name)
    identity = NewIdentity.generate().pinned(session.current_pins())
    params = _slot_params(session)
    keyfile = session.keyfile
    with session.audited():
        user = repo.add(name, roles, identity.signing_public)
        holder = f"user:{user.id}"
        keyfile.slots[holder] = build_slot(
            keyfile, holder, password, identity, params, _device_for_new_slot(session)
        )
        keyfile.names[name.lower()] = user.id
        _grant_for_roles(session, holder, roles)
        session.record(
            "user.create",
            "user",
            user.id,
            {
                "user_id": user.id,
                "signing_key": identity.signing_public.hex(),
                "roles": sorted(r.value for r in roles),
            },
        )
        keyfile.save(session.paths.key_file)
    return user


def _get(session: Session, name: str) -> User:
    """An active user by name, with their granted roles (never the column's)."""
    found = UserRepository(session.db).by_name(name.strip())
    user = None if found is None else session.granted_user(found.id)
    if user is None or not user.active:
        raise UnknownUser(name=name)
    return user


def disable_user(session: Session, name: str) -> User:
    """Disable: the user's slot and grants leave the key file (rotate the key afterwards)."""
    session.require(Action.MANAGE_USERS)
    user = _get(session, name)
    if user.id == session.user_id:
        raise InvalidInput(field="name", problem=SELF_DISABLE)
    if Role.ADMINISTRATOR in user.roles and _active_administrators(session) <= 1:
        raise InvalidInput(field="name", problem=LAST_ADMIN)
    repo = UserRepository(session.db)
    with session.audited():
        repo.set_active(user.id, False)
        session.keyfile.drop_holder(f"user:{user.id}")
        session.record("user.disable", "user", user.id)
        session.keyfile.save(session.paths.key_file)
    return user


def roles_act(user: User, roles: frozenset[Role]) -> dict[str, object]:
    """What a four-eyes approval of a role change is bound to."""
    return {"user_id": user.id, "roles": sorted(r.value for r in roles)}


def set_roles(
    session: Session, name: str, roles: frozenset[Role], approval: int | None = None
) -> User:
    """Four eyes: `approval` is a request a second person approved (services/approvals);
    a desk where nobody else could approve records that it was approved alone."""
    session.require(Action.MANAGE_USERS)
    user = _get(session, name)
    if (
        Role.ADMINISTRATOR in user.roles
        and Role.ADMINISTRATOR not in roles
        and _active_administrators(session) <= 1
    ):
        raise InvalidInput(field="roles", problem=LAST_ADMIN)
    repo = UserRepository(session.db)
    with session.audited():
        approvals.authorise(session, GraveAct.CHANGE_ROLES, roles_act(user, roles), approval)
        repo.set_roles(user.id, roles)
        _grant_for_roles(session, f"user:{user.id}", roles)
        session.record("user.roles", "user", user.id, {"roles": sorted(r.value for r in roles)})
        session.keyfile.save(session.paths.key_file)
    updated = session.granted_user(user.id)
    assert updated is not None
    return updated


def change_own_password(session: Session, old: str, new: str) -> None:
    """Rewrap the user's own slot under a new password (same keys, new salt)."""
    if session.user is None:
        raise UnknownUser(name="recovery")
    holder = f"user:{session.user.id}"
    keyfile = session.keyfile
    try:
        opened: SlotSecrets = open_slot(keyfile, holder, old, session.device_secret)
    except aead.UnwrapFailed:
        raise WrongPassword() from None
    passwords.check(new, session.user.name)
    identity = NewIdentity(opened, keyfile.slots[holder].signing_public or b"")
    with session.audited():
        keyfile.slots[holder], session.slot_key = build_slot_keeping_key(
            keyfile, holder, new, identity, _slot_params(session), _device_for_new_slot(session)
        )
        session.record("user.passwd", "user", session.user.id)
        keyfile.save(session.paths.key_file)


def reset_password(session: Session, name: str, new: str) -> User:
    """Administrator reset: a new slot with new keys, granted the user's roles again."""
    session.require(Action.MANAGE_USERS)
    user = _get(session, name)
    passwords.check(new, user.name)
    identity = NewIdentity.generate().pinned(session.current_pins())
    holder = f"user:{user.id}"
    if holder == session.holder:
        session.slot_key = None  # the session's keys are replaced: nothing to rewrap
    keyfile = session.keyfile
    with session.audited():
        keyfile.drop_holder(holder)
        keyfile.slots[holder] = build_slot(
            keyfile, holder, new, identity, _slot_params(session), _device_for_new_slot(session)
        )
        keyfile.names[user.name.lower()] = user.id
        _grant_for_roles(session, holder, user.roles)
        UserRepository(session.db).set_signing_key(user.id, identity.signing_public)
        session.record(
            "user.reset",
            "user",
            user.id,
            {
                "user_id": user.id,
                "signing_key": identity.signing_public.hex(),
            },
        )
        keyfile.save(session.paths.key_file)
    return user


def rotate_database_key(session: Session) -> int:
    """PRAGMA rekey with a new random key, sealed again to every holder.

    The key file first gets the new key's grants beside the old ones, then
    the database is rekeyed, then the old grants go: a crash at any point
    leaves a key that opens the database.
    """
    session.require(Action.ROTATE_KEY)
    keyfile = session.keyfile
    new_key = os.urandom(32)
    generation = keyfile.db_generation + 1
    holders = sorted(keyfile.holders_of(SECRET_DB) | {RECOVERY})
    for holder in holders:
        if holder in keyfile.slots:
            keyfile.seal_grant(holder, SECRET_DB, new_key, generation)
    keyfile.save(session.paths.key_file)
    session.db.checkpoint()
    session.db.rekey(new_key)
    session.secrets[SECRET_DB] = new_key
    keyfile.db_generation = generation
    keyfile.grants = [
        g for g in keyfile.grants if g.secret != SECRET_DB or g.generation == generation
    ]
    keyfile.save(session.paths.key_file)
    session.audit_event(
        "desk.rotate_key", details={"generation": generation, "holders": len(holders)}
    )
    return generation
