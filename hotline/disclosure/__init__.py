"""Disclosure control for the anonymised counts the desk exports.

A release is a set of cells (sums of non-negative integer atoms) from one or
more tables.  :func:`protect` decides which cells to publish: primary
suppression of every count below ``k`` (zeros too), secondary suppression by the
Gaussian elimination method of Statistics Norway, then the LP audit, hiding
more until it passes.  :func:`audit` is the attacker's method on its own: with
every published number (this release and earlier overlapping exports) as a
constraint on non-negative atoms, each suppressed cell must be able to be 0 and
to reach ``k`` (a cell the published numbers already show to hold at least
``k`` is the one exception; see :mod:`.attack` for why).

Building blocks: :class:`AtomSpace` numbers the atoms of a family of tables and
builds them (margins included) so that tables share atoms; :func:`table_from_counts`
builds one stand-alone table; :func:`earlier_export` turns an export-ledger
entry into the ``previously_published`` / ``previously_suppressed`` arguments.

Design notes (where this differs from a first sketch, and why):

- Results are keyed by :class:`CellRef` ``(table, period, key)``, not by bare
  keys: a release holds several tables whose keys repeat (every month has a
  ``("work_abroad",)`` cell).
- Earlier exports take part with their suppressed cells too
  (``previously_suppressed``), not only their published ones: without them a
  quarter published after its months could give away a cell a month hid, and
  the audit, looking only at the new release's hidden cells, would not notice.
- A suppressed cell the published numbers already show to hold at least ``k``
  passes only when it sums another suppressed cell (a total, a longer period);
  an interior cell known to be large would point at its small neighbour (see
  :mod:`.attack`).
- The desk's own facts (:class:`Fact`: a call counts once per outcome, every call
  has an outcome, persons are at most the calls) are constraints of the audit
  beside the published numbers, so families are attacked jointly.
- LP bounds are rounded inwards to whole numbers; ``integer=True`` adds an
  integer-programming proof where an LP vertex is fractional (see :mod:`.lp`).

Modules: :mod:`.model` (values and builders), :mod:`.gauss` (elimination),
:mod:`.lp` (the attacker's LPs: one warm-started HiGHS model), :mod:`.attack` (the
audit), :mod:`.suppress` (protect).  Pure Python on numpy and highspy, no I/O, no
logging: the caller builds the tables, keeps the ledger and writes the files.
"""

from hotline.disclosure.attack import audit
from hotline.disclosure.lp import Witnesses
from hotline.disclosure.model import (
    MIN_K,
    SUPPRESSED,
    TOTAL,
    AtomSpace,
    AuditReport,
    Cell,
    CellRef,
    Decision,
    Fact,
    Key,
    Table,
    check_k,
    earlier_export,
    published_cells,
    table_from_counts,
)
from hotline.disclosure.suppress import ProtectionError, protect, protect_audited

__all__ = [
    "MIN_K",
    "SUPPRESSED",
    "TOTAL",
    "AtomSpace",
    "AuditReport",
    "Cell",
    "CellRef",
    "Decision",
    "Fact",
    "Key",
    "ProtectionError",
    "Table",
    "Witnesses",
    "audit",
    "check_k",
    "earlier_export",
    "protect",
    "protect_audited",
    "published_cells",
    "table_from_counts",
]
