"""The JSON encoders of what is hashed or signed (row digests, audit entries), made once.

`json.JSONEncoder.encode` builds a new C encoder at every call (and a dict of the
objects seen, against cycles): for the small documents a save hashes, that took
longer than the encoding. `compact` makes the C encoder once, with the same
settings, and writes exactly what `JSONEncoder(...).encode` writes (a test compares
them); without the C accelerator it is that encode.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from json import encoder as _json_encoder
from typing import Any

Encode = Callable[[Any], str]


def compact(
    *,
    separators: tuple[str, str] = (", ", ": "),
    sort_keys: bool = False,
    default: Callable[[Any], Any] | None = None,
) -> Encode:
    """JSONEncoder(ensure_ascii=False, separators=..., sort_keys=..., default=...).encode,
    for documents without cycles (those hashed here are built fresh, of plain values)."""
    plain = json.JSONEncoder(
        ensure_ascii=False, separators=separators, sort_keys=sort_keys, default=default
    )
    make = getattr(_json_encoder, "c_make_encoder", None)
    basestring = getattr(_json_encoder, "c_encode_basestring", None)
    if make is None or basestring is None:
        return plain.encode
    item_separator, key_separator = separators
    encoder = make(
        None,  # no cycle check: nothing hashed here refers to itself
        plain.default,
        basestring,
        None,  # no indent
        key_separator,
        item_separator,
        sort_keys,
        False,  # skipkeys
        True,  # allow_nan, as JSONEncoder
    )

    def encode(value: Any) -> str:
        return "".join(encoder(value, 0))

    return encode
