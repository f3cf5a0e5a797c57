"""Sealing and retention on a centre, against the tests' own PostgreSQL: the sealed
call's keys, texts and vault rows are gone from a new pg_dump (found in the one taken
before, which the register then names), its text opens with no key, its coded fields
stay; an operator's login cannot seal (psycopg); nobody puts text back; four eyes;
retention passes held, unreviewed and recent calls by; the command line."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from psycopg import errors

from hotline.crypto.calltext import TextUnreadable
from hotline.errors import PermissionDenied
from hotline.permissions import Role
from hotline.records import IdentityDetails
from hotline.services import centre as centre_service
from hotline.services import centre_audit, centre_backup, centre_people, centre_sealing, sealing
from hotline.services.centre_people import CentreSignIn
from hotline.services.centre_pseudonyms import person_keys
from hotline.storage.calllog import CallFilter
from hotline.storage.server import calllog
from hotline.storage.server.audit import Appender
from hotline.storage.server.call_digest import DIGEST_SALT
from hotline.storage.server.calls import SealedCall, ServerCallRepository
from hotline.storage.server.centre import CentreRepository
from hotline.storage.server.seals import ServerSealRepository
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW
from tests.server.centre import text_of
from tests.server.enrolled import JoinedCentre, set_up_joined
from tests.server.postgres import PostgresServer
from tests.server.test_enrolment import centre_cli

MARKER = "Qz9SEALmarker"
NAME_MARKER = "Qz9SEALname"
COURT = sealing.decision("court", "2-17/2026", "2026-11-20")


@pytest.fixture
def centre(postgres: PostgresServer, tmp_path: Path) -> JoinedCentre:
    return set_up_joined(postgres, tmp_path / "admin-ws")


@pytest.fixture
def admin(centre: JoinedCentre) -> Iterator[CentreSignIn]:
    signin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    yield signin
    signin.close()


def _save(
    signin: CentreSignIn,
    started: datetime,
    review: str = "new",
    pseudonym: str | None = "Sunbul-4",
    notes: str = f"She said {MARKER} twice",
) -> SealedCall:
    centre = CentreRepository(signin.conn).centre()
    assert centre is not None
    call = centre_service.seal_call(
        text_of(signin),
        centre.vault_public,
        centre_service.new_call_id(),
        started,
        {"primary_topic": "labour", "review_state": review, "caller_pseudonym": pseudonym},
        {"notes": notes, "code_word": f"{MARKER}-word"},
        IdentityDetails(name=NAME_MARKER, phone="+994 55 000 11 22"),
        person_keys(signin.grants),
    )
    private = signin.secrets.signing_private
    assert private is not None
    ServerCallRepository(signin.conn).save(
        call, audit=Appender(signin.conn, signin.user_id, private)
    )
    return call


def _dump(centre: JoinedCentre) -> bytes:
    return subprocess.run(
        [
            centre.server.tool("pg_dump"),
            "--no-password",
            "-d",
            centre.server.url(db=centre.database),
        ],
        capture_output=True,
        check=True,
    ).stdout


def _hex_in(dump: bytes, blob: bytes) -> bool:
    return blob.hex().encode() in dump or blob.hex().upper().encode() in dump


def _pieces(call: SealedCall) -> list[bytes]:
    """The ciphertexts of the call: text bodies, wrapped keys, vault seals."""
    return [
        *call.texts.values(),
        *(k.sealed for k in call.keys),
        *(v.sealed for v in call.vault),
    ]


def _add(admin: CentreSignIn, name: str, roles: frozenset[Role], password: str) -> None:
    """users add: its own user.create entry vouches for the person in the chain."""
    centre_people.add_user(admin, name, roles, password)


def _operator(centre: JoinedCentre, admin: CentreSignIn) -> CentreSignIn:
    _add(admin, OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)
    return centre_people.sign_in(centre.first, OPERATOR, OPERATOR_PW)


def _one_call(centre: JoinedCentre, admin: CentreSignIn) -> SealedCall:
    """An operator added, and one call of hers saved."""
    leyla = _operator(centre, admin)
    try:
        return _save(leyla, datetime(2026, 3, 2, 9, 30, tzinfo=UTC))
    finally:
        leyla.close()


def test_a_sealed_call_is_gone_from_a_new_dump_and_opens_with_no_key(
    centre: JoinedCentre, admin: CentreSignIn, tmp_path: Path
) -> None:
    leyla = _operator(centre, admin)
    try:
        call = _save(leyla, datetime(2026, 3, 2, 9, 30, tzinfo=UTC))
        other = _save(leyla, datetime(2026, 3, 3, 9, 30, tzinfo=UTC), pseudonym="Lale-2")
    finally:
        leyla.close()
    # Before: the administrator (a supervisor too) opens the notes; the dump holds them.
    reader = text_of(admin)
    assert centre_service.open_texts(reader, call)["notes"] == f"She said {MARKER} twice"
    backup = centre_backup.backup_centre(
        centre.server.url(db=centre.database), ADMIN, ADMIN_PW, tmp_path / "before.dump"
    )
    before = _dump(centre)
    assert all(_hex_in(before, piece) for piece in _pieces(call))
    assert b"Sunbul-4" not in before and b"Lale-2" not in before  # keyed, never in clear
    assert centre_sealing.find(admin, sealing.BY_PSEUDONYM, "Lale-2") == [other.id]

    result = centre_sealing.seal(
        admin,
        centre_sealing.find(admin, sealing.BY_CALL, str(call.id)),
        COURT,
        registers=[tmp_path],
    )
    assert result.destroyed.calls == 1
    assert result.destroyed.text_fields == 2 and result.destroyed.vault_entries == 1
    assert result.still_holding == [backup.path]

    after = _dump(centre)
    for needle in (MARKER, NAME_MARKER, "Sunbul-4"):
        i = after.find(needle.encode())
        assert i < 0, after[i - 300 : i + 40]
    assert not [piece for piece in _pieces(call) if _hex_in(after, piece)]
    assert all(_hex_in(after, piece) for piece in _pieces(other))  # the other call kept
    # What is left on the server opens with no key: no wrapped key, no text, no vault.
    with psycopg.connect(centre.server.url(db=centre.database), autocommit=True) as su:
        left = ServerCallRepository(su).load(call.id, with_vault=True)
        assert left is not None and left.keys == () and left.texts == {} and left.vault == ()
        kept = {k: v for k, v in left.coded.items() if k != DIGEST_SALT}
        assert kept == {"primary_topic": "labour", "review_state": "new"}
        assert su.execute("SELECT count(*) FROM hotline.calls").fetchone() == (2,)
    # The old ciphertext (as a reader of the dump before holds it) with the supervisor's
    # keys: the data key is gone, so nothing opens it.
    fresh = text_of(admin)
    with pytest.raises(TextUnreadable):
        fresh.remember(call.id, left.keys)
    with pytest.raises(TextUnreadable):
        fresh.decrypt(call.id, "notes", call.texts["notes"])
    # The audit chain: an entry per call and one for the decision, verify clean.
    problems = centre_audit.verify_centre(admin.conn, None)
    assert problems == []
    actions = [
        r[0]
        for r in admin.conn.execute(
            "SELECT action FROM hotline.audit WHERE object_id = %s OR action = 'seal.decision'"
            " ORDER BY seq",
            (call.id,),
        ).fetchall()
    ]
    assert actions == ["call.save", "call.seal", "seal.decision"]
    # The call log (an operator's, row-level security on) shows it as its decision.
    leyla = centre_people.sign_in(centre.first, OPERATOR, OPERATOR_PW)
    try:
        shown = person_keys(leyla.grants).caller
        rows = {r.id: r for r in calllog.first_page(leyla.conn, CallFilter(), shown=shown)}
    finally:
        leyla.close()
    mark = rows[call.id].seal
    assert mark is not None and (mark.body, mark.number) == ("court", "2-17/2026")
    assert rows[call.id].pseudonym is None and rows[other.id].seal is None
    assert rows[other.id].pseudonym == "Lale-2"
    with pytest.raises(sealing.NothingFound):  # the pseudonym left the coded fields
        centre_sealing.find(admin, sealing.BY_PSEUDONYM, "Sunbul-4")
    # Sealed twice: refused, nothing more destroyed.
    with pytest.raises(sealing.NothingToSeal):
        centre_sealing.seal(admin, [call.id], COURT)


def test_an_operators_login_cannot_seal_nor_anyone_put_text_back(
    centre: JoinedCentre, admin: CentreSignIn
) -> None:
    leyla = _operator(centre, admin)
    try:
        call = _save(leyla, datetime(2026, 3, 2, 9, 30, tzinfo=UTC))
        with pytest.raises(PermissionDenied):
            centre_sealing.seal(leyla, [call.id], COURT)
        for attack in (
            "DELETE FROM hotline.call_texts WHERE call_id = %s",
            "DELETE FROM hotline.call_keys WHERE call_id = %s",
            "DELETE FROM hotline.vault_entries WHERE call_id = %s",
            "INSERT INTO hotline.sealed_calls(call_id, decision_id) VALUES (%s, 1)",
            "UPDATE hotline.retention SET years = 1 WHERE %s > 0",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                leyla.conn.execute(attack, (call.id,))
        centre_sealing.seal(admin, [call.id], COURT)
        # Her own sealed call: she cannot give it text or a key again.
        with pytest.raises(errors.InsufficientPrivilege):
            leyla.conn.execute(
                "INSERT INTO hotline.call_texts(call_id, field, body) VALUES (%s, 'notes', %s)",
                (call.id, b"x"),
            )
    finally:
        leyla.close()
    # An administrator (who is no supervisor) reads nothing but the rows' call ids.
    _add(admin, "nigar", frozenset({Role.ADMINISTRATOR}), SUPERVISOR_PW + " two")
    nigar = centre_people.sign_in(centre.first, "nigar", SUPERVISOR_PW + " two")
    try:
        for column, table in (("body", "call_texts"), ("sealed", "vault_entries")):
            with pytest.raises(errors.InsufficientPrivilege):
                nigar.conn.execute(f"SELECT {column} FROM hotline.{table}")
        assert nigar.conn.execute("SELECT count(call_id) FROM hotline.call_keys").fetchone()
    finally:
        nigar.close()
    # A supervisor's own SQL cannot put text, a key or identity onto it, nor change it.
    _add(admin, SUPERVISOR, frozenset({Role.SUPERVISOR}), SUPERVISOR_PW)
    rashad = centre_people.sign_in(centre.first, SUPERVISOR, SUPERVISOR_PW)
    try:
        for attack in (
            "INSERT INTO hotline.call_texts(call_id, field, body) VALUES (%s, 'notes', 'x')",
            "INSERT INTO hotline.call_keys(call_id, holder, suite, sealed)"
            " VALUES (%s, 'casetext', 's', 'x')",
            "INSERT INTO hotline.vault_entries(call_id, suite, context, sealed)"
            " VALUES (%s, 's', 'c', 'x')",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                rashad.conn.execute(attack, (call.id,))
        with pytest.raises(errors.InsufficientPrivilege):  # no supervisor rewrites a call
            rashad.conn.execute("UPDATE hotline.calls SET coded = '{}' WHERE id = %s", (call.id,))
    finally:
        rashad.close()


def test_sealing_waits_for_a_second_persons_signed_approval(
    centre: JoinedCentre, admin: CentreSignIn
) -> None:
    call = _one_call(centre, admin)
    _add(admin, SUPERVISOR, frozenset({Role.SUPERVISOR}), SUPERVISOR_PW)
    with pytest.raises(centre_sealing.SealApprovalWaiting) as waiting:
        centre_sealing.seal(admin, [call.id], COURT)
    number = int(waiting.value.params["number"])
    assert ServerSealRepository(admin.conn).sealed_ids([call.id]) == set()
    with pytest.raises(centre_people.ApprovalNotValid):  # not by the one who asked
        centre_people.approve(admin, number)
    rashad = centre_people.sign_in(centre.first, SUPERVISOR, SUPERVISOR_PW)
    try:
        centre_people.approve(rashad, number)
        approver = rashad.user_id
    finally:
        rashad.close()
    # Approved for this decision and these calls only.
    other = sealing.decision("prosecutor", "9/2026", "2026-11-21")
    with pytest.raises(centre_sealing.SealApprovalWaiting):
        centre_sealing.seal(admin, [call.id], other)
    result = centre_sealing.seal(admin, [call.id], COURT)
    assert result.destroyed.calls == 1
    row = admin.conn.execute(
        "SELECT acted_by, approved_by FROM hotline.seal_decisions WHERE id = %s",
        (result.decision_id,),
    ).fetchone()
    assert row == (admin.user_id, approver)
    used = admin.conn.execute(
        "SELECT used_at IS NOT NULL FROM hotline.approvals WHERE id = %s", (number,)
    ).fetchone()
    assert used == (True,)


def test_retention_destroys_old_reviewed_calls_unless_held(
    centre: JoinedCentre, admin: CentreSignIn
) -> None:
    now = datetime(2026, 11, 30, 12, tzinfo=UTC)
    old = now - timedelta(days=3 * 365)
    leyla = _operator(centre, admin)
    try:
        due = _save(leyla, old, review="reviewed")
        held = _save(leyla, old, review="reviewed")
        unreviewed = _save(leyla, old, review="new")
        recent = _save(leyla, now - timedelta(days=30), review="reviewed")
        with pytest.raises(PermissionDenied):
            centre_sealing.set_retention(leyla, 2)
    finally:
        leyla.close()
    with pytest.raises(sealing.BadRetention):
        centre_sealing.set_retention(admin, 0)
    assert centre_sealing.retention_years(admin) is None
    assert centre_sealing.run_retention(admin, now) is None
    centre_sealing.set_retention(admin, 2)
    with pytest.raises(sealing.HoldNeedsReason):
        centre_sealing.add_hold(admin, held.id, "   ")
    hold = centre_sealing.add_hold(admin, held.id, f"prosecutor's request {MARKER}")
    with pytest.raises(sealing.HoldExists):
        centre_sealing.add_hold(admin, held.id, "again")
    assert [h.call_id for h in centre_sealing.holds(admin)] == [held.id]
    assert MARKER.encode() not in _dump(centre)  # the hold's reason is sealed
    assert centre_sealing.retention_due(admin, now=now) == [due.id]
    result = centre_sealing.run_retention(admin, now)
    assert result is not None and result.destroyed.calls == 1
    with psycopg.connect(centre.server.url(db=centre.database), autocommit=True) as su:
        repo = ServerCallRepository(su)
        for kept in (held, unreviewed, recent):
            found = repo.load(kept.id)
            assert found is not None and found.texts.keys() == kept.texts.keys()
        gone = repo.load(due.id)
        assert gone is not None and gone.texts == {} and gone.keys == ()
    centre_sealing.lift_hold(admin, hold)
    with pytest.raises(sealing.NoSuchHold):
        centre_sealing.lift_hold(admin, hold)
    assert centre_sealing.retention_due(admin, now=now) == [held.id]
    assert centre_audit.verify_centre(admin.conn, None) == []


def test_seal_and_retention_from_the_command_line_on_a_joined_workstation(
    centre: JoinedCentre, admin: CentreSignIn
) -> None:
    call = _one_call(centre, admin)
    config = centre.first.folder
    args = ["seal", "--call", str(call.id), "--decision-body", "court"]
    args += ["--decision-no", "2-17/2026", "--decision-date", "2026-11-20"]
    dry = centre_cli(config, *args, "--dry-run", user=ADMIN, stdin=f"{ADMIN_PW}\n")
    assert dry.returncode == 0, dry.stderr
    assert f"call {call.id}" in dry.stdout and "nothing was sealed" in dry.stdout
    assert MARKER not in dry.stdout
    done = centre_cli(config, *args, user=ADMIN, stdin=f"{ADMIN_PW}\n")
    assert done.returncode == 0, done.stderr
    assert "Sealed 1 calls" in done.stdout
    assert ServerSealRepository(admin.conn).sealed_ids([call.id]) == {call.id}
    bad = centre_cli(
        config, "retention", "--years", "0", user=ADMIN, stdin=f"{ADMIN_PW}\n", language="ru"
    )
    assert bad.returncode != 0 and "Traceback" not in bad.stderr
    assert "лет" in bad.stderr or "лет" in bad.stdout
    ok = centre_cli(config, "retention", "--years", "5", user=ADMIN, stdin=f"{ADMIN_PW}\n")
    assert ok.returncode == 0, ok.stderr
    assert centre_sealing.retention_years(admin) == 5
    assert "kept 5 years" in ok.stdout and "Due now: 0 calls" in ok.stdout
    leyla = centre_people.sign_in(centre.first, OPERATOR, OPERATOR_PW)
    try:
        kept = _save(leyla, datetime(2026, 3, 5, 9, 30, tzinfo=UTC))
    finally:
        leyla.close()
    pw = f"{ADMIN_PW}\n"
    hold = ["hold", "add", "--call", str(kept.id), "--reason", f"request {MARKER}"]
    placed = centre_cli(config, *hold, user=ADMIN, stdin=pw, language="ru")
    assert placed.returncode == 0, placed.stderr
    assert "Запрет на удаление № 1 установлен." in placed.stdout
    listed = centre_cli(config, "hold", "list", user=ADMIN, stdin=pw)
    assert f"call {kept.id}" in listed.stdout and MARKER not in listed.stdout
    lifted = centre_cli(config, "hold", "remove", "1", user=ADMIN, stdin=pw)
    assert lifted.returncode == 0 and "Legal hold 1 lifted." in lifted.stdout
    again = centre_cli(config, "hold", "remove", "1", user=ADMIN, stdin=pw)
    assert again.returncode != 0 and "Traceback" not in again.stderr
    assert centre_sealing.holds(admin) == []


def test_the_command_line_asks_for_approval_and_refuses_in_the_users_language(
    centre: JoinedCentre, admin: CentreSignIn
) -> None:
    call = _one_call(centre, admin)
    _add(admin, SUPERVISOR, frozenset({Role.SUPERVISOR}), SUPERVISOR_PW)
    config = centre.first.folder
    args = ["seal", "--call", str(call.id), "--decision-body", "court"]
    args += ["--decision-no", "2-17/2026", "--decision-date", "2026-11-20"]
    asked = centre_cli(config, *args, user=ADMIN, stdin=f"{ADMIN_PW}\n", language="az")
    assert asked.returncode == 0, asked.stderr
    # the desk's words: `hotline seal` on a centre is the window's service (sealing_view)
    assert "möhürləmə ikinci şəxs tələb edir" in asked.stdout
    assert "Möhürlənəcək zənglər: 1." in asked.stdout and f"zəng {call.id}\t" in asked.stdout
    assert ServerSealRepository(admin.conn).sealed_ids([call.id]) == set()
    wrong = ["seal", "--concerned", "Sunbul-4", "--decision-body", "court"]
    wrong += ["--decision-no", "1", "--decision-date", "2026-11-20"]
    refused = centre_cli(config, *wrong, user=ADMIN, stdin=f"{ADMIN_PW}\n", language="ru")
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert "в центре выбирайте звонки через --call или --pseudonym" in refused.stderr
    future = [*args[:-1], "2099-01-01"]
    late = centre_cli(config, *future, user=ADMIN, stdin=f"{ADMIN_PW}\n", language="en")
    assert late.returncode != 0 and "Traceback" not in late.stderr
    assert "not in the future" in late.stderr


def test_verify_names_text_destroyed_or_a_seal_marked_with_an_administrators_own_sql(
    centre: JoinedCentre, admin: CentreSignIn
) -> None:
    first = _one_call(centre, admin)
    leyla = centre_people.sign_in(centre.first, OPERATOR, OPERATOR_PW)
    try:
        second = _save(leyla, datetime(2026, 3, 4, 9, 30, tzinfo=UTC))
    finally:
        leyla.close()
    assert centre_audit.verify_centre(admin.conn, None) == []
    # The administrator's login may delete (sealing needs it) but not unseen: without
    # the signed entries a sealing writes, verify names what was done.
    admin.conn.execute("DELETE FROM hotline.call_keys WHERE call_id = %s", (first.id,))
    admin.conn.execute(
        "INSERT INTO hotline.seal_decisions(kind, body, number, decided_on, calls)"
        " VALUES ('decision', 'court', 'forged', '2026-11-01', 1)"
    )
    admin.conn.execute(
        "INSERT INTO hotline.sealed_calls(call_id, decision_id)"
        " SELECT %s, max(id) FROM hotline.seal_decisions",
        (second.id,),
    )
    problems = centre_audit.verify_centre(admin.conn, None)
    assert any(f"call {first.id} has no data key left but was not sealed" in p for p in problems)
    assert any(f"call {second.id} is marked sealed by decision" in p for p in problems)
    assert any("differs from its audit entry or has none" in p for p in problems)
