"""The keyed form of a centre's pseudonyms (hotline.crypto.person_keys), without a server:
the lookup value ignores case and spacing and differs under another centre's secret; the
ciphertext opens only for its own call and field, under its own secret; nothing of the
pseudonym is left in what the server gets."""

from __future__ import annotations

import os

from hotline.crypto.person_keys import PersonKeys, names_in_clear, without_persons

PSEUDONYM = "Bulud Limon 427"


def test_the_server_gets_a_lookup_value_and_a_ciphertext_only() -> None:
    keys = PersonKeys(os.urandom(32))
    coded = keys.keyed(7, {"caller_pseudonym": PSEUDONYM, "topics": ["labour"]})
    assert set(coded) == {"caller_key", "caller_sealed", "topics"}
    assert not names_in_clear(coded) and names_in_clear({"caller_pseudonym": PSEUDONYM})
    text = repr(coded).lower()
    assert "bulud" not in text and "limon" not in text
    assert keys.lookup(" bulud   LIMON427 ") == coded["caller_key"]
    assert PersonKeys(os.urandom(32)).lookup(PSEUDONYM) != coded["caller_key"]
    assert keys.caller(7, coded) == PSEUDONYM
    assert keys.shown(7, coded) == {"caller_pseudonym": PSEUDONYM, "concerned_pseudonym": None}
    assert keys.caller(8, coded) is None  # moved to another call: does not open
    assert keys.open(7, "concerned_pseudonym", coded["caller_sealed"]) is None
    assert PersonKeys(os.urandom(32)).caller(7, coded) is None
    assert keys.caller(7, {"caller_sealed": "not base64!"}) is None
    assert without_persons(coded) == {"topics": ["labour"]}
    assert keys.lookup("  ") == ""
