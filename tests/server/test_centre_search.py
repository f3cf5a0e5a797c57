"""Searching the notes on a centre: a supervisor's own encrypted index on the
workstation, filled from the server's ciphertext with progress; words in az, ru and en
found; no token in the file read raw; a sealed call's tokens gone at the next fill; an
operator's workstation cannot search (no file made)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from hotline.errors import DeskError
from hotline.permissions import Role
from hotline.services import centre_people, centre_sealing, centre_search, sealing
from hotline.services.centre_people import CentreSignIn
from hotline.services.search import SearchUnavailable
from hotline.storage.centre_index import CentreIndex
from hotline.textfold import fold_az
from hotline.ui import i18n
from hotline.ui.centre_index import CentreIndexFill
from hotline.ui.worker import DbWorker
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW
from tests.server.enrolled import JoinedCentre, set_up_joined
from tests.server.postgres import PostgresServer
from tests.server.test_centre_sealing import _add, _save

NOTES = {
    "az": "Qadın Bakıda işləyirdi, pasportunu götürdülər",
    "ru": "Она работала в Москве, паспорт отобрали",
    "en": "Her employer kept the passport in Dubai",
}
WORDS = {"az": "işləyirdi", "ru": "Москве", "en": "employer"}


@pytest.fixture
def centre(postgres: PostgresServer, tmp_path: Path) -> JoinedCentre:
    return set_up_joined(postgres, tmp_path / "admin-ws")


@pytest.fixture
def admin(centre: JoinedCentre) -> Iterator[CentreSignIn]:
    signin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    yield signin
    signin.close()


def _raw_holds(path: Path, words: list[str]) -> list[str]:
    """The words (as typed and as indexed, folded and lower-cased) found in the index's
    files read raw, without their key."""
    blobs = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    found = []
    for word in words:
        for form in {word, word.lower(), fold_az(word).lower()}:
            if form.encode("utf-8") in blobs:
                found.append(form)
    return found


def test_a_supervisor_finds_words_in_three_languages_and_sealed_ones_go(
    centre: JoinedCentre, admin: CentreSignIn
) -> None:
    _add(admin, OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)
    leyla = centre_people.sign_in(centre.first, OPERATOR, OPERATOR_PW)
    calls = {}
    try:
        for n, (lang, text) in enumerate(NOTES.items()):
            started = datetime(2026, 3, 2 + n, 9, 30, tzinfo=UTC)
            calls[lang] = _save(leyla, started, notes=text)
        # An operator's workstation: no case-text key, no index, no file.
        with pytest.raises(SearchUnavailable):
            centre_search.open_index(leyla)
        assert not centre_search.index_path(centre.first.folder, leyla.user_id).exists()
    finally:
        leyla.close()

    index = centre_search.open_index(admin)
    seen: list[tuple[int, int]] = []
    try:
        filled = centre_search.fill(admin, index, lambda done, total: seen.append((done, total)))
        assert filled.indexed == 3 and seen[-1] == (3, 3)
        for lang, word in WORDS.items():
            assert centre_search.search(admin, index, word) == [calls[lang].id], lang
        assert centre_search.search(admin, index, "isleyirdi") == [calls["az"].id]  # folded
        assert _raw_holds(index.path, [*WORDS.values(), "pasportunu", "Dubai"]) == []
        # Again: nothing new, nothing twice.
        assert centre_search.fill(admin, index).indexed == 0
        assert index.count() == 3

        centre_sealing.seal(
            admin, [calls["ru"].id], sealing.decision("court", "5/2026", "2026-11-01")
        )
        filled = centre_search.fill(admin, index)
        assert filled.removed == 1 and filled.indexed == 0
        assert centre_search.search(admin, index, "Москве") == []
        assert centre_search.search(admin, index, "employer") == [calls["en"].id]
        assert _raw_holds(index.path, ["Москве", "работала"]) == []
    finally:
        index.close()
    # The file opens with the supervisor's key only: another key reads nothing.
    with pytest.raises(DeskError):
        CentreIndex(index.path, b"\x01" * 32)


def test_the_fill_runs_on_the_worker_with_progress_and_an_operator_is_told(
    centre: JoinedCentre, admin: CentreSignIn, qtbot: QtBot
) -> None:
    _add(admin, OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)
    leyla = centre_people.sign_in(centre.first, OPERATOR, OPERATOR_PW)
    worker = DbWorker()
    try:
        for n in range(3):
            _save(leyla, datetime(2026, 4, 1 + n, tzinfo=UTC), notes=f"note {n} zəng")
        fill = CentreIndexFill()
        seen: list[tuple[int, int]] = []
        fill.progressed.connect(lambda done, total: seen.append((done, total)))
        with qtbot.waitSignal(fill.filled, timeout=20000) as result:
            fill.start(worker, admin)
        assert result.args is not None and result.args[0].indexed == 3
        assert seen and seen[-1] == (3, 3)
        assert threading.main_thread() is threading.current_thread()
        # An operator's fill fails with the plain message, in her language.
        with qtbot.waitSignal(fill.failed, timeout=20000) as refused:
            fill.start(worker, leyla)
        assert refused.args is not None
        error = refused.args[0]
        assert isinstance(error, SearchUnavailable)
        i18n.install("ru")
        try:
            assert "ключ супервайзера" in error.message(QCoreApplication.translate)
        finally:
            i18n.install("en")
    finally:
        worker.stop()
        leyla.close()
