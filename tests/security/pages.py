"""Reading a SQLCipher file's pages back, decrypted, as an attacker holding its key would:
every page of the file (live, free or stale) and every frame of its WAL."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096  # SQLCipher 4 defaults: 4 KiB pages, 80 reserved bytes (IV + HMAC-SHA512)
RESERVE = 80
IV = 16
SALT = 16
WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt(key: bytes, page: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    iv = page[PAGE - RESERVE : PAGE - RESERVE + IV]
    body = page[start : PAGE - RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def pages(path: Path, key: bytes) -> list[bytes]:
    """Every page of the database file and of its WAL, decrypted with the raw key."""
    out = []
    raw = path.read_bytes()
    for index in range(0, len(raw) - PAGE + 1, PAGE):
        out.append(_decrypt(key, raw[index : index + PAGE], index == 0))
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        data = wal.read_bytes()
        offset = WAL_HEADER
        while offset + FRAME_HEADER + PAGE <= len(data):
            number = int.from_bytes(data[offset : offset + 4], "big")
            frame = data[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE]
            out.append(_decrypt(key, frame, number == 1))
            offset += FRAME_HEADER + PAGE
    return out


def residue(path: Path, key: bytes, *words: str) -> list[str]:
    """The words (UTF-8, any case given) found in any decrypted page or WAL frame."""
    blob = b"".join(pages(path, key))
    return [w for w in words if w.encode("utf-8") in blob]
