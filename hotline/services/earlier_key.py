"""A member's files on a workstation made under her earlier key, after an administrator
reset her password (centre_people.reset_password: new keys, the old ones unrecoverable).

Her witness of the chain's head (storage/server/seen_head.py), her outbox and her own
desk file there are keyed (HKDF) from her own private key, so her new keys open none of
them. A witness whose HMAC does not hold is taken for her earlier key's only when the
chain vouches for it: the latest ``user.reset`` of her on the server gave the very key
she signed in with now, the file names a head before that reset, and it does not claim
to be made under her present key. Anything else is refused as before (WitnessForged): a
file edited by someone at the disk, before a reset of her or after it (the fresh witness
names her present key under its HMAC).

Then the earlier files are moved aside, never deleted (``<stem>.before-reset-<seq>``),
the witness started afresh at the server's head, checked as at a first sign-in here, and
the step audited (``witness.restarted``). Not caught, as before the reset: the witness
file deleted, or replaced by one naming another key and a head before her reset, is a
first sign-in here (the server's chain is then checked from its head only).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from psycopg import Connection

from hotline.storage.server.audit import ServerAuditLog
from hotline.storage.server.audit_errors import WitnessForged
from hotline.storage.server.seen_head import SeenHead

ACTION = "witness.restarted"
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class EarlierKey:
    witnessed: int  # the head the earlier key's witness names (as the file says)
    reset: int  # the seq of the user.reset that gave her the key she signed in with

    @property
    def suffix(self) -> str:
        return f"before-reset-{self.reset}"


def found(conn: Connection, seen: SeenHead, user_id: int, present: bytes) -> EarlierKey | None:
    """None when the witness holds (or there is none); an EarlierKey when the chain vouches
    that it is her earlier key's; WitnessForged (or WitnessDamaged) otherwise."""
    try:
        seen.seen()
        return None
    except WitnessForged:
        claimed = seen.claimed()
        if claimed is None:
            raise
        seq, key_id = claimed
        if key_id == present.hex():
            raise  # made under her present key, and its HMAC does not hold: edited
        reset = ServerAuditLog(conn).last_reset_of(user_id)
        if reset is None or reset[1] != present.hex() or reset[0] <= seq:
            raise
        return EarlierKey(seq, reset[0])


def set_aside(earlier: EarlierKey, files: list[Path]) -> list[Path]:
    """Each of ``files`` that exists (and its SQLite side files) moved aside as
    ``<stem>.before-reset-<seq><suffix>``, never deleted; the main files moved."""
    moved = []
    for path in files:
        if not path.exists():
            continue
        aside = path.with_name(f"{path.stem}.{earlier.suffix}{path.suffix}")
        for side in SQLITE_SIDE_FILES:
            extra = path.with_name(path.name + side)
            if extra.exists():
                extra.replace(aside.with_name(aside.name + side))
        path.replace(aside)
        moved.append(aside)
    return moved


def kept_aside(folder: Path) -> list[Path]:
    """The files set aside in ``folder`` by earlier resets (none deleted)."""
    return sorted(p for p in folder.iterdir() if ".before-reset-" in p.name)
