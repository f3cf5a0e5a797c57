"""What a backup from the window costs, and what its verification by opening adds.

A desk with N synthetic calls (default 3,000: half a year of the line; `--calls`);
prints the median of 3 of: the bare SQLCipher copy (sqlcipher_export, the baseline),
a whole backup (copy, check of the copy, tar, opened again and checked, recorded in
the register) and the check of the written file alone, with the ratio of the whole
backup to the bare copy.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["HOTLINE_INSECURE_FAST_KDF"] = "1"

from hotline.paths import DeskPaths
from hotline.services import backup, demo, desk
from hotline.storage.keyfile import SECRET_DB

PASSWORD = "night shift on the quiet line"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=3000)
    calls = parser.parse_args().calls
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        paths = DeskPaths(root / "desk")
        desk.init_desk(paths, "admin", PASSWORD, bind_device=False)
        session = desk.unlock(paths, "admin", PASSWORD)
        try:
            demo.generate(session, calls, seed=1, months=6)
            bare, whole, check = [], [], []
            for i in range(3):
                start = time.perf_counter()
                session.db.checkpoint()
                session.db.export_copy(root / f"bare-{i}.db", session.secrets[SECRET_DB])
                bare.append(time.perf_counter() - start)
                start = time.perf_counter()
                made = backup.backup(session, root / f"whole-{i}.tar")
                whole.append(time.perf_counter() - start)
                start = time.perf_counter()
                assert not backup.check_archive(session, made.path).problems
                check.append(time.perf_counter() - start)
            size = made.size
        finally:
            session.close()
    b, w, c = (statistics.median(x) for x in (bare, whole, check))
    print(f"{calls} calls, backup {size / (1 << 20):.1f} MiB (median of 3)")
    print(f"bare copy (baseline): {b:.2f} s")
    print(f"whole backup: {w:.2f} s; of it, opening the written file again: {c:.2f} s")
    print(f"ratio whole backup / bare copy: {w / b:.1f}")


if __name__ == "__main__":
    main()
