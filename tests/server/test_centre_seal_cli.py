"""`hotline seal` on a joined workstation with four eyes (issue 15), as the window's
Sealing page seals on a centre (services/sealing_view.py, the same service): the first
run makes the request and seals nothing; run again with --approval before the approval,
it still seals nothing and says why; the supervisor approves from her command line; then
--approval seals the request's own call on its decision, on the server, the chain still
verifying (this person's witness checked and moved); bad input is said, in Russian too,
never a traceback."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hotline.permissions import Role
from hotline.services import centre_audit, centre_people
from hotline.services.centre_session import witness_of
from hotline.storage.server.seals import ServerSealRepository
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW
from tests.server.enrolled import JoinedCentre, save_through_outbox, set_up_with
from tests.server.postgres import PostgresServer
from tests.server.test_enrolment import centre_cli

MARKER = "Qz9SEALcli"
DECISION = ["--decision-body", "court", "--decision-no", "2-19/2026", "--decision-date"]


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


def _sealed(centre: JoinedCentre, call_id: int) -> bool:
    signin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    try:
        return call_id in ServerSealRepository(signin.conn).sealed_ids([call_id])
    finally:
        signin.close()


def _verify(centre: JoinedCentre) -> list[str]:
    signin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    try:
        return centre_audit.verify_centre(signin.conn, signin.secrets.pins.root, witness_of(signin))
    finally:
        signin.close()


def test_seal_on_a_centre_from_the_command_line_with_four_eyes(centre: JoinedCentre) -> None:
    call_id = save_through_outbox(centre, OPERATOR, OPERATOR_PW, MARKER)
    config = centre.first.folder
    seal = ["seal", "--call", str(call_id), *DECISION, "2026-11-22"]
    admin_pw = f"{ADMIN_PW}\n"

    first = centre_cli(config, *seal, user=ADMIN, stdin=admin_pw)
    assert first.returncode == 0, first.stdout + first.stderr
    assert f"call {call_id}" in first.stdout and MARKER not in first.stdout
    assert "Decision: court 2-19/2026 of 2026-11-22." in first.stdout
    found = re.search(r"Request (\d+) made: sealing needs a second person", first.stdout)
    assert found, first.stdout
    number = found.group(1)
    assert not _sealed(centre, call_id)

    early = centre_cli(config, *seal, "--approval", number, user=ADMIN, stdin=admin_pw)
    assert early.returncode == 0 and "Traceback" not in early.stdout + early.stderr
    assert f"request {number} waits for it" in early.stdout, early.stdout
    assert not _sealed(centre, call_id)

    approve = ["approvals", "approve", number]
    approved = centre_cli(config, *approve, user=SUPERVISOR, stdin=f"{SUPERVISOR_PW}\n")
    assert approved.returncode == 0, approved.stdout + approved.stderr

    done = centre_cli(config, *seal, "--approval", number, user=ADMIN, stdin=admin_pw)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Sealed 1 calls on the centre" in done.stdout
    assert _sealed(centre, call_id)
    assert _verify(centre) == []

    # The approval served once; a request that is not hers (or none) is said, in Russian.
    again = centre_cli(
        config, *seal, "--approval", "999", user=ADMIN, stdin=admin_pw, language="ru"
    )
    said = again.stdout + again.stderr
    assert again.returncode != 0 and "Traceback" not in said
    assert "999" in said and re.search("[а-я]", said), said


def test_seal_on_a_centre_refuses_bad_input_before_any_password(centre: JoinedCentre) -> None:
    config = centre.first.folder
    bad = centre_cli(
        config, "seal", "--call", "1", *DECISION, "22.11.2026", user=ADMIN, stdin=f"{ADMIN_PW}\n"
    )
    said = bad.stdout + bad.stderr
    assert bad.returncode != 0 and "Traceback" not in said
    concerned = centre_cli(
        config, "seal", "--concerned", "Limon Dolu 101", "--dry-run", user=ADMIN, stdin="x\n"
    )
    said = concerned.stdout + concerned.stderr
    assert concerned.returncode != 0 and "--call or --pseudonym" in said
