"""Attack: the review's own way in (schema_review.py) used with a supervisor's own SQL.

A supervisor's login may call ``review_decide`` and ``review_correct`` by hand, with
her real credentials, and skip the desk: change coded fields no correction may touch,
overwrite the notes, decide on a call another supervisor holds, or change a call and
write no entry for it. The functions refuse the first three; verify names the last,
since the call's rows then differ from its last pin. A re-pinning entry written by
someone who is not a supervisor (or not signed by one) pins nothing, and a correction
made through the desk refuses to re-pin rows already changed around it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors
from psycopg.types.json import Jsonb
from PySide6.QtWidgets import QApplication

from hotline.permissions import Role
from hotline.services import centre_people, review
from hotline.services.centre_session import open_centre
from hotline.storage.server import connection
from hotline.storage.server.audit import Appender, ServerAuditLog
from hotline.storage.server.calls import ServerCallRepository, digests_of
from hotline.storage.server.claims import ClaimRepository
from hotline.storage.server.errors import RowsNotAsPinned
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW
from tests.server.enrolled import JoinedCentre, save_through_outbox, set_up_with
from tests.server.postgres import PostgresServer
from tests.server.said import said_in_each

SUPERVISOR, SUPERVISOR_PW = "rashad", "rashad's long enough password"
CHANGED = "no longer match"
CORRECT = "SELECT hotline.review_correct(%s, %s, %s, %s)"
DECIDE = "SELECT hotline.review_decide(%s, %s, %s, %s)"


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


def _superuser(centre: JoinedCentre) -> psycopg.Connection[tuple[Any, ...]]:
    return connection.connect(centre.server.url(db=centre.database))


def _problems(centre: JoinedCentre) -> list[str]:
    with _superuser(centre) as conn:
        return ServerAuditLog(conn).verify(None)


def _named(problems: list[str], call_id: int) -> bool:
    return any(str(call_id) in p and CHANGED in p for p in problems)


def _coded(conn: psycopg.Connection[tuple[Any, ...]], call_id: int) -> dict[str, Any]:
    row = conn.execute("SELECT coded FROM hotline.calls WHERE id = %s", (call_id,)).fetchone()
    assert row is not None and isinstance(row[0], dict)
    return row[0]


def _field() -> str:
    return "correction:" + os.urandom(8).hex()


def test_the_supervisors_own_call_of_the_review_functions_is_refused_or_named(
    centre: JoinedCentre,
) -> None:
    call_id = save_through_outbox(centre, OPERATOR, OPERATOR_PW, "the flat")
    other = save_through_outbox(centre, OPERATOR, OPERATOR_PW, "the car")
    assert not _named(_problems(centre), call_id)
    supervisor = centre_people.sign_in(centre.first, SUPERVISOR, SUPERVISOR_PW)
    try:
        conn = supervisor.conn
        coded = _coded(conn, call_id)
        operator_id = coded["operator_id"]
        refused: list[tuple[str, tuple[Any, ...], type[Exception]]] = [
            # the call filed under her own name, its digest salt changed, its state set:
            # none of them a field a correction may change
            (
                CORRECT,
                (Jsonb({**coded, "operator_id": supervisor.user_id}),),
                errors.InsufficientPrivilege,
            ),
            (CORRECT, (Jsonb({**coded, "digest_salt": "00" * 16}),), errors.InsufficientPrivilege),
            (
                CORRECT,
                (Jsonb({**coded, "review_state": "reviewed"}),),
                errors.InsufficientPrivilege,
            ),
            (CORRECT, (Jsonb({"region": "baku"}),), errors.InsufficientPrivilege),
        ]
        for statement, (fixed,), raised in refused:
            with pytest.raises(raised):
                conn.execute(statement, (call_id, fixed, _field(), b"junk"))
        # the notes overwritten, or a text of another name, by either function
        for statement, args in (
            (CORRECT, (Jsonb({**coded, "region": "baku"}), "notes", b"junk")),
            (CORRECT, (Jsonb({**coded, "region": "baku"}), "correction:x", b"junk")),
            (DECIDE, ("reviewed", "notes", b"junk")),
            (DECIDE, ("new", None, None)),
        ):
            with pytest.raises(errors.InvalidParameterValue):
                conn.execute(statement, (call_id, *args))
        # review_may is the functions' own: not hers to call
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT hotline.review_may(%s)", (call_id,))
        # Now a change the function allows, with no entry for it: the rows differ from
        # the call's pin, and verify names both calls.
        conn.execute(
            CORRECT, (call_id, Jsonb({**coded, "immediate_danger": True}), _field(), b"junk")
        )
        conn.execute(DECIDE, (other, "reviewed", "review_comment", b"junk"))
        assert _coded(conn, call_id)["operator_id"] == operator_id
    finally:
        supervisor.close()
    problems = _problems(centre)
    assert _named(problems, call_id) and _named(problems, other), problems


def test_a_call_another_supervisor_holds_is_not_decided_by_her_sql(centre: JoinedCentre) -> None:
    call_id = save_through_outbox(centre, OPERATOR, OPERATOR_PW, "the flat")
    admin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    try:
        assert ClaimRepository(admin.conn).claim(call_id, admin.user_id)
    finally:
        admin.close()
    supervisor = centre_people.sign_in(centre.first, SUPERVISOR, SUPERVISOR_PW)
    try:
        coded = _coded(supervisor.conn, call_id)
        with pytest.raises(errors.InsufficientPrivilege):
            supervisor.conn.execute(DECIDE, (call_id, "reviewed", None, None))
        with pytest.raises(errors.InsufficientPrivilege):
            supervisor.conn.execute(
                CORRECT, (call_id, Jsonb({**coded, "region": "baku"}), _field(), b"junk")
            )
    finally:
        supervisor.close()
    operator = centre_people.sign_in(centre.first, OPERATOR, OPERATOR_PW)
    try:  # and an operator's login may call neither
        for statement, args in (
            (DECIDE, ("reviewed", None, None)),
            (CORRECT, (Jsonb({}), _field(), b"junk")),
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                operator.conn.execute(statement, (call_id, *args))
    finally:
        operator.close()
    with _superuser(centre) as conn:
        assert _coded(conn, call_id).get("review_state") != "reviewed"


def test_a_repin_written_by_an_operator_pins_nothing(centre: JoinedCentre) -> None:
    """The superuser changes an operator's call on the server, and the operator, with her
    own key and login, appends a call.correct carrying the changed rows' digests to hide
    it; the superuser even writes 'supervisor' into her members row. verify names the
    call still, and the entry as not a supervisor's."""
    call_id = save_through_outbox(centre, OPERATOR, OPERATOR_PW, "the flat")
    with _superuser(centre) as conn:
        conn.execute(
            "UPDATE hotline.calls SET coded = coded || '{\"immediate_danger\": true}'"
            " WHERE id = %s",
            (call_id,),
        )
        changed = ServerCallRepository(conn).load(call_id, with_vault=True)
        conn.commit()
    assert changed is not None
    operator = centre_people.sign_in(centre.first, OPERATOR, OPERATOR_PW)
    try:
        key = operator.secrets.signing_private
        assert key is not None
        appender = Appender(operator.conn, operator.user_id, key)
        with operator.conn.transaction():
            appender.record(
                "call.correct",
                "call",
                call_id,
                {"fields": ["immediate_danger"], **digests_of(changed)},
            )
    finally:
        operator.close()
    with _superuser(centre) as conn:  # (after her sign-in: it checks the row's signature)
        conn.execute(
            "UPDATE hotline.members SET roles = roles || '{supervisor}' WHERE user_name = %s",
            (OPERATOR,),
        )
    problems = _problems(centre)
    assert _named(problems, call_id), problems
    assert any("call.correct" in p and "not a supervisor" in p for p in problems), problems


def test_a_repin_the_superuser_forges_in_a_supervisors_name_pins_nothing(
    centre: JoinedCentre,
) -> None:
    """The superuser changes a call and appends a call.correct in Rashad's name, on his
    login, with the changed rows' digests: she holds no key of his, so its signature
    fails, and the call is named."""
    call_id = save_through_outbox(centre, OPERATOR, OPERATOR_PW, "the flat")
    supervisor = centre_people.sign_in(centre.first, SUPERVISOR, SUPERVISOR_PW)
    rashad, login = supervisor.user_id, supervisor.conn.info.user
    supervisor.close()
    with _superuser(centre) as conn:
        conn.execute(
            'UPDATE hotline.calls SET coded = coded || \'{"region": "baku"}\' WHERE id = %s',
            (call_id,),
        )
        changed = ServerCallRepository(conn).load(call_id, with_vault=True)
        assert changed is not None
        head = ServerAuditLog(conn).append(
            rashad,
            os.urandom(32),
            "call.correct",
            "call",
            call_id,
            {"fields": ["region"], **digests_of(changed)},
        )
        conn.execute("UPDATE hotline.audit SET author = %s WHERE seq = %s", (login, head.seq))
        conn.commit()
    problems = _problems(centre)
    assert _named(problems, call_id), problems


def test_a_correction_does_not_bless_a_change_made_around_the_desk(
    centre: JoinedCentre, qapp: QApplication
) -> None:
    """The superuser rewrites a call's notes ciphertext; a supervisor then corrects the
    call through the desk. Re-pinning would have hidden the rewrite: the correction is
    refused, said in each language, nothing is written, and verify still names it."""
    call_id = save_through_outbox(centre, OPERATOR, OPERATOR_PW, "the flat")
    with _superuser(centre) as conn:
        conn.execute(
            "UPDATE hotline.call_texts SET body = body || 'x' WHERE call_id = %s"
            " AND field = 'notes'",
            (call_id,),
        )
        conn.commit()
        before = ServerAuditLog(conn).last()
    session = open_centre(centre.first, SUPERVISOR, SUPERVISOR_PW, send=False)
    try:
        with pytest.raises(RowsNotAsPinned) as refused:
            review.correct_field(session, call_id, "region", "baku", "the caller said so")
        with pytest.raises(RowsNotAsPinned):
            review.approve(session, call_id, "fine")
    finally:
        session.close()
    said = said_in_each(refused.value)
    assert said["ru"] != said["en"] and all(str(call_id) in t for t in said.values()), said
    with _superuser(centre) as conn:
        assert ServerAuditLog(conn).last() == before
        assert _coded(conn, call_id)["region"] != "baku"
    assert _named(_problems(centre), call_id)


OWN = "SELECT hotline.own_correct(%s, %s, %s, %s, %s)"


def test_the_operators_own_call_of_own_correct_is_refused_or_named(
    centre: JoinedCentre,
) -> None:
    """Leyla's own SQL, with her real login, on the operator's way in: another operator's
    call, her call's operator, digest salt or review state, the supervisor's texts on
    it, a call reviewed since; and a change the function allows with no entry, which
    verify names."""
    other_name, other_pw = "nigar", "nigar's long enough password"
    admin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    try:
        centre_people.add_user(admin, other_name, frozenset({Role.OPERATOR}), other_pw)
    finally:
        admin.close()
    mine = save_through_outbox(centre, OPERATOR, OPERATOR_PW, "the flat")
    reviewed = save_through_outbox(centre, OPERATOR, OPERATOR_PW, "the car")
    theirs = save_through_outbox(centre, other_name, other_pw, "the farm")
    session = open_centre(centre.first, ADMIN, ADMIN_PW, send=False)
    try:
        review.return_to_operator(session, mine, "Which city?")
        review.approve(session, reviewed)
    finally:
        session.close()
    operator = centre_people.sign_in(centre.first, OPERATOR, OPERATOR_PW)
    try:
        conn = operator.conn
        coded = _coded(conn, mine)
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(OWN, (theirs, Jsonb({}), [], [], []))
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM hotline.own_rows(%s)", (theirs,))
        for fixed in (
            {**coded, "operator_id": 99},
            {**coded, "digest_salt": "00" * 16},
            {**coded, "review_state": "reviewed"},
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(OWN, (mine, Jsonb(fixed), [], [], []))
        for put, drop in ((["returned_comment"], []), ([], ["returned_comment"])):
            with pytest.raises(errors.InvalidParameterValue):
                conn.execute(OWN, (mine, Jsonb(coded), put, [b"junk"] * len(put), drop))
        done = _coded(conn, reviewed)
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(OWN, (reviewed, Jsonb({**done, "region": "baku"}), [], [], []))
        # Allowed by the function, written with no entry: named.
        conn.execute(OWN, (mine, Jsonb({**coded, "region": "baku"}), ["notes"], [b"x"], []))
    finally:
        operator.close()
    supervisor = centre_people.sign_in(centre.first, SUPERVISOR, SUPERVISOR_PW)
    try:  # a supervisor's login may not call the operator's way in
        with pytest.raises(errors.InsufficientPrivilege):
            supervisor.conn.execute(OWN, (mine, Jsonb({}), [], [], []))
    finally:
        supervisor.close()
    problems = _problems(centre)
    assert _named(problems, mine) and not _named(problems, theirs), problems
