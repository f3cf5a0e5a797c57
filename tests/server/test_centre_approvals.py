"""`hotline approvals refuse|withdraw` on a centre: a second person refuses a request
waiting (the requester must ask anew), the requester withdraws her own (even approved: it
can no longer be used); each once, each signed in the chain, verify clean; a refusal of
what one may not do is said in words (ru, no traceback)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from hotline.errors import PermissionDenied
from hotline.permissions import Role
from hotline.services import centre_audit, centre_people
from hotline.services.centre_people import CentreSignIn
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW
from tests.server.enrolled import JoinedCentre, set_up_with
from tests.server.postgres import PostgresServer
from tests.server.test_enrolment import centre_cli

PROMOTED = frozenset({Role.OPERATOR, Role.SUPERVISOR})


@pytest.fixture
def centre(postgres: PostgresServer, tmp_path: Path) -> JoinedCentre:
    return set_up_with(
        postgres,
        tmp_path / "ws",
        [
            (OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW),
            (SUPERVISOR, frozenset({Role.SUPERVISOR}), SUPERVISOR_PW),
        ],
    )


@pytest.fixture
def admin(centre: JoinedCentre) -> Iterator[CentreSignIn]:
    signin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    yield signin
    signin.close()


def _asked(admin: CentreSignIn) -> int:
    with pytest.raises(centre_people.ApprovalWaiting) as waiting:
        centre_people.set_roles(admin, OPERATOR, PROMOTED)
    return int(waiting.value.params["number"])


def _last(admin: CentreSignIn) -> tuple[int, str, int, dict[str, str]]:
    row = admin.conn.execute(
        "SELECT user_id, action, object_id, details FROM hotline.audit ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert row is not None
    return int(row[0]), str(row[1]), int(row[2]), json.loads(row[3])


def test_a_request_refused_by_the_second_person_must_be_asked_anew(
    centre: JoinedCentre, admin: CentreSignIn
) -> None:
    number = _asked(admin)
    folder = centre.first.folder
    done = centre_cli(
        folder,
        "approvals",
        "refuse",
        str(number),
        stdin=f"{SUPERVISOR_PW}\n",
        user=SUPERVISOR,
        language="ru",
    )
    said = done.stdout + done.stderr
    assert done.returncode == 0, said
    assert f"Запрос {number}: отклонено." in said, said
    user_id, action, object_id, details = _last(admin)
    assert (user_id, action, object_id) == (3, "approval.refuse", number)
    assert details["act"] == centre_people.CHANGE_ROLES
    # once only, and what is refused is no longer waiting
    again = centre_cli(
        folder,
        "approvals",
        "refuse",
        str(number),
        stdin=f"{SUPERVISOR_PW}\n",
        user=SUPERVISOR,
        language="ru",
    )
    said = again.stdout + again.stderr
    assert again.returncode != 0 and "Traceback" not in said
    assert f"Вы не можете отклонить запрос {number}" in said, said
    rashad = centre_people.sign_in(centre.first, SUPERVISOR, SUPERVISOR_PW)
    try:
        assert centre_people.pending_approvals(rashad) == []
        fresh = _asked(admin)
        assert fresh != number
        with pytest.raises(centre_people.ApprovalNotRefusable):  # not one's own
            centre_people.refuse(admin, fresh)
        centre_people.approve(rashad, fresh)
        with pytest.raises(centre_people.ApprovalNotRefusable):  # approved: too late
            centre_people.refuse(rashad, fresh)
    finally:
        rashad.close()
    operator = centre_people.sign_in(centre.first, OPERATOR, OPERATOR_PW)
    try:
        with pytest.raises(PermissionDenied):
            centre_people.refuse(operator, fresh)
    finally:
        operator.close()
    assert centre_people.set_roles(admin, OPERATOR, PROMOTED).roles == PROMOTED
    assert centre_audit.verify_centre(admin.conn, admin.secrets.pins.root) == []


def test_the_requester_withdraws_her_own_request_even_approved(
    centre: JoinedCentre, admin: CentreSignIn
) -> None:
    number = _asked(admin)
    rashad = centre_people.sign_in(centre.first, SUPERVISOR, SUPERVISOR_PW)
    try:
        centre_people.approve(rashad, number)
        with pytest.raises(centre_people.ApprovalNotYours):
            centre_people.withdraw(rashad, number)
    finally:
        rashad.close()
    folder = centre.first.folder
    foreign = centre_cli(
        folder,
        "approvals",
        "withdraw",
        str(number),
        stdin=f"{SUPERVISOR_PW}\n",
        user=SUPERVISOR,
        language="ru",
    )
    said = foreign.stdout + foreign.stderr
    assert foreign.returncode != 0 and "Traceback" not in said
    assert f"Вы не можете отозвать запрос {number}" in said, said
    done = centre_cli(
        folder,
        "approvals",
        "withdraw",
        str(number),
        stdin=f"{ADMIN_PW}\n",
        user=ADMIN,
        language="ru",
    )
    said = done.stdout + done.stderr
    assert done.returncode == 0, said
    assert f"Запрос {number}: отозвано." in said, said
    assert _last(admin)[:3] == (1, "approval.withdraw", number)
    # the approval withdrawn serves no more: the change asks again
    fresh = _asked(admin)
    assert fresh != number
    assert centre_audit.verify_centre(admin.conn, admin.secrets.pins.root) == []
