"""Free text of a call, sealed per call: its own random data key, AES-256-GCM.

Each text field (notes, code word, call-back times, review comments, the old
and new values of a corrected text field) is encrypted with the call's data
key; the desk id, the call id and the field's name are bound in as associated
data, so a ciphertext moved to another call or field fails to open. The data
key itself is sealed with HPKE (the suite stored beside it) to the case-text
public key, whose private half only supervisors' slots are granted, and to
the author's own public key: an operator opens the text of their own calls
and nobody else's, whatever SQL the database key lets them run.

When the author seals their own call (the usual save), their copy of the data
key is wrapped under a key derived from their own private key instead
(HKDF-SHA256, AES-256-GCM, the same call- and holder-bound info as associated
data; suite SELF_WRAP): exactly the holders of that private key open it, as
with an HPKE seal to its public half, for 61 bytes and two AES operations
instead of 1.1 KB and an ML-KEM-768 + X25519 encapsulation. A seal made for
someone else (a call entered on an operator's behalf, an upgraded desk's text)
is HPKE, since only the public key is at hand. A draft's key, the author's
alone, is wrapped the same way (HPKE-sealed drafts of before still open).

The case-text copy on a desk (schema 11) is made once per session, not once per
call: the session draws a random batch key and seals it with HPKE to the case-text
key alone (a TextBatch row); each call's data key is then wrapped under the batch
key (AES-256-GCM, the call- and holder-bound info plus the batch id as associated
data; suite BATCH_WRAP, the batch id in the blob's first 8 bytes). A case-text
holder opens the batch once and each call's wrap with it. The wrap is still per
call, so deleting a call's keys (sealing, retention) destroys that call's text and
no other; no user's slot opens a batch key, not even its author's once the session
has ended (their own copy is the per-call SELF_WRAP). Calls sealed before (one HPKE
seal per call, and the centre's calls, which have no batches) still open.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from hotline.crypto import kem

DATA_KEY_BYTES = 32
NONCE_BYTES = 12
VERSION = b"\x01"  # the first byte of every sealed text value
CASE_TEXT = "casetext"  # the holder name of the case-text key's seal
SELF_WRAP = "SELF/HKDF_SHA256/AES_256_GCM"  # the author's own copy, sealed by the author
BATCH_WRAP = "BATCH/AES_256_GCM"  # the case-text copy, wrapped under a session's batch key
BATCH_ID_BYTES = 8


class TextUnreadable(Exception):
    """This session holds no key that opens the call's text (or it was changed)."""


@dataclass(frozen=True)
class SealedKey:
    """A call's data key sealed to one holder ("casetext" or "user:<id>")."""

    holder: str
    suite: str
    sealed: bytes


@dataclass(frozen=True)
class TextBatch:
    """A session's batch key, HPKE-sealed to the case-text key (text_batches)."""

    id: int
    suite: str
    sealed: bytes


@dataclass(frozen=True, slots=True)
class PreparedKey:
    """A new call's data key made when its draft was started (CallText.prepare_key),
    sealed for the call id the save is expected to give it; it has sealed nothing."""

    call_id: int
    holders: tuple[str, ...]  # the authors it is sealed to, in order
    batch: TextBatch  # the writing batch its case-text copy is wrapped under
    key: bytes
    aead: AESGCM
    seals: tuple[SealedKey, ...]


def batch_of(seal: SealedKey) -> int | None:
    """The batch a case-text copy is wrapped under; None for a per-call HPKE seal."""
    if seal.suite != BATCH_WRAP or len(seal.sealed) < BATCH_ID_BYTES:
        return None
    return int.from_bytes(seal.sealed[:BATCH_ID_BYTES], "big")


@dataclass
class CallText:
    """What a session can do with call text: seal for anyone, open what its keys open."""

    desk_id: str
    case_public: bytes
    own_holder: str | None  # "user:<id>", None for the recovery code
    own_private: kem.KemPrivateKey
    case_private: kem.KemPrivateKey | None
    publics: Callable[[int], bytes | None]  # a user's own public key, by user id
    _keys: dict[int, bytes] = field(default_factory=dict, repr=False)
    # A draft's open key with its seal (suite, sealed key), kept for the next autosave.
    _drafts: dict[int, tuple[bytes, str, bytes]] = field(default_factory=dict, repr=False)
    # The batch this session wraps new calls' case-text copies under, with its key;
    # the batch keys opened (this session's own, and any a case-text holder opened).
    _writing: tuple[TextBatch, AESGCM] | None = field(default=None, repr=False)
    _batch_keys: dict[int, bytes] = field(default_factory=dict, repr=False)
    # The database's rollback count when the writing batch was last known stored
    # (hotline.storage.call_keys); None until then.
    batch_checked: int | None = field(default=None, repr=False)
    # The AES-GCM contexts of open data keys (built once per call, not per field).
    _aeads: dict[int, AESGCM] = field(default_factory=dict, repr=False)
    # The data keys made ahead for drafts being taken, by draft id (prepare_key).
    _prepared: dict[int, PreparedKey] = field(default_factory=dict, repr=False)

    @property
    def reads_every_call(self) -> bool:
        return self.case_private is not None

    def public_of(self, user_id: int) -> bytes | None:
        return self.publics(user_id)

    def key_info(self, call_id: int, holder: str) -> bytes:
        return f"hotline-calltext-key|{self.desk_id}|call:{call_id}|{holder}".encode()

    def associated(self, call_id: int, field_name: str) -> bytes:
        return f"hotline-calltext|{self.desk_id}|call:{call_id}|{field_name}".encode()

    def batch_info(self, batch_id: int) -> bytes:
        return f"hotline-calltext-batch|{self.desk_id}|batch:{batch_id}|{CASE_TEXT}".encode()

    def _batch_associated(self, call_id: int, batch_id: int) -> bytes:
        return self.key_info(call_id, CASE_TEXT) + f"|batch:{batch_id}".encode()

    # --- batch keys -----------------------------------------------------------
    @property
    def writing_batch(self) -> TextBatch | None:
        return None if self._writing is None else self._writing[0]

    def start_batch(self, batch_id: int) -> TextBatch:
        """A fresh batch key under this id, sealed to the case-text key: the batch new
        calls' case-text copies are wrapped under from now on (the caller stores it in
        the transaction that writes the first of them)."""
        key = os.urandom(DATA_KEY_BYTES)
        sealed = kem.seal(self.case_public, key, self.batch_info(batch_id), kem.DEFAULT_SUITE)
        batch = TextBatch(batch_id, kem.DEFAULT_SUITE, sealed)
        self._writing = (batch, AESGCM(key))
        self._batch_keys[batch_id] = key
        self.batch_checked = None
        return batch

    def open_batch(self, batch: TextBatch) -> bool:
        """Open a stored batch key with the case-text key; False when this session
        does not hold it or the seal does not open for this batch id."""
        if batch.id in self._batch_keys:
            return True
        if self.case_private is None:
            return False
        try:
            key = kem.open_sealed(
                self.case_private, batch.sealed, self.batch_info(batch.id), batch.suite
            )
        except kem.OpenFailed:
            return False
        self._batch_keys[batch.id] = key
        return True

    def has_batch_key(self, batch_id: int) -> bool:
        return batch_id in self._batch_keys

    def _batch_wrap(self, call_id: int, key: bytes) -> SealedKey:
        assert self._writing is not None
        batch, batch_aead = self._writing
        nonce = os.urandom(NONCE_BYTES)
        body = batch_aead.encrypt(nonce, key, self._batch_associated(call_id, batch.id))
        return SealedKey(
            CASE_TEXT, BATCH_WRAP, batch.id.to_bytes(BATCH_ID_BYTES, "big") + nonce + body
        )

    def _open_batch_wrap(self, call_id: int, sealed: bytes) -> bytes:
        batch_id = int.from_bytes(sealed[:BATCH_ID_BYTES], "big")
        batch_key = self._batch_keys.get(batch_id)
        blob = sealed[BATCH_ID_BYTES:]
        if batch_key is None or len(blob) < NONCE_BYTES + 16:
            raise kem.OpenFailed("the batch key is not open")
        try:
            return AESGCM(batch_key).decrypt(
                blob[:NONCE_BYTES], blob[NONCE_BYTES:], self._batch_associated(call_id, batch_id)
            )
        except InvalidTag as exc:
            raise kem.OpenFailed("the wrapped key does not open") from exc

    # --- data keys ----------------------------------------------------------
    def new_key(
        self, call_id: int, authors: Iterable[tuple[str, bytes]], batched: bool = False
    ) -> list[SealedKey]:
        """A fresh data key for the call, sealed to the case-text key and the authors;
        `batched`: the case-text copy wrapped under the writing batch (start_batch)."""
        key, seals = self._sealed_key(call_id, dict(authors), batched)
        self._keys[call_id] = key
        self._aeads.pop(call_id, None)  # an id given again after a rolled-back save
        return seals

    def _sealed_key(
        self, call_id: int, authors: dict[str, bytes], batched: bool
    ) -> tuple[bytes, list[SealedKey]]:
        key = os.urandom(DATA_KEY_BYTES)
        seals = [self.seal_for(call_id, h, public, key) for h, public in authors.items()]
        if batched:
            seals.append(self._batch_wrap(call_id, key))
        else:
            seals.append(self.seal_for(call_id, CASE_TEXT, self.case_public, key))
        return key, sorted(seals, key=lambda s: s.holder)

    def prepare_key(
        self, draft_id: int, call_id: int, authors: Iterable[tuple[str, bytes]]
    ) -> bool:
        """Make the data key of the call a draft will become, sealed now (a draft is
        started while the caller speaks; the save then only checks and uses it) for
        `call_id`, the id the save is expected to give: the key is bound to that id
        like any other, and the save uses it only if it gives that very id, to the same
        authors, under the same writing batch (take_prepared); otherwise it is dropped
        and a new one made. Nothing is sealed with it before the save. False when the
        session has no writing batch yet (its first save makes one)."""
        if self._writing is None:
            return False
        own = dict(authors)
        key, seals = self._sealed_key(call_id, own, batched=True)
        self._prepared[draft_id] = PreparedKey(
            call_id, tuple(own), self._writing[0], key, AESGCM(key), tuple(seals)
        )
        return True

    def take_prepared(
        self, draft_id: int, call_id: int, authors: Iterable[tuple[str, bytes]]
    ) -> list[SealedKey] | None:
        """The draft's prepared key as the call's new data key (new_key, batched), when it
        was sealed for this call id, these authors and the current writing batch; None
        otherwise. Either way the prepared key is used at most once."""
        prepared = self._prepared.pop(draft_id, None)
        if (
            prepared is None
            or prepared.call_id != call_id
            or prepared.holders != tuple(dict(authors))
            or self._writing is None
            or prepared.batch is not self._writing[0]
        ):
            return None
        self._keys[call_id] = prepared.key
        self._aeads[call_id] = prepared.aead
        return list(prepared.seals)

    def seal_for(self, call_id: int, holder: str, public: bytes, key: bytes) -> SealedKey:
        """The data key for one holder: wrapped under this session's own key when the
        holder is this session's user, HPKE to the holder's public key otherwise."""
        info = self.key_info(call_id, holder)
        if holder == self.own_holder:
            return SealedKey(holder, SELF_WRAP, self._wrap(key, info))
        return SealedKey(holder, kem.DEFAULT_SUITE, kem.seal(public, key, info, kem.DEFAULT_SUITE))

    def _wrap(self, key: bytes, info: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return nonce + self._self_aead.encrypt(nonce, key, info)

    @cached_property
    def _self_aead(self) -> AESGCM:
        return AESGCM(self._self_key)

    @cached_property
    def _self_key(self) -> bytes:
        """This session's own wrapping key: only the holders of its private key derive it."""
        return HKDF(
            algorithm=hashes.SHA256(),
            length=DATA_KEY_BYTES,
            salt=None,
            info=f"hotline-calltext-self|{self.desk_id}|{self.own_holder}".encode(),
        ).derive(self.own_private.to_bytes())

    def _open_own_seal(self, sealed: bytes, info: bytes, suite: str) -> bytes:
        """A key sealed to this session's own key: wrapped (SELF_WRAP) or HPKE."""
        if suite != SELF_WRAP:
            return kem.open_sealed(self.own_private, sealed, info, suite)
        try:
            return self._self_aead.decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], info)
        except (InvalidTag, ValueError) as exc:
            raise kem.OpenFailed("the wrapped key does not open") from exc

    def remember(self, call_id: int, sealed: Iterable[SealedKey]) -> bytes:
        """The call's data key, opened from its seals with this session's keys."""
        known = self._keys.get(call_id)
        if known is not None:
            return known
        for seal in sealed:
            try:
                if seal.holder == CASE_TEXT and seal.suite == BATCH_WRAP:
                    key = self._open_batch_wrap(call_id, seal.sealed)
                elif seal.holder == CASE_TEXT and self.case_private is not None:
                    key = kem.open_sealed(
                        self.case_private,
                        seal.sealed,
                        self.key_info(call_id, seal.holder),
                        seal.suite,
                    )
                elif seal.holder == self.own_holder and self.own_holder is not None:
                    key = self._open_own_seal(
                        seal.sealed, self.key_info(call_id, seal.holder), seal.suite
                    )
                else:
                    continue
            except kem.OpenFailed:
                continue
            self._keys[call_id] = key
            return key
        raise TextUnreadable()

    def forget(self, call_id: int) -> None:
        self._keys.pop(call_id, None)
        self._aeads.pop(call_id, None)

    # --- values ----------------------------------------------------------------
    def encrypt(self, call_id: int, field_name: str, text: str) -> bytes:
        return self.encrypt_many(call_id, ((field_name, text),))[0]

    def encrypt_many(self, call_id: int, values: Sequence[tuple[str, str]]) -> list[bytes]:
        """Each (field, text) encrypted under the call's open key, as encrypt does; the
        random nonces drawn in one call (each still its own 96 random bits)."""
        aead = self._aeads.get(call_id)
        if aead is None:
            aead = self._aeads[call_id] = AESGCM(self._keys[call_id])
        nonces = os.urandom(NONCE_BYTES * len(values))
        out = []
        for at, (field_name, text) in enumerate(values):
            nonce = nonces[at * NONCE_BYTES : (at + 1) * NONCE_BYTES]
            body = aead.encrypt(nonce, text.encode("utf-8"), self.associated(call_id, field_name))
            out.append(VERSION + nonce + body)
        return out

    def decrypt(self, call_id: int, field_name: str, blob: bytes) -> str:
        key = self._keys.get(call_id)
        if key is None:
            raise TextUnreadable()
        raw = bytes(blob)
        if raw[:1] != VERSION or len(raw) < 1 + NONCE_BYTES + 16:
            raise TextUnreadable()
        try:
            plain = AESGCM(key).decrypt(
                raw[1 : 1 + NONCE_BYTES],
                raw[1 + NONCE_BYTES :],
                self.associated(call_id, field_name),
            )
        except InvalidTag as exc:
            raise TextUnreadable() from exc
        return plain.decode("utf-8")

    # --- drafts: the author's alone ------------------------------------------------
    def _draft_info(self, draft_id: int) -> bytes:
        return f"hotline-draft|{self.desk_id}|draft:{draft_id}|{self.own_holder}".encode()

    def seal_draft(self, draft_id: int, body: bytes) -> tuple[str, bytes, bytes]:
        """A draft's body under its own data key, sealed to the author's key alone:
        (suite, sealed key, ciphertext). The key stays open for the next autosave."""
        if self.own_holder is None:
            raise TextUnreadable()
        known = self._drafts.get(draft_id)
        if known is None:
            key = os.urandom(DATA_KEY_BYTES)
            sealed = self._wrap(key, self._draft_info(draft_id))
            known = self._drafts[draft_id] = (key, SELF_WRAP, sealed)
        key, suite, sealed = known
        nonce = os.urandom(NONCE_BYTES)
        body = VERSION + nonce + AESGCM(key).encrypt(nonce, body, self._draft_info(draft_id))
        return suite, sealed, body

    def open_draft(self, draft_id: int, suite: str, sealed: bytes, blob: bytes) -> bytes:
        known = self._drafts.get(draft_id)
        if known is None or known[2] != sealed:
            try:
                key = self._open_own_seal(sealed, self._draft_info(draft_id), suite)
            except kem.OpenFailed as exc:
                raise TextUnreadable() from exc
            known = self._drafts[draft_id] = (key, suite, sealed)
        key = known[0]
        if blob[:1] != VERSION or len(blob) < 1 + NONCE_BYTES + 16:
            raise TextUnreadable()
        try:
            return AESGCM(key).decrypt(
                blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :], self._draft_info(draft_id)
            )
        except InvalidTag as exc:
            raise TextUnreadable() from exc

    def forget_draft(self, draft_id: int) -> None:
        self._drafts.pop(draft_id, None)
        self._prepared.pop(draft_id, None)
