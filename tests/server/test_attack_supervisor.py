"""Attack: a supervisor's and an administrator's own login beyond their role.

A supervisor reads every call, but sealing, holds, members and the chain are not hers
to write, and the four-eyes rule keeps an administrator from acting alone where
someone else could approve."""

from __future__ import annotations

from pathlib import Path

import pytest
from psycopg import errors
from PySide6.QtWidgets import QApplication

from hotline.permissions import Role
from hotline.services import centre_people
from hotline.services.centre_people import MemberUntrusted
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW
from tests.server.enrolled import JoinedCentre, save_through_outbox, set_up_with
from tests.server.postgres import PostgresServer
from tests.server.said import said_in_each

SUPERVISOR, SUPERVISOR_PW = "rashad", "rashad's long enough password"


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


def _a_call(centre: JoinedCentre) -> int:
    return save_through_outbox(centre, OPERATOR, OPERATOR_PW, "the flat")


def _roles_on_server(signin: centre_people.CentreSignIn, name: str) -> list[str]:
    found = signin.conn.execute(
        "SELECT roles FROM hotline.members WHERE user_name = %s", (name,)
    ).fetchone()
    assert found is not None
    return list(found[0])


def test_the_supervisors_sql_beyond_her_role_is_refused(centre: JoinedCentre) -> None:
    call_id = _a_call(centre)
    supervisor = centre_people.sign_in(centre.first, SUPERVISOR, SUPERVISOR_PW)
    try:
        conn = supervisor.conn
        # She reads the call; she does not rewrite it, its notes or its keys silently.
        texts = conn.execute("SELECT count(*) FROM hotline.call_texts").fetchone()
        assert texts is not None and texts[0] >= 1
        attacks: list[tuple[str, tuple[object, ...] | None]] = [
            ("UPDATE hotline.calls SET coded = coded || '{\"immediate_danger\": true}'", None),
            ("UPDATE hotline.calls SET author = session_user", None),
            ("UPDATE hotline.call_texts SET body = body || 'x'", None),
            ("UPDATE hotline.call_keys SET sealed = sealed || 'x'", None),
            ("DELETE FROM hotline.call_texts", None),
            ("DELETE FROM hotline.call_keys", None),
            ("DELETE FROM hotline.vault_entries", None),
            ("DELETE FROM hotline.calls", None),
            (
                "INSERT INTO hotline.seal_decisions(kind, body, number, decided_on, calls)"
                " VALUES ('decision', 'court', '1', now(), 1)",
                None,
            ),
            ("INSERT INTO hotline.sealed_calls(call_id, decision_id) VALUES (%s, 1)", (call_id,)),
            (
                "INSERT INTO hotline.legal_holds(call_id, reason_sealed, placed_by)"
                " VALUES (%s, 'x', 1)",
                (call_id,),
            ),
            ("UPDATE hotline.legal_holds SET lifted_at = now()", None),
            ("UPDATE hotline.retention SET years = 1", None),
            ("UPDATE hotline.members SET roles = '{administrator,supervisor}'", None),
            ("UPDATE hotline.key_file SET body = body", None),
            ("UPDATE hotline.audit SET details = details", None),
            ("DELETE FROM hotline.audit", None),
            ("SELECT hotline.set_login(1, NULL, ARRAY['x_admin'], true)", None),
            ("SELECT hotline.issue_enrolment('SCRAM-SHA-256$x', 24, NULL)", None),
            ("SELECT * FROM hotline.enrolments", None),
        ]
        for statement, params in attacks:
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement, params)
        # A claim in another supervisor's name: the row is hers (claimant), whatever
        # user_id she writes; another's claim cannot be given back by her.
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO hotline.review_claims(call_id, user_id, claimant, expires_at)"
                " VALUES (%s, 1, %s, now() + interval '1 day')",
                (call_id, f"{centre.database}_u1"),
            )
    finally:
        supervisor.close()
    admin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    try:
        admin.conn.execute(
            "INSERT INTO hotline.review_claims(call_id, user_id, expires_at)"
            " VALUES (%s, 1, now() + interval '20 minutes')",
            (call_id,),
        )
    finally:
        admin.close()
    supervisor = centre_people.sign_in(centre.first, SUPERVISOR, SUPERVISOR_PW)
    try:
        gone = supervisor.conn.execute("DELETE FROM hotline.review_claims")
        assert gone.rowcount == 0
        taken = supervisor.conn.execute(
            "UPDATE hotline.review_claims SET claimant = session_user, user_id = 3"
        )
        assert taken.rowcount == 0
    finally:
        supervisor.close()


def test_an_approval_forged_for_ones_own_request_is_refused(centre: JoinedCentre) -> None:
    """The administrator asks to change a role, then writes the approval herself with her
    own SQL (approved_by: her own id, or the supervisor's with her own signature)."""
    from hotline.crypto import signing
    from hotline.services.centre_people import ApprovalWaiting

    admin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    try:
        with pytest.raises(ApprovalWaiting) as waiting:
            centre_people.set_roles(admin, OPERATOR, frozenset({Role.SUPERVISOR}))
        number = int(waiting.value.params["number"])
        key = admin.secrets.signing_private
        assert key is not None
        rashad = next(m for m in centre_people.listed(admin) if m[0].user_name == SUPERVISOR)[0]
        for approver in (admin.user_id, rashad.user_id):
            admin.conn.execute(
                "UPDATE hotline.approvals SET approved_by = %s, approval_sig = %s WHERE id = %s",
                (approver, signing.sign(key, b"anything"), number),
            )
            with pytest.raises(ApprovalWaiting):
                centre_people.set_roles(admin, OPERATOR, frozenset({Role.SUPERVISOR}))
        assert _roles_on_server(admin, OPERATOR) == ["operator"]
    finally:
        admin.close()


def test_spoiling_the_other_approvers_rows_does_not_let_an_administrator_act_alone(
    centre: JoinedCentre, qapp: QApplication
) -> None:
    """The administrator's own SQL breaks the supervisor's signed members row (members is
    hers to write), so that no trusted second person is left: before the fix the centre
    looked like one with nobody else to ask, and the change went ahead alone."""
    admin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    try:
        admin.conn.execute(
            "UPDATE hotline.members SET active = false WHERE user_name = %s", (SUPERVISOR,)
        )
        with pytest.raises(MemberUntrusted) as refused:
            centre_people.set_roles(admin, OPERATOR, frozenset({Role.SUPERVISOR}))
        for language, text in said_in_each(refused.value).items():
            assert SUPERVISOR in text and "Traceback" not in text, (language, text)
        assert said_in_each(refused.value)["ru"] != said_in_each(refused.value)["en"]
        admin.conn.execute(
            "UPDATE hotline.members SET signature = NULL WHERE user_name = %s", (SUPERVISOR,)
        )
        with pytest.raises(MemberUntrusted):
            centre_people.set_roles(admin, OPERATOR, frozenset({Role.SUPERVISOR}))
        assert _roles_on_server(admin, OPERATOR) == ["operator"]
    finally:
        admin.close()


def test_a_claim_in_anothers_name_or_for_years_is_refused(centre: JoinedCentre) -> None:
    """Rashad's own SQL: a claim showing the administrator as its holder in every call
    log, or one that holds the call's review for a thousand years (nobody else could
    ever take it over), by INSERT or by the takeover's UPDATE."""
    call_id = _a_call(centre)
    supervisor = centre_people.sign_in(centre.first, SUPERVISOR, SUPERVISOR_PW)
    try:
        conn = supervisor.conn
        me = supervisor.user_id
        for user_id, lives in ((1, "10 minutes"), (me, "1000 years"), (me, "31 minutes 30 s")):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(
                    "INSERT INTO hotline.review_claims(call_id, user_id, expires_at)"
                    " VALUES (%s, %s, now() + %s::interval)",
                    (call_id, user_id, lives),
                )
        from hotline.storage.server.claims import ClaimRepository

        assert ClaimRepository(conn).claim(call_id, me)  # her own, as the desk takes it
        for change in (
            "UPDATE hotline.review_claims SET expires_at = now() + interval '1000 years'",
            "UPDATE hotline.review_claims SET user_id = 1",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(change)
    finally:
        supervisor.close()


def test_a_vault_row_a_supervisor_adds_to_anothers_call_is_named(centre: JoinedCentre) -> None:
    """Supervisors may still add identity details to a call (a vault row); one added with
    her own SQL, around the desk, changes the rows the call's call.save entry pins."""
    from hotline.services import centre_audit

    call_id = _a_call(centre)
    supervisor = centre_people.sign_in(centre.first, SUPERVISOR, SUPERVISOR_PW)
    try:
        # (users add writes no user.create entry on a centre yet: its unknown signer is
        # named before and after, README's "Not built yet")
        before = centre_audit.verify_centre(supervisor.conn, supervisor.secrets.pins.root)
        assert not any("no longer match" in p for p in before), before
        supervisor.conn.execute(
            "INSERT INTO hotline.vault_entries(call_id, suite, context, sealed)"
            " VALUES (%s, 's', 'c', 'planted')",
            (call_id,),
        )
        problems = centre_audit.verify_centre(supervisor.conn, supervisor.secrets.pins.root)
    finally:
        supervisor.close()
    assert any(str(call_id) in p and "no longer match" in p for p in problems), problems
