"""The head of the centre's audit chain a workstation last saw, kept on the workstation.

A small JSON file beside the workstation's other files (desk id, seq, hash). It only
moves forward: the head of an entry this workstation wrote (after its commit) or the
head it found at a connection whose check passed. A server administrator can cut or
rewrite the log on the server, but not this file: the next check names it
(audit.py witness_problem). A head lagging behind after a crash is harmless.
"""

from __future__ import annotations

import json
from pathlib import Path

from hotline.storage.audit_log import Head
from hotline.storage.server.audit_errors import WitnessDamaged


class SeenHead:
    def __init__(self, path: Path, desk_id: str) -> None:
        self.path = path
        self.desk_id = desk_id
        self._cached: Head | None = None

    def seen(self) -> Head | None:
        """The head witnessed here, None before the first; WitnessDamaged for a file that
        is not one (or another centre's)."""
        if self._cached is not None:
            return self._cached
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data["desk_id"] != self.desk_id:
                raise ValueError("another centre")
            head = Head(int(data["seq"]), bytes.fromhex(str(data["hash"])))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise WitnessDamaged(path=str(self.path)) from exc
        self._cached = head
        return head

    def saw(self, head: Head) -> None:
        """Keep ``head`` if it is ahead of the one kept (never lowered: a cut log must not
        erase its own evidence)."""
        current = self.seen()
        if current is not None and head.seq <= current.seq:
            return
        body = json.dumps({"desk_id": self.desk_id, "seq": head.seq, "hash": head.hash.hex()})
        tmp = self.path.with_name(f".{self.path.name}.tmp")
        tmp.write_text(body, encoding="utf-8")
        tmp.replace(self.path)
        self._cached = head
