"""The palette: every text colour readable on the backgrounds it is shown on (WCAG AA)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from hotline.ui import palette

AA = 4.5  # WCAG 2.1 contrast for normal text


def luminance(colour: str) -> float:
    red, green, blue = (int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4))

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def contrast(ink: str, back: str) -> float:
    light, dark = sorted((luminance(ink), luminance(back)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def window() -> str:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app.palette().window().color().name()


# (text, background) as the screens use them; disabled states are left out.
def pairs() -> dict[str, tuple[str, str]]:
    win, paper = window(), palette.PAPER
    return {
        "refusal under a form": (palette.ERROR_INK, win),
        "alarm text": (palette.ALARM, win),
        "hint": (palette.HINT_INK, win),
        "muted on the window": (palette.MUTED_INK, win),
        "muted row": (palette.MUTED_INK, paper),
        "muted returned row": (palette.MUTED_INK, palette.RETURNED_ROW),
        "section title": (palette.TITLE_INK, win),
        "phone number": (palette.LINK_INK, win),
        "status line": (palette.INFO_INK, win),
        "held identity": (palette.GOOD_INK, win),
        "good banner": (palette.GOOD_INK, palette.GOOD_BACK),
        "bad banner": (palette.BAD_INK, palette.BAD_BACK),
        "info banner": (palette.INFO_INK, palette.INFO_BACK),
        "notice": (palette.TITLE_INK, palette.NOTICE_BACK),
        "chip": (palette.CHIP_INK, palette.CHIP_BACK),
        "chip ticked": (palette.ON_ACCENT, palette.CHIP_ON),
        "new call button": (palette.ON_ACCENT, palette.START),
        "do-not-call-back mark": (palette.ON_ACCENT, palette.ALARM),
        "danger row": ("#000000", palette.DANGER_ROW),
        "child row": ("#000000", palette.CHILD_ROW),
        "overdue row": ("#000000", palette.OVERDUE_ROW),
    }


@pytest.mark.parametrize("name", sorted(pairs()))
def test_text_is_readable(name: str) -> None:
    ink, back = pairs()[name]
    assert contrast(ink, back) >= AA, f"{name}: {contrast(ink, back):.2f}"


def test_colours_are_written_in_the_palette_only() -> None:
    """A colour written anywhere else in the window's code is a second palette."""
    ui = Path(palette.__file__).parent
    colour = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b|QColor\(\s*[\"'](?!#)")
    found = [
        f"{path.relative_to(ui)}:{number}: {line.strip()}"
        for path in sorted(ui.rglob("*.py"))
        if path.name != "palette.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if colour.search(line)
    ]
    assert not found, found
