"""Key slots, passwords, the recovery code, rotation and the device secret."""

from __future__ import annotations

import contextlib
import json

import pytest

from hotline.crypto import recovery
from hotline.errors import (
    DeskExists,
    KeyFileDamaged,
    KeyFileMissing,
    TooSoon,
    WeakPassword,
    WrongPassword,
)
from hotline.passwords import check
from hotline.permissions import Role
from hotline.services import desk, users
from hotline.services.logins import delay_after
from hotline.storage.keyfile import SECRET_EXPORT, SECRET_VAULT
from tests import four_eyes
from tests.conftest import (
    ADMIN,
    ADMIN_PW,
    OPERATOR,
    OPERATOR_PW,
    SUPERVISOR,
    SUPERVISOR_PW,
    Desk,
)


def test_wrong_password_is_refused_and_slows_down(new_desk: Desk) -> None:
    for _ in range(2):
        with pytest.raises(WrongPassword):
            desk.unlock(new_desk.paths, ADMIN, "not the password at all, sorry")
    with pytest.raises(WrongPassword):
        desk.unlock(new_desk.paths, ADMIN, "a third wrong password in a row")
    with pytest.raises(TooSoon) as info:
        desk.unlock(new_desk.paths, ADMIN, ADMIN_PW)
    assert "Try again in" in info.value.message()
    assert delay_after(3) == 2 and delay_after(4) == 4 and delay_after(30) == 300


def test_failed_logins_reach_the_audit_log(new_desk: Desk) -> None:
    with pytest.raises(WrongPassword):
        desk.unlock(new_desk.paths, ADMIN, "not the password at all, sorry")
    with pytest.raises(WrongPassword):
        desk.unlock(new_desk.paths, "nobody", "not the password at all, sorry")
    session = new_desk.open()
    try:
        failed = [e for e in session.audit.entries() if e.action == "login.failed"]
        assert failed and failed[0].details["count"] == 2
        assert session.audit.verify() == []
    finally:
        session.close()


def test_slow_down_never_locks_for_good(new_desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    for _ in range(8):
        with contextlib.suppress(WrongPassword, TooSoon):
            desk.unlock(new_desk.paths, ADMIN, "not the password at all, sorry")
        # Pretend the wait passed by moving the recorded failure back in time.
        state = json.loads(new_desk.paths.auth_state.read_text())
        state["users"][ADMIN]["last"] -= 400
        new_desk.paths.auth_state.write_text(json.dumps(state))
    new_desk.open().close()


def test_unknown_user_gets_the_same_message(new_desk: Desk) -> None:
    with pytest.raises(WrongPassword) as info:
        desk.unlock(new_desk.paths, "ghost", ADMIN_PW)
    assert info.value.message() == "The user name or the password is wrong."


def test_tampered_slot_is_reported_as_damage(new_desk: Desk) -> None:
    data = json.loads(new_desk.paths.key_file.read_text())
    slot = data["slots"][0]
    wrapped = bytearray(slot["wrapped"].encode())
    wrapped[20] = ord("A") if wrapped[20] != ord("A") else ord("B")
    slot["wrapped"] = wrapped.decode()
    new_desk.paths.key_file.write_text(json.dumps(data))
    before = new_desk.paths.database.read_bytes()
    with pytest.raises(KeyFileDamaged) as info:
        desk.unlock(new_desk.paths, ADMIN, ADMIN_PW)
    assert "damaged or was changed" in info.value.message()
    assert new_desk.paths.database.read_bytes() == before


def test_missing_key_file(new_desk: Desk) -> None:
    new_desk.paths.key_file.unlink()
    with pytest.raises(KeyFileMissing) as info:
        desk.unlock(new_desk.paths, ADMIN, ADMIN_PW)
    assert "desk.keys is missing" in info.value.message()
    assert new_desk.paths.database.exists()


def test_init_refuses_an_existing_desk(new_desk: Desk) -> None:
    before = new_desk.paths.database.read_bytes()
    with pytest.raises(DeskExists):
        desk.init_desk(
            new_desk.paths, "other", "a different passphrase entirely", bind_device=False
        )
    assert new_desk.paths.database.read_bytes() == before


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("short one", "at least 15"),
        ("passwordpassword", "commonest"),
        ("aaaaaaaaaaaaaaaaaaaa", "repeated"),
        ("abcdefghijklmnopq", "repeated or sequential"),
        ("xyzxyzxyzxyzxyzxyz", "repeated"),
    ],
)
def test_password_rules(password: str, reason: str) -> None:
    with pytest.raises(WeakPassword, match=reason):
        check(password)


def test_passphrases_are_welcome() -> None:
    check("mən gecə növbəsində çay içirəm")
    check("ночная смена на тихой линии")


def test_recovery_code_format_and_typing_back() -> None:
    code = recovery.generate()
    assert len(code.split("-")) == 8
    typed = code.lower().replace("-", " ").replace("0", "o")
    assert recovery.normalise(typed) == code
    broken = code[:-1] + ("0" if code[-1] != "0" else "1")
    assert recovery.normalise(broken) is None


def test_recovery_code_opens_the_desk_and_resets_a_password(staffed_desk: Desk) -> None:
    with pytest.raises(WrongPassword):
        desk.unlock_with_recovery(staffed_desk.paths, recovery.generate())
    session = desk.unlock_with_recovery(staffed_desk.paths, staffed_desk.recovery_code)
    try:
        assert session.user is None
        assert SECRET_VAULT in session.secrets and SECRET_EXPORT in session.secrets
        users.reset_password(session, ADMIN, "a brand new passphrase for admin")
        assert session.audit.verify() == []
    finally:
        session.close()
    with pytest.raises(WrongPassword):
        desk.unlock(staffed_desk.paths, ADMIN, ADMIN_PW)
    desk.unlock(staffed_desk.paths, ADMIN, "a brand new passphrase for admin").close()


def test_change_own_password(staffed_desk: Desk) -> None:
    session = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        with pytest.raises(WrongPassword):
            users.change_own_password(session, "wrong old password here", "whatever else long")
        users.change_own_password(session, OPERATOR_PW, "a new password for the night")
    finally:
        session.close()
    with pytest.raises(WrongPassword):
        desk.unlock(staffed_desk.paths, OPERATOR, OPERATOR_PW)
    desk.unlock(staffed_desk.paths, OPERATOR, "a new password for the night").close()


def test_disable_removes_the_slot(staffed_desk: Desk) -> None:
    session = staffed_desk.open()
    try:
        users.disable_user(session, OPERATOR)
    finally:
        session.close()
    data = json.loads(staffed_desk.paths.key_file.read_text())
    assert OPERATOR not in data["names"]
    with pytest.raises(WrongPassword):
        desk.unlock(staffed_desk.paths, OPERATOR, OPERATOR_PW)


def test_operators_get_no_vault_or_export_key(staffed_desk: Desk) -> None:
    session = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        assert set(session.secrets) == {"db"}
    finally:
        session.close()
    session = staffed_desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        assert set(session.secrets) == {"db", "vault", "casetext"}
    finally:
        session.close()


def test_roles_change_moves_grants(staffed_desk: Desk) -> None:
    four_eyes.change_roles(staffed_desk, OPERATOR, frozenset({Role.OPERATOR, Role.SUPERVISOR}))
    session = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        assert "vault" in session.secrets
    finally:
        session.close()
    four_eyes.change_roles(staffed_desk, OPERATOR, frozenset({Role.OPERATOR}))
    session = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        assert "vault" not in session.secrets
    finally:
        session.close()


def test_key_rotation_rekeys_and_rewraps_every_slot(staffed_desk: Desk) -> None:
    old_grants = json.loads(staffed_desk.paths.key_file.read_text())["grants"]
    session = staffed_desk.open()
    try:
        old_key = session.secrets["db"]
        assert users.rotate_database_key(session) == 1
        assert session.secrets["db"] != old_key
    finally:
        session.close()
    for name, pw in ((ADMIN, ADMIN_PW), (OPERATOR, OPERATOR_PW), (SUPERVISOR, SUPERVISOR_PW)):
        s = desk.unlock(staffed_desk.paths, name, pw)
        try:
            assert s.secrets["db"] != old_key
            assert s.audit.verify() == []
        finally:
            s.close()
    desk.unlock_with_recovery(staffed_desk.paths, staffed_desk.recovery_code).close()
    # The old key no longer opens the database.
    from hotline.storage.database import Database

    with pytest.raises(Exception, match=r"damaged|not an encrypted"):
        Database(staffed_desk.paths.database, old_key)
    assert len(json.loads(staffed_desk.paths.key_file.read_text())["grants"]) == len(old_grants)
