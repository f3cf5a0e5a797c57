"""An outside witness of the audit log's head: a backup or an export manifest.

Every backup's manifest and every export manifest records the head of the
chain (seq and hash) when it was written. Kept outside the desk (on the
administrator's backup disk, with the recipients of an export), it is what
catches the one thing the desk cannot see by itself: every file of the desk
rolled back, or the log cut and the head file and every slot replaced with
older copies. `hotline verify --witness FILE` checks that the chain still
holds the witness's entry with the same hash.
"""

from __future__ import annotations

import base64
import json
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hotline.crypto import signing
from hotline.errors import DeskError
from hotline.export import manifest as export_manifest
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.said import Said
from hotline.services.session import Session


class WitnessUnreadable(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The witness {path} is neither a backup nor an export manifest of this desk "
        "({reason}). Nothing was checked against it.",
    )


@dataclass(frozen=True)
class Witness:
    kind: str  # "backup" or "export manifest"
    seq: int
    hash: bytes


def _head(value: Any) -> tuple[int, bytes]:
    if not isinstance(value, dict):
        raise ValueError("no audit head")
    return int(value["seq"]), bytes.fromhex(str(value["hash"]))


def _from_backup(path: Path) -> tuple[str, tuple[int, bytes]]:
    with tarfile.open(path, mode="r") as tar:
        member = tar.extractfile("manifest.json")
        if member is None:
            raise ValueError("no manifest")
        body = json.loads(member.read().decode("utf-8"))
        if "audit_head" in body:
            return str(body.get("desk_id", "")), _head(body["audit_head"])
        head_file = tar.extractfile("audit.head")  # backups written before the field
        if head_file is None:
            raise ValueError("no audit head")
        return str(body.get("desk_id", "")), _head(json.loads(head_file.read().decode()))


def read(session: Session, path: Path) -> Witness:
    """The head a witness file records; WitnessUnreadable for anything else."""
    try:
        if tarfile.is_tarfile(path):
            desk_id, (seq, digest) = _from_backup(path)
            if desk_id != session.keyfile.desk_id:
                raise ValueError("it belongs to another desk")
            return Witness(QT_TRANSLATE_NOOP("findings", "backup"), seq, digest)
        body = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(body, dict):
            raise ValueError("not a manifest")
        public = base64.b64decode(body["signing_key"]["public_key"], validate=True)
        signature = base64.b64decode(body.pop("signature"), validate=True)
        if public != session.export_public or not signing.verify(
            public, export_manifest.canonical(body), signature
        ):
            raise ValueError("it is not signed by this desk's export key")
        seq, digest = _head(body.get("audit_chain_head"))
        return Witness(QT_TRANSLATE_NOOP("findings", "export manifest"), seq, digest)
    except (OSError, ValueError, KeyError, TypeError, tarfile.TarError, UnicodeDecodeError) as exc:
        raise WitnessUnreadable(path=str(path), reason=str(exc)) from exc


WITNESS_GONE = QT_TRANSLATE_NOOP(
    "findings",
    "the {kind} {name} witnessed audit entry {seq}, which the log no longer holds with the "
    "same hash: the log was cut or rewritten, or the desk rolled back to an older copy, since "
    "it was written",
)


def problems(session: Session, path: Path) -> list[str]:
    witness = read(session, path)
    if session.audit.contains(witness.seq, witness.hash):
        return []
    return [Said(WITNESS_GONE, kind=witness.kind, name=path.name, seq=witness.seq)]
