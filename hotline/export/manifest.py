"""The signed JSON manifest written beside every exported file, and its check.

The manifest says what the file holds (tables, period, k, audience, method,
software and taxonomy versions, time, the audit's verdict, the head of the
desk's audit chain) and carries the file's SHA-256.  The desk's Ed25519 export
key signs the canonical JSON of everything but the signature; the public key is
in the manifest, and its fingerprint is what a recipient compares with the one
the desk gave them (its key card); :mod:`hotline.export.verification` checks one.
"""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

from hotline import __version__
from hotline.crypto import signing
from hotline.export.notes import method_text
from hotline.export.release import Release

MANIFEST_SUFFIX = ".manifest.json"
MANIFEST_VERSION = 1


def manifest_path(out: Path) -> Path:
    return out.with_name(out.name + MANIFEST_SUFFIX)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fingerprint(public: bytes) -> str:
    """A short, readable fingerprint of the desk's export key."""
    digest = hashlib.sha256(public).hexdigest()[:32]
    return ":".join(digest[i : i + 4] for i in range(0, 32, 4))


def canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def build(
    release: Release,
    *,
    file_name: str,
    fmt: str,
    content: bytes,
    language: str,
    ledger_id: int,
    audit_head: tuple[int, bytes],
    public_key: bytes,
    private_key: bytes,
) -> str:
    """The signed manifest as JSON text."""
    seq, head_hash = audit_head
    body: dict[str, Any] = {
        "manifest_version": MANIFEST_VERSION,
        "file": file_name,
        "format": fmt,
        "language": language,  # of the labels; codes and numbers are the same in every one
        "file_sha256": sha256(content),
        "tables": [
            {"name": t.name, "period": t.period, "dimensions": list(t.dims)} for t in release.tables
        ],
        "table": release.table,
        "period": release.period,
        "audience": release.audience,
        "k": release.k,
        "method": method_text(language),  # in the language of the file it goes with
        "software": f"hotline {__version__}",
        "taxonomy_version": release.taxonomy_version,
        "exported_at": release.exported_at,
        "audit": release.audit.to_json(),
        "audit_chain_head": {"seq": seq, "hash": head_hash.hex()},
        "ledger_id": ledger_id,
    }
    return signed(body, public_key, private_key)


def language_of(manifest_text: str) -> str:
    """The language of a stored file's labels (files before the choice were English)."""
    return str(json.loads(manifest_text).get("language", "en"))


def signed(body: dict[str, Any], public_key: bytes, private_key: bytes) -> str:
    """The body with the desk's key and its signature over everything else, as JSON text
    (`verify` checks any manifest made so: an export's, the audit's)."""
    body = dict(body)
    body["signing_key"] = {
        "algorithm": "Ed25519",
        "public_key": base64.b64encode(public_key).decode(),
        "fingerprint": fingerprint(public_key),
    }
    signature = signing.sign(private_key, canonical(body))
    body["signature"] = base64.b64encode(signature).decode()
    return json.dumps(body, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
