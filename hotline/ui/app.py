"""Starting the window: the language, first-run set-up or sign-in, the main window,
and the throwaway demo desk (`hotline --demo`).

Only what the sign-in window needs is imported before it paints; the services,
the crypto and the operator's page load afterwards.
"""

from __future__ import annotations

import os
import signal
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QVBoxLayout, QWidget

from hotline.paths import DeskPaths, resolve_data_dir
from hotline.permissions import Role
from hotline.ui import i18n
from hotline.ui.about import app_icon
from hotline.ui.login import LoginWindow
from hotline.ui.sign_in import SignedIn
from hotline.ui.worker import DbWorker

BENCH_ENV = "HOTLINE_EXIT_AFTER_FIRST_PAINT"
SCREENSHOT_ENV = "HOTLINE_SIGN_IN_SCREENSHOT"
DEMO_CALLS = 3000
DEMO_USERS: list[tuple[str, str, Role]] = [
    ("admin", "admin tries the demo desk", Role.ADMINISTRATOR),
    ("supervisor", "supervisor reads the demo calls", Role.SUPERVISOR),
    ("operator", "operator takes a demo call", Role.OPERATOR),
]


def make_demo_desk(paths: DeskPaths, calls: int = DEMO_CALLS) -> None:
    """A throwaway desk with one user per role and synthetic calls (worker thread)."""
    os.environ["HOTLINE_INSECURE_FAST_KDF"] = "1"
    from hotline.services import demo, desk, users

    (admin, admin_pw, _role), *others = DEMO_USERS
    # The administrator is also a supervisor: only a holder of the vault key can
    # give the supervisor role to another user.
    desk.init_desk(paths, admin, admin_pw, bind_device=False)
    session = desk.unlock(paths, admin, admin_pw)
    try:
        for name, password, role in others:
            users.add_user(session, name, frozenset({role}), password)
        demo.generate(session, calls, seed=1, months=12)
    finally:
        session.close()


class _FirstPaint(QObject):
    """For bench/startup.py: print when the sign-in window first paints, then quit.

    For the package smoke test, SCREENSHOT_ENV names a PNG to save the sign-in
    window into first (it holds no call content: nobody is signed in).
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: self._finish(watched))
        return False

    def _finish(self, watched: QObject) -> None:
        shot = os.environ.get(SCREENSHOT_ENV)
        if shot and isinstance(watched, QWidget):
            saved = watched.grab().save(shot)
            print("screenshot saved" if saved else "screenshot NOT saved", flush=True)
        QApplication.quit()


class Busy(QWidget):
    def __init__(self, text: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.label = QLabel(text, self)
        bar = QProgressBar(self)
        bar.setRange(0, 0)
        bar.setAccessibleName(text)
        layout.addWidget(self.label)
        layout.addWidget(bar)
        self.setMinimumWidth(420)


class Desk(QObject):
    """Which window is up: set-up, sign-in, or the main window."""

    def __init__(
        self,
        data_dir: str | os.PathLike[str] | None,
        demo: bool,
        config_dir: str | os.PathLike[str] | None = None,
    ) -> None:
        super().__init__()
        self.demo = demo
        self.worker = DbWorker()
        self.tmp: tempfile.TemporaryDirectory[str] | None = None
        if demo:
            self.tmp = tempfile.TemporaryDirectory(prefix="hotline-demo-")
            self.paths = DeskPaths(Path(self.tmp.name) / "desk")
        else:
            self.paths = DeskPaths(resolve_data_dir(data_dir))
        # A workstation that joined a centre signs in there unless a desk folder is named.
        self.workstation: Any = None
        self.broken: BaseException | None = None  # a centre.json that is not one
        if not demo:
            from hotline.errors import DeskError
            from hotline.services.joined import joined_centre

            try:
                self.workstation = joined_centre(data_dir, config_dir)
            except DeskError as exc:
                self.broken = exc
        self.window: QWidget | None = None
        self.main: Any = None

    def start(self) -> None:
        from hotline import data_files
        from hotline.errors import DeskError

        try:
            data_files.check()
            if self.broken is not None:
                raise self.broken
        except DeskError as exc:
            self._fatal(exc)
            return
        if self.demo:
            busy = Busy(self.tr("Preparing the demo desk with invented calls…"))
            busy.setWindowTitle(self.tr("DEMO"))
            self._show(busy)
            self.worker.run(
                make_demo_desk,
                self.paths,
                on_done=lambda _r: self.login(),
                on_error=self._fatal,
            )
        elif self.workstation is None and not self.paths.exists():
            self.setup()
        else:
            self.login()

    def _show(self, window: QWidget) -> None:
        old = self.window
        self.window = window
        window.show()
        if old is not None and old is not window:
            old.close()
            old.deleteLater()

    def _fatal(self, exc: BaseException) -> None:
        from hotline.ui.problems import error_text

        label = QLabel(error_text(exc))
        label.setWordWrap(True)
        self._show(label)

    def setup(self) -> None:
        from hotline.ui.setup_wizard import SetupWizard

        wizard = SetupWizard(self.worker, self.paths)
        wizard.finished.connect(lambda name: self.login(str(name)))
        self._show(wizard)

    def login(self, user_name: str = "") -> None:
        login = LoginWindow(
            self.worker,
            self.paths,
            demo_users=DEMO_USERS if self.demo else None,
            workstation=self.workstation,
        )
        if user_name:  # straight after set-up: the administrator signs in first
            login.user.setText(user_name)
            login.password.setFocus()
        login.signed_in.connect(self.signed_in)
        if os.environ.get(BENCH_ENV) or os.environ.get(SCREENSHOT_ENV):
            self._bench = _FirstPaint(login)
            login.installEventFilter(self._bench)
        self._show(login)

    def signed_in(self, who: SignedIn) -> None:
        from hotline.ui.main_window import MainWindow

        main = MainWindow(
            self.worker,
            who.user_name,
            who.roles,
            demo=self.demo,
            warnings=who.warnings,
            data_dir=self.paths.root,
            centre=who.centre,
        )
        main.signed_out.connect(lambda: self.login())
        self.main = main
        old = self.window
        self.window = main
        main.show()
        if old is not None:
            old.close()
            old.deleteLater()

    def shutdown(self) -> None:
        self.worker.stop()
        if self.tmp is not None:
            self.tmp.cleanup()


def run(
    data_dir: str | os.PathLike[str] | None = None,
    demo: bool = False,
    config_dir: str | os.PathLike[str] | None = None,
) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("hotline152")
    app.setOrganizationName("hotline152")
    app.setDesktopFileName("org.hotline152.Desk")  # the .desktop file: Wayland finds the icon
    app.setWindowIcon(app_icon())
    i18n.install(i18n.saved_language())
    desk = Desk(data_dir, demo, config_dir)
    # Ctrl+C or a polite kill closes the desk properly (the draft is autosaved, the
    # demo folder removed); Python handles signals only when it runs, so wake it.
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_args: QApplication.closeAllWindows())
    wake = QTimer()
    wake.start(300)
    wake.timeout.connect(lambda: None)
    desk.start()
    try:
        return app.exec()
    finally:
        desk.shutdown()
