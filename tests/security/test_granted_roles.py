"""The users.roles column rewritten in SQL by an operator changes nothing the
desk decides: the last-administrator rule, the users' list and the operators
who may be chosen for a call all take roles from the signed grants."""

from __future__ import annotations

import pytest

from hotline.errors import InvalidInput
from hotline.permissions import Role
from hotline.records import User
from hotline.services import calllog, users
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, SUPERVISOR, Desk
from tests.factories import job_in_dubai
from tests.security.attacker import raw_sql

CLERK = "nigar"
CLERK_PW = "the clerk keeps the books in order"


def _rewrite_roles(desk: Desk, changes: dict[str, str]) -> None:
    with raw_sql(desk.paths, OPERATOR, OPERATOR_PW) as sql:
        for name, roles in changes.items():
            sql.execute("UPDATE users SET roles = ? WHERE name = ?", (roles, name))


def _by_name(found: list[User]) -> dict[str, frozenset[Role]]:
    return {u.name: u.roles for u in found}


def test_a_second_administrator_in_the_column_does_not_let_the_last_one_go(
    staffed_desk: Desk,
) -> None:
    """The operator writes themselves in as administrator, hoping the real one then
    demotes or disables... themselves out of the desk: the rule counts the grants."""
    _rewrite_roles(staffed_desk, {OPERATOR: "administrator,operator"})
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        listed = _by_name(users.list_users(admin))
        assert listed[OPERATOR] == frozenset({Role.OPERATOR})
        shown = _by_name([line.user for line in users.user_lines(admin)])  # the admin window
        assert shown[OPERATOR] == frozenset({Role.OPERATOR})
        with pytest.raises(InvalidInput) as refused:
            users.set_roles(admin, ADMIN, frozenset({Role.SUPERVISOR}))
        assert refused.value.params["problem"] == users.LAST_ADMIN
        assert _by_name(users.list_users(admin))[ADMIN] == frozenset(
            {Role.ADMINISTRATOR, Role.SUPERVISOR}
        )
    finally:
        admin.close()


def test_the_operator_list_follows_the_grants(staffed_desk: Desk) -> None:
    """An administrator-only clerk written in as operator is not offered as one; the
    operator written in as a mere administrator still is."""
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        clerk = users.add_user(admin, CLERK, frozenset({Role.ADMINISTRATOR}), CLERK_PW)
    finally:
        admin.close()
    _rewrite_roles(staffed_desk, {CLERK: "operator", OPERATOR: "administrator"})
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        names = {name for _id, name in calllog.operators(admin)}
        assert OPERATOR in names and SUPERVISOR in names
        assert CLERK not in names
        assert ADMIN in names  # a supervisor too: may be chosen
        listed = _by_name(users.list_users(admin))
        assert listed[CLERK] == frozenset({Role.ADMINISTRATOR})
        assert listed[OPERATOR] == frozenset({Role.OPERATOR})
        with pytest.raises(InvalidInput) as refused:
            calllog.enter_on_behalf(admin, job_in_dubai(clerk.id, channel="walk_in"), clerk.id)
        assert refused.value.params["field"] == "operator_id"
    finally:
        admin.close()
