"""The centre's row, trusted only when it is the one the chain's entry 1 pins."""

from __future__ import annotations

from typing import Any

import psycopg

from hotline.errors import NotFound
from hotline.storage.server.audit import centre_keys_of, pinned_centre_keys
from hotline.storage.server.audit_errors import CentreKeysChanged
from hotline.storage.server.centre import Centre, CentreRepository

Connection = psycopg.Connection[tuple[Any, ...]]


def trusted_centre(conn: Connection, desk_id: str, root: bytes | None) -> Centre:
    """The centre's row (its id and the public keys calls are sealed to), only when it is
    the one entry 1 of the chain pins, entry 1 signed by ``root`` (the slot's pin) and
    its id the key file's: else CentreKeysChanged, before anything is sealed to it."""
    centre = CentreRepository(conn).centre()
    if centre is None:
        raise NotFound(what="centre", ident=0)
    row = centre_keys_of(
        centre.desk_id, centre.casetext_public, centre.vault_public, centre.export_public
    )
    if centre.desk_id != desk_id or pinned_centre_keys(conn, root) != row:
        raise CentreKeysChanged()
    return centre
