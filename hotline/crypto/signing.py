"""Ed25519 signatures for the audit chain and the export manifests.

Keys are made, and signatures checked, with cryptography (OpenSSL); signatures are
made with libsodium (PyNaCl), which signs in 17 us where OpenSSL takes 29 on the
workstations measured (each save signs one audit entry: bench/save_call.py). Ed25519
is deterministic (RFC 8032): the same key and message give the same 64 bytes with
either library (a test compares them).
"""

from __future__ import annotations

import threading

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from nacl.bindings import crypto_sign, crypto_sign_seed_keypair


def new_private() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes_raw()


def public_of(private: bytes) -> bytes:
    return (
        Ed25519PrivateKey.from_private_bytes(private)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )


# The expanded signing keys of the open sessions (libsodium's secret key: the seed and
# its public half; expanding computes the public half each time): kept from sign-in
# (keep) to sign-out (forget), like the session's other keys; at most _KEPT. Any other
# key is expanded for its signature and not kept.
_KEYS: dict[bytes, bytes] = {}
SIGNATURE_BYTES = 64
_KEPT = 16
PRIVATE_BYTES = 32
_KEYS_LOCK = threading.Lock()


def keep(private: bytes) -> None:
    """Keep this key expanded for the signatures to come (a session opens)."""
    key = _expanded(private)
    with _KEYS_LOCK:
        _KEYS.pop(private, None)
        if len(_KEYS) >= _KEPT:
            _KEYS.pop(next(iter(_KEYS)))  # the oldest
        _KEYS[private] = key


def forget(private: bytes) -> None:
    """Drop the expanded key kept for signing (the session that held it closes)."""
    with _KEYS_LOCK:
        _KEYS.pop(private, None)


def _expanded(private: bytes) -> bytes:
    if len(private) != PRIVATE_BYTES:  # as Ed25519PrivateKey.from_private_bytes refuses it
        raise ValueError("An Ed25519 private key is 32 bytes long.")
    return crypto_sign_seed_keypair(private)[1]


def sign(private: bytes, message: bytes) -> bytes:
    key = _KEYS.get(private)
    # crypto_sign gives the signature followed by the message
    return crypto_sign(message, _expanded(private) if key is None else key)[:SIGNATURE_BYTES]


def verify(public: bytes, message: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True
