"""Every data file the program ships, loaded once at start.

A damaged installation (a file missing, edited into a shape the loaders refuse)
is then reported with its name before anyone signs in, instead of failing in
the middle of a call when the operator's form first needs the list.
"""

from __future__ import annotations

from hotline import passwords, pseudonyms, referrals, taxonomy, topic_keywords, what_to_say
from hotline.sheets import columns as import_columns


def check() -> None:
    """Raises DataFileDamaged naming the first bad file."""
    taxonomy.load()
    referrals.load()
    topic_keywords.load()
    import_columns.load()
    what_to_say.load()
    pseudonyms.wordlists()
    passwords.common_passwords()
