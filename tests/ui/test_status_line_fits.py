"""Issue 16: the main window stays within a 1366 px screen whatever warning its status
line shows, in every language (the ru window became 1472 px wide); the warning is read
whole, wrapped onto more lines, never cut."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hotline.permissions import Role
from hotline.services import audit_checks, desk
from hotline.ui import i18n
from hotline.ui.main_window import URGENT_WARNINGS, MainWindow
from hotline.ui.status_line import MARK, MAX_LINES
from hotline.ui.worker import DbWorker
from tests.conftest import OPERATOR, Desk
from tests.ui.clipping import clipped
from tests.ui.conftest import settle, sign_in

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
WIDTH = 1366
WARNINGS = (
    desk.WARN_BACKEND_CHANGED,
    desk.WARN_WEAK_KDF,
    desk.WARN_UNBOUND,
    desk.WARN_REBOUND,
    desk.WARN_DISK_FULL,
    audit_checks.WARN_LOG_CUT,
    audit_checks.WARN_HEAD_FILE,
    audit_checks.WARN_ROOT,
    audit_checks.WARN_ROLES,
)


def _show(window: MainWindow, warnings: tuple[str, ...]) -> None:
    window.warnings = warnings
    window.statusBar().setVisible(True)
    window.retranslate()
    QApplication.processEvents()


@pytest.mark.parametrize("language", ["az", "ru", "en"])
@pytest.mark.parametrize("roles", ["operator", "all"])
def test_every_warning_fits_the_screen(
    qtbot: QtBot, worker: DbWorker, staffed_desk: Desk, language: str, roles: str
) -> None:
    sign_in(worker, staffed_desk)
    i18n.install(language)
    granted = frozenset({Role.OPERATOR}) if roles == "operator" else frozenset(Role)
    window = MainWindow(worker, OPERATOR, granted, warnings=WARNINGS[:1])
    qtbot.addWidget(window)
    window.resize(WIDTH, 728)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, worker)
    # the notes' index catching up shows its progress beside the warnings
    window._show_index_progress(1_000, 100_000)
    # each warning alone, then all of them at once
    for warnings in [*((w,) for w in WARNINGS), WARNINGS]:
        _show(window, warnings)
        label = window.warning_label
        assert label.isVisible()
        assert window.width() <= WIDTH, (warnings, window.width())
        assert window.minimumSizeHint().width() <= WIDTH, warnings
        assert window.minimumSizeHint().height() <= 728, warnings
        assert label.geometry().right() <= window.width()
        found = [f for f in clipped(window) if "⚠" in f]
        assert found == [], found
        # what is not shown whole is counted, and every warning is whole in the tooltip
        # the signs of tampering and a full disk come first
        ordered = sorted(warnings, key=lambda w: w not in URGENT_WARNINGS)
        texts = [QCoreApplication.translate("warnings", w) for w in ordered]
        assert all(t in label.toolTip() for t in texts)
        assert label.shown >= 1 and all(t in label.text() for t in texts[: label.shown])
        if label.shown < len(texts):
            assert str(len(texts) - label.shown) in label.text()
        if label.shown > 1:  # more lines only for one warning that needs them alone
            assert label.height() <= MAX_LINES * label.fontMetrics().lineSpacing() + 12
    # all of them: an urgent one is read first, whole
    urgent = [MARK + QCoreApplication.translate("warnings", w) for w in URGENT_WARNINGS]
    assert any(label.text().startswith(text) for text in urgent)
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / f"{language}_{roles}_status_all_warnings.png"))
