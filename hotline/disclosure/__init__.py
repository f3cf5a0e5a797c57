"""Disclosure control for the anonymised counts the desk exports.

A release is a set of cells (sums of non-negative integer atoms) from one or
more tables.  :func:`protect` decides which cells to publish: primary
suppression of every count below ``k``, secondary suppression by the Gaussian
elimination method of Statistics Norway, then the LP audit, hiding more until it
passes.  :func:`audit` is the attacker's method on its own: with every published
number (this release and earlier overlapping exports) as a constraint, the range
of each suppressed cell must run from 0 to at least ``k``.

Pure Python (numpy and scipy), no I/O: the caller builds the tables, keeps the
ledger of earlier exports and writes the files.
"""

from hotline.disclosure.attack import audit
from hotline.disclosure.model import (
    MIN_K,
    SUPPRESSED,
    TOTAL,
    AtomSpace,
    AuditReport,
    Cell,
    CellRef,
    Decision,
    Key,
    Table,
    check_k,
    earlier_export,
    published_cells,
    table_from_counts,
)
from hotline.disclosure.suppress import ProtectionError, protect

__all__ = [
    "MIN_K",
    "SUPPRESSED",
    "TOTAL",
    "AtomSpace",
    "AuditReport",
    "Cell",
    "CellRef",
    "Decision",
    "Key",
    "ProtectionError",
    "Table",
    "audit",
    "check_k",
    "earlier_export",
    "protect",
    "published_cells",
    "table_from_counts",
]
