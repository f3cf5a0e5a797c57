"""The callers' pseudonyms on a centre: the keys every member holds, and the conversion
of a centre made before the server kept them only keyed.

``person_keys`` gives the centre's persons secret (the key file's ``persons`` grant,
made by ``init --server`` and granted by ``users add`` to every member) as
hotline.crypto.person_keys.PersonKeys; a centre that has none yet is refused in plain
words, so no pseudonym is ever sent in clear again.

``convert`` is the migration step of a centre made before (for the lead's migration
framework to register; it builds none itself). It runs on the server's superuser's
connection, in that connection's transaction, with an administrator signed in on a
workstation (whose keys make and grant the secret and sign the entries):

1. the server's lookup function (schema_persons.create);
2. the persons secret made and sealed to every slot of the key file (the recovery
   slot's too), unless the administrator already holds one;
3. every call whose coded fields hold a pseudonym in clear rewritten with its keyed
   lookup value and ciphertext instead, and pinned again by a ``call.pseudonyms_keyed``
   entry signed by the administrator (call_digest.REPIN: the call's last pin with the
   coded fields' digest new), so that verify stays clean.

Run twice, the second run finds nothing to do. Backups taken before still hold the
pseudonyms in clear: the report says how many calls were converted, not where copies are.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg

from hotline.crypto import person_keys as keys
from hotline.crypto.person_keys import PersonKeys
from hotline.errors import DeskError, PermissionDenied
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Action, allowed
from hotline.services.centre_people import CentreSignIn
from hotline.storage.keyfile import SECRET_PERSONS, KeyFile
from hotline.storage.server import call_digest, people, persons, schema_persons
from hotline.storage.server.audit import ServerAuditLog
from hotline.storage.server.schema import CentreRoles

Connection = psycopg.Connection[tuple[Any, ...]]


class PseudonymsNotKeyed(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This centre was set up before callers' pseudonyms were kept only in a keyed "
        "form on the server, and it has not been converted yet: nothing was done. An "
        "administrator must run the centre's upgrade first.",
    )


def person_keys(grants: Mapping[str, list[bytes]]) -> PersonKeys:
    """The centre's persons keys from a person's opened grants."""
    found = grants.get(SECRET_PERSONS)
    if not found:
        raise PseudonymsNotKeyed()
    return PersonKeys(found[0])


@dataclass(frozen=True)
class Converted:
    calls: int
    holders: int  # slots the secret was granted to now (0 when it was there already)


def needs_keying(conn: Connection) -> bool:
    """Whether ``convert`` has work on this centre: no persons secret in the key file, or
    calls whose coded fields still hold a pseudonym in clear."""
    body = people.key_file(conn)
    if body is None:
        return False
    keyfile = KeyFile.from_bytes(body, Path("<the centre's server>"))
    if not keyfile.holders_of(SECRET_PERSONS):
        return True
    return next(persons.clear_calls(conn), None) is not None


def convert(conn: Connection, signin: CentreSignIn) -> Converted:
    """The migration step (the module's text), in ``conn``'s transaction."""
    if not allowed(signin.roles, Action.MANAGE_USERS):
        raise PermissionDenied(action=Action.MANAGE_USERS.value)
    private = signin.secrets.signing_private
    assert private is not None
    schema_persons.create(conn, CentreRoles.for_database(signin.prefix))
    keyfile = KeyFile.from_bytes(people.locked_key_file(conn), Path("<the centre's server>"))
    granted = 0
    secret = (signin.grants.get(SECRET_PERSONS) or [b""])[0]
    if not secret:
        secret = os.urandom(keys.SECRET_BYTES)
        for holder in sorted(keyfile.slots):
            keyfile.seal_grant(holder, SECRET_PERSONS, secret)
            granted += 1
        people.write_key_file(conn, keyfile.to_bytes())
    person = PersonKeys(secret)
    log = ServerAuditLog(conn)
    count = 0
    for block in persons.clear_calls(conn):
        pins = call_digest.pins_of(conn, [call_id for call_id, _at, _coded in block])
        for call_id, started_at, coded in block:
            kept = person.keyed(call_id, coded)
            persons.rewrite(conn, call_id, kept)
            digest = call_digest.coded_digest(call_id, started_at, kept)
            # The call's last pin with only its coded fields' digest new (call_digest.PINS).
            log.append(
                signin.user_id,
                private,
                call_digest.REPIN,
                "call",
                call_id,
                {**pins.get(call_id, {}), "coded_sha256": digest},
            )
            count += 1
    signin.keyfile = keyfile
    signin.grants = {**signin.grants, SECRET_PERSONS: [secret]}
    return Converted(count, granted)
