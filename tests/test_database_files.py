"""What the desk does with damaged, foreign or busy database files."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from hotline.errors import AlreadyOpen, DamagedDesk, DatabaseMissing, NotADesk
from hotline.services import desk, integrity
from hotline.services.session import Session
from hotline.storage.database import PAGE_SIZE
from tests.conftest import ADMIN, ADMIN_PW, Desk
from tests.helpers import child_env, hotline


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_empty_file_is_refused_never_replaced(new_desk: Desk) -> None:
    new_desk.paths.database.write_bytes(b"")
    with pytest.raises(NotADesk, match="empty"):
        desk.unlock(new_desk.paths, ADMIN, ADMIN_PW)
    assert new_desk.paths.database.read_bytes() == b""


def test_plain_sqlite_file_is_refused(new_desk: Desk) -> None:
    import sqlite3

    new_desk.paths.database.unlink()
    plain = sqlite3.connect(new_desk.paths.database)
    plain.execute("CREATE TABLE calls(x)")
    plain.commit()
    plain.close()
    before = digest(new_desk.paths.database)
    with pytest.raises(NotADesk, match="plain, unencrypted"):
        desk.unlock(new_desk.paths, ADMIN, ADMIN_PW)
    assert digest(new_desk.paths.database) == before


def test_truncated_file_is_refused(new_desk: Desk) -> None:
    data = new_desk.paths.database.read_bytes()
    new_desk.paths.database.write_bytes(data[: PAGE_SIZE + 100])
    with pytest.raises(NotADesk, match="truncated"):
        desk.unlock(new_desk.paths, ADMIN, ADMIN_PW)


def test_missing_database_with_key_file_is_not_a_new_desk(new_desk: Desk) -> None:
    new_desk.paths.database.unlink()
    with pytest.raises(DatabaseMissing):
        desk.unlock(new_desk.paths, ADMIN, ADMIN_PW)
    with pytest.raises(DatabaseMissing):
        desk.unlock_with_recovery(new_desk.paths, new_desk.recovery_code)
    assert not new_desk.paths.database.exists()


def test_flipped_byte_in_the_first_page(new_desk: Desk) -> None:
    data = bytearray(new_desk.paths.database.read_bytes())
    data[100] ^= 0x01
    new_desk.paths.database.write_bytes(bytes(data))
    before = digest(new_desk.paths.database)
    with pytest.raises(DamagedDesk) as info:
        desk.unlock(new_desk.paths, ADMIN, ADMIN_PW)
    assert "damaged or was changed" in info.value.message()
    assert digest(new_desk.paths.database) == before


def test_flipped_byte_in_a_later_page_is_found_by_verify(new_desk: Desk) -> None:
    session = new_desk.open()
    try:
        from hotline.services import demo

        demo.generate(session, 400, seed=3)
        session.db.checkpoint()
    finally:
        session.close()
    path = new_desk.paths.database
    pages = path.stat().st_size // PAGE_SIZE
    assert pages > 5
    data = bytearray(path.read_bytes())
    offset = (pages - 2) * PAGE_SIZE + 1000
    data[offset] ^= 0x40
    path.write_bytes(bytes(data))
    damaged_region = bytes(data[offset - 16 : offset + 16])
    result = hotline(new_desk.paths.root, "verify", user=ADMIN, stdin=f"{ADMIN_PW}\n")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "PROBLEMS" in result.stdout or "damaged" in result.stderr
    # The damaged page was not "repaired" behind the administrator's back.
    assert path.read_bytes()[offset - 16 : offset + 16] == damaged_region


def test_second_process_gets_a_clear_message(new_desk: Desk) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys
            from pathlib import Path
            from hotline.paths import DeskPaths
            from hotline.services import desk
            s = desk.unlock(DeskPaths(Path({str(new_desk.paths.root)!r})), {ADMIN!r}, {ADMIN_PW!r})
            print("open", flush=True)
            sys.stdin.readline()
            s.close()
        """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(AlreadyOpen) as info:
            desk.unlock(new_desk.paths, ADMIN, ADMIN_PW)
        assert f"process {holder.pid}" in info.value.message()
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(30)
    desk.unlock(new_desk.paths, ADMIN, ADMIN_PW).close()


def test_verify_is_clean_on_a_fresh_desk(admin_session: Session) -> None:
    report = integrity.verify(admin_session)
    assert report.ok, report.problems
    assert "the desk is not bound to this machine's keychain" in report.warnings


def test_audit_tampering_is_found(new_desk: Desk) -> None:
    session = new_desk.open()
    try:
        session.db.execute("DROP TRIGGER audit_no_update")
        session.db.execute("UPDATE audit SET details = '{\"forged\": 1}' WHERE seq = 1")
        problems = session.audit.verify()
        assert any("changed after it was written" in p for p in problems)
    finally:
        session.close()


def test_audit_truncation_is_found_by_the_head_outside(new_desk: Desk) -> None:
    session = new_desk.open()
    try:
        session.db.execute("DROP TRIGGER audit_no_delete")
        last = session.db.scalar("SELECT max(seq) FROM audit")
        session.db.execute("DELETE FROM audit WHERE seq = ?", (last,))
        problems = session.audit.verify()
        assert any("entries were removed" in p for p in problems), problems
    finally:
        session.db.close()
        session.lock.release()
