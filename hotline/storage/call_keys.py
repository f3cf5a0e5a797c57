"""The sealed data keys of calls (call_keys) and the sealing of their free text.

A call with no free text has no data key. Free text is stored as ciphertext
(a BLOB) in the same columns that once held it; see hotline.crypto.calltext.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from hotline.crypto.calltext import (
    CASE_TEXT,
    CallText,
    SealedKey,
    TextBatch,
    TextUnreadable,
    batch_of,
)
from hotline.records import to_iso, utcnow
from hotline.storage.database import Database

KeyRows = list[tuple[int, str, str, bytes]]

# The free-text columns of the calls table.
TEXT_FIELDS: tuple[str, ...] = ("callback_times", "code_word", "notes")


class CallKeyRepository:
    def __init__(self, db: Database, text: CallText) -> None:
        self.db = db
        self.text = text

    def new_key(
        self,
        call_id: int,
        author_ids: Sequence[int],
        batched: bool = True,
        draft_id: int | None = None,
    ) -> KeyRows:
        """A fresh data key for the call (open in this session), sealed to the case-text
        key and its authors: the call_keys rows to write once the call's row exists, in
        the same transaction. `batched`: the case-text copy wrapped under this session's
        batch key (written now when the session has none stored yet); without it (rows
        written in a later transaction), HPKE-sealed on its own. `draft_id`: the key
        prepared when that draft was started, if it was made for this very call (see
        CallText.take_prepared), else a new one."""
        authors = self._authors(author_ids)
        sealed = None
        if batched:
            self._ensure_batch()
            if draft_id is not None:
                sealed = self.text.take_prepared(draft_id, call_id, authors)
        if sealed is None:
            sealed = self.text.new_key(call_id, authors, batched=batched)
        return [(call_id, s.holder, s.suite, s.sealed) for s in sealed]

    def _authors(self, author_ids: Sequence[int]) -> list[tuple[str, bytes]]:
        authors = []
        for user_id in dict.fromkeys(author_ids):
            public = self.text.public_of(user_id)
            if public is not None:
                authors.append((f"user:{user_id}", public))
        return authors

    def prepare(self, draft_id: int, call_id: int, author_ids: Sequence[int]) -> bool:
        """The data key of the call `draft_id` is expected to become as `call_id`, made
        ahead (CallText.prepare_key; nothing is written)."""
        return self.text.prepare_key(draft_id, call_id, self._authors(author_ids))

    def _ensure_batch(self) -> None:
        """This session's batch stored in the database: the one it already wrote (unless
        that transaction was rolled back), else a new one, inside the caller's
        transaction."""
        batch = self.text.writing_batch
        rollbacks = self.db.rollbacks
        if batch is not None and self.text.batch_checked == rollbacks:
            return  # written, or found, and no transaction rolled back since
        if batch is not None and self.db.scalar(
            "SELECT 1 FROM text_batches WHERE id = ? AND sealed = ?", (batch.id, batch.sealed)
        ):
            self.text.batch_checked = rollbacks
            return
        batch_id = int(self.db.scalar("SELECT coalesce(max(id), 0) FROM text_batches")) + 1
        batch = self.text.start_batch(batch_id)
        self.db.execute(
            "INSERT INTO text_batches(id, suite, sealed, created_at) VALUES (?, ?, ?, ?)",
            (batch.id, batch.suite, batch.sealed, to_iso(utcnow())),
        )
        self.text.batch_checked = rollbacks

    def write(self, rows: KeyRows) -> None:
        self.db.executemany(
            "INSERT OR REPLACE INTO call_keys(call_id, holder, suite, sealed) VALUES (?, ?, ?, ?)",
            rows,
        )

    def has_key(self, call_id: int) -> bool:
        return bool(self.db.scalar("SELECT 1 FROM call_keys WHERE call_id = ?", (call_id,)))

    def open_keys(self, ids: Sequence[int]) -> set[int]:
        """Open the data keys of these calls that this session may open; their ids."""
        seals: dict[int, list[SealedKey]] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ",".join("?" for _ in chunk)
            for cid, holder, suite, sealed in self.db.query(
                f"SELECT call_id, holder, suite, sealed FROM call_keys WHERE call_id IN ({marks})",
                chunk,
            ):
                seals.setdefault(int(cid), []).append(SealedKey(holder, suite, bytes(sealed)))
        self._open_batches(seals.values())
        opened = set()
        for cid, found in seals.items():
            try:
                self.text.remember(cid, found)
            except TextUnreadable:
                continue
            opened.add(cid)
        return opened

    def _open_batches(self, found: Iterable[list[SealedKey]]) -> None:
        """Open the batch keys these case-text copies are wrapped under (a case-text
        holder's session; one HPKE opening per batch, not per call)."""
        if not self.text.reads_every_call:
            return
        wanted = sorted(
            {
                b
                for seals in found
                for s in seals
                if s.holder == CASE_TEXT
                and (b := batch_of(s)) is not None
                and not self.text.has_batch_key(b)
            }
        )
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" for _ in chunk)
            for bid, suite, sealed in self.db.query(
                f"SELECT id, suite, sealed FROM text_batches WHERE id IN ({marks})", chunk
            ):
                self.text.open_batch(TextBatch(int(bid), str(suite), bytes(sealed)))

    def ensure_key(
        self,
        call_id: int,
        author_ids: Sequence[int],
        new: bool,
        batched: bool = True,
        draft_id: int | None = None,
    ) -> KeyRows:
        """The call's key opened, or a new one when the call had none (no text before);
        the rows a new key needs written (in the same transaction, unless not `batched`)."""
        if not new and call_id in self.open_keys([call_id]):
            return []
        if not new and self.has_key(call_id):
            raise TextUnreadable()
        return self.new_key(call_id, author_ids, batched, draft_id)

    def seal_values(self, call_id: int, values: Mapping[str, str]) -> dict[str, bytes | str]:
        """Ciphertext for each non-empty value ('' stays ''); the key must be open."""
        items = list(values.items())
        sealed = self.seal_pairs(call_id, items)
        return {name: sealed.get(at, "") for at, (name, _value) in enumerate(items)}

    def seal_pairs(self, call_id: int, values: Sequence[tuple[str, str]]) -> dict[int, bytes]:
        """Ciphertext of each non-empty (field, value) by its place in `values` (a field
        may come twice, as entities of one kind do); the key must be open."""
        wanted = [(at, pair) for at, pair in enumerate(values) if pair[1]]
        if not wanted:
            return {}
        sealed = self.text.encrypt_many(call_id, [pair for _at, pair in wanted])
        return {at: blob for (at, _pair), blob in zip(wanted, sealed, strict=True)}

    def read(self, call_id: int, name: str, stored: object) -> str | None:
        """The plaintext of a stored value; None when this session may not read it."""
        if not isinstance(stored, bytes | bytearray | memoryview):
            return str(stored or "")  # legacy plaintext, before the desk was sealed
        try:
            return self.text.decrypt(call_id, name, bytes(stored))
        except TextUnreadable:
            return None
