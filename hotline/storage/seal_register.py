"""The seal register: every sealing decision and the ids it sealed, in a file of its
own beside the database (`seals.register`), so that it survives a restore and is
applied to a restored copy before that copy is used.

It holds no content: the decision's kind, body, number and date, when it was
taken and the call ids. One JSON object per line; the file is rewritten whole,
atomically, 0600. The decision is written here before the database is sealed: a
cut between the two leaves a register that seals again at the next restore or
apply, never a sealed desk the register forgot.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

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
    kind: str
    body: str
    number: str
    decided_on: date
    at: str
    calls: tuple[int, ...]

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": FORMAT,
                "kind": self.kind,
                "body": self.body,
                "number": self.number,
                "decided_on": self.decided_on.isoformat(),
                "at": self.at,
                "calls": list(self.calls),
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
        )


def path_in(root: Path) -> Path:
    return root / NAME


def read(path: Path) -> list[RegisteredSeal]:
    if not path.exists():
        return []
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            out.append(RegisteredSeal.from_json(line))
        except (ValueError, KeyError, TypeError):
            raise RegisterDamaged(path=str(path), line=number) from None
    return out


def append(path: Path, seals: Sequence[RegisteredSeal]) -> None:
    lines = [s.to_json() for s in (*read(path), *seals)]
    write_atomic(path, ("\n".join(lines) + "\n").encode("utf-8"))
