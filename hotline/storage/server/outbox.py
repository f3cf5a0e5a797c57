"""The workstation's outbox: calls saved while the centre's server may be out of reach.

A SQLCipher file of its own on the workstation (never a desk's file), one per person
(hotline.services.outbox makes its key from that person's session). A row holds the
call exactly as the server will get it, the ``SealedCall`` the workstation sealed: its
free text and identity details are ciphertext under the call's own data key and the
vault's public key, so the file holds no plaintext of them even under its own key;
the coded fields are in clear inside the encrypted file, as on the server.

Rows leave in the order they were saved (``seq``) and are removed only once the server
holds the call; a call kept twice (the same id) is one row.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from hotline.crypto.calltext import SealedKey
from hotline.errors import DamagedDesk, DeskError, NotADesk
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.records import to_iso, utcnow
from hotline.storage.database import Database
from hotline.storage.keyfile import b64, unb64
from hotline.storage.server.calls import SealedCall, SealedVaultEntry
from hotline.storage.server.tasks import NewTask

FORMAT = "hotline-outbox/1"
FAILURE_UNREACHABLE = "unreachable"  # the server could not be reached or the line broke
FAILURE_REFUSED = "refused"  # the server answered, and refused this call

SCHEMA = """
CREATE TABLE outbox_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    call_id INTEGER NOT NULL UNIQUE,
    saved_at TEXT NOT NULL,
    body TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_failure TEXT NOT NULL DEFAULT ''
);
"""


class OutboxUnreadable(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The calls kept on this computer in {path} do not open with this person's key "
        "(the file is another person's, or damaged). It was left untouched.",
    )


@dataclass(frozen=True)
class OutboxItem:
    seq: int
    call: SealedCall
    saved_at: str
    attempts: int
    last_failure: str  # "", FAILURE_UNREACHABLE or FAILURE_REFUSED: a kind, no text


def encode(call: SealedCall) -> str:
    """The call as one JSON text: bytes in base64, the start time to the microsecond."""
    return json.dumps(
        {
            "id": call.id,
            "started_at": call.started_at.isoformat(),
            "coded": call.coded,
            "keys": [
                {"holder": k.holder, "suite": k.suite, "sealed": b64(k.sealed)} for k in call.keys
            ],
            "texts": {name: b64(body) for name, body in sorted(call.texts.items())},
            "vault": [
                {"suite": v.suite, "context": v.context, "sealed": b64(v.sealed)}
                for v in call.vault
            ],
            "tasks": [
                {
                    "id": t.id,
                    "kind": t.kind,
                    "created_by": t.created_by,
                    "due_at": None if t.due_at is None else t.due_at.isoformat(),
                    "assignee_id": t.assignee_id,
                }
                for t in call.tasks
            ],
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def decode(text: str) -> SealedCall:
    data: dict[str, Any] = json.loads(text)
    return SealedCall(
        int(data["id"]),
        datetime.fromisoformat(str(data["started_at"])),
        dict(data["coded"]),
        tuple(
            SealedKey(str(k["holder"]), str(k["suite"]), unb64(k["sealed"])) for k in data["keys"]
        ),
        {str(name): unb64(body) for name, body in data["texts"].items()},
        tuple(
            SealedVaultEntry(str(v["suite"]), str(v["context"]), unb64(v["sealed"]))
            for v in data["vault"]
        ),
        tasks=tuple(
            NewTask(
                int(t["id"]),
                str(t["kind"]),
                int(t["created_by"]),
                None if t["due_at"] is None else datetime.fromisoformat(str(t["due_at"])),
                None if t["assignee_id"] is None else int(t["assignee_id"]),
            )
            for t in data.get("tasks", ())  # a call kept before tasks were sent: none
        ),
    )


class OutboxStore:
    """The outbox file, opened with its key (made if missing). One connection, used by
    the window's worker (keeping a call) and the sender's thread (sending): the
    Database's lock lets one of them at a time."""

    def __init__(self, path: Path, key: bytes) -> None:
        self.path = path
        fresh = not path.exists()
        try:
            self.db = Database(path, key, create=fresh)
        except (DamagedDesk, NotADesk) as exc:
            raise OutboxUnreadable(path=str(path)) from exc
        if fresh:
            with self.db.transaction():
                for statement in SCHEMA.split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute(
                    "INSERT INTO outbox_meta(key, value) VALUES ('format', ?)", (FORMAT,)
                )

    def put(self, call: SealedCall) -> bool:
        """Keep the call; False when it is already kept (the same id)."""
        cur = self.db.execute(
            "INSERT INTO outbox(call_id, saved_at, body) VALUES (?, ?, ?)"
            " ON CONFLICT (call_id) DO NOTHING",
            (call.id, to_iso(utcnow()), encode(call)),
        )
        return bool(cur.rowcount)

    def put_all(self, calls: list[SealedCall]) -> None:
        """Keep the calls in one transaction (an import's block): all, or none."""
        with self.db.transaction():
            for call in calls:
                self.put(call)

    def pending(self) -> list[OutboxItem]:
        """Every call kept, in the order saved."""
        return [
            OutboxItem(int(r[0]), decode(str(r[1])), str(r[2]), int(r[3]), str(r[4]))
            for r in self.db.query(
                "SELECT seq, body, saved_at, attempts, last_failure FROM outbox ORDER BY seq"
            )
        ]

    def count(self) -> int:
        return int(self.db.scalar("SELECT count(*) FROM outbox"))

    def holds(self, call_id: int) -> bool:
        return self.db.scalar("SELECT 1 FROM outbox WHERE call_id = ?", (call_id,)) is not None

    def remove(self, call_id: int) -> None:
        """The server holds the call: it leaves the outbox (secure_delete wipes the row)."""
        self.db.execute("DELETE FROM outbox WHERE call_id = ?", (call_id,))

    def note_failure(self, call_id: int, kind: str) -> None:
        self.db.execute(
            "UPDATE outbox SET attempts = attempts + 1, last_failure = ? WHERE call_id = ?",
            (kind, call_id),
        )

    def checkpoint(self) -> None:
        self.db.checkpoint()

    def close(self) -> None:
        self.db.close()
