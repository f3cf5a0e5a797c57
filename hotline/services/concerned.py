"""The pseudonym of the person concerned: issued by the desk, or one the desk issued
before found again, never typed into being. A real name typed there (issue 16) would
have become a pseudonymous person outside the vault, and a typo a new person."""

from __future__ import annotations

from dataclasses import dataclass, replace

from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Action
from hotline.records import CallRecord
from hotline.services.session import Session
from hotline.storage.calls import CallRepository
from hotline.storage.persons import MAX_TRIES, PersonRepository
from hotline.storage.server.errors import ServerUnreachable
from hotline.validation import Problem

NOT_ISSUED = QT_TRANSLATE_NOOP(
    "validation",
    "No person concerned has this pseudonym. A pseudonym is issued by the desk (Assign a"
    " new pseudonym) or is one it issued before; never type a name here: names go only"
    " into the sealed identity details, with consent.",
)


@dataclass(frozen=True)
class ConcernedMatch:
    """A known person concerned: the pseudonym as issued and how many calls name them."""

    pseudonym: str
    calls: int


def fresh_pseudonym(session: Session) -> str:
    """A pseudonym the desk has not used; on a centre, one the server (any workstation's
    calls) and the outbox do not hold either. With the server away, one the outbox and
    this desk do not hold (the call goes on; two workstations drawing the same one of
    4,161,600 while offline is the risk left)."""
    persons = PersonRepository(session.db)
    remote = session.remote()
    if remote is None:
        return persons.new_pseudonym()
    for _ in range(MAX_TRIES):
        candidate = persons.new_pseudonym()
        try:
            taken = remote.find_person(candidate) is not None
        except ServerUnreachable:
            taken = False
        if not taken:
            return candidate
    raise RuntimeError("no free pseudonym found; the wordlists are too small")


def issue_pseudonym(session: Session) -> str:
    """A new pseudonym, reserved at once, so that it is one the desk issued."""
    session.require(Action.TAKE_CALL)
    persons = PersonRepository(session.db)
    with session.audited():
        pseudonym = fresh_pseudonym(session)
        person_id = persons.ensure(pseudonym)
        session.record("person.issue", "person", person_id)
    return pseudonym


def _issued(session: Session, typed: str) -> str | None:
    """The pseudonym as issued: by this desk, or on a centre by any workstation (the
    server's keyed lookup finds a person named by any call, as caller or concerned)."""
    found = PersonRepository(session.db).find(typed)
    if found is not None:
        return found.pseudonym
    remote = session.remote()
    return None if remote is None else remote.find_person(typed)


def find(session: Session, typed: str) -> ConcernedMatch | None:
    """The person whose pseudonym the operator typed (case and spacing ignored)."""
    session.require(Action.TAKE_CALL)
    pseudonym = _issued(session, typed)
    if pseudonym is None:
        return None
    remote = session.remote()
    if remote is not None:
        return ConcernedMatch(pseudonym, len(remote.person_calls(pseudonym)))
    calls = len(CallRepository(session.db).ids_for_person(pseudonym))
    return ConcernedMatch(pseudonym, calls)


def checked(session: Session, record: CallRecord) -> tuple[CallRecord, list[Problem]]:
    """The record with the concerned pseudonym as issued, or the problem of one never
    issued (the service refuses it, whatever sent the record)."""
    typed = (record.concerned_pseudonym or "").strip()
    if not typed:
        if record.concerned_pseudonym is None:
            return record, []  # already as it should be: no copy
        return replace(record, concerned_pseudonym=None), []
    issued = _issued(session, typed)
    if issued is None:
        return record, [Problem("concerned_pseudonym", NOT_ISSUED)]
    return replace(record, concerned_pseudonym=issued), []
