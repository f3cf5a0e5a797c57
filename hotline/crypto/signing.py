"""Ed25519 signatures for the audit chain and the export manifests."""

from __future__ import annotations

import threading

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey


def new_private() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes_raw()


def public_of(private: bytes) -> bytes:
    return (
        Ed25519PrivateKey.from_private_bytes(private)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )


# The parsed signing keys of the open sessions (each audit entry is signed; parsing the
# key again computes its public half each time): kept from sign-in (keep) to sign-out
# (forget), like the session's other keys; at most _KEPT. Any other key is parsed
# for its signature and not kept.
_KEYS: dict[bytes, Ed25519PrivateKey] = {}
_KEPT = 16
PRIVATE_BYTES = 32
_KEYS_LOCK = threading.Lock()


def keep(private: bytes) -> None:
    """Keep this key parsed for the signatures to come (a session opens)."""
    key = Ed25519PrivateKey.from_private_bytes(private)
    with _KEYS_LOCK:
        _KEYS.pop(private, None)
        if len(_KEYS) >= _KEPT:
            _KEYS.pop(next(iter(_KEYS)))  # the oldest
        _KEYS[private] = key


def forget(private: bytes) -> None:
    """Drop the parsed key kept for signing (the session that held it closes)."""
    with _KEYS_LOCK:
        _KEYS.pop(private, None)


def _key(private: bytes) -> Ed25519PrivateKey:
    key = _KEYS.get(private)
    return Ed25519PrivateKey.from_private_bytes(private) if key is None else key


def sign(private: bytes, message: bytes) -> bytes:
    return _key(private).sign(message)


def verify(public: bytes, message: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True
