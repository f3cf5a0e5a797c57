"""The audit viewer's use cases: filtered entries, the chain's check, the findings of
sign-ins and their acknowledgement, a signed export of what was filtered.

Entries carry ids, codes and counts, never call content (services record no
more); the window says each entry in words (ui/admin/audit_words.py). An
exported list is written with a manifest signed by the desk's export key, like
the statistics (``hotline verify-export`` checks either).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hotline import __version__
from hotline.errors import DeskError
from hotline.export import manifest as manifests
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.paths import write_atomic
from hotline.permissions import Action
from hotline.records import AuditEntry, to_iso, utcnow
from hotline.services import integrity
from hotline.services.findings import ACKNOWLEDGE, Finding
from hotline.services.findings import findings as all_findings
from hotline.services.session import Session
from hotline.storage.audit_queries import AuditFilter, AuditQueries
from hotline.storage.users import UserRepository

__all__ = ["AuditFilter", "AuditPage", "Finding", "acknowledge", "findings", "search"]

SHOWN = 1000  # the newest entries a filter shows (and exports) at once
COUNTED = 100_000  # matches are counted up to this many ("more than" beyond)
EXPORTED = "audit.export"
FORMATS = ("csv", "pdf")
CSV_HEADER = ("seq", "at_utc", "user", "action", "object_type", "object_id", "in_words")

NO_EXPORT_KEY = QT_TRANSLATE_NOOP(
    "errors",
    "Only an administrator's session holds the desk's signing key; sign in as an "
    "administrator to export the audit.",
)
NOT_A_FINDING = QT_TRANSLATE_NOOP("errors", "Audit entry {seq} is not a finding of the desk.")
NOTE_NEEDED = QT_TRANSLATE_NOOP(
    "errors", "Say in a few words what was done about the finding (at least 10 characters)."
)
NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "errors", "The file could not be written to {path} ({reason}); choose another folder."
)


@dataclass(frozen=True)
class AuditPage:
    entries: list[AuditEntry]  # newest first, at most SHOWN
    total: int  # how many entries match the filter
    names: dict[int, str]  # user id -> user name (disabled users too)


def names(session: Session) -> dict[int, str]:
    return {u.id: u.name for u in UserRepository(session.db).all()}


def search(session: Session, where: AuditFilter, limit: int = SHOWN) -> AuditPage:
    session.require(Action.READ_AUDIT)
    queries = AuditQueries(session.db)
    return AuditPage(queries.search(where, limit), queries.count(where, COUNTED), names(session))


def verify_chain(
    session: Session, progress: Callable[[int, int], None] | None = None
) -> integrity.Report:
    """The whole verify (the chain, its signatures, the rows, the key file), with
    progress over the audit entries; itself audited as desk.verify."""
    return integrity.verify(session, progress=progress)


def findings(session: Session) -> list[Finding]:
    """The problems sign-ins noticed (audit.tampering), newest first, with the
    administrators' acknowledgements (services/findings.py)."""
    session.require(Action.READ_AUDIT)
    return all_findings(session)


def acknowledge(session: Session, seq: int, note: str) -> Finding:
    """An administrator records what was done about a finding (audited, signed)."""
    session.require(Action.MANAGE_USERS, "audit", seq)
    note = " ".join(note.split())
    if len(note) < 10:
        raise DeskError(NOTE_NEEDED)
    found = next((f for f in findings(session) if f.seq == seq), None)
    if found is None:
        raise DeskError(NOT_A_FINDING, seq=seq)
    session.audit_event(ACKNOWLEDGE, "audit", seq, {"note": note[:500]})
    return next(f for f in findings(session) if f.seq == seq)


def to_csv(rows: Sequence[Sequence[Any]]) -> bytes:
    """The rows under CSV_HEADER, UTF-8 with a BOM (spreadsheets read ə, ş, Cyrillic)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def filter_description(where: AuditFilter) -> dict[str, Any]:
    return {
        "user_id": where.user_id,
        "by_recovery_code": where.by_recovery,
        "actions": list(where.actions),
        "object_type": where.object_type,
        "object_id": where.object_id,
        "since": None if where.since is None else to_iso(where.since),
        "until": None if where.until is None else to_iso(where.until),
    }


@dataclass(frozen=True)
class Exported:
    path: Path
    manifest: Path
    entries: int
    sha256: str


def export(
    session: Session,
    where: AuditFilter,
    fmt: str,
    out: Path,
    content: bytes,
    entries: int,
) -> Exported:
    """Write the filtered audit (made by the caller in the reader's language: CSV by
    `to_csv`, PDF by the window) and its signed manifest beside it; audited."""
    session.require(Action.EXPORT)
    private = session.export_private
    if private is None:
        raise DeskError(NO_EXPORT_KEY)
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt}")
    out = Path(out)
    head = session.audit.last()
    body: dict[str, Any] = {
        "manifest_version": 1,
        "kind": "audit",
        "file": out.name,
        "format": fmt,
        "file_sha256": manifests.sha256(content),
        "filter": filter_description(where),
        "entries": entries,
        "software": f"hotline {__version__}",
        "exported_at": to_iso(utcnow()),
        "audit_chain_head": {"seq": head.seq, "hash": head.hash.hex()},
    }
    text = manifests.signed(body, session.export_public, private)
    manifest = manifests.manifest_path(out)
    try:
        write_atomic(out, content)
        write_atomic(manifest, text.encode("utf-8"))
    except OSError as exc:
        raise DeskError(NOT_WRITTEN, path=str(out), reason=exc.strerror or str(exc)) from exc
    session.audit_event(
        EXPORTED,
        details={
            "format": fmt,
            "entries": entries,
            "sha256": body["file_sha256"],
            "filter": body["filter"],
        },
    )
    return Exported(out, manifest, entries, str(body["file_sha256"]))
