"""The old log imported on a centre: the importer's checked calls through the outbox.

services/importer.py and sheet_import.py read, check and preview a file the same way on
the desk and on a centre; only storing differs. On a centre each call leaves the
workstation as a saved call does (centre_session.CentreBackend.sealed: its free text
sealed here, its pseudonyms and entities keyed), is kept in the person's outbox and sent
with its ``call.save`` entry in its own server transaction (services/outbox.py), the
administrator its enterer (schema step 14, storage/server/schema_import.py).

Its id is made from the row itself (PersonKeys.import_id: an HMAC under the centre's
persons secret of its content and of how many of the same rows came before it in the
file), so the same file imported again, after an interruption or on another
workstation, finds its calls on the server and stores none twice; the server, without
the secret, cannot read a row's content from its id. The calls already there are asked
for first, a block at a time, and skipped.

Unlike the desk's one transaction, calls reach the server a block at a time: a cancel
or a lost server stops the import between blocks, with what was stored said, and the
same import run again stores the rest.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Callable, Sequence

from hotline.crypto.person_keys import PersonKeys
from hotline.errors import DeskError
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.records import CallRecord
from hotline.services.call_backend import CallToSave, Imported
from hotline.services.centre_tasks import new_task_id
from hotline.services.outbox import LINE_DOWN, Outbox
from hotline.sheets.rows import Cancelled
from hotline.storage.server.calls import SealedCall
from hotline.storage.server.tasks import NewTask
from hotline.storage.tasks import MINORS_REPORTS
from hotline.taxonomy import Taxonomy
from hotline.validation import needs_minors_report

Seal = Callable[[CallToSave, int, tuple[NewTask, ...]], SealedCall]
Held = Callable[[list[int]], set[int]]
BLOCK = 100


class ImportStopped(Cancelled):
    """Cancelled between blocks on a centre: what reached the server stays there."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "The import was cancelled: {stored} of the file's {total} calls are on the centre. "
        "Import the same file again to store the rest; the calls already there are not "
        "stored twice.",
    )


class ImportNotSent(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The import stopped: the centre's server was lost or refused {kept} calls, kept on "
        "this workstation and sent when it takes them; {stored} of the file's {total} calls "
        "are on the centre. Import the same file again later: the calls already there are "
        "not stored twice.",
    )


def import_ids(persons: PersonKeys, records: Sequence[CallRecord]) -> list[int]:
    """Each record's call id: the same content at the same place among its equals of the
    file gives the same id on every workstation of the centre."""
    seen: Counter[str] = Counter()
    ids: list[int] = []
    for record in records:
        content = json.dumps(record.to_json(), ensure_ascii=False, sort_keys=True)
        seen[content] += 1
        ids.append(persons.import_id(f"hotline-import|{seen[content]}|{content}"))
    return ids


def _reports(importer: int) -> tuple[NewTask, ...]:
    """The reports on a child an imported call needs, as the desk's import makes them:
    on nobody's list, with no due date (an old call)."""
    return tuple(NewTask(new_task_id(), kind, importer, None, None) for kind in MINORS_REPORTS)


def store(
    seal: Seal,
    outbox: Outbox,
    held: Held,
    persons: PersonKeys,
    importer: int,
    taxonomy: Taxonomy,
    records: Sequence[CallRecord],
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    every: int = BLOCK,
) -> Imported:
    """Every record on the server, a block at a time (see the module's text)."""
    ids = import_ids(persons, records)
    total = len(records)
    stored = already = 0
    for start in range(0, total, every):
        if cancel is not None and cancel.is_set():
            raise ImportStopped(stored=stored + already, total=total)
        block = list(zip(records[start : start + every], ids[start : start + every], strict=True))
        try:
            there = held([call_id for _record, call_id in block])
        except LINE_DOWN as lost:  # the server went away between blocks
            raise ImportNotSent(
                kept=outbox.store.count(), stored=stored + already, total=total
            ) from lost
        fresh = [(r, i) for r, i in block if i not in there]
        already += len(block) - len(fresh)
        sealed = []
        for record, call_id in fresh:
            entered = record.with_changes(entered_by=importer)
            minors = needs_minors_report(entered, taxonomy)
            checked = CallToSave(entered, None, None, None, minors, None)
            sealed.append(seal(checked, call_id, _reports(importer) if minors else ()))
        outbox.keep_all(sealed)  # the block on this computer's disk in one commit
        if fresh:
            state = outbox.send_now()
            kept = [i for _r, i in fresh if outbox.store.holds(i)]
            stored += len(fresh) - len(kept)
            if state.offline or kept:
                raise ImportNotSent(kept=outbox.store.count(), stored=stored + already, total=total)
        if progress:
            progress(start + len(block), total)
    return Imported(stored, already)
