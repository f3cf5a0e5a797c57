"""The centre's one audit chain against a server administrator: a cut log is caught by
any workstation that saw its head (and named in the user's language), a rewritten one
too; a deleted or changed entry in the middle is named by verify; an operator's own
login cannot delete, change or forge entries."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors
from PySide6.QtCore import QCoreApplication

from hotline.errors import DeskError
from hotline.permissions import Role
from hotline.records import IdentityDetails
from hotline.services import centre as centre_service
from hotline.services import centre_audit
from hotline.storage.server.audit import ServerAuditLog
from hotline.storage.server.audit_errors import (
    CentreLogCut,
    CentreLogRewritten,
    WitnessDamaged,
    WitnessForged,
)
from hotline.storage.server.calls import SealedCall
from hotline.storage.server.seen_head import SeenHead
from hotline.ui import i18n
from tests.server.centre import ServerCentre, set_up
from tests.server.postgres import PostgresServer
from tests.server.workstations import admin_key, enrol, held, witness_key, witness_of

OPERATOR = frozenset({Role.OPERATOR})


@pytest.fixture
def centre(postgres: PostgresServer) -> ServerCentre:
    found = set_up(postgres)
    enrol(found, "leyla", OPERATOR)
    enrol(found, "aysel", OPERATOR)
    return found


def _call(centre: ServerCentre, name: str) -> SealedCall:
    return centre_service.seal_call(
        centre.text_of(name),
        centre.info.vault_public,
        centre_service.new_call_id(),
        datetime(2026, 11, 3, 22, 15, tzinfo=UTC),
        {"topic": "labour"},
        {"notes": "a call back tomorrow"},
        IdentityDetails(name="Test Caller"),
    )


def _save(centre: ServerCentre, name: str, seen: SeenHead, count: int = 1) -> list[int]:
    person = centre.people[name]
    key = person.identity.secrets.signing_private
    assert key is not None
    ids = []
    conn = centre.connect_as(name)
    try:
        centre_audit.check_at_connection(conn, seen)
        for _ in range(count):
            call = _call(centre, name)
            new, conn = centre_audit.send_call(
                lambda: centre.connect_as(name), call, person.user_id, key, seen, conn=conn
            )
            assert new
            ids.append(call.id)
    finally:
        conn.close()
    return ids


def _check(centre: ServerCentre, name: str, seen: SeenHead) -> None:
    with centre.connect_as(name) as conn:
        centre_audit.check_at_connection(conn, seen)


def _in(language: str, error: DeskError) -> str:
    i18n.install(language)
    try:
        return error.message(QCoreApplication.translate)
    finally:
        i18n.install("en")


def test_a_cut_log_is_caught_by_every_workstation_that_saw_it(
    centre: ServerCentre, tmp_path: Path, qapp: Any
) -> None:
    leyla, aysel = witness_of(centre, tmp_path, "leyla"), witness_of(centre, tmp_path, "aysel")
    _save(centre, "leyla", leyla, 3)
    _save(centre, "aysel", aysel, 2)  # aysel's entries come after leyla's
    _check(centre, "leyla", leyla)  # leyla connects again: she witnesses aysel's head too
    seen = leyla.seen()
    assert seen is not None and seen == aysel.seen()
    # The server's administrator removes the last two entries (and the calls they record).
    with centre.superuser() as conn:
        conn.execute("DELETE FROM hotline.audit WHERE seq > %s", (seen.seq - 2,))
    _key, pin = admin_key(centre)
    # A shorter chain is a sound chain, but the two calls it no longer records are named
    # by verify too (the witness names the cut itself, below).
    problems = held(centre).problems
    assert len(problems) == 1 and "2 call(s) on the server have no call.save" in problems[0]
    for name, witness in (("leyla", leyla), ("aysel", aysel)):
        with pytest.raises(CentreLogCut) as caught:
            _check(centre, name, witness)
        assert f"ends at entry {seen.seq - 2}" in caught.value.message()
        assert f"saw it reach entry {seen.seq}" in caught.value.message()
    error = caught.value
    assert "entries were removed from the log on the server" in _in("en", error)
    assert "serverdə jurnaldan qeydlər silinib" in _in("az", error)
    assert "из журнала на сервере удалены записи" in _in("ru", error)
    # Nothing more is written to the cut log: the next save is refused, whole.
    call = _call(centre, "leyla")
    person = centre.people["leyla"]
    key = person.identity.secrets.signing_private
    assert key is not None
    with pytest.raises(CentreLogCut):
        centre_audit.send_call(lambda: centre.connect_as("leyla"), call, person.user_id, key, leyla)
    assert call.id not in held(centre).calls
    assert leyla.seen() == seen  # the evidence is kept: the witness never goes back
    again = SeenHead(leyla.path, centre.info.desk_id, witness_key(centre, "leyla"))
    assert again.seen() == seen  # in its file too
    with centre.connect_as("leyla") as conn:
        problems = centre_audit.verify_centre(conn, pin, leyla)
    assert any("entries were removed" in p for p in problems)


def test_a_cut_and_rewritten_log_is_caught(centre: ServerCentre, tmp_path: Path) -> None:
    leyla = witness_of(centre, tmp_path, "leyla")
    _save(centre, "leyla", leyla, 3)
    seen = leyla.seen()
    assert seen is not None
    with centre.superuser() as conn:
        conn.execute("DELETE FROM hotline.audit WHERE seq > %s", (seen.seq - 2,))
    # A workstation that never saw those entries writes on: the chain grows past them.
    _save(centre, "aysel", witness_of(centre, tmp_path, "aysel-new"), 3)
    with centre.superuser() as conn:
        assert ServerAuditLog(conn).last().seq > seen.seq
    with pytest.raises(CentreLogRewritten) as caught:
        _check(centre, "leyla", leyla)
    assert f"Entry {seen.seq} of the centre's audit log" in caught.value.message()


def test_verify_names_an_entry_removed_or_changed_in_the_middle(
    centre: ServerCentre, tmp_path: Path
) -> None:
    _save(centre, "leyla", witness_of(centre, tmp_path, "leyla"), 4)
    assert held(centre).problems == []
    with centre.superuser() as conn:
        conn.execute("UPDATE hotline.audit SET details = '{}' WHERE seq = 5")
    assert "audit entry 5 was changed after it was written" in held(centre).problems
    with centre.superuser() as conn:
        conn.execute("DELETE FROM hotline.audit WHERE seq = 4")
    problems = held(centre).problems
    assert "audit entry 4 is missing (next is 5)" in problems
    assert "audit entry 5 does not follow the entry before it" in problems


def test_an_operator_cannot_delete_change_or_forge_entries(
    centre: ServerCentre, tmp_path: Path
) -> None:
    _save(centre, "leyla", witness_of(centre, tmp_path, "leyla"), 2)
    for statement in (
        "DELETE FROM hotline.audit",
        "UPDATE hotline.audit SET details = '{}'",
        "TRUNCATE hotline.audit",
    ):
        with centre.connect_as("leyla") as conn, pytest.raises(errors.InsufficientPrivilege):
            conn.execute(statement)
    # In another person's name: the row's author is her login, whatever she writes.
    with centre.connect_as("leyla") as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(
            "INSERT INTO hotline.audit(seq, at, user_id, action, object_type, details,"
            " prev_hash, hash, signature, author) VALUES (999, '', 1, 'x', '', '{}', '', '',"
            " '', %s)",
            (centre.people["aysel"].login,),
        )
    # Signed with her own key but in the first administrator's name: verify names it.
    person = centre.people["leyla"]
    key = person.identity.secrets.signing_private
    assert key is not None
    with centre.connect_as("leyla") as conn:
        ServerAuditLog(conn).append(1, key, "user.roles", "user", 2, {"roles": ["administrator"]})
    problems = held(centre).problems
    assert any("signature that does not verify" in p for p in problems)


def test_a_save_sent_again_after_a_lost_answer_is_one_call_with_one_entry(
    centre: ServerCentre, tmp_path: Path
) -> None:
    leyla = witness_of(centre, tmp_path, "leyla")
    person = centre.people["leyla"]
    key = person.identity.secrets.signing_private
    assert key is not None
    call = _call(centre, "leyla")

    def connect() -> psycopg.Connection[tuple[Any, ...]]:
        return centre.connect_as("leyla")

    first, conn = centre_audit.send_call(connect, call, person.user_id, key, leyla)
    conn.close()
    again, conn = centre_audit.send_call(connect, call, person.user_id, key, leyla)
    conn.close()
    assert (first, again) == (True, False)
    state = held(centre)
    assert state.whole(call.id) and state.problems == []
    with centre.superuser() as su:
        assert ServerAuditLog(su).actions_of("call", call.id) == ["call.save"]
        assert leyla.seen() == ServerAuditLog(su).last()


def test_a_damaged_or_foreign_witness_file_is_named(centre: ServerCentre, tmp_path: Path) -> None:
    path = tmp_path / "leyla.audit-head"
    path.write_text("not json")
    with pytest.raises(WitnessDamaged) as caught:
        _check(centre, "leyla", SeenHead(path, centre.info.desk_id, b"k" * 32))
    assert str(path) in caught.value.message()
    path.write_text('{"desk_id": "another", "seq": 1, "hash": "00"}')
    with pytest.raises(WitnessDamaged):
        _check(centre, "leyla", SeenHead(path, centre.info.desk_id, b"k" * 32))
    assert path.read_text() == '{"desk_id": "another", "seq": 1, "hash": "00"}'  # left as it is


def test_an_edited_or_swapped_witness_file_is_named(centre: ServerCentre, tmp_path: Path) -> None:
    """A person at the workstation moves the witness back to hide a cut of the log: by
    editing the file, by putting another person's file in its place, or by stripping its
    HMAC. Each is named (WitnessForged) and the server's log is not trusted against it."""
    leyla = witness_of(centre, tmp_path, "leyla")
    aysel = witness_of(centre, tmp_path, "aysel")
    _save(centre, "leyla", leyla, 3)
    seen = leyla.seen()
    assert seen is not None
    _check(centre, "aysel", aysel)  # aysel's file holds the same head, under her key
    with centre.superuser() as conn:  # the log cut on the server
        conn.execute("DELETE FROM hotline.audit WHERE seq > %s", (seen.seq - 2,))
        cut = ServerAuditLog(conn).last()
    honest = json.loads(leyla.path.read_text())
    edited = {**honest, "seq": cut.seq, "hash": cut.hash.hex()}  # moved back by hand
    swapped = json.loads(aysel.path.read_text())
    swapped.update(seq=cut.seq, hash=cut.hash.hex())  # aysel's file, moved back
    stripped = {k: v for k, v in edited.items() if k != "mac"}  # as an unkeyed file
    for body in (edited, swapped, stripped):
        leyla.path.write_text(json.dumps(body))
        fresh = witness_of(centre, tmp_path, "leyla")
        with pytest.raises(WitnessForged) as caught:
            _check(centre, "leyla", fresh)
        assert str(leyla.path) in caught.value.message()
    assert "was changed or replaced by someone" in _in("en", caught.value)
    # The honest file, put back, still names the cut.
    leyla.path.write_text(json.dumps(honest))
    with pytest.raises(CentreLogCut):
        _check(centre, "leyla", witness_of(centre, tmp_path, "leyla"))


def test_a_witness_written_before_its_hmac_is_keyed_once(
    centre: ServerCentre, tmp_path: Path
) -> None:
    leyla = witness_of(centre, tmp_path, "leyla")
    _save(centre, "leyla", leyla, 1)
    body = json.loads(leyla.path.read_text())
    leyla.path.write_text(json.dumps({k: v for k, v in body.items() if k != "mac"}))
    fresh = witness_of(centre, tmp_path, "leyla")
    assert fresh.key_unkeyed() is True and fresh.key_unkeyed() is False
    _check(centre, "leyla", witness_of(centre, tmp_path, "leyla"))


def test_a_witness_from_before_its_hmac_is_keyed_at_the_first_sign_in_only(
    centre: ServerCentre, tmp_path: Path
) -> None:
    """The workstation's step (centre_session.witness_of runs key_once at each sign-in):
    the file written before the HMAC is keyed once; stripped of its HMAC after that, it
    is refused."""
    leyla = witness_of(centre, tmp_path, "leyla")
    _save(centre, "leyla", leyla, 1)
    body = json.loads(leyla.path.read_text())
    unkeyed = json.dumps({k: v for k, v in body.items() if k != "mac"})
    leyla.path.write_text(unkeyed)
    marker = tmp_path / "leyla.keyed"
    first = witness_of(centre, tmp_path, "leyla")
    assert first.key_once(marker) is True and marker.exists()
    _check(centre, "leyla", witness_of(centre, tmp_path, "leyla"))
    leyla.path.write_text(unkeyed)  # stripped again, after the first sign-in
    later = witness_of(centre, tmp_path, "leyla")
    assert later.key_once(marker) is False
    with pytest.raises(WitnessForged):
        _check(centre, "leyla", later)
