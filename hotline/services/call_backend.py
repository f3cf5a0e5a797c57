"""Where a session's calls are kept when it is not the single-file desk.

The services (calls.save_call, calllog.first_page/page/rows/count, review.claim/release)
check what they are asked, then hand the storing and the reading to the session's
``remote()`` backend when it has one (a centre's session:
hotline.services.centre_session.CentreBackend, the PostgreSQL server with the saves
through the workstation's outbox) and otherwise run the desk's own SQLCipher code.
The window and its pages call the same services whichever it is.

This module is a leaf (the results the backend returns are defined here and used by
the services), so the session and the services import it without a ring.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from hotline.errors import DeskError
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.records import CallRecord, IdentityDetails, Task
from hotline.storage.call_history import CommentLine, HistoryLine
from hotline.storage.calllog import CallFilter, CallRow, Cursor, IdPage, Sort
from hotline.storage.export_store import ExportStore
from hotline.storage.readings import SeenLine
from hotline.storage.statistics import PeriodCounts
from hotline.storage.tasks import TaskLine


@dataclass(frozen=True)
class Imported:
    """What an import stored on a centre (services/centre_import.py)."""

    stored: int  # calls this import put on the server
    held: int  # calls of the file the server held already (an earlier import of it)


class NotOnCentreYet(DeskError):
    """A service the window offers that does not run on a centre yet: said plainly,
    nothing changed (not a misleading "call not found" from the local desk)."""

    template = QT_TRANSLATE_NOOP(
        "errors", "This is not available on a centre yet; nothing was changed."
    )


def refuse_on_centre(remote: object) -> None:
    """NotOnCentreYet when the session has a remote backend (a centre's session)."""
    if remote is not None:
        raise NotOnCentreYet()


@dataclass(frozen=True)
class CallToSave:
    """A call calls.save_call has checked, with what goes with it when it is stored."""

    record: CallRecord
    draft_id: int | None = None
    identity: IdentityDetails | None = None
    sealed_identity: bytes | None = None  # a restored draft's details, sealed for the vault
    minors: bool = False  # the minors' report task is due
    due: datetime | None = None  # the follow-up task's due time


@dataclass(frozen=True)
class SavedCall:
    call_id: int
    tasks: tuple[int, ...]
    minors_report: bool = False
    follow_up_due: datetime | None = None  # the follow-up task the operator agreed


@dataclass(frozen=True)
class FirstPage:
    """What the log shows first after a filter change, in one round trip to the worker.

    Without a text search, `ids` is the first page and `cursor` continues it
    (keyset paging: every later page costs what the first did). With a text
    search (or a sort no index serves, such as duration), the match or the sort is
    the expensive part and every page would pay it again, so all matching ids (up
    to MATERIALIZE_CAP) come at once, sorted by SQL, and `cursor` continues only
    past the cap. A centre pages every sort and a search by keyset (the search's
    matches come from the supervisor's own index on the workstation).
    """

    ids: list[int]
    cursor: Cursor | None
    rows: list[CallRow]


@dataclass(frozen=True)
class EntityLink:
    """An entity of a call and how far it reaches across the desk's calls."""

    kind: str
    value: str
    key: str
    calls: int
    regions: int
    call_ids: tuple[int, ...]


@dataclass(frozen=True)
class CallDetail:
    """One call in full for the detail pane (identity details stay in the vault)."""

    record: CallRecord
    row: CallRow
    linked: tuple[CallRow, ...]
    tasks: tuple[Task, ...]
    history: tuple[HistoryLine, ...]
    comments: tuple[CommentLine, ...]
    seen_by: tuple[SeenLine, ...]
    entities: tuple[EntityLink, ...]
    returned_comment: str


@dataclass(frozen=True)
class ClaimResult:
    call_id: int
    claimed_until: datetime


class Correction(Protocol):
    """How a corrected record is made from the current one (review.correct_field's
    rule, the same on the desk and on a centre): the fixed record and its changes."""

    def __call__(self, current: CallRecord) -> tuple[CallRecord, dict[str, Any]]: ...


class OwnCorrection(Protocol):
    """The operator's corrected record from the call as it is (calls.own_correction, the
    same rule on the desk and on a centre) and the fields it changes."""

    def __call__(self, current: CallRecord) -> tuple[CallRecord, list[str]]: ...


class TaskStore(Protocol):
    """Where a session's tasks are kept: the desk's TaskRepository (storage/tasks.py) or
    a centre's (services/centre_tasks.py). The services check and audit around it."""

    def add(
        self,
        call_id: int | None,
        kind: str,
        created_by: int,
        due_at: datetime | None = None,
        assignee_id: int | None = None,
        note: str = "",
    ) -> int: ...

    def get(self, task_id: int) -> Task | None: ...

    def for_call(self, call_id: int) -> list[Task]: ...

    def open_tasks(self, assignee_id: int | None = None) -> list[Task]: ...

    def listing(self, status: str | None, assignee_id: int | None = None) -> list[TaskLine]: ...

    def close(self, task_id: int, user_id: int, note: str = "") -> None: ...


class CallBackend(Protocol):
    """What the services ask of the place the calls live, once a request is checked."""

    def save_call(self, call: CallToSave) -> SavedCall: ...

    def import_calls(
        self,
        records: Sequence[CallRecord],
        progress: Callable[[int, int], None] | None,
        cancel: threading.Event | None,
        every: int,
    ) -> Imported: ...

    def tasks(self) -> TaskStore: ...

    def first_page(self, f: CallFilter, sort: Sort, limit: int) -> FirstPage: ...

    def page(self, f: CallFilter, sort: Sort, after: Cursor | None, limit: int) -> IdPage: ...

    def rows(self, call_ids: list[int]) -> list[CallRow]: ...

    def count(self, f: CallFilter) -> int: ...

    def statistics(self, first: str, last: str) -> PeriodCounts: ...

    def exports(self, zone_name: str | None) -> ExportStore: ...

    def update_index(self, progress: Callable[[int, int], None] | None) -> int: ...

    def open_call(self, call_id: int) -> CallDetail: ...

    def own_recent(self, since: datetime) -> list[CallRecord]: ...

    def returned_comment(self, call_id: int) -> str: ...

    def undo_no_content(self, call_id: int, window: timedelta) -> str | None: ...

    def decide(self, call_id: int, decision: str, text: str) -> None: ...

    def comment(self, call_id: int, body: str) -> None: ...

    def correct(self, call_id: int, change: Correction, why: str) -> None: ...

    def correct_own(self, call_id: int, change: OwnCorrection) -> None: ...

    def claim(self, call_id: int) -> ClaimResult: ...

    def release(self, call_id: int) -> None: ...

    def find_person(self, typed: str) -> str | None: ...

    def person_calls(self, pseudonym: str) -> list[CallRecord]: ...
