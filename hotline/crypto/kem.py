"""HPKE sealing (RFC 9180) with the hybrid ML-KEM-768 + X25519 KEM.

Used for the identity vault (operators seal, supervisors open) and for the
key grants of the key file (secrets sealed to each user's public key, so an
administrator can grant or rotate without knowing anyone's password).
Each sealed blob carries the name of its suite, so entries sealed under
another suite still open after the default changes.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from cryptography.hazmat.primitives import hpke, serialization
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519

SUITE_MLKEM768_X25519 = "MLKEM768_X25519/HKDF_SHA256/AES_256_GCM"
DEFAULT_SUITE = SUITE_MLKEM768_X25519

_SUITES = {
    SUITE_MLKEM768_X25519: hpke.Suite(
        hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM
    ),
}

MLKEM_SEED_BYTES = 64
X25519_BYTES = 32
MLKEM768_PUBLIC_BYTES = 1184


class OpenFailed(Exception):
    """The sealed blob does not open with this key and context."""


@dataclass(frozen=True)
class KemPrivateKey:
    """A hybrid private key kept as its 64-byte ML-KEM seed and X25519 scalar."""

    mlkem_seed: bytes
    x25519_private: bytes

    @classmethod
    def generate(cls) -> KemPrivateKey:
        m = mlkem.MLKEM768PrivateKey.generate()
        x = x25519.X25519PrivateKey.generate()
        return cls(m.private_bytes_raw(), x.private_bytes_raw())

    def to_bytes(self) -> bytes:
        return self.mlkem_seed + self.x25519_private

    @classmethod
    def from_bytes(cls, data: bytes) -> KemPrivateKey:
        if len(data) != MLKEM_SEED_BYTES + X25519_BYTES:
            raise ValueError("bad private key length")
        return cls(data[:MLKEM_SEED_BYTES], data[MLKEM_SEED_BYTES:])

    @functools.cached_property
    def _hpke(self) -> hpke.MLKEM768X25519PrivateKey:
        """Built once per key: expanding the ML-KEM seed costs more than a decapsulation."""
        return hpke.MLKEM768X25519PrivateKey(
            mlkem.MLKEM768PrivateKey.from_seed_bytes(self.mlkem_seed),
            x25519.X25519PrivateKey.from_private_bytes(self.x25519_private),
        )

    def _hpke_key(self) -> hpke.MLKEM768X25519PrivateKey:
        return self._hpke

    def public_key(self) -> bytes:
        m = mlkem.MLKEM768PrivateKey.from_seed_bytes(self.mlkem_seed).public_key()
        x = x25519.X25519PrivateKey.from_private_bytes(self.x25519_private).public_key()
        return m.public_bytes_raw() + x.public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )


@functools.lru_cache(maxsize=64)  # the case-text key and the authors' keys, sealed to often
def _public(public: bytes) -> hpke.MLKEM768X25519PublicKey:
    if len(public) != MLKEM768_PUBLIC_BYTES + X25519_BYTES:
        raise ValueError("bad public key length")
    return hpke.MLKEM768X25519PublicKey(
        mlkem.MLKEM768PublicKey.from_public_bytes(public[:MLKEM768_PUBLIC_BYTES]),
        x25519.X25519PublicKey.from_public_bytes(public[MLKEM768_PUBLIC_BYTES:]),
    )


def seal(public: bytes, plaintext: bytes, info: bytes, suite: str = DEFAULT_SUITE) -> bytes:
    return _SUITES[suite].encrypt(plaintext, _public(public), info=info)


def open_sealed(private: KemPrivateKey, sealed: bytes, info: bytes, suite: str) -> bytes:
    if suite not in _SUITES:
        raise OpenFailed(f"unknown suite {suite}")
    try:
        return _SUITES[suite].decrypt(sealed, private._hpke_key(), info=info)
    except Exception as exc:  # cryptography raises several types for a bad blob
        raise OpenFailed("the sealed data does not open") from exc
