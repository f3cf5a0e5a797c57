"""The command line, run for real in child processes."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from hotline import __version__
from tests.helpers import hotline

ADMIN_PW = "night shift on the quiet line"
OP_PW = "tea gets cold at three in the morning"


@pytest.fixture
def cli_desk(tmp_path: Path) -> Path:
    data = tmp_path / "desk"
    result = hotline(
        data, "init", "--admin", "admin", "--no-keychain", stdin=f"{ADMIN_PW}\n{ADMIN_PW}\n"
    )
    assert result.returncode == 0, result.stderr
    assert "RECOVERY CODE" in result.stdout
    assert "NOT bound to a keychain" in result.stdout
    return data


def as_admin(data: Path, *args: str, extra: str = "") -> subprocess.CompletedProcess[str]:
    return hotline(data, *args, user="admin", stdin=f"{ADMIN_PW}\n{extra}")


def test_four_eyes_on_the_command_line(cli_desk: Path) -> None:
    """With a supervisor on the desk, 'users roles' makes a request; the supervisor
    approves it in their own session; the same command again carries it out, once."""
    for name, roles in (("leyla", "operator"), ("rashad", "supervisor")):
        made = as_admin(cli_desk, "users", "add", name, "--roles", roles, extra=f"{OP_PW}\n" * 2)
        assert made.returncode == 0, made.stderr
    asked = as_admin(cli_desk, "users", "roles", "leyla", "operator,supervisor")
    assert asked.returncode == 0, asked.stderr
    assert "needs a second person" in asked.stdout
    request_id = asked.stdout.split("Request ", 1)[1].split(" ", 1)[0]
    twice = as_admin(cli_desk, "users", "roles", "leyla", "operator,supervisor")
    assert f"Request {request_id} is waiting" in twice.stdout  # not a second request
    own = as_admin(cli_desk, "approvals", "approve", request_id)
    assert own.returncode == 1 and "a second person must approve it" in own.stderr
    approved = hotline(cli_desk, "approvals", "approve", request_id, user="rashad", stdin=OP_PW)
    assert approved.returncode == 0 and "approved" in approved.stdout, approved.stderr
    listed = as_admin(cli_desk, "approvals", "list")
    assert f"{request_id}\tuser.roles\t" in listed.stdout and "\tapproved\trashad" in listed.stdout
    done = as_admin(cli_desk, "users", "roles", "leyla", "operator,supervisor")
    assert done.returncode == 0 and "leyla: operator,supervisor" in done.stdout, done.stderr
    again = as_admin(cli_desk, "users", "roles", "leyla", "operator", "--approval", request_id)
    assert again.returncode == 1 and "was used already" in again.stderr


def test_version() -> None:
    result = hotline(Path("/nonexistent"), "--version")
    assert result.stdout.strip() == f"hotline {__version__}"


def test_init_users_and_verify(cli_desk: Path) -> None:
    result = as_admin(
        cli_desk, "users", "add", "leyla", "--roles", "operator", extra=f"{OP_PW}\n{OP_PW}\n"
    )
    assert result.returncode == 0, result.stderr
    listed = as_admin(cli_desk, "users", "list")
    assert "leyla\toperator\tactive" in listed.stdout
    roles = as_admin(cli_desk, "users", "roles", "leyla", "operator,supervisor")
    assert roles.returncode == 0 and "operator,supervisor" in roles.stdout
    disabled = as_admin(cli_desk, "users", "disable", "leyla")
    assert disabled.returncode == 0, disabled.stderr
    denied = hotline(cli_desk, "verify", user="leyla", stdin=f"{OP_PW}\n")
    assert denied.returncode == 1 and "wrong" in denied.stderr
    verify = as_admin(cli_desk, "verify")
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert "OK:" in verify.stdout


def test_weak_password_and_unknown_role_are_explained(cli_desk: Path) -> None:
    weak = as_admin(
        cli_desk, "users", "add", "leyla", "--roles", "operator", extra="short\nshort\n"
    )
    assert weak.returncode == 1 and "at least 15 characters" in weak.stderr
    role = as_admin(
        cli_desk, "users", "add", "leyla", "--roles", "boss", extra=f"{OP_PW}\n{OP_PW}\n"
    )
    assert role.returncode == 2 and "unknown role 'boss'" in role.stderr


def test_operator_cannot_manage_users_and_it_is_audited(cli_desk: Path) -> None:
    as_admin(cli_desk, "users", "add", "leyla", "--roles", "operator", extra=f"{OP_PW}\n{OP_PW}\n")
    denied = hotline(cli_desk, "users", "list", user="leyla", stdin=f"{OP_PW}\n")
    assert denied.returncode == 1 and "does not allow" in denied.stderr


def test_demo_then_verify(cli_desk: Path) -> None:
    demo = as_admin(cli_desk, "demo", "--calls", "2000", "--seed", "7", "--months", "6")
    assert demo.returncode == 0, demo.stderr
    assert "Added 2000 synthetic calls" in demo.stdout
    assert "Demo calls [" in demo.stderr  # the progress bar
    verify = as_admin(cli_desk, "verify")
    assert verify.returncode == 0, verify.stdout
    assert "calls: 2000" in verify.stdout


def test_import_template_round_trip(cli_desk: Path, tmp_path: Path) -> None:
    as_admin(cli_desk, "users", "add", "leyla", "--roles", "operator", extra=f"{OP_PW}\n{OP_PW}\n")
    template = hotline(cli_desk, "import", "--template")
    line = json.loads(template.stdout)
    assert line["operator"] == "leyla" and line["primary_topic"] == "work_abroad"
    good = tmp_path / "old.jsonl"
    good.write_text(template.stdout + "\n" + template.stdout, encoding="utf-8")
    result = as_admin(cli_desk, "import", str(good))
    assert result.returncode == 0, result.stderr
    assert "Imported 2 calls" in result.stdout


@pytest.mark.parametrize(
    ("bad_line", "reason"),
    [
        ("{not json", "not valid JSON"),
        (
            '{"started_at": "2024-01-05T10:00:00Z", "operator": "leyla", "colour": "red"}',
            "unknown field 'colour'",
        ),
        ('{"started_at": "2024-01-05T10:00:00Z", "operator": "ghost"}', "no user named 'ghost'"),
        ('{"started_at": "yesterday", "operator": "leyla"}', "not a date and time"),
        (
            '{"started_at": "2024-01-05T10:00:00Z", "operator": "leyla", "topics": ["work_abroad"],'
            ' "primary_topic": "work_abroad", "outcomes": ["teleport"]}',
            "Unknown value 'teleport'",
        ),
        (
            '{"started_at": "2024-01-05T10:00:00Z", "operator": "leyla", "topics": ["work_abroad"],'
            ' "primary_topic": "work_abroad", "outcomes": ["police_unit"], "consent": "no"}',
            "consent",
        ),
        (
            '{"started_at": "2099-01-05T10:00:00Z", "operator": "leyla", "no_content": "silent"}',
            "future",
        ),
    ],
)
def test_a_bad_line_rejects_the_whole_file(
    cli_desk: Path, tmp_path: Path, bad_line: str, reason: str
) -> None:
    as_admin(cli_desk, "users", "add", "leyla", "--roles", "operator", extra=f"{OP_PW}\n{OP_PW}\n")
    good = hotline(cli_desk, "import", "--template").stdout.strip()
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([good, good, bad_line, good]) + "\n", encoding="utf-8")
    result = as_admin(cli_desk, "import", str(path))
    assert result.returncode == 1
    assert "Line 3 of" in result.stderr and reason in result.stderr, result.stderr
    assert "Nothing was imported" in result.stderr
    verify = as_admin(cli_desk, "verify")
    assert "calls: 0" in verify.stdout


def test_backup_and_restore(cli_desk: Path, tmp_path: Path) -> None:
    as_admin(cli_desk, "demo", "--calls", "300", "--seed", "1")
    archive = tmp_path / "desk-backup.tar"
    made = as_admin(cli_desk, "backup", "--out", str(archive))
    assert made.returncode == 0, made.stderr
    assert "300 calls" in made.stdout
    assert b"SQLite format 3" not in archive.read_bytes()
    again = as_admin(cli_desk, "backup", "--out", str(archive))
    assert again.returncode == 1 and "already there" in again.stderr
    as_admin(cli_desk, "demo", "--calls", "50", "--seed", "2")
    restored = hotline(cli_desk, "restore", str(archive), user="admin", stdin=f"{ADMIN_PW}\n")
    assert restored.returncode == 0, restored.stderr
    assert "previous files were kept" in restored.stdout
    verify = as_admin(cli_desk, "verify")
    assert verify.returncode == 0, verify.stdout
    assert "calls: 300" in verify.stdout
    kept = list(cli_desk.glob("replaced-*/desk.db"))
    assert len(kept) == 1


def test_restore_refuses_a_damaged_backup_and_keeps_the_live_desk(
    cli_desk: Path, tmp_path: Path
) -> None:
    as_admin(cli_desk, "demo", "--calls", "100", "--seed", "1")
    archive = tmp_path / "b.tar"
    as_admin(cli_desk, "backup", "--out", str(archive))
    data = bytearray(archive.read_bytes())
    data[len(data) // 2] ^= 0xFF
    archive.write_bytes(bytes(data))
    live = (cli_desk / "desk.db").read_bytes()
    result = hotline(cli_desk, "restore", str(archive), user="admin", stdin=f"{ADMIN_PW}\n")
    assert result.returncode == 1 and "not usable" in result.stderr, result.stderr
    assert (cli_desk / "desk.db").read_bytes() == live
    assert as_admin(cli_desk, "verify").returncode == 0


def test_rotate_key(cli_desk: Path) -> None:
    rotated = as_admin(cli_desk, "rotate-key")
    assert rotated.returncode == 0, rotated.stderr
    assert as_admin(cli_desk, "verify").returncode == 0


def test_passwords_never_come_from_arguments(cli_desk: Path) -> None:
    result = hotline(cli_desk, "--password", ADMIN_PW, "verify")
    assert result.returncode == 2


def test_recovery_code_resets_a_lost_password(tmp_path: Path) -> None:
    data = tmp_path / "desk"
    made = hotline(
        data, "init", "--admin", "admin", "--no-keychain", stdin=f"{ADMIN_PW}\n{ADMIN_PW}\n"
    )
    code = next(w for w in made.stdout.split() if w.count("-") == 7)
    new_pw = "a fresh passphrase after the loss"
    reset = hotline(
        data,
        "--recovery-code-stdin",
        "users",
        "reset",
        "admin",
        stdin=f"{code}\n{new_pw}\n{new_pw}\n",
    )
    assert reset.returncode == 0, reset.stderr
    assert hotline(data, "verify", user="admin", stdin=f"{ADMIN_PW}\n").returncode == 1
    assert hotline(data, "verify", user="admin", stdin=f"{new_pw}\n").returncode == 0


def test_change_own_password(cli_desk: Path) -> None:
    new_pw = "another passphrase for the admin"
    changed = as_admin(cli_desk, "users", "passwd", extra=f"{new_pw}\n{new_pw}\n")
    assert changed.returncode == 0, changed.stderr
    assert hotline(cli_desk, "verify", user="admin", stdin=f"{new_pw}\n").returncode == 0
