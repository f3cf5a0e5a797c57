"""Scheduled backups: the folder chosen once, daily and at sign-out, the last N kept,
and a destination that is gone, read-only or full told plainly."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from hotline.errors import InvalidInput, PermissionDenied
from hotline.records import utcnow
from hotline.services import backup, backup_register, backup_schedule
from hotline.services.backup import FolderFull, FolderMissing, FolderReadOnly
from hotline.services.session import Session
from tests.conftest import OPERATOR, OPERATOR_PW, Desk


def _mount(where: Path, options: str) -> Iterator[Path]:
    where.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"mount -t tmpfs is not permitted here: {done.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


@pytest.fixture
def small_drive(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB drive: too small for a backup of a desk (a real ENOSPC)."""
    yield from _mount(tmp_path / "small", "size=1m")


@pytest.fixture
def drive(tmp_path: Path) -> Iterator[Path]:
    """An 8 MiB drive: room for a small desk's backup."""
    yield from _mount(tmp_path / "drive", "size=8m")


@pytest.fixture
def read_only_drive(tmp_path: Path) -> Iterator[Path]:
    yield from _mount(tmp_path / "ro", "size=8m,ro")


def _usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir(exist_ok=True)
    return folder


def test_the_schedule_is_a_setting_of_the_desk_and_audited(
    admin_session: Session, tmp_path: Path
) -> None:
    assert backup_schedule.schedule(admin_session) == backup_schedule.Schedule(None, False, 7)
    folder = _usb(tmp_path)
    backup_schedule.set_schedule(admin_session, folder, True, 3)
    assert backup_schedule.schedule(admin_session) == backup_schedule.Schedule(folder, True, 3)
    entry = admin_session.audit.entries_of("desk.settings")[-1]
    assert entry.details == {"backup_folder": str(folder), "backup_daily": True, "backup_keep": 3}
    with pytest.raises(InvalidInput):
        backup_schedule.set_schedule(admin_session, folder, True, 0)
    with pytest.raises(InvalidInput, match="desk's own folder"):
        backup_schedule.set_schedule(admin_session, admin_session.paths.root / "b", True, 3)
    with pytest.raises(FolderMissing):
        backup_schedule.set_schedule(admin_session, tmp_path / "not-plugged-in", True, 3)
    assert backup_schedule.schedule(admin_session).folder == folder


def test_an_operator_cannot_change_it_or_back_up(staffed_desk: Desk, tmp_path: Path) -> None:
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        with pytest.raises(PermissionDenied):
            backup_schedule.set_schedule(operator, _usb(tmp_path), True, 3)
        with pytest.raises(PermissionDenied):
            backup_schedule.back_up_now(operator)
        assert not backup_schedule.due(operator)
        assert backup_schedule.back_up_at_sign_out(operator) is None
    finally:
        operator.close()


def test_daily_is_due_once_a_day(admin_session: Session, tmp_path: Path) -> None:
    assert not backup_schedule.due(admin_session)  # nothing chosen yet
    backup_schedule.set_schedule(admin_session, _usb(tmp_path), True, 3)
    assert backup_schedule.due(admin_session)
    made = backup_schedule.back_up_if_due(admin_session)
    assert made is not None and made.path.parent == _usb(tmp_path)
    assert not backup_schedule.due(admin_session)
    assert backup_schedule.back_up_if_due(admin_session) is None
    assert backup_schedule.due(admin_session, utcnow() + timedelta(hours=25))
    entry = backup_register.entries(admin_session)[-1]
    assert entry.trigger == "daily" and entry.verified


def test_keep_the_last_n(admin_session: Session, tmp_path: Path) -> None:
    folder = _usb(tmp_path)
    backup_schedule.set_schedule(admin_session, folder, False, 2)
    made = [backup_schedule.back_up_now(admin_session).path for _ in range(4)]
    assert len(set(made)) == 4  # written within a second, each has its own name
    assert sorted(folder.iterdir()) == sorted(made[-2:])
    entries = backup_register.entries(admin_session)
    assert [e.removed for e in entries] == [True, True, False, False]
    assert entries[0].marks_of("removed")[0].fields == {"reason": "rotated"}
    assert admin_session.audit.entries_of("desk.backup_rotated")


def test_rotation_never_deletes_a_file_it_did_not_write(
    admin_session: Session, tmp_path: Path
) -> None:
    folder = _usb(tmp_path)
    backup_schedule.set_schedule(admin_session, folder, False, 1)
    first = backup_schedule.back_up_now(admin_session)
    first.path.write_bytes(b"someone else's file now")
    later = backup_schedule.back_up_now(admin_session)
    assert first.path.read_bytes() == b"someone else's file now"
    assert later.path.exists()
    assert not backup_register.entries(admin_session)[0].removed


def test_a_drive_that_is_gone(admin_session: Session, tmp_path: Path) -> None:
    folder = _usb(tmp_path)
    backup_schedule.set_schedule(admin_session, folder, True, 3)
    folder.rmdir()  # the USB drive pulled out
    with pytest.raises(FolderMissing) as caught:
        backup_schedule.back_up_now(admin_session)
    assert "plug in the backup drive" in caught.value.message()
    assert backup_register.entries(admin_session) == []


def test_a_read_only_drive(admin_session: Session, read_only_drive: Path) -> None:
    with pytest.raises(FolderReadOnly):
        backup_schedule.set_schedule(admin_session, read_only_drive, True, 3)
    with pytest.raises(FolderReadOnly):
        backup.backup(admin_session, read_only_drive / "b.tar")
    assert backup_register.entries(admin_session) == []


def test_a_full_drive(admin_session: Session, small_drive: Path) -> None:
    from hotline.services import calls
    from tests.factories import job_in_dubai

    assert admin_session.user is not None
    for _ in range(30):
        calls.save_call(admin_session, job_in_dubai(admin_session.user.id, notes="x" * 4000))
    backup_schedule.set_schedule(admin_session, small_drive, True, 3)
    with pytest.raises(FolderFull) as caught:
        backup_schedule.back_up_now(admin_session)
    assert "MB free" in caught.value.message()
    assert backup_register.entries(admin_session) == []
    assert list(small_drive.iterdir()) == []  # no half-written file left behind


def test_a_drive_that_fills_while_writing(
    admin_session: Session, drive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The free-space check passes, then another program takes the room: ENOSPC mid-write
    is told as a full drive and leaves no partial file."""
    backup_schedule.set_schedule(admin_session, drive, True, 3)
    original = backup._write_archive

    def fill_then_write(session: Session, out: Path, progress: backup.Progress) -> int:
        with contextlib.suppress(OSError), (drive / "filler").open("wb") as handle:
            while True:
                handle.write(b"\0" * 4096)
        return original(session, out, progress)

    monkeypatch.setattr(backup, "_write_archive", fill_then_write)
    with pytest.raises(FolderFull):
        backup_schedule.back_up_now(admin_session)
    assert [p.name for p in drive.iterdir()] == ["filler"]
    assert backup_register.entries(admin_session) == []


def test_a_damaged_backup_is_found_by_opening_it(admin_session: Session, tmp_path: Path) -> None:
    made = backup.backup(admin_session, tmp_path / "b.tar")
    assert backup.check_archive(admin_session, made.path).problems == ()
    data = bytearray(made.path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    made.path.write_bytes(bytes(data))
    found = backup.check_archive(admin_session, made.path)
    assert found.problems and not found.opened
    made.path.write_bytes(b"not a tar")
    assert backup.check_archive(admin_session, made.path).problems


def test_leftovers_of_a_killed_backup_are_cleaned(admin_session: Session, tmp_path: Path) -> None:
    folder = _usb(tmp_path)
    backup_schedule.set_schedule(admin_session, folder, False, 3)
    desk_id = admin_session.keyfile.desk_id[:8]
    partial = folder / f".hotline-{desk_id}-20260101-000000.tar.partial"
    partial.write_bytes(b"half a backup")
    someone_elses = folder / ".other.tar.partial"
    someone_elses.write_bytes(b"not ours")
    work = admin_session.paths.root / ".backup-0123456789ab"
    work.mkdir()
    (work / "desk.db").write_bytes(b"an encrypted copy, cut off")
    backup_schedule.back_up_now(admin_session)
    assert not partial.exists() and not work.exists()
    assert someone_elses.exists()
