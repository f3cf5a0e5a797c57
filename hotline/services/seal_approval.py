"""The second person's approval of a sealing: four eyes where the desk has them.

The approver is another active user whom the signed audit chain makes an
administrator or a supervisor. They type their own password at the acting
administrator's desk; it opens their own slot (with the same slow-down as a
sign-in) and their signing key signs the digest of exactly what will be sealed
(the decision and the call ids). The sealing checks the signature against the
key the chain vouches for, so an approval cannot be forged with SQL, nor reused
for another decision or other calls.

This is the small interface sealing uses; it can be served by a general
approvals service (requests approved later in the approver's own session)
without changing the sealing itself.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass

from hotline.crypto import aead, signing
from hotline.errors import DeskError, TooSoon, WrongPassword
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Role
from hotline.services.keys import open_slot_keeping_key
from hotline.services.logins import LoginThrottle
from hotline.services.session import Session
from hotline.storage.authority import Authority
from hotline.storage.users import UserRepository

APPROVING_ROLES = frozenset({Role.ADMINISTRATOR, Role.SUPERVISOR})


class ApprovalNeeded(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "A second administrator or supervisor must approve this sealing first. Nothing was sealed.",
    )


class ApprovalInvalid(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The approval does not match what is to be sealed, or was not given by another "
        "administrator or supervisor. Approve again; nothing was sealed.",
    )


class NotAnApprover(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name} cannot approve: the approver must be another active administrator or "
        "supervisor than the person sealing.",
    )


@dataclass(frozen=True)
class Approval:
    approver_id: int
    approver: str
    digest: bytes
    signature: bytes


def plan_digest(
    session: Session, kind: str, fields: dict[str, str], call_ids: Sequence[int]
) -> bytes:
    """What an approval covers: the desk, the decision and the exact calls."""
    text = json.dumps(
        {"desk": session.keyfile.desk_id, "kind": kind, **fields, "calls": sorted(call_ids)},
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(b"hotline-seal-approval|" + text.encode("utf-8")).digest()


def _authority(session: Session) -> Authority:
    return session.audit.authority(session.pins.root)


def approvers(session: Session) -> list[str]:
    """The names of the users who may approve this session's sealing."""
    authority = _authority(session)
    return [
        u.name
        for u in UserRepository(session.db).all()
        if u.active
        and u.id != session.user_id
        and authority.roles.get(u.id, frozenset()) & APPROVING_ROLES
        and u.id in authority.keys
    ]


def needed(session: Session) -> bool:
    """Whether the desk has a second person who can approve (then one must)."""
    return bool(approvers(session))


def approve(session: Session, digest: bytes, name: str, password: str) -> Approval:
    """The named approver signs `digest` with the key their password opens."""
    user = UserRepository(session.db).by_name(name.strip())
    if user is None or name.strip().lower() not in {n.lower() for n in approvers(session)}:
        raise NotAnApprover(name=name.strip())
    throttle = LoginThrottle(session.paths.auth_state)
    wait = throttle.wait_seconds(user.name)
    if wait:
        raise TooSoon(seconds=wait)
    holder = session.keyfile.holder_for(user.name)
    if holder is None or holder not in session.keyfile.slots:
        raise NotAnApprover(name=user.name)
    try:
        opened, _ = open_slot_keeping_key(session.keyfile, holder, password, session.device_secret)
    except aead.UnwrapFailed:
        throttle.failed(user.name)
        raise WrongPassword() from None
    if opened.signing_private is None:
        raise NotAnApprover(name=user.name)
    signature = signing.sign(opened.signing_private, digest)
    return Approval(user.id, user.name, digest, signature)


def check(session: Session, digest: bytes, approval: Approval | None) -> int | None:
    """The approver's id when the approval is valid for `digest`; None when the desk
    has no second person; raise otherwise."""
    if approval is None:
        if needed(session):
            raise ApprovalNeeded()
        return None
    authority = _authority(session)
    public = authority.keys.get(approval.approver_id)
    roles = authority.roles.get(approval.approver_id, frozenset())
    if (
        approval.approver_id == session.user_id
        or public is None
        or not roles & APPROVING_ROLES
        or approval.digest != digest
        or not signing.verify(public, digest, approval.signature)
    ):
        raise ApprovalInvalid()
    return approval.approver_id
