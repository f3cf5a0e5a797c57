"""hotline seal, retention and hold, run for real in child processes."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from hotline.services import backup, calls, sealing
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW, Desk
from tests.factories import job_in_dubai
from tests.helpers import hotline

PERSON = "Limon Dolu 101"


def _desk_with_calls(desk: Desk) -> list[int]:
    leyla = desk.open(OPERATOR, OPERATOR_PW)
    assert leyla.user is not None
    ids = [
        calls.save_call(leyla, job_in_dubai(leyla.user.id, notes=f"note {i}")).call_id
        for i in range(2)
    ]
    leyla.close()
    return ids


def _as_admin(desk: Desk, *args: str, extra: str = "") -> tuple[int, str, str]:
    result = hotline(desk.paths.root, *args, user=ADMIN, stdin=f"{ADMIN_PW}\n{extra}")
    return result.returncode, result.stdout, result.stderr


def test_seal_dry_run_then_seal_with_an_approver(staffed_desk: Desk, tmp_path: Path) -> None:
    ids = _desk_with_calls(staffed_desk)
    admin = staffed_desk.open()
    kept = backup.backup(admin, tmp_path / "kept.tar").path
    admin.close()
    day = (date.today() - timedelta(days=1)).isoformat()
    code, out, err = _as_admin(staffed_desk, "seal", "--pseudonym", PERSON, "--dry-run")
    assert code == 0, err
    assert f"call {ids[0]}" in out and "2 calls to seal" in out and "nothing was sealed" in out
    decision = ["--decision-body", "court", "--decision-no", "2-55/2026", "--decision-date", day]
    # No number: refused with a clear message before any password is read.
    code, out, err = _as_admin(
        staffed_desk, "seal", "--pseudonym", PERSON, *decision[:2], "--decision-date", day
    )
    assert code == 1 and "number of the decision" in err
    code, out, err = _as_admin(staffed_desk, "seal", "--pseudonym", PERSON, *decision)
    assert code == 0 and "Request" in out and "needs a second person" in out, err
    request = int(out.split("Request ", 1)[1].split()[0])
    approved = hotline(
        staffed_desk.paths.root,
        "approvals",
        "approve",
        str(request),
        user=SUPERVISOR,
        stdin=f"{SUPERVISOR_PW}\n",
    )
    assert approved.returncode == 0, approved.stderr
    code, out, err = _as_admin(
        staffed_desk,
        "seal",
        "--pseudonym",
        PERSON,
        *decision,
        "--approval",
        str(request),
        "--backup",
        str(tmp_path / "lost.tar"),
    )
    assert code == 1, err  # one backup could not be reached
    assert "Sealed 2 calls" in out
    assert f"sealed: {kept}" in out
    assert "NOT SEALED" in out and "lost.tar" in out and "bring it back to be sealed" in out
    admin = staffed_desk.open()
    try:
        assert set(sealing.marks(admin, ids)) == set(ids)
    finally:
        admin.close()
    code, out, err = _as_admin(staffed_desk, "verify")
    assert code == 0, out + err


def test_retention_and_holds(staffed_desk: Desk) -> None:
    ids = _desk_with_calls(staffed_desk)
    code, out, err = _as_admin(staffed_desk, "retention")
    assert code == 0 and "kept until sealed" in out, err
    code, out, err = _as_admin(staffed_desk, "retention", "--years", "0")
    assert code == 1 and "1 to 100 years" in err
    code, out, err = _as_admin(staffed_desk, "retention", "--years", "5", "--run")
    assert code == 0 and "kept 5 years" in out and "of 0 calls" in out, err
    code, out, err = _as_admin(
        staffed_desk, "hold", "add", "--call", str(ids[0]), "--reason", "Case 7/2026"
    )
    assert code == 0 and "Legal hold 1 placed" in out, err
    code, out, err = _as_admin(staffed_desk, "hold", "list")
    assert f"call {ids[0]}" in out and "Case 7/2026" in out
    code, out, err = _as_admin(staffed_desk, "hold", "remove", "1")
    assert code == 0 and "lifted" in out
    code, out, err = _as_admin(staffed_desk, "hold", "remove", "1")
    assert code == 1 and "no legal hold number 1" in err
    denied = hotline(
        staffed_desk.paths.root, "hold", "list", user=OPERATOR, stdin=f"{OPERATOR_PW}\n"
    )
    assert denied.returncode == 1 and "Traceback" not in denied.stderr


def test_seal_retention_and_holds_speak_russian(staffed_desk: Desk, tmp_path: Path) -> None:
    """The sealing commands' own sentences are in the command line's language: a dry run,
    a sealing whose backup is gone, retention and a hold, with --language ru; none of
    their English words is left."""
    ids = _desk_with_calls(staffed_desk)
    ru = {"HOTLINE_LANGUAGE": "ru"}

    def run(*args: str, extra: str = "", user: str = ADMIN, pw: str = ADMIN_PW) -> str:
        result = hotline(staffed_desk.paths.root, *args, user=user, stdin=f"{pw}\n{extra}", env=ru)
        assert "Traceback" not in result.stderr
        return result.stdout

    out = run("seal", "--pseudonym", PERSON, "--dry-run")
    assert f"call {ids[0]}" not in out and "calls to seal" not in out
    assert "nothing was sealed" not in out and "text fields" not in out
    assert any("\u0400" <= ch <= "\u04ff" for ch in out), out
    out = run("retention", "--years", "5", "--run")
    for english in ("Free text", "kept 5 years", "Retention destroyed", "Due now"):
        assert english not in out, out
    out = run("hold", "add", "--call", str(ids[0]), "--reason", "Дело 7/2026")
    assert "Legal hold" not in out and "1" in out
    out = run("hold", "list")
    assert "Дело 7/2026" in out and f"call {ids[0]}" not in out
    day = (date.today() - timedelta(days=1)).isoformat()
    decision = ["--decision-body", "court", "--decision-no", "2-55/2026", "--decision-date", day]
    out = run("hold", "remove", "1")
    out = run("seal", "--pseudonym", PERSON, *decision)
    request = int("".join(ch for ch in out.split("--approval", 1)[1] if ch.isdigit()))
    assert "needs a second person" not in out
    approved = hotline(
        staffed_desk.paths.root,
        "approvals",
        "approve",
        str(request),
        user=SUPERVISOR,
        stdin=f"{SUPERVISOR_PW}\n",
    )
    assert approved.returncode == 0, approved.stderr
    out = run(
        "seal",
        "--pseudonym",
        PERSON,
        *decision,
        "--approval",
        str(request),
        "--backup",
        str(tmp_path / "lost.tar"),
    )
    assert "НЕ ЗАПЕЧАТАНО" in out and "lost.tar" in out, out
    for english in ("Sealed 2 calls", "NOT SEALED", "not found where it was written"):
        assert english not in out, out
