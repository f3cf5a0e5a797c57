"""Audit entries that count only when an administrator signed them (an acknowledgement,
a setting): intact, and signed with the key the chain vouched for an administrator at
that point. An insider with the database key appends entries with their own key only,
so theirs never count, whatever user id they write into them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from hotline.crypto import signing
from hotline.records import AuditEntry
from hotline.services.session import SharedState
from hotline.storage.authority import RECOVERY_ACTOR, Authority


@dataclass(frozen=True)
class Judged:
    entry: AuditEntry
    actor: int  # the user id, RECOVERY_ACTOR for the recovery code
    intact: bool  # its hash recomputes from its fields
    genuine: bool  # intact and signed with the key the chain vouched for the actor then


def replayed(
    session: SharedState, object_type: str, authority: Authority | None = None
) -> Iterator[tuple[Judged, Authority]]:
    """Each entry about `object_type`, oldest first, judged with the keys and roles the
    chain vouched for at that point. `authority` (a fresh one by default) takes in every
    grant as it goes: once the iteration ends it holds the chain's present keys and roles."""
    authority = authority if authority is not None else Authority(session.pins.root)
    for signed in session.signed_of(object_type):
        entry = signed.entry
        if signed.is_grant and entry.object_type != object_type:
            if signed.intact:
                authority.apply(
                    entry.seq,
                    entry.user_id,
                    entry.action,
                    entry.object_id,
                    signed.details_text,
                    signed.hash,
                    signed.signature,
                )
            continue
        actor = RECOVERY_ACTOR if entry.user_id is None else int(entry.user_id)
        key = authority.keys.get(actor)
        genuine = (
            signed.intact and key is not None and signing.verify(key, signed.hash, signed.signature)
        )
        yield Judged(entry, actor, signed.intact, genuine), authority


def by_administrators(
    session: SharedState, object_type: str, actions: str | tuple[str, ...]
) -> list[AuditEntry]:
    """The entries of `actions` about `object_type` an administrator signed, oldest first
    (the desk's chain, or the centre's on a centre's session: Session.signed_of)."""
    wanted = (actions,) if isinstance(actions, str) else actions
    return [
        judged.entry
        for judged, authority in replayed(session, object_type)
        if judged.entry.action in wanted and judged.genuine and authority.is_admin(judged.actor)
    ]
