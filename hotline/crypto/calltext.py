"""Free text of a call, sealed per call: its own random data key, AES-256-GCM.

Each text field (notes, code word, call-back times, review comments, the old
and new values of a corrected text field) is encrypted with the call's data
key; the desk id, the call id and the field's name are bound in as associated
data, so a ciphertext moved to another call or field fails to open. The data
key itself is sealed with HPKE (the suite stored beside it) to the case-text
public key, whose private half only supervisors' slots are granted, and to
the author's own public key: an operator opens the text of their own calls
and nobody else's, whatever SQL the database key lets them run.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from hotline.crypto import kem

DATA_KEY_BYTES = 32
NONCE_BYTES = 12
VERSION = b"\x01"  # the first byte of every sealed text value
CASE_TEXT = "casetext"  # the holder name of the case-text key's seal


class TextUnreadable(Exception):
    """This session holds no key that opens the call's text (or it was changed)."""


@dataclass(frozen=True)
class SealedKey:
    """A call's data key sealed to one holder ("casetext" or "user:<id>")."""

    holder: str
    suite: str
    sealed: bytes


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

    @property
    def reads_every_call(self) -> bool:
        return self.case_private is not None

    def public_of(self, user_id: int) -> bytes | None:
        return self.publics(user_id)

    def key_info(self, call_id: int, holder: str) -> bytes:
        return f"hotline-calltext-key|{self.desk_id}|call:{call_id}|{holder}".encode()

    def associated(self, call_id: int, field_name: str) -> bytes:
        return f"hotline-calltext|{self.desk_id}|call:{call_id}|{field_name}".encode()

    # --- data keys ----------------------------------------------------------
    def new_key(self, call_id: int, authors: Iterable[tuple[str, bytes]]) -> list[SealedKey]:
        """A fresh data key for the call, sealed to the case-text key and the authors."""
        key = os.urandom(DATA_KEY_BYTES)
        self._keys[call_id] = key
        targets = {CASE_TEXT: self.case_public}
        targets.update(dict(authors))
        return [
            SealedKey(
                holder,
                kem.DEFAULT_SUITE,
                kem.seal(public, key, self.key_info(call_id, holder), kem.DEFAULT_SUITE),
            )
            for holder, public in sorted(targets.items())
        ]

    def remember(self, call_id: int, sealed: Iterable[SealedKey]) -> bytes:
        """The call's data key, opened from its seals with this session's keys."""
        known = self._keys.get(call_id)
        if known is not None:
            return known
        for seal in sealed:
            private = None
            if seal.holder == CASE_TEXT:
                private = self.case_private
            elif seal.holder == self.own_holder:
                private = self.own_private
            if private is None:
                continue
            try:
                key = kem.open_sealed(
                    private, seal.sealed, self.key_info(call_id, seal.holder), seal.suite
                )
            except kem.OpenFailed:
                continue
            self._keys[call_id] = key
            return key
        raise TextUnreadable()

    def forget(self, call_id: int) -> None:
        self._keys.pop(call_id, None)

    # --- values ----------------------------------------------------------------
    def encrypt(self, call_id: int, field_name: str, text: str) -> bytes:
        key = self._keys[call_id]
        nonce = os.urandom(NONCE_BYTES)
        body = AESGCM(key).encrypt(
            nonce, text.encode("utf-8"), self.associated(call_id, field_name)
        )
        return VERSION + nonce + body

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
            own_public = self.own_private.public_key()
            sealed = kem.seal(own_public, key, self._draft_info(draft_id), kem.DEFAULT_SUITE)
            known = self._drafts[draft_id] = (key, kem.DEFAULT_SUITE, sealed)
        key, suite, sealed = known
        nonce = os.urandom(NONCE_BYTES)
        body = VERSION + nonce + AESGCM(key).encrypt(nonce, body, self._draft_info(draft_id))
        return suite, sealed, body

    def open_draft(self, draft_id: int, suite: str, sealed: bytes, blob: bytes) -> bytes:
        known = self._drafts.get(draft_id)
        if known is None or known[2] != sealed:
            try:
                key = kem.open_sealed(self.own_private, sealed, self._draft_info(draft_id), suite)
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
