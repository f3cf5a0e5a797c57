"""Cost of saving a call through the service, against the same rows in plain SQL.

All run in this process, on SQLCipher files opened the same way (raw key, WAL,
synchronous=FULL, the desk's pragmas and schema: one Database class).

The baseline the aim of at most 1.3 is read against ("same rows") is the save's
own database work replayed. The desk's connection records every statement it is
given (sql, parameters, in order); once the operator's session is open, the desk
file is checkpointed (TRUNCATE) and copied byte for byte to a second file opened
with the same key. After each timed save_call, the baseline replays on that copy
exactly the writes the save executed: BEGIN IMMEDIATE, the same INSERT / UPDATE /
DELETE statements with the same values (the person, the call, its key seals, its
topics, outcomes, indicators and entities, the tasks, the removal of the draft,
the audit entry), COMMIT, and the WAL checkpoint when the save made one. The
writes made between saves (start_call's draft) are replayed untimed, so both
files stay alike. Nothing else runs in the baseline: none of the save's reads
(the person looked up, the row read back for the audit digest, the desk facts),
no validation, no sealing, no signing and no head file. Those are the service's
own cost, which the ratio measures. A first untimed pass proves the baseline does
the same database work: the WAL frames each save and its replay write (read from
the WAL file's frame headers at every COMMIT) are printed and must be equal, and
at its end both files hold the same rows in every table. SQLite fsyncs the WAL
once per commit and at each checkpoint: the same commits and checkpoints on both
sides make the same fsyncs (`strace -f -y -e trace=fsync,fdatasync` on this bench
shows it: the numbers are in issue 10's note).

The older baselines are printed too, for honesty: the calls row alone
(INSERT+COMMIT), and the call's rows without the person, the key seals, the
task, the draft removal and the audit entry (calls, topics, outcomes,
indicators, entities) as the desk stored it before its free text was sealed.

The service also runs as it did before the author's copy became a wrap (two
hybrid HPKE seals per call, ~2.3 KB), against its own replay, in the same
blocks: the difference is what the wrap saves. The sealing alone is timed too:
the per-call encryption's cost per save.

Where the service's own time went, and what was taken out of it (issue 10's pass,
December 2026): README.md, "What each key opens", "What a save costs". On a
loaded shared machine the save's own writes took longer than the same writes
replayed (the same statements, frames and fsyncs; a guess that fits: the save's
fsync comes after its Python ran, while other processes' writes piled up in the
disk's journal), so --breakdown also prints the service's own time outside its
writes: that is what compares two versions of the code there.

`--profile [N]` profiles N saves (300 by default) with cProfile instead.
"""

from __future__ import annotations

import cProfile
import os
import pstats
import shutil
import statistics
import struct
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, ClassVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("HOTLINE_INSECURE_FAST_KDF", "1")

from hotline.crypto import signing
from hotline.crypto.calltext import CallText, SealedKey
from hotline.paths import DeskPaths
from hotline.permissions import Role
from hotline.records import to_iso, utcnow
from hotline.services import calls, desk, users
from hotline.services.session import Session
from hotline.storage import calls as calls_storage
from hotline.storage import row_digest
from hotline.storage.call_keys import CallKeyRepository
from hotline.storage.calls import INSERT_SQL, CallRepository, call_row
from hotline.storage.database import Database
from hotline.storage.entities import EntityKeys
from hotline.storage.schema import migrate
from tests.factories import job_in_dubai

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "100"))
BLOCKS = 5
CHECK_ROUNDS = 30
# A pause before each timed save and each timed replay (and each older baseline's
# round): a COMMIT that follows another file's COMMIT within a fraction of a
# millisecond fsyncs faster (the disk's journal has just been flushed). Measured on
# this bench in December 2026 (per statement, 500 saves): without the pause the
# replay, which ran right after the save, committed in 716 us against the save's
# 755 us; with 2 ms before each, both took 746 to 749 us. An operator's save comes
# after minutes of typing, so both sides now start from a settled disk alike.
SETTLE_S = float(os.environ.get("BENCH_SETTLE_S", "0.002"))
BEFORE = "before "  # the runs with an HPKE seal per call, as before the batch key
WRITES = {"INSERT", "UPDATE", "DELETE", "REPLACE", "BEGIN", "COMMIT", "ROLLBACK"}
READS = {"SELECT", "PRAGMA"}
Statement = tuple[str, str, Any]  # (execute | executemany, sql, parameters)
CPU: dict[str, list[float]] = {}  # process time of the saves and replays, by run


def is_write(sql: str) -> bool:
    """A statement that changes the file; anything unknown stops the bench."""
    text = sql.lstrip().upper()
    word = text.split(None, 1)[0]
    if word in WRITES or text.startswith("PRAGMA WAL_CHECKPOINT"):
        return True
    if word not in READS:
        raise SystemExit(f"save_call bench: a statement it cannot classify: {word}")
    return False


def wal_state(db: Path) -> tuple[bytes, int]:
    """The WAL's salts and how many frames of that generation it holds."""
    wal = db.with_name(db.name + "-wal")
    data = wal.read_bytes() if wal.exists() else b""
    if len(data) < 32:
        return b"", 0
    page = struct.unpack(">I", data[8:12])[0]
    salts = data[16:24]
    frames = 0
    offset = 32
    while offset + 24 + page <= len(data) and data[offset + 8 : offset + 16] == salts:
        frames += 1
        offset += 24 + page
    return salts, frames


def frames_since(db: Path, before: tuple[bytes, int]) -> int:
    salts, frames = wal_state(db)
    return frames if salts != before[0] else frames - before[1]


class Recording(Database):
    """The desk's database, recording the statements it is given (the bench only)."""

    count_frames = False

    def __init__(self, path: Path, key: bytes, *, create: bool = False) -> None:
        super().__init__(path, key, create=create)
        self.key = key
        self.log: list[Statement] = []
        self.frames: list[int] = []
        self._before = (b"", 0)

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        self.log.append(("execute", sql, params))
        if self.count_frames and sql == "BEGIN IMMEDIATE":
            self._before = wal_state(self.path)
        result = super().execute(sql, params)
        if self.count_frames and sql == "COMMIT":
            self.frames.append(frames_since(self.path, self._before))
        return result

    def executemany(self, sql: str, rows: Any) -> Any:
        rows = list(rows)
        self.log.append(("executemany", sql, rows))
        return super().executemany(sql, rows)

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Any]:
        self.log.append(("execute", sql, params))
        return super().query(sql, params)

    def scalar(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        self.log.append(("execute", sql, params))
        return super().scalar(sql, params)

    def writes(self) -> list[Statement]:
        """The writes recorded since the last call, and the log emptied."""
        out = [s for s in self.log if is_write(s[1])]
        self.log.clear()
        return out


class Replay:
    """The plain copy of the desk's file and the writes replayed on it."""

    def __init__(self, session: Session, path: Path) -> None:
        source = session.db
        assert isinstance(source, Recording)
        source.checkpoint()  # the WAL is empty: the file alone is the database
        shutil.copyfile(source.path, path)
        self.db = Database(path, source.key)
        self.frames: list[int] = []
        self.count_frames = False

    def run(self, statements: list[Statement]) -> None:
        db, count_frames = self.db, self.count_frames
        for method, sql, params in statements:
            if count_frames and sql == "BEGIN IMMEDIATE":
                before = wal_state(db.path)
            if method == "executemany":
                db.executemany(sql, params)
            else:
                db.execute(sql, params).fetchall()
            if count_frames and sql == "COMMIT":
                self.frames.append(frames_since(db.path, before))


def writes_of(session: Session) -> list[Statement]:
    assert isinstance(session.db, Recording)
    return session.db.writes()


def rows_of(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    names = db.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    return {n: sorted(db.query(f'SELECT * FROM "{n}"'), key=repr) for (n,) in names}


def baseline(root: Path, all_rows: bool) -> list[float]:
    """The older baselines: the calls row alone, or the call's own rows."""
    db = Database(root / f"plain{int(all_rows)}.db", os.urandom(32), create=True)
    migrate(db)
    if not all_rows:
        db.execute("DROP TRIGGER calls_fts_insert")  # a bare row, nothing else
    db.execute(
        "INSERT INTO users(id, name, roles, created_at, signing_public)"
        " VALUES (1, 'x', 'operator', '2026-01-01T00:00:00Z', x'00')"
    )
    record = job_in_dubai(1, caller_pseudonym=None)
    times = []
    for _ in range(ROUNDS):
        time.sleep(SETTLE_S)
        start = time.perf_counter()
        db.execute("BEGIN IMMEDIATE")
        call_id = db.execute(INSERT_SQL, call_row(record, None, None, to_iso(utcnow()))).lastrowid
        if all_rows:
            CallRepository(db)._insert_children(call_id, record)
        db.execute("COMMIT")
        times.append(time.perf_counter() - start)
    db.close()
    return times


def operator_session(root: Path) -> Session:
    paths = DeskPaths(root / "desk")
    desk.init_desk(paths, "admin", "night shift on the quiet line", bind_device=False)
    admin = desk.unlock(paths, "admin", "night shift on the quiet line")
    users.add_user(admin, "op", frozenset({Role.OPERATOR}), "tea gets cold at three in the morning")
    admin.close()
    return desk.unlock(paths, "op", "tea gets cold at three in the morning")


def one_save(session: Session, replay: Replay | None = None, prefix: str = "") -> float:
    """start_call, then a timed save_call; the draft's writes replayed untimed at once."""
    assert session.user is not None
    draft = calls.start_call(session)
    if replay is not None:
        replay.run(writes_of(session))
    record = job_in_dubai(session.user.id, caller_pseudonym=draft.record.caller_pseudonym)
    time.sleep(SETTLE_S)
    cpu, start = time.process_time(), time.perf_counter()
    calls.save_call(session, record, draft_id=draft.id)
    end = time.perf_counter()
    CPU.setdefault(prefix + "service", []).append(time.process_time() - cpu)
    return end - start


def service(root: Path, times_: dict[str, list[float]], prefix: str = "") -> None:
    """ROUNDS saves, each followed by its replay on the plain copy, both timed."""
    session = operator_session(root)
    db = session.db
    assert isinstance(db, Recording)
    replay = Replay(session, root / "replay.db")
    db.log.clear()
    for _ in range(ROUNDS):
        ours = one_save(session, replay, prefix)
        writes = db.writes()
        time.sleep(SETTLE_S)
        cpu, start = time.process_time(), time.perf_counter()
        replay.run(writes)
        times_[prefix + "replay"].append(time.perf_counter() - start)
        CPU.setdefault(prefix + "replay", []).append(time.process_time() - cpu)
        times_[prefix + "service"].append(ours)
    text = session.call_text
    assert text is not None
    times_[prefix + "sealing"] += sealing(text, ROUNDS, batched=not prefix)
    session.close()
    replay.db.close()


def check(root: Path) -> None:
    """Untimed: the replay writes the same WAL frames and leaves the same rows."""
    session = operator_session(root)
    db = session.db
    assert isinstance(db, Recording)
    replay = Replay(session, root / "replay.db")
    db.log.clear()
    Recording.count_frames = replay.count_frames = True
    statements = 0
    for _ in range(CHECK_ROUNDS):
        db.frames.clear()
        replay.frames.clear()
        one_save(session, replay)
        writes = db.writes()
        statements = len(writes)
        replay.run(writes)
        if db.frames != replay.frames:
            raise SystemExit(f"save_call bench: WAL frames differ {db.frames} {replay.frames}")
    Recording.count_frames = False
    ours, theirs = rows_of(db), rows_of(replay.db)
    if ours != theirs:
        differ = [n for n in ours if ours[n] != theirs.get(n)]
        raise SystemExit(f"save_call bench: the replay's rows differ in {differ}")
    print(
        f"check, {CHECK_ROUNDS} saves: WAL frames of the last save {db.frames} = of its replay"
        f" {replay.frames} (equal in every save); {statements} statements replayed per save;"
        f" rows equal in all {len(ours)} tables ({sum(map(len, ours.values()))} rows)"
    )
    session.close()
    replay.db.close()


def per_call_key(
    self: CallText, call_id: int, authors: Iterable[tuple[str, bytes]], batched: bool = False
) -> list[SealedKey]:
    """The case-text copy HPKE-sealed for each call, as before the batch key."""
    return NEW_KEY(self, call_id, authors, False)


def no_batch(self: CallKeyRepository) -> None:
    """No batch stored: every case-text copy is its own HPKE seal."""


NEW_KEY = CallText.new_key
ENSURE_BATCH = CallKeyRepository._ensure_batch


def sealing(session_text: CallText, rounds: int, batched: bool) -> list[float]:
    """The per-save cost of sealing a call's free text, without any SQL: a data key, the
    author's wrap, the case-text copy (wrapped under the session's batch key, or its own
    HPKE seal) and the three text fields."""
    record = job_in_dubai(2, caller_pseudonym=None)
    own = session_text.own_holder
    assert own is not None
    authors = [(own, session_text.own_private.public_key())]
    times = []
    for call_id in range(1, rounds + 1):
        start = time.perf_counter()
        session_text.new_key(call_id, authors, batched=batched)
        for name in ("notes", "code_word", "callback_times"):
            session_text.encrypt(call_id, name, str(getattr(record, name)))
        times.append(time.perf_counter() - start)
        session_text.forget(call_id)
    return times


def profile(saves: int) -> None:
    """cProfile of save_call alone, in CPU time (fsync waits left out)."""
    with tempfile.TemporaryDirectory() as tmp:
        session = operator_session(Path(tmp))
        assert session.user is not None
        profiler = cProfile.Profile(time.process_time)
        for _ in range(saves):
            draft = calls.start_call(session)
            record = job_in_dubai(session.user.id, caller_pseudonym=draft.record.caller_pseudonym)
            profiler.enable()
            calls.save_call(session, record, draft_id=draft.id)
            profiler.disable()
        session.close()
    print(f"{saves} saves under the profiler, CPU time")
    pstats.Stats(profiler).sort_stats(os.environ.get("BENCH_SORT", "cumulative")).print_stats(
        int(os.environ.get("BENCH_TOP", "30"))
    )


# --breakdown: where a save's time goes, measured around the pieces themselves.
OWN = "the service's own time"
PIECES: dict[str, tuple[Any, str]] = {
    "validation": (calls, "validate"),
    "the free text sealed (data key, wraps, fields)": (CallRepository, "seal_call"),
    "entity lookup keys (HMAC)": (EntityKeys, "key"),
    "the calls row built": (calls_storage, "call_row"),
    "the audit entry's row digest": (row_digest, "written_digest"),
    "the audit entry's signature (Ed25519)": (signing, "sign"),
}


def _timed(owner: Any, name: str, label: str, into: dict[str, float]) -> None:
    original = getattr(owner, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            into[label] = into.get(label, 0.0) + time.perf_counter() - start

    setattr(owner, name, timed)


class Timing(Recording):
    """The recording database, timing each statement: the writes (replayed too) and
    the reads (the service's alone)."""

    spent: ClassVar[dict[str, float]] = {}
    active: ClassVar[bool] = False

    def _time(self, sql: str, run: Any) -> Any:
        if not self.active:
            return run()
        start = time.perf_counter()
        try:
            return run()
        finally:
            label = "SQL writes (replayed)" if is_write(sql) else "SQL reads (the save's own)"
            if "wal_checkpoint" in sql.lower():
                label = "SQL writes (replayed)"
            self.spent[label] = self.spent.get(label, 0.0) + time.perf_counter() - start

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        return self._time(sql, lambda: super(Timing, self).execute(sql, params))

    def executemany(self, sql: str, rows: Any) -> Any:
        return self._time(sql, lambda: super(Timing, self).executemany(sql, rows))

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Any]:
        return self._time(sql, lambda: super(Timing, self).query(sql, params))

    def scalar(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        return self._time(sql, lambda: super(Timing, self).scalar(sql, params))


def breakdown(saves: int) -> None:
    """Each piece's median time per save, next to the save and its replay."""
    desk.Database = Timing  # type: ignore[misc]
    spent = Timing.spent
    for label, (owner, name) in PIECES.items():
        _timed(owner, name, label, spent)
    per_save: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        session = operator_session(Path(tmp))
        db = session.db
        assert isinstance(db, Recording)
        replay = Replay(session, Path(tmp) / "replay.db")
        db.log.clear()
        for _ in range(saves):
            draft = calls.start_call(session)
            replay.run(db.writes())
            assert session.user is not None
            record = job_in_dubai(session.user.id, caller_pseudonym=draft.record.caller_pseudonym)
            spent.clear()
            time.sleep(SETTLE_S)
            Timing.active = True
            start = time.perf_counter()
            calls.save_call(session, record, draft_id=draft.id)
            total = time.perf_counter() - start
            Timing.active = False
            writes = db.writes()
            time.sleep(SETTLE_S)
            start = time.perf_counter()
            replay.run(writes)
            per_save.setdefault("the same writes replayed", []).append(time.perf_counter() - start)
            per_save.setdefault("save_call", []).append(total)
            for label, value in spent.items():
                per_save.setdefault(label, []).append(value)
            # The pieces do not nest (the sealing runs no SQL once the session's batch
            # is stored): what is left is the services' own Python.
            rest = total - sum(spent.values())
            per_save.setdefault("the rest (Python of the services)", []).append(rest)
            own = total - spent.get("SQL writes (replayed)", 0.0)
            per_save.setdefault(OWN, []).append(own)
        session.close()
        replay.db.close()
    med = {k: statistics.median(v) for k, v in per_save.items()}
    print(f"{saves} saves, wall time, median per save")
    for label in (
        "save_call",
        "the same writes replayed",
        "SQL writes (replayed)",
        "SQL reads (the save's own)",
        *PIECES,
        "the rest (Python of the services)",
    ):
        print(f"  {label:55s} {med.get(label, 0.0) * 1000:6.3f} ms")
    same = med["the same writes replayed"]
    print(f"  ratio of the medians: {med['save_call'] / same:.2f}")
    # What the service adds to its writes (its reads, Python, sealing, signing, and these
    # timers' own cost): on a loaded shared disk the two files' fsyncs wait differently,
    # so this, not the ratio, is what compares two versions of the code there.
    print(f"  the service's own time (outside its writes):         {med[OWN] * 1000:6.3f} ms")


def main() -> None:
    if sys.argv[1:2] == ["--profile"]:
        profile(int(sys.argv[2]) if len(sys.argv) > 2 else 300)
        return
    if sys.argv[1:2] == ["--breakdown"]:
        breakdown(int(sys.argv[2]) if len(sys.argv) > 2 else 300)
        return
    desk.Database = Recording  # type: ignore[misc]
    keys = ("row", "rows", "service", "replay", "sealing")
    times: dict[str, list[float]] = {k: [] for k in keys + tuple(BEFORE + k for k in keys[2:])}
    with tempfile.TemporaryDirectory() as tmp:
        check(Path(tmp) / "check")
        # The runs alternate in blocks (and each save with its replay), so a load on
        # the machine weighs on all alike.
        for block in range(BLOCKS):
            root = Path(tmp) / str(block)
            root.mkdir()
            times["row"] += baseline(root, all_rows=False)
            times["rows"] += baseline(root, all_rows=True)
            (root / "one").mkdir()
            service(root / "one", times)
            setattr(CallText, "new_key", per_call_key)  # noqa: B010
            setattr(CallKeyRepository, "_ensure_batch", no_batch)  # noqa: B010
            (root / "before").mkdir()
            service(root / "before", times, BEFORE)
            setattr(CallText, "new_key", NEW_KEY)  # noqa: B010
            setattr(CallKeyRepository, "_ensure_batch", ENSURE_BATCH)  # noqa: B010
    med = {k: statistics.median(v) for k, v in times.items()}
    ours, same = med["service"], med["replay"]
    print(
        f"the same writes replayed (plain SQL):        {same * 1000:.2f} ms (median of {ROUNDS * BLOCKS})"
    )
    print(f"service save_call:                          {ours * 1000:.2f} ms")
    print(f"ratio against the same rows in plain SQL:   {ours / same:.2f} (aim: <= 1.3)")
    print(
        f"the service's own time beyond the same writes: {(ours - same) * 1000:.2f} ms per save,"
        f" of which sealing the free text {med['sealing'] * 1000:.2f} ms"
    )
    print(
        f"plain INSERT+COMMIT of the calls row:       {med['row'] * 1000:.2f} ms, ratio {ours / med['row']:.2f}"
    )
    print(
        f"plain INSERTs+COMMIT of the call's own rows: {med['rows'] * 1000:.2f} ms, ratio {ours / med['rows']:.2f}"
    )
    cpu, cpu_same = (statistics.median(CPU[k]) for k in ("service", "replay"))
    print(
        f"CPU time (process time, fsync waits left out): save {cpu * 1000:.2f} ms,"
        f" replay {cpu_same * 1000:.2f} ms, ratio {cpu / cpu_same:.2f}"
    )
    before, before_same = med[BEFORE + "service"], med[BEFORE + "replay"]
    print(
        f"an HPKE seal per call (before the batch key): {before * 1000:.2f} ms,"
        f" its replay {before_same * 1000:.2f} ms, ratio {before / before_same:.2f}"
    )
    print(
        f"sealing the free text (per save, no SQL):   {med['sealing'] * 1000:.2f} ms"
        f" ({med['sealing'] / ours:.0%} of a save); with an HPKE seal per call"
        f" {med[BEFORE + 'sealing'] * 1000:.2f} ms"
    )


if __name__ == "__main__":
    main()
