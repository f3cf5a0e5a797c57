"""`hotline server workstations [remove N]` (schema step 10): an administrator lists the
centre's enrolled workstations and removes one; its login can no longer connect, nobody
signs in on it and it is told so in words (ru, no traceback); the removal is in the
signed chain and verify stays clean. The attacks: an operator's login may not remove a
workstation; an administrator removes only this centre's enrolled workstations, each once,
and not the one she is signed in on."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import errors

from hotline.errors import PermissionDenied
from hotline.permissions import Role
from hotline.services import centre_audit, centre_people, centre_workstations, enrolment
from hotline.services.centre_people import CentreSignIn
from hotline.storage.server.errors import WorkstationRefused
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW
from tests.server.enrolled import JoinedCentre, set_up_with
from tests.server.postgres import PostgresServer
from tests.server.test_enrolment import centre_cli
from tests.server.test_people import _connect, _server_password


@pytest.fixture
def centre(postgres: PostgresServer, tmp_path: Path) -> JoinedCentre:
    return set_up_with(
        postgres, tmp_path / "ws", [(OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)]
    )


@pytest.fixture
def admin(centre: JoinedCentre) -> Iterator[CentreSignIn]:
    signin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    yield signin
    signin.close()


def test_a_removed_workstation_cannot_connect_and_is_told_so(
    centre: JoinedCentre, admin: CentreSignIn, tmp_path: Path
) -> None:
    second = centre.join(tmp_path / "second", centre_people.issue_code(admin))
    centre_people.sign_in(second, OPERATOR, OPERATOR_PW).close()  # she works there today
    listed = centre_workstations.list_workstations(admin)
    assert [w.login for w in listed] == [centre.first.login, second.login]
    assert all(w.can_login and w.removed_at is None for w in listed)
    number = listed[1].number

    shown = centre_cli(
        centre.first.folder,
        "server",
        "workstations",
        stdin=f"{ADMIN_PW}\n",
        user=ADMIN,
        language="ru",
    )
    assert shown.returncode == 0, shown.stdout + shown.stderr
    assert f"{number}\t{second.login}\t" in shown.stdout and "используется" in shown.stdout

    done = centre_cli(
        centre.first.folder,
        "server",
        "workstations",
        "remove",
        str(number),
        stdin=f"{ADMIN_PW}\n",
        user=ADMIN,
        language="ru",
    )
    said = done.stdout + done.stderr
    assert done.returncode == 0, said
    assert f"Рабочее место {number} ({second.login}) удалено" in said, said

    # the removed workstation can no longer reach the key file: nobody signs in there
    with pytest.raises(WorkstationRefused):
        centre_people.sign_in(second, OPERATOR, OPERATOR_PW)
    refused = centre_cli(
        second.folder, "users", "list", stdin=f"{OPERATOR_PW}\n", user=OPERATOR, language="ru"
    )
    said = refused.stdout + refused.stderr
    assert refused.returncode != 0 and "Traceback" not in said
    assert "Сервер центра отказал этому рабочему месту" in said, said
    # the first goes on
    centre_people.sign_in(centre.first, OPERATOR, OPERATOR_PW).close()

    after = {w.number: w for w in centre_workstations.list_workstations(admin)}
    assert after[number].removed_at is not None and not after[number].can_login
    assert after[listed[0].number].can_login
    row = admin.conn.execute(
        "SELECT user_id, action, object_type, object_id, details FROM hotline.audit"
        " ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert row is not None
    assert (row[0], row[1], row[2], row[3]) == (1, "workstation.remove", "workstation", number)
    assert json.loads(row[4])["login"] == second.login
    assert centre_audit.verify_centre(admin.conn, admin.secrets.pins.root) == []

    # removed once only, said plainly
    again = centre_cli(
        centre.first.folder,
        "server",
        "workstations",
        "remove",
        str(number),
        stdin=f"{ADMIN_PW}\n",
        user=ADMIN,
        language="ru",
    )
    said = again.stdout + again.stderr
    assert again.returncode != 0 and "Traceback" not in said
    assert f"нет зарегистрированного рабочего места {number}" in said, said


def test_only_an_administrator_removes_only_enrolled_workstations(
    centre: JoinedCentre, admin: CentreSignIn, tmp_path: Path
) -> None:
    second = centre.join(tmp_path / "second", centre_people.issue_code(admin))
    unused = centre_people.issue_code(admin)  # a code not redeemed: no workstation yet
    assert unused
    numbers = {w.login: w.number for w in centre_workstations.list_workstations(admin)}
    # an operator: refused by the service, and her own login by the server
    operator = centre_people.sign_in(centre.first, OPERATOR, OPERATOR_PW)
    try:
        with pytest.raises(PermissionDenied):
            centre_workstations.remove_workstation(operator, numbers[second.login])
    finally:
        operator.close()
    login, password = _server_password(centre, OPERATOR, OPERATOR_PW)
    with _connect(centre, login, password) as own, pytest.raises(errors.InsufficientPrivilege):
        own.execute("SELECT hotline.remove_workstation(%s)", (numbers[second.login],))
    # an administrator: not her own workstation, not a code never redeemed, not a number
    # that names none
    with pytest.raises(centre_workstations.OwnWorkstation):
        centre_workstations.remove_workstation(admin, numbers[centre.first.login])
    top = max(numbers.values())
    for number in (top + 1, 9999):
        with pytest.raises(centre_workstations.NoSuchWorkstation):
            centre_workstations.remove_workstation(admin, number)
    # her own SQL on the function cannot reach a member's login or another role
    with pytest.raises(psycopg.Error):
        admin.conn.execute("SELECT hotline.remove_workstation(-1)")
    assert all(w.can_login for w in centre_workstations.list_workstations(admin))
    centre_people.sign_in(second, OPERATOR, OPERATOR_PW).close()
    with enrolment.connect_workstation(second) as station:
        assert station.execute("SELECT 1").fetchone() == (1,)
    assert centre_audit.verify_centre(admin.conn, admin.secrets.pins.root) == []
