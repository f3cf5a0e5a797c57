"""The desk's settings (services/settings.py): audited, applied, and not changeable by SQL."""

from __future__ import annotations

import pytest

from hotline.errors import PermissionDenied
from hotline.services import integrity, settings
from hotline.services.logins import LoginThrottle
from hotline.services.settings import IDLE_LOCK, SIGN_IN_LIMIT, OutOfRange
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, Desk
from tests.security.attacker import forge_entry, own_signing_key, raw_sql


def test_an_administrator_changes_a_setting_and_it_is_audited(staffed_desk: Desk) -> None:
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        assert settings.current(admin) == {"idle_lock_minutes": 5, "sign_in_free_attempts": 2}
        settings.change(admin, IDLE_LOCK.key, 12)
        assert settings.value(admin, IDLE_LOCK) == 12
        entry = admin.audit.entries_of(settings.CHANGE)[-1]
        assert entry.details == {"key": "idle_lock_minutes", "value": 12, "old": 5}
        with pytest.raises(OutOfRange):
            settings.change(admin, IDLE_LOCK.key, 0)
        with pytest.raises(OutOfRange):
            settings.change(admin, SIGN_IN_LIMIT.key, 11)
        assert settings.value(admin, IDLE_LOCK) == 12
        assert integrity.verify(admin).problems == []
    finally:
        admin.close()
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        with pytest.raises(PermissionDenied):
            settings.change(operator, IDLE_LOCK.key, 60)
        assert settings.value(operator, IDLE_LOCK) == 12
    finally:
        operator.close()


def test_a_setting_changed_with_raw_sql_is_not_used_and_verify_names_it(
    staffed_desk: Desk,
) -> None:
    with raw_sql(staffed_desk.paths, OPERATOR, OPERATOR_PW) as sql:
        sql.execute("UPDATE meta SET value = '60' WHERE key = 'idle_lock_minutes'")
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        assert settings.value(operator, IDLE_LOCK) == 5
    finally:
        operator.close()
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        problems = integrity.verify(admin).problems
        assert any("idle_lock_minutes in the desk (60) was not set" in p for p in problems)
    finally:
        admin.close()


def test_the_sign_in_limit_reaches_the_counter_before_the_desk_opens(staffed_desk: Desk) -> None:
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        settings.change(admin, SIGN_IN_LIMIT.key, 4)
    finally:
        admin.close()
    now = [1000.0]
    throttle = LoginThrottle(staffed_desk.paths.auth_state, clock=lambda: now[0])
    assert throttle.free_failures() == 4
    for _ in range(4):
        throttle.failed(OPERATOR)
    assert throttle.wait_seconds(OPERATOR) == 0
    throttle.failed(OPERATOR)
    assert throttle.wait_seconds(OPERATOR) == 2
    staffed_desk.paths.auth_state.unlink()  # the file deleted: the default comes back
    staffed_desk.open(OPERATOR, OPERATOR_PW).close()  # and each sign-in copies it again
    assert LoginThrottle(staffed_desk.paths.auth_state).free_failures() == 4


def test_a_settings_entry_forged_in_the_administrators_name_is_not_used(
    staffed_desk: Desk,
) -> None:
    """The operator writes the value and a well-chained settings.change entry claiming
    to be the administrator's, signed with the only key she has."""
    own = own_signing_key(staffed_desk.paths, OPERATOR, OPERATOR_PW)
    with raw_sql(staffed_desk.paths, OPERATOR, OPERATOR_PW) as sql:
        sql.execute("UPDATE meta SET value = '60' WHERE key = 'idle_lock_minutes'")
        forged = forge_entry(
            sql,
            own,
            1,
            settings.CHANGE,
            settings.OBJECT,
            None,
            {"key": "idle_lock_minutes", "value": 60, "old": 5},
        )
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        assert settings.value(admin, IDLE_LOCK) == 5
        problems = integrity.verify(admin).problems
        assert any(
            f"audit entry {forged} has a signature that does not verify" in p for p in problems
        )
        assert any("idle_lock_minutes in the desk (60) was not set" in p for p in problems)
    finally:
        admin.close()
