"""What the benchmarks on big demo desks share: a wordlist large enough for them.

The shipped pseudonym wordlists give 4.16 million combinations; a demo desk of a
few million calls needs more unique pseudonyms, so the benches build theirs with
a copy of hotline/data/ whose wordlists are padded with made-up syllable words.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path


def resources_overlay(base: Path, calls: int) -> Path:
    """The desk's resources, with wordlists large enough for `calls` distinct pseudonyms.

    Demo pseudonyms must be unique; a shipped wordlist too small for a million
    callers is widened with synthetic words for the bench only.
    """
    from hotline import resources

    source = resources.resources_dir()
    target = base / "resources"
    if not target.exists():
        shutil.copytree(source, target)
    words = json.loads((target / "pseudonym_words.json").read_text(encoding="utf-8"))
    combos = len(words["first"]) * len(words["second"]) * 900
    if combos < calls * 4:
        need = int((calls * 4 / 900) ** 0.5) + 1
        syllables = ["ba", "da", "qa", "la", "ma", "na", "ra", "sa", "ta", "za", "ka", "ya"]
        extra = [(a + b + c).capitalize() for a in syllables for b in syllables for c in syllables]
        words["first"] = list(dict.fromkeys(words["first"] + extra))[: max(need, 8)]
        words["second"] = list(dict.fromkeys(words["second"] + extra[::-1]))[: max(need, 8)]
        (target / "pseudonym_words.json").write_text(json.dumps(words), encoding="utf-8")
    return target
