"""Making and opening key slots: password -> Argon2id -> HKDF(device) -> AES-GCM."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from hotline import passwords
from hotline.crypto import aead, kdf, kem, signing
from hotline.crypto.kdf import KdfParams
from hotline.permissions import Role
from hotline.storage.keyfile import (
    RECOVERY,
    SECRET_CASETEXT,
    SECRET_VAULT,
    AuditPins,
    KeyFile,
    Slot,
    SlotSecrets,
    make_slot,
    new_salt,
)

# Secrets granted to supervisors (and the recovery slot) only; the others go to the
# first administrator and the recovery slot alike.
SUPERVISOR_SECRETS = frozenset({SECRET_VAULT, SECRET_CASETEXT})


@dataclass(frozen=True)
class NewIdentity:
    """Fresh key pairs for a user (or the recovery code)."""

    secrets: SlotSecrets
    signing_public: bytes

    def pinned(self, pins: AuditPins) -> NewIdentity:
        """The identity with the desk's audit pins, as the slot will keep them."""
        return NewIdentity(replace(self.secrets, pins=pins), self.signing_public)

    @classmethod
    def generate(cls) -> NewIdentity:
        sign = signing.new_private()
        return cls(SlotSecrets(kem.KemPrivateKey.generate(), sign), signing.public_of(sign))


def slot_key(
    secret_text: str,
    slot_kdf: KdfParams,
    salt: bytes,
    device_secret: bytes | None,
    holder: str,
    desk_id: str,
) -> bytes:
    stretched = kdf.derive(passwords.normalise(secret_text), salt, slot_kdf)
    return kdf.mix_device_secret(stretched, device_secret, f"{desk_id}|{holder}".encode())


def first_key_file(
    keyfile: KeyFile,
    admin_name: str,
    password: str,
    identities: tuple[NewIdentity, NewIdentity],
    code: str,
    params: KdfParams,
    device_secret: bytes | None,
    roles: frozenset[Role],
    secrets_: Mapping[str, bytes],
) -> str:
    """Fill a new key file (desk or centre) with the first administrator's slot (user 1)
    and the recovery slot, and grant them the secrets (SECRET_* -> value): all to the
    recovery slot, the supervisors' ones to the administrator only when a supervisor.
    Returns the administrator's holder name."""
    admin, rescue = identities
    admin_holder = "user:1"
    keyfile.slots[admin_holder] = build_slot(
        keyfile, admin_holder, password, admin, params, device_secret
    )
    keyfile.slots[RECOVERY] = build_slot(keyfile, RECOVERY, code, rescue, params, None)
    keyfile.names[admin_name.lower()] = 1
    for secret, value in secrets_.items():
        keyfile.seal_grant(RECOVERY, secret, value)
        if secret not in SUPERVISOR_SECRETS or Role.SUPERVISOR in roles:
            keyfile.seal_grant(admin_holder, secret, value)
    return admin_holder


def build_slot(
    keyfile: KeyFile,
    holder: str,
    secret_text: str,
    identity: NewIdentity,
    params: KdfParams,
    device_secret: bytes | None,
) -> Slot:
    """A slot for `holder`, wrapping the identity under the password (and device)."""
    return build_slot_keeping_key(keyfile, holder, secret_text, identity, params, device_secret)[0]


def build_slot_keeping_key(
    keyfile: KeyFile,
    holder: str,
    secret_text: str,
    identity: NewIdentity,
    params: KdfParams,
    device_secret: bytes | None,
) -> tuple[Slot, bytes]:
    """build_slot, and the slot's key (for the session whose own password it is)."""
    salt = new_salt()
    key = slot_key(secret_text, params, salt, device_secret, holder, keyfile.desk_id)
    return make_slot(
        holder,
        keyfile.desk_id,
        key,
        params,
        salt,
        device_secret is not None,
        identity.secrets,
        identity.signing_public,
    ), key


def open_slot(
    keyfile: KeyFile, holder: str, secret_text: str, device_secret: bytes | None
) -> SlotSecrets:
    """Unwrap a slot; raises aead.UnwrapFailed for a wrong password."""
    return open_slot_keeping_key(keyfile, holder, secret_text, device_secret)[0]


def open_slot_keeping_key(
    keyfile: KeyFile, holder: str, secret_text: str, device_secret: bytes | None
) -> tuple[SlotSecrets, bytes]:
    """Unwrap a slot and return the slot's key too, so that the session can wrap the
    slot again around its updated audit pins at sign-out."""
    slot = keyfile.slots[holder]
    key = slot_key(
        secret_text,
        slot.kdf,
        slot.salt,
        device_secret if slot.uses_device else None,
        holder,
        keyfile.desk_id,
    )
    raw = aead.unwrap(key, slot.wrapped, slot.associated(keyfile.desk_id))
    return SlotSecrets.from_bytes(raw), key
