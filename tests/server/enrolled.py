"""A centre whose first workstation has joined, for the enrolment tests."""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from pathlib import Path

from hotline.services import centre as centre_service
from hotline.services import enrolment
from hotline.storage.server import certificate
from hotline.storage.server.workstation import Workstation
from tests.conftest import ADMIN, ADMIN_PW
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
