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

from hotline import said
from hotline.records import AuditEntry
from hotline.services.session import Session
from hotline.services.signed_entries import by_administrators
from hotline.storage.audit_queries import AuditQueries

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
    found: dict[int, AuditEntry] = {}
    for entry in by_administrators(session, OBJECT, ACKNOWLEDGE):
        if entry.object_id is not None:
            found.setdefault(int(entry.object_id), entry)
    return found


def findings(session: Session) -> list[Finding]:
    """Every finding, newest first, with its acknowledgement when an administrator gave one."""
    acks = acknowledgements(session)
    result = []
    for entry in AuditQueries(session.db).desk_events(TAMPERING):
        ack = acks.get(entry.seq)
        result.append(
            Finding(
                entry.seq,
                entry.at,
                said.read(entry.details),
                None if ack is None else ack.user_id,
                None if ack is None else ack.at,
                "" if ack is None else str(ack.details.get("note", "")),
                None if ack is None else ack.seq,
            )
        )
    return result
