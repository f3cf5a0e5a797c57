"""Used and expired enrolment codes lose their login roles (schema step 11): each new
code an administrator issues first drops the ``<db>_e<n>`` roles of the used and expired
ones (``hotline.prune_enrolments``), keeping their rows as the record; a pruned code is
refused as one never given, a code still valid joins; an operator may not prune."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from psycopg import errors

from hotline.crypto import enrolment as codes
from hotline.permissions import Role
from hotline.services import centre_people
from hotline.storage.server.errors import CodeRefused
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW
from tests.server.enrolled import JoinedCentre, set_up_with
from tests.server.postgres import PostgresServer
from tests.server.test_people import _connect, _server_password


@pytest.fixture
def centre(postgres: PostgresServer, tmp_path: Path) -> JoinedCentre:
    return set_up_with(
        postgres, tmp_path / "ws", [(OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)]
    )


def _enrolment_roles(centre: JoinedCentre) -> set[str]:
    with psycopg.connect(centre.server.url(db=centre.database)) as root:
        rows = root.execute(
            "SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (f"{centre.database}\\_e%",)
        ).fetchall()
    return {str(r[0]) for r in rows}


def _number(code: str) -> int:
    return (codes.parse(code) or (0, ""))[0]


def test_used_and_expired_codes_lose_their_roles_and_a_valid_one_still_joins(
    centre: JoinedCentre, tmp_path: Path
) -> None:
    db = centre.database
    admin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    try:
        used = centre_people.issue_code(admin)
        expired = centre_people.issue_code(admin)
        valid = centre_people.issue_code(admin)
        centre.join(tmp_path / "second", used)
        with psycopg.connect(centre.server.url(db=db), autocommit=True) as root:
            root.execute(
                "UPDATE hotline.enrolments SET expires_at = now() - interval '1 minute'"
                " WHERE id = %s",
                (_number(expired),),
            )
        before = _enrolment_roles(centre)
        assert {f"{db}_e{_number(c)}" for c in (used, expired, valid)} <= before
        centre_people.issue_code(admin)  # a new code prunes first
        after = _enrolment_roles(centre)
    finally:
        admin.close()
    # the first workstation's code (used at set-up) and these two: gone; the valid: kept
    assert f"{db}_e{_number(used)}" not in after and f"{db}_e{_number(expired)}" not in after
    assert f"{db}_e1" not in after
    assert f"{db}_e{_number(valid)}" in after
    with psycopg.connect(centre.server.url(db=db)) as root:
        rows = root.execute(
            "SELECT id, pruned_at IS NOT NULL, used_at IS NOT NULL FROM hotline.enrolments"
            " WHERE id = ANY(%s)",
            ([_number(used), _number(expired), _number(valid)],),
        ).fetchall()
    assert {int(r[0]): bool(r[1]) for r in rows} == {
        _number(used): True,
        _number(expired): True,
        _number(valid): False,
    }
    # a pruned code is refused in words; the valid one joins
    with pytest.raises(CodeRefused):
        centre.join(tmp_path / "third", used)
    assert not (tmp_path / "third").exists()
    centre.join(tmp_path / "fourth", valid)
    centre_people.sign_in(centre.first, OPERATOR, OPERATOR_PW).close()


def test_an_operator_may_not_prune(centre: JoinedCentre) -> None:
    before = _enrolment_roles(centre)
    login, password = _server_password(centre, OPERATOR, OPERATOR_PW)
    with _connect(centre, login, password) as own, pytest.raises(errors.InsufficientPrivilege):
        own.execute("SELECT hotline.prune_enrolments()")
    assert _enrolment_roles(centre) == before
