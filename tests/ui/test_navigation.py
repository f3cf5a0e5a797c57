"""Issue 13: the main window's navigation. An operator who only takes calls sees no
navigation at all; the others get a list of their pages on the left, under a heading
for each job, reached by Tab, cycled with Ctrl+PgDown/PgUp, jumped to with Ctrl+1..9,
the current page marked, retranslated, nothing cut at 1366x768 in az, ru and en."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTabBar
from pytestqt.qtbot import QtBot

from hotline.permissions import Role
from hotline.ui import i18n
from hotline.ui.admin.health_page import HealthPage
from hotline.ui.main_window import MainWindow
from hotline.ui.navigation import KEY, ordered
from hotline.ui.pages import ADMINISTRATION, CALLS, GROUPS, PAGES, REVIEW
from hotline.ui.worker import DbWorker
from tests.conftest import ADMIN, ADMIN_PW, SUPERVISOR, SUPERVISOR_PW, Desk
from tests.ui.clipping import clipped
from tests.ui.conftest import drain, open_call, settle, sign_in
from tests.ui.keys import focused, press, tab_to, type_text

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
CTRL = Qt.KeyboardModifier.ControlModifier
ALL = frozenset({Role.ADMINISTRATOR, Role.SUPERVISOR})  # the first administrator


def open_window(qtbot: QtBot, worker: DbWorker, name: str, roles: frozenset[Role]) -> MainWindow:
    window = MainWindow(worker, name, roles)
    qtbot.addWidget(window)
    window.resize(1366, 728)  # a 1366x768 laptop, its taskbar below
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    settle(qtbot, worker)
    return window


@pytest.fixture
def admin_window(qtbot: QtBot, worker: DbWorker, staffed_desk: Desk) -> Iterator[MainWindow]:
    sign_in(worker, staffed_desk, ADMIN, ADMIN_PW)
    yield open_window(qtbot, worker, ADMIN, ALL)


@pytest.fixture
def supervisor_window(qtbot: QtBot, worker: DbWorker, staffed_desk: Desk) -> MainWindow:
    sign_in(worker, staffed_desk, SUPERVISOR, SUPERVISOR_PW)
    return open_window(qtbot, worker, SUPERVISOR, frozenset({Role.SUPERVISOR}))


def listed(window: MainWindow) -> list[tuple[str, list[str]]]:
    """What the list shows: each heading with the titles under it, as a person reads it."""
    shown: list[tuple[str, list[str]]] = []
    for i in range(window.nav.count()):
        item = window.nav.item(i)
        if item.data(KEY) is None:
            shown.append((item.text(), []))
        else:
            shown[-1][1].append(item.text())
    return shown


def test_the_operator_sees_no_navigation(qtbot: QtBot, operator_window: MainWindow) -> None:
    window = operator_window
    assert list(window.pages) == ["operator"]
    assert not window.nav.isVisible() and window.findChildren(QTabBar) == []
    # the form has the window's whole width
    assert window.page_stack.width() == window.centralWidget().width()
    page = window.page("operator")
    assert window.page_stack.currentWidget() is page
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    press(qtbot, Qt.Key.Key_2, CTRL)
    assert window.page_stack.currentWidget() is page
    # Tab never lands on a hidden list
    for _ in range(60):
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is not window.nav


def test_the_administrators_pages_are_grouped_by_job(admin_window: MainWindow) -> None:
    window = admin_window
    assert window.nav.isVisible()
    shown = listed(window)
    # every page the roles allow (the desk's: not a centre's own), under its heading, the
    # headings in the order of GROUPS
    assert [heading for heading, _ in shown] == ["Calls", "Review and follow-up", "Administration"]
    expected = {
        group: [
            QCoreApplication.translate("pages", s.title)
            for s in PAGES
            if s.group == group and s.on_desk
        ]
        for group in GROUPS
    }
    for heading, titles in shown:
        source = {"Calls": CALLS, "Review and follow-up": REVIEW, "Administration": ADMINISTRATION}
        assert titles == expected[source[heading]]
    calls, review, admin = (titles for _, titles in shown)
    assert calls[0] == "Take calls" and "Outside contact" in calls
    assert {"Review queue", "Call log", "Tasks", "Statistics"} <= set(review)
    assert {"Desk health", "Users", "Backups", "Export", "Audit log"} <= set(admin)
    # the headings are not pages: no click or key lands on one
    for i in range(window.nav.count()):
        item = window.nav.item(i)
        if item.data(KEY) is None:
            assert not item.flags() & Qt.ItemFlag.ItemIsSelectable
            assert not item.flags() & Qt.ItemFlag.ItemIsEnabled
    # the administrator starts on the desk's health, marked in the list
    assert window.current_key() == "health"
    assert isinstance(window.page_stack.currentWidget(), HealthPage)
    assert window.nav.currentItem().text() == "Desk health"
    assert window.nav.currentItem().font().bold()
    assert "the page shown" in str(
        window.nav.currentItem().data(Qt.ItemDataRole.AccessibleDescriptionRole)
    )
    assert window.nav.accessibleName() == "Pages of the window"


def test_an_administrator_alone_gets_no_calls_heading(
    qtbot: QtBot, worker: DbWorker, staffed_desk: Desk
) -> None:
    sign_in(worker, staffed_desk, ADMIN, ADMIN_PW)
    window = open_window(qtbot, worker, ADMIN, frozenset({Role.ADMINISTRATOR}))
    shown = listed(window)
    assert [heading for heading, _ in shown] == ["Review and follow-up", "Administration"]
    assert shown[0][1] == ["Statistics"]  # the trends are the administrator's too
    assert shown[1][1][0] == "Desk health" and window.current_key() == "health"
    assert "operator" not in window.pages and "review" not in window.pages


def test_keyboard_cycles_and_jumps_through_the_pages(
    qtbot: QtBot, admin_window: MainWindow
) -> None:
    window = admin_window
    keys = window.nav.order()
    assert keys == [s.key for s in ordered(window.specs)]
    assert keys[0] == "operator"  # Calls first
    start = keys.index("health")
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert window.current_key() == keys[start + 1]
    assert window.page_stack.currentWidget() is window.page(keys[start + 1])
    here = focused()
    assert here is not None and window.page(keys[start + 1]).isAncestorOf(here)
    press(qtbot, Qt.Key.Key_PageUp, CTRL)
    press(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert window.current_key() == keys[start - 1]
    # round the ends of the list
    press(qtbot, Qt.Key.Key_1, CTRL)
    assert window.current_key() == keys[0]
    press(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert window.current_key() == keys[-1]
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert window.current_key() == keys[0]
    press(qtbot, Qt.Key.Key_3, CTRL)
    assert window.current_key() == keys[2]
    assert window.nav.currentItem().data(KEY) == keys[2] and window.nav.currentItem().font().bold()
    assert not window.nav.page_items[keys[0]].font().bold()  # only the current page is marked
    press(qtbot, Qt.Key.Key_9, CTRL)
    assert window.current_key() == keys[8]


def test_the_list_is_reached_by_tab_and_moved_with_the_arrows(
    qtbot: QtBot, admin_window: MainWindow
) -> None:
    window = admin_window
    keys = window.nav.order()
    press(qtbot, Qt.Key.Key_3, CTRL)
    tab_to(qtbot, window.nav)
    assert window.current_key() == keys[2]
    press(qtbot, Qt.Key.Key_Down)
    assert window.current_key() == keys[3]
    assert window.page_stack.currentWidget() is window.page(keys[3])
    # the arrows step over the headings: from the last page of Calls to the first of Review
    calls = [s.key for s in window.nav.specs if s.group == CALLS]
    review = [s.key for s in window.nav.specs if s.group == REVIEW]
    window.show_page(calls[-1])
    window.nav.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    assert window.current_key() == review[0]
    press(qtbot, Qt.Key.Key_Up)
    assert window.current_key() == calls[-1]
    press(qtbot, Qt.Key.Key_End)
    assert window.current_key() == window.nav.order()[-1]
    # a cycle from the list keeps the keyboard on the list
    press(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert window.current_key() == window.nav.order()[-2] and focused() is window.nav
    # Home: the call form, on the whole window; the keyboard goes into the form
    press(qtbot, Qt.Key.Key_Home)
    assert window.current_key() == "operator" and not window.nav.isVisible()
    here = focused()
    assert here is not None and window.page("operator").isAncestorOf(here)


def test_the_call_form_gets_the_whole_window_and_the_menu_leads_on(
    qtbot: QtBot, supervisor_window: MainWindow
) -> None:
    window = supervisor_window
    assert window.current_key() == "operator"  # a supervisor takes calls first
    assert not window.nav.isVisible()
    assert window.page_stack.width() == window.centralWidget().width()
    # the Pages menu lists every page under its heading, the current one checked
    texts = [a.text() for a in window.pages_menu.actions()]
    assert texts[0] == "Calls" and not window.pages_menu.actions()[0].isEnabled()
    assert "Take calls\tCtrl+1" in texts and "Review and follow-up" in texts
    assert window.page_actions["operator"].isChecked()
    window.page_actions["tasks"].trigger()
    assert window.current_key() == "tasks" and window.nav.isVisible()
    assert window.page_actions["tasks"].isChecked()
    assert not window.page_actions["operator"].isChecked()
    press(qtbot, Qt.Key.Key_1, CTRL)
    assert window.current_key() == "operator" and not window.nav.isVisible()


def test_letters_typed_on_the_list_during_a_call_move_no_page(
    qtbot: QtBot, supervisor_window: MainWindow, worker: DbWorker
) -> None:
    window = supervisor_window
    page = open_call(qtbot, window, worker)
    window.nav.setFocus(Qt.FocusReason.TabFocusReason)
    # "Call log", "Tasks", "Statistics", "Review queue": their first letters among these
    type_text(window.nav, "Call Tasks Statistics Review")
    assert window.current_key() == "operator"
    assert page.status.isVisible()
    assert "Pages of the window" in page.status.text()
    assert "not typed into any field" in page.status.text().lower()


def test_the_page_is_kept_across_a_lock_but_not_a_sign_out(
    qtbot: QtBot, worker: DbWorker, staffed_desk: Desk
) -> None:
    sign_in(worker, staffed_desk, ADMIN, ADMIN_PW)
    window = open_window(qtbot, worker, ADMIN, ALL)
    window.show_page("backups")
    window.lock()
    assert window.stack.currentWidget() is window.lock_screen
    press(qtbot, Qt.Key.Key_PageDown, CTRL)  # no page moves behind the lock
    press(qtbot, Qt.Key.Key_2, CTRL)
    assert window.current_key() == "backups"
    qtbot.keyClicks(window.lock_screen.password, ADMIN_PW)
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    settle(qtbot, worker)
    assert not window.locked and window.stack.currentWidget() is window.body
    assert window.current_key() == "backups"
    assert window.page_stack.currentWidget() is window.page("backups")
    window.sign_out()
    settle(qtbot, worker)
    sign_in(worker, staffed_desk, ADMIN, ADMIN_PW)
    again = open_window(qtbot, worker, ADMIN, ALL)
    assert again.current_key() == "health"


def test_a_language_switch_retranslates_the_list(qtbot: QtBot, admin_window: MainWindow) -> None:
    window = admin_window
    english = window.nav.width()
    i18n.install("ru")
    drain()
    assert [h for h, _ in listed(window)] == [
        "Звонки",
        "Проверка и сопровождение",
        "Администрирование",
    ]
    assert "Приём звонков" in listed(window)[0][1]
    assert window.nav.accessibleName() == "Страницы окна"
    assert window.nav.currentItem().text() == QCoreApplication.translate("pages", "Desk health")
    assert window.nav.width() > english  # the list widens for the longer words
    i18n.install("az")
    drain()
    assert [h for h, _ in listed(window)] == ["Zənglər", "Yoxlama və izləmə", "İdarəetmə"]
    assert "Zəng qəbulu" in listed(window)[0][1]
    assert window.current_key() == "health"  # the page shown stays


def _shot(window: MainWindow, name: str) -> list[str]:
    window.resize(1366, 768)
    drain()
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / f"{name}.png"))
    return clipped(window.nav) + clipped(window.body)


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_nothing_is_cut_in_any_language(
    qtbot: QtBot, admin_window: MainWindow, language: str
) -> None:
    i18n.install(language)
    window = admin_window
    assert _shot(window, f"{language}_nav_admin") == []
    # the list fits its window's height at 1366x768: no page hides below the others
    assert window.nav.verticalScrollBar().maximum() == 0
    for key in window.nav.order():
        rect = window.nav.visualItemRect(window.nav.page_items[key])
        assert window.nav.viewport().rect().contains(rect), key
    # a longer list than any language's: the list is never wider than a fifth of the screen
    assert window.nav.width() <= 1366 // 4
    window.show_page("operator")
    assert _shot(window, f"{language}_nav_admin_calls") == []


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_nothing_is_cut_for_the_supervisor_and_the_operator(
    qtbot: QtBot, supervisor_window: MainWindow, language: str
) -> None:
    i18n.install(language)
    assert _shot(supervisor_window, f"{language}_nav_supervisor") == []
    supervisor_window.show_page("review")
    assert _shot(supervisor_window, f"{language}_nav_supervisor_review") == []


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_the_operators_window_in_each_language(
    qtbot: QtBot, operator_window: MainWindow, language: str
) -> None:
    i18n.install(language)
    operator_window.resize(1366, 768)
    drain()
    SHOTS.mkdir(exist_ok=True)
    operator_window.grab().save(str(SHOTS / f"{language}_nav_operator.png"))
    assert not operator_window.nav.isVisible()
    assert operator_window.page_stack.width() == operator_window.centralWidget().width()
    assert clipped(operator_window) == []
