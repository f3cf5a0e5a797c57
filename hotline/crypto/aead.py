"""AES-256-GCM wrapping of small secrets, with associated data bound in."""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


class UnwrapFailed(Exception):
    """Wrong key, or the wrapped bytes or their associated data were changed."""


def wrap(key: bytes, plaintext: bytes, associated: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, associated)


def unwrap(key: bytes, blob: bytes, associated: bytes) -> bytes:
    if len(blob) < NONCE_BYTES + 16:
        raise UnwrapFailed("too short")
    try:
        return AESGCM(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], associated)
    except InvalidTag as exc:
        raise UnwrapFailed("authentication failed") from exc
