"""Checking a published file: its manifest's signature and the hash of the file beside it.

A recipient runs this (``hotline verify-export``) without the desk, on whatever they
were given: a good manifest, an altered file, a manifest signed anew by someone else,
the exported file itself, a download cut short, a folder. Every outcome is a problem
said in words (a :class:`hotline.said.Said` marked in the "export" context, so the
command line and the window say it in the user's language), never an exception.

The facts' names are marked in the "facts" context: the report shows them translated,
the dictionary keeps them in English for scripts.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hotline.crypto import signing
from hotline.export import notes
from hotline.export.manifest import MANIFEST_SUFFIX, canonical, fingerprint, sha256
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.said import Said

PUBLIC_KEY_BYTES = 32  # an Ed25519 public key
SIGNATURE_BYTES = 64
LARGEST = 4 * 1024 * 1024  # bytes read of what is given as a manifest

# The facts a check reports, by the names the report shows (translated) and scripts read.
FINGERPRINT = QT_TRANSLATE_NOOP("facts", "signing key fingerprint")
FACT_NAMES = {
    "table": QT_TRANSLATE_NOOP("facts", "table"),
    "period": QT_TRANSLATE_NOOP("facts", "period"),
    "audience": QT_TRANSLATE_NOOP("facts", "audience"),
    "k": QT_TRANSLATE_NOOP("facts", "k"),
    "exported_at": QT_TRANSLATE_NOOP("facts", "exported_at"),
    "file": QT_TRANSLATE_NOOP("facts", "file"),
}
CHAIN_HEAD = QT_TRANSLATE_NOOP("facts", "audit chain head")
VERDICT = QT_TRANSLATE_NOOP("facts", "audit verdict")
# The audit's verdicts, said in the report's language (another value is shown as written).
VERDICTS = {"passed": notes.PASSED, "failed": notes.FAILED}

# The manifest itself cannot be read.
NO_SUCH_FILE = QT_TRANSLATE_NOOP("export", "there is no manifest at {path}")
A_FOLDER = QT_TRANSLATE_NOOP(
    "export",
    "{path} is a folder, not a manifest: give the .manifest.json file that lies beside "
    "the exported file",
)
NOT_ALLOWED = QT_TRANSLATE_NOOP("export", "{path} may not be read (permission denied)")
NOT_READ = QT_TRANSLATE_NOOP("export", "{path} cannot be read ({reason})")
CUT_SHORT = QT_TRANSLATE_NOOP(
    "export",
    "{path} ends early: the manifest was cut short (a copy or a download that did not finish)",
)
NOT_JSON = QT_TRANSLATE_NOOP("export", "{path} is not an export manifest: it is not JSON text")
THE_FILE_ITSELF = QT_TRANSLATE_NOOP(
    "export",
    "{path} is not an export manifest but, it seems, the exported file itself: give its "
    "manifest {manifest}",
)
NO_FIELDS = QT_TRANSLATE_NOOP(
    "export", "{path} is not an export manifest: it holds none of a manifest's fields"
)
NO_SIGNATURE = QT_TRANSLATE_NOOP(
    "export", "{path} is not an export manifest: it carries no signature"
)
NO_SIGNING_KEY = QT_TRANSLATE_NOOP(
    "export", "{path} is not an export manifest: it carries no signing key"
)
BAD_SIGNATURE = QT_TRANSLATE_NOOP(
    "export", "the manifest's signature is not an Ed25519 signature: the manifest was changed"
)
BAD_SIGNING_KEY = QT_TRANSLATE_NOOP(
    "export", "the manifest's signing key is not an Ed25519 public key: the manifest was changed"
)
# The manifest reads; what its check finds.
SIGNATURE_MISMATCH = QT_TRANSLATE_NOOP(
    "export", "the signature does not match: the manifest was changed or not signed"
)
ANOTHER_KEY = QT_TRANSLATE_NOOP(
    "export",
    "the manifest is signed by another key than the desk's (its key's fingerprint is "
    "{found}, the desk's is {expected}): the file may have been altered and signed anew",
)
NAMES_NO_FILE = QT_TRANSLATE_NOOP("export", "the manifest names no file beside it")
FILE_MISSING = QT_TRANSLATE_NOOP("export", "the file {file} is not beside the manifest")
FILE_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "export", "the file {file} beside the manifest may not be read (permission denied)"
)
FILE_NOT_READ = QT_TRANSLATE_NOOP(
    "export", "the file {file} beside the manifest cannot be read ({reason})"
)
FILE_DIFFERS = QT_TRANSLATE_NOOP(
    "export", "the file {file} differs from the one the desk signed: it was altered"
)


@dataclass(frozen=True)
class Verification:
    ok: bool
    problems: tuple[str, ...]
    facts: dict[str, str] = field(default_factory=dict)


class Unreadable(Exception):
    """The manifest cannot be checked; `said` tells why."""

    def __init__(self, said: Said) -> None:
        super().__init__(str(said))
        self.said = said


def _text_of(path: Path) -> str:
    shown = str(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(LARGEST + 1)
    except FileNotFoundError:
        raise Unreadable(Said(NO_SUCH_FILE, path=shown)) from None
    except OSError as exc:
        if path.is_dir():  # IsADirectoryError; PermissionError on Windows
            raise Unreadable(Said(A_FOLDER, path=shown)) from None
        if isinstance(exc, PermissionError):
            raise Unreadable(Said(NOT_ALLOWED, path=shown)) from None
        reason = exc.strerror or type(exc).__name__
        raise Unreadable(Said(NOT_READ, path=shown, reason=reason)) from None
    if len(data) > LARGEST:  # a manifest is a few kilobytes: this is another file
        raise Unreadable(_not_json(path, cut=False))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise Unreadable(_not_json(path, cut=False)) from None


def _not_json(path: Path, *, cut: bool) -> Said:
    beside = path.with_name(path.name + MANIFEST_SUFFIX)
    if beside.is_file():
        return Said(THE_FILE_ITSELF, path=str(path), manifest=str(beside))
    return Said(CUT_SHORT if cut else NOT_JSON, path=str(path))


def _cut_short(text: str, exc: json.JSONDecodeError) -> bool:
    """JSON that was good up to where the text ends: an object or list still open, a
    string or a word (true, false, null) cut in the middle."""
    if text.lstrip()[:1] not in ("{", "["):
        return False
    rest = text[exc.pos :].rstrip()
    return (
        not rest
        or exc.msg.startswith("Unterminated string")
        or any(word.startswith(rest) for word in ("true", "false", "null"))
    )


def _body_of(path: Path) -> dict[str, Any]:
    text = _text_of(path)
    try:
        body = json.loads(text)
    except json.JSONDecodeError as exc:
        raise Unreadable(_not_json(path, cut=_cut_short(text, exc))) from None
    except (ValueError, RecursionError):
        raise Unreadable(_not_json(path, cut=False)) from None
    if not isinstance(body, dict) or not body:
        raise Unreadable(Said(NO_FIELDS, path=str(path)))
    return body


def _decoded(value: object, size: int) -> bytes | None:
    if not isinstance(value, str):
        return None
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == size else None


def _keys_of(path: Path, body: dict[str, Any]) -> tuple[bytes, bytes]:
    """The signature and the public key the manifest carries (popped from the body)."""
    if "signature" not in body:
        raise Unreadable(Said(NO_SIGNATURE, path=str(path)))
    carried = body.get("signing_key")
    if not isinstance(carried, dict) or "public_key" not in carried:
        raise Unreadable(Said(NO_SIGNING_KEY, path=str(path)))
    public = _decoded(carried["public_key"], PUBLIC_KEY_BYTES)
    if public is None:
        raise Unreadable(Said(BAD_SIGNING_KEY))
    signature = _decoded(body.pop("signature"), SIGNATURE_BYTES)
    if signature is None:
        raise Unreadable(Said(BAD_SIGNATURE))
    return signature, public


def _facts(body: dict[str, Any], public: bytes) -> dict[str, str]:
    facts = {FINGERPRINT: fingerprint(public)}
    for key, name in FACT_NAMES.items():
        facts[name] = str(body.get(key, ""))
    head = body.get("audit_chain_head") or {}
    if isinstance(head, dict):
        facts[CHAIN_HEAD] = f"{head.get('seq', '')} {str(head.get('hash', ''))[:16]}"
    audit = body.get("audit") or {}
    if isinstance(audit, dict):
        verdict = str(audit.get("verdict", ""))
        facts[VERDICT] = Said(VERDICTS[verdict]) if verdict in VERDICTS else verdict
    return facts


def _file_problem(path: Path, body: dict[str, Any]) -> Said | None:
    """What is wrong with the file the manifest names, or None when it is the one signed."""
    name = body.get("file")
    if not isinstance(name, str) or not name or Path(name).name != name:
        return Said(NAMES_NO_FILE)
    target = path.parent / name
    if not target.is_file():
        return Said(FILE_MISSING, file=name)
    try:
        data = target.read_bytes()
    except PermissionError:
        return Said(FILE_NOT_ALLOWED, file=name)
    except OSError as exc:
        return Said(FILE_NOT_READ, file=name, reason=exc.strerror or type(exc).__name__)
    if sha256(data) != body.get("file_sha256"):
        return Said(FILE_DIFFERS, file=name)
    return None


def verify(path: Path, expected_key: bytes | None = None) -> Verification:
    """Check the manifest's signature (against `expected_key` when given: the desk's
    export key from its key card) and the hash of the file beside it."""
    try:
        body = _body_of(path)
        signature, public = _keys_of(path, body)
    except Unreadable as exc:
        return Verification(False, (exc.said,))
    facts = _facts(body, public)
    problems: list[str] = []
    try:
        signed = canonical(body)
    except (ValueError, RecursionError):  # what json.loads took and json.dumps refuses
        signed = b""
    if not signed or not signing.verify(public, signed, signature):
        problems.append(Said(SIGNATURE_MISMATCH))
    if expected_key is not None and public != expected_key:
        problems.append(
            Said(ANOTHER_KEY, found=fingerprint(public), expected=fingerprint(expected_key))
        )
    found = _file_problem(path, body)
    if found is not None:
        problems.append(found)
    return Verification(not problems, tuple(problems), facts)
