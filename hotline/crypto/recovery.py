"""The recovery code: 160 random bits as 8 groups of 5 characters.

Crockford's base32 alphabet (no I, L, O, U) reads aloud and types back
without confusion; parsing forgives case, spaces, dashes and the look-alikes
O->0, I/L->1.
"""

from __future__ import annotations

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS = 8
GROUP_LEN = 5
BITS = GROUPS * GROUP_LEN * 5  # 200 bits of which the last 40 are a check
CHECK_CHARS = 8


def _checksum(body: str) -> str:
    import hashlib

    digest = hashlib.sha256(body.encode("ascii")).digest()
    value = int.from_bytes(digest[:5], "big")
    return "".join(ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(CHECK_CHARS)))


def generate() -> str:
    """A new code: 32 random characters (160 bits) and 8 check characters."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_LEN - CHECK_CHARS))
    raw = body + _checksum(body)
    return format_code(raw)


def format_code(raw: str) -> str:
    return "-".join(raw[i : i + GROUP_LEN] for i in range(0, len(raw), GROUP_LEN))


def normalise(text: str) -> str | None:
    """The canonical code typed in `text`, or None when it is not a valid code."""
    cleaned = text.upper().replace("O", "0").replace("I", "1").replace("L", "1")
    raw = "".join(ch for ch in cleaned if ch.isalnum())
    if len(raw) != GROUPS * GROUP_LEN or any(ch not in ALPHABET for ch in raw):
        return None
    body, check = raw[:-CHECK_CHARS], raw[-CHECK_CHARS:]
    if _checksum(body) != check:
        return None
    return format_code(raw)
