"""The supervisor's call log: filtered pages of calls, one call in full, saved filters,
entities across calls and contacts entered on behalf of an operator.

Reading a call's notes is audited ("call.notes_read"), so the desk can answer
"who has seen this record"; the detail shows that list.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from hotline.errors import InvalidInput, NotFound
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Action
from hotline.records import CallRecord, utcnow
from hotline.services import calls as call_service
from hotline.services import search
from hotline.services.call_backend import CallDetail as CallDetail
from hotline.services.call_backend import EntityLink as EntityLink
from hotline.services.call_backend import FirstPage as FirstPage
from hotline.services.session import Session
from hotline.storage.call_history import CallHistoryRepository, CommentLine, HistoryLine
from hotline.storage.calllog import (
    UNREVIEWED,
    CallFilter,
    CallLogQueries,
    CallRow,
    Cursor,
    IdPage,
    Sort,
)
from hotline.storage.entities import EntityQueries
from hotline.storage.readings import ReadingQueries, SeenLine
from hotline.storage.review_state import RETURNED_COMMENT, REVIEW_STATES, ReviewRepository
from hotline.storage.saved_filters import SavedFilterRepository
from hotline.storage.tasks import TaskRepository

__all__ = [
    "REVIEW_STATES",
    "UNREVIEWED",
    "CallDetail",
    "CallFilter",
    "CallRow",
    "CommentLine",
    "Cursor",
    "EntityLink",
    "FirstPage",
    "HistoryLine",
    "IdPage",
    "SeenLine",
    "Sort",
]

PAGE = 200
SEEN_ACTIONS = ("call.notes_read", "vault.read")
# Opening the same call again within this window (the pane refreshing after a review
# action) adds no new "call.notes_read" entry: the first one already says who read it.
NOTES_READ_WINDOW = timedelta(minutes=10)
OUTSIDE_CHANNELS = ("walk_in", "email_letter", "message", "referral_body")

NEED_NAME = QT_TRANSLATE_NOOP("errors", "give the filter a name.")
NOT_OUTSIDE = QT_TRANSLATE_NOOP(
    "errors",
    "only contacts taken outside the desk (walk-in, e-mail or letter, message, referral) "
    "are entered on behalf of an operator.",
)
NOT_AN_OPERATOR = QT_TRANSLATE_NOOP("errors", "choose an active operator who took the contact.")


# --- the log ------------------------------------------------------------------
def desk_queries(session: Session, f: CallFilter) -> CallLogQueries:
    """The log's queries; a text search needs the notes' index (supervisors' key)."""
    session.require(Action.READ_ALL_CALLS)
    if f.text.strip():
        search.update_index(session)  # the calls saved since (the sign-in filled the rest)
    return CallLogQueries(session.db)


def count(session: Session, f: CallFilter) -> int:
    remote = session.remote()
    if remote is not None:
        session.require(Action.READ_ALL_CALLS)
        return remote.count(f)
    return desk_queries(session, f).count(f)


def page(
    session: Session, f: CallFilter, sort: Sort, after: Cursor | None = None, limit: int = PAGE
) -> IdPage:
    """The ids of the next page of the log and the cursor to continue after it."""
    remote = session.remote()
    if remote is not None:
        session.require(Action.READ_ALL_CALLS)
        return remote.page(f, sort, after, limit)
    return desk_queries(session, f).page(f, sort, after, limit)


def ids(
    session: Session, f: CallFilter, sort: Sort, offset: int = 0, limit: int = PAGE
) -> list[int]:
    return desk_queries(session, f).ids(f, sort, offset, limit)


MATERIALIZE_CAP = 250_000
# Sorts with no index to walk: every keyset page would sort the whole match again.
UNINDEXED_SORTS = frozenset({"duration"})


def first_page(session: Session, f: CallFilter, sort: Sort, limit: int = PAGE) -> FirstPage:
    remote = session.remote()
    if remote is not None:
        session.require(Action.READ_ALL_CALLS)
        return remote.first_page(f, sort, limit)
    queries = desk_queries(session, f)
    size = MATERIALIZE_CAP if f.text.strip() or sort.column in UNINDEXED_SORTS else limit
    found = queries.page(f, sort, None, size)
    return FirstPage(list(found.ids), found.cursor, queries.rows(found.ids[:limit]))


def rows(session: Session, call_ids: list[int]) -> list[CallRow]:
    session.require(Action.READ_ALL_CALLS)
    remote = session.remote()
    if remote is not None:
        return remote.rows(call_ids)
    return CallLogQueries(session.db).rows(call_ids)


# --- one call -------------------------------------------------------------------
def open_call(session: Session, call_id: int) -> CallDetail:
    """The whole record; reading its notes is audited before they are returned."""
    session.require(Action.READ_ALL_CALLS, "call", call_id)
    remote = session.remote()
    if remote is not None:
        return remote.open_call(call_id)
    queries = CallLogQueries(session.db)
    readings = ReadingQueries(session.db)
    calls = session.calls()
    history = CallHistoryRepository(session.db, calls)
    record = calls.get(call_id)
    found = queries.rows([call_id])
    if record is None or not found:
        raise NotFound(what="call", ident=call_id)
    if record.notes and session.can(Action.READ_NOTES):
        if not readings.read_recently(call_id, session.user_id, utcnow() - NOTES_READ_WINDOW):
            session.audit_event("call.notes_read", "call", call_id)
    elif record.notes:
        record = replace(record, notes="")
    return CallDetail(
        record=record,
        row=found[0],
        linked=tuple(queries.rows(queries.linked_ids(call_id))),
        tasks=tuple(TaskRepository(session.db, session.calls().keys).for_call(call_id)),
        history=tuple(history.history(call_id)),
        comments=tuple(history.comments(call_id)),
        seen_by=tuple(readings.seen_by(call_id, SEEN_ACTIONS)),
        entities=tuple(_entity_links(EntityQueries(session.db, calls.keys), call_id)),
        returned_comment=calls.open_extra(
            call_id, RETURNED_COMMENT, ReviewRepository(session.db).returned_comment(call_id)
        ),
    )


def _link(kind: str, value: str, key: str, entities: EntityQueries) -> EntityLink:
    spread = entities.spread(kind, key)
    return EntityLink(kind, value, key, spread.calls, spread.regions, spread.call_ids)


def _entity_links(entities: EntityQueries, call_id: int) -> list[EntityLink]:
    return [_link(e.kind, e.value, e.key, entities) for e in entities.of_call(call_id)]


def entity_link(session: Session, kind: str, key: str) -> EntityLink:
    """How many calls mention the entity, from how many regions, and which."""
    session.require(Action.READ_ALL_CALLS)
    entities = EntityQueries(session.db, session.calls().keys)
    link = _link(kind, key, key, entities)
    if not link.call_ids:
        return link
    value = next(
        (e.value for e in entities.of_call(link.call_ids[0]) if e.kind == kind and e.key == key),
        key,
    )
    return replace(link, value=value)


# --- saved filters -----------------------------------------------------------------
def save_filter(session: Session, name: str, f: CallFilter) -> None:
    session.require(Action.READ_ALL_CALLS)
    name = name.strip()
    if not name:
        raise InvalidInput(field="name", problem=NEED_NAME)
    with session.db.transaction():
        SavedFilterRepository(session.db).save(session.user_id or 0, name[:100], f.to_json())


def saved_filters(session: Session) -> list[tuple[str, CallFilter]]:
    session.require(Action.READ_ALL_CALLS)
    out = []
    for saved in SavedFilterRepository(session.db).of_user(session.user_id or 0):
        try:
            out.append((saved.name, CallFilter.from_json(saved.spec)))
        except (ValueError, TypeError):
            continue  # a filter from an older version that no longer parses
    return out


def delete_filter(session: Session, name: str) -> None:
    session.require(Action.READ_ALL_CALLS)
    with session.db.transaction():
        SavedFilterRepository(session.db).delete(session.user_id or 0, name)


# --- choices for the filter bar --------------------------------------------------------
def operators(session: Session) -> list[tuple[int, str]]:
    """(id, name) of everyone who may take calls, for the operator filter."""
    session.require(Action.READ_ALL_CALLS)
    from hotline.permissions import Role

    return [
        (u.id, u.name)
        for u in session.granted_users()
        if Role.OPERATOR in u.roles or Role.SUPERVISOR in u.roles
    ]


# --- the operator's side --------------------------------------------------------------
def returned_comment(session: Session, call_id: int) -> str:
    """Why a supervisor returned the operator's own call."""
    session.require(Action.READ_OWN_CALLS, "call", call_id)
    remote = session.remote()
    if remote is not None:
        return remote.returned_comment(call_id)
    review = ReviewRepository(session.db)
    info = review.info(call_id)
    if info is None:
        raise NotFound(what="call", ident=call_id)
    if not session.can(Action.READ_ALL_CALLS) and info.operator_id != session.user_id:
        session.require(Action.READ_ALL_CALLS, "call", call_id)
    return session.calls().open_extra(call_id, RETURNED_COMMENT, review.returned_comment(call_id))


# --- contacts taken outside the desk ------------------------------------------------------
def enter_on_behalf(
    session: Session, record: CallRecord, operator_id: int
) -> call_service.SavedCall:
    """A walk-in, e-mail, letter... entered afterwards for the operator who took it,
    with its real date; validation refuses a date in the future."""
    session.require(Action.ENTER_ON_BEHALF)
    if record.channel not in OUTSIDE_CHANNELS:
        raise InvalidInput(field="channel", problem=NOT_OUTSIDE)
    operator = session.granted_user(operator_id)
    from hotline.permissions import allowed

    if operator is None or not operator.active or not allowed(operator.roles, Action.TAKE_CALL):
        raise InvalidInput(field="operator_id", problem=NOT_AN_OPERATOR)
    fixed = replace(record, operator_id=operator_id, entered_by=session.user_id, review_state="new")
    return call_service.save_call(session, fixed)
