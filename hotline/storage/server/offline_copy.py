"""The workstation's own copy of what an offline sign-in needs, sealed on its disk.

Written at every successful online sign-in on the workstation (whoever signs in), read
only when the centre's server cannot be reached at sign-in
(hotline.services.offline_signin): the centre's key file as the server gave it (the
members' wrapped slots and sealed grants), the members' signed rows, the centre's
public keys (trusted at that online sign-in: entry 1 of the chain pins them), the
head of the centre's chain this workstation saw then, when the copy was made and the
centre's limit then on its age for signing in offline (both sealed with the rest:
services/offline_signin.py refuses a copy older than that limit, or made "later" than
the workstation's clock says now), and entry 1 of the chain as the server gave it (the
centre's keys are used offline only as the root the person's slot pins signed them
there: a copy sealed again by someone holding the workstation's secret, with keys of
their own, is refused).

The file is AES-256-GCM under a key derived (HKDF-SHA256) from the workstation's own
secret (in the OS keychain where the workstation is bound, else ``workstation.secret``
beside it), bound to the centre and the workstation's login: nothing of it is readable
as JSON on the disk, and a byte changed, another workstation's copy or another centre's
put in its place does not open (``OfflineCopyDamaged``). What it cannot stop: someone
holding the disk *and* the workstation's secret can try passwords against the slots
offline, at the slots' Argon2id cost (README, "Offline sign-in").
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from hotline.crypto import aead
from hotline.errors import DeskError, FileNotWritten
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.paths import write_atomic
from hotline.permissions import Role
from hotline.storage.audit_log import Head
from hotline.storage.server.centre import Centre
from hotline.storage.server.people import SignedMember

FILE_NAME = "offline-copy.sealed"
MAGIC = b"hotline-offline-copy/1\n"


class NoOfflineCopy(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This computer holds no copy of the centre's keys yet: signing in offline works "
        "only on a workstation where someone signed in online before. Wait for the server, "
        "or use a workstation where you signed in before.",
    )


class OfflineCopyDamaged(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This computer's copy of the centre's keys was changed or damaged ({path}); it is "
        "not used. Sign in when the server can be reached (that writes a fresh copy), and "
        "tell an administrator.",
    )


@dataclass(frozen=True)
class OfflineCopy:
    key_file: bytes  # the centre's key file, as the server gave it
    members: list[SignedMember]  # their signed rows, as the server gave them
    centre: Centre  # its public keys, as trusted at that online sign-in
    head: Head | None  # the chain's head the workstation saw then
    saved_at: str  # when (ISO, UTC)
    offline_days: int | None = None  # the centre's limit then (services/settings.py)
    # entry 1 of the centre's chain as the server gave it (audit.entry_one): offline, the
    # centre's keys above are trusted only as the slot's root pins them there
    entry_one: tuple[Any, ...] | None = None


def path_in(folder: Path) -> Path:
    return folder / FILE_NAME


def copy_key(secret: bytes, desk_id: str, login: str) -> bytes:
    """HKDF of the workstation's secret, bound to the centre and the workstation."""
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=desk_id.encode("ascii"),
        info=f"hotline-offline-copy|{login}".encode(),
    ).derive(secret)


def _associated(desk_id: str, login: str) -> bytes:
    return f"hotline-offline-copy|{desk_id}|{login}".encode()


def _b64(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


def _member_json(m: SignedMember) -> dict[str, Any]:
    return {
        "user_id": m.user_id,
        "user_name": m.user_name,
        "roles": sorted(r.value for r in m.roles),
        "signing_public": _b64(m.signing_public),
        "active": m.active,
        "db_role": m.db_role,
        "signed_by": m.signed_by,
        "signature": None if m.signature is None else _b64(m.signature),
    }


def _member_of(data: dict[str, Any]) -> SignedMember:
    signature = data["signature"]
    return SignedMember(
        user_id=int(data["user_id"]),
        user_name=str(data["user_name"]),
        roles=frozenset(Role(r) for r in data["roles"]),
        signing_public=base64.b64decode(data["signing_public"], validate=True),
        active=bool(data["active"]),
        db_role=None if data["db_role"] is None else str(data["db_role"]),
        signed_by=None if data["signed_by"] is None else int(data["signed_by"]),
        signature=None if signature is None else base64.b64decode(signature, validate=True),
    )


def _days_of(value: object) -> int | None:
    """A copy written before the limit existed holds none (the service's default then)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("not a number of days")
    return value


_ENTRY_BYTES = (7, 8, 9)  # prev_hash, hash, signature (audit.COLUMNS)


def _entry_json(row: tuple[Any, ...] | None) -> list[Any] | None:
    if row is None:
        return None
    return [bytes(v).hex() if i in _ENTRY_BYTES else v for i, v in enumerate(row)]


def _entry_of(value: object) -> tuple[Any, ...] | None:
    if value is None:
        return None
    if not isinstance(value, list):
        raise ValueError("not an entry")
    return tuple(bytes.fromhex(v) if i in _ENTRY_BYTES else v for i, v in enumerate(value))


def write(path: Path, secret: bytes, login: str, copy: OfflineCopy) -> None:
    """The copy sealed and written in place of the one before (atomically)."""
    body = {
        "key_file": _b64(copy.key_file),
        "members": [_member_json(m) for m in copy.members],
        "centre": {
            "desk_id": copy.centre.desk_id,
            "casetext_public": _b64(copy.centre.casetext_public),
            "vault_public": _b64(copy.centre.vault_public),
            "export_public": _b64(copy.centre.export_public),
        },
        "head": None if copy.head is None else {"seq": copy.head.seq, "hash": copy.head.hash.hex()},
        "saved_at": copy.saved_at,
        "offline_days": copy.offline_days,
        "entry_one": _entry_json(copy.entry_one),
    }
    desk_id = copy.centre.desk_id
    plain = json.dumps(body, sort_keys=True).encode("utf-8")
    sealed = aead.wrap(copy_key(secret, desk_id, login), plain, _associated(desk_id, login))
    try:
        write_atomic(path, MAGIC + sealed)
    except OSError as exc:
        raise FileNotWritten(path=str(path), reason=exc.strerror or str(exc)) from exc


def read(path: Path, secret: bytes, desk_id: str, login: str) -> OfflineCopy:
    """The copy opened: NoOfflineCopy when there is none, OfflineCopyDamaged when it does
    not open (changed, damaged, another workstation's or another centre's)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise NoOfflineCopy() from None
    except OSError as exc:
        raise OfflineCopyDamaged(path=str(path)) from exc
    try:
        if not raw.startswith(MAGIC):
            raise ValueError("not a copy")
        plain = aead.unwrap(
            copy_key(secret, desk_id, login), raw[len(MAGIC) :], _associated(desk_id, login)
        )
        body = json.loads(plain.decode("utf-8"))
        centre = body["centre"]
        head = body["head"]
        found = OfflineCopy(
            key_file=base64.b64decode(body["key_file"], validate=True),
            members=[_member_of(m) for m in body["members"]],
            centre=Centre(
                str(centre["desk_id"]),
                base64.b64decode(centre["casetext_public"], validate=True),
                base64.b64decode(centre["vault_public"], validate=True),
                base64.b64decode(centre["export_public"], validate=True),
            ),
            head=None if head is None else Head(int(head["seq"]), bytes.fromhex(head["hash"])),
            saved_at=str(body["saved_at"]),
            offline_days=_days_of(body.get("offline_days")),
            entry_one=_entry_of(body.get("entry_one")),
        )
    except (aead.UnwrapFailed, ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise OfflineCopyDamaged(path=str(path)) from exc
    if found.centre.desk_id != desk_id:
        raise OfflineCopyDamaged(path=str(path))
    return found
