"""The device secret in the OS keychain, against backends registered through keyring's API."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as FailKeyring
from keyrings.alt.file import PlaintextKeyring

from hotline.errors import DeviceSecretMissing
from hotline.paths import DeskPaths
from hotline.services import desk
from hotline.storage.device import SERVICE, NoSecureKeychain
from tests.conftest import ADMIN, ADMIN_PW


class MemoryKeyring(KeyringBackend):
    """A secure-looking backend that keeps secrets in this process only."""

    priority = 5

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


class OtherMemoryKeyring(MemoryKeyring):
    """Another backend class, to see a change of backend reported."""


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_bound_desk_unlocks_and_needs_the_device_secret(
    desk_paths: DeskPaths, memory_keyring: MemoryKeyring
) -> None:
    result = desk.init_desk(desk_paths, ADMIN, ADMIN_PW, bind_device=True)
    assert result.bound_to_device and result.backend.endswith("MemoryKeyring")
    assert len(memory_keyring.store) == 1
    session = desk.unlock(desk_paths, ADMIN, ADMIN_PW)
    assert session.device_secret is not None
    session.close()
    # A copy of the desk on a machine whose keychain lacks the secret cannot be opened
    # with the password alone; the recovery code still opens it.
    memory_keyring.store.clear()
    with pytest.raises(DeviceSecretMissing, match="recovery code"):
        desk.unlock(desk_paths, ADMIN, ADMIN_PW)
    desk.unlock_with_recovery(desk_paths, result.recovery_code).close()


def test_the_device_secret_is_really_mixed_in(
    desk_paths: DeskPaths, memory_keyring: MemoryKeyring
) -> None:
    desk.init_desk(desk_paths, ADMIN, ADMIN_PW, bind_device=True)
    key = next(iter(memory_keyring.store))
    memory_keyring.store[key] = "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE="  # 32 other bytes
    from hotline.errors import WrongPassword

    with pytest.raises(WrongPassword):
        desk.unlock(desk_paths, ADMIN, ADMIN_PW)


def test_a_change_of_backend_is_reported(
    desk_paths: DeskPaths, memory_keyring: MemoryKeyring
) -> None:
    desk.init_desk(desk_paths, ADMIN, ADMIN_PW, bind_device=True)
    other = OtherMemoryKeyring()
    other.store = dict(memory_keyring.store)
    keyring.set_keyring(other)
    session = desk.unlock(desk_paths, ADMIN, ADMIN_PW)
    try:
        assert any("OtherMemoryKeyring" in w for w in session.warnings)
    finally:
        session.close()


@pytest.mark.parametrize("backend", [PlaintextKeyring, FailKeyring])
def test_insecure_or_missing_backends_are_refused(
    desk_paths: DeskPaths,
    tmp_path: Path,
    backend: type[KeyringBackend],
) -> None:
    previous = keyring.get_keyring()
    instance = backend()
    if isinstance(instance, PlaintextKeyring):
        instance.file_path = str(tmp_path / "plain.cfg")
    keyring.set_keyring(instance)
    try:
        with pytest.raises(NoSecureKeychain, match="No secure OS keychain"):
            desk.init_desk(desk_paths, ADMIN, ADMIN_PW, bind_device=True)
        assert not desk_paths.database.exists() and not desk_paths.key_file.exists()
        assert (
            not (tmp_path / "plain.cfg").exists()
            or SERVICE not in (tmp_path / "plain.cfg").read_text()
        )
    finally:
        keyring.set_keyring(previous)


def test_unbound_desk_is_the_administrators_explicit_choice(desk_paths: DeskPaths) -> None:
    result = desk.init_desk(desk_paths, ADMIN, ADMIN_PW, bind_device=False)
    assert not result.bound_to_device
    session = desk.unlock(desk_paths, ADMIN, ADMIN_PW)
    try:
        assert any("not bound" in w for w in session.warnings)
    finally:
        session.close()


def test_recovery_binds_the_desk_anew_when_the_keychain_lost_its_secret(
    desk_paths: DeskPaths, memory_keyring: MemoryKeyring
) -> None:
    from hotline.services import users

    result = desk.init_desk(desk_paths, ADMIN, ADMIN_PW, bind_device=True)
    memory_keyring.store.clear()  # a reinstalled system: the keychain is empty
    session = desk.unlock_with_recovery(desk_paths, result.recovery_code)
    try:
        assert session.device_secret is not None
        assert len(memory_keyring.store) == 1
        assert any("bound to it anew" in w for w in session.warnings)
        users.reset_password(session, ADMIN, "a new passphrase on the new system")
        assert session.audit.verify() == []
    finally:
        session.close()
    data = desk_paths.key_file.read_text()
    assert '"uses_device": true' in data
    again = desk.unlock(desk_paths, ADMIN, "a new passphrase on the new system")
    try:
        assert again.device_secret is not None
        actions = [e.action for e in again.audit.entries(limit=20)]
        assert "desk.rebind_keychain" in actions
    finally:
        again.close()
    memory_keyring.store.clear()  # the new binding is really used
    with pytest.raises(DeviceSecretMissing):
        desk.unlock(desk_paths, ADMIN, "a new passphrase on the new system")
