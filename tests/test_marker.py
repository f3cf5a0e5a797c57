"""The marker test: call content never reaches a file the program writes in clear.

A unique string is typed into a call's notes, identity details, entity and
code word, through the real command line and services in a child process
whose temp folder, home and config folders are private to the test. Then
every file under the data folder, the temp folder and the home is searched.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

from tests.conftest import OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW, Desk
from tests.helpers import child_env

SCRIPT = textwrap.dedent("""
    import sys
    from pathlib import Path
    from hotline.paths import DeskPaths
    from hotline.records import Entity, IdentityDetails
    from hotline.services import backup, calls, desk, integrity
    from tests.factories import job_in_dubai
    root, marker = Path(sys.argv[1]), sys.argv[2]
    paths = DeskPaths(root)
    op = desk.unlock(paths, sys.argv[3], sys.argv[4])
    draft = calls.start_call(op)
    record = job_in_dubai(op.user.id, notes="Zəng: " + marker, code_word=marker[:20],
                          entities=(Entity("agency", marker),), consent="yes",
                          identity_consent=True)
    calls.autosave(op, draft.id, record, 40)
    calls.save_call(op, record, draft_id=draft.id,
                    identity=IdentityDetails(name=marker, phone="+994500000000"))
    try:
        calls.save_call(op, record.with_changes(outcomes=()))
    except Exception as exc:
        print("refused:", exc)
    op.close()
    sup = desk.unlock(paths, sys.argv[5], sys.argv[6])
    call_id = calls.caller_history(sup, record.caller_pseudonym)[0].call_id
    print("read back:", calls.read_identity(sup, call_id, "test")[0].name == marker)
    sup.close()
""")


def files_under(*roots: Path) -> list[Path]:
    found = []
    for root in roots:
        if root.exists():
            found += [p for p in root.rglob("*") if p.is_file()]
    return found


def test_marker_is_in_no_file(staffed_desk: Desk, tmp_path: Path) -> None:
    marker = f"MARKER-{uuid.uuid4().hex}"
    tmp, home = tmp_path / "tmp", tmp_path / "home"
    tmp.mkdir()
    home.mkdir()
    env = child_env(
        {
            "TMPDIR": str(tmp),
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_DATA_HOME": str(home / ".local"),
        }
    )
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            SCRIPT,
            str(staffed_desk.paths.root),
            marker,
            OPERATOR,
            OPERATOR_PW,
            SUPERVISOR,
            SUPERVISOR_PW,
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).parent.parent,
        timeout=120,
    )
    assert "read back: True" in result.stdout, result.stdout + result.stderr
    assert "refused:" in result.stdout and marker not in result.stdout.split("read back")[0]
    files = files_under(staffed_desk.paths.root, tmp, home)
    assert any(p.name == "hotline.log" for p in files), "the log was not written"
    assert any(p.name == "desk.db" for p in files)
    needles = [marker.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]
    for path in files:
        data = path.read_bytes()
        for needle in needles:
            assert needle not in data, f"marker found in {path}"
    assert marker not in result.stderr
