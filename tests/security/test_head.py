"""Cutting the end of the audit log: with the head file kept, rewritten,
damaged or deleted; and the recovery slot removed from the key file."""

from __future__ import annotations

import json

import pytest

from hotline.records import IdentityDetails
from hotline.services import calls, integrity
from hotline.services.audit_checks import WARN_HEAD_FILE, WARN_LOG_CUT
from hotline.storage.keyfile import RECOVERY, KeyFile
from tests.conftest import (
    ADMIN,
    ADMIN_PW,
    OPERATOR,
    OPERATOR_PW,
    SUPERVISOR,
    SUPERVISOR_PW,
    Desk,
)
from tests.factories import job_in_dubai
from tests.security.attacker import drop_guards, raw_sql


def _supervisor_reads_an_identity(desk: Desk) -> int:
    """The supervisor reads an identity (audited) and signs out: the entry to erase."""
    operator = desk.open(OPERATOR, OPERATOR_PW)
    try:
        assert operator.user is not None
        call_id = calls.save_call(
            operator,
            job_in_dubai(operator.user.id, consent="yes", identity_consent=True),
            identity=IdentityDetails(name="Aygün Məmmədova"),
        ).call_id
    finally:
        operator.close()
    supervisor = desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        calls.read_identity(supervisor, call_id, "curious")
        read_at = supervisor.audit.entries(limit=1)[0].seq
    finally:
        supervisor.close()
    return read_at


def _erase_from(desk: Desk, seq: int, rewrite_head: bool) -> None:
    with raw_sql(desk.paths, OPERATOR, OPERATOR_PW) as sql:
        drop_guards(sql)
        sql.execute("DELETE FROM audit WHERE seq >= ?", (seq,))
        last = sql.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    if rewrite_head:
        desk.paths.audit_head.write_text(json.dumps({"seq": last[0], "hash": bytes(last[1]).hex()}))


@pytest.mark.parametrize("rewrite_head", [False, True], ids=["head-kept", "head-rewritten"])
def test_erased_vault_read_at_the_tail_is_noticed(staffed_desk: Desk, rewrite_head: bool) -> None:
    read_at = _supervisor_reads_an_identity(staffed_desk)
    _erase_from(staffed_desk, read_at, rewrite_head)
    supervisor = staffed_desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        # The supervisor's own slot remembers the head their last session left.
        assert WARN_LOG_CUT in supervisor.warnings
        noticed = supervisor.audit.entries_of("audit.tampering")
        assert any(f"entry {read_at} " in str(e.details["problem"]) for e in noticed)
        assert (WARN_HEAD_FILE in supervisor.warnings) is not rewrite_head
    finally:
        supervisor.close()
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        report = integrity.verify(admin)
    finally:
        admin.close()
    assert not report.ok
    assert any("noticed" in p and "head is gone" in p for p in report.problems)
    if not rewrite_head:  # the sign-in saw the head file ahead of the log
        assert any("noticed" in p and "entries were removed" in p for p in report.problems)


@pytest.mark.parametrize("damage", ["flip", "delete", "garbage"])
def test_damaged_or_deleted_head_file(staffed_desk: Desk, damage: str) -> None:
    head = staffed_desk.paths.audit_head
    if damage == "delete":
        head.unlink()
    elif damage == "garbage":
        head.write_bytes(b"\x00\x01not json")
    else:
        data = json.loads(head.read_text())
        digest = bytearray(bytes.fromhex(data["hash"]))
        digest[5] ^= 0x01
        head.write_text(json.dumps({"seq": data["seq"], "hash": bytes(digest).hex()}))
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        assert WARN_HEAD_FILE in operator.warnings
    finally:
        operator.close()
    problems = staffed_desk.verify_problems()
    expected = {"flip": "differs from the head", "delete": "missing", "garbage": "damaged"}
    assert any(expected[damage] in p for p in problems) or any("head file" in p for p in problems)


def test_removed_recovery_slot_is_named_by_verify(staffed_desk: Desk) -> None:
    path = staffed_desk.paths.key_file
    keyfile = KeyFile.load(path)
    del keyfile.slots[RECOVERY]
    keyfile.grants = [g for g in keyfile.grants if g.holder != RECOVERY]
    keyfile.save(path)
    assert any("recovery slot is missing" in p for p in staffed_desk.verify_problems())


def test_a_full_disk_at_sign_out_keeps_the_older_slot_head(
    staffed_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    before = staffed_desk.paths.key_file.read_bytes()

    def disk_full(self: KeyFile, path: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(KeyFile, "save", disk_full)
    operator.close()  # no error: the slot keeps its older head
    monkeypatch.undo()
    assert staffed_desk.paths.key_file.read_bytes() == before
    again = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        assert WARN_LOG_CUT not in again.warnings and WARN_HEAD_FILE not in again.warnings
    finally:
        again.close()
