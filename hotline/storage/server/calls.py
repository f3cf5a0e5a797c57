"""Calls on the centre's server: coded fields in clear, everything else as sealed bytes.

The repository is handed what the workstation sealed (hotline.services.centre) and
gives back the same dataclass; it never sees a key or a plaintext.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from hotline.crypto.calltext import SealedKey
from hotline.storage.server import call_digest
from hotline.storage.server import tasks as server_tasks
from hotline.storage.server.audit import AuditRecorder
from hotline.storage.server.tasks import NewTask


@dataclass(frozen=True)
class SealedVaultEntry:
    suite: str
    context: str
    sealed: bytes


@dataclass(frozen=True)
class SealedCall:
    """A call as the server holds it. ``id`` is made by the workstation, so a save sent
    again (after a lost answer) is the same call, not a second one."""

    id: int
    started_at: datetime
    coded: dict[str, Any]
    keys: tuple[SealedKey, ...]
    texts: dict[str, bytes]
    vault: tuple[SealedVaultEntry, ...] = field(default=())
    author: str = ""  # the author's login role, filled in by the server
    # The tasks the save makes with it (the reports on a child, an agreed follow-up):
    # written in the call's own transaction, so a call sent again makes none again.
    tasks: tuple[NewTask, ...] = ()


def digests_of(call: SealedCall) -> dict[str, str]:
    """The digests of the call's rows (call_digest.py) as this dataclass holds them."""
    return call_digest.of_rows(
        call.id,
        call.started_at,
        call.coded,
        ((k.holder, k.suite, k.sealed) for k in call.keys),
        call.texts.items(),
        ((v.suite, v.context, v.sealed) for v in call.vault),
    )


def save_details(call: SealedCall) -> dict[str, Any]:
    """What a call's audit entry says of it: counts and field names, never content, and
    the digests of its rows (call_digest.py), which verify checks them against."""
    return {
        "texts": sorted(call.texts),
        "holders": len(call.keys),
        "vault": len(call.vault),
        "tasks": len(call.tasks),  # as the desk's call.save says
        # the kind of a call without content (a coded field): an undo needs its save to
        # have said so (schema_review.undo_no_content, audit.CALLS_UNRECORDED)
        "no_content": call.coded.get("no_content"),
        **digests_of(call),
    }


class ServerCallRepository:
    def __init__(self, conn: psycopg.Connection[tuple[Any, ...]]) -> None:
        self.conn = conn

    def save(self, call: SealedCall, audit: AuditRecorder | None = None) -> bool:
        """Store the call in one transaction; False when the server already holds it.

        With ``audit``, the call's ``call.save`` entry is appended to the centre's chain
        in the same transaction (last, so the chain's lock is held only to the commit):
        a call sent again after a lost answer finds itself there and adds no entry."""
        try:
            saved = self._save(call, audit)
        except BaseException:
            if audit is not None:
                audit.forget()
            raise
        if audit is not None:
            audit.committed()
        return saved

    def _save(self, call: SealedCall, audit: AuditRecorder | None) -> bool:
        with self.conn.transaction():
            cur = self.conn.execute(
                "INSERT INTO hotline.calls(id, started_at, coded) VALUES (%s, %s, %s)"
                " ON CONFLICT (id) DO NOTHING",
                (call.id, call.started_at, Jsonb(call.coded)),
            )
            if cur.rowcount == 0:
                return False
            # The rest in one pipeline (psycopg): the rows, then the chain's lock and head
            # (the entry links to it and is signed here), sent together and answered
            # once; the entry and the COMMIT follow. A statement per row otherwise waited
            # for its own answer. The lock is still taken last, held only to the commit.
            with self.conn.pipeline():
                for key in call.keys:
                    self.conn.execute(
                        "INSERT INTO hotline.call_keys(call_id, holder, suite, sealed)"
                        " VALUES (%s, %s, %s, %s)",
                        (call.id, key.holder, key.suite, key.sealed),
                    )
                for name, body in sorted(call.texts.items()):
                    self.conn.execute(
                        "INSERT INTO hotline.call_texts(call_id, field, body) VALUES (%s, %s, %s)",
                        (call.id, name, body),
                    )
                for entry in call.vault:
                    self.conn.execute(
                        "INSERT INTO hotline.vault_entries(call_id, suite, context, sealed)"
                        " VALUES (%s, %s, %s, %s)",
                        (call.id, entry.suite, entry.context, entry.sealed),
                    )
                server_tasks.insert(self.conn, call.id, call.tasks)
                if audit is not None:
                    audit.record("call.save", "call", call.id, save_details(call))
        return True

    def load(self, call_id: int, *, with_vault: bool = False) -> SealedCall | None:
        """The call with what this connection's role may see of it (row-level security
        leaves out other people's rows); the vault only when asked (supervisors)."""
        return self.load_many([call_id], with_vault=with_vault).get(call_id)

    def load_many(self, ids: list[int], *, with_vault: bool = False) -> dict[int, SealedCall]:
        """The calls of ``ids`` the connection sees, as ``load`` gives each (a query per
        table for them all), by id."""
        found = self.conn.execute(
            "SELECT id, started_at, coded, author FROM hotline.calls WHERE id = ANY(%s)", (ids,)
        ).fetchall()
        if not found:
            return {}
        keys: dict[int, list[SealedKey]] = {}
        for cid, holder, suite, sealed in self.conn.execute(
            "SELECT call_id, holder, suite, sealed FROM hotline.call_keys"
            " WHERE call_id = ANY(%s) ORDER BY call_id, holder",
            (ids,),
        ).fetchall():
            keys.setdefault(int(cid), []).append(SealedKey(str(holder), str(suite), bytes(sealed)))
        texts: dict[int, dict[str, bytes]] = {}
        for cid, name, body in self.conn.execute(
            "SELECT call_id, field, body FROM hotline.call_texts WHERE call_id = ANY(%s)", (ids,)
        ).fetchall():
            texts.setdefault(int(cid), {})[str(name)] = bytes(body)
        vault: dict[int, list[SealedVaultEntry]] = {}
        if with_vault:
            for cid, suite, context, sealed in self.conn.execute(
                "SELECT call_id, suite, context, sealed FROM hotline.vault_entries"
                " WHERE call_id = ANY(%s) ORDER BY call_id, id",
                (ids,),
            ).fetchall():
                vault.setdefault(int(cid), []).append(
                    SealedVaultEntry(str(suite), str(context), bytes(sealed))
                )
        calls: dict[int, SealedCall] = {}
        for cid, started, coded, author in found:
            assert isinstance(started, datetime) and isinstance(coded, dict)
            call_id = int(cid)
            calls[call_id] = SealedCall(
                call_id,
                started,
                coded,
                tuple(keys.get(call_id, ())),
                texts.get(call_id, {}),
                tuple(vault.get(call_id, ())),
                str(author),
            )
        return calls
