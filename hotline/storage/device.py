"""The device secret in the OS keychain, through `keyring`.

A 256-bit secret per desk, mixed into every password slot, so a copied
database and key file cannot be attacked off the machine. Backends that keep
secrets in plain files (keyrings.alt) or that store nothing are refused.
Where no secure backend works, the administrator chooses at set-up to run
without one; the choice is recorded in the key file and shown.
"""

from __future__ import annotations

import base64
import contextlib
import os
from dataclasses import dataclass

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from hotline.errors import DeskError
from hotline.i18n import QT_TRANSLATE_NOOP

SERVICE = "hotline152-desk"
MODE_KEYRING = "keyring"
MODE_NONE = "none"

_REFUSED_PREFIXES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


class NoSecureKeychain(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "No secure OS keychain is available here ({backend}). The desk can be set up "
        "without binding it to this machine (then a copy of the desk's files can be "
        "attacked elsewhere with password guesses); choose that explicitly.",
    )


def backend_name(backend: KeyringBackend | None = None) -> str:
    backend = backend or keyring.get_keyring()
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _secure(backend: KeyringBackend) -> bool:
    name = backend_name(backend)
    if name.startswith(_REFUSED_PREFIXES):
        return False
    if name == "keyring.backends.chainer.ChainerBackend":
        chained = list(getattr(backend, "backends", []))
        return bool(chained) and all(_secure(b) for b in chained)
    try:
        return float(backend.priority) > 0
    except Exception:
        return False


def secure_backend_available() -> tuple[bool, str]:
    backend = keyring.get_keyring()
    return _secure(backend), backend_name(backend)


@dataclass(frozen=True)
class DeviceBinding:
    mode: str
    backend: str = ""

    def to_json(self) -> dict[str, str]:
        return {"mode": self.mode, "backend": self.backend}

    @property
    def bound(self) -> bool:
        return self.mode == MODE_KEYRING


def create_secret(desk_id: str) -> tuple[DeviceBinding, bytes]:
    ok, name = secure_backend_available()
    if not ok:
        raise NoSecureKeychain(backend=name)
    secret = os.urandom(32)
    try:
        keyring.set_password(SERVICE, desk_id, base64.b64encode(secret).decode("ascii"))
        stored = keyring.get_password(SERVICE, desk_id)
    except keyring.errors.KeyringError as exc:
        raise NoSecureKeychain(backend=f"{name}: {exc}") from exc
    if stored is None or base64.b64decode(stored) != secret:
        raise NoSecureKeychain(backend=f"{name}: the secret did not read back")
    return DeviceBinding(MODE_KEYRING, name), secret


def load_secret(desk_id: str, binding: DeviceBinding) -> tuple[bytes | None, str | None]:
    """The secret (None when missing) and a warning when the backend changed."""
    warning = None
    name = backend_name()
    if name != binding.backend:
        warning = name
    try:
        stored = keyring.get_password(SERVICE, desk_id)
    except keyring.errors.KeyringError:
        return None, warning
    if not stored:
        return None, warning
    try:
        secret = base64.b64decode(stored, validate=True)
    except ValueError:
        return None, warning
    return (secret if len(secret) == 32 else None), warning


def delete_secret(desk_id: str) -> None:
    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.delete_password(SERVICE, desk_id)
