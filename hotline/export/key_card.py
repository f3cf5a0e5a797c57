"""The key card: the desk's export public key and its fingerprint, to hand to partners.

A recipient pins the key (``hotline verify-export MANIFEST --key KEY``); without it a
file altered and signed anew with another key would look signed. The card is said in
the language asked (the command line's, or ``--language``); the key, its fingerprint
and the command stay as they are in every language.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass

from hotline.export.manifest import fingerprint
from hotline.i18n import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]
CONTEXT = "export"

TITLE = QT_TRANSLATE_NOOP(CONTEXT, "Hotline 152: the desk's export signing key")
KEY = QT_TRANSLATE_NOOP(CONTEXT, "Key (Ed25519, base64): {key}")
FINGERPRINT = QT_TRANSLATE_NOOP(CONTEXT, "Fingerprint: {fingerprint}")
HOW = QT_TRANSLATE_NOOP(CONTEXT, "To check a file the desk published, run:")
COMMAND = "hotline verify-export FILE.manifest.json --key {key}"
COMPARE = QT_TRANSLATE_NOOP(
    CONTEXT,
    "Before trusting this key, read its fingerprint aloud with the desk by telephone: "
    "both must be the same.",
)
ANOTHER = QT_TRANSLATE_NOOP(
    CONTEXT,
    "A file whose manifest is signed by any other key is not as this desk published it.",
)


@dataclass(frozen=True)
class KeyCard:
    """The card in one language: what it says, line by line (the text card prints them;
    the one-page PDF draws them, the key, its fingerprint and the command in a fixed-width
    type)."""

    title: str
    key_line: str
    fingerprint_line: str
    how: str
    command: str
    compare: str
    another: str
    key: str
    fingerprint: str

    @property
    def lines(self) -> tuple[str, ...]:
        return (
            self.key_line,
            self.fingerprint_line,
            self.how,
            "    " + self.command,
            self.compare,
            self.another,
        )

    def text(self) -> str:
        return "\n".join([self.title, *self.lines]) + "\n"


def key_text(public: bytes) -> str:
    return base64.b64encode(public).decode("ascii")


def card(public: bytes, translate: Translate) -> KeyCard:
    """The card of the export public key `public`, in the language of `translate`."""
    key, printed = key_text(public), fingerprint(public)

    def said(text: str, **params: str) -> str:
        return translate(CONTEXT, text).format(**params)

    return KeyCard(
        title=said(TITLE),
        key_line=said(KEY, key=key),
        fingerprint_line=said(FINGERPRINT, fingerprint=printed),
        how=said(HOW),
        command=COMMAND.format(key=key),
        compare=said(COMPARE),
        another=said(ANOTHER),
        key=key,
        fingerprint=printed,
    )
