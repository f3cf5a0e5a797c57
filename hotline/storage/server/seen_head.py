"""The head of the centre's audit chain a workstation last saw, kept on the workstation.

A small JSON file beside the workstation's other files (desk id, seq, hash, and
an HMAC of them under a key only this person on this workstation derives: their own
private key and the workstation's secret, ``centre_session.witness_key``). It only
moves forward: the head of an entry this workstation wrote (after its commit) or the
head it found at a connection whose check passed. A server administrator can cut or
rewrite the log on the server, but not this file: the next check names it
(audit.py witness_problem). A file edited by hand, another person's or another
workstation's put in its place, or one without its HMAC (written before the HMAC
was) is named (WitnessForged) and not trusted; ``key_once`` (run at every sign-in,
centre_session.witness_of) gives a file written before its HMAC its HMAC once, at the
first sign-in after the upgrade, and never again. A head lagging behind after a crash is
harmless. Not caught: an older copy of this very file put back (its HMAC holds).

The file also names, in clear and under its HMAC, the person's signing key it was made
under (``key``, her public key in hex). After an administrator reset her password (new
keys) nothing can check the HMAC of the file her earlier key made; ``claimed`` reads what
such a file says, unchecked, for services/earlier_key.py, which alone decides (from the
chain) whether it is an earlier key's witness, set aside by ``set_aside``, or forged.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from pathlib import Path

from hotline.storage.audit_log import Head
from hotline.storage.server.audit_errors import WitnessDamaged, WitnessForged

MAC = "mac"


KEY = "key"


def _mac(key: bytes, desk_id: str, seq: int, digest: str, key_id: str | None = None) -> str:
    fields: list[object] = ["hotline-witness", desk_id, seq, digest]
    if key_id is not None:  # files written before the field carry no key id
        fields.append(key_id)
    body = json.dumps(fields).encode("utf-8")
    return hmac.new(key, body, hashlib.sha256).hexdigest()


class SeenHead:
    def __init__(self, path: Path, desk_id: str, key: bytes, key_id: str | None = None) -> None:
        self.path = path
        self.desk_id = desk_id
        self._key = key
        self.key_id = key_id  # the signing key (public, hex) the file is made under
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
            seq, digest = int(data["seq"]), str(data["hash"])
            head = Head(seq, bytes.fromhex(digest))
            mac = data.get(MAC)
            key_id = data.get(KEY)
            if key_id is not None and not isinstance(key_id, str):
                raise ValueError("key id")
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise WitnessDamaged(path=str(self.path)) from exc
        if not isinstance(mac, str) or not hmac.compare_digest(
            mac, _mac(self._key, self.desk_id, seq, digest, key_id)
        ):
            raise WitnessForged(path=str(self.path))
        self._cached = head
        return head

    def saw(self, head: Head) -> None:
        """Keep ``head`` if it is ahead of the one kept (never lowered: a cut log must not
        erase its own evidence)."""
        current = self.seen()
        if current is not None and head.seq <= current.seq:
            return
        self._write(head)

    def _write(self, head: Head) -> None:
        digest = head.hash.hex()
        fields: dict[str, object] = {"desk_id": self.desk_id, "seq": head.seq, "hash": digest}
        if self.key_id is not None:
            fields[KEY] = self.key_id
        fields[MAC] = _mac(self._key, self.desk_id, head.seq, digest, self.key_id)
        body = json.dumps(fields)
        tmp = self.path.with_name(f".{self.path.name}.tmp")
        tmp.write_text(body, encoding="utf-8")
        tmp.replace(self.path)
        self._cached = head

    def key_unkeyed(self) -> bool:
        """The migration step for a workstation's file written before the HMAC: given
        its HMAC as it stands (True), once; a keyed file is left alone (False). Run it
        where the file can be trusted as it is (the person's own first sign-in after
        the upgrade); before it, a file without HMAC is refused."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data["desk_id"] != self.desk_id or MAC in data:
                return False
            head = Head(int(data["seq"]), bytes.fromhex(str(data["hash"])))
        except FileNotFoundError:
            return False
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise WitnessDamaged(path=str(self.path)) from exc
        self._write(head)
        return True

    def key_once(self, marker: Path) -> bool:
        """``key_unkeyed`` run once for this file, at the first sign-in after the upgrade
        (``marker`` written after it): a file found without its HMAC later is refused.
        Stripping the HMAC before that first sign-in gains nothing an older copy of the
        file put back would not (the module text's limit)."""
        if marker.exists():
            return False
        keyed = self.key_unkeyed()
        marker.write_text("witness keyed\n", encoding="utf-8")
        return keyed

    def claimed(self) -> tuple[int, str | None] | None:
        """What the file says, NOT checked (its HMAC may be an earlier key's): the seq it
        names and the key id it names (None: none named); None when there is no file;
        WitnessDamaged for one that is not a witness of this centre."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data["desk_id"] != self.desk_id:
                raise ValueError("another centre")
            key_id = data.get(KEY)
            return int(data["seq"]), key_id if isinstance(key_id, str) else None
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise WitnessDamaged(path=str(self.path)) from exc

    def set_aside(self, suffix: str) -> Path:
        """The file moved aside (never deleted) as ``<name>.<suffix>``: the next ``seen``
        finds none, as at a first sign-in here. Its new path."""
        aside = self.path.with_name(f"{self.path.name}.{suffix}")
        self.path.replace(aside)
        self._cached = None
        return aside
