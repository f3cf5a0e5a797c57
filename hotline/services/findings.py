"""What the desk noticed at sign-ins (``audit.tampering``) and the administrators'
acknowledgements of it (``audit.acknowledge``).

An acknowledgement counts only when it is an intact entry signed with the key the
chain vouches for an administrator: the insider who cut the log cannot append
one, signed with their own key, to turn the finding green on Desk health. None
ever removes a finding: verify lists each, saying whether it was acknowledged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from hotline.crypto import signing
from hotline.records import AuditEntry
from hotline.services.session import Session
from hotline.storage.authority import RECOVERY_ACTOR, Authority

TAMPERING = "audit.tampering"
ACKNOWLEDGE = "audit.acknowledge"
OBJECT = "audit"


@dataclass(frozen=True)
class Finding:
    seq: int
    at: datetime
    problem: str
    acknowledged_by: int | None = None
    acknowledged_at: datetime | None = None
    note: str = ""
    acknowledgement: int | None = None  # the seq of the entry that acknowledged it

    @property
    def acknowledged(self) -> bool:
        return self.acknowledged_at is not None


def acknowledgements(session: Session) -> dict[int, AuditEntry]:
    """The first administrator's acknowledgement of each finding, by the finding's seq."""
    authority = Authority(session.pins.root)
    found: dict[int, AuditEntry] = {}
    for signed in session.audit.signed_of(OBJECT):
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
        if entry.action != ACKNOWLEDGE or not signed.intact or entry.object_id is None:
            continue
        actor = RECOVERY_ACTOR if entry.user_id is None else int(entry.user_id)
        key = authority.keys.get(actor)
        if key is None or not signing.verify(key, signed.hash, signed.signature):
            continue
        if authority.is_admin(actor):
            found.setdefault(int(entry.object_id), entry)
    return found


def findings(session: Session) -> list[Finding]:
    """Every finding, newest first, with its acknowledgement when an administrator gave one."""
    acks = acknowledgements(session)
    result = []
    for entry in reversed(session.audit.entries_of(TAMPERING)):
        ack = acks.get(entry.seq)
        result.append(
            Finding(
                entry.seq,
                entry.at,
                str(entry.details.get("problem", "")),
                None if ack is None else ack.user_id,
                None if ack is None else ack.at,
                "" if ack is None else str(ack.details.get("note", "")),
                None if ack is None else ack.seq,
            )
        )
    return result
