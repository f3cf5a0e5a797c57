"""A centre set up on the tests' server: its database, its members and their keys."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg

from hotline.crypto import kem
from hotline.crypto.calltext import CallText
from hotline.crypto.person_keys import PersonKeys
from hotline.permissions import Role
from hotline.services import centre as centre_service
from hotline.services.centre_people import CentreSignIn
from hotline.services.keys import NewIdentity, open_slot
from hotline.storage.keyfile import (
    SECRET_CASETEXT,
    SECRET_PERSONS,
    SECRET_VAULT,
    KeyFile,
    SlotSecrets,
)
from hotline.storage.server import members
from hotline.storage.server.centre import Centre, CentreRepository, Member
from tests.conftest import ADMIN, ADMIN_PW
from tests.server.postgres import PostgresServer


@dataclass
class Person:
    user_id: int
    login: str
    db_password: str
    identity: NewIdentity


@dataclass
class ServerCentre:
    server: PostgresServer
    database: str
    info: Centre
    people: dict[str, Person] = field(default_factory=dict)

    def superuser(self) -> psycopg.Connection[tuple[Any, ...]]:
        return psycopg.connect(self.server.url(db=self.database), autocommit=True)

    def url_of(self, name: str) -> str:
        person = self.people[name]
        return self.server.url(person.login, person.db_password, self.database)

    def connect_as(self, name: str) -> psycopg.Connection[tuple[Any, ...]]:
        return psycopg.connect(self.url_of(name), autocommit=True)

    def add_person(self, name: str, roles: frozenset[Role]) -> Person:
        user_id = len(self.people) + 2  # 1 is the first administrator
        identity = NewIdentity.generate()
        password = os.urandom(16).hex()
        with psycopg.connect(self.server.url(db=self.database)) as conn:
            CentreRepository(conn).add_member(
                Member(user_id, name, roles, identity.signing_public, None)
            )
            login = members.add_login(conn, self.database, user_id, roles, password)
        person = self.people[name] = Person(user_id, login, password, identity)
        return person

    def text_of(self, name: str) -> CallText:
        """An operator's session keys: their own private key, no case-text key."""
        person = self.people[name]
        return CallText(
            self.info.desk_id,
            self.info.casetext_public,
            f"user:{person.user_id}",
            person.identity.secrets.kem_private,
            None,
            lambda _uid: None,
        )

    def supervisor_grants(self) -> tuple[SlotSecrets, dict[str, list[bytes]]]:
        """The first administrator's (a supervisor) slot and grants, opened from the key
        file the server holds, with the password: as a workstation will."""
        with self.superuser() as conn:
            raw = CentreRepository(conn).key_file()
        assert raw is not None
        keyfile = KeyFile.from_bytes(raw, Path("<server>"))
        slot = open_slot(keyfile, "user:1", ADMIN_PW, None)
        return slot, keyfile.open_grants("user:1", slot.kem_private)

    def persons(self) -> PersonKeys:
        """The centre's persons keys (every member's grant; here the first administrator's)."""
        return PersonKeys(self.supervisor_grants()[1][SECRET_PERSONS][0])

    def vault_private(self) -> kem.KemPrivateKey:
        return kem.KemPrivateKey.from_bytes(self.supervisor_grants()[1][SECRET_VAULT][0])

    def supervisor_text(self) -> CallText:
        slot, grants = self.supervisor_grants()
        case_private = kem.KemPrivateKey.from_bytes(grants[SECRET_CASETEXT][0])
        return CallText(
            self.info.desk_id,
            self.info.casetext_public,
            "user:1",
            slot.kem_private,
            case_private,
            lambda _uid: None,
        )


def new_database(server: PostgresServer) -> str:
    name = f"centre_{os.urandom(4).hex()}"
    with psycopg.connect(server.url(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return name


def set_up(server: PostgresServer) -> ServerCentre:
    database = new_database(server)
    centre_service.init_centre(server.url(db=database), ADMIN, ADMIN_PW)
    with psycopg.connect(server.url(db=database)) as conn:
        info = CentreRepository(conn).centre()
    assert info is not None
    return ServerCentre(server, database, info)


def text_of(signin: CentreSignIn) -> CallText:
    """The signed-in person's CallText, as a workstation makes it (the case-text key for
    those granted it)."""
    centre = CentreRepository(signin.conn).centre()
    assert centre is not None
    case = signin.grants.get(SECRET_CASETEXT)
    return CallText(
        centre.desk_id,
        centre.casetext_public,
        signin.holder,
        signin.secrets.kem_private,
        kem.KemPrivateKey.from_bytes(case[0]) if case else None,
        lambda _uid: None,
    )
