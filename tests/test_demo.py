"""Demo desks reproduce: a seed and an end date give the same calls on any day."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from hotline.paths import DeskPaths
from hotline.services import demo, desk
from hotline.services.session import Session
from tests.conftest import ADMIN, ADMIN_PW
from tests.helpers import hotline

UNTIL = datetime(2026, 12, 1, tzinfo=UTC)


def fingerprint(session: Session) -> list[tuple[object, ...]]:
    return [
        tuple(row)
        for row in session.db.query(
            "SELECT c.started_at, c.created_at, c.month, c.no_content, c.region, c.caller_sex,"
            " c.exploitation, c.destination, group_concat(t.topic) FROM calls c"
            " LEFT JOIN call_topics t ON t.call_id = c.id GROUP BY c.id ORDER BY c.id"
        )
    ]


def test_a_seed_and_an_end_date_give_the_same_desk(admin_session: Session, tmp_path: Path) -> None:
    demo.generate(admin_session, 300, seed=21, months=24, until=UNTIL)
    first = fingerprint(admin_session)
    paths = DeskPaths(tmp_path / "again")
    desk.init_desk(paths, ADMIN, ADMIN_PW, bind_device=False)
    other = desk.unlock(paths, ADMIN, ADMIN_PW)
    try:
        demo.generate(other, 300, seed=21, months=24, until=UNTIL)
        assert fingerprint(other) == first
    finally:
        other.close()
    assert len(first) == 300
    starts = sorted(str(row[0]) for row in first)
    assert starts[-1] < "2026-12-01" and starts[0] >= "2024-11-"
    assert {str(row[1])[:10] for row in first} == {"2026-12-01"}


def test_cli_until_takes_a_date_and_refuses_anything_else(tmp_path: Path) -> None:
    data = tmp_path / "desk"
    hotline(data, "init", "--admin", ADMIN, "--no-keychain", stdin=f"{ADMIN_PW}\n{ADMIN_PW}\n")
    bad = hotline(
        data, "demo", "--calls", "5", "--until", "1 December", user=ADMIN, stdin=f"{ADMIN_PW}\n"
    )
    assert bad.returncode != 0 and "YYYY-MM-DD" in bad.stderr
    assert "Traceback" not in bad.stderr
    good = hotline(
        data,
        "demo",
        "--calls",
        "5",
        "--seed",
        "1",
        "--until",
        "2026-12-01",
        user=ADMIN,
        stdin=f"{ADMIN_PW}\n",
    )
    assert good.returncode == 0, good.stderr
