"""The entities' lookup values of the calls saved on a centre before them (issue 15).

A call saved since the lookup values came in carries, among its coded fields, an HMAC
of each entity it names (crypto/person_keys.py, made at its save by
``centre.seal_call``); a call saved before has none, so neither the call log's "Calls
mentioning" filter nor the detail pane's other calls find it. As the single-file desk
sealed its text on the first session holding the vault key after an upgrade
(text_sealing.py), a centre's supervisor session, holding the case-text key and the
persons secret, gives those calls their lookup values: on the window's worker thread,
a batch per job (the window's own reads and saves pass between them), with progress.

For each call waiting (storage/server/entity_keys.py: it names entities, holds no
lookup values, is not sealed, and no supervisor's entry says it was looked at):

1. its rows are loaded and checked against the chain's last pin of them: a call
   changed around the desk is left as it is (verify keeps naming it; nothing blessed);
2. its ``entities`` text is opened with the case-text key, and its lookup values made
   by the one rule a save uses (``PersonKeys.entity_coded`` of ``centre.entities_of``);
3. the server's ``key_entities`` adds them (schema_entity_keys.py: a supervisor's login
   only, never over values there, never on a sealed call);
4. a ``call.entities_keyed`` entry, signed here, re-pins its rows: the digests of the
   rows as they are after (a call without a pin, saved before the digests, gets none:
   it is not blessed either). A call whose entities match nothing gets the entry only.

A batch is one server transaction, its entries last (the chain's lock is held only to
the commit). A run cut short (the process killed, the server away) loses nothing and
doubles nothing: the next session carries on with the calls still waiting. An operator's
session never runs it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import psycopg

from hotline.crypto.calltext import CallText, TextUnreadable
from hotline.crypto.person_keys import ENTITY_FIELD, PersonKeys
from hotline.errors import DeskError
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Action, allowed
from hotline.services import centre as centre_service
from hotline.services.centre_session import CentreSession
from hotline.services.session import Session
from hotline.storage.keyfile import SECRET_CASETEXT, SECRET_PERSONS
from hotline.storage.server import call_digest
from hotline.storage.server import entity_keys as server_keys
from hotline.storage.server.calls import SealedCall, ServerCallRepository, digests_of
from hotline.storage.server.schema_review import ENTITIES_TEXT

BATCH = 100
Progress = Callable[[int, int], None]


class KeyingRefused(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "A call changed on the server while this workstation was linking earlier calls by "
        "the entities they name (sealed or corrected meanwhile): that batch was undone "
        "whole. The calls still waiting are linked at the next sign-in of a supervisor.",
    )


class KeyingWaited(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Linking earlier calls by the entities they name waited too long for another "
        "connection to the centre's server holding its turn: nothing of that batch was "
        "changed. The calls still waiting are linked at the next sign-in of a supervisor.",
    )


@dataclass
class Keying:
    """One run: where it is (the last call id looked at) and what it did."""

    total: int
    after: int = 0
    looked: int = 0
    keyed: int = 0  # calls given their lookup values
    nothing: int = 0  # calls whose entities match nothing (the entry only)
    left: int = 0  # calls left as they are (rows not as pinned, text not opening)


def can_key(session: Session) -> bool:
    """Whether this session may give calls their lookup values: a centre's, reading
    every call's text (a supervisor's) with the case-text key and the persons secret."""
    if not isinstance(session, CentreSession) or session.signin is None:
        return False
    grants = session.signin.grants
    return (
        allowed(session.roles, Action.READ_ALL_CALLS)
        and allowed(session.roles, Action.READ_NOTES)
        and bool(grants.get(SECRET_CASETEXT))
        and bool(grants.get(SECRET_PERSONS))
    )


def start(session: Session) -> Keying | None:
    """A run, or None when this session cannot key or no call waits."""
    if not can_key(session):
        return None
    assert isinstance(session, CentreSession)
    total = server_keys.waiting(session.conn)
    return Keying(total) if total else None


def step(session: Session, keying: Keying) -> int:
    """One batch, in one server transaction: how many calls were looked at (0 when none
    is left)."""
    assert isinstance(session, CentreSession)  # a run is started on a centre only
    conn = session.conn
    text = session.call_text
    assert text is not None
    persons = session.person_keys()
    repo = ServerCallRepository(conn)
    appender = session.appender()
    entries: list[tuple[int, dict[str, Any]]] = []
    counts = {"keyed": 0, "nothing": 0, "left": 0}
    try:
        with conn.transaction():
            server_keys.take_turn(conn)  # then the calls still waiting, after its commits
            ids = server_keys.waiting_after(conn, keying.after, BATCH)
            if not ids:
                return 0
            pins = call_digest.pins_of(conn, ids)
            loaded = repo.load_many(ids, with_vault=True)
            added: list[tuple[int, list[str]]] = []
            for call_id in ids:
                sealed = loaded.get(call_id)
                found = (
                    None if sealed is None else _keys_of(text, persons, sealed, pins.get(call_id))
                )
                if sealed is None or found is None:
                    counts["left"] += 1
                    continue
                details: dict[str, Any] = {"entities": len(found)}
                if found:
                    added.append((call_id, found))
                    after = replace(sealed, coded={**sealed.coded, ENTITY_FIELD: found})
                    if call_id in pins:
                        details.update(digests_of(after))
                counts["keyed" if found else "nothing"] += 1
                entries.append((call_id, details))
            try:
                server_keys.add(conn, added)
            except (
                psycopg.errors.InsufficientPrivilege,
                psycopg.errors.InvalidParameterValue,
            ) as exc:
                raise KeyingRefused() from exc
            for call_id, details in entries:  # last: the chain's lock only to the commit
                appender.record(call_digest.ENTITIES_KEYED, "call", call_id, details)
    except psycopg.errors.LockNotAvailable as exc:  # a turn, a call or the chain held
        appender.forget()
        raise KeyingWaited() from exc
    except BaseException:
        appender.forget()
        raise
    appender.committed()
    keying.after = ids[-1]
    keying.looked += len(ids)
    keying.keyed += counts["keyed"]
    keying.nothing += counts["nothing"]
    keying.left += counts["left"]
    return len(ids)


def _keys_of(
    text: CallText, persons: PersonKeys, sealed: SealedCall, pinned: dict[str, Any] | None
) -> list[str] | None:
    """The call's lookup values, as its save would have made them; None when it is to be
    left as it is (its rows differ from their pin, or its entities do not open here)."""
    body = sealed.texts.get(ENTITIES_TEXT)
    if body is None or call_digest.differs(pinned, digests_of(sealed)):
        return None
    try:
        text.remember(sealed.id, sealed.keys)
        opened = text.decrypt(sealed.id, ENTITIES_TEXT, body)
    except TextUnreadable:
        return None
    finally:
        text.forget(sealed.id)
    named = persons.entity_coded(centre_service.entities_of({ENTITIES_TEXT: opened}))
    return list(named.get(ENTITY_FIELD, []))


def key_remaining(session: Session, progress: Progress | None = None) -> Keying | None:
    """Every batch at once (a test, the command line): the run, or None when there was
    nothing to do or this session cannot."""
    keying = start(session)
    if keying is None:
        return None
    while step(session, keying):
        if progress is not None:
            progress(keying.looked, max(keying.total, keying.looked))
    return keying
