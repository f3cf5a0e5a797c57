"""`hotline import` of a spreadsheet: mapping shown, dry run, the whole file or nothing."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.helpers import hotline
from tests.sheets import HEADER_AZ, old_log, write_csv, write_xlsx

ADMIN_PW = "night shift on the quiet line"
OP_PW = "tea gets cold at three in the morning"


@pytest.fixture(scope="module")
def cli_desk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("cli-import") / "desk"
    made = hotline(
        data, "init", "--admin", "admin", "--no-keychain", stdin=f"{ADMIN_PW}\n{ADMIN_PW}\n"
    )
    assert made.returncode == 0, made.stderr
    added = as_admin(
        data, "users", "add", "leyla", "--roles", "operator", extra=f"{OP_PW}\n{OP_PW}\n"
    )
    assert added.returncode == 0, added.stderr
    return data


def as_admin(data: Path, *args: str, extra: str = "") -> subprocess.CompletedProcess[str]:
    return hotline(data, *args, user="admin", stdin=f"{ADMIN_PW}\n{extra}")


def calls_in(data: Path) -> int:
    verify = as_admin(data, "verify")
    line = next(x for x in verify.stdout.splitlines() if x.startswith("calls"))
    return int(line.split(":")[1].split()[0])


def test_show_mapping_dry_run_then_import(cli_desk: Path, tmp_path: Path) -> None:
    rows = old_log(300)
    rows[40][3] = "Vizalar"
    rows[120][0] = "2023-02-30"
    path = write_csv(tmp_path / "jurnal.csv", ("Gün", *HEADER_AZ[1:]), rows)

    shown = as_admin(cli_desk, "import", str(path), "--show-mapping")
    assert shown.returncode == 0, shown.stderr
    assert "A\tGün\t-> (left out)" in shown.stdout and "B\tVaxt\t-> time" in shown.stdout
    assert "topic\tVizalar\t1\t-> UNKNOWN" in shown.stdout

    column = ["--column", "Gün=started_at"]
    dry = as_admin(cli_desk, "import", str(path), *column, "--dry-run")
    assert dry.returncode == 1
    assert "Row 42, column D (Mövzu): a value that is not mapped yet" in dry.stdout
    assert "Row 122, column A (Gün): not a date" in dry.stdout
    assert "PROBLEMS (2)" in dry.stdout

    value = ["--value", "topics:Vizalar=work_abroad"]
    refused = as_admin(cli_desk, "import", str(path), *column, *value, "--yes")
    assert refused.returncode == 1 and "PROBLEMS (1)" in refused.stdout
    no_yes = as_admin(cli_desk, "import", str(path), *column, *value)
    assert no_yes.returncode == 1 and "--yes" in no_yes.stderr
    assert calls_in(cli_desk) == 0

    rows[120][0] = "28.02.2023"
    write_csv(path, ("Gün", *HEADER_AZ[1:]), rows)
    done = as_admin(cli_desk, "import", str(path), *column, *value, "--yes")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Imported 300 calls from jurnal.csv" in done.stdout
    assert calls_in(cli_desk) == 300
    twice = as_admin(cli_desk, "import", str(path), "--yes")
    assert twice.returncode == 1 and "already imported" in twice.stderr
    assert calls_in(cli_desk) == 300
    assert as_admin(cli_desk, "verify").returncode == 0
    # The mapping was kept: the next file's "Gün" and "Vizalar" need no options.
    again = as_admin(cli_desk, "import", str(path), "--show-mapping")
    assert "A\tGün\t-> started_at" in again.stdout
    assert "topic\tVizalar\t1\t-> work_abroad" in again.stdout
    assert "row 2: {" in again.stdout and "'primary_topic': 'work_abroad'" in again.stdout
    assert "Köhnə jurnal" not in again.stdout  # the notes are not printed


def test_bad_file_and_bad_options_get_plain_messages(cli_desk: Path, tmp_path: Path) -> None:
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    result = as_admin(cli_desk, "import", str(locked))
    assert result.returncode == 1 and "protected with a password" in result.stderr
    assert "Traceback" not in result.stderr
    path = write_xlsx(tmp_path / "old.xlsx", HEADER_AZ, old_log(5))
    for option, text in (
        (["--column", "Nope=started_at"], "--column: no column of the file has this header"),
        (["--column", "Tarix=colour"], "--column: not a field a column may fill"),
        (["--value", "topics:Vizalar=visa"], "--value: not an id of the field's list"),
        (["--value", "region=baku"], "FIELD:TEXT=ID"),
        (["--value", "colour:red=x"], "--value: not a coded field"),
        (["--value", "operator:L. M.=ghost"], "--value: no user of the desk has this name"),
        (["--operator", "ghost", "--dry-run"], "no active user named ghost"),
    ):
        bad = as_admin(cli_desk, "import", str(path), *option)
        assert bad.returncode != 0 and text in bad.stderr, (option, bad.stderr)
        assert "Traceback" not in bad.stderr


def test_beside_the_open_window_import_says_how_and_template_works(cli_desk: Path) -> None:
    from hotline.paths import DeskPaths
    from hotline.storage.lock import DeskLock

    with DeskLock(DeskPaths(cli_desk).lock_file):  # the window, signed in, holds it
        refused = as_admin(cli_desk, "import", "old.xlsx")
        assert refused.returncode == 3 and "Import old log" in refused.stderr
        assert "“Dry run”" in refused.stderr  # the window's own words for each step
        template = hotline(cli_desk, "import", "--template")
        assert template.returncode == 0 and '"started_at"' in template.stdout
        in_russian = hotline(cli_desk, "--language", "ru", "import", "old.xlsx", user="admin")
        assert "«Пробная проверка»" in in_russian.stderr
