"""An unlocked desk: the database, the user's keys and the permission check."""

from __future__ import annotations

import base64
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from hotline import logs
from hotline.crypto import kem, signing
from hotline.crypto.calltext import CallText
from hotline.errors import PermissionDenied
from hotline.paths import DeskPaths
from hotline.permissions import Action, Role, allowed
from hotline.records import AuditEntry, User, utcnow
from hotline.services.call_backend import CallBackend
from hotline.storage import entities
from hotline.storage.audit_log import AuditLog, Head, SignedEntry
from hotline.storage.authority import Authority
from hotline.storage.calls import CallRepository
from hotline.storage.closed_counts import ClosedCounts
from hotline.storage.database import Database, Transaction
from hotline.storage.keyfile import (
    SECRET_CASETEXT,
    SECRET_EXPORT,
    SECRET_VAULT,
    AuditPins,
    KeyFile,
    SlotSecrets,
    rewrap_slot,
)
from hotline.storage.lock import DeskLock
from hotline.storage.meta import MetaRepository
from hotline.storage.referral_directory import DirectoryRepository, DirectoryStore
from hotline.storage.users import UserRepository
from hotline.taxonomy import Taxonomy
from hotline.taxonomy import load as load_taxonomy

SESSION_MAX_HOURS = 12


class SharedState(Protocol):
    """What a centre shares, as the services judge it against the administrators' entries
    (services/settings.py, directory.py): a Session, or on the command line of a joined
    workstation centre_session.CentreShared."""

    @property
    def pins(self) -> AuditPins: ...
    def shared_setting(self, key: str) -> str | None: ...
    def directory(self) -> DirectoryStore: ...
    def signed_of(self, object_type: str) -> list[SignedEntry]: ...


@dataclass
class Session:
    paths: DeskPaths
    db: Database
    keyfile: KeyFile
    user: User | None  # None when opened with the recovery code
    signing_key: bytes
    kem_private: kem.KemPrivateKey
    secrets: dict[str, bytes]
    lock: DeskLock
    device_secret: bytes | None = None
    warnings: list[str] = field(default_factory=list)
    unlocked_at: datetime = field(default_factory=utcnow)
    # The slot this session was opened with, its key and its audit pins (the root
    # checked against entry 1, the head refreshed in the slot at sign-out).
    holder: str = ""
    slot_key: bytes | None = None
    pins: AuditPins = field(default_factory=AuditPins)
    # What closed months counted, kept for this session's exports (memory only; None
    # counts every export afresh).
    closed_counts: ClosedCounts | None = field(default_factory=ClosedCounts, repr=False)
    _call_text: CallText | None = field(default=None, init=False, repr=False)
    _authority: tuple[int, Authority] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.audit = AuditLog(self.db, self.paths.audit_head)
        if len(self.signing_key) == signing.PRIVATE_BYTES:
            signing.keep(self.signing_key)  # parsed once for every entry it signs
        self.taxonomy: Taxonomy = load_taxonomy()

    # --- who ---------------------------------------------------------------
    @property
    def user_id(self) -> int | None:
        return None if self.user is None else self.user.id

    @property
    def roles(self) -> frozenset[Role]:
        if self.user is None:  # the recovery code acts as administrator
            return frozenset({Role.ADMINISTRATOR})
        return self.user.roles

    def authority(self) -> Authority:
        """The keys and roles the chain's administrator-signed grants vouch for now,
        replayed again whenever the log has grown (the grant entries are few)."""
        head = self.audit.last().seq
        if self._authority is None or self._authority[0] != head:
            self._authority = (head, self.audit.authority(self.pins.root))
        return self._authority[1]

    def granted_users(self) -> list[User]:
        """Every user, with the roles the grants give them: never the users.roles
        column, which anyone holding the database key can rewrite. A user whose
        signing key in the table is not the one the chain vouches for holds none."""
        authority = self.authority()
        keys = {k.user_id: k.signing_public for k in UserRepository(self.db).signing_keys()}
        out = []
        for user in UserRepository(self.db).all():
            if self.user is not None and user.id == self.user.id:
                roles = self.user.roles  # checked at sign-in against this very slot
            elif authority.keys.get(user.id) == keys.get(user.id):
                roles = authority.roles_of(user.id)
            else:
                roles = frozenset()
            out.append(replace(user, roles=roles))
        return out

    def granted_user(self, user_id: int) -> User | None:
        """One user with their granted roles (see granted_users)."""
        return next((u for u in self.granted_users() if u.id == user_id), None)

    def can(self, action: Action) -> bool:
        return allowed(self.roles, action)

    def require(self, action: Action, object_type: str = "", object_id: int | None = None) -> None:
        """Raise PermissionDenied (and audit the denial) unless the roles allow it."""
        if self.can(action):
            return
        self.audit_event("permission.denied", object_type, object_id, {"action": action.value})
        raise PermissionDenied(action=action.value)

    # --- audit -----------------------------------------------------------
    def audited(self, durable: bool = False) -> AbstractContextManager[None]:
        """One audited step: the block changes data and records its audit entries
        (record()) in one transaction; then the chain's head is written outside the
        database, so a truncated log shows. An error rolls the whole step back."""
        return Audited(self.db.transaction(), self.audit, durable)

    def audit_head(self) -> Head:
        """The chain's head as this step leaves it (inside ``audited``, after record():
        the entry just appended), as an export's manifest names it."""
        return self.audit.last()

    def audit_event(
        self,
        action: str,
        object_type: str = "",
        object_id: int | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        """An audit entry that is a step of its own (a sign-in, a reading, a check)."""
        with self.audited():
            self.record(action, object_type, object_id, details)

    def audit_unlock(self, action: str) -> None:
        """The lock screen's entry (``unlock``, ``unlock.failed``): a step of its own
        (a centre's session signed in offline keeps it out, CentreSession)."""
        self.audit_event(action, "user", self.user_id)

    def record(
        self,
        action: str,
        object_type: str = "",
        object_id: int | None = None,
        details: dict[str, Any] | None = None,
        row_sha256: str | None = None,
    ) -> int:
        """Append an audit entry inside the current transaction (`row_sha256`: see
        AuditLog.append)."""
        return self.audit.append(
            self.user_id, self.signing_key, action, object_type, object_id, details, row_sha256
        )

    # --- desk facts ------------------------------------------------------
    def audit_entries(self, action: str) -> list[AuditEntry]:
        """Every entry of one action in the session's chain, oldest first (a centre's
        session: the centre's chain on its server)."""
        return self.audit.entries_of(action)

    def meta(self, key: str, default: str = "") -> str:
        value = MetaRepository(self.db).get(key)
        return default if value is None else value

    def set_meta(self, key: str, value: str) -> None:
        MetaRepository(self.db).set(key, value)

    # --- what a centre shares (this desk's own file on the single-file desk) ---------
    def shared_setting(self, key: str) -> str | None:
        """A setting of the centre's (services/settings.py): the desk's meta table here,
        the server's on a centre's session."""
        return MetaRepository(self.db).get(key)

    def set_shared_setting(self, key: str, value: str) -> None:
        MetaRepository(self.db).set(key, value)

    def directory(self) -> DirectoryStore:
        """The referral directory: the desk's table here, the server's on a centre."""
        return DirectoryRepository(self.db)

    @property
    def sign_in_counter(self) -> Path:
        """The file of failed sign-ins this session's sign-in counted in (logins.py)."""
        return self.paths.auth_state

    def signed_of(self, object_type: str) -> list[SignedEntry]:
        """The audit entries about one kind of object with the grants among them, with
        their proofs (storage/audit_log.py): the chain the session's audit goes to."""
        return self.audit.signed_of(object_type)

    @property
    def vault_public(self) -> bytes:
        return base64.b64decode(self.meta("vault_public"))

    @property
    def export_public(self) -> bytes:
        return base64.b64decode(self.meta("export_public"))

    @property
    def vault_private(self) -> kem.KemPrivateKey | None:
        raw = self.secrets.get(SECRET_VAULT)
        return kem.KemPrivateKey.from_bytes(raw) if raw else None

    @property
    def call_text(self) -> CallText | None:
        """Sealing and opening calls' free text; None on a desk not sealed yet
        (migrated, waiting for its first supervisor's session)."""
        cached = self._call_text
        if cached is not None:  # the case-text key, once there, stays for the session
            return cached
        public = self.meta("casetext_public")
        if not public:
            return None
        raw = self.secrets.get(SECRET_CASETEXT)
        cached = CallText(
            desk_id=self.keyfile.desk_id,
            case_public=base64.b64decode(public),
            own_holder=None if self.user is None else f"user:{self.user.id}",
            own_private=self.kem_private,
            case_private=kem.KemPrivateKey.from_bytes(raw) if raw else None,
            publics=self._public_of,
        )
        self._call_text = cached
        return cached

    def remote(self) -> CallBackend | None:
        """Where this session's calls are saved and listed when not in its own desk file
        (services/call_backend.py): None on the single-file desk."""
        return None

    def calls(self) -> CallRepository:
        """The calls, their free text sealed and opened with this session's keys."""
        return CallRepository(self.db, self.call_text)

    def _public_of(self, user_id: int) -> bytes | None:
        slot = self.keyfile.slots.get(f"user:{user_id}")
        return None if slot is None else slot.kem_public

    def forget_call_text(self) -> None:
        """Drop the cached keys (after the case-text key was created or granted)."""
        self._call_text = None

    @property
    def export_private(self) -> bytes | None:
        return self.secrets.get(SECRET_EXPORT)

    @property
    def idle_lock_minutes(self) -> int:
        return int(self.meta("idle_lock_minutes", "5"))

    def expired(self, now: datetime | None = None) -> bool:
        now = now or utcnow()
        return (now - self.unlocked_at).total_seconds() > SESSION_MAX_HOURS * 3600

    def current_pins(self) -> AuditPins:
        """The pins a slot made or refreshed now keeps: the root and today's head."""
        head = self.audit.last()
        return AuditPins(self.pins.root, head.seq, head.hash)

    def remember_head(self) -> None:
        """Wrap this session's own slot again around the head it leaves the log at.

        A failure to write (a full disk) keeps the slot's older head, which the
        chain still contains: the next sign-in is not misled, so it is only logged."""
        slot = self.keyfile.slots.get(self.holder)
        if self.slot_key is None or slot is None:
            return
        pins = self.current_pins()
        secrets = SlotSecrets(self.kem_private, self.signing_key, pins)
        previous = dict(self.keyfile.slots)
        self.keyfile.slots[self.holder] = rewrap_slot(
            slot, self.keyfile.desk_id, self.slot_key, secrets
        )
        try:
            self.keyfile.save(self.paths.key_file)
        except OSError as exc:
            self.keyfile.slots = previous
            logs.get().warning("the slot's audit head was not refreshed (%s)", type(exc).__name__)
            return
        self.pins = pins

    def close(self) -> None:
        try:
            self.audit.write_head(durable=True)
            if not self.db.opened_on_full_disk:  # it could save nothing: the pin stands
                self.remember_head()
            self.db.checkpoint()  # removed drafts leave the WAL before the desk closes
        finally:
            entities.forget(self.db)
            signing.forget(self.signing_key)
            self.db.close()
            self.lock.release()


class Audited:
    """Session.audited(): the transaction, then the head written once it committed."""

    __slots__ = ("_audit", "_durable", "_transaction")

    def __init__(self, transaction: Transaction, audit: AuditLog, durable: bool) -> None:
        self._transaction = transaction
        self._audit = audit
        self._durable = durable

    def __enter__(self) -> None:
        self._transaction.__enter__()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: Any
    ) -> None:
        self._transaction.__exit__(kind, error, trace)  # raises when COMMIT fails
        if kind is None:
            self._audit.write_head(durable=self._durable)
