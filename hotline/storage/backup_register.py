"""The backup register: every backup the desk wrote, in a file beside the desk.

Why a file beside the desk and not a table: a restore replaces the database,
the key file and the audit head with the backup's, so a register inside them
would forget every backup written after the one restored (and the backups a
sealing must visit). `backups.jsonl` is not one of a backup's members, so it
survives a restore.

Why signed with the desk's export signing key: every user's slot opens the
database key, so anything sealed or MACed under it an operator could forge.
The export key is held by administrators and the recovery slot only (the same
people who may write a backup), and its public half is the desk's own
(`export_public` in the meta table, unchanged by a restore). Each line is a
hash chain link (`prev` = SHA-256 of the line before) signed with that key: an
edited, inserted, reordered or deleted line breaks the chain or its signature.
Cutting the tail off shows against the audit log, whose `desk.backup` entries
carry the register line they added (`holds`).

The register holds no call content: where a backup went, when, its size and
SHA-256, how many calls, the audit head it carries, and marks added later
(verified by opening, removed when the oldest were rotated out; sealing adds
its own kind with `mark`).

Lines are events, never rewritten: a `backup` line, then marks that point at
it by its `seq`. `entries()` folds them into one `BackupEntry` per backup.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from hotline import said
from hotline.crypto import signing
from hotline.errors import DeskError
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.paths import write_atomic
from hotline.records import from_iso, to_iso, utcnow

FORMAT = "hotline-backup-register/1"
KIND_BACKUP = "backup"
KIND_VERIFIED = "verified"  # fields: ok (bool), problem (a short reason, no content)
KIND_REMOVED = "removed"  # fields: reason ("rotated" or "missing")
KIND_RESTARTED = "restarted"  # the first line of a register begun after a damaged one


class RegisterDamaged(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The backup register {path} was changed outside the program or is damaged "
        "(line {line}: {reason}).",
    )


@dataclass(frozen=True)
class Mark:
    """Something learned about a backup after it was written (one line of the register)."""

    seq: int
    kind: str
    at: datetime
    by: int | None
    fields: Mapping[str, Any]


@dataclass(frozen=True)
class BackupEntry:
    seq: int  # the line that recorded the backup: marks point at it
    path: Path
    created_at: datetime
    sha256: str
    size: int
    calls: int
    audit_head_seq: int
    audit_head_hash: str
    by: int | None  # the user who wrote it (None: the recovery code)
    trigger: str  # "manual", "sign-out", "daily", "command line"
    verified: bool  # opened and checked clean, by the latest check
    verified_at: datetime | None
    problem: str = ""  # why the latest check failed
    removed: bool = False
    marks: tuple[Mark, ...] = field(default=())
    # The `desk.backup` audit entry of a scheduled backup a session without the export
    # key wrote (services/backup_register.adopt); 0 for one recorded here at once.
    audit_seq: int = 0
    # Not yet a line of this register: known from that audit entry only.
    pending: bool = False

    def marks_of(self, kind: str) -> tuple[Mark, ...]:
        return tuple(m for m in self.marks if m.kind == kind)

    @property
    def usable(self) -> bool:
        return self.verified and not self.removed


def _canonical(body: Mapping[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def _line_hash(line: bytes) -> str:
    return hashlib.sha256(line).hexdigest()


class BackupRegister:
    """The register of one desk: read and checked with its public key, written with
    the private one (administrators' sessions)."""

    def __init__(
        self, path: Path, desk_id: str, public_key: bytes, private_key: bytes | None = None
    ) -> None:
        self.path = path
        self.desk_id = desk_id
        self.public_key = public_key
        self.private_key = private_key

    # --- reading -------------------------------------------------------------
    def _lines(self) -> list[dict[str, Any]]:
        """Every line's body, each checked: the chain, the signature, the desk."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise RegisterDamaged(path=str(self.path), line=0, reason=type(exc).__name__) from exc
        bodies: list[dict[str, Any]] = []
        prev = ""
        for number, line in enumerate(raw.splitlines(), start=1):
            bodies.append(self._check(line, number, prev, len(bodies) + 1))
            prev = _line_hash(line)
        return bodies

    def _check(self, line: bytes, number: int, prev: str, seq: int) -> dict[str, Any]:
        def damaged(reason: str) -> RegisterDamaged:
            return RegisterDamaged(path=str(self.path), line=number, reason=reason)

        try:
            outer = json.loads(line.decode("utf-8"))
            body, sig = outer["body"], bytes.fromhex(outer["sig"])
        except (ValueError, KeyError, TypeError, RecursionError):
            raise damaged("not a register line") from None
        if not isinstance(body, dict):
            raise damaged("not a register line")
        if not signing.verify(self.public_key, _canonical(body), sig):
            raise damaged("its signature does not match")
        if body.get("format") != FORMAT or body.get("desk_id") != self.desk_id:
            raise damaged("it belongs to another desk")
        if body.get("seq") != seq or body.get("prev") != prev:
            raise damaged("a line before it was removed, added or moved")
        return body

    def check(self) -> list[str]:
        """The register's problems (for verify): none when every line checks."""
        try:
            self._lines()
        except RegisterDamaged as exc:
            return [exc.message()]
        return []

    def holds(self, seq: int, line_hash: str) -> bool:
        """Whether line `seq` is still there as it was written (the audit log keeps both)."""
        try:
            raw = self.path.read_bytes().splitlines()
        except OSError:
            return False
        return 0 < seq <= len(raw) and _line_hash(raw[seq - 1]) == line_hash

    def head(self) -> tuple[int, str]:
        """The last line's seq and hash ((0, "") for an empty register)."""
        lines = self._raw_lines()
        return (len(lines), _line_hash(lines[-1]) if lines else "")

    def _raw_lines(self) -> list[bytes]:
        try:
            return self.path.read_bytes().splitlines()
        except FileNotFoundError:
            return []

    def entries(self) -> list[BackupEntry]:
        """Every backup recorded, oldest first, with its marks applied."""
        found: dict[int, BackupEntry] = {}
        for body in self._lines():
            kind = str(body["kind"])
            at = from_iso(str(body["at"]))
            by = body.get("by")
            fields: dict[str, Any] = dict(body.get("fields") or {})
            if kind == KIND_BACKUP:
                head = fields.get("audit_head") or {}
                found[body["seq"]] = BackupEntry(
                    seq=int(body["seq"]),
                    path=Path(str(fields["path"])),
                    created_at=at,
                    sha256=str(fields["sha256"]),
                    size=int(fields["size"]),
                    calls=int(fields["calls"]),
                    audit_head_seq=int(head.get("seq", 0)),
                    audit_head_hash=str(head.get("hash", "")),
                    by=by,
                    trigger=str(fields.get("trigger", "")),
                    verified=bool(fields.get("verified")),
                    verified_at=at if fields.get("verified") else None,
                    problem=said.read(fields),
                    audit_seq=int(fields.get("from_audit", 0) or 0),
                )
                continue
            target = found.get(int(body.get("backup", 0) or 0))
            if target is None:
                continue
            mark = Mark(int(body["seq"]), kind, at, by, fields)
            changed = replace(target, marks=(*target.marks, mark))
            if kind == KIND_VERIFIED:
                ok = bool(fields.get("ok"))
                changed = replace(
                    changed,
                    verified=ok,
                    verified_at=at if ok else changed.verified_at,
                    problem="" if ok else said.read(fields),
                )
            elif kind == KIND_REMOVED:
                changed = replace(changed, removed=True)
            found[target.seq] = changed
        return list(found.values())

    def newest_verified(self) -> BackupEntry | None:
        usable = [e for e in self.entries() if e.usable]
        return max(usable, key=lambda e: (e.created_at, e.seq)) if usable else None

    # --- writing -------------------------------------------------------------
    def _append(
        self,
        kind: str,
        by: int | None,
        fields: Mapping[str, Any],
        backup: int | None = None,
        at: datetime | None = None,
    ) -> int:
        if self.private_key is None:
            raise RegisterDamaged(path=str(self.path), line=0, reason="no signing key")
        self._lines()  # a damaged register is never appended to (the caller restarts it)
        lines = self._raw_lines()
        body: dict[str, Any] = {
            "format": FORMAT,
            "desk_id": self.desk_id,
            "seq": len(lines) + 1,
            "prev": _line_hash(lines[-1]) if lines else "",
            "kind": kind,
            "at": to_iso(at or utcnow()),
            "by": by,
            "fields": dict(fields),
        }
        if backup is not None:
            body["backup"] = backup
        sig = signing.sign(self.private_key, _canonical(body))
        line = json.dumps({"body": body, "sig": sig.hex()}, ensure_ascii=False).encode()
        write_atomic(self.path, b"".join(x + b"\n" for x in (*lines, line)))
        return int(body["seq"])

    def record(
        self,
        *,
        path: Path,
        created_at: datetime,
        sha256: str,
        size: int,
        calls: int,
        audit_head: tuple[int, str],
        by: int | None,
        trigger: str,
        verified: bool,
        problem: str = "",
        from_audit: int = 0,
    ) -> int:
        """A backup just written (or one its audit entry `from_audit` recorded); its seq."""
        fields = {
            "path": str(path),
            "sha256": sha256,
            "size": size,
            "calls": calls,
            "audit_head": {"seq": audit_head[0], "hash": audit_head[1]},
            "trigger": trigger,
            "verified": verified,
            **said.kept(problem),
        }
        if from_audit:
            fields["from_audit"] = from_audit
        return self._append(KIND_BACKUP, by, fields, at=created_at)

    def mark(self, backup: int, kind: str, by: int | None, fields: Mapping[str, Any]) -> int:
        """A mark on backup `backup` (its seq): verified, removed, or another module's
        own kind (sealing adds "sealed" with the decision it was sealed through)."""
        if kind == KIND_BACKUP or not any(e.seq == backup for e in self.entries()):
            raise RegisterDamaged(path=str(self.path), line=backup, reason="no such backup")
        return self._append(kind, by, fields, backup=backup)

    def mark_verified(self, backup: int, by: int | None, ok: bool, problem: str = "") -> int:
        return self.mark(backup, KIND_VERIFIED, by, {"ok": ok, **said.kept(problem)})

    def mark_removed(self, backup: int, by: int | None, reason: str) -> int:
        return self.mark(backup, KIND_REMOVED, by, {"reason": reason})

    def restart(self, by: int | None, damaged: Path, damaged_sha256: str) -> int:
        """Begin a new register after the old one was found damaged and set aside."""
        self.path.unlink(missing_ok=True)
        fields = {"damaged": damaged.name, "sha256": damaged_sha256}
        return self._append(KIND_RESTARTED, by, fields)
