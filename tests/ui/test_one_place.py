"""One place for each thing in the window's code: a second copy makes these fail."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hotline.ui import i18n

UI = Path(i18n.__file__).parent


def places(pattern: str) -> list[str]:
    found = re.compile(pattern)
    return sorted(
        str(path.relative_to(UI))
        for path in UI.rglob("*.py")
        if found.search(path.read_text(encoding="utf-8"))
    )


@pytest.mark.parametrize(
    ("what", "pattern", "home"),
    [
        ("the LanguageChange handling", r"QEvent\.Type\.LanguageChange:", ["i18n.py"]),
        ("a formatter of errors", r"def \w*error_text\(", ["problems.py"]),
        ("the core's message contexts", r"translate\(\s*\"(errors|validation)\"", []),
        ("labels of review states", r"\"(Not reviewed|Being reviewed)\"", ["vocabulary.py"]),
        ("labels of task kinds", r"Commission on Minors' Affairs\"", ["vocabulary.py"]),
        ("labels of entity kinds", r"\"Agency( or company)?\"", ["vocabulary.py"]),
        ("style sheets with colours", r"setStyleSheet\(\s*f?\"[^\"]*(#|color)", []),
    ],
)
def test_written_once(what: str, pattern: str, home: list[str]) -> None:
    assert places(pattern) == home, what
