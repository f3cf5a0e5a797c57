"""A centre's seal register, kept where a restore of the server cannot roll it back.

The single-file desk keeps its seal register beside its database (storage/
seal_register.py). A centre's database is on the server, and a pg_dump restored there
holds the seals of its day only: a call sealed since would come back with its text. So
each sealing on a centre is also written, before its server transaction, in the same
signed, hash-chained register format (signed with the centre's export key, which only
administrators hold; no content, only the decision and the call ids with the time the
server first saved each), in files off the server:

* on the workstation where it was made (``centre-seals.register`` in its config
  folder): that workstation's witness of the seals;
* beside the backups named with ``seal --backup`` (the same name in their folder),
  where ``restore --server`` finds it next to the dump.

An administrator's sign-in on a centre (services/centre_session.py) and ``restore
--server`` (services/centre_backup.py) seal again every call a register names that
the server holds unsealed (services/centre_sealing.apply_register).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

NAME = "centre-seals.register"


def beside(folder: Path) -> Path:
    """The register in a workstation's config folder or in a folder of dumps."""
    return folder / NAME


def saved_mark(saved_at: datetime) -> str:
    """How a call's first save on the server is written in the register (UTC): a call
    the register names is that call only when the server's row has this time too."""
    return saved_at.astimezone(UTC).isoformat()
