"""What the desk checks of the audit log at every sign-in, before it writes to it.

* the root: entry 1 must be signed by the key pinned in the user's own slot;
* the roles: taken from the administrator-signed grants of the chain, never
  from the ``users.roles`` column alone;
* the links: every entry follows the one before it and none is missing (read
  from a covering index of the hashes' prefixes, see AuditLog.gaps), so an entry
  deleted and replaced by a filler of the attacker's own shows at once;
* the head file outside the database: checked, not overwritten;
* the user's own head: the last head their sessions left (kept in their slot)
  must still be in the chain, or the log was cut or rewritten since.

Each failure is told to the user in their language and recorded as a signed
``audit.tampering`` entry, which verify lists from then on.
"""

from __future__ import annotations

import json
from dataclasses import replace

from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Role
from hotline.said import Said
from hotline.services.session import Session
from hotline.storage.keyfile import AuditPins

WARN_LOG_CUT = QT_TRANSLATE_NOOP(
    "warnings",
    "The audit log was cut or rewritten since you last signed out: entries your last session "
    "saw are missing or different. Tell the administrator at once; the desk keeps working.",
)
WARN_HEAD_FILE = QT_TRANSLATE_NOOP(
    "warnings",
    "The audit log's head file beside the database was deleted, damaged or does not match "
    "the log: entries may have been removed. Tell the administrator; 'hotline verify' names "
    "the problem.",
)
WARN_ROOT = QT_TRANSLATE_NOOP(
    "warnings",
    "The audit log does not start with this desk's own first entry (the one pinned in your "
    "key slot): it was replaced. Tell the administrator at once.",
)
WARN_ROLES = QT_TRANSLATE_NOOP(
    "warnings",
    "Your roles recorded in the database differ from the roles an administrator granted you; "
    "the desk uses the granted ones. Tell the administrator.",
)


def _first_entry_key(session: Session, field: str) -> bytes | None:
    row = session.db.execute(
        "SELECT details FROM audit WHERE seq = 1 AND action = 'desk.init'"
    ).fetchone()
    try:
        return None if row is None else bytes.fromhex(json.loads(row[0])[field])
    except (ValueError, KeyError, TypeError):
        return None


def root_of_chain(session: Session) -> bytes | None:
    """Entry 1's signing key, for a slot made before the root was pinned in slots."""
    return _first_entry_key(session, "signing_key")


def recovery_key_of_chain(session: Session) -> bytes | None:
    """The recovery code's signing key as entry 1 vouches for it."""
    return _first_entry_key(session, "recovery_signing_key")


ROOT_DIFFERS = QT_TRANSLATE_NOOP(
    "findings", "the audit log's root differs from the pin in the key slot"
)
ROLES_DIFFER = QT_TRANSLATE_NOOP("findings", "user {user}'s roles differ from the granted ones")
LAST_HEAD_GONE = QT_TRANSLATE_NOOP("findings", "audit entry {seq} of this user's last head is gone")


def sign_in_checks(session: Session, pins: AuditPins) -> list[str]:
    """Run the checks; adds the warnings to the session and returns the problems."""
    problems: list[str] = []
    root = pins.root if pins.root is not None else root_of_chain(session)
    session.pins = replace(pins, root=root)  # a version 1 slot gets its pin at sign-out
    authority = session.audit.authority(root)
    if authority.root is None:
        problems.append(Said(ROOT_DIFFERS))
        session.warnings.append(WARN_ROOT)
    if session.user is not None:
        slot = session.keyfile.slots[session.holder]
        vouched = authority.keys.get(session.user.id) == slot.signing_public
        roles = authority.roles_of(session.user.id) if vouched else frozenset()
        if authority.root is None and root is not None and slot.signing_public == root:
            # A replaced chain vouches for nobody, but the root key is the pin itself:
            # its holder stays an administrator, to verify and restore the desk.
            roles = frozenset({Role.ADMINISTRATOR})
        if roles != session.user.roles:
            problems.append(Said(ROLES_DIFFER, user=session.user.id))
            session.warnings.append(WARN_ROLES)
            session.user = replace(session.user, roles=roles)
    head_file = session.audit.head_problems()
    if head_file:
        problems += head_file
        session.warnings.append(WARN_HEAD_FILE)
    cut = session.audit.gaps()
    if not session.audit.contains(pins.head_seq, pins.head_hash):
        cut.append(Said(LAST_HEAD_GONE, seq=pins.head_seq))
    if cut:
        problems += cut
        session.warnings.append(WARN_LOG_CUT)  # a template: the window translates it
    return problems
