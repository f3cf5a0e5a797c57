"""A person signed in on a workstation that has joined a centre: the same Session the
window and the services use on the single-file desk, with the calls on the server.

``open_centre`` signs in as ``hotline.services.centre_people.sign_in`` does (the key
file from the server, the person's slot opened with their password, their own login
role), checks the workstation's witness of the centre's chain, and opens:

* the person's local desk on this workstation (``<config>/people/<user id>/``), a
  SQLCipher file whose key is derived from the person's own private key and the
  workstation's secret (``outbox.own_file_key``): the drafts being typed, saved
  filters and settings stay there, so nothing typed is lost while the server is away;
* the person's outbox (services/outbox.py) and its ``Sender`` thread: a call saved is
  sealed on the workstation and kept in the outbox first, then sent with its
  ``call.save`` entry in one server transaction;
* the centre's backend (``CentreBackend``, services/call_backend.py's protocol) the
  services hand their checked requests to: the call log's pages (every sort, keyset),
  rows and count run in SQL on the server, the notes' words found in the supervisor's
  own index here; a call opens from the server with its text, corrections and
  comments opened here;
  the operator's own list joins the outbox and the server; the review claim is the
  server's exclusive claim, and a decision or a correction is one server transaction
  with its comment or reason sealed to the call.

``open_centre_offline`` opens the same session from the workstation's sealed copy of
the key file while the server cannot be reached at sign-in (services/offline_signin.py):
no connection until the server is back, calls into the outbox, the other pages saying
they are not available offline.

Audit entries of a centre's session (``record``, ``audited``) go to the centre's one
chain on the server, signed by the person on this workstation, witnessed here.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from psycopg.types.json import Jsonb

from hotline import logs
from hotline.crypto import kem, signing
from hotline.crypto.calltext import CallText
from hotline.crypto.person_keys import (
    ENTITY_FIELD,
    KEY_FIELDS,
    STORED_FIELDS,
    PersonKeys,
    without_persons,
)
from hotline.errors import DeskError, InvalidInput, NotFound, TooSoon, WrongPassword
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.paths import DeskPaths
from hotline.permissions import Action, Role, allowed
from hotline.records import AuditEntry, CallRecord, User, to_iso, utcnow
from hotline.services import centre as centre_service
from hotline.services import (
    centre_audit,
    centre_detail,
    centre_import,
    centre_live,
    centre_people,
    centre_pseudonyms,
    centre_sealing,
    centre_tasks,
    earlier_key,
    enrolment,
    offline_signin,
    settings,
)
from hotline.services.call_backend import (
    CallDetail,
    CallToSave,
    ClaimResult,
    Correction,
    FirstPage,
    Imported,
    OwnCorrection,
    SavedCall,
)
from hotline.services.calllog import NOTES_READ_WINDOW
from hotline.services.centre_people import CentreSignIn
from hotline.services.identity_vault import WRAPPED_DRAFT, bind_draft_seal
from hotline.services.logins import LoginThrottle
from hotline.services.outbox import (
    LINE_DOWN,
    Outbox,
    OutboxState,
    Sender,
    outbox_path,
    own_file_key,
)
from hotline.services.review import ALREADY_REVIEWED, CLAIMED_BY_OTHER
from hotline.services.session import Session
from hotline.storage.audit_log import Head, SignedEntry
from hotline.storage.audit_queries import AuditFilter
from hotline.storage.call_history import encode_value
from hotline.storage.call_keys import TEXT_FIELDS
from hotline.storage.calllog import CallFilter, CallRow, Cursor, IdPage, Sort
from hotline.storage.calls import desk_zone
from hotline.storage.database import Database
from hotline.storage.drafts import DraftRepository
from hotline.storage.entities import ENTITY_SALT
from hotline.storage.keyfile import SECRET_CASETEXT, AuditPins
from hotline.storage.lock import DeskLock
from hotline.storage.meta import MetaRepository
from hotline.storage.review_state import CLAIM_MINUTES, RETURNED_COMMENT
from hotline.storage.schema import migrate, seal_text_schema
from hotline.storage.server import audit_search, call_digest, people, schema_steps
from hotline.storage.server import calllog as server_calllog
from hotline.storage.server import persons as server_persons
from hotline.storage.server import statistics as server_statistics
from hotline.storage.server.audit import Appender, ServerAuditLog
from hotline.storage.server.call_digest import hex256
from hotline.storage.server.calls import (
    SealedCall,
    SealedVaultEntry,
    ServerCallRepository,
    digests_of,
)
from hotline.storage.server.centre import Centre
from hotline.storage.server.claims import ClaimRepository, claimants
from hotline.storage.server.errors import (
    LoginEnded,
    NotAvailableOffline,
    ReviewRefused,
    RowsNotAsPinned,
    ServerUnreachable,
    WorkstationRefused,
    on_server,
)
from hotline.storage.server.exports import CentreExportQueries
from hotline.storage.server.notify import Listener
from hotline.storage.server.outbox import OutboxStore
from hotline.storage.server.schema_review import CORRECTION_FIELD, ENTITIES_TEXT, OWN_TEXTS
from hotline.storage.server.seen_head import SeenHead
from hotline.storage.server.shared import CentreDirectory, CentreSettings
from hotline.storage.server.tasks import NewTask
from hotline.storage.server.trusted_centre import trusted_centre
from hotline.storage.server.workstation import Workstation
from hotline.storage.statistics import PeriodCounts
from hotline.storage.users import UserRepository
from hotline.taxonomy import load as load_taxonomy

Connection = psycopg.Connection[tuple[Any, ...]]
LOCAL_DESK = "workstation-desk"  # own_file_key's purpose for the person's local desk
RECENT_MAX = 500  # as the desk's own list
AUDIT_ENTRIES_MAX = 10_000
REVIEW_COMMENT = "review_comment"  # an approval's comment, sealed as one more text
NOT_CODED = frozenset({"id", "seal", "identity_held", "entities", *TEXT_FIELDS})
LiveFeed = centre_live.FeedFactory


@dataclass(frozen=True)
class CentreLink:
    """What the window takes from a centre's session: its live feed (started on a
    thread of its own) and the outbox's state (heard on the sender's thread)."""

    live: LiveFeed
    watch_outbox: Callable[[Callable[[OutboxState], None]], None]


class LockedWitness:
    """One witness file shared by the session's worker and the outbox's sender thread:
    each reads and moves the head it saw under one lock (never lowered)."""

    def __init__(self, inner: SeenHead) -> None:
        self.inner = inner
        self._lock = threading.Lock()

    def seen(self) -> Head | None:
        with self._lock:
            return self.inner.seen()

    def saw(self, head: Head) -> None:
        with self._lock:
            self.inner.saw(head)


def connect_member(signin: CentreSignIn) -> Connection:
    """A fresh connection of the person's own login (autocommit): LoginEnded when the
    server refuses the login itself, ServerUnreachable when it cannot be reached."""
    try:
        fresh = enrolment.connect_as(signin.workstation, signin.login, signin.server_password)
    except psycopg.OperationalError as exc:
        if any(words in str(exc) for words in LOGIN_OFF):
            raise LoginEnded() from exc
        raise ServerUnreachable(reason=str(exc).strip().splitlines()[0][:200]) from exc
    fresh.autocommit = True
    return fresh


def person_folder(ws: Workstation, user_id: int) -> Path:
    return ws.folder / "people" / str(user_id)


def witness_key(signin: CentreSignIn) -> bytes:
    """The key of this person's witness file on this workstation: HKDF of their own
    signing key and (where bound) the workstation's secret, bound to the centre and the
    person. Another person's file, or a file from another workstation, does not hold."""
    private = signin.secrets.signing_private
    assert private is not None
    device_secret = _device_secret(signin.workstation)
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=signin.keyfile.desk_id.encode("ascii"),
        info=f"hotline-witness|{signin.holder}|{'bound' if device_secret else 'session'}".encode(),
    ).derive(private + (device_secret or b""))


def witness_of(signin: CentreSignIn) -> LockedWitness:
    """The head of the centre's chain this person last saw on this workstation (the file
    names the signing key it is made under: services/earlier_key.py)."""
    folder = person_folder(signin.workstation, signin.user_id)
    private = signin.secrets.signing_private
    assert private is not None
    seen = SeenHead(
        folder / "audit-head",
        signin.keyfile.desk_id,
        witness_key(signin),
        key_id=signing.public_of(private).hex(),
    )
    seen.key_once(folder / "audit-head.keyed")  # a file from before its HMAC, once
    return LockedWitness(seen)


def coded_of(record: CallRecord) -> dict[str, Any]:
    """The coded fields of a record: never free text, the entities (names, numbers) or
    what the vault holds. Its pseudonyms are still in clear here: seal_call keys them
    (hotline.crypto.person_keys) before anything leaves the workstation."""
    return {k: v for k, v in record.to_json().items() if k not in NOT_CODED and k != "started_at"}


def record_of(call: SealedCall, texts: dict[str, str], persons: PersonKeys) -> CallRecord:
    """The record as the workstation saw it: coded fields, the pseudonyms and the free
    text opened."""
    data: dict[str, Any] = {
        **without_persons(call.coded),
        **persons.shown(call.id, call.coded),
        "id": call.id,
        "started_at": to_iso(call.started_at),
    }
    data.update({name: texts[name] for name in TEXT_FIELDS if name in texts})
    if ENTITIES_TEXT in texts:
        data["entities"] = json.loads(texts[ENTITIES_TEXT])
    return CallRecord.from_json(data)


def texts_of(record: CallRecord) -> dict[str, str]:
    """What is sealed on the workstation before the call leaves it."""
    texts = {name: str(getattr(record, name)) for name in TEXT_FIELDS if getattr(record, name)}
    if record.entities:
        texts[ENTITIES_TEXT] = json.dumps(
            [{"kind": e.kind, "value": e.value} for e in record.entities], ensure_ascii=False
        )
    return texts


# What an administrator's sign-in on a centre says of its sealing and retention.
WARN_RETAINED = QT_TRANSLATE_NOOP(
    "warnings",
    "Retention ran at your sign-in: the free text and identity details of reviewed calls "
    "older than the centre keeps them were destroyed on the server (coded fields kept).",
)
WARN_RESEALED = QT_TRANSLATE_NOOP(
    "warnings",
    "Calls sealed from this workstation were found unsealed on the centre's server "
    "(put back from an older copy?) and were sealed again at your sign-in.",
)
WARN_OFFLINE = QT_TRANSLATE_NOOP(
    "warnings",
    "Signed in offline, from this computer's copy of the centre's keys: calls you save "
    "are kept here and sent when the server is back; pages that need the server say so.",
)
WARN_EARLIER_KEY = QT_TRANSLATE_NOOP(
    "warnings",
    "Your password was reset since you last signed in on this computer. Any calls you "
    "kept on this computer before the reset (saved while the server was away) were not "
    "sent: they wait on this computer, set aside under your old password. Tell the "
    "centre's administrator.",
)
WARN_SCHEDULED_FAILED = QT_TRANSLATE_NOOP(
    "warnings",
    "Sealing and retention could not run at your sign-in on the centre; sign in again, or "
    "run 'hotline retention --run'.",
)


# libpq's words for a login the server refuses (NOLOGIN, or a password changed since),
# not for a server starting or stopping.
LOGIN_OFF = ("authentication failed", "not permitted to log in")


@dataclass(frozen=True)
class CentreShared:
    """What the centre shares, read on one of its connections (services/session.py's
    SharedState): its settings, its referral directory and its chain on the server."""

    conn: Connection
    pins: AuditPins

    def shared_setting(self, key: str) -> str | None:
        return CentreSettings(self.conn).get(key)

    def directory(self) -> CentreDirectory:
        return CentreDirectory(self.conn)

    def signed_of(self, object_type: str) -> list[SignedEntry]:
        return ServerAuditLog(self.conn).signed_of(object_type)


@dataclass
class CentreSession(Session):
    """A Session whose calls live on the centre's server (see the module's text)."""

    signin: CentreSignIn | None = None
    centre: Centre | None = None
    witness: LockedWitness | None = None
    outbox: Outbox | None = None
    sender: Sender | None = None
    # What an administrator's sign-in sealed again and retained, or why it could not.
    scheduled: centre_sealing.CentreScheduled | None = None
    scheduled_error: DeskError | None = None
    _outbox_listeners: list[Callable[[OutboxState], None]] = field(
        default_factory=list, init=False, repr=False
    )
    _appending: Appender | None = field(default=None, init=False, repr=False)
    _persons: PersonKeys | None = field(default=None, init=False, repr=False)
    # When this session last recorded reading each call's notes (not each opening).
    notes_read: dict[int, datetime] = field(default_factory=dict, init=False, repr=False)

    # --- where the calls are ---------------------------------------------------
    def remote(self) -> CentreBackend:
        return CentreBackend(self)

    @property
    def conn(self) -> Connection:
        """The person's own connection; opened again (and the witness checked again)
        when the server went away since: ServerUnreachable while it is still away."""
        signin = self.signin
        assert signin is not None
        if signin.link is not None and not signin.link.closed:
            # A backend the server ended (a disabled member's) has closed its side: read
            # what waits without a round trip, so the connection is known lost now.
            # (The server's last word is read first, its end of the line at the next read.)
            # Only while nobody else is using the connection: a query under way owns it.
            lock = signin.link.lock
            if lock.acquire(blocking=False):
                try:
                    with contextlib.suppress(psycopg.Error):
                        for _ in range(2):
                            signin.link.pgconn.consume_input()
                finally:
                    lock.release()
        if signin.link is None or signin.link.closed:
            try:
                fresh = connect_member(signin)
            except ServerUnreachable as exc:
                if signin.offline:  # said as what it is: a page the offline session lacks
                    raise NotAvailableOffline(**exc.params) from exc
                raise
            try:
                schema_steps.check(fresh)
                if signin.offline and self.centre is not None:  # the copy's word checked
                    offline_signin.check_back_online(fresh, signin, self.centre)
                if self.witness is not None:
                    centre_audit.check_at_connection(fresh, self.witness)
            except BaseException:
                fresh.close()
                raise
            signin.conn = fresh
        return signin.conn

    @property
    def workstation(self) -> Workstation:
        assert self.signin is not None
        return self.signin.workstation

    def appender(self) -> Appender:
        return Appender(self.conn, self.user_id, self.signing_key, self.witness)

    # --- audit: the centre's chain --------------------------------------------
    @contextlib.contextmanager
    def audited(self, durable: bool = False) -> Iterator[None]:
        """One audited step: the server's transaction (its entries appended to the
        centre's chain) around the local desk's; the witness moves after the commit."""
        appender = self.appender()
        self._appending = appender
        try:
            with self.conn.transaction(), self.db.transaction():
                yield
        except BaseException:
            appender.forget()
            raise
        finally:
            self._appending = None
        appender.committed()

    def audit_unlock(self, action: str) -> None:
        """The lock screen's entry in the centre's chain; while the server cannot be
        reached the screen still unlocks with her password (checked on her slot here)
        and the entry is not written (logged by its kind only): she may be taking
        calls offline."""
        try:
            super().audit_unlock(action)
        except LINE_DOWN:
            logs.get().warning("the lock screen's %s entry was not written: server away", action)

    def record(
        self,
        action: str,
        object_type: str = "",
        object_id: int | None = None,
        details: dict[str, Any] | None = None,
        row_sha256: str | None = None,
    ) -> int:
        """An entry in the centre's chain, inside the step ``audited`` opened (the row
        digest is the desk's own: the server's rows are checked by the chain's save)."""
        appender = self._appending
        if appender is None:
            raise RuntimeError("record() outside audited()")
        return appender.record(action, object_type, object_id, details)

    # --- what the centre shares: its settings, its directory, its chain ---------------
    def shared_setting(self, key: str) -> str | None:
        return CentreShared(self.conn, self.pins).shared_setting(key)

    def set_shared_setting(self, key: str, value: str) -> None:
        CentreSettings(self.conn).set(key, value)

    def directory(self) -> CentreDirectory:
        return CentreShared(self.conn, self.pins).directory()

    @property
    def sign_in_counter(self) -> Path:
        """The workstation's own counter: every person signs in on it (open_centre)."""
        return DeskPaths(self.workstation.folder).auth_state

    def signed_of(self, object_type: str) -> list[SignedEntry]:
        return CentreShared(self.conn, self.pins).signed_of(object_type)

    @on_server
    def audit_entries(self, action: str) -> list[AuditEntry]:
        """Every entry of one action on the centre's chain, oldest first (of the newest
        AUDIT_ENTRIES_MAX: an import's or a mapping's few)."""
        found = audit_search.search(self.conn, AuditFilter(actions=(action,)), AUDIT_ENTRIES_MAX)
        return found[::-1]

    def audit_head(self) -> Head:
        """The head of the centre's chain (inside ``audited``: the entry just appended,
        under the chain's lock held to the commit)."""
        return ServerAuditLog(self.conn).last()

    def person_keys(self) -> PersonKeys:
        """The centre's persons keys (PseudonymsNotKeyed on a centre not converted yet)."""
        if self._persons is None:
            assert self.signin is not None
            self._persons = centre_pseudonyms.person_keys(self.signin.grants)
        return self._persons

    def granted_users(self) -> list[User]:
        """The centre's members, as their signed rows on the server say (rows changed
        there are left out: centre_people.trusted_members)."""
        assert self.signin is not None
        trusted = centre_people.trusted_members(
            self.keyfile.desk_id, people.signed_members(self.conn), self.pins.root
        )
        return [
            User(m.user_id, m.user_name, m.roles, m.active, utcnow())
            for m in sorted(trusted.values(), key=lambda m: m.user_id)
        ]

    def current_pins(self) -> AuditPins:
        return self.pins

    def remember_head(self) -> None:
        """The slots live on the server: the witness file is this workstation's pin."""

    # --- the window's links -----------------------------------------------------
    def link(self) -> CentreLink:
        return CentreLink(self.live_feed(), self.watch_outbox)

    def live_feed(self) -> LiveFeed:
        """A factory of the centre's live feed (ui/live.py starts it on its thread)."""
        url = self.workstation.url(self.signin.login if self.signin else "")
        password = self.signin.server_password if self.signin else None

        def make(
            on_event: Callable[[str, int], None],
            on_resync: Callable[[], None],
            on_lost: Callable[[], None],
        ) -> Listener:
            return centre_live.feed(url, password, on_event, on_resync=on_resync, on_lost=on_lost)

        return make

    def watch_outbox(self, listener: Callable[[OutboxState], None]) -> None:
        """``listener`` hears every state of the outbox (on the sender's thread)."""
        self._outbox_listeners.append(listener)
        if self.outbox is not None:
            listener(self.outbox.state())

    def _outbox_changed(self, state: OutboxState) -> None:
        for listener in list(self._outbox_listeners):
            listener(state)

    # --- closing -----------------------------------------------------------------
    def close(self) -> None:
        try:
            if self.sender is not None:
                self.sender.stop()
            if self.outbox is not None:
                self.outbox.close()
            self.db.checkpoint()
        finally:
            self.db.close()
            if self.signin is not None:
                self.signin.close()
            self.lock.release()


_on_server = on_server  # (storage/server/errors.py)


def on_centre(session: Session) -> bool:
    """Whether the session is a centre's: its calls and people are on the server."""
    return isinstance(session, CentreSession)


def signin_of(session: Session) -> CentreSignIn | None:
    """The centre's signed-in person, the connection opened again if it broke (and the
    witness checked again), or None on the single-file desk."""
    if not isinstance(session, CentreSession):
        return None
    _ = session.conn  # reconnects (and checks the witness again) after an outage
    assert session.signin is not None
    return session.signin


class CentreBackend:
    """services/call_backend.py's CallBackend on the centre's server."""

    def __init__(self, session: CentreSession) -> None:
        self.session = session

    def save_call(self, call: CallToSave) -> SavedCall:
        """Sealed here, kept in the outbox (committed on this computer's disk), the draft
        removed; the sender hands it to the server, with the tasks the desk's save makes
        (centre_tasks.new_tasks), written in the call's own transaction there. A restored draft's details, sealed for the vault, are sealed once more bound to
        the call (as the desk's WRAPPED_DRAFT entry)."""
        session = self.session
        text = session.call_text
        if text is None or session.sender is None:
            raise NotFound(what="centre", ident=0)
        call_id = centre_service.new_call_id()
        sealed = self.sealed(call, call_id, centre_tasks.new_tasks(call, session.user_id or 0))
        session.sender.keep(sealed)
        if call.draft_id is not None:
            with session.db.transaction():
                DraftRepository(session.db, text).delete(call.draft_id)
        return SavedCall(call_id, tuple(t.id for t in sealed.tasks), call.minors, call.due)

    def sealed(self, call: CallToSave, call_id: int, tasks: tuple[NewTask, ...]) -> SealedCall:
        """The checked call as it leaves the workstation, with the id ``call_id`` and the
        tasks it makes: its free text and identity details sealed here, its pseudonyms
        and entities keyed (centre.seal_call)."""
        session = self.session
        text = session.call_text
        if text is None or session.centre is None:
            raise NotFound(what="centre", ident=0)
        record, draft_id, identity = call.record, call.draft_id, call.identity
        sealed = centre_service.seal_call(
            text,
            session.centre.vault_public,
            call_id,
            record.started_at,
            coded_of(record),
            texts_of(record),
            None if identity is None or identity.is_empty() else identity,
            session.person_keys(),
        )
        if not sealed.vault and call.sealed_identity is not None and draft_id is not None:
            wrapped = bind_draft_seal(session, call_id, f"draft:{draft_id}", call.sealed_identity)
            entry = SealedVaultEntry(kem.DEFAULT_SUITE, WRAPPED_DRAFT, wrapped)
            sealed = replace(sealed, vault=(entry,))
        return replace(sealed, tasks=tasks)

    def import_calls(
        self,
        records: Sequence[CallRecord],
        progress: Callable[[int, int], None] | None = None,
        cancel: threading.Event | None = None,
        every: int = 100,
    ) -> Imported:
        """Validated old calls through the outbox, as saved calls are (centre_import)."""
        session = self.session
        if session.outbox is None:
            raise NotFound(what="centre", ident=0)
        return centre_import.store(
            self.sealed,
            session.outbox,
            self._held,
            session.person_keys(),
            session.user_id or 0,
            session.taxonomy,
            records,
            progress,
            cancel,
            every,
        )

    @_on_server
    def _held(self, call_ids: list[int]) -> set[int]:
        """Which of the calls the server holds already."""
        rows = self.session.conn.execute(
            "SELECT id FROM hotline.calls WHERE id = ANY(%s)", (call_ids,)
        ).fetchall()
        return {int(r[0]) for r in rows}

    def tasks(self) -> centre_tasks.CentreTasks:
        """The tasks on the server (services/centre_tasks.py)."""
        return centre_tasks.CentreTasks(self.session)

    @_on_server
    def first_page(self, f: CallFilter, sort: Sort, limit: int) -> FirstPage:
        """The first page in the sort asked, with the cursor to the next (the notes'
        words found in this supervisor's own index: centre_detail.matching)."""
        conn = self.session.conn
        only = centre_detail.matching(self.session.signin, f)
        found, cursor = server_calllog.page(conn, f, sort, None, limit, only, self._shown())
        rows = self._claimed(found)
        return FirstPage([r.id for r in rows], cursor, rows)

    @_on_server
    def page(self, f: CallFilter, sort: Sort, after: Cursor | None, limit: int) -> IdPage:
        """A later page's ids, past the cursor, on the server (keyset paging)."""
        conn = self.session.conn
        only = centre_detail.matching(self.session.signin, f)
        ids, cursor = server_calllog.page_ids(conn, f, sort, after, limit, only)
        return IdPage(tuple(ids), cursor)

    @_on_server
    def rows(self, call_ids: list[int]) -> list[CallRow]:
        shown = self._shown()
        return self._claimed(server_calllog.rows_by_id(self.session.conn, call_ids, shown))

    def _shown(self) -> server_calllog.Shown | None:
        """How the log opens its rows' pseudonyms (none on a centre not converted yet)."""
        try:
            return self.session.person_keys().caller
        except centre_pseudonyms.PseudonymsNotKeyed:
            return None

    def _claimed(self, rows: list[CallRow]) -> list[CallRow]:
        """The server's fresh claims on the rows (a supervisor's own and the others')."""
        if not rows or not self.session.can(Action.REVIEW_CALL):
            return rows
        held = claimants(self.session.conn, [r.id for r in rows])
        return [
            replace(r, review_state="claimed", claimed_by=held[r.id])
            if r.id in held and r.review_state == "new"
            else r
            for r in rows
        ]

    def own_recent(self, since: datetime) -> list[CallRecord]:
        """The person's own calls since ``since``, newest first, at most RECENT_MAX: those
        still kept in the outbox (not sent yet) and those the server holds."""
        session = self.session
        text = session.call_text
        if text is None:
            return []
        kept = [i.call for i in session.outbox.store.pending()] if session.outbox else []
        try:
            held = self._own_held(since)
        except LINE_DOWN:  # the server is away: the calls kept here are listed still
            held = []
        persons = session.person_keys()
        records = {c.id: record_of(c, centre_service.open_texts(text, c), persons) for c in held}
        for call in kept:
            if call.started_at >= since:
                opened = centre_service.open_texts(text, call)
                records[call.id] = record_of(call, opened, persons)
        newest = sorted(records.values(), key=lambda r: (r.started_at, r.id or 0), reverse=True)
        return newest[:RECENT_MAX]

    def _own_held(self, since: datetime) -> list[SealedCall]:
        conn = self.session.conn
        repo = ServerCallRepository(conn)
        return [
            found
            for (call_id,) in conn.execute(
                "SELECT id FROM hotline.calls WHERE started_at >= %s"
                " AND coded @> jsonb_build_object('operator_id', %s::integer)"
                " ORDER BY started_at DESC, id DESC LIMIT %s",
                (since, self.session.user_id, RECENT_MAX),
            ).fetchall()
            if (found := repo.load(int(call_id))) is not None
        ]

    @_on_server
    def open_call(self, call_id: int) -> CallDetail:
        """The call from the server, its free text opened here with the session's keys;
        reading its notes is audited in the centre's chain before they are returned.
        Its corrections and comments are opened here too (sealed to the call), who read
        it comes from the chain, the other calls of the same person from the server
        (centre_detail), its tasks from the server, and how far each of its entities reaches
        across calls by their keyed lookup values (centre_detail.entity_links)."""
        session = self.session
        text = session.call_text
        sealed = ServerCallRepository(session.conn).load(call_id)
        found = self.rows([call_id])
        if sealed is None or not found or text is None:
            raise NotFound(what="call", ident=call_id)
        texts = centre_service.open_texts(text, sealed)
        record = record_of(sealed, texts, session.person_keys())
        if record.notes and session.can(Action.READ_NOTES):
            now = utcnow()
            last = session.notes_read.get(call_id)
            if last is None or now - last > NOTES_READ_WINDOW:  # as the desk: once a while
                session.audit_event("call.notes_read", "call", call_id)
                session.notes_read[call_id] = now
        elif record.notes:
            record = replace(record, notes="")
        names = {u.id: u.name for u in session.granted_users()}
        conn = session.conn
        return CallDetail(
            record=record,
            row=found[0],
            linked=tuple(self.rows(server_calllog.linked_ids(conn, call_id))),
            tasks=tuple(self.tasks().for_call(call_id)),
            history=tuple(centre_detail.history(texts, names)),
            comments=tuple(centre_detail.comments(texts, names)),
            seen_by=tuple(centre_detail.seen_by(conn, call_id, names)),
            entities=tuple(
                centre_detail.entity_links(conn, session.person_keys(), record.entities)
            ),
            returned_comment=centre_detail.returned_comment(texts),
        )

    @_on_server
    def returned_comment(self, call_id: int) -> str:
        """Why a supervisor returned her own call: its comment, sealed to the call's data
        key on the supervisor's workstation, opened here with the operator's own copy of
        that key (row-level security gives her own calls' texts only)."""
        session = self.session
        sealed = ServerCallRepository(session.conn).load(call_id)
        text = session.call_text
        if sealed is None or text is None:
            raise NotFound(what="call", ident=call_id)
        if sealed.coded.get("operator_id") != session.user_id:
            session.require(Action.READ_ALL_CALLS, "call", call_id)
        return centre_detail.returned_comment(centre_service.open_texts(text, sealed))

    @_on_server
    def decide(self, call_id: int, decision: str, text: str) -> None:
        """The review's decision on the server (its review_decide function): the call's
        state in its coded fields, the comment sealed to the call's data key as one more
        text, the claim given back, and ``call.review`` in the chain with the rows' new
        digests, in one transaction."""
        state = "reviewed" if decision == "approved" else "returned"
        comment = RETURNED_COMMENT if decision == "returned" else REVIEW_COMMENT
        with self._step(call_id) as (sealed, text_keys, appender):
            if sealed.coded.get("review_state") == "reviewed":
                raise InvalidInput(field="call", problem=ALREADY_REVIEWED)
            body = text_keys.encrypt(call_id, comment, text) if text else None
            self._on_definer(
                "SELECT hotline.review_decide(%s, %s, %s, %s)",
                (call_id, state, comment if body is not None else None, body),
                call_id,
            )
            after = replace(
                sealed,
                coded={**sealed.coded, "review_state": state},
                texts=sealed.texts if body is None else {**sealed.texts, comment: body},
            )
            details = {"decision": decision, **digests_of(after)}
            appender.record("call.review", "call", call_id, details)

    @_on_server
    def comment(self, call_id: int, body: str) -> None:
        """A supervisor's comment on the call (not a decision), sealed here to the call's
        data key as one more text (the server's review_comment adds it), ``call.comment``
        in the chain with the rows' new digests, in one transaction."""
        with self._step(call_id) as (sealed, text_keys, appender):
            name, entry = centre_detail.comment_text(
                "comment", body, self.session.user_id or 0, utcnow()
            )
            sealed_body = text_keys.encrypt(call_id, name, entry)
            self._on_definer(
                "SELECT hotline.review_comment(%s, %s, %s)", (call_id, name, sealed_body), call_id
            )
            after = replace(sealed, texts={**sealed.texts, name: sealed_body})
            appender.record("call.comment", "call", call_id, digests_of(after))

    @_on_server
    def undo_no_content(self, call_id: int, window: timedelta) -> str | None:
        """Her own call without content, logged by mistake, taken back on the server (its
        undo_no_content function deletes it when it is hers, new and untouched since its
        save) with ``call.undo_no_content`` in the chain, in one transaction; its kind,
        or None when it is not hers, not without content, or saved more than ``window``
        ago. A call still kept in the outbox is sent first: the undo is the server's."""
        session = self.session
        outbox = session.outbox
        if outbox is not None and outbox.store.holds(call_id):
            outbox.send_now()
            if outbox.store.holds(call_id):  # still kept: the server is away
                raise ServerUnreachable(reason="")
        conn = session.conn
        found = ServerCallRepository(conn).load(call_id)
        if (
            found is None
            or found.coded.get("no_content") is None
            or found.coded.get("operator_id") != session.user_id
        ):
            return None
        ended = found.started_at + timedelta(seconds=int(found.coded.get("duration_s") or 0))
        if utcnow() - ended > window:
            return None
        appender = session.appender()
        try:
            with conn.transaction():
                row = conn.execute("SELECT hotline.undo_no_content(%s)", (call_id,)).fetchone()
                kind = str(row[0]) if row is not None else ""
                appender.record("call.undo_no_content", "call", call_id, {"no_content": kind})
        except psycopg.errors.InsufficientPrivilege:
            appender.forget()
            return None
        except BaseException:
            appender.forget()
            raise
        appender.committed()
        return kind

    @_on_server
    def correct(self, call_id: int, change: Correction, why: str) -> None:
        """A coded field corrected on the server (review.corrected's rule; the server's
        review_correct lets only those fields change); the old and new values and the
        reason sealed to the call as one more text (the server sees which fields
        changed, never why), ``call.correct`` in the chain with the new digests."""
        with self._step(call_id) as (sealed, text_keys, appender):
            persons = self.session.person_keys()
            current = record_of(sealed, centre_service.open_texts(text_keys, sealed), persons)
            fixed, changes = change(current)
            fixed_coded = coded_of(fixed)
            coded = dict(sealed.coded)  # its digest salt and review state stay
            for name in changes:
                if name in fixed_coded:
                    coded[name] = fixed_coded[name]
                else:
                    coded.pop(name, None)
            entry = {
                "fields": {
                    k: [encode_value(getattr(current, k)), encode_value(v)]
                    for k, v in changes.items()
                },
                "reason": why,
                "by": self.session.user_id,
                "at": to_iso(utcnow()),
            }
            name = f"{CORRECTION_FIELD}{secrets.token_hex(8)}"
            body = text_keys.encrypt(call_id, name, json.dumps(entry, ensure_ascii=False))
            self._on_definer(
                "SELECT hotline.review_correct(%s, %s, %s, %s)",
                (call_id, Jsonb(coded), name, body),
                call_id,
            )
            after = replace(sealed, coded=coded, texts={**sealed.texts, name: body})
            details = {"fields": sorted(changes), **digests_of(after)}
            appender.record("call.correct", "call", call_id, details)

    @_on_server
    def correct_own(self, call_id: int, change: OwnCorrection) -> None:
        """The operator's correction of her own call on the server (its own_correct
        function): the coded fields and her call's own texts (sealed here again, the
        changed ones only) rewritten, ``call.correct_own`` in the chain with the new
        digests. Refused while the rows already differ from their pin."""
        session = self.session
        text = session.call_text
        conn = session.conn
        appender = session.appender()
        if text is None:
            raise NotFound(what="call", ident=call_id)
        try:
            with conn.transaction():
                sealed = ServerCallRepository(conn).load(call_id)
                if sealed is None or sealed.author != conn.info.user:
                    raise NotFound(what="call", ident=call_id)
                keys, texts, vault = self._own_rows(call_id)
                started, coded = sealed.started_at, sealed.coded
                pinned = call_digest.pins_of(conn, [call_id]).get(call_id)
                now = call_digest.of_hashed(call_id, started, coded, keys, texts, vault)
                if call_digest.differs(pinned, now):
                    raise RowsNotAsPinned(call=call_id)
                opened = centre_service.open_texts(text, sealed)
                persons = self.session.person_keys()
                current = record_of(sealed, opened, persons)
                fixed, changed = change(current)
                # The pseudonyms as the server keeps them (keyed, sealed), never in clear.
                record_keys = set(coded_of(current)) | set(coded_of(fixed)) | set(STORED_FIELDS)
                record_keys.add(ENTITY_FIELD)  # the entities' lookup values: of the new ones
                new_coded = {k: v for k, v in coded.items() if k not in record_keys}
                new_coded.update(persons.keyed(call_id, coded_of(fixed)))
                new_coded.update(persons.entity_coded((e.kind, e.value) for e in fixed.entities))
                wanted = texts_of(fixed)
                put = {
                    name: text.encrypt(call_id, name, value)
                    for name, value in sorted(wanted.items())
                    if opened.get(name) != value
                }
                drop = sorted(n for n in opened if n in OWN_TEXTS and n not in wanted)
                self._on_definer(
                    "SELECT hotline.own_correct(%s, %s, %s, %s, %s)",
                    (call_id, Jsonb(new_coded), list(put), list(put.values()), drop),
                    call_id,
                )
                shas = {f: h for f, h in texts if f not in drop}
                shas.update({f: hex256(b) for f, b in put.items()})
                digests = call_digest.of_hashed(
                    call_id, started, new_coded, keys, sorted(shas.items()), vault
                )
                details = {"fields": changed, **digests}
                appender.record("call.correct_own", "call", call_id, details)
        except BaseException:
            appender.forget()
            raise
        appender.committed()

    def _own_rows(
        self, call_id: int
    ) -> tuple[list[tuple[str, str, str]], list[tuple[str, str]], list[tuple[str, str, str]]]:
        """Each row of her call by its SHA-256 (the server's own_rows)."""
        keys: list[tuple[str, str, str]] = []
        texts: list[tuple[str, str]] = []
        vault: list[tuple[str, str, str]] = []
        try:
            found = self.session.conn.execute(
                "SELECT kind, a, b, sha FROM hotline.own_rows(%s)", (call_id,)
            ).fetchall()
        except psycopg.errors.InsufficientPrivilege as exc:
            raise ReviewRefused(call=call_id) from exc
        for kind, a, b, sha in found:
            if kind == "k":
                keys.append((str(a), str(b), str(sha)))
            elif kind == "t":
                texts.append((str(a), str(sha)))
            else:
                vault.append((str(a), str(b), str(sha)))
        return keys, texts, vault

    def _on_definer(self, statement: str, params: tuple[Any, ...], call_id: int) -> None:
        """One of the server's review functions; its refusal said plainly (the checks
        before it make one rare: another workstation's claim or sealing came between)."""
        try:
            self.session.conn.execute(statement, params)
        except (
            psycopg.errors.InsufficientPrivilege,
            psycopg.errors.InvalidParameterValue,
        ) as exc:
            raise ReviewRefused(call=call_id) from exc

    @contextlib.contextmanager
    def _step(self, call_id: int) -> Iterator[tuple[SealedCall, CallText, Appender]]:
        """One review step in a server transaction: the call loaded (its vault rows too,
        for its digests), refused while another supervisor holds a fresh claim or while
        its rows already differ from the chain's last pin of them (a change made around
        the desk is not re-pinned by a correction); the witness moves after the commit."""
        session = self.session
        text = session.call_text
        conn = session.conn
        appender = session.appender()
        if text is None:
            raise NotFound(what="call", ident=call_id)
        try:
            with conn.transaction():
                sealed = ServerCallRepository(conn).load(call_id, with_vault=True)
                if sealed is None:
                    raise NotFound(what="call", ident=call_id)
                text.remember(call_id, sealed.keys)  # its data key, for the new texts
                held = ClaimRepository(conn).holder(call_id)
                if held is not None and held.user_id != session.user_id:
                    raise InvalidInput(field="call", problem=CLAIMED_BY_OTHER)
                pinned = call_digest.pins_of(conn, [call_id]).get(call_id)
                if call_digest.differs(pinned, digests_of(sealed)):
                    raise RowsNotAsPinned(call=call_id)
                yield sealed, text, appender
        except BaseException:
            appender.forget()
            raise
        appender.committed()

    # --- a returning caller ---------------------------------------------------------
    def find_person(self, typed: str) -> str | None:
        """The pseudonym, as first written, of the person ``typed`` names (case and
        spacing ignored), or None: found by its keyed lookup value among the calls kept
        in the outbox and those on the server (any operator's: the server's lookup
        function). Server away and not kept here: ServerUnreachable, never "unknown"."""
        persons = self.session.person_keys()
        wanted = persons.lookup(typed)
        for call_id, _started, coded in self._person_rows(typed):
            for value in persons.shown(call_id, coded).values():
                if value and persons.lookup(value) == wanted:
                    return value
        return None

    def person_calls(self, pseudonym: str) -> list[CallRecord]:
        """The person's calls, newest first, as coded records (no free text: another
        operator's call does not open here, and the history shows coded fields)."""
        persons = self.session.person_keys()
        records = {
            call_id: record_of(SealedCall(call_id, started, coded, (), {}), {}, persons)
            for call_id, started, coded in self._person_rows(pseudonym)
        }
        return sorted(records.values(), key=lambda r: (r.started_at, r.id or 0), reverse=True)

    def _person_rows(self, typed: str) -> list[tuple[int, datetime, dict[str, Any]]]:
        session = self.session
        lookup = session.person_keys().lookup(typed)
        if not lookup:
            return []
        kept = [i.call for i in session.outbox.store.pending()] if session.outbox else []
        mine = [
            (c.id, c.started_at, c.coded)
            for c in kept
            if lookup in (c.coded.get(k) for k in KEY_FIELDS)
        ]
        try:
            held = server_persons.calls_of(session.conn, lookup)
        except LINE_DOWN as exc:  # the server away: the calls kept here still count
            if mine:
                return mine
            if isinstance(exc, ServerUnreachable):
                raise
            raise ServerUnreachable(reason=str(exc).strip().splitlines()[0][:200]) from exc
        seen = {cid for cid, _s, _c in held}
        return [*held, *(m for m in mine if m[0] not in seen)]

    @_on_server
    def count(self, f: CallFilter) -> int:
        conn = self.session.conn
        return server_calllog.count(conn, f, centre_detail.matching(self.session.signin, f))

    @_on_server
    def statistics(self, first: str, last: str) -> PeriodCounts:
        """The trends' counts in SQL on the server (storage/server/statistics.py), its
        months those of the desk's zone (the local desk's meta: Asia/Baku unless set)."""
        session = self.session
        zone = desk_zone(session.db)
        return server_statistics.period_counts(session.conn, zone, first, last)

    def exports(self, zone_name: str | None) -> CentreExportQueries:
        """The exports' counts, closings and ledger on the server (storage/server/
        exports.py), the months those of the desk's zone as the trends'."""
        return CentreExportQueries(lambda: self.session.conn, zone_name)

    @_on_server
    def update_index(self, progress: Callable[[int, int], None] | None) -> int:
        """This supervisor's own index of the notes brought up to date (at sign-in)."""
        _ = self.session.conn  # opened again if the server went away since
        return centre_detail.fill_own(self.session.signin, progress)

    @_on_server
    def claim(self, call_id: int) -> ClaimResult:
        session = self.session
        centre_audit.claim_review(session.conn, session.appender(), call_id, session.user_id or 0)
        return ClaimResult(call_id, utcnow() + timedelta(minutes=CLAIM_MINUTES))

    @_on_server
    def release(self, call_id: int) -> None:
        session = self.session
        centre_audit.release_review(session.conn, session.appender(), call_id)


# --- opening -----------------------------------------------------------------------


def open_centre(ws: Workstation, name: str, password: str, *, send: bool = True) -> CentreSession:
    """Sign ``name`` in on the joined workstation ``ws`` and open their centre session
    (``send``: start the outbox's sender thread; a test may send by hand). Failed
    sign-ins are counted on this workstation as on the desk (services/logins.py), with
    the centre's limit (services/settings.py), and audited at the next sign-in."""
    throttle = offline_signin.throttle_of(ws)
    wait = throttle.wait_seconds(name)
    if wait:
        raise TooSoon(seconds=wait)
    try:
        signin = centre_people.sign_in(ws, name, password)
    except WrongPassword:
        throttle.failed(name)
        raise
    except WorkstationRefused:  # removed by an administrator: no offline sign-in here either
        offline_signin.forget_copy(ws)
        raise
    try:
        centre = trusted_centre(signin.conn, signin.keyfile.desk_id, signin.secrets.pins.root)
        folder = person_folder(ws, signin.user_id)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        witness = witness_of(signin)
        earlier = _earlier_key(signin, witness, folder)
        centre_audit.check_at_connection(signin.conn, witness)
        head = witness.seen()
        session = _open_local(ws, signin, centre, folder, witness)
    except BaseException:
        signin.close()
        raise
    try:
        days = settings.value(session, settings.OFFLINE_DAYS)  # the centre's, on its server
        offline_signin.keep_copy(signin, centre, head, days)
        if earlier is not None:
            _audit_earlier_key(session, earlier)
        _count_sign_in(session, throttle, name)
        _start_outbox(session, send)
        if allowed(signin.roles, Action.SETTINGS):
            _run_scheduled(session, signin, witness)
    except BaseException:
        session.close()
        raise
    return session


def _earlier_key(
    signin: CentreSignIn, witness: LockedWitness, folder: Path
) -> earlier_key.EarlierKey | None:
    """Her witness, outbox and desk file here made under the key she had before an
    administrator reset her password: moved aside (never deleted), the chain vouching
    (services/earlier_key.py); a forged witness still raises WitnessForged."""
    assert signin.secrets.signing_private is not None
    earlier = earlier_key.found(
        signin.conn,
        witness.inner,
        signin.user_id,
        signing.public_of(signin.secrets.signing_private),
    )
    if earlier is None:
        return None
    witness.inner.set_aside(earlier.suffix)
    paths = DeskPaths(folder)
    earlier_key.set_aside(
        earlier, [outbox_path(folder, signin.holder), paths.database, paths.search_index]
    )
    return earlier


def _audit_earlier_key(session: CentreSession, earlier: earlier_key.EarlierKey) -> None:
    """The fresh witness in the chain, in words (ui/admin/audit_words.py), and said at
    the sign-in: calls kept here before the reset wait aside, not sent."""
    with session.audited():
        session.record(
            earlier_key.ACTION,
            "user",
            session.user_id,
            details={"witnessed": earlier.witnessed, "reset": earlier.reset},
        )
    session.warnings.append(WARN_EARLIER_KEY)


def _count_sign_in(session: CentreSession, throttle: LoginThrottle, name: str) -> None:
    """The failures typed on this workstation since (online, and offline from its copy)
    audited, then the counter reset and the centre's limit kept in it."""
    pending = throttle.pending()
    if pending:
        details: dict[str, object] = {"attempts": pending[-100:], "count": len(pending)}
        if any(p.get("offline") for p in pending):
            details["offline"] = True
        with session.audited():
            session.record("login.failed", details=details)
    throttle.succeeded(name)
    throttle.set_free_failures(settings.value(session, settings.SIGN_IN_LIMIT))


def open_centre_offline(
    ws: Workstation, name: str, password: str, *, send: bool = True
) -> CentreSession:
    """Sign ``name`` in from the workstation's copy while the server cannot be reached
    (services/offline_signin.py): the same session, without a connection until the
    server is back; the person's witness moved up to the head the copy saw, so the
    first connection checks the chain still holds it. Calls go to the outbox."""
    signin, found = offline_signin.sign_in_offline(ws, name, password)
    folder = person_folder(ws, signin.user_id)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    witness = witness_of(signin)
    if found.head is not None:
        witness.saw(found.head)
    session = _open_local(ws, signin, found.centre, folder, witness)
    try:
        _start_outbox(session, send)
        session.warnings.append(WARN_OFFLINE)
    except BaseException:
        session.close()
        raise
    return session


def _run_scheduled(session: CentreSession, signin: CentreSignIn, witness: LockedWitness) -> None:
    """An administrator's sign-in, as on the desk: the seal register applied, retention
    run (centre_sealing.scheduled). A refusal there does not keep them out: it is kept
    on the session and said among the sign-in's warnings, and logged by its kind only."""
    try:
        done = session.scheduled = centre_sealing.scheduled(signin, witness)
    except DeskError as exc:
        session.scheduled_error = exc
        session.warnings.append(WARN_SCHEDULED_FAILED)
        logs.get().warning(
            "the sign-in's sealing and retention did not run (%s)", type(exc).__name__
        )
        return
    if done.resealed:
        session.warnings.append(WARN_RESEALED)
    if done.retained:
        session.warnings.append(WARN_RETAINED)


def _device_secret(ws: Workstation) -> bytes | None:
    try:
        return enrolment.workstation_secret(ws)
    except DeskError:
        return None


def _open_local(
    ws: Workstation, signin: CentreSignIn, centre: Centre, folder: Path, witness: LockedWitness
) -> CentreSession:
    granted = {k: v[0] for k, v in signin.grants.items() if v}
    kem_private = signin.secrets.kem_private
    holder = signin.holder
    case = granted.get(SECRET_CASETEXT)
    text = CallText(
        desk_id=centre.desk_id,
        case_public=centre.casetext_public,
        own_holder=holder,
        own_private=kem_private,
        case_private=kem.KemPrivateKey.from_bytes(case) if case else None,
        publics=lambda uid: _public_of(signin, uid),
    )
    device_secret = _device_secret(ws)
    paths = DeskPaths(folder)
    lock = DeskLock(paths.lock_file).acquire()
    try:
        db = _local_desk(paths, own_file_key(text, LOCAL_DESK, device_secret), centre, signin)
    except BaseException:
        lock.release()
        raise
    assert signin.secrets.signing_private is not None
    user = User(signin.user_id, signin.name, signin.roles, True, utcnow())
    return CentreSession(
        paths=paths,
        db=db,
        keyfile=signin.keyfile,
        user=user,
        signing_key=signin.secrets.signing_private,
        kem_private=kem_private,
        secrets=granted,
        lock=lock,
        device_secret=device_secret,
        holder=holder,
        pins=signin.secrets.pins,
        signin=signin,
        centre=centre,
        witness=witness,
    )


def _public_of(signin: CentreSignIn, user_id: int) -> bytes | None:
    slot = signin.keyfile.slots.get(f"user:{user_id}")
    return None if slot is None else slot.kem_public


def _local_desk(paths: DeskPaths, key: bytes, centre: Centre, signin: CentreSignIn) -> Database:
    """The person's own desk file on this workstation (drafts, filters, settings)."""
    fresh = not paths.database.exists()
    db = Database(paths.database, key, create=fresh)
    try:
        migrate(db)
        if fresh:
            with db.transaction():
                MetaRepository(db).add(
                    {
                        "desk_id": centre.desk_id,
                        "vault_public": base64.b64encode(centre.vault_public).decode(),
                        "casetext_public": base64.b64encode(centre.casetext_public).decode(),
                        "export_public": base64.b64encode(centre.export_public).decode(),
                        "idle_lock_minutes": "5",
                        "taxonomy_version": load_taxonomy().version,
                        ENTITY_SALT: os.urandom(32).hex(),
                    }
                )
                seal_text_schema(db)
                assert signin.secrets.signing_private is not None
                UserRepository(db).add(
                    signin.name,
                    frozenset(signin.roles) or frozenset({Role.OPERATOR}),
                    signing.public_of(signin.secrets.signing_private),
                    user_id=signin.user_id,
                )
    except BaseException:
        db.close()
        raise
    return db


def _start_outbox(session: CentreSession, send: bool) -> None:
    text = session.call_text
    assert text is not None and session.signin is not None
    signin = session.signin
    centre = session.centre

    def connect() -> Connection:
        conn = connect_member(signin)
        try:  # the server upgraded since the sign-in: nothing is sent to a schema unknown here
            schema_steps.check(conn)
            if signin.offline and centre is not None:  # nor while she is not who the copy said
                offline_signin.check_back_online(conn, signin, centre)
        except BaseException:
            conn.close()
            raise
        return conn

    store = OutboxStore(
        outbox_path(session.paths.root, signin.holder),
        own_file_key(text, "outbox", session.device_secret),
    )
    outbox = Outbox(
        store,
        connect,
        audit=lambda conn: Appender(conn, session.user_id, session.signing_key, session.witness),
    )
    if signin.offline:
        outbox.reachable = False  # said from the start: the sign-in could not reach it
    session.outbox = outbox
    session.sender = Sender(outbox, on_change=session._outbox_changed)
    if send:
        session.sender.start()
