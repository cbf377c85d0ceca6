"""Disclosure control of statistical tables: no published figure may single out a person.

A count between 1 and k-1 is withheld (primary suppression). Since the totals of a table's
rows and columns — and every coarser total, down to the grand total — can be had from a
coarser query, withholding that cell alone is not enough:

1. Along every dimension, a line holding exactly one withheld cell gives up another of its
   non-zero cells too, the smallest, preferring one that is not alone in another line
   (whose total would give it away), until no line holds exactly one.
2. Then the table is audited exactly: with every published cell and every total of every
   coarser grouping known (those from 1 to k-1 excepted: they are withheld where they are
   published), the withheld cells are the unknowns of a system of linear equations; a
   small cell that the system determines is given more company, and the audit runs again.

The audit solves the system modulo a large prime (exact for the 0/1 sums involved, but for
a chance of about one in 10^18). The audits of a table have a budget of elimination steps
(AUDIT_BUDGET); a table whose audit would exceed it (thousands of withheld cells in three
or four dimensions) is only treated by step 1, and then every line holding a withheld cell
is withheld whole. The budget counts steps, not time, so that the same data always gets
the same answer.

Every coarser grouping is put through the same control first (each with its own budget,
as its own request would be), coarsest first, and the totals it withholds count as
unknown here: for counts that add up, the totals a coarser request publishes are exactly
those this table's audit takes as known.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping
from itertools import combinations

Key = tuple[Hashable, ...]

PRIME = (1 << 61) - 1
# Steps of elimination (row entries touched) the audits of one table may take, in all
# about half a second of work on one core (see the module's docstring).
AUDIT_BUDGET = 3_000_000


class _OverBudget(Exception):
    pass


class _Budget:
    def __init__(self, steps: int) -> None:
        self.left = steps

    def spend(self, steps: int) -> None:
        self.left -= steps
        if self.left < 0:
            raise _OverBudget


def primary(counts: Mapping[Key, int], k: int) -> set[Key]:
    """The cells counting between 1 and k-1 people."""
    return {key for key, count in counts.items() if 0 < count < k}


def suppress(counts: Mapping[Key, int], k: int) -> set[Key]:
    """The cells to withhold in a table of counts keyed by the values of its dimensions
    (all keys of one table have the same length)."""
    if not primary(counts, k):
        return set()
    return _Groupings(counts, k).withheld(tuple(range(len(next(iter(counts))))))


Dimensions = tuple[int, ...]


class _Groupings:
    """A table and every coarser grouping of it (the table summed over some of its
    dimensions), each put through disclosure control once, coarsest first: what a coarser
    request withholds is what this one may count as unknown."""

    def __init__(self, counts: Mapping[Key, int], k: int) -> None:
        self.counts = counts
        self.k = k
        self.width = len(next(iter(counts)))
        self.done: dict[Dimensions, set[Key]] = {}

    def totals(self, kept: Dimensions) -> Mapping[Key, int]:
        if len(kept) == self.width:
            return self.counts
        totals: dict[Key, int] = defaultdict(int)
        for key, count in self.counts.items():
            totals[tuple(key[i] for i in kept)] += count
        return totals

    def withheld(self, kept: Dimensions) -> set[Key]:
        if kept not in self.done:
            self.done[kept] = self._suppress(kept)
        return self.done[kept]

    def _suppress(self, kept: Dimensions) -> set[Key]:
        counts = self.totals(kept)
        small = primary(counts, self.k)
        if not small or not kept:
            return small

        def hidden_total(positions: Dimensions, key: Key) -> bool:
            """Whether the coarser grouping on ``positions`` (of this table's dimensions)
            withholds the total of ``key``'s cells."""
            coarse = tuple(key[p] for p in positions)
            return coarse in self.withheld(tuple(kept[p] for p in positions))

        table = _Table(counts, hidden_total)
        budget = _Budget(AUDIT_BUDGET)
        withheld = set(small)
        while True:
            table.complete_lines(withheld)
            try:
                exposed = table.determined(withheld, small, budget)
            except _OverBudget:
                return table.withhold_lines(withheld)
            if not exposed:
                return withheld
            for key in exposed:
                partner = table.partner(withheld, key)
                if partner is None:
                    return table.withhold_lines(withheld)
                withheld.add(partner)


class _Table:
    """A table's lines along each dimension, indexed once, and which of their totals the
    coarser groupings publish."""

    def __init__(self, counts: Mapping[Key, int], hidden_total: Callable[[Dimensions, Key], bool]):
        self.counts = counts
        self.hidden_total = hidden_total
        self.width = len(next(iter(counts)))
        self.lines: list[dict[Key, list[Key]]] = []
        self.published: list[dict[Key, bool]] = []
        for dimension in range(self.width):
            others = tuple(d for d in range(self.width) if d != dimension)
            lines: dict[Key, list[Key]] = defaultdict(list)
            for key in counts:
                lines[_rest(key, dimension)].append(key)
            self.lines.append(lines)
            self.published.append(
                {rest: not hidden_total(others, keys[0]) for rest, keys in lines.items()}
            )
        # How many non-zero cells each line holds.
        self.filled = [
            {rest: sum(1 for key in keys if counts[key] > 0) for rest, keys in lines.items()}
            for lines in self.lines
        ]

    def through(self, key: Key) -> list[list[Key]]:
        return [self.lines[d][_rest(key, d)] for d in range(self.width)]

    def alone(self, key: Key) -> bool:
        """Whether the cell is the only non-zero one of a line through it whose total is
        published (that total would give it away)."""
        return any(
            self.filled[d][rest] == 1 and self.published[d][rest]
            for d, rest in ((d, _rest(key, d)) for d in range(self.width))
        )

    def pick(self, candidates: Iterable[Key]) -> Key:
        return min(candidates, key=lambda key: (self.alone(key), self.counts[key], repr(key)))

    def complete_lines(self, withheld: set[Key]) -> None:
        """Until no line with a published total holds exactly one withheld cell, give such
        a line's one another of its non-zero cells."""
        changed = True
        while changed:
            changed = False
            for lines, published in zip(self.lines, self.published, strict=True):
                for rest, line in lines.items():
                    if not published[rest]:
                        continue
                    hidden = sum(1 for key in line if key in withheld)
                    if hidden != 1:
                        continue
                    others = [key for key in line if key not in withheld and self.counts[key] > 0]
                    if others:
                        withheld.add(self.pick(others))
                        changed = True

    def partner(self, withheld: set[Key], key: Key) -> Key | None:
        """Another cell to withhold beside an exposed one: from the lines through it
        first, then from anywhere in the table."""
        near = [
            other
            for line in self.through(key)
            for other in line
            if other not in withheld and self.counts[other] > 0
        ]
        if near:
            return self.pick(near)
        anywhere = [
            other for other in self.counts if other not in withheld and self.counts[other] > 0
        ]
        return self.pick(anywhere) if anywhere else None

    def withhold_lines(self, withheld: set[Key]) -> set[Key]:
        """The fallback: every non-zero cell of every line holding a withheld cell whose
        total is published."""
        result = set(withheld)
        for lines, published in zip(self.lines, self.published, strict=True):
            for rest, line in lines.items():
                if published[rest] and any(key in withheld for key in line):
                    result.update(key for key in line if self.counts[key] > 0)
        return result

    def determined(self, withheld: set[Key], small: set[Key], budget: _Budget) -> list[Key]:
        """The small withheld cells whose value follows from the published cells and the
        totals the coarser groupings publish."""
        unknowns = sorted(withheld, key=repr)
        column = {key: index for index, key in enumerate(unknowns)}
        equations: set[frozenset[int]] = set()
        for size in range(self.width):
            for positions in combinations(range(self.width), size):
                budget.spend(len(self.counts))
                groups: dict[Key, list[Key]] = defaultdict(list)
                for key in self.counts:
                    groups[tuple(key[p] for p in positions)].append(key)
                for members in groups.values():
                    if self.hidden_total(positions, members[0]):
                        continue
                    hidden = frozenset(column[key] for key in members if key in withheld)
                    if hidden:
                        equations.add(hidden)
        pivots = _reduce([sorted(equation) for equation in equations], budget)
        return [unknowns[index] for index in pivots if unknowns[index] in small]


def _rest(key: Key, dimension: int) -> Key:
    return key[:dimension] + key[dimension + 1 :]


def _reduce(rows: list[list[int]], budget: _Budget) -> list[int]:
    """Gauss-Jordan elimination modulo a prime of 0/1 rows given as their non-zero
    columns; answers the columns whose value the system fixes (a reduced row holding
    that column alone)."""
    reduced: dict[int, dict[int, int]] = {}  # pivot column -> row, pivot coefficient 1
    for columns in rows:
        row = dict.fromkeys(columns, 1)
        for pivot in sorted(set(row) & set(reduced)):
            factor = row.get(pivot, 0)
            if factor:
                budget.spend(len(reduced[pivot]))
                _subtract(row, reduced[pivot], factor)
        row = {index: value for index, value in row.items() if value}
        if not row:
            continue
        pivot = min(row)
        inverse = pow(row[pivot], PRIME - 2, PRIME)
        row = {index: value * inverse % PRIME for index, value in row.items()}
        budget.spend(len(reduced))
        for other in reduced.values():
            factor = other.get(pivot, 0)
            if factor:
                budget.spend(len(row))
                _subtract(other, row, factor)
        reduced[pivot] = row
    return [pivot for pivot, row in reduced.items() if len(row) == 1]


def _subtract(row: dict[int, int], pivot_row: dict[int, int], factor: int) -> None:
    """row -= factor * pivot_row (mod the prime), dropping zeros."""
    for index, value in pivot_row.items():
        updated = (row.get(index, 0) - factor * value) % PRIME
        if updated:
            row[index] = updated
        else:
            row.pop(index, None)
