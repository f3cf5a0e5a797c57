"""Who holds which signing key and which roles, as the signed audit chain says.

The chain is rooted in the desk's first administrator: entry 1, ``desk.init``,
carries their signing key (and the recovery code's), and that key is pinned
inside every user's slot and the recovery slot. Only an entry signed by an
administrator can vouch for a new or reset signing key or grant roles
(``user.create``, ``user.reset``, ``user.roles``, ``user.disable``): those
entries are the role grants. A ``desk.init`` anywhere but entry 1, a grant
signed by a non-administrator or by a key the chain does not vouch for, a
root that differs from the pin: each is named and ignored, so the roles a
session holds never come from the ``users.roles`` column alone.

Replayed in full by verify; at sign-in only the grant entries are read (they
are few), each checked against its own hash and signature.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from hotline.crypto import signing
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Role
from hotline.said import Said

RECOVERY_ACTOR = 0  # entries written with the recovery code carry no user id
ROOT_ACTION = "desk.init"
GRANT_ACTIONS = (ROOT_ACTION, "user.create", "user.reset", "user.roles", "user.disable")


def _roles(values: Any) -> frozenset[Role]:
    return frozenset(Role(v) for v in values)


# What verify says of the grants (hotline/said.py: translated where it is shown).
UNKNOWN_SIGNER = QT_TRANSLATE_NOOP("findings", "audit entry {seq} is signed by unknown user {user}")
BAD_SIGNATURE = QT_TRANSLATE_NOOP(
    "findings", "audit entry {seq} has a signature that does not verify"
)
NOT_ADMIN = QT_TRANSLATE_NOOP(
    "findings",
    "audit entry {seq} ({action}) is signed by user {user}, who is not an administrator: it "
    "vouches for nothing",
)
NOT_A_GRANT = QT_TRANSLATE_NOOP("findings", "audit entry {seq} ({action}) is not a valid grant")
LATE_INIT = QT_TRANSLATE_NOOP(
    "findings",
    "audit entry {seq} is a desk.init that is not the first entry: it vouches for nothing",
)
INIT_NO_KEY = QT_TRANSLATE_NOOP("findings", "audit entry 1 (desk.init) has no valid signing key")
INIT_REPLACED = QT_TRANSLATE_NOOP(
    "findings",
    "audit entry 1 (desk.init) is signed by another key than the desk's root pinned in this key "
    "slot: the log was replaced",
)
INIT_BAD_SIGNATURE = QT_TRANSLATE_NOOP(
    "findings", "audit entry 1 (desk.init) has a signature that does not verify"
)
NO_INIT = QT_TRANSLATE_NOOP("findings", "the audit log has no desk.init entry 1")


@dataclass
class Authority:
    """The keys and roles the chain vouches for, replayed entry by entry."""

    pin: bytes | None  # the verifier's own pin of the root key (None: trust entry 1)
    keys: dict[int, bytes] = field(default_factory=dict)
    roles: dict[int, frozenset[Role]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    root: bytes | None = None

    def actor(self, user_id: int | None) -> int:
        return RECOVERY_ACTOR if user_id is None else int(user_id)

    def is_admin(self, actor: int) -> bool:
        return Role.ADMINISTRATOR in self.roles.get(actor, frozenset())

    def roles_of(self, user_id: int) -> frozenset[Role]:
        return self.roles.get(user_id, frozenset())

    def check_signature(self, seq: int, user_id: int | None, digest: bytes, sig: bytes) -> bool:
        key = self.keys.get(self.actor(user_id))
        if key is None:
            self.problems.append(Said(UNKNOWN_SIGNER, seq=seq, user=str(user_id)))
            return False
        if not signing.verify(key, digest, sig):
            self.problems.append(Said(BAD_SIGNATURE, seq=seq))
            return False
        return True

    def apply(
        self,
        seq: int,
        user_id: int | None,
        action: str,
        object_id: int | None,
        details: str,
        digest: bytes,
        sig: bytes,
    ) -> None:
        """Take one entry into account (its hash already checked by the caller)."""
        if action == ROOT_ACTION:
            self._root(seq, user_id, details, digest, sig)
            return
        if not self.check_signature(seq, user_id, digest, sig) or action not in GRANT_ACTIONS:
            return
        signer = self.actor(user_id)
        if not self.is_admin(signer):
            self.problems.append(Said(NOT_ADMIN, seq=seq, action=action, user=str(user_id)))
            return
        try:
            info = json.loads(details)
            subject = int(info.get("user_id", object_id))
            if action == "user.create":
                self.keys[subject] = bytes.fromhex(info["signing_key"])
                self.roles[subject] = _roles(info["roles"])
            elif action == "user.reset":
                self.keys[subject] = bytes.fromhex(info["signing_key"])
            elif action == "user.roles":
                self.roles[subject] = _roles(info["roles"])
            elif action == "user.disable":
                self.roles.pop(subject, None)
                self.keys.pop(subject, None)
        except (ValueError, KeyError, TypeError, AttributeError):
            self.problems.append(Said(NOT_A_GRANT, seq=seq, action=action))

    def _root(self, seq: int, user_id: int | None, details: str, digest: bytes, sig: bytes) -> None:
        if seq != 1 or self.root is not None:
            self.problems.append(Said(LATE_INIT, seq=seq))
            return
        try:
            info = json.loads(details)
            key = bytes.fromhex(info["signing_key"])
            recovery_key = bytes.fromhex(info["recovery_signing_key"])
            roles = _roles(info["roles"])
            subject = int(info["user_id"])
        except (ValueError, KeyError, TypeError):
            self.problems.append(Said(INIT_NO_KEY))
            return
        if self.pin is not None and key != self.pin:
            self.problems.append(Said(INIT_REPLACED))
            return
        if user_id != subject or not signing.verify(key, digest, sig):
            self.problems.append(Said(INIT_BAD_SIGNATURE))
            return
        self.root = key
        self.keys[subject] = key
        self.roles[subject] = roles
        self.keys[RECOVERY_ACTOR] = recovery_key
        self.roles[RECOVERY_ACTOR] = frozenset({Role.ADMINISTRATOR})

    def replay(self, rows: Iterable[tuple[Any, ...]]) -> Authority:
        """rows: (seq, user_id, action, object_id, details, hash, signature), hashes checked."""
        for seq, user_id, action, object_id, details, digest, sig in rows:
            self.apply(
                int(seq), user_id, str(action), object_id, str(details), bytes(digest), bytes(sig)
            )
        if self.root is None and not any("entry 1" in p for p in self.problems):
            self.problems.append(Said(NO_INIT))
        return self
