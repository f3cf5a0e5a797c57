"""`verify`: the database's own checks, the key file against the users, the audit chain."""

from __future__ import annotations

from dataclasses import dataclass, field

from hotline.errors import DeskError
from hotline.permissions import Action
from hotline.services.session import Session
from hotline.storage.database import Database


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    facts: dict[str, int | str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def database_checks(db: Database) -> list[str]:
    """cipher_integrity_check (every page's HMAC), integrity_check, foreign keys, FTS."""
    problems: list[str] = []
    try:
        for (line,) in db.query("PRAGMA cipher_integrity_check"):
            problems.append(f"encryption check: {line}")
    except DeskError as exc:
        problems.append(f"encryption check: {exc.message()}")
    if problems:  # pages that fail authentication make the other checks meaningless
        return problems
    checks = (
        ("integrity check", "PRAGMA integrity_check"),
        ("foreign key check", "PRAGMA foreign_key_check"),
    )
    for label, sql in checks:
        try:
            rows = db.query(sql)
        except DeskError as exc:
            problems.append(f"{label}: {exc.message()}")
            continue
        lines = [" ".join(str(c) for c in row) for row in rows]
        if lines and lines != ["ok"]:
            problems.extend(f"{label}: {line}" for line in lines[:20])
    try:
        db.execute("INSERT INTO notes_fts(notes_fts, rank) VALUES ('integrity-check', 1)")
    except DeskError as exc:
        problems.append(f"full-text index check: {exc.message()}")
    return problems


def verify(session: Session) -> Report:
    session.require(Action.VERIFY)
    report = Report()
    report.problems += database_checks(session.db)
    report.problems += session.audit.verify()
    keyfile = session.keyfile
    for user_id, name, active, public in session.db.query(
        "SELECT id, name, active, signing_public FROM users"
    ):
        slot = keyfile.slots.get(f"user:{user_id}")
        if active and slot is None:
            report.problems.append(f"active user {name} has no key slot")
        elif not active and slot is not None:
            report.problems.append(f"disabled user {name} still has a key slot")
        elif slot is not None and slot.signing_public != bytes(public):
            report.problems.append(f"the key slot of {name} does not match the user")
        if slot is not None and slot.kdf.below_floor:
            report.warnings.append(f"the key slot of {name} uses test-strength key derivation")
    if keyfile.device.get("mode") != "keyring":
        report.warnings.append("the desk is not bound to this machine's keychain")
    report.facts = {
        "calls": int(session.db.scalar("SELECT count(*) FROM calls")),
        "audit_entries": int(session.db.scalar("SELECT count(*) FROM audit")),
        "schema_version": session.db.user_version,
        "users": int(session.db.scalar("SELECT count(*) FROM users WHERE active")),
    }
    with session.db.transaction():
        session.record("desk.verify", details={"ok": report.ok, "problems": len(report.problems)})
    session.audit.write_head()
    return report
