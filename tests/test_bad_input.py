"""Bad input met on the command line: a clear message, never a traceback, nothing changed.

Each case runs the real command in a child process, as an administrator would.
"""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import pytest

from hotline.paths import DeskPaths
from hotline.services import desk
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
    before = {p.name: p.read_bytes() for p in cli_desk.iterdir() if p.is_file()}
    result = hotline(cli_desk, "restore", str(bad), user="admin", stdin=f"{ADMIN_PW}\n")
    assert "Traceback" not in result.stderr
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"hotline: The backup {bad} is not usable ({reason}). Nothing was changed."
    )
    after = {p.name: p.read_bytes() for p in cli_desk.iterdir() if p.is_file()}
    assert after == before
    assert not [p for p in cli_desk.iterdir() if p.name.startswith(("restore-", "replaced-"))]
