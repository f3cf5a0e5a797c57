"""The audit page and the desk check on a centre: the centre's one chain on its server.

On a centre's session (CentreSession) the desk's audit_view and integrity.verify would
read this workstation's cache, whose chain is not the centre's. Here the entries are
read from the server's chain with the same filter, named after the centre's signed
members, and the check is ``hotline verify``'s on a joined workstation
(centre_audit.verify_centre: the chain walked, the members' keys and roles against
it, the calls against their entries, the sealing register, the centre's settings and
referral directory against the administrators' entries, and this person's witness of
the head on this workstation). On the single-file desk each function is the desk's.

Not on a centre yet: the signed export of the filtered entries (its manifest would name
the cache's chain head) and a check against a backup kept elsewhere (a centre's backup
is a pg_dump): NotOnCentreYet.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hotline.permissions import Action
from hotline.services import audit_view, centre_audit, directory, integrity, settings
from hotline.services.audit_view import AuditFilter, AuditPage
from hotline.services.call_backend import NotOnCentreYet
from hotline.services.centre_session import CentreSession
from hotline.services.centre_session import on_centre as on_centre
from hotline.services.findings import Finding
from hotline.services.integrity import Report
from hotline.services.session import Session
from hotline.storage.server import audit_search
from hotline.storage.server.errors import on_server


@on_server
def search(session: Session, where: AuditFilter) -> AuditPage:
    """The newest entries the filter matches, how many, and who is who."""
    if not isinstance(session, CentreSession):
        return audit_view.search(session, where)
    session.require(Action.READ_AUDIT)
    conn = session.conn
    names = {u.id: u.name for u in session.granted_users()}  # signed rows only
    return AuditPage(
        audit_search.search(conn, where, audit_view.SHOWN),
        audit_search.count(conn, where, audit_view.COUNTED),
        names,
    )


def findings(session: Session) -> list[Finding]:
    """What sign-ins noticed: on a centre a witness that does not hold refuses the
    sign-in itself (centre_audit.check_at_connection), so there are none to list."""
    if isinstance(session, CentreSession):
        session.require(Action.READ_AUDIT)
        return []
    return audit_view.findings(session)


def may_export(session: Session) -> bool:
    return session.can(Action.EXPORT) and not on_centre(session)


def may_acknowledge(session: Session) -> bool:
    return session.can(Action.MANAGE_USERS) and not on_centre(session)


@on_server
def verify(
    session: Session,
    witness: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Report:
    """The desk's verify, or on a centre the centre's chain checked on its server."""
    if not isinstance(session, CentreSession):
        return integrity.verify(session, witness, progress)
    session.require(Action.VERIFY)
    if witness is not None:
        raise NotOnCentreYet()
    conn = session.conn
    problems = centre_audit.verify_centre(conn, session.pins.root, session.witness)
    # the centre's settings and directory against the administrators' entries, as on the desk
    problems += settings.problems(session) + directory.check(session)
    members = session.granted_users()
    return Report(
        problems=problems,
        facts={
            "audit_entries": centre_audit.chain_length(conn),
            "users": sum(1 for u in members if u.active),
        },
    )
