"""Reducing the attacker's system of equations before any LP is solved.

Variables are the atoms, non-negative; every published cell fixes the sum of its
atoms.  These steps change no bound of any hidden cell, and keep each LP small:

- atoms that lie in exactly the same cells are merged into one unknown (only
  their sum ever matters);
- a published sum with one unknown left fixes it, and a published sum of 0 fixes
  all its unknowns at 0; repeated until nothing changes, in exact integers
  (a negative remainder or a sum with nothing left to hold it is a contradiction);
- a published sum that is exactly the sum of other published sums (a grand total
  beside its row totals) is dropped after checking its value, since it would
  otherwise tie independent parts of a table together;
- what is left splits into independent *blocks* (unknowns connected through the
  remaining sums), and an unknown no sum mentions is *loose*: unbounded above.

For each published sum the reduction also keeps its *provenance*: the published
sums whose values went into fixing unknowns in it.  ``protect`` uses this to
find the published cells a too-narrow range depends on.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

from hotline.disclosure.gauss import atom_classes


class Inconsistent(Exception):
    """No non-negative counts satisfy all the figures together."""


@dataclass(frozen=True)
class BlockRows:
    """One independent block: its unknowns, and its sums as (row, unknowns, remainder)."""

    classes: list[int]
    rows: list[tuple[int, list[int], int]]


@dataclass(frozen=True)
class Reduced:
    """The reduced system.  Row numbers index the ``published`` sums given."""

    target_classes: list[list[int]]
    pinned: dict[int, int]
    pin_prov: dict[int, frozenset[int]]
    row_prov: list[frozenset[int]]
    loose: set[int]
    blocks: list[BlockRows]
    block_of: dict[int, int]


def _partition(whole: set[int], parts: list[set[int]]) -> list[int] | None:
    """Indices of disjoint ``parts`` that exactly cover ``whole``, if a greedy pass finds them.

    Tried in three orders (as given, largest first, smallest first); tables list
    their margins by kind (all row totals, then all column totals), so one of
    the passes finds the partition in the cases that matter.
    """
    orders = [
        list(range(len(parts))),
        sorted(range(len(parts)), key=lambda i: (-len(parts[i]), i)),
        sorted(range(len(parts)), key=lambda i: (len(parts[i]), i)),
    ]
    for order in orders:
        covered: set[int] = set()
        picked: list[int] = []
        for i in order:
            if covered.isdisjoint(parts[i]):
                covered |= parts[i]
                picked.append(i)
        if covered == whole:
            return picked
    return None


def _drop_redundant(rows: list[int], free: list[set[int]], rem: list[int]) -> list[int]:
    """The rows to keep: drop every row that is an exact sum of kept rows (value checked)."""
    kept: list[int] = []
    kept_by_class: dict[int, list[int]] = {}
    for r in sorted(rows, key=lambda r: (len(free[r]), r)):
        inside = sorted(
            {s for c in free[r] for s in kept_by_class.get(c, ()) if free[s] <= free[r]}
        )
        parts = _partition(free[r], [free[s] for s in inside])
        if parts is not None:
            if sum(rem[inside[i]] for i in parts) != rem[r]:
                raise Inconsistent
            continue
        kept.append(r)
        for c in free[r]:
            kept_by_class.setdefault(c, []).append(r)
    return sorted(kept)


def reduce_system(
    published: Sequence[tuple[frozenset[int], int]], targets: Sequence[frozenset[int]]
) -> Reduced:
    """Reduce the published sums (atom sets with values) for bounding ``targets``."""
    n_rows = len(published)
    n_classes, cls = atom_classes([a for a, _ in published] + list(targets))
    row_free = [set(c) for c in cls[:n_rows]]
    row_rem = [v for _, v in published]
    row_prov: list[set[int]] = [set() for _ in range(n_rows)]
    rows_of: list[list[int]] = [[] for _ in range(n_classes)]
    for r, classes in enumerate(row_free):
        for c in classes:
            rows_of[c].append(r)
    pinned: dict[int, int] = {}
    pin_prov: dict[int, frozenset[int]] = {}

    queue = deque(range(n_rows))
    queued = [True] * n_rows
    while queue:
        r = queue.popleft()
        queued[r] = False
        free, rem = row_free[r], row_rem[r]
        if rem < 0 or (not free and rem != 0):
            raise Inconsistent
        if not free or (rem > 0 and len(free) > 1):
            continue
        prov = frozenset(row_prov[r] | {r})
        value = rem if len(free) == 1 else 0  # one unknown takes the rest; a sum of 0 zeroes all
        for c in sorted(free):
            pinned[c] = value
            pin_prov[c] = prov
            for r2 in rows_of[c]:
                row_free[r2].discard(c)
                row_rem[r2] -= value
                row_prov[r2] |= prov
                if not queued[r2]:
                    queued[r2] = True
                    queue.append(r2)

    live = _drop_redundant([r for r in range(n_rows) if row_free[r]], row_free, row_rem)
    parent = list(range(n_classes))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    constrained: set[int] = set()
    for r in live:
        first, *rest = sorted(row_free[r])
        constrained.add(first)
        for c in rest:
            constrained.add(c)
            parent[find(c)] = find(first)
    members: dict[int, list[int]] = {}
    for c in sorted(constrained):
        members.setdefault(find(c), []).append(c)
    block_rows: dict[int, list[tuple[int, list[int], int]]] = {}
    for r in live:
        block_rows.setdefault(find(min(row_free[r])), []).append(
            (r, sorted(row_free[r]), row_rem[r])
        )
    blocks: list[BlockRows] = []
    block_of: dict[int, int] = {}
    for root in sorted(members, key=lambda x: members[x][0]):
        for c in members[root]:
            block_of[c] = len(blocks)
        blocks.append(BlockRows(members[root], block_rows[root]))
    return Reduced(
        target_classes=cls[n_rows:],
        pinned=pinned,
        pin_prov=pin_prov,
        row_prov=[frozenset(p) for p in row_prov],
        loose={c for c in range(n_classes) if c not in pinned and c not in constrained},
        blocks=blocks,
        block_of=block_of,
    )
