"""The sign-in's finding that the audit log was cut reaches the window in the
user's language (az, ru, en), from the real sign-in after a real cut."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hotline.permissions import Role
from hotline.services.audit_checks import WARN_LOG_CUT
from hotline.ui import i18n
from hotline.ui.main_window import MainWindow
from hotline.ui.worker import DbWorker
from tests.conftest import OPERATOR, OPERATOR_PW, Desk
from tests.security.attacker import drop_guards, raw_sql
from tests.ui.conftest import settle, sign_in

EXPECTED = {
    "en": "The audit log was cut or rewritten since you last signed out",
    "az": "Siz sonuncu dəfə çıxandan bəri audit jurnalı kəsilib",
    "ru": "С вашего последнего выхода журнал аудита обрезан или переписан",
}


def test_a_cut_log_is_told_in_the_users_language(
    qtbot: QtBot, worker: DbWorker, staffed_desk: Desk, tmp_path: Path
) -> None:
    session = staffed_desk.open(OPERATOR, OPERATOR_PW)
    last = session.audit.last().seq
    session.close()
    with raw_sql(staffed_desk.paths, OPERATOR, OPERATOR_PW) as sql:
        drop_guards(sql)
        sql.execute("DELETE FROM audit WHERE seq >= ?", (last - 1,))
        head = sql.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    staffed_desk.paths.audit_head.write_text(
        json.dumps({"seq": head[0], "hash": bytes(head[1]).hex()})
    )
    sign_in(worker, staffed_desk)
    assert worker.session is not None
    assert WARN_LOG_CUT in worker.session.warnings
    window = MainWindow(
        worker, OPERATOR, frozenset({Role.OPERATOR}), warnings=worker.session.warnings
    )
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, worker)
    try:
        for language in ("az", "ru", "en"):
            i18n.install(language)
            QApplication.processEvents()
            assert EXPECTED[language] in window.warning_label.text()
            assert window.warning_label.isVisible()
            window.grab().save(str(tmp_path / f"tampering-{language}.png"))
    finally:
        i18n.install("en")
