"""The record dataclasses the services take and return."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime
from typing import Any

from hotline.permissions import Role

ENTITY_KINDS = ("agency", "phone", "link", "account", "city", "other")


def utcnow() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


# The last UTC moment formatted and its text: a save formats the same second several
# times (the call's, the person's, the task's and the audit entry's moments). One
# tuple, replaced whole, so a thread reads a pair that belongs together. Only moments
# in UTC itself: two of one tzinfo compare by their fields, which in a zone with
# summer time can be equal an hour apart (fold); in UTC they are the same instant.
_LAST_ISO: tuple[datetime | None, str] = (None, "")


def to_iso(moment: datetime) -> str:
    """YYYY-MM-DDTHH:MM:SSZ in UTC. Formatted by hand (a save writes several; strftime
    is three times slower); a year before 1000 as strftime writes it (not padded)."""
    global _LAST_ISO
    if moment.tzinfo is UTC:
        last, text = _LAST_ISO
        if moment == last:
            return text
        text = _format_iso(moment)
        _LAST_ISO = (moment, text)
        return text
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return _format_iso(moment)


def _format_iso(moment: datetime) -> str:
    if moment.tzinfo is not UTC:
        moment = moment.astimezone(UTC)
    if moment.year < 1000:
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (  # noqa: UP031 (faster than an f-string)
        moment.year,
        moment.month,
        moment.day,
        moment.hour,
        moment.minute,
        moment.second,
    )


def from_iso(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class SealMark:
    """What a sealed call shows instead of itself: the decision that sealed it (its kind
    "decision" or "retention", the body, number and date), never content."""

    decision_id: int
    kind: str
    body: str
    number: str
    decided_on: date


@dataclass(frozen=True)
class User:
    id: int
    name: str
    roles: frozenset[Role]
    active: bool
    created_at: datetime

    def has(self, role: Role) -> bool:
        return role in self.roles


@dataclass(frozen=True)
class Entity:
    """Something the caller mentions: an agency, a phone number, a link, a city.

    A field of its own, never part of anyone's identity.
    """

    kind: str
    value: str


@dataclass(frozen=True)
class CallRecord:
    """Every field of TAXONOMY.md; coded fields hold taxonomy ids."""

    started_at: datetime
    operator_id: int
    id: int | None = None
    duration_s: int = 0
    entered_by: int | None = None
    channel: str = "phone"
    no_content: str | None = None
    nature: str | None = None
    caller_pseudonym: str | None = None
    concerned_pseudonym: str | None = None
    safe_to_talk: str | None = None
    callback_allowed: bool | None = None
    callback_times: str = ""
    code_word: str = ""
    do_not_call_back: bool = False
    relation: str | None = None
    caller_sex: str | None = None
    caller_age: str | None = None
    caller_citizenship: str | None = None
    caller_country: str | None = None
    region: str | None = None
    call_language: str | None = None
    interpreter_needed: bool = False
    heard_of: str | None = None
    concerned_sex: str | None = None
    concerned_age: str | None = None
    concerned_citizenship: str | None = None
    concerned_country: str | None = None
    believed_child: bool = False
    exploitation: str | None = None
    labour_sector: str | None = None
    destination: str | None = None
    topics: tuple[str, ...] = ()
    primary_topic: str | None = None
    indicators: tuple[str, ...] = ()
    outcomes: tuple[str, ...] = ()
    child_involved: bool = False
    immediate_danger: bool = False
    possible_victim: bool = False
    relative_involved: bool = False
    consent: str = "not_asked"
    identity_consent: bool = False
    entities: tuple[Entity, ...] = ()
    notes: str = ""
    review_state: str = "new"
    identity_held: bool = False
    seal: SealMark | None = None  # read back only: the decision that sealed the call

    def with_changes(self, **changes: Any) -> CallRecord:
        return replace(self, **changes)

    @property
    def has_content(self) -> bool:
        return self.no_content is None

    def to_json(self) -> dict[str, Any]:
        """A JSON-able dict keyed by field name (drafts, import template)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            if f.name == "seal":
                continue
            value = getattr(self, f.name)
            if isinstance(value, datetime):
                value = to_iso(value)
            elif f.name == "entities":
                value = [{"kind": e.kind, "value": e.value} for e in value]
            elif isinstance(value, tuple):
                value = list(value)
            out[f.name] = value
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CallRecord:
        known = {f.name for f in fields(cls)}
        kwargs: dict[str, Any] = {k: v for k, v in data.items() if k in known}
        kwargs["started_at"] = from_iso(str(data["started_at"]))
        for name in ("topics", "indicators", "outcomes"):
            kwargs[name] = tuple(data.get(name) or ())
        kwargs["entities"] = tuple(
            Entity(str(e["kind"]), str(e["value"])) for e in data.get("entities") or ()
        )
        return cls(**kwargs)


@dataclass(frozen=True)
class Draft:
    id: int
    operator_id: int
    started_at: datetime
    elapsed_s: int
    updated_at: datetime
    record: CallRecord
    sealed_identity: bytes | None = None


@dataclass(frozen=True)
class Task:
    id: int
    call_id: int | None
    kind: str
    status: str
    due_at: datetime | None
    assignee_id: int | None
    created_at: datetime
    note: str = ""


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: datetime
    user_id: int | None
    action: str
    object_type: str
    object_id: int | None
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class IdentityDetails:
    """What the vault holds, with consent only."""

    name: str = ""
    phone: str = ""
    address: str = ""
    document: str = ""

    def is_empty(self) -> bool:
        return not any((self.name, self.phone, self.address, self.document))
