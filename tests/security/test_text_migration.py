"""A desk written by the previous version (schema 3, key file 1) moves forward:
its free text is sealed on the first supervisor's session, and the plaintext,
the old full-text index and their free pages leave the file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
from dataclasses import replace
from io import BytesIO
from pathlib import Path

import pytest

from hotline.paths import DeskPaths
from hotline.services import calllog, calls, desk, search, text_sealing
from hotline.storage.calllog import CallFilter
from hotline.storage.keyfile import FORMAT, SECRET_CASETEXT, SECRET_DB
from hotline.storage.row_digest import changed_rows
from hotline.storage.schema import LATEST, text_sealed
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW
from tests.factories import job_in_dubai
from tests.security.pages import residue

# The last version before free text was sealed (schema 3, hotline-keys/1).
PREVIOUS = "17d0ae9cbcff4f5dd464cc4df27ae182925bc89a"
REPO = Path(__file__).resolve().parents[2]

OLD_WORDS = ("Kirpiqnote", "Oldclue", "Пастбище", "Lemurcode", "Otterhour", "Ibis", "Tapir")

BUILD_OLD_DESK = """
import sys
from dataclasses import replace
from hotline.paths import DeskPaths
from hotline.permissions import Role
from hotline.services import calls, desk, review, users
from tests.factories import job_in_dubai

paths = DeskPaths(__import__("pathlib").Path(sys.argv[1]))
desk.init_desk(paths, "admin", "night shift on the quiet line", bind_device=False)
admin = desk.unlock(paths, "admin", "night shift on the quiet line")
users.add_user(admin, "leyla", frozenset({Role.OPERATOR}), "tea gets cold at three in the morning")
admin.close()
leyla = desk.unlock(paths, "leyla", "tea gets cold at three in the morning")
first = calls.save_call(leyla, job_in_dubai(leyla.user.id, notes="Kirpiqnote Oldclue saxlayır",
    code_word="Lemurcode", callback_times="Otterhour")).call_id
calls.save_call(leyla, job_in_dubai(leyla.user.id, notes="Пастбище паспорт у агентства"))
current = [r for r in calls.recent_calls(leyla) if r.id == first][0]
calls.correct_own_call(leyla, first, replace(current, notes="Kirpiqnote corrected passport"))
leyla.close()
admin = desk.unlock(paths, "admin", "night shift on the quiet line")
review.comment(admin, first, "Ibiscomment on the case")
review.return_to_operator(admin, first, "Tapirreturn: add the district")
admin.close()
"""


def _previous_tree(target: Path) -> Path:
    """hotline/ and tests/ as they were at PREVIOUS (git archive of this repository)."""
    if shutil.which("git") is None:
        pytest.skip("git is needed to rebuild the previous version")
    found = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--verify", "-q", f"{PREVIOUS}^{{commit}}"],
        capture_output=True,
        text=True,
    )
    if found.returncode != 0:
        pytest.skip("this checkout has no history of the previous version")
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", found.stdout.strip(), "hotline", "tests"],
        capture_output=True,
        check=True,
    )
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(target, filter="data")
    return target


@pytest.fixture
def old_desk(tmp_path: Path) -> DeskPaths:
    return build_old_desk(tmp_path)


def build_old_desk(tmp_path: Path) -> DeskPaths:
    """A desk written by the previous version's own code, in tmp_path/desk."""
    tree = _previous_tree(tmp_path / "previous")
    paths = DeskPaths(tmp_path / "desk")
    env = {**os.environ, "PYTHONPATH": str(tree), "HOTLINE_INSECURE_FAST_KDF": "1"}
    subprocess.run(
        [sys.executable, "-c", BUILD_OLD_DESK, str(paths.root)],
        cwd=tree,
        env=env,
        check=True,
        capture_output=True,
    )
    assert json.loads(paths.key_file.read_text())["format"] == "hotline-keys/1"
    return paths


def test_previous_desk_is_sealed_by_its_first_supervisor(old_desk: DeskPaths) -> None:
    # An operator signs in first: the schema moves on, the text waits (no key to make).
    leyla = desk.unlock(old_desk, OPERATOR, OPERATOR_PW)
    assert leyla.user is not None
    assert leyla.db.user_version == LATEST and not text_sealed(leyla.db)
    assert leyla.call_text is None
    calls.save_call(leyla, job_in_dubai(leyla.user.id, notes="Meanwhile wallabynote"))
    leyla.close()
    grants = json.loads(old_desk.key_file.read_text())["grants"]
    assert not [g for g in grants if g["secret"] == SECRET_CASETEXT]

    admin = desk.unlock(old_desk, ADMIN, ADMIN_PW)  # administrator and supervisor
    try:
        # The sign-in made the key; the text is sealed afterwards (the window's worker).
        assert not text_sealed(admin.db) and SECRET_CASETEXT in admin.secrets
        seen: list[tuple[int, int]] = []
        plaintext = text_sealing.waiting(admin)
        assert plaintext >= 6  # three calls, the comments, the returned comment
        assert text_sealing.seal_remaining(admin, lambda d, t: seen.append((d, t))) == plaintext
        assert seen[-1] == (plaintext, plaintext) and len(seen) > 1
        assert text_sealed(admin.db)
        assert SECRET_CASETEXT in admin.secrets
        db_key = admin.secrets[SECRET_DB]
        kinds = admin.db.query(
            "SELECT typeof(notes), typeof(code_word), typeof(callback_times) FROM calls"
        )
        assert all(kind in ("blob", "text") for row in kinds for kind in row)
        assert (
            admin.db.scalar(
                "SELECT count(*) FROM calls WHERE typeof(notes) = 'text' AND notes <> ''"
            )
            == 0
        )
        assert admin.db.scalar("SELECT 1 FROM sqlite_master WHERE name LIKE 'notes_fts%'") is None
        assert search.update_index(admin) == 3
        assert calllog.count(admin, CallFilter(text="corrected")) == 1
        assert calllog.count(admin, CallFilter(text="паспорт")) == 1
        assert calllog.count(admin, CallFilter(text="wallabynote")) == 1
        assert calllog.count(admin, CallFilter(text="oldclue")) == 0
        detail = calllog.open_call(admin, 1)
        assert [c.body for c in detail.comments] == [
            "Ibiscomment on the case",
            "Tapirreturn: add the district",
        ]
        assert detail.returned_comment == "Tapirreturn: add the district"
        first = detail.record
        assert (first.notes, first.code_word, first.callback_times) == (
            "Kirpiqnote corrected passport",
            "Lemurcode",
            "Otterhour",
        )
    finally:
        admin.close()
    keys = json.loads(old_desk.key_file.read_text())
    assert keys["format"] == FORMAT
    holders = {g["holder"] for g in keys["grants"] if g["secret"] == SECRET_CASETEXT}
    assert holders == {"user:1", "recovery"}
    # No page of the file, live or free, nor the WAL, keeps a word of the old text.
    assert residue(old_desk.database, db_key, *OLD_WORDS, "wallabynote", "Oldclue") == []
    assert residue(old_desk.database, db_key, "CREATE TABLE")  # the pages do decrypt

    # The operator still reads the text of her own calls, sealed to her key.
    leyla = desk.unlock(old_desk, OPERATOR, OPERATOR_PW)
    try:
        own = {r.id: r for r in calls.recent_calls(leyla)}
        assert own[1].notes == "Kirpiqnote corrected passport" and own[1].code_word == "Lemurcode"
        assert own[3].notes == "Meanwhile wallabynote"
        assert calllog.returned_comment(leyla, 1) == "Tapirreturn: add the district"
        fixed = replace(own[3], notes="Meanwhile a new note")
        calls.correct_own_call(leyla, 3, fixed)
        assert changed_rows(leyla.db) == []  # the sealing and the correction are on record
    finally:
        leyla.close()


SEAL_AND_DIE = """
import os, signal, sys
from hotline.paths import DeskPaths
from hotline.services import desk, text_sealing

text_sealing.BATCH = 1
session = desk.unlock(DeskPaths(__import__("pathlib").Path(sys.argv[1])), "admin", sys.argv[2])

def progress(done, total):
    print(done, total, flush=True)
    if done >= 2:  # two steps committed, the rest still plaintext
        os.kill(os.getpid(), signal.SIGKILL)

text_sealing.seal_remaining(session, progress)
"""


def test_sealing_killed_mid_way_loses_nothing_and_ends_sealed(old_desk: DeskPaths) -> None:
    """The process sealing the text is killed after two batches: the next supervisor's
    session carries on; every text reads as it was written and no plaintext is left."""
    env = {**os.environ, "HOTLINE_INSECURE_FAST_KDF": "1", "PYTHONPATH": str(REPO)}
    killed = subprocess.run(
        [sys.executable, "-c", SEAL_AND_DIE, str(old_desk.root), ADMIN_PW],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
    )
    assert killed.returncode == -9, killed.stderr
    steps = [line.split() for line in killed.stdout.splitlines()]
    assert [int(done) for done, _total in steps] == [1, 2]
    total = int(steps[0][1])
    admin = desk.unlock(old_desk, ADMIN, ADMIN_PW)
    try:
        assert not text_sealed(admin.db)
        left = text_sealing.waiting(admin)
        assert left == total - 2  # what the killed process had not sealed
        # Meanwhile the half-sealed desk reads as before: sealed and plaintext rows alike.
        assert calllog.open_call(admin, 1).record.code_word == "Lemurcode"
        assert text_sealing.seal_remaining(admin) == left
        assert text_sealed(admin.db) and text_sealing.waiting(admin) == 0
        detail = calllog.open_call(admin, 1)
        assert (detail.record.notes, detail.record.code_word, detail.record.callback_times) == (
            "Kirpiqnote corrected passport",
            "Lemurcode",
            "Otterhour",
        )
        assert [c.body for c in detail.comments] == [
            "Ibiscomment on the case",
            "Tapirreturn: add the district",
        ]
        assert calllog.open_call(admin, 2).record.notes == "Пастбище паспорт у агентства"
        assert changed_rows(admin.db) == []
        db_key = admin.secrets[SECRET_DB]
    finally:
        admin.close()
    assert residue(old_desk.database, db_key, *OLD_WORDS, "Oldclue") == []
    assert residue(old_desk.database, db_key, "CREATE TABLE")
