"""Review claims on the centre's server: one supervisor at a time per call, across
workstations.

A claim is a row of ``hotline.review_claims`` keyed by the call (schema_audit.py):
taking one is a single statement, an insert that, on a claim already there, takes it
over only when it is the claimant's own or has lapsed. Two supervisors claiming at
once: the second insert waits on the key, then finds the first one's fresh claim and
gets nothing back. Claims lapse after CLAIM_MINUTES, as on the single-file desk.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg

from hotline.errors import NotFound
from hotline.storage.review_state import CLAIM_MINUTES


@dataclass(frozen=True)
class Claim:
    call_id: int
    user_id: int
    claimant: str  # the login role that holds it
    expires_at: datetime


class ClaimRepository:
    def __init__(self, conn: psycopg.Connection[tuple[Any, ...]]) -> None:
        self.conn = conn

    def claim(self, call_id: int, user_id: int, minutes: float = CLAIM_MINUTES) -> bool:
        """Take the call's review; False while another supervisor holds a fresh claim."""
        try:
            with self.conn.transaction():
                row = self.conn.execute(
                    "INSERT INTO hotline.review_claims AS c (call_id, user_id, expires_at)"
                    " VALUES (%s, %s, now() + make_interval(secs => %s))"
                    " ON CONFLICT (call_id) DO UPDATE SET user_id = EXCLUDED.user_id,"
                    " claimant = session_user, claimed_at = now(),"
                    " expires_at = EXCLUDED.expires_at"
                    " WHERE c.claimant = session_user OR c.expires_at < now()"
                    " RETURNING call_id",
                    (call_id, user_id, minutes * 60.0),
                ).fetchone()
        except psycopg.errors.ForeignKeyViolation as exc:
            raise NotFound(what="call", ident=call_id) from exc
        return row is not None

    def release(self, call_id: int) -> bool:
        """Give one's own claim back; False when there was none."""
        cur = self.conn.execute(
            "DELETE FROM hotline.review_claims WHERE call_id = %s AND claimant = session_user",
            (call_id,),
        )
        return cur.rowcount > 0

    def holder(self, call_id: int) -> Claim | None:
        """The call's claim while it has not lapsed."""
        row = self.conn.execute(
            "SELECT call_id, user_id, claimant, expires_at FROM hotline.review_claims"
            " WHERE call_id = %s AND expires_at >= now()",
            (call_id,),
        ).fetchone()
        if row is None:
            return None
        expires = row[3]
        assert isinstance(expires, datetime)
        return Claim(int(row[0]), int(row[1]), str(row[2]), expires)


def claimants(conn: psycopg.Connection[tuple[Any, ...]], call_ids: list[int]) -> dict[int, str]:
    """The name of the supervisor holding each of these calls' fresh claims (the member's
    row on the server), for the call log's rows."""
    found = conn.execute(
        "SELECT c.call_id, m.user_name FROM hotline.review_claims c"
        " JOIN hotline.members m ON m.user_id = c.user_id"
        " WHERE c.call_id = ANY(%s) AND c.expires_at >= now()",
        (list(call_ids),),
    ).fetchall()
    return {int(r[0]): str(r[1]) for r in found}
