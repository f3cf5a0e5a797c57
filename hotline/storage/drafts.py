"""Drafts: the call being taken, autosaved inside the encrypted database."""

from __future__ import annotations

import json
from typing import Any

from hotline.records import CallRecord, Draft, from_iso, to_iso, utcnow
from hotline.storage.database import Database
from hotline.storage.keyfile import b64, unb64


class DraftRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, record: CallRecord) -> int:
        now = to_iso(utcnow())
        cur = self.db.execute(
            "INSERT INTO drafts(operator_id, started_at, elapsed_s, updated_at, payload)"
            " VALUES (?, ?, 0, ?, ?)",
            (record.operator_id, to_iso(record.started_at), now, self._payload(record, None)),
        )
        return int(cur.lastrowid)

    @staticmethod
    def _payload(record: CallRecord, sealed_identity: bytes | None) -> str:
        body: dict[str, Any] = {"record": record.to_json()}
        if sealed_identity:
            body["sealed_identity"] = b64(sealed_identity)
        return json.dumps(body, ensure_ascii=False)

    def update(
        self,
        draft_id: int,
        record: CallRecord,
        elapsed_s: int,
        sealed_identity: bytes | None = None,
    ) -> bool:
        cur = self.db.execute(
            "UPDATE drafts SET payload = ?, elapsed_s = ?, updated_at = ? WHERE id = ?",
            (self._payload(record, sealed_identity), elapsed_s, to_iso(utcnow()), draft_id),
        )
        return bool(cur.rowcount)

    def delete(self, draft_id: int) -> None:
        self.db.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))

    def for_operator(self, operator_id: int) -> list[Draft]:
        rows = self.db.query(
            "SELECT id, operator_id, started_at, elapsed_s, updated_at, payload FROM drafts"
            " WHERE operator_id = ? ORDER BY updated_at DESC",
            (operator_id,),
        )
        drafts = []
        for draft_id, operator_id_, started, elapsed, updated, payload in rows:
            body = json.loads(payload)
            sealed = body.get("sealed_identity")
            drafts.append(
                Draft(
                    id=int(draft_id),
                    operator_id=int(operator_id_),
                    started_at=from_iso(started),
                    elapsed_s=int(elapsed),
                    updated_at=from_iso(updated),
                    record=CallRecord.from_json(body["record"]),
                    sealed_identity=unb64(sealed) if sealed else None,
                )
            )
        return drafts
