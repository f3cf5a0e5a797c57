"""Setting up a desk, unlocking it with a password or the recovery code, and
re-checking the password when a locked screen is unlocked."""

from __future__ import annotations

import base64
import contextlib
import os
from dataclasses import dataclass

from hotline import desk_time, logs, passwords, said, usernames
from hotline.crypto import aead, kdf, kem, recovery, signing
from hotline.crypto.kdf import KdfParams
from hotline.errors import (
    DamagedDesk,
    DatabaseMissing,
    DeskError,
    DeskExists,
    DeviceSecretMissing,
    DiskFull,
    FileNotWritten,
    KeyFileDamaged,
    KeyFileOfAnotherDesk,
    KeyFileWeakened,
    NoDesk,
    NotADesk,
    TooSoon,
    WrongPassword,
)
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.paths import DeskPaths, harden_process, make_private_dir
from hotline.permissions import Role
from hotline.records import to_iso, utcnow
from hotline.services import settings
from hotline.services.audit_checks import sign_in_checks
from hotline.services.identity_vault import bind_legacy_entries
from hotline.services.keys import (
    NewIdentity,
    first_key_file,
    open_slot,
    open_slot_keeping_key,
)
from hotline.services.logins import LoginThrottle
from hotline.services.session import Session
from hotline.services.text_sealing import seal_desk, seal_entities
from hotline.storage import device
from hotline.storage.audit_log import AuditLog
from hotline.storage.database import Database, check_file, key_opens_pages
from hotline.storage.entities import ENTITY_SALT
from hotline.storage.keyfile import (
    RECOVERY,
    SECRET_CASETEXT,
    SECRET_DB,
    SECRET_EXPORT,
    SECRET_VAULT,
    AuditPins,
    KeyFile,
    Slot,
    SlotSecrets,
)
from hotline.storage.lock import DeskLock
from hotline.storage.meta import MetaRepository
from hotline.storage.schema import migrate, seal_text_schema
from hotline.storage.users import UserRepository
from hotline.taxonomy import load as load_taxonomy

WARN_BACKEND_CHANGED = QT_TRANSLATE_NOOP(
    "warnings",
    "The OS keychain backend changed since set-up (now {backend}). The desk still "
    "opened; tell the administrator.",
)
WARN_WEAK_KDF = QT_TRANSLATE_NOOP(
    "warnings", "This key slot uses test-strength key derivation: change the password."
)
WARN_UNBOUND = QT_TRANSLATE_NOOP(
    "warnings",
    "This desk is not bound to the machine's keychain: a copy of its files can be attacked "
    "elsewhere by guessing passwords.",
)
WARN_REBOUND = QT_TRANSLATE_NOOP(
    "warnings",
    "The keychain of this machine did not hold the desk's secret: the desk is now bound to "
    "it anew. Give every user a new password; their old ones were bound to the lost secret.",
)
WARN_DISK_FULL = QT_TRANSLATE_NOOP(
    "warnings",
    "The disk is full: the desk opened for reading only. Nothing can be saved, not even the "
    "record of this sign-in, until some space is freed on the disk; then sign in again.",
)
DEFAULT_ADMIN_ROLES = frozenset({Role.ADMINISTRATOR, Role.SUPERVISOR})


@dataclass(frozen=True)
class InitResult:
    recovery_code: str
    bound_to_device: bool
    backend: str
    kdf: KdfParams


def keychain_available() -> tuple[bool, str]:
    """Whether this machine has a secure OS keychain to bind a new desk to, and its name."""
    return device.secure_backend_available()


def init_desk(
    paths: DeskPaths,
    admin_name: str,
    password: str,
    *,
    bind_device: bool = True,
    roles: frozenset[Role] = DEFAULT_ADMIN_ROLES,
    kdf_params: KdfParams | None = None,
    time_zone: str = desk_time.DEFAULT_ZONE,
) -> InitResult:
    """Create a new desk; refuses a folder that already holds one (or a part of one).

    ``time_zone`` (an IANA name) is the zone the desk's months are counted in."""
    harden_process()
    admin_name = usernames.check_name(admin_name)
    passwords.check(password, admin_name)
    time_zone = desk_time.check_zone(time_zone)
    if paths.exists():
        raise DeskExists(path=str(paths.root))
    make_private_dir(paths.root)
    params = kdf_params or kdf.calibrate()
    with DeskLock(paths.lock_file):
        if paths.exists():
            raise DeskExists(path=str(paths.root))
        desk_id = os.urandom(16).hex()
        device_secret: bytes | None = None
        binding = device.DeviceBinding(device.MODE_NONE)
        if bind_device:
            binding, device_secret = device.create_secret(desk_id)
        db_key = os.urandom(32)
        vault = kem.KemPrivateKey.generate()
        case_text = kem.KemPrivateKey.generate()
        export_key = signing.new_private()
        admin = NewIdentity.generate()
        pins = AuditPins(root=admin.signing_public)  # the root, pinned in every slot
        admin = admin.pinned(pins)
        rescue = NewIdentity.generate().pinned(pins)
        code = recovery.generate()

        keyfile = KeyFile(desk_id=desk_id, db_generation=0, device=binding.to_json())
        first_key_file(
            keyfile,
            admin_name,
            password,
            (admin, rescue),
            code,
            params,
            device_secret,
            roles,
            {
                SECRET_DB: db_key,
                SECRET_EXPORT: export_key,
                SECRET_VAULT: vault.to_bytes(),
                SECRET_CASETEXT: case_text.to_bytes(),
            },
        )

        db = Database(paths.database, db_key, create=True)
        try:
            migrate(db)
            audit = AuditLog(db, paths.audit_head)
            with db.transaction():
                meta = {
                    "desk_id": desk_id,
                    "created_at": to_iso(utcnow()),
                    "vault_public": base64.b64encode(vault.public_key()).decode(),
                    "casetext_public": base64.b64encode(case_text.public_key()).decode(),
                    "export_public": base64.b64encode(signing.public_of(export_key)).decode(),
                    "idle_lock_minutes": "5",
                    "taxonomy_version": load_taxonomy().version,
                    "device_mode": binding.mode,
                    ENTITY_SALT: os.urandom(32).hex(),  # entities sealed from the start
                }
                MetaRepository(db).add(meta)
                MetaRepository(db).set(desk_time.META_KEY, time_zone)  # schema 8 set the default
                seal_text_schema(db)
                UserRepository(db).add(admin_name, roles, admin.signing_public, user_id=1)
                audit.append(
                    1,
                    admin.secrets.signing_private or b"",
                    "desk.init",
                    "user",
                    1,
                    {
                        "user_id": 1,
                        "signing_key": admin.signing_public.hex(),
                        "recovery_signing_key": rescue.signing_public.hex(),
                        "roles": sorted(r.value for r in roles),
                        "device_mode": binding.mode,
                    },
                )
            keyfile.save(paths.key_file)
            audit.write_head(durable=True)
        except BaseException:
            db.close()
            for leftover in (paths.database, paths.key_file, paths.audit_head):
                leftover.unlink(missing_ok=True)
            for suffix in ("-wal", "-shm"):
                paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
            if device_secret is not None:
                device.delete_secret(desk_id)
            raise
        db.close()
    logs.setup(paths.log_dir).info("desk created (device binding: %s)", binding.mode)
    return InitResult(code, binding.bound, binding.backend, params)


def _device_secret(keyfile: KeyFile, warnings: list[str]) -> bytes | None:
    binding = device.DeviceBinding(
        str(keyfile.device.get("mode", device.MODE_NONE)), str(keyfile.device.get("backend", ""))
    )
    if not binding.bound:
        warnings.append(WARN_UNBOUND)
        return None
    secret, changed = device.load_secret(keyfile.desk_id, binding)
    if changed is not None:
        warnings.append(WARN_BACKEND_CHANGED.format(backend=changed))
    return secret


def _open_database(paths: DeskPaths, keyfile: KeyFile, secrets: dict[str, list[bytes]]) -> Database:
    keys = secrets.get(SECRET_DB) or []
    if not keys:
        raise KeyFileDamaged(path=str(paths.key_file), reason="no database key for this slot")
    last_error: DeskError | None = None
    for key in keys:  # newest first: a rotation cut short leaves the old key usable
        try:
            return Database(paths.database, key)
        except DeskError as exc:
            last_error = exc
    assert last_error is not None
    if isinstance(last_error, DamagedDesk | NotADesk) and not any(
        key_opens_pages(paths.database, key) for key in keys
    ):
        raise KeyFileOfAnotherDesk(
            path=str(paths.database), key_file=str(paths.key_file)
        ) from last_error
    raise last_error


def _check_files(paths: DeskPaths) -> None:
    """No desk at all, a key file without its database, or a database file that is not one."""
    if not paths.database.exists():
        if paths.key_file.exists():
            raise DatabaseMissing(path=str(paths.database), key_file=str(paths.key_file))
        raise NoDesk(path=str(paths.root))
    check_file(paths.database)


def _weakened(paths: DeskPaths, slot: Slot, name: str) -> KeyFileWeakened:
    return KeyFileWeakened(
        path=str(paths.key_file),
        name=name,
        memory=slot.kdf.memory_kib,
        passes=slot.kdf.iterations,
        floor_memory=kdf.FLOOR.memory_kib,
        floor_passes=kdf.FLOOR.iterations,
    )


def unlock(paths: DeskPaths, name: str, password: str) -> Session:
    """Sign in: the slow-down, the slot, the grants, the database, the audit entry."""
    harden_process()
    _check_files(paths)
    keyfile = KeyFile.load(paths.key_file)
    throttle = LoginThrottle(paths.auth_state)
    wait = throttle.wait_seconds(name)
    if wait:
        raise TooSoon(seconds=wait)
    warnings: list[str] = []
    holder = keyfile.holder_for(name)
    if holder is None or holder not in keyfile.slots:
        # Spend the same time as a real attempt: no hint which names exist.
        with contextlib.suppress(Exception):
            kdf.derive(password, b"\0" * 16, next(iter(keyfile.slots.values())).kdf)
        throttle.failed(name)
        raise WrongPassword()
    slot = keyfile.slots[holder]
    device_secret = _device_secret(keyfile, warnings)
    logs.setup(paths.log_dir)
    if slot.uses_device and device_secret is None:
        logs.get().warning("sign-in refused: device secret missing from the keychain")
        raise DeviceSecretMissing()
    if slot.kdf.underivable:
        raise _weakened(paths, slot, name)
    try:
        opened, slot_key = open_slot_keeping_key(keyfile, holder, password, device_secret)
    except aead.UnwrapFailed:
        if slot.kdf.weakened:  # a damaged file is not a password guess: nothing counted
            raise _weakened(paths, slot, name) from None
        throttle.failed(name)
        logs.get().info("sign-in failed for slot %s", holder)
        raise WrongPassword() from None
    if slot.kdf.below_floor:
        warnings.append(WARN_WEAK_KDF)
    return _finish_unlock(
        paths, keyfile, holder, (opened, slot_key), name, throttle, warnings, device_secret
    )


def _finish_unlock(
    paths: DeskPaths,
    keyfile: KeyFile,
    holder: str,
    unwrapped: tuple[SlotSecrets, bytes],
    name: str,
    throttle: LoginThrottle,
    warnings: list[str],
    device_secret: bytes | None,
) -> Session:
    opened, slot_key = unwrapped
    try:
        grants = keyfile.open_grants(holder, opened.kem_private)
    except ValueError as exc:
        raise KeyFileDamaged(path=str(paths.key_file), reason=str(exc)) from exc
    lock = DeskLock(paths.lock_file).acquire()
    try:
        db = _open_database(paths, keyfile, grants)
        try:
            migrate(db)
            session = _session(
                paths, db, keyfile, holder, opened, grants, lock, warnings, device_secret
            )
            session.holder, session.slot_key = holder, slot_key
            noticed = sign_in_checks(session, opened.pins)
            try:
                pending = throttle.succeeded(name)
                throttle.set_free_failures(settings.value(session, settings.SIGN_IN_LIMIT))
                with session.audited():
                    if pending:
                        session.record(
                            "login.failed",
                            details={"attempts": pending[-100:], "count": len(pending)},
                        )
                    for problem in noticed:
                        session.record("audit.tampering", details=said.kept(problem))
                    session.record("login", "user", session.user_id)
                bind_legacy_entries(session)
                # An upgraded desk: its first supervisor's session makes the case-text key
                # (the text already there is sealed afterwards, text_sealing.seal_remaining).
                seal_desk(session)
                seal_entities(session)  # and the entity values, under the calls' keys
            except (DiskFull, FileNotWritten):
                # A full disk: the desk still opens to read what it holds; nothing can be
                # saved (each save says so) until space is freed, the sign-in's entry included.
                session.warnings.append(WARN_DISK_FULL)
                with contextlib.suppress(OSError):
                    logs.get().warning("desk unlocked by %s on a full disk, not audited", holder)
            else:
                logs.get().info("desk unlocked by %s", holder)
            return session
        except BaseException:
            db.close()
            raise
    except BaseException:
        lock.release()
        raise


def _session(
    paths: DeskPaths,
    db: Database,
    keyfile: KeyFile,
    holder: str,
    opened: SlotSecrets,
    grants: dict[str, list[bytes]],
    lock: DeskLock,
    warnings: list[str],
    device_secret: bytes | None,
) -> Session:
    stored_id = MetaRepository(db).get("desk_id")
    if stored_id != keyfile.desk_id:
        raise KeyFileOfAnotherDesk(path=str(paths.database), key_file=str(paths.key_file))
    user = None
    if holder != RECOVERY:
        user = UserRepository(db).get(int(holder.split(":", 1)[1]))
        if user is None or not user.active:
            raise WrongPassword()
        if UserRepository(db).signing_public(user.id) != keyfile.slots[holder].signing_public:
            raise KeyFileDamaged(
                path=str(paths.key_file), reason="the slot does not match its user"
            )
        if keyfile.holder_for(user.name) != holder:
            raise KeyFileDamaged(
                path=str(paths.key_file), reason="its user names do not match the desk's users"
            )
    secrets = {k: v[0] for k, v in grants.items() if k != SECRET_DB}
    secrets[SECRET_DB] = grants[SECRET_DB][0]
    if opened.signing_private is None:
        raise KeyFileDamaged(path=str(paths.key_file), reason="the slot has no signing key")
    return Session(
        paths=paths,
        db=db,
        keyfile=keyfile,
        user=user,
        signing_key=opened.signing_private,
        kem_private=opened.kem_private,
        secrets=secrets,
        lock=lock,
        device_secret=device_secret,
        warnings=warnings,
    )


def unlock_with_recovery(paths: DeskPaths, code: str) -> Session:
    """Open the desk with the recovery code (acts as administrator, audited as such)."""
    harden_process()
    _check_files(paths)
    keyfile = KeyFile.load(paths.key_file)
    throttle = LoginThrottle(paths.auth_state)
    wait = throttle.wait_seconds(RECOVERY)
    if wait:
        raise TooSoon(seconds=wait)
    canonical = recovery.normalise(code)
    if canonical is None or RECOVERY not in keyfile.slots:
        throttle.failed(RECOVERY)
        raise WrongPassword()
    rescue = keyfile.slots[RECOVERY]
    if rescue.kdf.underivable:
        raise _weakened(paths, rescue, RECOVERY)
    try:
        unwrapped = open_slot_keeping_key(keyfile, RECOVERY, canonical, None)
    except aead.UnwrapFailed:
        if rescue.kdf.weakened:
            raise _weakened(paths, rescue, RECOVERY) from None
        throttle.failed(RECOVERY)
        raise WrongPassword() from None
    device_secret = None
    bound = keyfile.device.get("mode") == device.MODE_KEYRING
    if bound:
        device_secret, _ = device.load_secret(
            keyfile.desk_id, device.DeviceBinding(device.MODE_KEYRING, "")
        )
    session = _finish_unlock(
        paths, keyfile, RECOVERY, unwrapped, RECOVERY, throttle, [], device_secret
    )
    if bound and device_secret is None:
        _rebind_keychain(session)
    return session


def _rebind_keychain(session: Session) -> None:
    """The keychain lost the desk's secret (a new machine, a reinstalled system).

    With the recovery code the desk is bound anew to this machine's keychain, so
    the passwords set from now on are bound again; slots bound to the lost secret
    cannot open any more, and their users are given new passwords.
    """
    try:
        binding, secret = device.create_secret(session.keyfile.desk_id)
    except device.NoSecureKeychain:
        session.warnings.append(WARN_UNBOUND)
        return
    session.keyfile.device = binding.to_json()
    session.keyfile.save(session.paths.key_file)
    session.device_secret = secret
    session.warnings.append(WARN_REBOUND)
    session.audit_event("desk.rebind_keychain", details={"backend": binding.backend})
    logs.get().warning("desk bound anew to the keychain after the recovery code was used")


def check_password(session: Session, password: str) -> None:
    """Raise WrongPassword (or TooSoon) unless `password` opens the user's own slot.

    Used to unlock a locked screen: the session stays open, so a draft call being
    taken survives the lock. Failures slow down like sign-in failures and are audited.
    """
    if session.user is None:
        raise WrongPassword()
    name = session.user.name
    throttle = LoginThrottle(session.paths.auth_state)
    wait = throttle.wait_seconds(name)
    if wait:
        raise TooSoon(seconds=wait)
    holder = session.keyfile.holder_for(name)
    if holder is None or holder not in session.keyfile.slots:
        raise WrongPassword()
    try:
        open_slot(session.keyfile, holder, password, session.device_secret)
    except aead.UnwrapFailed:
        throttle.failed(name)
        session.audit_unlock("unlock.failed")
        raise WrongPassword() from None
    throttle.succeeded(name)
    session.audit_unlock("unlock")
