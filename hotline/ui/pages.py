"""The pages of the main window: one list, each with the action it needs and the
group (the job) it is listed under.

Other screens append their spec to PAGES (supervisor call log, export...);
the window shows only the pages the signed-in user's roles allow, grouped under
GROUPS in that order (a page of an administrator's is in ADMINISTRATION unless
it says otherwise).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Action
from hotline.ui.worker import DbWorker

PageFactory = Callable[[DbWorker, QWidget | None], QWidget]

# The headings of the window's page list, in the order they are listed (the "pages" context).
CALLS = QT_TRANSLATE_NOOP("pages", "Calls")
REVIEW = QT_TRANSLATE_NOOP("pages", "Review and follow-up")
ADMINISTRATION = QT_TRANSLATE_NOOP("pages", "Administration")
GROUPS: tuple[str, ...] = (CALLS, REVIEW, ADMINISTRATION)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # a source text in the "pages" context, translated where it is shown
    factory: PageFactory
    action: Action
    group: str = ADMINISTRATION  # one of GROUPS
    # the call form: shown on the whole window, the list of pages out of its way (the
    # window's Pages menu and Ctrl+PgDown/PgUp, Ctrl+1..9 still lead to the others)
    whole_window: bool = False
    # False: on a centre's session the page would show this workstation's cache as if
    # it were the centre's, so it says instead that it is not there yet (make())
    on_centre: bool = True
    # the page on a centre's session where it is another than the desk's
    centre_factory: PageFactory | None = None
    # where on_centre is False: what to do instead, a source text of NotOnCentrePage's
    centre_hint: str = ""
    # False: a centre's page only (the single-file desk has nothing of the kind), not
    # listed on the desk (main_window.visible_pages)
    on_desk: bool = True

    def make(self, worker: DbWorker, parent: QWidget | None) -> QWidget:
        """The page for this session: its own; on a centre, its centre's page, or where
        it does not work there yet, the page that says so (ui/admin/not_on_centre.py)."""
        session = worker.session
        if session is not None and session.remote() is not None:
            if self.centre_factory is not None:
                return self.centre_factory(worker, parent)
            if not self.on_centre:
                from hotline.ui.admin.not_on_centre import NotOnCentrePage

                return NotOnCentrePage(self.title, self.centre_hint, parent)
        return self.factory(worker, parent)


def _operator(worker: DbWorker, parent: QWidget | None) -> QWidget:
    from hotline.ui.operator.page import OperatorPage

    return OperatorPage(worker, parent)


PAGES: list[PageSpec] = [
    PageSpec(
        "operator",
        QT_TRANSLATE_NOOP("pages", "Take calls"),
        _operator,
        Action.TAKE_CALL,
        CALLS,
        whole_window=True,
    ),
]


def _call_log(worker: DbWorker, parent: QWidget | None) -> QWidget:
    from hotline.ui.supervisor.calllog_page import CallLogPage

    return CallLogPage(worker, parent)


def _review_queue(worker: DbWorker, parent: QWidget | None) -> QWidget:
    from hotline.ui.supervisor.review_queue import ReviewQueuePage

    return ReviewQueuePage(worker, parent)


def _tasks(worker: DbWorker, parent: QWidget | None) -> QWidget:
    from hotline.ui.supervisor.tasks_page import TasksPage

    return TasksPage(worker, parent)


def _statistics(worker: DbWorker, parent: QWidget | None) -> QWidget:
    from hotline.ui.supervisor.statistics_page import StatisticsPage

    return StatisticsPage(worker, parent)


PAGES += [
    PageSpec(
        "review",
        QT_TRANSLATE_NOOP("pages", "Review queue"),
        _review_queue,
        Action.REVIEW_CALL,
        REVIEW,
    ),
    PageSpec(
        "calllog", QT_TRANSLATE_NOOP("pages", "Call log"), _call_log, Action.READ_ALL_CALLS, REVIEW
    ),
    PageSpec("tasks", QT_TRANSLATE_NOOP("pages", "Tasks"), _tasks, Action.MANAGE_TASKS, REVIEW),
    PageSpec(
        "statistics",
        QT_TRANSLATE_NOOP("pages", "Statistics"),
        _statistics,
        Action.READ_STATISTICS,
        REVIEW,
    ),
]


def _outside_contact(worker: DbWorker, parent: QWidget | None) -> QWidget:
    from hotline.ui.supervisor.outside_contact import OutsideContactPage

    return OutsideContactPage(worker, parent)


PAGES.append(
    PageSpec(
        "outside_contact",
        QT_TRANSLATE_NOOP("pages", "Outside contact"),
        _outside_contact,
        Action.ENTER_ON_BEHALF,
        CALLS,
    )
)


def _export(worker: DbWorker, parent: QWidget | None) -> QWidget:
    from hotline.ui.export.export_page import ExportPage

    return ExportPage(worker, parent)


PAGES.append(
    PageSpec(
        "export",
        QT_TRANSLATE_NOOP("pages", "Export"),
        _export,
        Action.EXPORT,  # on a centre too: the service counts and records on its server
    )
)


def _users(worker: DbWorker, parent: QWidget | None) -> QWidget:
    from hotline.ui.admin.users_page import UsersPage

    return UsersPage(worker, parent)


def _approvals(worker: DbWorker, parent: QWidget | None) -> QWidget:
    from hotline.ui.admin.approvals_page import ApprovalsPage

    return ApprovalsPage(worker, parent)


PAGES += [
    PageSpec("users", QT_TRANSLATE_NOOP("pages", "Users"), _users, Action.MANAGE_USERS),
    PageSpec(
        "approvals",
        QT_TRANSLATE_NOOP("pages", "Approvals"),
        _approvals,
        Action.READ_AUDIT,
    ),
]


def _settings(worker: DbWorker, parent: QWidget | None) -> QWidget:
    from hotline.ui.admin.settings_page import SettingsPage

    return SettingsPage(worker, parent)


PAGES.append(
    PageSpec(
        "settings",
        QT_TRANSLATE_NOOP("pages", "Settings"),
        _settings,
        Action.SETTINGS,
    )
)


def _audit(worker: DbWorker, parent: QWidget | None) -> QWidget:
    from hotline.ui.admin.audit_page import AuditViewerPage

    return AuditViewerPage(worker, parent)


PAGES.append(
    PageSpec(
        "audit",
        QT_TRANSLATE_NOOP("pages", "Audit log"),
        _audit,
        Action.READ_AUDIT,
    )
)


def _health(worker: DbWorker, parent: QWidget | None) -> QWidget:
    from hotline.ui.admin.health_page import HealthPage

    return HealthPage(worker, parent)


# The administrator's first page: how the desk stands, and what to do about it.
PAGES.insert(
    0,
    PageSpec(
        "health",
        QT_TRANSLATE_NOOP("pages", "Desk health"),
        _health,
        Action.SETTINGS,  # on a centre, the server's figures (services/health.py)
    ),
)


def _backups(worker: DbWorker, parent: QWidget | None) -> QWidget:
    from hotline.ui.admin.backups_page import BackupsPage

    return BackupsPage(worker, parent)


def _centre_backups(worker: DbWorker, parent: QWidget | None) -> QWidget:
    from hotline.ui.admin.centre_backups_page import CentreBackupsPage

    return CentreBackupsPage(worker, parent)


PAGES.append(
    PageSpec(
        "backups",
        QT_TRANSLATE_NOOP("pages", "Backups"),
        _backups,
        Action.BACKUP,
        centre_factory=_centre_backups,
    )
)


def _restore(worker: DbWorker, parent: QWidget | None) -> QWidget:
    from hotline.ui.admin.restore_page import RestorePage

    return RestorePage(worker, parent)


PAGES.append(
    PageSpec(
        "restore",
        QT_TRANSLATE_NOOP("pages", "Restore"),
        _restore,
        Action.RESTORE,
        on_centre=False,
        centre_hint=QT_TRANSLATE_NOOP(
            "NotOnCentrePage",
            "A centre is restored on its server, into a new database, with "
            "'hotline restore --server' and a backup the Backups page wrote.",
        ),
    )
)


def _desk_check(worker: DbWorker, parent: QWidget | None) -> QWidget:
    from hotline.ui.admin.desk_check_page import DeskCheckPage

    return DeskCheckPage(worker, parent)


PAGES.append(
    PageSpec(
        "desk_check",
        QT_TRANSLATE_NOOP("pages", "Desk check"),
        _desk_check,
        Action.VERIFY,
    )
)


def _import_old_log(worker: DbWorker, parent: QWidget | None) -> QWidget:
    from hotline.ui.admin.import_page import ImportPage

    return ImportPage(worker, parent)


PAGES.append(
    PageSpec(
        "import_old_log",
        QT_TRANSLATE_NOOP("pages", "Import old log"),
        _import_old_log,
        Action.IMPORT,  # on a centre, through the outbox (services/centre_import.py)
    )
)


def _directory(worker: DbWorker, parent: QWidget | None) -> QWidget:
    from hotline.ui.admin.directory_page import DirectoryPage

    return DirectoryPage(worker, parent)


PAGES.append(
    PageSpec(
        "directory",
        QT_TRANSLATE_NOOP("pages", "Referral directory"),
        _directory,
        Action.EDIT_DIRECTORY,
    )
)


def _workstations(worker: DbWorker, parent: QWidget | None) -> QWidget:
    from hotline.ui.admin.workstations_page import WorkstationsPage

    return WorkstationsPage(worker, parent)


PAGES.append(
    PageSpec(
        "workstations",
        QT_TRANSLATE_NOOP("pages", "Workstations"),
        _workstations,
        Action.MANAGE_USERS,
        centre_factory=_workstations,
        on_desk=False,
    )
)


def _sealing(worker: DbWorker, parent: QWidget | None) -> QWidget:
    from hotline.ui.admin.sealing_page import SealingPage

    return SealingPage(worker, parent)


PAGES.append(
    PageSpec(
        "sealing",
        QT_TRANSLATE_NOOP("pages", "Sealing"),
        _sealing,
        Action.SEAL_RECORD,
    )
)
