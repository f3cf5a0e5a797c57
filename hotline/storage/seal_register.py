"""The seal register: every sealing decision and the ids it sealed, in a file of its
own beside the database (`seals.register`), so that it survives a restore and is
applied to a restored copy before that copy is used.

It holds no content: the decision's kind, body, number and date, when it was
taken and the call ids. One JSON object per line; the file is rewritten whole,
atomically, 0600. Each line is a link of a hash chain (`prev`: the SHA-256 of
the line before) signed with the desk's export key, which only administrators
and the recovery slot hold: an operator, who holds the database key, can neither
add a line (to destroy text at the next restore) nor drop one unseen. The decision is written here before the database is sealed: a
cut between the two leaves a register that seals again at the next restore or
apply, never a sealed desk the register forgot.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from hotline.crypto import signing
from hotline.errors import DeskError
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.paths import write_atomic

FORMAT = "hotline-seals/1"
NAME = "seals.register"


class RegisterDamaged(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The seal register {path} cannot be read (line {line}). Nothing was changed; "
        "restore the file from a copy before continuing.",
    )


@dataclass(frozen=True, slots=True)
class RegisteredSeal:
    """One sealing: its decision and its calls (id and first-saved time), no content."""

    kind: str
    body: str
    number: str
    decided_on: date
    at: str
    calls: tuple[int, ...]
    # When each call was first saved: a call saved later under a reused id (after a
    # restore of an older backup) is another call, and the seal does not touch it.
    saved: tuple[str, ...] = ()

    def to_json(self, prev: str = "") -> str:
        return json.dumps(
            {
                "format": FORMAT,
                "prev": prev,
                "kind": self.kind,
                "body": self.body,
                "number": self.number,
                "decided_on": self.decided_on.isoformat(),
                "at": self.at,
                "calls": list(self.calls),
                "saved": list(self.saved),
            },
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> RegisteredSeal:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a seal line")
        return cls(
            kind=str(data["kind"]),
            body=str(data["body"]),
            number=str(data["number"]),
            decided_on=date.fromisoformat(str(data["decided_on"])),
            at=str(data["at"]),
            calls=tuple(int(i) for i in data["calls"]),
            saved=tuple(str(s) for s in data.get("saved", [])),
        )


def path_in(root: Path) -> Path:
    return root / NAME


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _lines(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def read(path: Path, public_key: bytes) -> list[RegisteredSeal]:
    """Every seal of the register, each line checked: its chain link and signature."""
    out = []
    prev = ""
    for number, line in enumerate(_lines(path), start=1):
        try:
            outer = json.loads(line)
            body = str(outer["line"])
            signature = bytes.fromhex(str(outer["sig"]))
            entry = RegisteredSeal.from_json(body)
            linked = json.loads(body).get("prev") == prev
        except (ValueError, KeyError, TypeError):
            raise RegisterDamaged(path=str(path), line=number) from None
        if not linked or not signing.verify(public_key, body.encode("utf-8"), signature):
            raise RegisterDamaged(path=str(path), line=number)
        out.append(entry)
        prev = _hash(body)
    return out


def append(
    path: Path, seals: Sequence[RegisteredSeal], public_key: bytes, private_key: bytes
) -> None:
    """Add seals at the end (the register read and checked first)."""
    read(path, public_key)
    lines = _lines(path)
    prev = _hash(str(json.loads(lines[-1])["line"])) if lines else ""
    for seal in seals:
        body = seal.to_json(prev)
        sig = signing.sign(private_key, body.encode("utf-8")).hex()
        lines.append(json.dumps({"line": body, "sig": sig}, ensure_ascii=False))
        prev = _hash(body)
    write_atomic(path, ("\n".join(lines) + "\n").encode("utf-8"))
