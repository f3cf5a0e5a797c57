"""A member whose password an administrator reset (new keys) signs in again on a
workstation she used before: her witness of the chain's head and her outbox there were
keyed by her earlier key. The witness of the earlier key is replaced by a fresh one at
the server's head (audited in the chain), the outbox and her own desk file are moved
aside, never deleted, and the sign-in says so; a witness edited on the disk is still
refused, before the reset and after it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from hotline.services import centre_audit, centre_people
from hotline.services.centre_session import (
    WARN_EARLIER_KEY,
    open_centre,
    open_centre_offline,
    person_folder,
)
from hotline.storage.audit_log import Head
from hotline.storage.server.audit import ServerAuditLog
from hotline.storage.server.audit_errors import WitnessForged
from hotline.storage.server.seen_head import SeenHead
from hotline.storage.server.workstation import Workstation
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW
from tests.server.enrolled import JoinedCentre
from tests.server.offline import own_server, running
from tests.server.postgres import PostgresServer
from tests.server.test_offline_signin import _admin, _centre, _save, _server_ids

NEW_PW = "a brand new password for the night"


@pytest.fixture(scope="module")
def server() -> Iterator[PostgresServer]:
    yield from own_server()


def _user_id(joined: JoinedCentre) -> int:
    admin = centre_people.sign_in(joined.first, ADMIN, ADMIN_PW)
    try:
        return admin.keyfile.names[OPERATOR.lower()]
    finally:
        admin.close()


def _edit(witness: Path, seq: int) -> None:
    data = json.loads(witness.read_text(encoding="utf-8"))
    data["seq"] = seq
    witness.write_text(json.dumps(data), encoding="utf-8")


def _chain(joined: JoinedCentre) -> tuple[list[str], list[str]]:
    admin = centre_people.sign_in(joined.first, ADMIN, ADMIN_PW)
    try:
        log = ServerAuditLog(admin.conn)
        actions = [str(r[3]) for r in log.rows()]
        return actions, centre_audit.verify_centre(admin.conn, admin.secrets.pins.root)
    finally:
        admin.close()


def _keep_a_call_offline(server: PostgresServer, ws: Workstation) -> int:
    server.stop()
    try:
        session = open_centre_offline(ws, OPERATOR, OPERATOR_PW, send=False)
        try:
            kept = _save(session)
            assert session.outbox is not None and session.outbox.store.holds(kept)
        finally:
            session.close()
    finally:
        server.start()
    return kept


def test_after_a_reset_she_signs_in_on_her_workstation_and_her_kept_calls_wait_aside(
    server: PostgresServer, tmp_path: Path
) -> None:
    joined, ws = _centre(server, tmp_path)
    folder = person_folder(ws, _user_id(joined))
    assert (folder / "audit-head").exists()
    kept = _keep_a_call_offline(server, ws)
    outbox = next(folder.glob("outbox-*.db"))
    before = outbox.read_bytes()
    _admin(joined, "reset_password", OPERATOR, NEW_PW)

    session = open_centre(ws, OPERATOR, NEW_PW, send=False)
    try:
        assert WARN_EARLIER_KEY in session.warnings
        assert session.outbox is not None and session.outbox.store.count() == 0
        assert not session.outbox.store.holds(kept)
    finally:
        session.close()
    # The earlier key's files are kept aside, byte for byte, never deleted.
    aside = sorted(p.name for p in folder.glob("*before-reset*"))
    assert any(n.startswith("outbox-") for n in aside), aside
    assert any(n.startswith("audit-head") for n in aside), aside
    assert any(n.startswith("desk") for n in aside), aside
    moved = next(p for p in folder.glob("outbox-*before-reset*") if p.suffix == ".db")
    assert moved.read_bytes() == before
    assert _server_ids(joined) == []  # not sent: her earlier key is not hers any more
    actions, problems = _chain(joined)
    assert problems == []
    assert actions.count("witness.restarted") == 1
    assert actions.index("witness.restarted") > actions.index("user.reset")

    # The next sign-in is an ordinary one: the fresh witness holds, nothing said again.
    again = open_centre(ws, OPERATOR, NEW_PW, send=False)
    try:
        assert WARN_EARLIER_KEY not in again.warnings
    finally:
        again.close()
    assert _chain(joined)[0].count("witness.restarted") == 1


def test_a_witness_edited_on_the_disk_is_still_refused_without_a_reset(
    server: PostgresServer, tmp_path: Path
) -> None:
    joined, ws = _centre(server, tmp_path)
    witness = person_folder(ws, _user_id(joined)) / "audit-head"
    _edit(witness, 1)
    with pytest.raises(WitnessForged):
        open_centre(ws, OPERATOR, OPERATOR_PW, send=False)
    assert "witness.restarted" not in _chain(joined)[0]


def test_the_fresh_witness_after_a_reset_edited_on_the_disk_is_refused(
    server: PostgresServer, tmp_path: Path
) -> None:
    """After the reset her witness is under her new key: editing it (even naming a head
    before the reset, as an earlier key's witness would) is refused."""
    joined, ws = _centre(server, tmp_path)
    _admin(joined, "reset_password", OPERATOR, NEW_PW)
    open_centre(ws, OPERATOR, NEW_PW, send=False).close()
    witness = person_folder(ws, _user_id(joined)) / "audit-head"
    _edit(witness, json.loads(witness.read_text(encoding="utf-8"))["seq"] - 1)
    with pytest.raises(WitnessForged):
        open_centre(ws, OPERATOR, NEW_PW, send=False)


def test_a_witness_edited_after_a_reset_of_another_member_is_refused(
    server: PostgresServer, tmp_path: Path
) -> None:
    """Only a reset of her own counts: an administrator's reset of someone else does not
    let an edited witness of hers pass."""
    joined, ws = _centre(server, tmp_path)
    admin = centre_people.sign_in(joined.first, ADMIN, ADMIN_PW)
    try:
        centre_people.add_user(admin, "qz7other", frozenset(admin.roles), OPERATOR_PW)
        centre_people.reset_password(admin, "qz7other", NEW_PW)
    finally:
        admin.close()
    witness = person_folder(ws, _user_id(joined)) / "audit-head"
    _edit(witness, 1)
    with pytest.raises(WitnessForged):
        open_centre(ws, OPERATOR, OPERATOR_PW, send=False)
    assert running(server)


def test_a_witness_written_before_the_key_field_still_holds_and_is_then_named(
    tmp_path: Path,
) -> None:
    """Files written before the witness named its key hold as they are (same HMAC); the
    next head written names the key under the HMAC, and an edit of the key is refused."""
    path = tmp_path / "audit-head"
    SeenHead(path, "desk-1", b"k" * 32).saw(Head(3, b"\x01" * 32))
    assert "key" not in json.loads(path.read_text(encoding="utf-8"))
    named = SeenHead(path, "desk-1", b"k" * 32, key_id="ab" * 32)
    assert named.seen() == Head(3, b"\x01" * 32)
    named.saw(Head(4, b"\x02" * 32))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["key"] == "ab" * 32
    assert SeenHead(path, "desk-1", b"k" * 32).seen() == Head(4, b"\x02" * 32)
    data["key"] = "cd" * 32
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(WitnessForged):
        SeenHead(path, "desk-1", b"k" * 32).seen()
    assert SeenHead(path, "desk-1", b"k" * 32).claimed() == (4, "cd" * 32)
