"""Four eyes (services/approvals.py): asked by one, approved by a second person in their
own session, bound to the exact act, single use, expiring; and what an insider with raw
SQL (their own slot's database key) can forge of it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from hotline.permissions import Role
from hotline.records import utcnow
from hotline.services import approvals, users
from hotline.services.approvals import ApprovalNeeded, ApprovalUnusable, GraveAct, State
from tests import four_eyes
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW, Desk
from tests.security.attacker import forge_entry, own_signing_key, raw_sql

PROMOTED = frozenset({Role.OPERATOR, Role.SUPERVISOR})
ADMIN_TOO = frozenset({Role.OPERATOR, Role.ADMINISTRATOR})


def _set_roles(desk: Desk, roles: frozenset[Role], approval: int | None) -> None:
    admin = desk.open(ADMIN, ADMIN_PW)
    try:
        users.set_roles(admin, OPERATOR, roles, approval=approval)
    finally:
        admin.close()


def test_a_role_change_needs_a_second_person_who_approves_in_their_own_session(
    staffed_desk: Desk,
) -> None:
    with pytest.raises(ApprovalNeeded):
        _set_roles(staffed_desk, PROMOTED, None)
    request_id = four_eyes.ask(staffed_desk, OPERATOR, PROMOTED)
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        assert approvals.second_person_needed(admin, GraveAct.CHANGE_ROLES)
        assert approvals.waiting_for(admin) == []  # not their own request
        with pytest.raises(ApprovalUnusable) as own:
            approvals.approve(admin, request_id)
        assert own.value.template == approvals.OWN_REQUEST
        with pytest.raises(ApprovalUnusable) as early:
            users.set_roles(admin, OPERATOR, PROMOTED, approval=request_id)
        assert early.value.template == approvals.NOT_APPROVED
    finally:
        admin.close()
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        assert approvals.waiting_for(operator) == []
        with pytest.raises(ApprovalUnusable) as not_allowed:
            approvals.approve(operator, request_id)
        assert not_allowed.value.template == approvals.NOT_AN_APPROVER
    finally:
        operator.close()
    supervisor = staffed_desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        assert [r.id for r in approvals.waiting_for(supervisor)] == [request_id]
        assert approvals.approve(supervisor, request_id).state == State.APPROVED
        supervisor_id = supervisor.user_id
    finally:
        supervisor.close()
    with pytest.raises(ApprovalUnusable) as other:  # approved "supervisor", not "admin"
        _set_roles(staffed_desk, ADMIN_TOO, request_id)
    assert other.value.template == approvals.OTHER_ACT
    _set_roles(staffed_desk, PROMOTED, request_id)
    with pytest.raises(ApprovalUnusable) as again:
        _set_roles(staffed_desk, frozenset({Role.OPERATOR}), request_id)
    assert again.value.template == approvals.USED_ALREADY
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        used = admin.audit.entries_of(approvals.USE)
        assert [(e.object_id, e.details["approved_by"]) for e in used] == [
            (request_id, supervisor_id)
        ]
        assert approvals.requests(admin)[0].state == State.USED
    finally:
        admin.close()
    assert staffed_desk.verify_problems() == []


def test_a_desk_with_one_administrator_says_so_and_records_it(new_desk: Desk) -> None:
    admin = new_desk.open()
    try:
        users.add_user(admin, OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)
        assert not approvals.second_person_needed(admin, GraveAct.CHANGE_ROLES)
        users.set_roles(admin, OPERATOR, PROMOTED)
        alone = admin.audit.entries_of(approvals.ALONE)
        assert len(alone) == 1
        assert alone[0].details["reason"] == "approved alone: the desk has one administrator"
        assert alone[0].details["act"] == GraveAct.CHANGE_ROLES.value
    finally:
        admin.close()
    assert new_desk.verify_problems() == []


def test_refused_withdrawn_and_expired_requests_cannot_be_used(
    staffed_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    refused = four_eyes.ask(staffed_desk, OPERATOR, PROMOTED)
    supervisor = staffed_desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        approvals.refuse(supervisor, refused)
        with pytest.raises(ApprovalUnusable) as twice:
            approvals.approve(supervisor, refused)
        assert twice.value.template == approvals.NOT_PENDING
    finally:
        supervisor.close()
    with pytest.raises(ApprovalUnusable) as no:
        _set_roles(staffed_desk, PROMOTED, refused)
    assert no.value.template == approvals.NOT_APPROVED

    withdrawn = four_eyes.ask(staffed_desk, OPERATOR, PROMOTED)
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        assert approvals.withdraw(admin, withdrawn).state == State.WITHDRAWN
    finally:
        admin.close()
    with pytest.raises(ApprovalUnusable):
        four_eyes.approve(staffed_desk, withdrawn)

    late = four_eyes.ask(staffed_desk, OPERATOR, PROMOTED)
    four_eyes.approve(staffed_desk, late)
    tomorrow = utcnow() + approvals.VALID_FOR + timedelta(minutes=5)
    monkeypatch.setattr(approvals, "utcnow", lambda: tomorrow)
    with pytest.raises(ApprovalUnusable) as expired:
        _set_roles(staffed_desk, PROMOTED, late)
    assert expired.value.template == approvals.EXPIRED
    monkeypatch.undo()
    assert staffed_desk.verify_problems() == []


@pytest.mark.parametrize("as_whom", ["the supervisor", "herself"])
def test_an_approval_forged_with_raw_sql_is_caught_where_used_and_by_verify(
    staffed_desk: Desk, as_whom: str
) -> None:
    """The operator wants to become an administrator. The administrator asked (perhaps
    tricked) for it; nobody approved. With her slot's database key she appends a grant,
    well chained, signed with the only key she has: as the supervisor, or as herself."""
    request_id = four_eyes.ask(staffed_desk, OPERATOR, ADMIN_TOO)
    own = own_signing_key(staffed_desk.paths, OPERATOR, OPERATOR_PW)
    with raw_sql(staffed_desk.paths, OPERATOR, OPERATOR_PW) as sql:
        name = SUPERVISOR if as_whom == "the supervisor" else OPERATOR
        signer = int(sql.execute("SELECT id FROM users WHERE name=?", (name,)).fetchone()[0])
        digest = sql.execute(
            "SELECT json_extract(details, '$.digest') FROM audit WHERE seq = ?", (request_id,)
        ).fetchone()[0]
        forged = forge_entry(
            sql,
            own,
            signer,
            approvals.GRANT,
            approvals.OBJECT,
            request_id,
            {"act": GraveAct.CHANGE_ROLES.value, "digest": digest},
        )
    with pytest.raises(ApprovalUnusable) as refused:
        _set_roles(staffed_desk, ADMIN_TOO, request_id)
    assert refused.value.template == approvals.NOT_APPROVED
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        assert approvals.requests(admin)[0].state == State.PENDING
        roles = {u.name: u.roles for u in users.list_users(admin)}
        assert roles[OPERATOR] == frozenset({Role.OPERATOR})
    finally:
        admin.close()
    problems = staffed_desk.verify_problems()
    expected = (
        f"user {signer}, so it approves nothing"
        if as_whom == "the supervisor"
        else f"user {signer} may not approve request {request_id}"
    )
    assert any(
        p.startswith(f"audit entry {forged} (approval.grant)") and expected in p for p in problems
    ), problems


def test_a_request_forged_in_the_administrators_name_approves_nothing(staffed_desk: Desk) -> None:
    """The operator forges the request itself, as the administrator, and has the
    supervisor approve it in good faith: the request's own signature is not the
    administrator's, so the ledger never knows it and the approval has nothing to bind."""
    own = own_signing_key(staffed_desk.paths, OPERATOR, OPERATOR_PW)
    with raw_sql(staffed_desk.paths, OPERATOR, OPERATOR_PW) as sql:
        op_id = int(sql.execute("SELECT id FROM users WHERE name=?", (OPERATOR,)).fetchone()[0])
        forged = forge_entry(
            sql,
            own,
            1,
            approvals.REQUEST,
            approvals.OBJECT,
            None,
            {
                "act": GraveAct.CHANGE_ROLES.value,
                "params": {"user_id": op_id, "roles": ["administrator", "operator"]},
                "digest": "0" * 64,
                "expires_at": "2099-01-01T00:00:00Z",
                "nonce": "00",
            },
        )
    supervisor = staffed_desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        assert approvals.waiting_for(supervisor) == []
        with pytest.raises(ApprovalUnusable) as unknown:
            approvals.approve(supervisor, forged)
        assert unknown.value.template == approvals.NOT_FOUND
    finally:
        supervisor.close()
    assert any(
        p.startswith(f"audit entry {forged} (approval.request)")
        for p in staffed_desk.verify_problems()
    )


def test_an_approved_act_done_again_finds_its_approval_and_only_its_own(
    staffed_desk: Desk,
) -> None:
    request_id = four_eyes.ask(staffed_desk, OPERATOR, PROMOTED)
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        user = next(u for u in users.list_users(admin) if u.name == OPERATOR)
        waiting = approvals.open_request(
            admin, GraveAct.CHANGE_ROLES, users.roles_act(user, PROMOTED)
        )
        assert waiting is not None and waiting.id == request_id
        assert waiting.state == State.PENDING
        other = users.roles_act(user, ADMIN_TOO)
        assert approvals.open_request(admin, GraveAct.CHANGE_ROLES, other) is None
    finally:
        admin.close()
    four_eyes.approve(staffed_desk, request_id)
    with pytest.raises(ApprovalNeeded):  # approved "supervisor", asked "administrator"
        _set_roles(staffed_desk, ADMIN_TOO, None)
    _set_roles(staffed_desk, PROMOTED, None)  # no number: its approval is found
    with pytest.raises(ApprovalNeeded):  # and used: once
        _set_roles(staffed_desk, frozenset({Role.OPERATOR}), None)
    supervisor = staffed_desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:  # the supervisor has no request of their own to find
        assert (
            approvals.open_request(
                supervisor, GraveAct.CHANGE_ROLES, {"user_id": 2, "roles": ["operator"]}
            )
            is None
        )
    finally:
        supervisor.close()
