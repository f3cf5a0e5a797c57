"""Drafts: the call being taken, autosaved inside the encrypted database.

On a desk whose text is sealed, the whole draft (record and sealed identity) is
encrypted under the draft's own data key, sealed to its operator's key alone:
nobody else, not even a supervisor, reads a call still being taken.
"""

from __future__ import annotations

import json
from typing import Any

from hotline.crypto.calltext import CallText, TextUnreadable
from hotline.records import CallRecord, Draft, from_iso, to_iso, utcnow
from hotline.storage.database import Database
from hotline.storage.keyfile import b64, unb64


class DraftRepository:
    def __init__(self, db: Database, text: CallText | None = None) -> None:
        self.db = db
        self.text = text

    def create(self, record: CallRecord) -> int:
        now = to_iso(utcnow())
        cur = self.db.execute(
            "INSERT INTO drafts(operator_id, started_at, elapsed_s, updated_at, payload)"
            " VALUES (?, ?, 0, ?, '{}')",
            (record.operator_id, to_iso(record.started_at), now),
        )
        draft_id = int(cur.lastrowid)
        self.db.execute(
            "UPDATE drafts SET payload = ? WHERE id = ?",
            (self._payload(draft_id, record, None), draft_id),
        )
        return draft_id

    def _payload(self, draft_id: int, record: CallRecord, sealed_identity: bytes | None) -> str:
        body: dict[str, Any] = {"record": record.to_json()}
        if sealed_identity:
            body["sealed_identity"] = b64(sealed_identity)
        plain = json.dumps(body, ensure_ascii=False)
        if self.text is None:
            return plain
        suite, key, blob = self.text.seal_draft(draft_id, plain.encode("utf-8"))
        return json.dumps({"suite": suite, "key": b64(key), "sealed": b64(blob)})

    def _body(self, draft_id: int, payload: str) -> dict[str, Any] | None:
        body: dict[str, Any] = json.loads(payload)
        if "sealed" not in body:
            return body  # written before the desk's text was sealed
        if self.text is None:
            return None
        try:
            raw = self.text.open_draft(
                draft_id, str(body["suite"]), unb64(body["key"]), unb64(body["sealed"])
            )
        except TextUnreadable:
            return None
        opened: dict[str, Any] = json.loads(raw.decode("utf-8"))
        return opened

    def update(
        self,
        draft_id: int,
        record: CallRecord,
        elapsed_s: int,
        sealed_identity: bytes | None = None,
    ) -> bool:
        cur = self.db.execute(
            "UPDATE drafts SET payload = ?, elapsed_s = ?, updated_at = ? WHERE id = ?",
            (
                self._payload(draft_id, record, sealed_identity),
                elapsed_s,
                to_iso(utcnow()),
                draft_id,
            ),
        )
        return bool(cur.rowcount)

    def delete(self, draft_id: int) -> None:
        self.db.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
        if self.text is not None:
            self.text.forget_draft(draft_id)

    def for_operator(self, operator_id: int) -> list[Draft]:
        rows = self.db.query(
            "SELECT id, operator_id, started_at, elapsed_s, updated_at, payload FROM drafts"
            " WHERE operator_id = ? ORDER BY updated_at DESC",
            (operator_id,),
        )
        drafts = []
        for draft_id, operator_id_, started, elapsed, updated, payload in rows:
            body = self._body(int(draft_id), payload)
            if body is None:
                continue  # not this session's to open
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
