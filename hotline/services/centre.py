"""A centre on a PostgreSQL server: setting it up, and calls sealed on the workstation.

``init_centre`` is ``hotline init --server``: on the server's superuser connection it
creates the centre's roles and schema (hotline.storage.server.schema) and stores the
centre's key file there, built as the single-file desk builds its own (password slot
of the first administrator, recovery slot, HPKE grants of the vault, case-text and
export keys). The server keeps the key file's bytes and cannot open any of it.

``seal_call`` is what a workstation does before a call leaves it: the free text under
the call's own data key (hotline.crypto.calltext), the key sealed to the case-text key
and the author, the identity details sealed to the vault's public key bound to the
call, as in the single-file desk. Only coded fields go in clear.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg

from hotline import passwords, usernames
from hotline.crypto import kdf, kem, person_keys, recovery, signing
from hotline.crypto.calltext import CallText
from hotline.crypto.kdf import KdfParams
from hotline.crypto.person_keys import PersonKeys, names_in_clear
from hotline.permissions import Role
from hotline.records import IdentityDetails
from hotline.services import centre_people, centre_pseudonyms
from hotline.services.centre_pseudonyms import PseudonymsNotKeyed
from hotline.services.identity_vault import DIRECT, call_label, vault_context_of
from hotline.services.keys import NewIdentity, first_key_file
from hotline.storage import device
from hotline.storage.keyfile import (
    SECRET_CASETEXT,
    SECRET_EXPORT,
    SECRET_PERSONS,
    SECRET_VAULT,
    AuditPins,
    KeyFile,
)
from hotline.storage.server import audit as server_audit
from hotline.storage.server import call_digest, schema, schema_steps
from hotline.storage.server.calls import SealedCall, SealedVaultEntry
from hotline.storage.server.centre import Centre, CentreRepository, Member
from hotline.storage.server.connection import connect, database_of
from hotline.storage.server.errors import (
    CentreExists,
    CentreRolesExist,
    ServerRefused,
    ServerRightsMissing,
)
from hotline.storage.server.schema_review import ENTITIES_TEXT

FIRST_ADMIN = 1  # user:1, as first_key_file makes it


@dataclass(frozen=True)
class CentreInit:
    desk_id: str
    database: str
    roles: schema.CentreRoles
    recovery_code: str


def init_centre(
    url: str,
    admin_name: str,
    password: str,
    *,
    roles: frozenset[Role] = frozenset({Role.ADMINISTRATOR, Role.SUPERVISOR}),
    kdf_params: KdfParams | None = None,
    server_password: str | None = None,
) -> CentreInit:
    """Set up a centre in the (empty) database of ``url``; all of it or nothing."""
    admin_name = usernames.check_name(admin_name)
    passwords.check(password, admin_name)
    database = database_of(url)
    params = kdf_params or kdf.calibrate()
    desk_id = os.urandom(16).hex()
    vault = kem.KemPrivateKey.generate()
    case_text = kem.KemPrivateKey.generate()
    export_key = signing.new_private()
    admin = NewIdentity.generate()
    pins = AuditPins(root=admin.signing_public)
    admin = admin.pinned(pins)
    rescue = NewIdentity.generate().pinned(pins)
    code = recovery.generate()

    # The key file lives on the server, so no slot is bound to one machine's keychain;
    # a workstation's own binding comes with joining (not built yet).
    unbound = device.DeviceBinding(device.MODE_NONE).to_json()
    keyfile = KeyFile(desk_id=desk_id, db_generation=0, device=unbound)
    first_key_file(
        keyfile,
        admin_name,
        password,
        (admin, rescue),
        code,
        params,
        None,
        roles,
        {
            SECRET_EXPORT: export_key,
            SECRET_VAULT: vault.to_bytes(),
            SECRET_CASETEXT: case_text.to_bytes(),
            SECRET_PERSONS: os.urandom(person_keys.SECRET_BYTES),
        },
    )

    centre = Centre(
        desk_id, case_text.public_key(), vault.public_key(), signing.public_of(export_key)
    )
    first = Member(FIRST_ADMIN, admin_name, roles, admin.signing_public, None)
    try:
        with connect(url, password=server_password) as conn:
            created = _create(conn, database, centre, keyfile.to_bytes(), first)
            server_audit.write_root(
                conn, admin.secrets.signing_private or b"", rescue.signing_public, roles
            )
            centre_people.first_login(conn, database, keyfile, admin_name, password, admin)
    except psycopg.Error as exc:  # refused midway: the transaction was rolled back
        first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise ServerRefused(reason=first_line[:200]) from exc
    return CentreInit(desk_id, database, created, code)


def _create(
    conn: psycopg.Connection[tuple[Any, ...]],
    database: str,
    centre: Centre,
    key_file: bytes,
    first: Member,
) -> schema.CentreRoles:
    """Everything on the server, in the connection's one transaction."""
    superuser = conn.execute(
        "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"
    ).fetchone()
    if not superuser or not superuser[0]:
        raise ServerRightsMissing()
    if schema.exists(conn):
        raise CentreExists(database=database)
    taken = schema.roles_taken(conn, database)
    if taken:
        raise CentreRolesExist(roles=", ".join(taken))
    created, version = schema_steps.create(conn, database)
    repo = CentreRepository(conn)
    repo.create(centre, key_file, version)
    repo.add_member(first)
    return created


def new_call_id() -> int:
    """A call id made by the workstation: 63 random bits, unique without asking."""
    return secrets.randbits(63) or 1


def entities_of(free_text: Mapping[str, str]) -> list[tuple[str, str]]:
    """(kind, value) of the entities among a call's free text (centre_session.texts_of
    writes them as one JSON text)."""
    try:
        found = json.loads(free_text.get(ENTITIES_TEXT) or "[]")
    except ValueError:
        return []
    if not isinstance(found, list):
        return []
    return [
        (str(e.get("kind") or ""), str(e.get("value") or "")) for e in found if isinstance(e, dict)
    ]


def seal_call(
    text: CallText,
    vault_public: bytes,
    call_id: int,
    started_at: datetime,
    coded: Mapping[str, Any],
    free_text: Mapping[str, str],
    identity: IdentityDetails | None = None,
    persons: PersonKeys | None = None,
) -> SealedCall:
    """The call as it leaves the workstation: nothing in it but coded fields in clear,
    its pseudonyms keyed with the centre's persons keys (hotline.crypto.person_keys),
    and the entities it names (sealed among its free text) as their lookup values
    beside them; a pseudonym in ``coded`` without them is refused (PseudonymsNotKeyed)."""
    if persons is not None:
        named = persons.entity_coded(entities_of(free_text))
        coded = {**persons.keyed(call_id, coded), **named}
    elif names_in_clear(coded):
        raise PseudonymsNotKeyed()
    authors: list[tuple[str, bytes]] = []
    if text.own_holder is not None:
        authors.append((text.own_holder, text.own_private.public_key()))
    keys = tuple(text.new_key(call_id, authors))
    bodies = {name: text.encrypt(call_id, name, value) for name, value in free_text.items()}
    vault: tuple[SealedVaultEntry, ...] = ()
    if identity is not None:
        body = json.dumps(identity.__dict__, ensure_ascii=False).encode("utf-8")
        context = vault_context_of(text.desk_id, call_label(call_id))
        vault = (
            SealedVaultEntry(kem.DEFAULT_SUITE, DIRECT, kem.seal(vault_public, body, context)),
        )
    salted = {**coded, call_digest.DIGEST_SALT: call_digest.salt()}  # call_digest.py
    return SealedCall(call_id, started_at, salted, keys, bodies, vault)


def open_texts(text: CallText, call: SealedCall) -> dict[str, str]:
    """The free text of a call the session's keys open (raises TextUnreadable otherwise)."""
    text.remember(call.id, call.keys)
    return {name: text.decrypt(call.id, name, body) for name, body in call.texts.items()}


def open_identity(
    vault_private: kem.KemPrivateKey, desk_id: str, call: SealedCall
) -> list[IdentityDetails]:
    """The identity details of a call, opened with the vault's key (supervisors). The
    seal is bound to the call being read: an entry moved to another call does not open
    (kem.OpenFailed)."""
    context = vault_context_of(desk_id, call_label(call.id))
    return [
        IdentityDetails(
            **json.loads(kem.open_sealed(vault_private, entry.sealed, context, entry.suite))
        )
        for entry in call.vault
    ]


def upgrade_centre(url: str, *, server_password: str | None = None) -> schema_steps.Upgraded:
    """``hotline server upgrade``: the schema steps the centre of ``url`` lacks, applied as
    the server's superuser (the schema's owner acts through it), each in a transaction."""
    with connect(url, password=server_password, autocommit=True) as conn:
        return schema_steps.upgrade(conn)


def pseudonyms_to_key(url: str, *, server_password: str | None = None) -> bool:
    """Whether the centre still has pseudonyms to key (centre_pseudonyms.needs_keying)."""
    with connect(url, password=server_password, autocommit=True) as conn:
        return centre_pseudonyms.needs_keying(conn)


def key_pseudonyms(
    url: str, signin: centre_people.CentreSignIn, *, server_password: str | None = None
) -> centre_pseudonyms.Converted:
    """``hotline server upgrade --admin NAME``: the pseudonyms of a centre made before
    keyed with the signed-in administrator's keys, on the server's superuser's
    connection, in one transaction (centre_pseudonyms.convert; none of it on a failure)."""
    with connect(url, password=server_password) as conn, conn.transaction():
        return centre_pseudonyms.convert(conn, signin)
