"""Folding text for the full-text index, so a search finds notes typed either way.

FTS5's unicode61 tokenizer folds case and most diacritics (ş->s, ğ->g, ö->o,
ü->u, ç->c, İ->i), but ə and the dotless ı are letters of their own. Notes
are indexed folded, and queries are folded the same way, so "saxlayir"
finds "saxlayır" and "deniz" finds "dəniz" on a keyboard without them.
"""

from __future__ import annotations

_TABLE = str.maketrans({"ə": "e", "Ə": "e", "ı": "i"})


def fold_az(text: str | None) -> str:
    return "" if text is None else text.translate(_TABLE)
