"""Opening the SQLCipher database: the file check, the raw key and the pragmas.

SQLCipher creates a plaintext database when the key pragma is missed and a
new empty one when the file is empty; both would silently lose a desk. The
file is therefore checked before SQLCipher sees it, and a desk is only ever
created by `create()`, which refuses an existing file.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import os
import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlcipher3 import dbapi2

from hotline.errors import DamagedDesk, DeskError, DiskFull, NoDesk, NotADesk, StorageFailed

PLAIN_HEADER = b"SQLite format 3\x00"
PAGE_SIZE = 4096
KEY_BYTES = 32
_HEX = re.compile(r"^[0-9a-f]{64}$")

# Pragmas set at every open, then read back: a setting that did not take is an error.
PRAGMAS: tuple[tuple[str, str, str], ...] = (
    ("journal_mode", "WAL", "wal"),
    ("synchronous", "FULL", "2"),
    ("temp_store", "MEMORY", "2"),
    ("foreign_keys", "ON", "1"),
    ("secure_delete", "ON", "1"),
    ("trusted_schema", "OFF", "0"),
)

Error = dbapi2.Error
IntegrityError = dbapi2.IntegrityError
# SQLITE_IOERR (and its _WRITE, _FSYNC, _TRUNCATE forms): what a write past the file-size
# limit or onto a full disk gives; SQLITE_FULL when SQLite sees ENOSPC itself.
_WRITE_ERRORS = {778, 1034, 1546}


def key_pragma(key: bytes) -> str:
    """The key pragma for a raw 256-bit key; the hex is checked before it is formatted in."""
    if len(key) != KEY_BYTES:
        raise ValueError("the database key must be 32 bytes")
    hexkey = key.hex()
    if not _HEX.match(hexkey):
        raise ValueError("bad key encoding")
    return f"PRAGMA key = \"x'{hexkey}'\""


def check_file(path: Path) -> None:
    """Refuse a missing, empty, truncated or plaintext file before SQLCipher opens it."""
    if not path.exists():
        raise NoDesk(path=str(path.parent))
    size = path.stat().st_size
    if size == 0:
        raise NotADesk(path=str(path), reason="the file is empty")
    with path.open("rb") as handle:
        head = handle.read(len(PLAIN_HEADER))
    if head == PLAIN_HEADER:
        raise NotADesk(path=str(path), reason="it is a plain, unencrypted SQLite file")
    if size < PAGE_SIZE or size % PAGE_SIZE:
        raise NotADesk(path=str(path), reason="the file is truncated")


def key_opens_pages(path: Path, key: bytes, pages: int = 8) -> bool:
    """Whether `key` is the key of the file: the HMAC of any of its first pages checks.

    SQLCipher 4 (raw key, its default settings) ends every page with an IV and an
    HMAC-SHA512 keyed from the key and the file's salt (its first 16 bytes); the
    check needs neither page 1 whole nor SQLCipher. A damaged page 1 under the right
    key is told apart from the key of another desk.
    """
    reserve, iv_bytes, mac_bytes = 80, 16, 64
    try:
        with path.open("rb") as handle:
            data = handle.read(PAGE_SIZE * pages)
    except OSError:
        return False
    mac_key = hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in data[:16]), 2, 32)
    for number in range(1, len(data) // PAGE_SIZE + 1):
        page = data[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]
        end = PAGE_SIZE - reserve + iv_bytes
        body = page[16 if number == 1 else 0 : end]
        mac = hmac.new(mac_key, body + number.to_bytes(4, "little"), hashlib.sha512).digest()
        if hmac.compare_digest(mac, page[end : end + mac_bytes]):
            return True
    return False


def translate_error(exc: BaseException, path: Path) -> DeskError:
    """A database or OS error as a message for the person at the desk."""
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return DiskFull()
    if "full" in text or (code is not None and (code & 0xFF in (10, 13) or code in _WRITE_ERRORS)):
        return DiskFull()
    if "not a database" in text or "malformed" in text or code in (11, 26):
        return DamagedDesk(path=str(path), reason=str(exc))
    return StorageFailed(reason=str(exc))


def is_conflict(error: BaseException) -> bool:
    """A translated error that was a constraint's refusal (a key already taken)."""
    return isinstance(error.__cause__, IntegrityError)


class Database:
    """One SQLCipher connection with explicit transactions.

    The connection is used by one thread at a time (the GUI keeps it on its
    worker thread); the lock only guards against accidental sharing.
    """

    def __init__(self, path: Path, key: bytes, *, create: bool = False) -> None:
        self.path = path
        if create:
            if path.exists():
                raise NotADesk(path=str(path), reason="a file is already there")
        else:
            check_file(path)
        self._lock = threading.RLock()
        # Transactions rolled back so far: what a caller caching something it wrote
        # compares, to know whether it may have been taken back since.
        self.rollbacks = 0
        # Opened on a full disk: WAL's shared-memory file could not be made, so the
        # connection holds its wal-index in memory (EXCLUSIVE locking; the desk lock
        # already keeps other processes out). Reading works; every write says DiskFull.
        self.opened_on_full_disk = False
        fd_flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY
        if create:
            os.close(os.open(path, fd_flags, 0o600))
        try:
            self._connect(key, create)
        except DiskFull:
            if create:
                raise
            self.opened_on_full_disk = True
            self._connect(key, create, exclusive=True)

    @classmethod
    def in_memory(cls) -> Database:
        """A private database in this process's memory only (no file, no key): gone
        when closed. For coded fields worked on with the desk's own SQL (a centre's
        export counts: storage/server/exports.py), never for free text."""
        self = cls.__new__(cls)
        self.path = Path(":memory:")
        self._lock = threading.RLock()
        self.rollbacks = 0
        self.opened_on_full_disk = False
        try:
            self.conn = sqlcipher3.connect(
                ":memory:", isolation_level=None, check_same_thread=False
            )
            self.conn.execute("PRAGMA temp_store = MEMORY").fetchall()
        except Error as exc:
            raise translate_error(exc, self.path) from exc
        return self

    def _connect(self, key: bytes, create: bool, exclusive: bool = False) -> None:
        path = self.path
        try:
            self.conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
        except Error as exc:
            raise translate_error(exc, path) from exc
        try:
            # SQLCipher's own log would print to stderr; errors reach the user as messages.
            self.conn.execute("PRAGMA cipher_log_level = NONE")
            if exclusive:  # before the first access: no -shm file is ever needed
                self.conn.execute("PRAGMA locking_mode = EXCLUSIVE").fetchall()
            self.conn.execute(key_pragma(key))
            # SQLCipher always wipes its key material; memory security beyond that
            # (mlock and wiping every allocation) made FTS5 inserts 7x slower.
            self.conn.execute("PRAGMA cipher_memory_security = OFF")
            # The first read proves the key and page 1; nothing is written before it.
            self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            self._set_pragmas()
        except Error as exc:
            self.conn.close()
            if create:
                path.unlink(missing_ok=True)
            raise translate_error(exc, path) from exc
        except BaseException:
            self.conn.close()
            raise

    def _set_pragmas(self) -> None:
        for name, value, expected in PRAGMAS:
            self.conn.execute(f"PRAGMA {name} = {value}").fetchall()
            got = self.conn.execute(f"PRAGMA {name}").fetchone()
            if got is None or str(got[0]).lower() != expected:
                raise StorageFailed(reason=f"PRAGMA {name} did not take ({got})")

    # --- queries ---------------------------------------------------------
    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        with self._lock:
            try:
                return self.conn.execute(sql, params)
            except (Error, OSError) as exc:
                raise translate_error(exc, self.path) from exc

    def executemany(self, sql: str, rows: Any) -> Any:
        with self._lock:
            try:
                return self.conn.executemany(sql, rows)
            except (Error, OSError) as exc:
                raise translate_error(exc, self.path) from exc

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Any]:
        with self._lock:
            try:
                return list(self.conn.execute(sql, params).fetchall())
            except (Error, OSError) as exc:
                raise translate_error(exc, self.path) from exc

    def scalar(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        with self._lock:
            try:
                row = self.conn.execute(sql, params).fetchone()
            except (Error, OSError) as exc:
                raise translate_error(exc, self.path) from exc
        return None if row is None else row[0]

    def transaction(self) -> Transaction:
        """BEGIN IMMEDIATE ... COMMIT; any error rolls the whole step back (a nested
        one is part of the outer transaction)."""
        return Transaction(self)

    def checkpoint(self) -> None:
        """Move the WAL into the file and truncate it: deleted rows leave the WAL."""
        self.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    @property
    def user_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def export_copy(self, copy: Path, key: bytes) -> None:
        """Write the whole database, encrypted with `key`, into the new file `copy`
        (sqlcipher_export: a consistent copy, the schema version included)."""
        pragma = key_pragma(key)  # checks the key's form
        hexkey = pragma.split("x'", 1)[1].split("'", 1)[0]
        version = self.user_version
        self.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{hexkey}'\"", (str(copy),))
        try:
            self.execute("SELECT sqlcipher_export('backup')")
            self.execute(f"PRAGMA backup.user_version = {version}")
        finally:
            self.execute("DETACH DATABASE backup")

    def rekey(self, new_key: bytes) -> None:
        with self._lock:
            self.conn.execute(key_pragma(new_key).replace("PRAGMA key", "PRAGMA rekey", 1))
            # The same connection's cipher_integrity_check then fails every page (its
            # HMAC context stays the old key's, though the pages are written under the
            # new one): the connection is opened again with the new key, as the next
            # start would. Attachments (the notes' index) are attached again on use.
            self.conn.close()
            self._connect(new_key, create=False, exclusive=self.opened_on_full_disk)

    def close(self) -> None:
        with self._lock, contextlib.suppress(Error):
            self.conn.close()


class Transaction:
    """Database.transaction(): the connection's lock held from BEGIN to COMMIT or
    ROLLBACK. A class, not a generator: every save passes through it, and a
    generator's context manager cost it more than its own statements' Python."""

    __slots__ = ("_db", "_outer")

    def __init__(self, db: Database) -> None:
        self._db = db
        self._outer = False

    def __enter__(self) -> Database:
        db = self._db
        db._lock.acquire()
        try:
            if not db.conn.in_transaction:
                db.execute("BEGIN IMMEDIATE")
                self._outer = True
        except BaseException:
            db._lock.release()
            raise
        return db

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: Any
    ) -> None:
        db = self._db
        try:
            if not self._outer:
                return  # nested: the outer transaction commits or rolls back
            if kind is None:
                try:
                    db.execute("COMMIT")
                except BaseException:
                    self._roll_back()
                    raise
                return
            self._roll_back()
        finally:
            db._lock.release()

    def _roll_back(self) -> None:
        db = self._db
        db.rollbacks += 1
        with contextlib.suppress(Error):
            db.conn.execute("ROLLBACK")
