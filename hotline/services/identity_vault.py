"""Sealing identity details to the vault, bound to the call they belong to.

The associated data of every vault entry is derived from the call being read
(``hotline-vault|<desk>|call:<id>``), never from the vault row itself: an
entry moved to another call in SQL (``UPDATE vault_entries SET call_id=...``)
no longer opens, and the read fails loudly instead of showing one caller's
identity under another call.

Two shapes of entry, named in the row's ``context`` column:

* ``call``: the details sealed directly with the call's associated data
  (rows written before this module say ``call:<id>``; they are the same seal);
* ``call+draft``: details the operator's session sealed while the call was
  still a draft (bound to the draft), sealed once more to the vault at save,
  bound to the call. The operator cannot open the inner seal, so the outer
  one is what ties it to the call.
"""

from __future__ import annotations

import base64
import json

from hotline.crypto import kem
from hotline.errors import DeskError
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Action
from hotline.records import IdentityDetails
from hotline.services.session import Session
from hotline.storage.vault import VaultEntry, VaultRepository

DIRECT = "call"
WRAPPED_DRAFT = "call+draft"


class VaultEntryMoved(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "An identity entry held for call {call_id} does not belong to that call: it was moved "
        "or changed outside the program. Nothing was shown. Tell the administrator and run "
        "'hotline verify'.",
    )


def vault_context(session: Session, label: str) -> bytes:
    return vault_context_of(session.keyfile.desk_id, label)


def vault_context_of(desk_id: str, label: str) -> bytes:
    """The associated data of a vault seal, for the desk (or centre) of that id."""
    return f"hotline-vault|{desk_id}|{label}".encode()


def call_label(call_id: int) -> str:
    return f"call:{call_id}"


def seal_identity(session: Session, details: IdentityDetails, label: str) -> bytes:
    """Seal identity details to the vault; the operator cannot open them again."""
    session.require(Action.WRITE_VAULT)
    body = json.dumps(details.__dict__, ensure_ascii=False).encode("utf-8")
    return kem.seal(session.vault_public, body, vault_context(session, label))


def bind_draft_seal(session: Session, call_id: int, label: str, sealed: bytes) -> bytes:
    """Seal a draft's sealed details once more, bound to the call they now belong to."""
    inner = json.dumps(
        {"label": label, "suite": kem.DEFAULT_SUITE, "sealed": base64.b64encode(sealed).decode()}
    ).encode()
    return kem.seal(session.vault_public, inner, vault_context(session, call_label(call_id)))


def add_identity(
    session: Session,
    call_id: int,
    details: IdentityDetails | None,
    draft_label: str | None,
    draft_sealed: bytes | None,
) -> None:
    """The vault entry of a call being saved (inside the caller's transaction)."""
    vault = VaultRepository(session.db)
    author = session.user_id or 0
    if details is not None and not details.is_empty():
        sealed = seal_identity(session, details, call_label(call_id))
        vault.add(call_id, kem.DEFAULT_SUITE, DIRECT, sealed, author)
    elif draft_sealed is not None and draft_label is not None:
        wrapped = bind_draft_seal(session, call_id, draft_label, draft_sealed)
        vault.add(call_id, kem.DEFAULT_SUITE, WRAPPED_DRAFT, wrapped, author)


def open_entry(
    session: Session, private: kem.KemPrivateKey, call_id: int, entry: VaultEntry
) -> IdentityDetails:
    """Open one entry with the associated data of `call_id`; VaultEntryMoved otherwise."""
    bound = vault_context(session, call_label(call_id))
    try:
        body = kem.open_sealed(private, entry.sealed, bound, entry.suite)
        if entry.context == WRAPPED_DRAFT:
            inner = json.loads(body.decode("utf-8"))
            body = kem.open_sealed(
                private,
                base64.b64decode(inner["sealed"]),
                vault_context(session, str(inner["label"])),
                str(inner["suite"]),
            )
        return IdentityDetails(**json.loads(body.decode("utf-8")))
    except (kem.OpenFailed, ValueError, KeyError, TypeError) as exc:
        raise VaultEntryMoved(call_id=call_id) from exc


def bind_legacy_entries(session: Session) -> int:
    """Entries sealed to a draft before the binding existed get their outer seal.

    Needs only the vault's public key, so it runs at any sign-in after the
    upgrade; returns how many were bound.
    """
    vault = VaultRepository(session.db)
    legacy = vault.unbound_draft_entries()
    if not legacy:
        return 0
    with session.audited():
        for entry_id, call_id, entry in legacy:
            wrapped = bind_draft_seal(session, call_id, entry.context, entry.sealed)
            vault.rebind(entry_id, WRAPPED_DRAFT, wrapped)
        session.record("vault.bind", details={"entries": len(legacy)})
    return len(legacy)
