"""Every file of the desk rolled back to an older copy: the desk cannot see it by
itself; a backup or an export manifest kept elsewhere, given as a witness, does."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hotline.services import backup, calls, integrity
from hotline.services import export as ex
from hotline.services.witness import WitnessUnreadable
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, Desk
from tests.factories import job_in_dubai
from tests.helpers import hotline
from tests.security.attacker import drop_guards, raw_sql


def _save_a_call(desk: Desk) -> None:
    operator = desk.open(OPERATOR, OPERATOR_PW)
    try:
        assert operator.user is not None
        calls.save_call(operator, job_in_dubai(operator.user.id))
    finally:
        operator.close()


def test_whole_desk_rolled_back_is_caught_by_a_backup_as_witness(
    staffed_desk: Desk, tmp_path: Path
) -> None:
    root = staffed_desk.paths.root
    older = tmp_path / "older-copy"
    shutil.copytree(root, older, ignore=shutil.ignore_patterns("*.lock", "logs"))
    _save_a_call(staffed_desk)
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        witness = backup.backup(admin, tmp_path / "monday.backup").path
    finally:
        admin.close()
    # The insider puts every file of the desk back as it was before.
    for item in older.iterdir():
        if item.is_file():
            shutil.copy2(item, root / item.name)
    for leftover in ("desk.db-wal", "desk.db-shm"):
        if not (older / leftover).exists():
            (root / leftover).unlink(missing_ok=True)

    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        assert integrity.verify(admin).ok  # consistent with itself: the limit of the design
        report = integrity.verify(admin, witness)
    finally:
        admin.close()
    assert not report.ok
    assert any("monday.backup witnessed audit entry" in p for p in report.problems)


def test_verify_witness_on_the_command_line(staffed_desk: Desk, tmp_path: Path) -> None:
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        witness = backup.backup(admin, tmp_path / "ok.backup").path
    finally:
        admin.close()
    data = staffed_desk.paths.root
    good = hotline(data, "verify", "--witness", str(witness), user=ADMIN, stdin=ADMIN_PW + "\n")
    assert good.returncode == 0, good.stdout + good.stderr
    junk = tmp_path / "junk.json"
    junk.write_text("[]")
    bad = hotline(data, "verify", "--witness", str(junk), user=ADMIN, stdin=ADMIN_PW + "\n")
    assert bad.returncode == 1
    assert "neither a backup nor an export manifest" in bad.stdout + bad.stderr
    assert "Traceback" not in bad.stderr


def test_an_export_manifest_witnesses_the_head(staffed_desk: Desk, tmp_path: Path) -> None:
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        result = ex.export(
            admin,
            "calls_by_topic",
            "2026-02",
            "public",
            "csv",
            tmp_path / "e.csv",
            clock=lambda: datetime(2026, 4, 1, tzinfo=UTC),
        )
        assert integrity.verify(admin, result.manifest).ok
        seq = json.loads(result.manifest.read_text())["audit_chain_head"]["seq"]
    finally:
        admin.close()
    with raw_sql(staffed_desk.paths, OPERATOR, OPERATOR_PW) as sql:
        drop_guards(sql)
        sql.execute("DELETE FROM audit WHERE seq >= ?", (seq,))
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        report = integrity.verify(admin, result.manifest)
    finally:
        admin.close()
    assert any("export manifest e.csv.manifest.json witnessed" in p for p in report.problems)
    forged = tmp_path / "forged.manifest.json"
    body = json.loads(result.manifest.read_text())
    body["audit_chain_head"]["seq"] = 1
    forged.write_text(json.dumps(body))
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        with pytest.raises(WitnessUnreadable):
            integrity.verify(admin, forged)
    finally:
        admin.close()
