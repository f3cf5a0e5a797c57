"""The permission matrix: every role against every action, and denials audited."""

from __future__ import annotations

import pytest

from hotline.errors import PermissionDenied
from hotline.permissions import MATRIX, Action, Role, allowed, parse_roles
from tests.conftest import Desk

EXPECTED = {
    Role.OPERATOR: {
        Action.TAKE_CALL,
        Action.READ_OWN_CALLS,
        Action.CORRECT_OWN_CALL,
        Action.WRITE_VAULT,
        Action.CLOSE_OWN_TASK,
    },
    Role.SUPERVISOR: {
        Action.TAKE_CALL,
        Action.READ_OWN_CALLS,
        Action.CORRECT_OWN_CALL,
        Action.READ_ALL_CALLS,
        Action.READ_NOTES,
        Action.REVIEW_CALL,
        Action.CORRECT_CALL,
        Action.ENTER_ON_BEHALF,
        Action.WRITE_VAULT,
        Action.READ_VAULT,
        Action.CLOSE_OWN_TASK,
        Action.MANAGE_TASKS,
        Action.READ_STATISTICS,
        Action.READ_AUDIT,
        Action.VERIFY,
    },
    Role.ADMINISTRATOR: {
        Action.READ_STATISTICS,
        Action.READ_AUDIT,
        Action.VERIFY,
        Action.MANAGE_USERS,
        Action.BACKUP,
        Action.RESTORE,
        Action.ROTATE_KEY,
        Action.SETTINGS,
        Action.EXPORT,
        Action.SEAL_RECORD,
        Action.DEMO_DATA,
        Action.IMPORT,
        Action.EDIT_DIRECTORY,
    },
}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(Action))
def test_every_role_and_action(role: Role, action: Action) -> None:
    assert allowed({role}, action) == (action in EXPECTED[role])


def test_matrix_covers_every_action() -> None:
    assert set(MATRIX) == set(Action)


def test_several_roles_combine() -> None:
    assert allowed({Role.OPERATOR, Role.ADMINISTRATOR}, Action.TAKE_CALL)
    assert allowed({Role.OPERATOR, Role.ADMINISTRATOR}, Action.EXPORT)
    assert not allowed({Role.OPERATOR, Role.ADMINISTRATOR}, Action.READ_VAULT)


def test_parse_roles() -> None:
    assert parse_roles("Operator, supervisor") == {Role.OPERATOR, Role.SUPERVISOR}
    with pytest.raises(ValueError, match="unknown role 'boss'"):
        parse_roles("operator,boss")
    with pytest.raises(ValueError):
        parse_roles("")


def test_denial_is_audited(staffed_desk: Desk) -> None:
    from tests.conftest import OPERATOR, OPERATOR_PW

    session = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        with pytest.raises(PermissionDenied):
            session.require(Action.EXPORT)
        last = session.audit.entries(limit=1)[0]
        assert last.action == "permission.denied"
        assert last.details == {"action": "export.write"}
        assert last.user_id == session.user_id
        assert session.audit.verify() == []
    finally:
        session.close()
