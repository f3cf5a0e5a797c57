"""What the detail pane shows around one call on a centre, and the notes' search of the
call log there.

* **Corrections and comments** are sealed to the call's own data key on the server, as
  texts beside its notes (the server sees that a call has them, never what they say),
  and opened on the workstation with the session's keys, as the notes are. Each is one
  JSON text; the two shapes are made and read here only:

  - ``correction:<random>``: ``{"fields": {field: [old, new]}, "reason", "by", "at"}``
    (the values as call_history.encode_value writes them on the desk);
  - ``comment:<random>``: ``{"kind": comment|approved|returned, "body", "by", "at"}``.

  ``by`` is the member's id, ``at`` the ISO time; the name shown is the member's,
  from the centre's signed members (a row changed on the server shows no name).
* **Who read it**: the call's ``call.notes_read`` and ``vault.read`` entries in the
  centre's audit chain (their author and time).
* **Other calls of the same person**: the calls whose caller or person concerned has
  the same pseudonym (storage/server/calllog.py ``linked_ids``), as the desk links
  them through its persons table.
* **Entities across calls**: each entity the call names (opened here with its text) is
  looked up on the server by its keyed lookup value (crypto/person_keys.py: the server
  holds the HMAC, never the value), with the calls naming it and their regions, as the
  desk's call_entities answer.
* **The notes' words** in the call log: the supervisor's own index on this workstation
  (services/centre_search.py) is brought up to date and asked; the server then
  filters the calls it found with the log's other filters. It holds no word.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

import psycopg

from hotline.crypto.person_keys import PersonKeys
from hotline.records import Entity, from_iso, to_iso
from hotline.services import centre_search
from hotline.services.call_backend import EntityLink
from hotline.services.centre_people import CentreSignIn
from hotline.services.search import SearchUnavailable
from hotline.storage.call_history import CommentLine, HistoryLine
from hotline.storage.calllog import CallFilter
from hotline.storage.readings import SeenLine
from hotline.storage.review_state import RETURNED_COMMENT
from hotline.storage.server import calllog as server_calllog

Connection = psycopg.Connection[tuple[Any, ...]]
CORRECTION_TEXT = "correction:"
COMMENT_TEXT = "comment:"
SEEN_ACTIONS = ("call.notes_read", "vault.read")


def correction_text(
    fields: Mapping[str, tuple[str | None, str | None]], reason: str, by: int, at: datetime
) -> tuple[str, str]:
    """The name and body of a correction's sealed text (each field's old and new value)."""
    body = {
        "fields": {k: [old, new] for k, (old, new) in fields.items()},
        "reason": reason,
        "by": by,
        "at": to_iso(at),
    }
    return f"{CORRECTION_TEXT}{secrets.token_hex(8)}", json.dumps(body, ensure_ascii=False)


def comment_text(kind: str, body: str, by: int, at: datetime) -> tuple[str, str]:
    """The name and body of a review comment's sealed text."""
    entry = {"kind": kind, "body": body, "by": by, "at": to_iso(at)}
    return f"{COMMENT_TEXT}{secrets.token_hex(8)}", json.dumps(entry, ensure_ascii=False)


def _entries(texts: Mapping[str, str], prefix: str) -> list[dict[str, Any]]:
    """The call's sealed texts of one shape, oldest first (one that does not parse as
    its shape is left out, never guessed)."""
    out = []
    for name, body in texts.items():
        if not name.startswith(prefix):
            continue
        try:
            entry = json.loads(body)
            entry["at"] = from_iso(str(entry["at"]))
            entry["by"] = int(entry["by"])
        except (ValueError, TypeError, KeyError):
            continue
        if isinstance(entry, dict):
            out.append(entry)
    return sorted(out, key=lambda e: e["at"])


def history(texts: Mapping[str, str], names: Mapping[int, str]) -> list[HistoryLine]:
    """The call's corrections, oldest first: a line per field corrected."""
    lines = []
    for entry in _entries(texts, CORRECTION_TEXT):
        fields = entry.get("fields")
        if not isinstance(fields, dict):
            continue
        for field, values in sorted(fields.items()):
            old, new = [*values, None, None][:2] if isinstance(values, list) else [None, None]
            lines.append(
                HistoryLine(
                    str(field),
                    None if old is None else str(old),
                    None if new is None else str(new),
                    str(entry.get("reason") or ""),
                    names.get(entry["by"], ""),
                    entry["at"],
                )
            )
    return lines


def comments(texts: Mapping[str, str], names: Mapping[int, str]) -> list[CommentLine]:
    """The review's comments on the call, oldest first."""
    return [
        CommentLine(
            names.get(entry["by"], ""),
            entry["at"],
            str(entry.get("kind") or "comment"),
            str(entry.get("body") or ""),
        )
        for entry in _entries(texts, COMMENT_TEXT)
    ]


def returned_comment(texts: Mapping[str, str]) -> str:
    """Why the call was last returned to its operator (empty when it was not)."""
    returned = [
        c for c in _entries(texts, COMMENT_TEXT) if c.get("kind") == "returned" and c.get("body")
    ]
    if returned:
        return str(returned[-1]["body"])
    return texts.get(RETURNED_COMMENT, "")


def seen_by(conn: Connection, call_id: int, names: Mapping[int, str]) -> list[SeenLine]:
    """Who read the call's notes or identity details, as the centre's chain says."""
    return [
        SeenLine(names.get(int(uid), ""), str(action), from_iso(str(at)))
        for at, uid, action in conn.execute(
            "SELECT at, user_id, action FROM hotline.audit WHERE object_type = 'call'"
            " AND object_id = %s AND action = ANY(%s) AND user_id IS NOT NULL ORDER BY seq",
            (call_id, list(SEEN_ACTIONS)),
        ).fetchall()
    ]


def fill_own(signin: CentreSignIn | None, progress: Callable[[int, int], None] | None) -> int:
    """This supervisor's own index brought up to date with the server (the calls sealed
    since out, those saved since in); how many calls were indexed."""
    if signin is None:
        raise SearchUnavailable()
    index = centre_search.open_index(signin)
    try:
        return centre_search.fill(signin, index, progress).indexed
    finally:
        index.close()


def matching(signin: CentreSignIn | None, f: CallFilter) -> list[int] | None:
    """The calls whose notes hold the words of the log's search (None without one), from
    this supervisor's own index, filled first with the calls saved since; anyone
    without the case-text key is told SearchUnavailable and no file is made."""
    if not f.text.strip():
        return None
    if signin is None:
        raise SearchUnavailable()
    index = centre_search.open_index(signin)
    try:
        centre_search.fill(signin, index)
        return centre_search.search(signin, index, f.text)
    finally:
        index.close()


def entity_links(
    conn: Connection, persons: PersonKeys, entities: Sequence[Entity]
) -> list[EntityLink]:
    """How far each entity of the call reaches across the centre's calls (those the
    login is shown), in the call's order; an entity with nothing to match is left out."""
    links = []
    for entity in entities:
        key = persons.entity(entity.kind, entity.value)
        if not key:
            continue
        found = server_calllog.naming(conn, key)
        regions = {r for _cid, r in found if r and r != "unknown"}
        ids = tuple(cid for cid, _r in found)
        links.append(EntityLink(entity.kind, entity.value, key, len(ids), len(regions), ids))
    return links
