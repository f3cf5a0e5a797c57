"""The main window: the pages the user's roles allow, the menu (language, lock,
sign out), the idle lock and the privacy screen."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QProgressDialog,
    QStackedWidget,
    QWidget,
)
from shiboken6 import isValid

from hotline.errors import DeskError
from hotline.paths import resolve_data_dir
from hotline.permissions import ROLE_LABELS, Action, Role, allowed
from hotline.services import audit_checks, centre_entity_keys, desk, search, settings, text_sealing
from hotline.services.backup import BACKUP_STEPS, BackupCancelled
from hotline.services.desk import check_password
from hotline.services.session import Session

if TYPE_CHECKING:
    from hotline.services.centre_session import CentreLink
from hotline.ui import i18n
from hotline.ui.about import HelpMenu
from hotline.ui.backup_lane import lane_of
from hotline.ui.i18n import Retranslatable
from hotline.ui.live import LiveUpdates
from hotline.ui.lock_screen import LockScreen, PrivacyScreen
from hotline.ui.navigation import PageList, PageStack
from hotline.ui.outbox_status import OutboxStatus
from hotline.ui.pages import PAGES, PageSpec
from hotline.ui.problems import NOTHING_WRITTEN, error_text
from hotline.ui.status_line import StatusLine
from hotline.ui.worker import DbWorker, show_unhandled

URGENT_WARNINGS = frozenset(
    {
        audit_checks.WARN_ROOT,
        audit_checks.WARN_LOG_CUT,
        audit_checks.WARN_HEAD_FILE,
        audit_checks.WARN_ROLES,
        desk.WARN_DISK_FULL,
    }
)
DOUBLE_ESC_MS = 1000  # Esc twice within a second: the privacy screen
ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


def _idle_minutes(session: Session) -> int:
    return settings.value(session, settings.IDLE_LOCK)


def _expired(session: Session) -> bool:
    return session.expired()


def visible_pages(
    roles: Iterable[Role], pages: list[PageSpec] | None = None, centre: bool = False
) -> list[PageSpec]:
    """The pages the roles allow; a centre's own pages only on a centre's session."""
    roles = frozenset(roles)
    return [
        p
        for p in (PAGES if pages is None else pages)
        if allowed(roles, p.action) and (p.on_desk or centre)
    ]


DEFAULT_SIZE = QSize(1280, 860)


def default_size(available: QSize) -> QSize:
    """The first window fits the screen it opens on (a 1366x768 laptop: issue 16)."""
    return DEFAULT_SIZE.boundedTo(available)


class MainWindow(Retranslatable, QMainWindow):
    signed_out = Signal()
    sealing_progressed = Signal(int, int)  # an upgraded desk's text being sealed, likewise
    index_progressed = Signal(int, int)  # emitted on the worker thread, shown on the GUI's

    def __init__(
        self,
        worker: DbWorker,
        user_name: str,
        roles: Iterable[Role],
        demo: bool = False,
        parent: QWidget | None = None,
        warnings: Iterable[str] = (),
        data_dir: Path | None = None,
        centre: CentreLink | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.centre = centre
        self.user_name = user_name
        self.roles = frozenset(roles)
        self.demo = demo
        self.locked = False
        self.private = False
        self._last_esc = 0.0
        self.stack = QStackedWidget(self)
        # the pages and, for a user with more than one, the list of them on the left
        self.body = QWidget(self.stack)
        self.page_stack = PageStack(self.body)
        centre_session = worker.session is not None and worker.session.remote() is not None
        shown = visible_pages(self.roles, centre=centre_session)
        self.nav = PageList(shown, self.body)
        self.specs = self.nav.specs  # in the list's order: Ctrl+1 is its first page
        self.pages: dict[str, QWidget] = {}
        for spec in self.specs:
            page = spec.make(worker, self.page_stack)
            self.pages[spec.key] = page
            self.page_stack.addWidget(page)
            changed = getattr(page, "settings_changed", None)
            if changed is not None:  # the Settings page: the idle lock applies at once
                changed.connect(self.reload_settings)
        # an operator who only takes calls gets the whole window for the form
        self.nav.setVisible(len(self.specs) > 1)
        self.nav.page_chosen.connect(self._page_chosen)
        self.whole_window = {spec.key for spec in self.specs if spec.whole_window}
        self.page_actions: dict[str, QAction] = {}  # the Pages menu's, filled below
        body_layout = QHBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(0)
        body_layout.addWidget(self.nav)
        body_layout.addWidget(self.page_stack, 1)
        # the operator's topics take Ctrl+1..9 first (a ShortcutOverride): the primary topic
        self.page_keys: list[QShortcut] = []
        for number in range(1, min(9, len(self.specs)) + 1):
            jump = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            jump.setContext(Qt.ShortcutContext.WindowShortcut)
            jump.activated.connect(lambda n=number: self._jump(n))
            self.page_keys.append(jump)
        for sequence, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            cycle = QShortcut(QKeySequence(sequence), self)
            cycle.setContext(Qt.ShortcutContext.WindowShortcut)
            cycle.activated.connect(lambda s=step: self.cycle_page(s))
            self.page_keys.append(cycle)
        if shown:  # the first page of PAGES the roles allow (an administrator's: Desk health)
            self._focus_into(self.show_page(shown[0].key))
        self.lock_screen = LockScreen(self.stack)
        self.privacy = PrivacyScreen(self.stack)
        for widget in (self.body, self.lock_screen, self.privacy):
            self.stack.addWidget(widget)
        self.setCentralWidget(self.stack)
        self.lock_screen.unlock.connect(self._check_unlock)
        self.lock_screen.sign_out.connect(self.sign_out)

        menu = self.menuBar()
        self.desk_menu = menu.addMenu("")
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.lock_action.triggered.connect(self.lock)
        self.out_action = QAction(self)
        self.out_action.triggered.connect(self.sign_out)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.password_action = QAction(self)
        self.password_action.triggered.connect(self.change_password)
        self.desk_menu.addActions(
            [self.password_action, self.lock_action, self.out_action, self.quit_action]
        )
        self.addAction(self.lock_action)
        # the pages in a menu too: found with the mouse even while the call form hides the list
        self.pages_menu = menu.addMenu("")
        self.pages_menu.menuAction().setVisible(len(self.specs) > 1)
        self.page_headings: dict[str, QAction] = {}
        pages_group = QActionGroup(self)
        for spec in self.specs:
            if spec.group not in self.page_headings:
                heading = self.pages_menu.addAction("")
                heading.setEnabled(False)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                self.page_headings[spec.group] = heading
            action = self.pages_menu.addAction("")
            action.setCheckable(True)
            action.setChecked(spec.key == self.current_key())
            action.triggered.connect(lambda _c=False, key=spec.key: self._go(key))
            pages_group.addAction(action)
            self.page_actions[spec.key] = action
        self.language_menu = menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for language in i18n.LANGUAGES:
            action = QAction(i18n.NATIVE_NAMES[language], self)
            action.setCheckable(True)
            action.setChecked(language == i18n.current())
            action.triggered.connect(lambda _c=False, lang=language: self.set_language(lang))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[language] = action
        self.help_menu = HelpMenu(lambda: data_dir or resolve_data_dir(None), self)
        menu.addMenu(self.help_menu)

        self.esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.esc.setContext(Qt.ShortcutContext.WindowShortcut)
        self.esc.activated.connect(self._escape)

        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self.idle_ms = 5 * 60_000
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.warnings = tuple(warnings)
        self.warning_label = StatusLine(self)
        self.statusBar().addWidget(self.warning_label, 1)
        self.statusBar().setVisible(bool(self.warnings))
        self.statusBar().messageChanged.connect(self._status_message_changed)
        # A job that failed without its own handler: shown here, in the user's language.
        self.problem: BaseException | None = None
        self.worker.on_unhandled = self.show_problem
        self.worker.call(_idle_minutes, on_done=self._set_idle_minutes)
        # The notes' search index catches up on the worker, from the last call indexed.
        self.index_label = QLabel(self)
        self.index_bar = QProgressBar(self)
        self.index_bar.setMaximumWidth(200)
        self.index_done = (0, 0)
        self.index_parts: tuple[QWidget, ...] = (self.index_label, self.index_bar)
        for part in self.index_parts:
            self.statusBar().addPermanentWidget(part)
            part.setVisible(False)
        self.index_sealing = False  # the bar shows the sealing of an upgraded desk's text
        # or, on a centre, the lookup values given to calls saved before them
        self.index_keying = False
        self.keying: centre_entity_keys.Keying | None = None
        self.index_progressed.connect(self._show_index_progress)
        self.sealing_progressed.connect(
            lambda done, total: self._show_index_progress(done, total, sealing=True)
        )
        if allowed(self.roles, Action.READ_NOTES):
            # An upgraded desk's text is sealed first, a batch per job: the window's own
            # reads and saves pass between the batches. Then the index catches up.
            self.sealing = (0, 0)
            self.worker.call(self._seal_first, on_done=self._sealed, on_error=self._seal_failed)
        # Sign in again after 12 hours at most (SECURITY.md); the draft is kept.
        self.expiry = QTimer(self)
        self.expiry.setInterval(60_000)
        self.expiry.timeout.connect(lambda: self.worker.call(_expired, on_done=self._maybe_expired))
        self.expiry.start()
        # The daily backup, in any user's session, when due (on the worker, no dialog).
        self.backups = lane_of(worker)
        self.live: LiveUpdates | None = None
        if centre is not None:
            self._follow_centre(centre)
        self.backups.daily_written.connect(self._daily_backup_written)
        self.backups.daily_failed.connect(self._daily_backup_failed)
        self.backups.start_daily()
        self.finishing: QProgressDialog | None = None
        self._after_backups: Callable[[], object] = lambda: None
        screen = self.screen()
        self.resize(default_size(screen.availableGeometry().size() if screen else DEFAULT_SIZE))
        geometry = i18n.settings().value("ui/geometry")
        if geometry:
            self.restoreGeometry(geometry)
        self.retranslate()

    # --- pages ------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        return self.pages[key]

    def current_key(self) -> str | None:
        return self.nav.current_key()

    def show_page(self, key: str) -> QWidget:
        """Bring a page to the front (and mark it in the list); the page."""
        page = self.pages[key]
        if self.nav.current_key() != key:
            self.nav.set_current(key)  # its signal shows the page
        self.page_stack.setCurrentWidget(page)
        return page

    def _page_chosen(self, key: str) -> None:
        self.page_stack.setCurrentWidget(self.pages[key])
        on_list = self.nav.hasFocus()
        self.nav.setVisible(len(self.specs) > 1 and key not in self.whole_window)
        if on_list and not self.nav.isVisible():
            self._focus_into(self.pages[key])
        for spec_key, action in self.page_actions.items():
            action.setChecked(spec_key == key)

    def cycle_page(self, step: int) -> None:
        """Ctrl+PgDown / Ctrl+PgUp: the next or previous page, round the end of the list."""
        if self.locked or self.private or len(self.specs) < 2:
            return
        keys = self.nav.order()
        here = self.current_key()
        index = keys.index(here) if here in keys else 0
        self._go(keys[(index + step) % len(keys)])

    def _jump(self, number: int) -> None:
        """Ctrl+1..9: the list's page of that number."""
        if not (self.locked or self.private) and number <= len(self.specs):
            self._go(self.nav.order()[number - 1])

    def _go(self, key: str) -> None:
        """From the keyboard: the page, with the keyboard where it was last on that page
        (or on its first field), unless the keyboard is on the list."""
        on_list = self.nav.hasFocus()
        page = self.show_page(key)
        if not (on_list and self.nav.isVisible()):
            self._focus_into(page)

    @staticmethod
    def _focus_into(page: QWidget) -> None:
        """The keyboard where it last was on the page, or on the page's first field."""

        def takes(widget: QWidget | None) -> bool:
            return (
                widget is not None
                and page.isAncestorOf(widget)
                and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
                and widget.isVisibleTo(page)
                and widget.isEnabled()
            )

        target: QWidget | None = page.focusWidget()
        if not takes(target):
            target = page.nextInFocusChain()
            while target is not None and target is not page and not takes(target):
                target = target.nextInFocusChain()
        (target or page).setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- the notes' search index --------------------------------------------------
    def _seal_first(self, session: Session) -> tuple[int | None, int]:
        """On the worker thread: how much an upgraded desk holds in plaintext, and the
        first batch sealed; (None, 0) when there is nothing to seal or no key to."""
        if not text_sealing.can_seal(session):
            return None, 0
        return self._seal_next(session)[0], text_sealing.waiting(session)

    def _seal_next(self, session: Session) -> tuple[int | None, int]:
        return text_sealing.seal_step(session), 0

    def _sealed(self, result: tuple[int | None, int]) -> None:
        """A batch sealed (on the GUI thread): its progress, then the next batch, or the
        index once nothing is left."""
        step, left = result
        if step:
            done, total = self.sealing
            done += step
            total = max(total, done + left)
            self.sealing = (done, total)
            self.sealing_progressed.emit(done, total)
            self.worker.call(self._seal_next, on_done=self._sealed, on_error=self._seal_failed)
            return
        if step == 0:  # the last step closed the desk to plaintext
            self.sealing_progressed.emit(self.sealing[1], self.sealing[1])
        self.worker.call(self._key_first, on_done=self._keyed, on_error=self._key_failed)

    def _key_first(self, session: Session) -> int:
        """On the worker thread, on a centre: the first batch of the calls saved before
        their entities' lookup values given them (centre_entity_keys), 0 when none waits
        or this session cannot (an operator's, or the single-file desk)."""
        self.keying = centre_entity_keys.start(session)
        return 0 if self.keying is None else self._key_next(session)

    def _key_next(self, session: Session) -> int:
        assert self.keying is not None
        return centre_entity_keys.step(session, self.keying)

    def _keyed(self, step: int) -> None:
        """A batch keyed (on the GUI thread): its progress and the next batch, a job
        each (the window's own reads and saves pass between them); then the index."""
        keying = self.keying
        if step and keying is not None:
            self._show_index_progress(keying.looked, max(keying.total, keying.looked), keying=True)
            self.worker.call(self._key_next, on_done=self._keyed, on_error=self._key_failed)
            return
        self.worker.call(self._update_index, on_done=self._index_done, on_error=self._index_done)

    def _key_failed(self, exc: BaseException) -> None:
        """A batch refused (a call changed meanwhile, the server away): what was keyed
        stays, the rest waits for the next sign-in; the status line says why, and the
        notes' index still catches up."""
        self.show_problem(exc)
        self._keyed(0)

    def _seal_failed(self, exc: BaseException) -> None:
        """A batch failed (a full disk...): what was sealed stays sealed, the rest waits for
        the next session; the status line says why, the bar leaves."""
        self._index_done()
        self.show_problem(exc)

    def _update_index(self, session: Session) -> int:
        """On the worker thread: index the calls saved since the last session (on a
        centre, in this supervisor's own index, from the server's ciphertext)."""
        remote = session.remote()
        if remote is not None:
            return remote.update_index(self.index_progressed.emit)
        if not search.open_index(session) or search.pending(session) == 0:
            return 0
        return search.update_index(session, self.index_progressed.emit)

    def _show_index_progress(
        self, done: int, total: int, sealing: bool = False, keying: bool = False
    ) -> None:
        self.index_sealing = sealing
        self.index_keying = keying
        self.index_done = (done, total)
        self.index_bar.setRange(0, max(total, 1))
        self.index_bar.setValue(done)
        for part in self.index_parts:
            part.setVisible(done < total)
        self.statusBar().setVisible(done < total or self._status_wanted())
        self.retranslate()

    def _index_done(self, _result: object = None) -> None:
        """Finished (or failed: a search then catches up by itself); the bar leaves."""
        for part in self.index_parts:
            part.setVisible(False)
        self.statusBar().setVisible(self._status_wanted())

    def _status_wanted(self) -> bool:
        """Whether the status line has something to say (the index's bar aside)."""
        return (
            bool(self.warnings)
            or self.problem is not None
            or self.warning_label.kept_offline is not None
        )

    def _follow_centre(self, centre: CentreLink) -> None:
        """On a centre: the call log, the review queue and the statistics reload when
        another workstation saves or claims (LISTEN/NOTIFY), the idle lock and the form's
        directory when an administrator changes them, and the status line says when the
        server is out of reach and how many calls wait here to be sent."""
        self.outbox_status = OutboxStatus(self.show_offline, self)
        centre.watch_outbox(self.outbox_status.report)
        live = LiveUpdates(self)
        self.live = live
        self.live_timers = []
        for key in ("calllog", "review", "statistics"):
            # The call shown stays open (and what is typed in it) as the rows reload.
            reload = getattr(self.pages.get(key), "live_reload", None)
            if reload is not None:
                for signal in ("call_saved", "review_changed"):
                    self.live_timers.append(live.reload_on(signal, reload))
        # the centre's settings (the idle lock) and directory (beside the outcomes) at once
        self.live_timers.append(live.reload_on("shared_changed", self.reload_settings))
        directory = getattr(self.pages.get("operator"), "refresh_directory", None)
        if directory is not None:
            self.live_timers.append(live.reload_on("shared_changed", directory))
        live.start_feed(centre.live)

    def show_offline(
        self, kept: int | None, ended: bool = False, problem: DeskError | None = None
    ) -> None:
        """The centre's server is out of reach (``ended``: it refuses the person's login;
        ``problem``: what it showed was refused here), ``kept`` calls wait on this
        computer (ui/outbox_status.py); None once it is reached."""
        self.warning_label.set_offline(kept, ended, problem)
        indexing = self.index_bar.isVisibleTo(self.statusBar())
        self.statusBar().setVisible(indexing or self._status_wanted())

    # --- language ---------------------------------------------------------------
    def set_language(self, language: str) -> None:
        i18n.install(language)
        i18n.save_language(language)
        for lang, action in self.language_actions.items():
            action.setChecked(lang == language)

    # --- idle lock ----------------------------------------------------------------
    def reload_settings(self) -> None:
        self.worker.call(_idle_minutes, on_done=self._set_idle_minutes)

    def _set_idle_minutes(self, minutes: int) -> None:
        self.idle_ms = max(1, int(minutes)) * 60_000
        self.idle.start(self.idle_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and not self.locked:
            self.idle.start(self.idle_ms)
        return False

    def _maybe_expired(self, expired: bool) -> None:
        if expired and not getattr(self, "_left", False):
            self.sign_out()

    # --- privacy screen ---------------------------------------------------------------
    def _escape(self) -> None:
        now = time.monotonic()
        if (now - self._last_esc) * 1000 <= DOUBLE_ESC_MS:
            self._last_esc = 0.0
            self.toggle_privacy()
        else:
            self._last_esc = now
            if self.stack.currentWidget() is self.body:
                # the first Esc says what a second one does (issue 16)
                self.statusBar().show()
                self.statusBar().showMessage(
                    self.tr("Press Esc again at once to hide the screen."), DOUBLE_ESC_MS
                )

    def _status_message_changed(self, message: str) -> None:
        if not message:
            self.statusBar().setVisible(self._status_wanted())

    def toggle_privacy(self) -> None:
        self.statusBar().clearMessage()
        if self.locked:
            return
        self.private = not self.private
        if self.private:
            self._focus_before = self.focusWidget()
            self.stack.setCurrentWidget(self.privacy)
            self.privacy.setFocus()
        else:
            self.stack.setCurrentWidget(self.body)
            before = getattr(self, "_focus_before", None)
            if before is not None:
                before.setFocus()
        self.menuBar().setEnabled(not self.private)

    # --- lock -----------------------------------------------------------------------------
    def flush_pages(self) -> None:
        for page in self.pages.values():
            flush = getattr(page, "flush", None)
            if callable(flush):
                flush()

    def lock(self) -> None:
        if self.locked:
            return
        for page in self.pages.values():
            on_lock = getattr(page, "on_lock", None)
            if callable(on_lock):
                on_lock()
        self.flush_pages()
        self.locked = True
        self.private = False
        self.idle.stop()
        self._focus_before = self.focusWidget()
        self.stack.setCurrentWidget(self.lock_screen)
        self.lock_screen.prepare(self.user_name)
        self.desk_menu.setEnabled(False)
        self.retranslate()

    def _check_unlock(self, password: str) -> None:
        self.worker.call(
            check_password, password, on_done=self._unlocked, on_error=self._unlock_failed
        )

    def _unlocked(self, _result: object = None) -> None:
        self.locked = False
        self.lock_screen.prepare(self.user_name)
        self.stack.setCurrentWidget(self.body)  # on the page that was shown before the lock
        self.desk_menu.setEnabled(True)
        self.menuBar().setEnabled(True)
        self.idle.start(self.idle_ms)
        before = getattr(self, "_focus_before", None)
        if before is not None:
            before.setFocus()
        self.retranslate()

    def _unlock_failed(self, exc: BaseException) -> None:
        self.lock_screen.show_error(lambda: error_text(exc))

    # --- one's own password -------------------------------------------------------------
    def change_password(self) -> None:
        from hotline.ui.admin.password_dialog import OwnPasswordDialog

        dialog = OwnPasswordDialog(self.worker, self.user_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.done_with.connect(self._password_changed)
        self.password_dialog = dialog
        dialog.open()

    def _password_changed(self, _name: str) -> None:
        self.statusBar().show()
        self.statusBar().showMessage(self.tr("Your password was changed."), 8000)

    # --- the daily backup -------------------------------------------------------------------
    def _daily_backup_written(self, _result: object) -> None:
        """A quiet note: an operator mid-call is not interrupted."""
        if isValid(self):
            self.statusBar().show()
            self.statusBar().showMessage(
                self.tr("The daily backup was written and verified."), 8000
            )

    def _daily_backup_failed(self, exc: object) -> None:
        if not isValid(self) or not isinstance(exc, BaseException):
            return
        if isinstance(exc, BackupCancelled):
            return
        self.statusBar().show()
        self.statusBar().showMessage(
            self.tr(
                "The daily backup was not written: %1 An administrator sees it on Desk health."
            ).replace("%1", error_text(exc, NOTHING_WRITTEN)),
            60_000,
        )

    def _when_backups_done(self, then: Callable[[], object]) -> None:
        """`then` once no backup is queued or running; meanwhile "Finishing the backup…"
        with its progress and Cancel (a cancelled backup leaves no file and no line)."""
        self._after_backups = then
        if not self.backups.busy:
            self._backups_over()
            return
        if self.finishing is not None:
            return
        dialog = QProgressDialog(self)
        dialog.setObjectName("finishing_backup")
        dialog.setWindowTitle(self.tr("152 — Hotline desk"))
        dialog.setLabelText(self.tr("Finishing the backup…"))
        dialog.setCancelButtonText(self.tr("Cancel the backup"))
        dialog.setRange(0, BACKUP_STEPS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.canceled.connect(self._cancel_backups)
        self.backups.progressed.connect(dialog.setValue)
        self.backups.written.connect(self._backup_ended)
        self.backups.failed.connect(self._backup_ended)
        self.finishing = dialog
        dialog.show()

    def _cancel_backups(self) -> None:
        self.backups.cancel_all()
        if self.finishing is not None:
            self.finishing.setLabelText(self.tr("Cancelling the backup…"))

    def _backup_ended(self, _value: object) -> None:
        if not self.backups.busy:
            self._backups_over()

    def _backups_over(self) -> None:
        dialog, self.finishing = self.finishing, None
        if dialog is not None:
            for signal in (self.backups.written, self.backups.failed):
                signal.disconnect(self._backup_ended)
            self.backups.progressed.disconnect(dialog.setValue)
            dialog.hide()
            dialog.deleteLater()
        then, self._after_backups = self._after_backups, lambda: None
        then()

    # --- leaving --------------------------------------------------------------------------
    def sign_out(self) -> None:
        """The draft stays in the desk and is offered at the next sign-in. A backup still
        running (the administrator's sign-out one) is finished first, shown."""
        self.flush_pages()
        self._leave()
        self._when_backups_done(self._signed_out)

    def _signed_out(self) -> None:
        self.signed_out.emit()
        self.close()

    def _leave(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.idle.stop()
        self.expiry.stop()
        self.backups.stop_daily()
        if self.live is not None:
            self.live.stop()
        if self.worker.on_unhandled == self.show_problem:
            self.worker.on_unhandled = show_unhandled

        def close_session(session: Session) -> None:
            session.close()
            self.worker.session = None

        if self.worker.session is not None:
            # A page's last job before the session closes (the administrator's backup).
            for page in self.pages.values():
                before = getattr(page, "before_sign_out", None)
                if callable(before):
                    before()
            self.worker.call(close_session)
        self._left = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not getattr(self, "_left", False):
            self.flush_pages()
            self._leave()
        if self.backups.busy:  # quitting waits for the backup (shown, cancel allowed)
            event.ignore()
            self._when_backups_done(self.close)
            return
        self.worker.wait_idle(10.0)
        i18n.settings().setValue("ui/geometry", self.saveGeometry())
        super().closeEvent(event)

    # --- text -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        title = self.tr("152 — Hotline desk")
        if not self.locked:
            roles = ", ".join(
                QCoreApplication.translate("roles", ROLE_LABELS[r]) for r in sorted(self.roles)
            )
            title += f" — {self.user_name} ({roles})"
        if self.demo:
            title = self.tr("DEMO") + " — " + title + " — " + self.tr("DEMO")
        self.setWindowTitle(title)
        self.nav.retranslate()
        self.pages_menu.setTitle(self.tr("&Pages"))
        for group, heading in self.page_headings.items():
            heading.setText(QCoreApplication.translate("pages", group))
        for number, spec in enumerate(self.specs, start=1):
            title = QCoreApplication.translate("pages", spec.title)
            keys = f"\tCtrl+{number}" if number <= 9 else ""
            self.page_actions[spec.key].setText(title.replace("&", "&&") + keys)
        self.desk_menu.setTitle(self.tr("&Desk"))
        self.password_action.setText(self.tr("Change my password…"))
        self.lock_action.setText(self.tr("Lock the screen"))
        self.out_action.setText(self.tr("Sign out"))
        self.quit_action.setText(self.tr("Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        # the signs of tampering and a full disk first: shown whole when the rest is counted
        ordered = sorted(self.warnings, key=lambda w: w not in URGENT_WARNINGS)
        shown = [QCoreApplication.translate("warnings", w) for w in ordered]
        if self.problem is not None:
            shown.append(error_text(self.problem))
        self.warning_label.set_warnings(shown)
        done, total = self.index_done
        if self.index_sealing:
            progress = self.tr("Sealing the notes of the upgraded desk: %1 of %2 texts")
        elif self.index_keying:
            progress = self.tr("Linking earlier calls by the entities they name: %1 of %2 calls")
        else:
            progress = self.tr("Preparing the notes' search: %1 of %2 calls")
        self.index_label.setText(progress.replace("%1", f"{done:,}").replace("%2", f"{total:,}"))

    def show_problem(self, exc: BaseException) -> None:
        """A failed job nobody handled: its message (never its text) in the status line."""
        self.problem = exc
        self.statusBar().setVisible(True)
        self.retranslate()
