"""The pseudonyms of a centre's callers as the server keeps them: a keyed lookup value
and a ciphertext, never the pseudonym itself.

The centre's persons secret (the key file's ``persons`` grant, opened only on the
workstations) gives two keys by HKDF: one for an HMAC of the folded pseudonym
(``pseudonyms.key``: case and spacing do not matter), by which the server finds a
returning caller's calls without learning who they are, and one for AES-GCM, under
which the pseudonym itself travels for display, bound to its call and its field (a
ciphertext moved to another call does not open).

A third key, for an HMAC of an entity a call names (an agency, a phone, ...: its kind and
the form it is matched by, validation.entity_key), gives the server the calls' entity
lookup values (``entity_keys`` among the coded fields), as the desk keeps its
``value_key``: the server finds the calls naming one entity without learning it; the
values themselves are sealed with the call's free text.

A fourth, for an HMAC of an imported old call's content, makes the call id an import
gives it (``import_id``): the same row imported again, on any workstation of the
centre, is the same call, which the server then already holds; the server, without
the secret, cannot tell from an id what the row said.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from collections.abc import Iterable, Mapping
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from hotline import pseudonyms
from hotline.crypto import aead
from hotline.validation import entity_key

SECRET_BYTES = 32
# The coded fields each named person leaves on the server: (pseudonym field of the
# record, its lookup key's field, its ciphertext's field).
PERSONS = (
    ("caller_pseudonym", "caller_key", "caller_sealed"),
    ("concerned_pseudonym", "concerned_key", "concerned_sealed"),
)
KEY_FIELDS = tuple(key for _, key, _ in PERSONS)
STORED_FIELDS = tuple(f for _, key, box in PERSONS for f in (key, box))
CLEAR_FIELDS = tuple(name for name, _, _ in PERSONS)  # what a centre made before held
ENTITY_FIELD = "entity_keys"  # the coded field of a call's entities' lookup values


def _derive(secret: bytes, purpose: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=b"hotline-persons|" + purpose).derive(secret)


class PersonKeys:
    """The two keys of the centre's persons secret."""

    __slots__ = ("_box", "_entity", "_import", "_mac")  # the AES-GCM keyed once: a page opens 50

    def __init__(self, secret: bytes) -> None:
        if len(secret) != SECRET_BYTES:
            raise ValueError("the persons secret is 32 bytes")
        self._mac = hmac.new(_derive(secret, b"lookup"), digestmod=hashlib.sha256)
        self._box = AESGCM(_derive(secret, b"display"))
        self._entity = hmac.new(_derive(secret, b"entity"), digestmod=hashlib.sha256)
        self._import = hmac.new(_derive(secret, b"import"), digestmod=hashlib.sha256)

    def import_id(self, content: str) -> int:
        """The call id of an imported row whose content (and place among the same rows
        of its file) is ``content``: 63 bits of its HMAC, never 0."""
        mac = self._import.copy()
        mac.update(content.encode("utf-8"))
        return (int.from_bytes(mac.digest()[:8], "big") & (2**63 - 1)) or 1

    def entity(self, kind: str, value: str) -> str:
        """The value the server finds an entity by ('' for one with nothing to match)."""
        plain = entity_key(kind, value)
        if not plain:
            return ""
        mac = self._entity.copy()
        mac.update(f"{kind}|{plain}".encode())
        return mac.hexdigest()

    def entity_coded(self, entities: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
        """The coded field of the entities (kind, value) a call names: their lookup
        values, sorted, each once (nothing when it names none)."""
        found = sorted({k for kind, value in entities if (k := self.entity(kind, value))})
        return {ENTITY_FIELD: found} if found else {}

    def lookup(self, pseudonym: str) -> str:
        """The value the server finds a person by ('' for nothing typed)."""
        folded = pseudonyms.key(pseudonym)
        if not folded:
            return ""
        mac = self._mac.copy()
        mac.update(folded.encode("utf-8"))
        return mac.hexdigest()

    def seal(self, call_id: int, field: str, pseudonym: str) -> str:
        nonce = os.urandom(aead.NONCE_BYTES)
        blob = nonce + self._box.encrypt(nonce, pseudonym.encode("utf-8"), _bound(call_id, field))
        return base64.b64encode(blob).decode("ascii")

    def open(self, call_id: int, field: str, sealed: object) -> str | None:
        """The pseudonym, or None where there is none or it does not open here."""
        if not isinstance(sealed, str):
            return None
        try:
            blob = base64.b64decode(sealed.encode("ascii"), validate=True)
            n = aead.NONCE_BYTES
            if len(blob) < n + 16:
                return None
            return self._box.decrypt(blob[:n], blob[n:], _bound(call_id, field)).decode("utf-8")
        except (ValueError, InvalidTag):
            return None

    def coded(self, call_id: int, named: Mapping[str, Any]) -> dict[str, str]:
        """The fields the server keeps for the pseudonyms among ``named``."""
        kept: dict[str, str] = {}
        for name, key, box in PERSONS:
            value = named.get(name)
            if isinstance(value, str) and value.strip():
                kept[key] = self.lookup(value)
                kept[box] = self.seal(call_id, name, value)
        return kept

    def caller(self, call_id: int, coded: Mapping[str, Any]) -> str | None:
        """The caller's pseudonym of a call's coded fields (the call log's column)."""
        name, _key, box = PERSONS[0]
        return self.open(call_id, name, coded.get(box))

    def keyed(self, call_id: int, coded: Mapping[str, Any]) -> dict[str, Any]:
        """Coded fields as the server keeps them: any pseudonym in clear among them
        replaced by its lookup value and ciphertext."""
        return {**without_persons(coded), **self.coded(call_id, coded)}

    def shown(self, call_id: int, coded: Mapping[str, Any]) -> dict[str, str | None]:
        """The pseudonyms a call's coded fields hold, opened (None where none)."""
        return {name: self.open(call_id, name, coded.get(box)) for name, _, box in PERSONS}


def _bound(call_id: int, field: str) -> bytes:
    return f"hotline-pseudonym|{call_id}|{field}".encode()


def names_in_clear(coded: Mapping[str, Any]) -> bool:
    return any(coded.get(name) for name in CLEAR_FIELDS)


def without_persons(coded: Mapping[str, Any]) -> dict[str, Any]:
    """The coded fields with no pseudonym in any form."""
    return {k: v for k, v in coded.items() if k not in STORED_FIELDS and k not in CLEAR_FIELDS}
