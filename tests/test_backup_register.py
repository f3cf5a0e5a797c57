"""The backup register: every backup recorded beside the desk, surviving a restore,
signed with the export key so that an insider's edit shows."""

from __future__ import annotations

import json
import tarfile
from pathlib import Path

import pytest

from hotline.crypto import signing
from hotline.errors import PermissionDenied
from hotline.services import backup, backup_register, integrity
from hotline.services.session import Session
from hotline.storage.backup_register import BackupRegister, RegisterDamaged
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, Desk
from tests.security.attacker import database_key


def _register_file(desk: Desk) -> Path:
    return backup_register.register_path(desk.paths)


def test_every_backup_is_recorded_with_its_facts(admin_session: Session, tmp_path: Path) -> None:
    first = backup.backup(admin_session, tmp_path / "one.tar", trigger="manual")
    second = backup.backup(admin_session, tmp_path / "two.tar", trigger="daily")
    found = backup_register.entries(admin_session)
    assert [e.path for e in found] == [first.path, second.path]
    one = found[0]
    assert one.sha256 == first.sha256 and one.size == first.size == first.path.stat().st_size
    assert one.verified and one.verified_at is not None and one.trigger == "manual"
    assert one.by == admin_session.user_id and one.calls == 0
    with tarfile.open(first.path) as tar:
        member = tar.extractfile("manifest.json")
        assert member is not None
        manifest_head = json.loads(member.read())["audit_head"]
    assert (one.audit_head_seq, one.audit_head_hash) == (
        manifest_head["seq"],
        manifest_head["hash"],
    )
    newest = backup_register.newest_verified(admin_session)
    assert newest is not None and newest.path == second.path
    # The audit entry of each backup names its register line.
    audited = admin_session.audit.entries_of("desk.backup")
    assert [e.details["register"][0] for e in audited] == [first.register_seq, second.register_seq]


def test_marks_change_what_counts(admin_session: Session, tmp_path: Path) -> None:
    made = backup.backup(admin_session, tmp_path / "one.tar")
    backup_register.mark_verified(admin_session, made.register_seq, False, "checksum")
    entry = backup_register.entries(admin_session)[0]
    assert not entry.verified and entry.problem == "checksum"
    assert backup_register.newest_verified(admin_session) is None
    backup_register.mark_verified(admin_session, made.register_seq, True)
    register = backup_register.open_register(admin_session, writing=True)
    register.mark(made.register_seq, "sealed", admin_session.user_id, {"through_decision": 7})
    entry = backup_register.entries(admin_session)[0]
    assert entry.verified and [m.kind for m in entry.marks] == ["verified", "verified", "sealed"]
    assert entry.marks_of("sealed")[0].fields == {"through_decision": 7}
    with pytest.raises(RegisterDamaged):
        register.mark(99, "sealed", None, {})


def test_the_register_survives_a_restore(new_desk: Desk, tmp_path: Path) -> None:
    session = new_desk.open()
    try:
        early = backup.backup(session, tmp_path / "early.tar")
        late = backup.backup(session, tmp_path / "late.tar")
    finally:
        session.close()
    backup.restore(new_desk.paths, early.path, ADMIN, ADMIN_PW)
    session = new_desk.open()
    try:
        paths = [e.path for e in backup_register.entries(session)]
        assert paths == [early.path, late.path]  # the later backup is still known
        assert integrity.verify(session).ok
    finally:
        session.close()


def test_an_operator_cannot_read_or_write_it(staffed_desk: Desk, tmp_path: Path) -> None:
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        with pytest.raises(PermissionDenied):
            backup_register.entries(operator)
        with pytest.raises(PermissionDenied):
            backup_register.open_register(operator, writing=True)
    finally:
        operator.close()


def test_an_insiders_edit_is_detected(staffed_desk: Desk, tmp_path: Path) -> None:
    """The operator edits the file (and re-signs with every key they hold): verify says so,
    and the next backup sets the damaged register aside and begins a new one."""
    admin = staffed_desk.open()
    try:
        made = backup.backup(admin, tmp_path / "one.tar")
    finally:
        admin.close()
    path = _register_file(staffed_desk)
    line = json.loads(path.read_bytes().splitlines()[0])
    line["body"]["fields"]["verified"] = True
    line["body"]["fields"]["path"] = "/media/usb/elsewhere.tar"
    # The operator's own key is the only signing key they hold besides the database key.
    own = database_key(staffed_desk.paths, OPERATOR, OPERATOR_PW)
    line["sig"] = signing.sign(own, json.dumps(line["body"], sort_keys=True).encode()).hex()
    path.write_text(json.dumps(line) + "\n")

    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        report = integrity.verify(admin)
        assert any("backup register" in p and "signature" in p for p in report.problems)
        with pytest.raises(RegisterDamaged):
            backup_register.entries(admin)
        again = backup.backup(admin, tmp_path / "two.tar")
        kept = list(staffed_desk.paths.root.glob("backups-damaged-*.jsonl"))
        assert len(kept) == 1
        assert [e.path for e in backup_register.entries(admin)] == [again.path]
        assert admin.audit.entries_of("backup.register_damaged")
    finally:
        admin.close()
    assert made.path.exists()


@pytest.mark.parametrize("attack", ["cut", "reorder", "drop-middle", "delete"])
def test_lines_removed_or_moved_show(admin_session: Session, tmp_path: Path, attack: str) -> None:
    for name in ("a", "b", "c"):
        backup.backup(admin_session, tmp_path / f"{name}.tar")
    path = backup_register.register_path(admin_session.paths)
    lines = path.read_bytes().splitlines()
    if attack == "delete":
        kept = []
    elif attack == "cut":
        kept = lines[:-1]
    elif attack == "reorder":
        kept = [lines[1], lines[0], lines[2]]
    else:
        kept = [lines[0], lines[2]]
    path.write_bytes(b"".join(x + b"\n" for x in kept))
    problems = backup_register.check(admin_session)
    assert problems, attack
    if attack in ("cut", "delete"):  # what is left is whole: the audit log names the loss
        assert "no longer holds line 3" in problems[-1]


def test_a_register_of_another_desk_is_refused(admin_session: Session, tmp_path: Path) -> None:
    backup.backup(admin_session, tmp_path / "a.tar")
    path = backup_register.register_path(admin_session.paths)
    other = BackupRegister(path, "0" * 32, admin_session.export_public)
    with pytest.raises(RegisterDamaged, match="another desk"):
        other.entries()


def test_no_call_content_in_the_register(admin_session: Session, tmp_path: Path) -> None:
    backup.backup(admin_session, tmp_path / "a.tar")
    body = json.loads(backup_register.register_path(admin_session.paths).read_bytes())["body"]
    assert set(body["fields"]) == {
        "path",
        "sha256",
        "size",
        "calls",
        "audit_head",
        "trigger",
        "verified",
        "problem",
    }
