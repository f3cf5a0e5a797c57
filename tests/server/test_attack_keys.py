"""Attack: the centre's public keys swapped on the server.

Every workstation seals a call's data key to the case-text key and its identity details
to the vault key, both public keys read from the server's ``hotline.centre`` row. Who
may change that row (the server's superuser, and before the fix any administrator's
own login role) could put there public keys whose private halves they hold, and read
every call saved afterwards. The keys are pinned in entry 1 of the chain (desk.init,
signed by the root every slot pins): a swapped row is refused at sign-in, before
anything is sealed to it, and named by verify."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest
from psycopg import errors
from PySide6.QtWidgets import QApplication

from hotline.crypto import kem
from hotline.permissions import Role
from hotline.services import centre_audit, centre_people
from hotline.services.centre_session import open_centre
from hotline.storage.server.audit_errors import CentreKeysChanged
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW
from tests.server.enrolled import JoinedCentre, set_up_with
from tests.server.postgres import PostgresServer
from tests.server.said import said_in_each

WORDS = {"az": "açar", "ru": "ключ", "en": "public keys"}


@pytest.fixture
def centre(postgres: PostgresServer, tmp_path: Path) -> JoinedCentre:
    return set_up_with(
        postgres, tmp_path / "ws", [(OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)]
    )


def _verified(centre: JoinedCentre) -> list[str]:
    """verify_centre as the first administrator, signed in on the first workstation."""
    signin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    try:
        return centre_audit.verify_centre(signin.conn, signin.secrets.pins.root)
    finally:
        signin.close()


def test_an_administrators_own_login_cannot_change_the_centres_keys(
    centre: JoinedCentre,
) -> None:
    attacker = kem.KemPrivateKey.generate().public_key()
    admin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    try:
        for column in ("casetext_public", "vault_public", "export_public", "desk_id"):
            value: object = "x" if column == "desk_id" else attacker
            with pytest.raises(errors.InsufficientPrivilege):
                admin.conn.execute(f"UPDATE hotline.centre SET {column} = %s", (value,))
    finally:
        admin.close()


@pytest.mark.parametrize("column", ["casetext_public", "vault_public", "export_public"])
def test_a_key_swapped_by_the_superuser_is_refused_at_sign_in_and_named_by_verify(
    centre: JoinedCentre, column: str, qapp: QApplication
) -> None:
    attacker = kem.KemPrivateKey.generate().public_key()
    with psycopg.connect(centre.server.url(db=centre.database), autocommit=True) as root:
        root.execute(f"UPDATE hotline.centre SET {column} = %s", (attacker,))
    with pytest.raises(CentreKeysChanged) as refused:
        open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
    for language, text in said_in_each(refused.value).items():
        assert WORDS[language] in text and "Traceback" not in text, text
    # Nothing was opened on the workstation for the operator: no outbox, no local desk.
    assert not any((centre.first.folder / "people").glob("*/outbox*"))
    problems = _verified(centre)
    assert any("desk.init" in p for p in problems), problems


def test_entry_one_rewritten_with_the_attackers_keys_does_not_verify(
    centre: JoinedCentre,
) -> None:
    """The superuser writes the attacker's key into both the row and entry 1's details:
    entry 1's hash and root signature no longer hold."""
    attacker = kem.KemPrivateKey.generate().public_key()
    with psycopg.connect(centre.server.url(db=centre.database), autocommit=True) as root:
        details = json.loads(
            root.execute("SELECT details FROM hotline.audit WHERE seq = 1").fetchone()[0]  # type: ignore[index]
        )
        details["centre"]["casetext_public"] = attacker.hex()
        root.execute(
            "UPDATE hotline.audit SET details = %s WHERE seq = 1",
            (json.dumps(details, sort_keys=True, separators=(",", ":")),),
        )
        root.execute("UPDATE hotline.centre SET casetext_public = %s", (attacker,))
    with pytest.raises(CentreKeysChanged):
        open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
    problems = _verified(centre)
    assert any("entry 1" in p for p in problems), problems


def test_the_desk_id_changed_on_the_server_is_refused(centre: JoinedCentre) -> None:
    with psycopg.connect(centre.server.url(db=centre.database), autocommit=True) as root:
        root.execute("UPDATE hotline.centre SET desk_id = %s", ("0" * 32,))
    with pytest.raises(CentreKeysChanged):
        open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
