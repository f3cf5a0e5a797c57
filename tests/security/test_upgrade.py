"""A desk written by the previous version (key file hotline-keys/1) migrates forward:
its slots get the audit pins at their holders' next sign-out, its draft-sealed vault
entries are bound to their calls, and from then on the defences hold."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from hotline.paths import DeskPaths
from hotline.permissions import Role
from hotline.records import IdentityDetails
from hotline.services import calls, desk, integrity
from hotline.services.audit_checks import WARN_LOG_CUT
from hotline.services.keys import open_slot
from hotline.storage.keyfile import FORMAT, KeyFile
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW
from tests.security.attacker import drop_guards, raw_sql

FIXTURE = Path(__file__).parent / "fixtures" / "desk-v1"


@pytest.fixture
def old_desk(tmp_path: Path) -> DeskPaths:
    root = tmp_path / "desk"
    shutil.copytree(FIXTURE, root)
    root.chmod(0o700)
    return DeskPaths(root)


def test_previous_version_desk_opens_and_migrates(old_desk: DeskPaths) -> None:
    assert json.loads(old_desk.key_file.read_text())["format"] == "hotline-keys/1"
    for name, password, roles in (
        (ADMIN, ADMIN_PW, {Role.ADMINISTRATOR, Role.SUPERVISOR}),
        (OPERATOR, OPERATOR_PW, {Role.OPERATOR}),
        (SUPERVISOR, SUPERVISOR_PW, {Role.SUPERVISOR}),
    ):
        session = desk.unlock(old_desk, name, password)
        try:
            assert session.roles == frozenset(roles)
            assert not [w for w in session.warnings if "audit" in w.lower()]
        finally:
            session.close()
    keyfile = KeyFile.load(old_desk.key_file)
    assert json.loads(old_desk.key_file.read_text())["format"] == FORMAT
    holder = keyfile.holder_for(OPERATOR)
    assert holder is not None
    pins = open_slot(keyfile, holder, OPERATOR_PW, None).pins
    assert pins.root is not None and pins.head_seq > 0  # pinned at sign-out
    supervisor = desk.unlock(old_desk, SUPERVISOR, SUPERVISOR_PW)
    try:
        (context,) = supervisor.db.query("SELECT context FROM vault_entries")[0]
        assert context == "call+draft"  # bound to its call at the first sign-in
        call_id = int(supervisor.db.scalar("SELECT call_id FROM vault_entries"))
        assert calls.read_identity(supervisor, call_id, "court request 15") == [
            IdentityDetails(name="Aygün Məmmədova")
        ]
    finally:
        supervisor.close()
    admin = desk.unlock(old_desk, ADMIN, ADMIN_PW)
    try:
        report = integrity.verify(admin)
    finally:
        admin.close()
    assert report.ok, report.problems


def test_after_the_upgrade_a_cut_log_is_noticed(old_desk: DeskPaths) -> None:
    supervisor = desk.unlock(old_desk, SUPERVISOR, SUPERVISOR_PW)
    supervisor.close()  # the slot now keeps the head
    with raw_sql(old_desk, OPERATOR, OPERATOR_PW) as sql:
        drop_guards(sql)
        last = int(sql.execute("SELECT max(seq) FROM audit").fetchone()[0])
        sql.execute("DELETE FROM audit WHERE seq > ?", (last - 2,))
        head = sql.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    old_desk.audit_head.write_text(json.dumps({"seq": head[0], "hash": bytes(head[1]).hex()}))
    supervisor = desk.unlock(old_desk, SUPERVISOR, SUPERVISOR_PW)
    try:
        assert WARN_LOG_CUT in supervisor.warnings
    finally:
        supervisor.close()
