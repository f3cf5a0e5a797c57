"""The key file: one password slot per user, the recovery slot and key grants.

Like LUKS key slots, with one more level so that an administrator can add a
user, grant a role or rotate the database key without knowing anyone's
password:

* every user (and the recovery code) has a hybrid ML-KEM-768 + X25519 key
  pair and an Ed25519 signing key. The private keys sit in the user's slot,
  wrapped with AES-256-GCM under a key derived from the password (Argon2id,
  then HKDF with the device secret); the slot's associated data binds the
  desk id and the user id;
* the secrets - the database key, the vault's private key (supervisors), the
  case-text key (supervisors, version 2), the desk's export signing key
  (administrators) - are sealed with HPKE to each
  holder's public key, as "grants".

Each slot and grant carries a SHA-256 check of its own fields, so a damaged
slot is told apart from a wrong password. The file is written atomically.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hotline.crypto import aead, kem
from hotline.crypto.kdf import KdfParams
from hotline.errors import FileNotWritten, KeyFileAltered, KeyFileDamaged, KeyFileMissing
from hotline.paths import write_atomic

FORMAT = "hotline-keys/2"
# Version 1 slots hold no audit pins (see SlotSecrets); they are read and get
# their pins at the holder's next sign-in, when the slot is wrapped again.
# Version 1 files also lack the case-text grant: the first session holding the
# vault key after the upgrade makes it (hotline.services.text_sealing).
FORMATS_READ = ("hotline-keys/1", FORMAT)
SECRET_DB = "db"
SECRET_VAULT = "vault"
SECRET_EXPORT = "export"
# The case-text key (version 2): opens every call's data key, so its free text and
# the full-text index; granted to supervisors (and the recovery slot) only.
SECRET_CASETEXT = "casetext"
# A centre's persons secret (hotline.crypto.person_keys): keys the pseudonyms' lookup
# values and ciphertexts the server keeps; granted to every member, never to the server.
SECRET_PERSONS = "persons"
RECOVERY = "recovery"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _check(fields: dict[str, Any]) -> str:
    body = {k: v for k, v in fields.items() if k != "check"}
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:32]


@dataclass
class Slot:
    """A password (or recovery code) slot: the holder's private keys, wrapped."""

    holder: str  # "user:<id>" or "recovery"
    kdf: KdfParams
    salt: bytes
    uses_device: bool
    wrapped: bytes
    kem_public: bytes
    signing_public: bytes | None

    def associated(self, desk_id: str) -> bytes:
        return f"hotline-slot|{desk_id}|{self.holder}".encode()

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "holder": self.holder,
            "kdf": self.kdf.as_dict(),
            "salt": b64(self.salt),
            "uses_device": self.uses_device,
            "wrapped": b64(self.wrapped),
            "kem_public": b64(self.kem_public),
            "signing_public": b64(self.signing_public) if self.signing_public else None,
        }
        out["check"] = _check(out)
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Slot:
        if data.get("check") != _check(data):
            raise ValueError(f"slot {data.get('holder')} fails its check")
        sign = data.get("signing_public")
        return cls(
            holder=str(data["holder"]),
            kdf=KdfParams.from_dict(data["kdf"]),
            salt=unb64(data["salt"]),
            uses_device=bool(data["uses_device"]),
            wrapped=unb64(data["wrapped"]),
            kem_public=unb64(data["kem_public"]),
            signing_public=unb64(sign) if sign else None,
        )


@dataclass
class Grant:
    """A secret sealed to one holder's public key."""

    holder: str
    secret: str
    generation: int
    suite: str
    sealed: bytes

    def info(self, desk_id: str) -> bytes:
        return f"hotline-grant|{desk_id}|{self.holder}|{self.secret}|{self.generation}".encode()

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "holder": self.holder,
            "secret": self.secret,
            "generation": self.generation,
            "suite": self.suite,
            "sealed": b64(self.sealed),
        }
        out["check"] = _check(out)
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Grant:
        if data.get("check") != _check(data):
            raise ValueError(f"grant {data.get('secret')} for {data.get('holder')} fails its check")
        return cls(
            holder=str(data["holder"]),
            secret=str(data["secret"]),
            generation=int(data["generation"]),
            suite=str(data["suite"]),
            sealed=unb64(data["sealed"]),
        )


@dataclass
class KeyFile:
    desk_id: str
    db_generation: int
    device: dict[str, Any]
    slots: dict[str, Slot] = field(default_factory=dict)
    grants: list[Grant] = field(default_factory=list)
    # Staff user names (lowercase) to user ids, to find a slot before unlocking.
    names: dict[str, int] = field(default_factory=dict)

    def holder_for(self, name: str) -> str | None:
        user_id = self.names.get(name.strip().lower())
        return None if user_id is None else f"user:{user_id}"

    # --- grants ----------------------------------------------------------
    def seal_grant(self, holder: str, secret: str, value: bytes, generation: int = 0) -> None:
        slot = self.slots[holder]
        grant = Grant(holder, secret, generation, kem.DEFAULT_SUITE, b"")
        grant.sealed = kem.seal(slot.kem_public, value, grant.info(self.desk_id))
        self.grants = [
            g
            for g in self.grants
            if not (g.holder == holder and g.secret == secret and g.generation == generation)
        ]
        self.grants.append(grant)

    def open_grants(self, holder: str, private: kem.KemPrivateKey) -> dict[str, list[bytes]]:
        """The holder's secrets; the database key newest generation first."""
        found: dict[str, list[tuple[int, bytes]]] = {}
        for grant in self.grants:
            if grant.holder != holder:
                continue
            try:
                value = kem.open_sealed(
                    private, grant.sealed, grant.info(self.desk_id), grant.suite
                )
            except kem.OpenFailed as exc:
                raise ValueError(f"grant {grant.secret} does not open") from exc
            found.setdefault(grant.secret, []).append((grant.generation, value))
        return {k: [v for _, v in sorted(vs, reverse=True)] for k, vs in found.items()}

    def drop_holder(self, holder: str) -> None:
        self.slots.pop(holder, None)
        self.names = {n: i for n, i in self.names.items() if f"user:{i}" != holder}
        self.grants = [g for g in self.grants if g.holder != holder]

    def drop_grant(self, holder: str, secret: str) -> None:
        self.grants = [g for g in self.grants if not (g.holder == holder and g.secret == secret)]

    def holders_of(self, secret: str) -> set[str]:
        return {g.holder for g in self.grants if g.secret == secret}

    # --- file --------------------------------------------------------------
    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT,
            "desk_id": self.desk_id,
            "db_generation": self.db_generation,
            "device": self.device,
            "slots": [s.to_json() for s in self.slots.values()],
            "grants": [g.to_json() for g in self.grants],
            "names": self.names,
        }
        # The desk id, the names and the settings have no check of their own (the slots
        # and grants do): one over the whole file tells an edit from a wrong password.
        data["check"] = _check(data)
        return json.dumps(data, indent=1, sort_keys=True).encode("utf-8")

    def save(self, path: Path) -> None:
        try:
            write_atomic(path, self.to_bytes())
        except OSError as exc:  # a full disk: the old file stays as it was
            raise FileNotWritten(path=str(path), reason=exc.strerror or str(exc)) from exc

    @classmethod
    def from_bytes(cls, raw: bytes, path: Path) -> KeyFile:
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") not in FORMATS_READ:
                raise ValueError("unknown format")
            slots = [Slot.from_json(s) for s in data["slots"]]
            keyfile = cls(
                desk_id=str(data["desk_id"]),
                db_generation=int(data["db_generation"]),
                device=dict(data["device"]),
                slots={s.holder: s for s in slots},
                grants=[Grant.from_json(g) for g in data["grants"]],
                names={str(k): int(v) for k, v in data.get("names", {}).items()},
            )
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            raise KeyFileDamaged(path=str(path), reason=str(exc)) from exc
        # After the slots' and grants' own checks, which name what failed more closely.
        if "check" in data and data["check"] != _check(data):  # files of 0.1 have none
            raise KeyFileAltered(path=str(path))
        return keyfile

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise KeyFileMissing(path=str(path)) from None
        return cls.from_bytes(raw, path)


@dataclass(frozen=True)
class AuditPins:
    """Key file version 2: what the holder's slot remembers of the audit log,
    inside the slot's AEAD, so nobody without the holder's password can change it.

    root: the desk.init signing key (the first administrator's), checked against
    entry 1 of the chain; head: the last (seq, hash) this holder's sessions wrote
    or verified, which the chain must still contain at the next sign-in.
    """

    root: bytes | None = None
    head_seq: int = 0
    head_hash: bytes = b""

    def to_json(self) -> dict[str, Any]:
        return {
            "root": b64(self.root) if self.root else None,
            "head": [self.head_seq, self.head_hash.hex()],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> AuditPins:
        if not data:
            return cls()  # a version 1 slot
        root = data.get("root")
        seq, digest = data.get("head") or (0, "")
        return cls(unb64(root) if root else None, int(seq), bytes.fromhex(digest))


@dataclass(frozen=True)
class SlotSecrets:
    """What a slot holds once unwrapped."""

    kem_private: kem.KemPrivateKey
    signing_private: bytes | None
    pins: AuditPins = field(default_factory=AuditPins)

    def to_bytes(self) -> bytes:
        body: dict[str, Any] = {"kem": b64(self.kem_private.to_bytes())}
        if self.signing_private:
            body["sign"] = b64(self.signing_private)
        body["audit"] = self.pins.to_json()
        return json.dumps(body).encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> SlotSecrets:
        body = json.loads(raw.decode())
        sign = body.get("sign")
        return cls(
            kem.KemPrivateKey.from_bytes(unb64(body["kem"])),
            unb64(sign) if sign else None,
            AuditPins.from_json(body.get("audit")),
        )


def make_slot(
    holder: str,
    desk_id: str,
    kek: bytes,
    kdf_params: KdfParams,
    salt: bytes,
    uses_device: bool,
    secrets_: SlotSecrets,
    signing_public: bytes | None,
) -> Slot:
    slot = Slot(
        holder=holder,
        kdf=kdf_params,
        salt=salt,
        uses_device=uses_device,
        wrapped=b"",
        kem_public=secrets_.kem_private.public_key(),
        signing_public=signing_public,
    )
    slot.wrapped = aead.wrap(kek, secrets_.to_bytes(), slot.associated(desk_id))
    return slot


def rewrap_slot(slot: Slot, desk_id: str, kek: bytes, secrets_: SlotSecrets) -> Slot:
    """The same slot (password, salt, keys) wrapped anew around changed secrets."""
    return make_slot(
        slot.holder,
        desk_id,
        kek,
        slot.kdf,
        slot.salt,
        slot.uses_device,
        secrets_,
        slot.signing_public,
    )


def new_salt() -> bytes:
    return os.urandom(16)
