"""Where the export service counts and keeps its ledger: one interface, two places.

``ExportStore`` is what services/export.py asks of them: the counts by reporting month
(storage/exports.py's rules), the closed months and their closing with the snapshot
(storage/counted.py), and the ledger with its stored files. ``DeskExportStore`` is the
single-file desk's own tables; a centre's session hands out
storage/server/exports.CentreExportQueries, the same on its server.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from hotline.storage.closed_counts import ClosedCounts
from hotline.storage.counted import CountedRepository
from hotline.storage.exports import (
    CountRow,
    ExportQueries,
    LedgerEntry,
    NewLedgerEntry,
    StoredFile,
)


class ExportStore(Protocol):
    def counts(
        self,
        measure: str,
        dims: Sequence[str],
        first: str,
        last: str,
        zone_name: str | None,
        cache: ClosedCounts | None = None,
    ) -> list[CountRow]: ...

    def persons(
        self, month: str, zone_name: str | None, cache: ClosedCounts | None = None
    ) -> list[tuple[str, int]]: ...

    def closed(self) -> dict[str, str]: ...

    def close_months(self, months: Iterable[str], at: str, user_id: int) -> list[str]:
        """Close the months not closed yet, and keep what they count (their snapshot),
        inside the caller's transaction: the months newly closed."""
        ...

    def add_entry(self, entry: NewLedgerEntry) -> int: ...

    def entries(self, where: str = "", params: Sequence[Any] = ()) -> list[LedgerEntry]: ...

    def in_year(self, year: int, audiences: Sequence[str]) -> list[LedgerEntry]: ...

    def find(self, table_name: str, period: str, audience: str) -> list[LedgerEntry]: ...

    def store_file(self, ledger_id: int, file_name: str, content: bytes, manifest: str) -> None: ...

    def stored_file(self, ledger_id: int) -> StoredFile | None: ...

    def close(self) -> None:
        """Let go of what the store holds in memory (a centre's mirror)."""
        ...


class DeskExportStore(ExportQueries):
    """The desk's own tables (storage/exports.py, storage/counted.py)."""

    def __init__(self, db: Any, zone_name: str | None) -> None:
        super().__init__(db)
        self.zone_name = zone_name

    def close_months(self, months: Iterable[str], at: str, user_id: int) -> list[str]:
        closed_before = sorted(self.closed())
        newly = super().close_months(months, at, user_id)
        # What the closed months counted, kept: they are counted from it from now on.
        CountedRepository(self.db, self.zone_name).snapshot(newly, closed_before)
        return newly

    def close(self) -> None:
        """Nothing held: the desk's file is the session's."""
