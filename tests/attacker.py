"""An outsider's attack on every file the desk publishes, written apart from hotline.disclosure.

The outsider holds the CSV files (of one or both audiences) and knows the published
method: what each table counts and how the families are tied together by the desk's
own facts.  Unknowns, all non-negative, for one year:

* ``M[m,t]`` calls with content of month ``m`` counted on time under topic ``t``,
  ``L[m,t]`` the late ones (corrections published with month ``m``: saved late, or a
  corrected topic's new one), ``W[m,t]`` what corrections of month ``m`` withdrew;
* ``A_X[q,t,x]`` calls of quarter ``q``, topic ``t`` and value ``x`` of breakdown ``X``
  (sex, age, region, citizenship): quarters and the year add up closed months, so
  ``sum_x A_X[q,t,x] = sum_{m in q} M[m,t]`` for every breakdown;
* ``J[q,t,e,d]`` calls by exploitation ``e`` and destination ``d``: the tables by topic
  and exploitation, by topic and destination and by exploitation and destination (the
  calls naming both: a total there sums only the codes that table shows) are its sums;
* ``R[q,t,o,s]`` referrals (call-outcome pairs) by sex ``s`` of the person concerned: a
  call counts once per outcome, so ``R[q,t,o,s] <= A_sex[q,t,s]``, and every call with
  content has an outcome, so ``sum_o R[q,t,o,s] >= A_sex[q,t,s]``;
* ``P[m,t]`` persons concerned: each has a call reported in the month under that
  topic, so ``P[m,t] <= M[m,t] + L[m,t]``;
* ``N[m,kind]`` calls without content.

Given only topic margins in common, any set of breakdown tables is realised by
some joint set of calls, so these unknowns lose nothing against the full cross
classification.  Every published number is an equation; every suppressed cell is
bounded from below and above by linear programming (one HiGHS model, warm-started
from target to target).
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import highspy
import numpy as np

SUPPRESSED = "x"
TOTAL = "total"
INF = highspy.kHighsInf


def quarter_of(month: str) -> str:
    return f"{month[:4]}-Q{(int(month[5:7]) - 1) // 3 + 1}"


def months_of(period: str) -> list[str]:
    year = int(period[:4])
    if len(period) == 4:
        return [f"{year}-{m:02d}" for m in range(1, 13)]
    if period[5] == "Q":
        q = int(period[6])
        return [f"{year}-{m:02d}" for m in range(3 * q - 2, 3 * q + 1)]
    return [period]


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@dataclass
class Hidden:
    name: str
    atoms: list[int]
    k: int


@dataclass
class Outsider:
    """Reads files, then :meth:`ranges` bounds every suppressed cell."""

    year: int
    rows: list[tuple[str, dict[str, str]]] = field(default_factory=list)  # (audience, row)

    def read(self, path: Path, audience: str = "public") -> None:
        for row in read_rows(path):
            self.rows.append((audience, row))

    def read_all(self, files: Iterable[tuple[Path, str]]) -> None:
        for path, audience in files:
            self.read(path, audience)

    # --- the unknowns -----------------------------------------------------------------
    def _build(self) -> None:
        self.var: dict[tuple[str, ...], int] = {}
        self.values: dict[str, set[str]] = {}
        self.codes: dict[str, dict[str, set[str]]] = {}  # each table's own codes
        for _, row in self.rows:
            for i in ("1", "2"):
                dim, code = row[f"dimension_{i}"], row[f"code_{i}"]
                if dim and code != TOTAL:
                    self.values.setdefault(dim, set()).add(code)
                    self.codes.setdefault(row["table"], {}).setdefault(dim, set()).add(code)
        months = months_of(str(self.year))
        topics = sorted(self.values.get("topic", set()))
        for m in months:
            for t in topics:
                for fam in ("M", "L", "W", "P"):
                    self._v(fam, m, t)
            for kind in sorted(self.values.get("kind", set())):
                self._v("N", m, kind)
        joint = ("exploitation", "destination")  # one cross-classification (J)
        self.breakdowns = sorted(
            {
                row["dimension_2"]
                for _, row in self.rows
                if row["table"].startswith("calls_by_topic_")
                and row["table"] not in ("calls_by_topic_corrections", "calls_by_topic_withdrawn")
                and row["dimension_2"] not in joint
            }
        )
        if "sex" in self.values and "sex" not in self.breakdowns:
            self.breakdowns.append("sex")  # referrals by sex tie to the calls by sex
        self.joint = [sorted(self.values.get(d, {"*"})) for d in joint]
        self.sexes = sorted(self.values["sex"]) if "sex" in self.values else ["*"]
        quarters = sorted({quarter_of(m) for m in months})
        outcomes = sorted(self.values.get("outcome", set()))
        for q in quarters:
            for t in topics:
                for b in self.breakdowns:
                    for x in sorted(self.values[b]):
                        self._v(f"A_{b}", q, t, x)
                for e in self.joint[0]:
                    for d in self.joint[1]:
                        self._v("J", q, t, e, d)
                for o in outcomes:
                    for sex in self.sexes:
                        self._v("R", q, t, o, sex)
        self.topics, self.quarters = topics, quarters
        # the desk's own facts
        self.links: list[tuple[list[tuple[int, float]], float, float]] = []
        for q in quarters:
            qm = [m for m in months if quarter_of(m) == q]
            for t in topics:
                calls = [(self.var[("M", m, t)], -1.0) for m in qm]
                for b in self.breakdowns:
                    parts = [(self.var[(f"A_{b}", q, t, x)], 1.0) for x in self.values[b]]
                    self.links.append((parts + calls, 0.0, 0.0))
                cross = [
                    (self.var[("J", q, t, e, d)], 1.0) for e in self.joint[0] for d in self.joint[1]
                ]
                self.links.append((cross + calls, 0.0, 0.0))
                # a call counts once per outcome and has one, sex by sex
                for sex in self.sexes:
                    of_sex = [(self.var[("A_sex", q, t, sex)], -1.0)] if sex != "*" else calls
                    outs = [self.var[("R", q, t, o, sex)] for o in outcomes]
                    for r in outs:
                        self.links.append(([(r, 1.0), *of_sex], -INF, 0.0))
                    if outs:
                        self.links.append(([(r, 1.0) for r in outs] + of_sex, 0.0, INF))
        for m in months:
            for t in topics:
                self.links.append(
                    (
                        [
                            (self.var[("P", m, t)], 1.0),
                            (self.var[("M", m, t)], -1.0),
                            (self.var[("L", m, t)], -1.0),
                        ],
                        -INF,
                        0.0,
                    )
                )

    def _v(self, *key: str) -> int:
        return self.var.setdefault(key, len(self.var))

    def atoms(self, row: dict[str, str]) -> list[int]:
        table, period = row["table"], row["period"]
        months = months_of(period)
        quarters = sorted({quarter_of(m) for m in months})
        c1, d2, c2 = row["code_1"], row["dimension_2"], row["code_2"]

        def pick(values: Sequence[str], code: str) -> list[str]:
            return list(values) if code == TOTAL else [code]

        monthly = {
            "calls_by_topic": "M",
            "calls_by_topic_corrections": "L",
            "calls_by_topic_withdrawn": "W",
            "persons_by_topic": "P",
        }
        if table in monthly:
            fam = monthly[table]
            return [self.var[(fam, m, t)] for m in months for t in pick(self.topics, c1)]
        if table == "no_content_by_kind":
            kinds = sorted(self.values["kind"])
            return [self.var[("N", m, x)] for m in months for x in pick(kinds, c1)]
        codes = self.codes.get(table, {})
        joint = {"exploitation": 0, "destination": 1}

        def of(dim: str, code: str) -> list[str]:
            """A row's code, or the codes its total sums (those of this table)."""
            return pick(sorted(codes.get(dim, self.values.get(dim, {"*"}))), code)

        if table.startswith("calls_by_topic_") and d2 not in joint:
            xs = sorted(self.values[d2])
            return [
                self.var[(f"A_{d2}", q, t, x)]
                for q in quarters
                for t in pick(self.topics, c1)
                for x in pick(xs, c2)
            ]
        if table.startswith("calls_by_topic_") or table == "calls_by_exploitation_destination":
            shown = {row["dimension_1"]: c1, d2: c2}
            topics = pick(self.topics, shown.get("topic", TOTAL))
            es = of("exploitation", shown.get("exploitation", TOTAL))
            ds = of("destination", shown.get("destination", TOTAL))
            return [
                self.var[("J", q, t, e, d)]
                for q in quarters
                for t in topics
                for e in es
                for d in ds
            ]
        if table.startswith("referrals_by_"):
            shown = {row["dimension_1"]: c1, d2: c2}
            outs = pick(sorted(self.values["outcome"]), shown.get("outcome", TOTAL))
            sexes = pick(self.sexes, shown.get("sex", TOTAL))
            return [
                self.var[("R", q, t, o, sex)]
                for q in quarters
                for t in pick(self.topics, shown.get("topic", TOTAL))
                for o in outs
                for sex in sexes
            ]
        raise ValueError(f"the outsider does not know the table {table}")

    # --- the attack ---------------------------------------------------------------------
    def ranges(
        self, audiences: Sequence[str] = ("public", "partner"), exact: bool = False
    ) -> dict[str, Bound]:
        """Bounds of every suppressed cell of the files of these audiences, read together."""
        self._build()
        k_of = {"public": 10, "partner": 5}
        k_all = min(k_of[a] for a in audiences)
        equations: list[tuple[list[int], int]] = []
        targets: dict[str, Hidden] = {}
        for audience, row in self.rows:
            if audience not in audiences:
                continue
            atoms = self.atoms(row)
            name = f"{row['table']}/{row['period']}[{row['code_1']},{row['code_2']}]@{audience}"
            if row["count"] == SUPPRESSED:
                targets[name] = Hidden(name, atoms, k_all)
            else:
                equations.append((atoms, int(row["count"])))
        return solve(len(self.var), equations, self.links, list(targets.values()), exact)


@dataclass(frozen=True)
class Bound:
    lower: float
    upper: float
    k: int


def solve(
    n: int,
    equations: list[tuple[list[int], int]],
    links: list[tuple[list[tuple[int, float]], float, float]],
    targets: list[Hidden],
    exact: bool = False,
) -> dict[str, Bound]:
    """Bounds of the targets.  Unless ``exact``, a side that an earlier solution already
    settles for the verdict (a maximum of k or more, a minimum of 0) is not solved: the
    bound shown there is that solution's value."""
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.addVars(n, np.zeros(n), np.full(n, INF))
    for atoms, value in equations:
        idx = np.array(sorted(set(atoms)), dtype=np.int32)
        h.addRow(float(value), float(value), len(idx), idx, np.ones(len(idx)))
    for terms, lo, hi in links:
        idx = np.array([i for i, _ in terms], dtype=np.int32)
        h.addRow(lo, hi, len(idx), idx, np.array([c for _, c in terms]))
    out: dict[str, Bound] = {}
    previous = np.array([], dtype=np.int32)
    points: list[np.ndarray] = []
    reached: dict[str, float] = {}
    zeroed: set[str] = set()
    if not exact:
        reached, zeroed = _sweep(n, equations, links, targets)
    for target in targets:
        idx = np.array(sorted(set(target.atoms)), dtype=np.int32)
        if target.name in reached and target.name in zeroed:
            out[target.name] = Bound(0.0, reached[target.name], target.k)
            continue
        seen = [float(p[idx].sum()) for p in points]
        if target.name in reached:
            seen.append(reached[target.name])
        if target.name in zeroed:
            seen.append(0.0)
        if not exact and seen and min(seen) <= 1e-9 and max(seen) >= target.k:
            out[target.name] = Bound(0.0, max(seen), target.k)
            continue
        if len(previous):
            h.changeColsCost(len(previous), previous, np.zeros(len(previous)))
        h.changeColsCost(len(idx), idx, np.ones(len(idx)))
        previous = idx
        found = []
        for sense in (highspy.ObjSense.kMinimize, highspy.ObjSense.kMaximize):
            if not exact and seen:
                if sense == highspy.ObjSense.kMinimize and min(seen) <= 1e-9:
                    found.append(0.0)
                    continue
                if sense == highspy.ObjSense.kMaximize and max(seen) >= target.k:
                    found.append(max(seen))
                    continue
            h.changeObjectiveSense(sense)
            h.run()
            status = h.getModelStatus()
            if status == highspy.HighsModelStatus.kOptimal:
                found.append(float(h.getInfo().objective_function_value))
                points.append(np.asarray(h.getSolution().col_value, dtype=float))
                if len(points) > 40:
                    points.pop(0)
            elif (
                status
                in (
                    highspy.HighsModelStatus.kUnbounded,
                    highspy.HighsModelStatus.kUnboundedOrInfeasible,
                )
                and sense == highspy.ObjSense.kMaximize
            ):
                found.append(math.inf)
            else:
                raise AssertionError(f"{target.name}: the LP says {h.modelStatusToString(status)}")
        out[target.name] = Bound(found[0], found[1], target.k)
    return out


def _sweep(
    n: int,
    equations: list[tuple[list[int], int]],
    links: list[tuple[list[tuple[int, float]], float, float]],
    targets: list[Hidden],
) -> tuple[dict[str, float], set[str]]:
    """Feasible points that show many cells at once reaching k, or being 0.

    A model of its own: each target gets a column ``y <= k`` and a row ``y <= cell``, and
    the sum of the ``y`` of the targets not yet shown to reach k is maximised, again and
    again while a solve shows new ones.  Then the sum of the cells not yet shown to be 0
    is minimised the same way.  Every value kept is that of an optimal (so feasible)
    point of the attacker's own system.
    """
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    m = len(targets)
    h.addVars(n, np.zeros(n), np.full(n, INF))
    h.addVars(m, np.zeros(m), np.array([float(t.k) for t in targets]))
    for atoms, value in equations:
        idx = np.array(sorted(set(atoms)), dtype=np.int32)
        h.addRow(float(value), float(value), len(idx), idx, np.ones(len(idx)))
    for terms, lo, hi in links:
        idx = np.array([i for i, _ in terms], dtype=np.int32)
        h.addRow(lo, hi, len(idx), idx, np.array([c for _, c in terms]))
    cells = [np.array(sorted(set(t.atoms)), dtype=np.int32) for t in targets]
    for j, idx in enumerate(cells):
        h.addRow(
            -INF,
            0.0,
            len(idx) + 1,
            np.append(idx, n + j).astype(np.int32),
            np.append(-np.ones(len(idx)), 1.0),
        )
    reached: dict[str, float] = {}
    zeroed: set[str] = set()

    def look(x: np.ndarray) -> int:
        new = 0
        for t, idx in zip(targets, cells, strict=True):
            value = float(x[idx].sum())
            if value >= t.k - 1e-9 and t.name not in reached:
                reached[t.name] = value
                new += 1
            if value <= 1e-9 and t.name not in zeroed:
                zeroed.add(t.name)
                new += 1
        return new

    everything = np.arange(n + m, dtype=np.int32)
    for sense in (highspy.ObjSense.kMaximize, highspy.ObjSense.kMinimize):
        h.changeObjectiveSense(sense)
        while True:
            cost = np.zeros(n + m)
            for j, (t, idx) in enumerate(zip(targets, cells, strict=True)):
                if sense == highspy.ObjSense.kMaximize and t.name not in reached:
                    cost[n + j] = 1.0
                if sense == highspy.ObjSense.kMinimize and t.name not in zeroed:
                    cost[idx] += 1.0
            if not cost.any():
                break
            h.changeColsCost(n + m, everything, cost)
            h.run()
            if h.getModelStatus() != highspy.HighsModelStatus.kOptimal:
                break
            if not look(np.asarray(h.getSolution().col_value, dtype=float)[:n]):
                break
    return reached, zeroed


def leaks(ranges: dict[str, Bound]) -> dict[str, Bound]:
    """The suppressed cells narrowed: at most k-1, or known to hold somebody but maybe < k."""
    eps = 1e-6
    return {
        name: b for name, b in ranges.items() if b.upper < b.k - eps or eps < b.lower < b.k - eps
    }
