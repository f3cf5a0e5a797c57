"""A call's review state: claims, decisions and the comment of a call returned to its
operator (the columns review_state, claimed_by, claimed_at, reviewed_*, returned_comment)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hotline.records import from_iso, to_iso
from hotline.storage.database import Database

RETURNED_COMMENT = "returned_comment"  # its associated-data name, sealed under the call's key

CLAIM_MINUTES = 30  # an abandoned claim is released after this

REVIEW_STATES = ("new", "claimed", "returned", "reviewed")


@dataclass(frozen=True, slots=True)
class ReviewInfo:
    """Where a call stands in review, and whose call it is."""

    state: str  # one of REVIEW_STATES
    claimed_by: int | None
    claimed_at: datetime | None
    operator_id: int


class ReviewRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def info(self, call_id: int) -> ReviewInfo | None:
        row = self.db.execute(
            "SELECT review_state, claimed_by, claimed_at, operator_id FROM calls WHERE id = ?",
            (call_id,),
        ).fetchone()
        if row is None:
            return None
        return ReviewInfo(
            state=str(row[0]),
            claimed_by=None if row[1] is None else int(row[1]),
            claimed_at=from_iso(row[2]) if row[2] else None,
            operator_id=int(row[3]),
        )

    def try_claim(self, call_id: int, user_id: int, now: datetime, stale_before: datetime) -> bool:
        """Claim the call unless another supervisor holds a claim newer than stale_before."""
        cur = self.db.execute(
            "UPDATE calls SET claimed_by = ?, claimed_at = ?, review_state = 'claimed'"
            " WHERE id = ? AND review_state <> 'reviewed'"
            " AND (claimed_by IS NULL OR claimed_by = ? OR claimed_at < ?)",
            (user_id, to_iso(now), call_id, user_id, to_iso(stale_before)),
        )
        return int(cur.rowcount) == 1

    def set_state(
        self,
        call_id: int,
        state: str,
        user_id: int | None = None,
        at: datetime | None = None,
        returned_comment: bytes | str | None = None,
    ) -> None:
        """Move the call to a review state; the claim is released."""
        sets = ["review_state = ?", "claimed_by = NULL", "claimed_at = NULL"]
        params: list[Any] = [state]
        if state == "reviewed":
            sets += ["reviewed_by = ?", "reviewed_at = ?"]
            params += [user_id, to_iso(at) if at else None]
        if returned_comment is not None:
            sets.append("returned_comment = ?")
            params.append(returned_comment)
        self.db.execute(f"UPDATE calls SET {', '.join(sets)} WHERE id = ?", (*params, call_id))

    def claimable(self, user_id: int, stale_before: datetime, limit: int = 20) -> list[int]:
        """The oldest calls with content waiting for review (new, or a lapsed claim)."""
        return [
            int(r[0])
            for r in self.db.query(
                "SELECT id FROM calls WHERE no_content IS NULL AND (review_state = 'new'"
                " OR (review_state = 'claimed' AND (claimed_by = ? OR claimed_at < ?)))"
                " ORDER BY started_at LIMIT ?",
                (user_id, to_iso(stale_before), limit),
            )
        ]

    def returned_comment(self, call_id: int) -> object:
        """As stored: ciphertext on a sealed desk (open it with CallRepository.open_extra)."""
        return self.db.scalar("SELECT returned_comment FROM calls WHERE id = ?", (call_id,))
