"""`hotline users passwd` on a centre (schema step 8): a member changes her own password;
her slot in the key file the server holds is rewritten by ``hotline.replace_own_slot``,
which lets a login replace only its own member's slot, and only its salt and wrapping.
The old password no longer opens, the new one does (the slot and the login role), the
other slots, grants and names stay as they were, the change is in the signed chain and
verify stays clean. The attacks are made with an operator's real login on the server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors

from hotline.errors import WeakPassword, WrongPassword
from hotline.permissions import Role
from hotline.services import centre as centre_service
from hotline.services import centre_audit, centre_people
from hotline.storage.keyfile import KeyFile
from hotline.storage.server import schema_steps
from hotline.storage.server.schema_steps import CentreNeedsUpgrade
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW
from tests.server.enrolled import JoinedCentre, set_up_with
from tests.server.postgres import PostgresServer
from tests.server.test_enrolment import centre_cli
from tests.server.test_people import NEW_PW, _connect, _server_password

# A name outside ASCII: the key file's names the server writes back as Python does.
GULNARA, GULNARA_PW = "Gülnarə", "şəhərin üstündə ağ buludlar gəzir"


@pytest.fixture
def centre(postgres: PostgresServer, tmp_path: Path) -> JoinedCentre:
    return set_up_with(
        postgres,
        tmp_path / "ws",
        [
            (OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW),
            (SUPERVISOR, frozenset({Role.SUPERVISOR}), SUPERVISOR_PW),
            (GULNARA, frozenset({Role.OPERATOR}), GULNARA_PW),
        ],
    )


def _body(centre: JoinedCentre) -> bytes:
    with psycopg.connect(centre.server.url(db=centre.database)) as root:
        row = root.execute("SELECT body FROM hotline.key_file").fetchone()
    assert row is not None
    return bytes(row[0])


def _doc(centre: JoinedCentre) -> dict[str, Any]:
    parsed: dict[str, Any] = json.loads(_body(centre))
    return parsed


def _slots(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {s["holder"]: s for s in doc["slots"]}


def _verify(centre: JoinedCentre) -> list[str]:
    admin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    try:
        return centre_audit.verify_centre(admin.conn, admin.secrets.pins.root)
    finally:
        admin.close()


def test_a_member_changes_her_own_password_and_nothing_else_moves(centre: JoinedCentre) -> None:
    before = _doc(centre)
    signin = centre_people.sign_in(centre.first, GULNARA, GULNARA_PW)
    holder = signin.holder
    try:
        with pytest.raises(WrongPassword):
            centre_people.change_own_password(signin, "not her password at all", NEW_PW)
        with pytest.raises(WeakPassword):
            centre_people.change_own_password(signin, GULNARA_PW, "short")
        assert _doc(centre) == before  # refused: the file as it was
        centre_people.change_own_password(signin, GULNARA_PW, NEW_PW)
        # the open session goes on working on its connection
        assert signin.conn.execute("SELECT count(*) FROM hotline.calls").fetchone() is not None
    finally:
        signin.close()

    after = _doc(centre)
    # the file the server wrote reads on a workstation, with its checks
    KeyFile.from_bytes(_body(centre), Path("server"))
    mine_before, mine_after = _slots(before)[holder], _slots(after)[holder]
    assert mine_after["salt"] != mine_before["salt"]
    assert mine_after["wrapped"] != mine_before["wrapped"]
    for kept in ("kem_public", "signing_public", "kdf", "uses_device"):
        assert mine_after[kept] == mine_before[kept]
    others = {h: s for h, s in _slots(before).items() if h != holder}
    assert others == {h: s for h, s in _slots(after).items() if h != holder}
    assert [s["holder"] for s in before["slots"]] == [s["holder"] for s in after["slots"]]
    for field in ("grants", "names", "desk_id", "db_generation", "device", "format"):
        assert after[field] == before[field], field

    with pytest.raises(WrongPassword):
        centre_people.sign_in(centre.first, GULNARA, GULNARA_PW)
    again = centre_people.sign_in(centre.first, GULNARA, NEW_PW)  # slot and login role
    try:
        assert again.grants == signin.grants  # the same keys: every grant still opens
        row = again.conn.execute(
            "SELECT user_id, action, object_id FROM hotline.audit ORDER BY seq DESC LIMIT 1"
        ).fetchone()
    finally:
        again.close()
    assert row is not None and (row[0], row[1], row[2]) == (signin.user_id, "user.passwd", 4)
    # the others sign in as before
    centre_people.sign_in(centre.first, OPERATOR, OPERATOR_PW).close()
    centre_people.sign_in(centre.first, SUPERVISOR, SUPERVISOR_PW).close()
    assert _verify(centre) == []


def test_an_operators_login_cannot_replace_another_members_slot(centre: JoinedCentre) -> None:
    login, password = _server_password(centre, OPERATOR, OPERATOR_PW)
    before = _body(centre)
    slots = _slots(json.loads(before))
    signin = centre_people.sign_in(centre.first, OPERATOR, OPERATOR_PW)
    mine_holder = signin.holder
    signin.close()
    mine = slots[mine_holder]
    admin_slot = slots["user:1"]
    supervisor_slot = next(
        s for h, s in slots.items() if h not in (mine_holder, "user:1", "recovery")
    )

    def refused(slot: dict[str, Any]) -> None:
        with _connect(centre, login, password) as conn, pytest.raises(psycopg.Error):
            conn.execute("SELECT hotline.replace_own_slot(%s::jsonb)", (json.dumps(slot),))

    # another member's slot as it is, or with her own salt and wrapping: only her own
    # holder is ever looked at, and its keys are not the administrator's
    refused(admin_slot)
    refused(dict(admin_slot, salt=mine["salt"], wrapped=mine["wrapped"]))
    refused(supervisor_slot)
    # her own slot with the administrator's keys (to be granted what he holds)
    swapped = dict(mine, kem_public=admin_slot["kem_public"])
    refused(swapped)
    # her own slot with a wrong check, a field more, a salt that is not base64
    refused(dict(mine, check="0" * 32))
    refused(dict(mine, extra=1))
    refused(dict(mine, salt="not base64 at all!!"))
    # nor may she write the file herself, or be given the function's helpers
    with _connect(centre, login, password) as conn:
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("UPDATE hotline.key_file SET body = body")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT hotline.py_check('{}'::jsonb)")
    assert _body(centre) == before
    # the workstation's own login is no member: refused too
    from hotline.services import enrolment

    with enrolment.connect_workstation(centre.first) as station, pytest.raises(psycopg.Error):
        station.execute("SELECT hotline.replace_own_slot(%s::jsonb)", (json.dumps(mine),))
    assert _body(centre) == before
    centre_people.sign_in(centre.first, ADMIN, ADMIN_PW).close()


def test_a_reset_by_an_administrator_meanwhile_is_said_plainly(centre: JoinedCentre) -> None:
    operator = centre_people.sign_in(centre.first, OPERATOR, OPERATOR_PW)
    admin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    try:
        centre_people.reset_password(admin, OPERATOR, NEW_PW)
        before = _body(centre)
        with pytest.raises(centre_people.SlotChangedMeanwhile):
            centre_people.change_own_password(operator, OPERATOR_PW, "a third password, long one")
        assert _body(centre) == before
    finally:
        operator.close()
        admin.close()


def test_passwd_from_the_command_line_in_russian(centre: JoinedCentre) -> None:
    folder = centre.first.folder
    weak = centre_cli(
        folder,
        "users",
        "passwd",
        stdin=f"{OPERATOR_PW}\nshort\n",
        user=OPERATOR,
        language="ru",
    )
    said = weak.stdout + weak.stderr
    assert weak.returncode != 0 and "Traceback" not in said
    assert "Пароль не принят" in said, said
    done = centre_cli(
        folder,
        "users",
        "passwd",
        stdin=f"{OPERATOR_PW}\n{NEW_PW}\n",
        user=OPERATOR,
        language="ru",
    )
    said = done.stdout + done.stderr
    assert done.returncode == 0, said
    assert "Пароль изменён." in said, said
    old = centre_cli(folder, "users", "passwd", stdin=f"{OPERATOR_PW}\n", user=OPERATOR)
    assert old.returncode != 0 and "Traceback" not in old.stdout + old.stderr
    centre_people.sign_in(centre.first, OPERATOR, NEW_PW).close()
    assert _verify(centre) == []


def test_an_older_centre_upgraded_lets_a_member_change_her_password(
    postgres: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    step = schema_steps.STEPS.index(schema_steps._own_slot)
    with monkeypatch.context() as patch:
        patch.setattr(schema_steps, "STEPS", schema_steps.STEPS[:step])
        old = set_up_with(
            postgres, tmp_path / "ws", [(OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)]
        )
    with pytest.raises(CentreNeedsUpgrade):
        centre_people.sign_in(old.first, OPERATOR, OPERATOR_PW)
    with psycopg.connect(postgres.url(db=old.database)) as root:
        absent = root.execute("SELECT to_regproc('hotline.replace_own_slot')").fetchone()
    assert absent == (None,)
    centre_service.upgrade_centre(postgres.url(db=old.database))
    signin = centre_people.sign_in(old.first, OPERATOR, OPERATOR_PW)
    try:
        centre_people.change_own_password(signin, OPERATOR_PW, NEW_PW)
    finally:
        signin.close()
    centre_people.sign_in(old.first, OPERATOR, NEW_PW).close()
    assert _verify(old) == []
