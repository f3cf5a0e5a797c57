"""The password rules of SECURITY.md (NIST SP 800-63B rev. 4, single factor).

At least 15 characters, passphrases welcome, no composition rules; the
commonest passwords and trivial patterns are refused.
"""

from __future__ import annotations

import itertools
import unicodedata
from functools import lru_cache

from hotline import resources
from hotline.errors import DataFileDamaged, WeakPassword
from hotline.i18n import QT_TRANSLATE_NOOP

MIN_LENGTH = 15
MAX_LENGTH = 256
COMMON_FILE = "common_passwords.txt"

TOO_SHORT = QT_TRANSLATE_NOOP("errors", "it must have at least 15 characters.")
TOO_LONG = QT_TRANSLATE_NOOP("errors", "it must have at most 256 characters.")
COMMON = QT_TRANSLATE_NOOP("errors", "it is one of the commonest passwords.")
PATTERN = QT_TRANSLATE_NOOP("errors", "it is a repeated or sequential pattern.")
HAS_NAME = QT_TRANSLATE_NOOP("errors", "it contains the user name.")


def normalise(password: str) -> str:
    """NFC, so that the same passphrase typed on another keyboard layout unlocks."""
    return unicodedata.normalize("NFC", password)


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    # A missing list must not quietly let "password" passwords through: the loader
    # raises DataFileDamaged instead of returning an empty set.
    try:
        lines = resources.path(COMMON_FILE).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        raise DataFileDamaged(name=COMMON_FILE, reason="missing or unreadable") from None
    return frozenset(
        line.strip().lower() for line in lines if line.strip() and not line.startswith("#")
    )


def _is_pattern(text: str) -> bool:
    lowered = text.lower()
    if len(set(lowered)) <= 2:
        return True
    for size in range(1, len(lowered) // 2 + 1):
        unit = lowered[:size]
        if len(lowered) % size == 0 and unit * (len(lowered) // size) == lowered:
            return True
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(lowered)}
    return steps <= {1} or steps <= {-1}


RULES = (TOO_SHORT, TOO_LONG, COMMON, PATTERN, HAS_NAME)  # in the order they are checked


def broken_rules(password: str, user_name: str = "") -> list[str]:
    """Every rule the password breaks (RULES' problems, in order): shown live as typed."""
    text = normalise(password)
    broken = []
    if len(text) < MIN_LENGTH:
        broken.append(TOO_SHORT)
    if len(text) > MAX_LENGTH:
        broken.append(TOO_LONG)
    compact = "".join(text.lower().split())
    if compact in common_passwords() or text.lower() in common_passwords():
        broken.append(COMMON)
    if not compact or _is_pattern(compact):
        broken.append(PATTERN)
    name = user_name.lower()
    if len(name) >= 3 and name in text.lower() and len(text.lower().replace(name, "")) < MIN_LENGTH:
        broken.append(HAS_NAME)
    return broken


def check(password: str, user_name: str = "") -> None:
    """Raise WeakPassword with the reason when the password is refused."""
    broken = broken_rules(password, user_name)
    if broken:
        raise WeakPassword(problem=broken[0])
