"""A workstation as a process of its own: an operator saving calls to the centre.

Run by the tests as ``python -m tests.server.writer`` with its settings as JSON on
standard input (the operator's login, keys and witness file). It seals and saves
calls one after another for ``seconds`` (or ``count`` calls), each with its audit
entry, through hotline.services.centre_audit.send_call (a save lost to a server
restart is sent again), and writes to ``out``, flushed at each line:

    sending <id> <unix time>      before a save
    retry <id> <try>              the connection was lost during the save: sent again
    saved <id> new|again <unix time>   once the server holds it
"""

from __future__ import annotations

import json
import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("HOTLINE_INSECURE_FAST_KDF", "1")

import psycopg

from hotline.crypto import kem
from hotline.crypto.calltext import CallText
from hotline.records import IdentityDetails
from hotline.services import centre as centre_service
from hotline.services import centre_audit


def main() -> int:
    cfg: dict[str, Any] = json.loads(sys.stdin.read())
    text = CallText(
        cfg["desk_id"],
        bytes.fromhex(cfg["casetext_public"]),
        f"user:{cfg['user_id']}",
        kem.KemPrivateKey.from_bytes(bytes.fromhex(cfg["kem_private"])),
        None,
        lambda _uid: None,
    )
    vault_public = bytes.fromhex(cfg["vault_public"])
    signing_key = bytes.fromhex(cfg["signing_key"])
    seen = centre_audit.witness(
        Path(cfg["witness"]), cfg["desk_id"], bytes.fromhex(cfg["witness_key"])
    )
    url = str(cfg["url"])

    def connect() -> psycopg.Connection[tuple[Any, ...]]:
        return psycopg.connect(url, autocommit=True, connect_timeout=5)

    deadline = time.monotonic() + float(cfg.get("seconds", 0))
    wanted = int(cfg.get("count", 0))
    pause = float(cfg.get("pause", 0))
    done = 0
    conn = connect()
    centre_audit.check_at_connection(conn, seen)
    with open(cfg["out"], "a", encoding="utf-8", buffering=1) as out:
        print("ready", file=out)
        while (wanted and done < wanted) or (not wanted and time.monotonic() < deadline):
            call_id = centre_service.new_call_id()
            sealed = centre_service.seal_call(
                text,
                vault_public,
                call_id,
                datetime.now(UTC),
                {"topic": "labour", "channel": "phone", "n": done},
                {"notes": f"call {done} of workstation {cfg['user_id']}"},
                IdentityDetails(name="Test Caller", phone="+994 50 000 00 00"),
            )
            print(f"sending {call_id} {time.time():.6f}", file=out)

            def retried(attempt: int, cid: int = call_id) -> None:
                print(f"retry {cid} {attempt}", file=out)

            new, conn = centre_audit.send_call(
                connect,
                sealed,
                int(cfg["user_id"]),
                signing_key,
                seen,
                conn=conn,
                on_retry=retried,
            )
            print(f"saved {call_id} {'new' if new else 'again'} {time.time():.6f}", file=out)
            done += 1
            if pause:
                time.sleep(pause)
    conn.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
