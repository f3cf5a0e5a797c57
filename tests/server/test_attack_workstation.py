"""Attack: a person at a workstation holding only what it keeps, without anyone's password.

She has the workstation's files (centre.json, the pinned certificate, its secret in the
0600 file when there is no keychain, each person's folder with their local desk, outbox
and search index) and so the workstation's own login role. With it she reads the key
file's wrapped slots and the centre's public keys, and nothing of any call, member,
chain entry or claim; the files hold no call content; a wrong password opens nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from psycopg import errors

from hotline.errors import WrongPassword
from hotline.permissions import Role
from hotline.services import enrolment
from hotline.services.centre_session import open_centre
from tests.conftest import OPERATOR, OPERATOR_PW
from tests.server.enrolled import JoinedCentre, save_through_outbox, set_up_with
from tests.server.postgres import PostgresServer

MARKER = "Qz7WORKSTATIONmarker"


@pytest.fixture
def centre(postgres: PostgresServer, tmp_path: Path) -> JoinedCentre:
    return set_up_with(
        postgres, tmp_path / "ws", [(OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)]
    )


def _save_a_call(centre: JoinedCentre) -> None:
    save_through_outbox(centre, OPERATOR, OPERATOR_PW, MARKER)


def test_the_workstations_own_login_reads_nothing_of_any_call(centre: JoinedCentre) -> None:
    _save_a_call(centre)
    with enrolment.connect_workstation(centre.first) as conn:
        conn.autocommit = True
        assert conn.execute("SELECT count(*) FROM hotline.key_file").fetchone() == (1,)
        for statement in (
            "SELECT * FROM hotline.calls",
            "SELECT * FROM hotline.call_texts",
            "SELECT * FROM hotline.call_keys",
            "SELECT * FROM hotline.vault_entries",
            "SELECT * FROM hotline.audit",
            "SELECT * FROM hotline.members",
            "SELECT * FROM hotline.review_claims",
            "SELECT * FROM hotline.approvals",
            "SELECT * FROM hotline.enrolments",
            "SELECT * FROM hotline.legal_holds",
            "UPDATE hotline.key_file SET body = body",
            "INSERT INTO hotline.audit(seq, at, action, object_type, details, prev_hash, hash,"
            " signature) VALUES (999, '', 'x', '', '{}', '', '', '')",
            "SELECT hotline.redeem_enrolment('SCRAM-SHA-256$x')",
            "SELECT hotline.issue_enrolment('SCRAM-SHA-256$x', 24, NULL)",
            f'SET ROLE "{centre.database}_operator"',
            f'SET ROLE "{centre.database}_enrolling"',
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)


def test_the_workstations_files_hold_no_content_and_a_wrong_password_opens_nothing(
    centre: JoinedCentre,
) -> None:
    _save_a_call(centre)
    folder = centre.first.folder
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert any(p.name == "centre.json" for p in files)
    for path in files:
        raw = path.read_bytes()
        assert MARKER.encode() not in raw, path
        assert MARKER.encode("utf-16-le") not in raw, path
    with pytest.raises(WrongPassword):
        open_centre(centre.first, OPERATOR, "not Leyla's password at all", send=False)
    with pytest.raises(WrongPassword):
        open_centre(centre.first, "nobody", OPERATOR_PW, send=False)
