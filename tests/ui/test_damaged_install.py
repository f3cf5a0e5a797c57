"""A damaged data file is told at start, in the user's language, before anyone signs in."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from hotline import referrals, resources
from hotline.ui import i18n
from hotline.ui.app import Desk


def test_a_damaged_directory_is_named_at_start(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    shutil.copytree(resources.resources_dir(), data)
    (data / "referrals.json").write_text('{"entries": []}', encoding="utf-8")
    monkeypatch.setenv(resources.ENV, str(data))
    referrals.load.cache_clear()
    i18n.install("ru")
    desk = Desk(tmp_path / "desk", demo=False)
    try:
        desk.start()
        window = desk.window
        assert isinstance(window, QLabel)
        assert "referrals.json" in window.text()
        assert "переустановите программу" in window.text()
        assert not (tmp_path / "desk").exists()  # no wizard, nothing created
    finally:
        desk.shutdown()
        if desk.window is not None:
            desk.window.close()
        i18n.install("en")
        monkeypatch.delenv(resources.ENV)
        referrals.load.cache_clear()
