"""A centre's seal register off the server (storage/server/seal_witness.py says where and
why): its lines written before a sealing's server transaction, and the calls a register
names that a server holds unsealed (a restored pg_dump, a sealing cut before its
commit). services/centre_sealing.py seals those again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg

from hotline.services.sealing import Decision
from hotline.storage import seal_register
from hotline.storage.seal_register import RegisteredSeal
from hotline.storage.server.seal_witness import beside, saved_mark

Connection = psycopg.Connection[tuple[Any, ...]]


@dataclass(frozen=True)
class Pending:
    """A seal of a register and the calls of it the server holds unsealed."""

    seal: RegisteredSeal
    call_ids: list[int]


def paths_for(folder: Path, given: Sequence[Path] = ()) -> list[Path]:
    """The workstation's register (``folder``: its config folder), then the one beside
    each dump or folder of dumps given; each once."""
    out = [beside(folder)]
    for path in given:
        out.append(beside(path if path.is_dir() else path.parent))
    return list(dict.fromkeys(p.absolute() for p in out))


def check(paths: Iterable[Path], export_public: bytes) -> None:
    """Every register readable and its signatures good (RegisterDamaged): checked before
    anything is destroyed."""
    for path in paths:
        seal_register.read(path, export_public)


def record(
    conn: Connection,
    paths: Iterable[Path],
    ids: Sequence[int],
    kind: str,
    chosen: Decision,
    export: tuple[bytes, bytes],
    at: datetime,
) -> None:
    """The sealing in each register, before the server's transaction (``export``: the
    centre's export key, public and private): a cut after this leaves a register that
    seals again at the next apply, never a sealing the registers forgot."""
    rows = conn.execute(
        "SELECT id, saved_at FROM hotline.calls WHERE id = ANY(%s) ORDER BY id", (list(ids),)
    ).fetchall()
    line = RegisteredSeal(
        kind=kind,
        body=chosen.body,
        number=chosen.number,
        decided_on=chosen.decided_on,
        at=saved_mark(at),
        calls=tuple(int(r[0]) for r in rows),
        saved=tuple(saved_mark(r[1]) for r in rows),
    )
    public, private = export
    for path in paths:
        seal_register.append(path, [line], public, private)


def pending(conn: Connection, paths: Iterable[Path], export_public: bytes) -> list[Pending]:
    """Each register's seals whose calls the server holds (the same call: first saved at
    the time the register wrote) and has not sealed; oldest seal first."""
    seals = [s for path in paths for s in seal_register.read(path, export_public)]
    wanted = sorted({i for s in seals for i in s.calls})
    if not wanted:
        return []
    rows = conn.execute(
        "SELECT c.id, c.saved_at FROM hotline.calls c WHERE c.id = ANY(%s)"
        " AND NOT EXISTS (SELECT 1 FROM hotline.sealed_calls s WHERE s.call_id = c.id)",
        (wanted,),
    ).fetchall()
    unsealed = {int(r[0]): saved_mark(r[1]) for r in rows}
    out: list[Pending] = []
    taken: set[int] = set()
    for seal in sorted(seals, key=lambda s: s.at):
        saved = dict(zip(seal.calls, seal.saved, strict=False))
        ids = sorted(
            i
            for i in seal.calls
            if i in unsealed and i not in taken and saved.get(i, unsealed[i]) == unsealed[i]
        )
        if ids:
            out.append(Pending(seal, ids))
            taken.update(ids)
    return out
