"""The rule for staff user names: what a name may hold, and which names look alike.

A name is shown in the audit log, the call log and the user list, and typed at
sign-in. Two names a person cannot tell apart (`admin` and `аdmin` with a
Cyrillic а, `ADMİN` with a dotted capital I) would let one user pass for another
in every one of them. So a new name is compared by its *skeleton*: NFKC, case
folded, the dot of İ dropped, and the letters of Cyrillic and Greek (and the
Latin ones) that look like a Latin letter replaced by it. A name whose skeleton
is another's is refused, and so is a name that mixes alphabets, which is how
such look-alikes are made.

Azerbaijani letters (ə ş ğ ç ö ü ı) are letters of the name, not look-alikes of
s, g or c: only ı is taken as i, since `admın` cannot be told from `admin`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from hotline.errors import DeskError, InvalidInput
from hotline.i18n import QT_TRANSLATE_NOOP

NAME_RULE = QT_TRANSLATE_NOOP("errors", "use 2 to 40 letters, digits, dots, dashes or underscores.")
MIN_LENGTH, MAX_LENGTH = 2, 40

# Letters (case folded) shown like a Latin letter in the fonts of the desk: Cyrillic,
# Greek, and the Latin ones easily taken for another (dotless ı, l and 1 for i, 0 for o).
LOOK_ALIKES = str.maketrans(
    {
        # Cyrillic
        "а": "a", "в": "b", "е": "e", "ё": "e", "һ": "h", "н": "h", "і": "i", "ї": "i",
        "ј": "j", "к": "k", "м": "m", "о": "o", "п": "n", "г": "r", "ь": "b", "р": "p", "ԛ": "q", "с": "c", "ѕ": "s",
        "т": "t", "у": "y", "ү": "y", "х": "x", "ԁ": "d", "ԝ": "w", "ɡ": "g",
        # Greek
        "α": "a", "β": "b", "ε": "e", "η": "h", "ι": "i", "κ": "k", "μ": "m", "ν": "v",
        "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ζ": "z", "γ": "y", "ω": "w",
        # Latin and digits
        "ı": "i", "l": "i", "1": "i", "0": "o",
    }
)  # fmt: skip
DOT_ABOVE = "\u0307"  # what casefold leaves of the dot of İ


class NameMixesAlphabets(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The user name {name} mixes letters of different alphabets ({alphabets}). Use the "
        "letters of one alphabet, so that it cannot be mistaken for another name.",
    )


class NameLooksLikeAnother(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The user name {name} cannot be told apart from the user name {other} the desk "
        "already has (letters that look alike, letter case and the dot of İ set aside). "
        "Choose a name that cannot be mistaken for it.",
    )


def skeleton(name: str) -> str:
    """What a name looks like: two names with one skeleton cannot be told apart."""
    folded = unicodedata.normalize("NFKC", name.strip()).casefold().replace(DOT_ABOVE, "")
    return folded.translate(LOOK_ALIKES)


def _alphabets(name: str) -> list[str]:
    found: list[str] = []
    for ch in name:
        if ch.isalpha():
            alphabet = unicodedata.name(ch, "UNKNOWN").split()[0]
            if alphabet not in found:
                found.append(alphabet)
    return found


def check_name(name: str, existing: Iterable[str] = ()) -> str:
    """The name as it is kept (NFKC, trimmed); refuses a malformed name, one that mixes
    alphabets, and one that looks like any of `existing`."""
    cleaned = unicodedata.normalize("NFKC", name.strip())
    if not (
        MIN_LENGTH <= len(cleaned) <= MAX_LENGTH
        and all(ch.isalnum() or ch in "._-" for ch in cleaned)
    ):
        raise InvalidInput(field="name", problem=NAME_RULE)
    alphabets = _alphabets(cleaned)
    if len(alphabets) > 1:
        raise NameMixesAlphabets(name=cleaned, alphabets=", ".join(a.title() for a in alphabets))
    mine = skeleton(cleaned)
    for other in existing:
        if skeleton(other) == mine:
            raise NameLooksLikeAnother(name=cleaned, other=other)
    return cleaned
