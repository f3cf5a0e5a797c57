"""A centre's session without the window (issue 15): what it keeps on the workstation
and who can open it. Each person's local desk (drafts, filters, settings) and outbox
open only with that person's own key and this workstation's secret: another person
signed in on the same computer, or a copy of the files on another computer, opens
neither. A saved call goes to the server with its audit entry, its text sealed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import psycopg
import pytest

from hotline.errors import DeskError, InvalidInput, PermissionDenied
from hotline.permissions import Role
from hotline.records import IdentityDetails
from hotline.services import calllog, calls, centre_people, review
from hotline.services.centre_session import LOCAL_DESK, CentreSession, open_centre
from hotline.services.identity_vault import WRAPPED_DRAFT, seal_identity
from hotline.services.outbox import own_file_key
from hotline.storage.database import Database
from hotline.storage.server import connection
from hotline.storage.server.audit import ServerAuditLog
from hotline.storage.server.outbox import OutboxStore
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW
from tests.factories import job_in_dubai
from tests.server.enrolled import JoinedCentre, set_up_joined
from tests.server.postgres import PostgresServer
from tests.server.test_enrolment import centre_cli

MARKER = "Qz7SESSIONmarker"


@pytest.fixture
def centre(postgres: PostgresServer, tmp_path: Path) -> JoinedCentre:
    joined = set_up_joined(postgres, tmp_path / "ws")
    admin = centre_people.sign_in(joined.first, ADMIN, ADMIN_PW)
    try:
        centre_people.add_user(admin, OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)
    finally:
        admin.close()
    return joined


def _keys(session: CentreSession) -> tuple[bytes, bytes]:
    text = session.call_text
    assert text is not None
    return (
        own_file_key(text, LOCAL_DESK, session.device_secret),
        own_file_key(text, "outbox", session.device_secret),
    )


def test_a_persons_files_on_the_workstation_open_for_nobody_else(
    centre: JoinedCentre, tmp_path: Path
) -> None:
    ws = centre.first
    operator = open_centre(ws, OPERATOR, OPERATOR_PW, send=False)
    try:
        draft = calls.start_call(operator)
        record = job_in_dubai(operator.user_id or 0, notes=f"typed {MARKER}")
        calls.autosave(operator, draft.id, record, 30)
        calls.save_call(operator, job_in_dubai(operator.user_id or 0, notes=MARKER))
        assert operator.outbox is not None and operator.outbox.store.count() == 1
        desk_file, outbox_file = operator.paths.database, operator.outbox.store.path
        own_desk, own_outbox = _keys(operator)
        text = operator.call_text
        assert text is not None
        unbound = own_file_key(text, LOCAL_DESK, None)  # the files copied to another computer
    finally:
        operator.close()
    admin = open_centre(ws, ADMIN, ADMIN_PW, send=False)
    try:
        others_desk, others_outbox = _keys(admin)
    finally:
        admin.close()
    for path in (desk_file, outbox_file):
        raw = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
        assert MARKER.encode() not in raw
    copy = tmp_path / "copy"
    copy.mkdir()
    for key in (others_desk, unbound):
        shutil.copy(desk_file, copy / "desk.db")
        with pytest.raises(DeskError):
            Database(copy / "desk.db", key).close()
    with pytest.raises(DeskError):
        OutboxStore(outbox_file, others_outbox).close()
    # The person's own keys on this workstation do open them (the refusals are the keys').
    Database(desk_file, own_desk).close()
    OutboxStore(outbox_file, own_outbox).close()


def test_a_restored_drafts_sealed_identity_goes_to_the_centre_bound_to_the_call(
    centre: JoinedCentre,
) -> None:
    """After a crash the operator's form holds the details only sealed (for the vault):
    the save seals them once more to the call, as the desk does; nothing in clear."""
    operator = open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
    try:
        draft = calls.start_call(operator)
        details = IdentityDetails(name=f"{MARKER}name", phone="+994 55 111 22 33")
        sealed = seal_identity(operator, details, f"draft:{draft.id}")
        saved = calls.save_call(
            operator,
            job_in_dubai(operator.user_id or 0, identity_consent=True),
            draft.id,
            sealed_identity=sealed,
        )
        assert operator.outbox is not None and operator.outbox.send_now().sent == 1
    finally:
        operator.close()
    with connection.connect(centre.server.url(db=centre.database)) as conn:
        rows = conn.execute(
            "SELECT context, sealed FROM hotline.vault_entries WHERE call_id = %s",
            (saved.call_id,),
        ).fetchall()
    assert [r[0] for r in rows] == [WRAPPED_DRAFT]
    assert MARKER.encode() not in bytes(rows[0][1]) and b"111 22 33" not in bytes(rows[0][1])


def test_a_saved_call_reaches_the_server_with_its_entry_and_its_draft_kept_until_then(
    centre: JoinedCentre,
) -> None:
    operator = open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
    try:
        draft = calls.start_call(operator)
        saved = calls.save_call(
            operator, job_in_dubai(operator.user_id or 0, notes=MARKER), draft.id
        )
        assert calls.pending_drafts(operator) == []  # the call is in the outbox instead
        assert operator.outbox is not None
        state = operator.outbox.send_now()
        assert (state.sent, state.pending) == (1, 0)
        state = operator.outbox.send_now()  # nothing twice
        assert (state.sent, state.pending) == (0, 0)
    finally:
        operator.close()
    with connection.connect(centre.server.url(db=centre.database)) as conn:
        row = conn.execute(
            "SELECT coded::text FROM hotline.calls WHERE id = %s", (saved.call_id,)
        ).fetchone()
        bodies = conn.execute("SELECT body FROM hotline.call_texts").fetchall()
        actions = ServerAuditLog(conn).actions_of("call", saved.call_id)
    assert row is not None and MARKER not in row[0]
    assert "Star Travel" not in row[0] and "123 45 67" not in row[0]  # entities sealed
    assert all(MARKER.encode() not in bytes(b[0]) for b in bodies)
    assert actions == ["call.save"]


def test_verify_on_a_joined_workstation_checks_the_centre_and_names_a_cut_log(
    centre: JoinedCentre,
) -> None:
    """`hotline verify` with no desk folder acts on the centre: the chain of calls saved
    by a person `users add` made verifies clean (the administrator's grant vouches for
    her key); the server's superuser then removes her last entry, and the witness she
    keeps on this workstation names it."""
    operator = open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
    try:
        calls.save_call(operator, job_in_dubai(operator.user_id or 0, notes=MARKER))
        assert operator.outbox is not None and operator.outbox.send_now().sent == 1
    finally:
        operator.close()
    folder = centre.first.folder
    clean = centre_cli(folder, "verify", stdin=OPERATOR_PW + "\n", user=OPERATOR)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "OK: the centre's audit chain checks clean" in clean.stdout
    with connection.connect(centre.server.url(db=centre.database), autocommit=True) as conn:
        conn.execute("DELETE FROM hotline.audit WHERE seq = (SELECT max(seq) FROM hotline.audit)")
    cut = centre_cli(folder, "verify", stdin=OPERATOR_PW + "\n", user=OPERATOR, language="ru")
    assert cut.returncode != 0
    said = cut.stdout + cut.stderr
    assert "Traceback" not in said and "OK" not in said
    assert "удалены" in said or "removed" in said, said


def test_a_supervisor_corrects_and_approves_on_the_server_and_an_operator_cannot(
    centre: JoinedCentre,
) -> None:
    """Claim, correct a coded field with a reason, approve with a comment, through the
    server's review functions: the coded fields change on the server, the reason and the
    comment are sealed there, the claim is given back, and the chain holds each step
    with the rows' new digests, so verify stays clean. The operator's session is
    refused by the service, and her own SQL by the server."""
    operator = open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
    try:
        saved = calls.save_call(operator, job_in_dubai(operator.user_id or 0, notes=MARKER))
        assert operator.outbox is not None and operator.outbox.send_now().sent == 1
        call_id = saved.call_id
        with pytest.raises(PermissionDenied):
            review.correct_field(operator, call_id, "region", "baku", "wrong region")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            operator.conn.execute(
                'UPDATE hotline.calls SET coded = coded || \'{"review_state": "reviewed"}\''
                " WHERE id = %s",
                (call_id,),
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            operator.conn.execute(
                "SELECT hotline.review_decide(%s, 'reviewed', NULL, NULL)", (call_id,)
            )
    finally:
        operator.close()
    with connection.connect(centre.server.url(db=centre.database)) as conn:
        before = conn.execute(
            "SELECT coded FROM hotline.calls WHERE id = %s", (call_id,)
        ).fetchone()
    assert before is not None
    supervisor = open_centre(centre.first, ADMIN, ADMIN_PW, send=False)
    try:
        review.claim(supervisor, call_id)
        reason = f"{MARKER} the caller said Baku later"
        review.correct_field(supervisor, call_id, "region", "baku", reason)
        with pytest.raises(InvalidInput):  # the same value again: nothing to correct
            review.correct_field(supervisor, call_id, "region", "baku", reason)
        review.approve(supervisor, call_id, f"{MARKER} fine")
        with pytest.raises(InvalidInput):
            review.approve(supervisor, call_id)
        detail = calllog.open_call(supervisor, call_id)
        assert detail.record.region == "baku" and detail.record.notes == MARKER
        assert detail.row.review_state == "reviewed"
    finally:
        supervisor.close()
    with connection.connect(centre.server.url(db=centre.database)) as conn:
        coded = conn.execute("SELECT coded FROM hotline.calls WHERE id = %s", (call_id,)).fetchone()
        texts = conn.execute(
            "SELECT field, body FROM hotline.call_texts WHERE call_id = %s", (call_id,)
        ).fetchall()
        claims = conn.execute("SELECT count(*) FROM hotline.review_claims").fetchone()
        actions = ServerAuditLog(conn).actions_of("call", call_id)
        problems = ServerAuditLog(conn).verify(None)
    assert coded is not None and coded[0]["region"] == "baku"
    assert coded[0]["review_state"] == "reviewed"
    # Nothing else of the coded fields moved (its digest salt and the operator stay).
    assert {k: v for k, v in coded[0].items() if k not in ("region", "review_state")} == {
        k: v for k, v in before[0].items() if k not in ("region", "review_state")
    }
    assert {f for f, _ in texts} >= {"notes", "review_comment"}
    assert any(f.startswith("correction:") for f, _ in texts)
    assert all(MARKER.encode() not in bytes(b) for _f, b in texts)
    assert claims == (0,)
    assert actions == [
        "call.save",
        "permission.denied",  # the operator's attempt, recorded
        "call.claim",
        "call.correct",
        "call.review",
        "call.notes_read",
    ]
    assert problems == []


def test_an_operator_undoes_her_call_without_content_and_nothing_else(
    centre: JoinedCentre,
) -> None:
    """The one-key call logged by mistake is taken back on a centre too: gone from the
    server with ``call.undo_no_content`` in the chain, verify clean. A call with content,
    or one undone twice, is refused plainly and stays as saved; the operator's own SQL
    call of the server's function on a call with content is refused."""
    operator = open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
    try:
        silent = calls.log_no_content(operator, "silent")  # still kept: sent first
        talked = calls.save_call(operator, job_in_dubai(operator.user_id or 0))
        assert calls.undo_no_content(operator, silent.call_id) == "silent"
        with pytest.raises(InvalidInput) as refused:
            calls.undo_no_content(operator, silent.call_id)
        assert "only your own last call without content can be undone, within a minute" in (
            refused.value.message()
        )
        with pytest.raises(InvalidInput):
            calls.undo_no_content(operator, talked.call_id)
        with pytest.raises(psycopg.errors.InsufficientPrivilege), operator.conn.transaction():
            operator.conn.execute("SELECT hotline.undo_no_content(%s)", (talked.call_id,))
        assert [c.id for c in calls.recent_calls(operator)] == [talked.call_id]
    finally:
        operator.close()
    with connection.connect(centre.server.url(db=centre.database)) as conn:
        ids = {int(i) for (i,) in conn.execute("SELECT id FROM hotline.calls").fetchall()}
        actions = ServerAuditLog(conn).actions_of("call", silent.call_id)
        problems = ServerAuditLog(conn).verify(None)
    assert ids == {talked.call_id}
    assert actions == ["call.save", "call.undo_no_content"]
    assert problems == []


def test_an_undo_by_the_operators_own_sql_without_its_entry_is_named_by_verify(
    centre: JoinedCentre,
) -> None:
    """Her login calls the server's undo_no_content by hand and writes no chain entry:
    the call is gone, and verify names a saved call missing from the server."""
    operator = open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
    try:
        silent = calls.log_no_content(operator, "dropped")
        assert operator.outbox is not None and operator.outbox.send_now().sent == 1
        with operator.conn.transaction():
            operator.conn.execute("SELECT hotline.undo_no_content(%s)", (silent.call_id,))
    finally:
        operator.close()
    with connection.connect(centre.server.url(db=centre.database)) as conn:
        problems = ServerAuditLog(conn).calls_unrecorded()
    assert len(problems) == 1 and "1" in problems[0]


def test_an_operator_corrects_her_own_call_and_a_returned_one_on_the_server(
    centre: JoinedCentre,
) -> None:
    """Her own correction through the server's own_correct: the coded fields and the notes
    change (the notes sealed again), a call a supervisor returned goes back to new with
    the supervisor's comment kept, each step re-pins the rows (verify clean), and a call
    reviewed since is refused by the service."""
    operator = open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
    try:
        record = job_in_dubai(operator.user_id or 0, notes=MARKER)
        saved = calls.save_call(operator, record)
        assert operator.outbox is not None and operator.outbox.send_now().sent == 1
        call_id = saved.call_id
        calls.correct_own_call(
            operator, call_id, record.with_changes(region="baku", notes=f"{MARKER} Baku")
        )
        [mine] = calls.recent_calls(operator)
        assert mine.region == "baku" and mine.notes == f"{MARKER} Baku"
    finally:
        operator.close()
    supervisor = open_centre(centre.first, ADMIN, ADMIN_PW, send=False)
    try:
        review.return_to_operator(supervisor, call_id, "Which city in the end?")
    finally:
        supervisor.close()
    operator = open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
    try:
        [mine] = calls.recent_calls(operator)
        assert mine.review_state == "returned"
        calls.correct_own_call(operator, call_id, mine.with_changes(notes=""))
        [mine] = calls.recent_calls(operator)
        assert mine.review_state == "new" and mine.notes == ""
    finally:
        operator.close()
    supervisor = open_centre(centre.first, ADMIN, ADMIN_PW, send=False)
    try:
        review.approve(supervisor, call_id)
        detail = calllog.open_call(supervisor, call_id)
        assert detail.record.region == "baku" and detail.record.notes == ""
    finally:
        supervisor.close()
    operator = open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
    try:
        with pytest.raises(InvalidInput):  # reviewed: no longer hers to correct
            calls.correct_own_call(operator, call_id, mine.with_changes(region="absheron_khizi"))
    finally:
        operator.close()
    with connection.connect(centre.server.url(db=centre.database)) as conn:
        texts = {
            str(f)
            for (f,) in conn.execute(
                "SELECT field FROM hotline.call_texts WHERE call_id = %s", (call_id,)
            ).fetchall()
        }
        actions = ServerAuditLog(conn).actions_of("call", call_id)
        problems = ServerAuditLog(conn).verify(None)
    assert "returned_comment" in texts and "notes" not in texts
    assert [a for a in actions if a.startswith("call.")] == [
        "call.save",
        "call.correct_own",
        "call.review",
        "call.correct_own",
        "call.review",
    ]
    assert problems == []


def test_the_operator_reads_why_her_call_was_returned_and_a_colleague_cannot(
    centre: JoinedCentre,
) -> None:
    """The supervisor's comment on a returned call, sealed on her workstation to the
    call's data key, opens on the operator's own session (the form shows it while she
    corrects); another operator's session is refused, plainly, and reads nothing."""
    admin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    try:
        centre_people.add_user(admin, "colleague", frozenset({Role.OPERATOR}), OPERATOR_PW)
    finally:
        admin.close()
    operator = open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
    try:
        saved = calls.save_call(operator, job_in_dubai(operator.user_id or 0, notes=MARKER))
        assert operator.outbox is not None and operator.outbox.send_now().sent == 1
        assert calllog.returned_comment(operator, saved.call_id) == ""  # not returned yet
    finally:
        operator.close()
    supervisor = open_centre(centre.first, ADMIN, ADMIN_PW, send=False)
    try:
        review.return_to_operator(supervisor, saved.call_id, "Hansı şəhər? Какой город?")
    finally:
        supervisor.close()
    operator = open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
    try:
        said = calllog.returned_comment(operator, saved.call_id)
    finally:
        operator.close()
    assert said == "Hansı şəhər? Какой город?"
    colleague = open_centre(centre.first, "colleague", OPERATOR_PW, send=False)
    try:
        with pytest.raises(DeskError) as refused:
            calllog.returned_comment(colleague, saved.call_id)
        assert "Hansı" not in refused.value.message()
    finally:
        colleague.close()


def test_a_supervisors_comment_is_sealed_to_the_call_shown_and_pinned_and_no_operators(
    centre: JoinedCentre,
) -> None:
    """The review's free comment on a centre: sealed on the supervisor's workstation
    (the server holds no word of it), shown in the call's detail with her name, and
    ``call.comment`` in the chain re-pins the rows (verify clean). An operator's session
    is refused by the service, and her own SQL by the server."""
    operator = open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
    try:
        saved = calls.save_call(operator, job_in_dubai(operator.user_id or 0))
        assert operator.outbox is not None and operator.outbox.send_now().sent == 1
        with pytest.raises(PermissionDenied):
            review.comment(operator, saved.call_id, "mine")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            operator.conn.execute(
                "SELECT hotline.review_comment(%s, 'comment:0123456789abcdef', '\\x01')",
                (saved.call_id,),
            )
    finally:
        operator.close()
    supervisor = open_centre(centre.first, ADMIN, ADMIN_PW, send=False)
    try:
        with pytest.raises(InvalidInput):
            review.comment(supervisor, saved.call_id, "   ")
        review.comment(supervisor, saved.call_id, f"{MARKER} zəng et, позвонить")
        detail = calllog.open_call(supervisor, saved.call_id)
    finally:
        supervisor.close()
    assert [c.body for c in detail.comments] == [f"{MARKER} zəng et, позвонить"]
    with connection.connect(centre.server.url(db=centre.database)) as conn:
        bodies = conn.execute(
            "SELECT field, body FROM hotline.call_texts WHERE call_id = %s", (saved.call_id,)
        ).fetchall()
        actions = ServerAuditLog(conn).actions_of("call", saved.call_id)
        problems = ServerAuditLog(conn).verify(None)
    assert any(str(f).startswith("comment:") for f, _b in bodies)
    assert not any(MARKER.encode() in bytes(b) for _f, b in bodies)
    assert actions == ["call.save", "permission.denied", "call.comment", "call.notes_read"]
    assert problems == []


def test_the_undo_refuses_a_call_made_to_look_without_content_and_verify_names_a_fake(
    centre: JoinedCentre,
) -> None:
    """The operator's own SQL attacks the undo (the review of step 5 ran each for real):
    a call saved with notes, then turned by her raw own_correct (which writes no entry)
    into one without content, its notes dropped, is refused by the server (its save
    said it had content); a call without content under an administrator's legal hold is
    refused; one saved more than an hour ago by the server's clock (saved_at, which she
    cannot write) is refused; and an undo entry she signs without the call removed is
    named by verify."""
    from hotline.services import centre_sealing

    operator = open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
    try:
        talked = calls.save_call(operator, job_in_dubai(operator.user_id or 0, notes=MARKER))
        held = calls.log_no_content(operator, "silent")
        old = calls.log_no_content(operator, "dropped")
        faked = calls.log_no_content(operator, "wrong_number")
        assert operator.outbox is not None and operator.outbox.send_now().sent == 4
        conn = operator.conn
        row = conn.execute(
            "SELECT coded FROM hotline.calls WHERE id = %s", (talked.call_id,)
        ).fetchone()
        assert row is not None
        with conn.transaction():
            conn.execute(
                "SELECT hotline.own_correct(%s, %s::jsonb, NULL, NULL, ARRAY['notes'])",
                (talked.call_id, json.dumps({**row[0], "no_content": "silent"})),
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege), conn.transaction():
            conn.execute("SELECT hotline.undo_no_content(%s)", (talked.call_id,))
        with pytest.raises(InvalidInput):
            calls.undo_no_content(operator, talked.call_id)
    finally:
        operator.close()
    admin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    try:
        centre_sealing.add_hold(admin, held.call_id, "court order 12/2026")
    finally:
        admin.close()
    with connection.connect(centre.server.url(db=centre.database)) as conn:
        conn.execute(
            "UPDATE hotline.calls SET saved_at = now() - interval '2 hours' WHERE id = %s",
            (old.call_id,),
        )
    operator = open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
    try:
        for call_id in (held.call_id, old.call_id):
            with pytest.raises(psycopg.errors.InsufficientPrivilege), operator.conn.transaction():
                operator.conn.execute("SELECT hotline.undo_no_content(%s)", (call_id,))
        appender = operator.appender()
        with operator.conn.transaction():
            appender.record("call.undo_no_content", "call", faked.call_id, {"no_content": "x"})
        appender.committed()
    finally:
        operator.close()
    with connection.connect(centre.server.url(db=centre.database)) as conn:
        ids = {int(i) for (i,) in conn.execute("SELECT id FROM hotline.calls").fetchall()}
        holds = conn.execute("SELECT count(*) FROM hotline.legal_holds").fetchone()
        problems = ServerAuditLog(conn).calls_unrecorded()
    assert {talked.call_id, held.call_id, old.call_id, faked.call_id} <= ids
    assert holds is not None and holds[0] == 1
    assert problems == [
        "1 call(s) the audit log says were taken back (call.undo_no_content) are on the "
        "server: not removed, or written again around the desk"
    ]
