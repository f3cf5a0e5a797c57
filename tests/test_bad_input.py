"""Bad input met on the command line: a clear message, never a traceback, nothing changed.

Each case runs the real command in a child process, as an administrator would.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import subprocess
import tarfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from hotline.crypto.kdf import FAST_ENV
from hotline.errors import KeyFileWeakened
from hotline.paths import DeskPaths
from hotline.services import desk
from hotline.storage.keyfile import _check
from hotline.usernames import NameLooksLikeAnother, NameMixesAlphabets, check_name, skeleton
from tests.conftest import ADMIN, Desk
from tests.helpers import hotline

ADMIN_PW = "night shift on the quiet line"
OP_PW = "tea gets cold at three in the morning"
GOOD = '{"started_at": "2024-01-05T10:00:00Z", "operator": "leyla", "no_content": "silent"}'
LATIN1 = GOOD.replace("silent", "sil\xe9nt").encode("latin-1")


def as_admin(data: Path, *args: str, extra: str = "") -> tuple[int, str]:
    result = hotline(data, *args, user="admin", stdin=f"{ADMIN_PW}\n{extra}")
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, result.stdout + result.stderr


def calls_in(data: Path) -> int:
    session = desk.unlock(DeskPaths(data), "admin", ADMIN_PW)
    try:
        return int(session.db.scalar("SELECT count(*) FROM calls"))
    finally:
        session.close()


@pytest.fixture(scope="module")
def cli_desk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("bad-input") / "desk"
    made = hotline(
        data, "init", "--admin", "admin", "--no-keychain", stdin=f"{ADMIN_PW}\n{ADMIN_PW}\n"
    )
    assert made.returncode == 0, made.stderr
    code, out = as_admin(
        data, "users", "add", "leyla", "--roles", "operator", extra=f"{OP_PW}\n{OP_PW}\n"
    )
    assert code == 0, out
    return data


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(
            (GOOD + "\n" + "[" * 5000 + "]" * 5000 + "\n").encode(),
            "Line 2 of {path}: its JSON is nested too deeply. Nothing was imported.",
            id="nested-5000-deep",
        ),
        pytest.param(
            (
                GOOD + "\n" + GOOD.replace('"silent"', '"silent", "duration_s": ' + "9" * 31)
            ).encode(),
            "Line 2 of {path}: duration_s: The duration cannot be longer than 604800 seconds "
            "(7 days). Nothing was imported.",
            id="duration-10e30",
        ),
        pytest.param(
            GOOD.replace("2024-01-05T10:00:00Z", "0001-01-01T00:00:00+14:00").encode(),
            "Line 1 of {path}: started_at '0001-01-01T00:00:00+14:00' is out of the range of "
            "dates. Nothing was imported.",
            id="started-at-year-1-plus-14h",
        ),
        pytest.param(
            GOOD.replace("2024-01-05T10:00:00Z", "1850-01-01T00:00:00+04:00").encode(),
            "Line 1 of {path}: started_at: The date of a contact cannot be before 1970. "
            "Nothing was imported.",
            id="started-at-1850",
        ),
        pytest.param(
            (
                GOOD + "\n" + '{"started_at": "2024-01-05T10:00:00Z", "operator": "leyla", '
                '"topics": ["work_abroad"], "primary_topic": "work_abroad", '
                '"outcomes": ["information_given"], "notes": "ab\\ud800cd"}'
            ).encode(),
            "Line 2 of {path}: notes holds '\\ud800', half of a character pair, which is not "
            "text. Nothing was imported.",
            id="lone-surrogate-in-notes",
        ),
        pytest.param(
            GOOD.encode() + b"\n" + LATIN1 + b"\n",
            "Line 2 of {path}: it is not UTF-8 text (byte 0xe9 at position "
            f"{LATIN1.index(0xE9) + 1}). Nothing was imported.",
            id="latin-1-byte-on-line-2",
        ),
    ],
)
def test_import_of_a_bad_file_is_refused_plainly(
    cli_desk: Path, tmp_path: Path, content: bytes, expected: str
) -> None:
    before = calls_in(cli_desk)
    path = tmp_path / "old-log.jsonl"
    path.write_bytes(content)
    code, out = as_admin(cli_desk, "import", str(path))
    assert code == 1
    assert out.strip() == "hotline: " + expected.format(path=path)
    assert calls_in(cli_desk) == before


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--months", "100000"), "--months: give a number from 1 to 600"),
        (
            ("--months", "12", "--until", "1970-06-01"),
            "--months/--until: the calls would begin before 1970; give fewer months or a "
            "later --until",
        ),
    ],
)
def test_demo_over_a_span_the_calendar_cannot_hold(
    cli_desk: Path, args: tuple[str, ...], expected: str
) -> None:
    head = (cli_desk / "audit.head").read_bytes()
    code, out = as_admin(cli_desk, "demo", "--calls", "10", *args)
    assert (code, out.strip()) == (1, f"hotline: {expected}")
    assert (cli_desk / "audit.head").read_bytes() == head  # refused before signing in


def _backup_with_manifest(cli_desk: Path, tmp_path: Path, manifest: bytes) -> Path:
    archive = tmp_path / "good.tar"
    code, out = as_admin(cli_desk, "backup", "--out", str(archive))
    assert code == 0, out
    bad = tmp_path / "bad.tar"
    with tarfile.open(archive) as source, tarfile.open(bad, "w") as target:
        for member in source.getmembers():
            data = source.extractfile(member)
            assert data is not None
            body = manifest if member.name == "manifest.json" else data.read()
            member.size = len(body)
            target.addfile(member, io.BytesIO(body))
    return bad


@pytest.mark.parametrize(
    ("manifest", "reason"),
    [
        (b"[]", "its manifest.json is not a JSON object"),
        (b"{'sha256': {}}", "its manifest.json is not JSON"),
        (b"\xff\xfe{}", "its manifest.json is not JSON"),
        (json.dumps({"sha256": []}).encode(), "no checksums"),
    ],
)
def test_restore_of_a_backup_with_a_bad_manifest(
    cli_desk: Path, tmp_path: Path, manifest: bytes, reason: str
) -> None:
    bad = _backup_with_manifest(cli_desk, tmp_path, manifest)
    before = files_of(cli_desk)  # desk.lock holds the pid of whoever held the desk last
    result = hotline(cli_desk, "restore", str(bad), user="admin", stdin=f"{ADMIN_PW}\n")
    assert "Traceback" not in result.stderr
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"hotline: The backup {bad} is not usable ({reason}). Nothing was changed."
    )
    assert files_of(cli_desk) == before
    assert not [p for p in cli_desk.iterdir() if p.name.startswith(("restore-", "replaced-"))]


# --- key files that do not fit the desk ---------------------------------------------


def new_cli_desk(data: Path) -> Path:
    made = hotline(
        data, "init", "--admin", "admin", "--no-keychain", stdin=f"{ADMIN_PW}\n{ADMIN_PW}\n"
    )
    assert made.returncode == 0, made.stderr
    return data


def files_of(data: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in data.iterdir() if p.is_file() and p.name != "desk.lock"}


def refused(data: Path, expected: str) -> None:
    """`verify` is refused with exactly `expected`; no file changed, no failed sign-in counted."""
    before = files_of(data)
    code, out = as_admin(data, "verify")
    assert (code, out.strip()) == (1, f"hotline: {expected}")
    assert files_of(data) == before  # the login throttle's state among them


def rewrite_key_file(data: Path, change: Callable[[dict[str, Any]], None]) -> None:
    """Edit the key file as its JSON, then give it (and its slots) the checks they carry,
    as someone who knows the format would."""
    keys = json.loads((data / "desk.keys").read_text())
    change(keys)
    for slot in keys["slots"]:
        slot["check"] = _check(slot)
    keys["check"] = _check(keys)
    (data / "desk.keys").write_text(json.dumps(keys))


def test_another_desks_key_file(tmp_path: Path) -> None:
    ours, theirs = new_cli_desk(tmp_path / "ours"), new_cli_desk(tmp_path / "theirs")
    (ours / "desk.keys").write_bytes((theirs / "desk.keys").read_bytes())
    refused(
        ours,
        f"The key file {ours / 'desk.keys'} does not belong to the database "
        f"{ours / 'desk.db'}: it is another desk's key file, or the database was replaced by "
        "another desk's. Both were left untouched; put back the key file that was backed up "
        "with this database.",
    )


def test_a_damaged_first_page_under_the_right_key_is_still_damage(tmp_path: Path) -> None:
    data = new_cli_desk(tmp_path / "desk")
    raw = bytearray((data / "desk.db").read_bytes())
    raw[100] ^= 0x01
    (data / "desk.db").write_bytes(bytes(raw))
    code, out = as_admin(data, "verify")
    assert code == 1 and "is damaged or was changed outside the program" in out, out


def test_missing_database_beside_its_key_file(tmp_path: Path) -> None:
    data = new_cli_desk(tmp_path / "desk")
    (data / "desk.db").unlink()
    refused(
        data,
        f"The database {data / 'desk.db'} is missing, though the desk's key file "
        f"{data / 'desk.keys'} is there. The desk cannot be opened without it, and no new "
        "desk is set up over its key file; restore the database from the backup made with "
        "the key file.",
    )
    assert not (data / "desk.db").exists()


def _flip_desk_id_digit(keys: dict[str, Any]) -> None:
    desk_id = keys["desk_id"]
    keys["desk_id"] = ("1" if desk_id[0] != "1" else "2") + desk_id[1:]


def _rename_admin(keys: dict[str, Any]) -> None:
    keys["names"] = {"boss": keys["names"].pop("admin")}


@pytest.mark.parametrize("change", [_flip_desk_id_digit, _rename_admin])
def test_key_file_edited_by_hand(tmp_path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    data = new_cli_desk(tmp_path / "desk")
    keys = json.loads((data / "desk.keys").read_text())
    change(keys)
    (data / "desk.keys").write_text(json.dumps(keys))
    refused(
        data,
        f"The key file {data / 'desk.keys'} was changed outside the program: its desk id, "
        "user names or settings no longer match its check. It was left untouched and no "
        "failed sign-in was counted; restore it from a backup.",
    )


def test_key_file_renamed_user_with_its_check_recomputed(tmp_path: Path) -> None:
    data = new_cli_desk(tmp_path / "desk")
    rewrite_key_file(data, _rename_admin)
    before = files_of(data)
    result = hotline(data, "verify", user="boss", stdin=f"{ADMIN_PW}\n")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"hotline: The key file {data / 'desk.keys'} is damaged or was changed (its user "
        "names do not match the desk's users). It was left untouched; restore it from a backup."
    )
    assert files_of(data) == before


def test_key_file_with_its_argon2id_cost_lowered(tmp_path: Path) -> None:
    data = new_cli_desk(tmp_path / "desk")

    def lower(keys: dict[str, Any]) -> None:
        for slot in keys["slots"]:
            slot["kdf"]["memory_kib"] = 8

    rewrite_key_file(data, lower)
    refused(
        data,
        f"The key file {data / 'desk.keys'} was changed: the key derivation cost of the slot "
        "of admin (memory 8 KiB, passes 1) is below the desk's floor (memory 65536 KiB, "
        "passes 3). It was left untouched and no failed sign-in was counted; restore it "
        "from a backup.",
    )


def test_a_cost_below_the_floor_outside_the_test_suites(
    new_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A production desk never writes a slot below the floor: one that does not open is
    a changed file, not a wrong password (the test-strength slot here has 32 KiB)."""

    def lower(keys: dict[str, Any]) -> None:
        for slot in keys["slots"]:
            slot["kdf"]["memory_kib"] = 64

    rewrite_key_file(new_desk.paths.root, lower)
    monkeypatch.delenv(FAST_ENV)
    before = files_of(new_desk.paths.root)
    with pytest.raises(KeyFileWeakened) as info:
        desk.unlock(new_desk.paths, ADMIN, ADMIN_PW)
    assert "(memory 64 KiB, passes 1) is below the desk's floor" in info.value.message()
    assert files_of(new_desk.paths.root) == before


# --- user names that only look alike ------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "\u0430dmin",  # Cyrillic а
            "The user name \u0430dmin mixes letters of different alphabets (Cyrillic, Latin). "
            "Use the letters of one alphabet, so that it cannot be mistaken for another name.",
        ),
        (
            "ADM\u0130N",  # dotted capital İ
            "The user name ADM\u0130N cannot be told apart from the user name admin the desk "
            "already has (letters that look alike, letter case and the dot of İ set aside). "
            "Choose a name that cannot be mistaken for it.",
        ),
        (
            "adm\u0131n",  # dotless ı
            "The user name adm\u0131n cannot be told apart from the user name admin the desk "
            "already has (letters that look alike, letter case and the dot of İ set aside). "
            "Choose a name that cannot be mistaken for it.",
        ),
        (
            "\u0430\u0501\u043c\u0456\u043f",  # Cyrillic only: аԁміп
            "The user name \u0430\u0501\u043c\u0456\u043f cannot be told apart from the user "
            "name admin the desk already has (letters that look alike, letter case and the dot "
            "of İ set aside). Choose a name that cannot be mistaken for it.",
        ),
        ("\uff41\uff44\uff4d\uff49\uff4e", "name: a user with this name already exists."),
        ("ADMIN", "name: a user with this name already exists."),
    ],
)
def test_a_name_that_only_looks_like_admin_is_refused(
    cli_desk: Path, name: str, expected: str
) -> None:
    users_before = as_admin(cli_desk, "users", "list")[1]
    code, out = as_admin(
        cli_desk, "users", "add", name, "--roles", "operator", extra=f"{OP_PW}\n" * 2
    )
    assert (code, out.strip()) == (1, f"hotline: {expected}")
    assert as_admin(cli_desk, "users", "list")[1] == users_before
    assert json.loads((cli_desk / "desk.keys").read_text())["names"].keys() == {"admin", "leyla"}


def test_init_refuses_a_name_that_mixes_alphabets(tmp_path: Path) -> None:
    data = tmp_path / "desk"
    result = hotline(
        data, "init", "--admin", "\u0430dmin", "--no-keychain", stdin=f"{ADMIN_PW}\n{ADMIN_PW}\n"
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "mixes letters of different alphabets (Cyrillic, Latin)" in result.stderr
    assert not data.exists() or not any(data.iterdir())


def test_the_skeleton_keeps_real_names_apart() -> None:
    # Azerbaijani and Russian names of one alphabet are accepted, and stay distinct.
    names = ["aysel", "aysəl", "şahin", "sahin", "rəşad", "leyla", "алёна", "рашад", "gülnar"]
    kept: list[str] = []
    for name in names:
        kept.append(check_name(name, kept))
    assert kept == names
    assert skeleton("ADM\u0130N") == skeleton("admin") == skeleton("\u0430dmin")
    assert skeleton("\u0430\u0501\u043c\u0456\u043f") == skeleton("admin")
    assert skeleton("\u0391\u0392\u0395") == skeleton("abe")  # Greek capitals
    with pytest.raises(NameLooksLikeAnother):
        check_name("leyIa", ["leyla"])  # capital I for l
    with pytest.raises(NameLooksLikeAnother):
        check_name("\u0440\u0430\u0441\u0441\u043e", ["pacco"])  # all-Cyrillic lookalike
    with pytest.raises(NameMixesAlphabets):
        check_name("le\u0443la")


# --- a real full disk ---------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MiB tmpfs: a disk that really fills up (ENOSPC from the kernel, not a limit)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root (tests/test_crash.py covers RLIMIT_FSIZE)")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"mount -t tmpfs is not permitted here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path) -> None:
    """Take every byte the disk has left."""
    with contextlib.suppress(OSError), (disk / "filler").open("wb", buffering=0) as handle:
        while True:
            handle.write(b"\0" * 512)
    assert shutil.disk_usage(disk).free == 0


DISK_FULL = (
    "hotline: The database could not be written to the disk: the disk may be full or the "
    "file too large. Nothing was saved by this step, and everything saved before is kept. "
    "Free some space and save again."
)


def test_a_real_full_disk(small_disk: Path) -> None:
    data = new_cli_desk(small_disk / "desk")
    # Sealed text costs each call ~2.3 KB of key seals: 100 calls fit in 3 MiB.
    code, out = as_admin(data, "demo", "--calls", "100", "--seed", "1")
    assert code == 0, out
    # The step that fills the disk says so; closing the desk (head, slot) does not hide it.
    code, out = as_admin(data, "demo", "--calls", "100000", "--seed", "2")
    assert (code, out.strip().splitlines()[-1]) == (1, DISK_FULL)
    fill(small_disk)
    # At 0 bytes free the desk still opens to read, and says plainly that it cannot save.
    code, out = as_admin(data, "users", "list")
    assert code == 0, out
    assert out.splitlines() == [
        "1\tadmin\tadministrator,supervisor\tactive",
        "hotline: warning: The disk is full: the desk opened for reading only. Nothing can be "
        "saved, not even the record of this sign-in, until some space is freed on the disk; "
        "then sign in again.",
    ]
    code, out = as_admin(data, "demo", "--calls", "10", "--seed", "3")
    assert (code, out.strip().splitlines()[-1]) == (1, DISK_FULL)
    # Space freed: everything saved before the disk filled is there and checks clean.
    (small_disk / "filler").unlink()
    code, out = as_admin(data, "verify")
    assert code == 0, out
    assert "calls: 100" in out
