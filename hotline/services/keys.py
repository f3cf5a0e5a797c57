"""Making and opening key slots: password -> Argon2id -> HKDF(device) -> AES-GCM."""

from __future__ import annotations

from dataclasses import dataclass

from hotline import passwords
from hotline.crypto import aead, kdf, kem, signing
from hotline.crypto.kdf import KdfParams
from hotline.storage.keyfile import KeyFile, Slot, SlotSecrets, make_slot, new_salt


@dataclass(frozen=True)
class NewIdentity:
    """Fresh key pairs for a user (or the recovery code)."""

    secrets: SlotSecrets
    signing_public: bytes

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


def build_slot(
    keyfile: KeyFile,
    holder: str,
    secret_text: str,
    identity: NewIdentity,
    params: KdfParams,
    device_secret: bytes | None,
) -> Slot:
    """A slot for `holder`, wrapping the identity under the password (and device)."""
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
    )


def open_slot(
    keyfile: KeyFile, holder: str, secret_text: str, device_secret: bytes | None
) -> SlotSecrets:
    """Unwrap a slot; raises aead.UnwrapFailed for a wrong password."""
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
    return SlotSecrets.from_bytes(raw)
