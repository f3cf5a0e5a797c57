"""How many saved calls already name an entity the operator types (issue 16): the
count only, nothing of the other calls."""

from __future__ import annotations

from hotline.permissions import Action
from hotline.records import ENTITY_KINDS
from hotline.services.session import Session
from hotline.storage.entities import EntityQueries, lookup_key


def reports(session: Session, kind: str, value: str) -> int:
    session.require(Action.TAKE_CALL)
    key = lookup_key(session.db, kind, value)
    if kind not in ENTITY_KINDS or not key:
        return 0
    return EntityQueries(session.db).calls_naming(kind, key)
