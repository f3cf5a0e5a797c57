"""One-time enrolment codes, and the server passwords a workstation derives.

An enrolment code reads ``<number>-XXXXX-XXXXX``: the enrolment's number on the
server, then 8 random characters of Crockford's base32 (40 bits) and a check of 2,
so a mistyped code is told apart from a wrong one before anything is sent. The
server keeps only the SCRAM verifier of the password derived from it (the
enrolment's own login role), never the code.

The password of a person's login role is derived from their slot key (HKDF), so the
server's copy of it (a SCRAM verifier) says nothing of the desk password, and a
stolen server password opens no slot.
"""

from __future__ import annotations

import hashlib
import re
import secrets

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base32, as the recovery code
SECRET_CHARS = 8
CHECK_CHARS = 2
_SHAPE = re.compile(r"^(\d{1,9})-?([0-9A-Z]{5})-?([0-9A-Z]{5})$")


def _check(number: int, body: str) -> str:
    digest = hashlib.sha256(f"{number}|{body}".encode("ascii")).digest()
    value = int.from_bytes(digest[:2], "big")
    return "".join(ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(CHECK_CHARS)))


def new_secret() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(SECRET_CHARS))


def format_code(number: int, secret: str) -> str:
    raw = secret + _check(number, secret)
    return f"{number}-{raw[:5]}-{raw[5:]}"


def parse(text: str) -> tuple[int, str] | None:
    """(number, secret) of a typed code, or None when it is mistyped. Case, spaces and
    the look-alikes O->0, I/L->1 are forgiven."""
    cleaned = text.strip().upper().replace(" ", "")
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    found = _SHAPE.match(cleaned)
    if found is None:
        return None
    number = int(found.group(1))
    raw = found.group(2) + found.group(3)
    if any(ch not in ALPHABET for ch in raw):
        return None
    body, check = raw[:SECRET_CHARS], raw[SECRET_CHARS:]
    if number < 1 or _check(number, body) != check:
        return None
    return number, body


def _derive(material: bytes, info: str) -> str:
    return (
        HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info.encode("utf-8"))
        .derive(material)
        .hex()
    )


def enrolment_password(database: str, secret: str) -> str:
    """The password of an enrolment's login role (the workstation knows the centre's
    database from its address, not yet the centre's id)."""
    return _derive(secret.encode("ascii"), f"hotline-enrolment|{database}")


def workstation_password(desk_id: str, workstation_secret: bytes) -> str:
    """The password of the workstation's own login role, from the secret in its keychain."""
    return _derive(workstation_secret, f"hotline-workstation|{desk_id}")


def member_password(desk_id: str, holder: str, slot_key: bytes) -> str:
    """The password of a person's login role, from the key of their slot."""
    return _derive(slot_key, f"hotline-server-login|{desk_id}|{holder}")
