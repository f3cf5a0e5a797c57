"""A centre whose first workstation has joined, for the enrolment tests."""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from pathlib import Path

from hotline.permissions import Role
from hotline.services import calls, centre_people, enrolment
from hotline.services import centre as centre_service
from hotline.services.centre_session import open_centre
from hotline.storage.server import certificate
from hotline.storage.server.workstation import Workstation
from tests.conftest import ADMIN, ADMIN_PW
from tests.factories import job_in_dubai
from tests.server.centre import new_database
from tests.server.postgres import HOST, PostgresServer


def fingerprint_of(server: PostgresServer) -> str:
    return "SHA256:" + certificate.fingerprint(ssl.PEM_cert_to_DER_cert(server.cert.read_text()))


def address_of(server: PostgresServer, database: str) -> str:
    return f"{HOST}:{server.port}/{database}"


@dataclass
class JoinedCentre:
    server: PostgresServer
    database: str
    first: Workstation  # the administrator's workstation

    @property
    def address(self) -> str:
        return address_of(self.server, self.database)

    def join(self, folder: Path, code: str) -> Workstation:
        return enrolment.join(
            self.address, fingerprint_of(self.server), code, folder, bind_keychain=False
        )


def set_up_joined(server: PostgresServer, folder: Path) -> JoinedCentre:
    """init --server, then the superuser's code for the first workstation, joined."""
    database = new_database(server)
    url = server.url(db=database)
    centre_service.init_centre(url, ADMIN, ADMIN_PW)
    code = enrolment.issue_as_superuser(url, None)
    found = JoinedCentre(server, database, None)  # type: ignore[arg-type]
    found.first = found.join(folder, code)
    return found


def set_up_with(
    server: PostgresServer, folder: Path, people: list[tuple[str, frozenset[Role], str]]
) -> JoinedCentre:
    """set_up_joined, then each (name, roles, password) added by the first administrator
    signed in on the first workstation."""
    joined = set_up_joined(server, folder)
    admin = centre_people.sign_in(joined.first, ADMIN, ADMIN_PW)
    try:
        for name, roles, password in people:
            centre_people.add_user(admin, name, roles, password)
    finally:
        admin.close()
    return joined


def save_through_outbox(joined: JoinedCentre, name: str, password: str, notes: str) -> int:
    """A call typed (a draft autosaved) and saved by ``name`` on the first workstation,
    sent through the outbox; its id."""
    session = open_centre(joined.first, name, password, send=False)
    try:
        draft = calls.start_call(session)
        record = job_in_dubai(session.user_id or 0, notes=f"typed {notes}")
        calls.autosave(session, draft.id, record, 30)
        saved = calls.save_call(session, job_in_dubai(session.user_id or 0, notes=notes))
        assert session.outbox is not None
        session.outbox.send_now()
        return saved.call_id
    finally:
        session.close()
