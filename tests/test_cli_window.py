"""The command line beside the open window: while a user is signed in to the window (its
process holds the desk's lock), verify, backup, restore and rotate-key refuse before they
ask for a password, say exactly how to do it from the window, and exit 3; the desk is not
touched. Signed out, the same commands work."""

from __future__ import annotations

from pathlib import Path

import pytest

from hotline.services import backup_register
from tests.conftest import ADMIN_PW, Desk
from tests.helpers import hotline


def _head(desk: Desk) -> tuple[bytes, bytes]:
    return desk.paths.audit_head.read_bytes(), desk.paths.lock_file.read_bytes()


@pytest.mark.parametrize(
    ("command", "how"),
    [
        (
            ["verify"],
            "the menu Pages ▸ Administration ▸ Desk check, then “Verify now”, "
            "“Verify against a backup kept elsewhere…”.",
        ),
        (["backup", "--out", "OUT"], "Pages ▸ Administration ▸ Backups, then “Back up now”."),
        (
            ["restore", "OUT"],
            "Pages ▸ Administration ▸ Restore, then “Show what it holds”, “Restore this backup…”.",
        ),
        (
            ["rotate-key"],
            "Pages ▸ Administration ▸ Desk check, then “Give the database a new key…”.",
        ),
    ],
)
def test_a_command_beside_the_signed_in_window(
    new_desk: Desk, tmp_path: Path, command: list[str], how: str
) -> None:
    out = str(tmp_path / "b.tar")
    args = [out if a == "OUT" else a for a in command]
    window = new_desk.open()  # the window's session: it holds the desk's lock
    try:
        before = (new_desk.paths.database.read_bytes(), _head(new_desk))
        # No password on stdin: the command must refuse before it asks for one.
        result = hotline(new_desk.paths.root, *args, user="admin", stdin="")
        assert result.returncode == 3, result.stderr
        assert "is open in another process" in result.stderr
        assert how in result.stderr
        assert "Or sign out of the window and run the command again." in result.stderr
        assert "Traceback" not in result.stderr
        assert (new_desk.paths.database.read_bytes(), _head(new_desk)) == before
        assert not Path(out).exists()
    finally:
        window.close()


def test_signed_out_the_commands_work(new_desk: Desk, tmp_path: Path) -> None:
    out = tmp_path / "b.tar"
    made = hotline(new_desk.paths.root, "backup", "--out", str(out), user="admin", stdin=ADMIN_PW)
    assert made.returncode == 0, made.stderr
    checked = hotline(new_desk.paths.root, "verify", user="admin", stdin=ADMIN_PW)
    assert checked.returncode == 0, checked.stdout
    session = new_desk.open()
    try:
        (entry,) = backup_register.entries(session)
        assert entry.path == out and entry.trigger == "command line" and entry.verified
    finally:
        session.close()


# What the window shows, in each language: the Pages menu, the heading, the page, a button.
SHOWN = {
    "az": ("Səhifələr ▸ İdarəetmə ▸ Masanın yoxlanışı", "«İndi yoxla»", "pəncərədən"),
    "ru": ("Страницы ▸ Администрирование ▸ Проверка пульта", "«Проверить сейчас»", "в окне"),
}


@pytest.mark.parametrize("language", ["az", "ru"])
def test_the_way_from_the_window_is_told_in_the_users_language(
    new_desk: Desk, language: str
) -> None:
    path, button, sentence = SHOWN[language]
    window = new_desk.open()
    try:
        result = hotline(new_desk.paths.root, "--language", language, "verify", user="admin")
    finally:
        window.close()
    assert result.returncode == 3, result.stderr
    assert path in result.stderr and button in result.stderr and sentence in result.stderr
    for english in ("Pages", "Administration", "Desk check", "Verify now", "the window"):
        assert english not in result.stderr
