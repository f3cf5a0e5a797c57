"""Audit entries that count only when an administrator signed them (an acknowledgement,
a setting): intact, and signed with the key the chain vouched for an administrator at
that point. An insider with the database key appends entries with their own key only,
so theirs never count, whatever user id they write into them."""

from __future__ import annotations

from hotline.crypto import signing
from hotline.records import AuditEntry
from hotline.services.session import Session
from hotline.storage.authority import RECOVERY_ACTOR, Authority


def by_administrators(session: Session, object_type: str, action: str) -> list[AuditEntry]:
    """The entries of `action` about `object_type` an administrator signed, oldest first."""
    authority = Authority(session.pins.root)
    found: list[AuditEntry] = []
    for signed in session.audit.signed_of(object_type):
        entry = signed.entry
        if signed.is_grant:
            if signed.intact:
                authority.apply(
                    entry.seq,
                    entry.user_id,
                    entry.action,
                    entry.object_id,
                    signed.details_text,
                    signed.hash,
                    signed.signature,
                )
            continue
        if entry.action != action or entry.object_type != object_type or not signed.intact:
            continue
        actor = RECOVERY_ACTOR if entry.user_id is None else int(entry.user_id)
        key = authority.keys.get(actor)
        if key is None or not signing.verify(key, signed.hash, signed.signature):
            continue
        if authority.is_admin(actor):
            found.append(entry)
    return found
