"""Disclosure control of statistical tables: no published figure may single out a person.

A count between 1 and k-1 is withheld (primary suppression). Since the totals of a table's
rows and columns — and every coarser total, down to the grand total — can be had from a
coarser request, withholding that cell alone is not enough:

1. Every coarser grouping of the table (summed over some of its dimensions) is put
   through the same control first, coarsest first, each exactly as its own request would
   be: the totals it withholds are unknown here, every other total is published.
2. Along every dimension, a line whose total is published and which holds exactly one
   withheld cell gives up another of its non-zero cells too, the smallest, preferring one
   that is not alone in another such line, until no such line holds exactly one.
3. Then the table is audited exactly: the withheld cells are the unknowns of the linear
   equations the published totals give. A small cell whose value they determine, or a
   group of cells whose sum they determine when that sum is a small total a coarser
   request withholds, is given more company, and the audit runs again.

The audit solves the system modulo a large prime (exact for the 0/1 sums involved, but for
a chance of about one in 10^18). The work of each grouping is bounded by a budget of
steps (AUDIT_BUDGET, a count of work, not time, so that the same data always gets the same
answer); a table whose control would exceed it is withheld whole.

The answer depends on the data alone: the cells are taken in a fixed order, whatever the
order they came in. The caller gives the dimensions in a fixed order too (a request's
``group_by`` order must not change what is withheld: two orders would publish different
cells of the same table).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping
from itertools import combinations

Key = tuple[Hashable, ...]
Dimensions = tuple[int, ...]

PRIME = (1 << 61) - 1
# Steps (cells visited, row entries touched) the control of one grouping may take: about
# a quarter of a second of work on one core.
AUDIT_BUDGET = 1_500_000


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
    (all keys of one table have the same length, and their values sort by ``repr``)."""
    if not primary(counts, k):
        return set()
    ordered = {key: counts[key] for key in sorted(counts, key=repr)}
    return _Groupings(ordered, k).withheld(tuple(range(len(next(iter(ordered))))))


class _Groupings:
    """A table and every coarser grouping of it, each put through disclosure control once,
    coarsest first: what a coarser request withholds is what this one may count as
    unknown."""

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
        return {key: totals[key] for key in sorted(totals, key=repr)}

    def withheld(self, kept: Dimensions) -> set[Key]:
        if kept not in self.done:
            self.done[kept] = self._suppress(kept)
        return self.done[kept]

    def _suppress(self, kept: Dimensions) -> set[Key]:
        counts = self.totals(kept)
        small = primary(counts, self.k)
        if not small or not kept:
            return small

        def hidden_total(positions: Dimensions, coarse: Key) -> bool:
            """Whether the coarser grouping on ``positions`` (of this table's dimensions)
            withholds the total ``coarse``."""
            return coarse in self.withheld(tuple(kept[p] for p in positions))

        budget = _Budget(AUDIT_BUDGET)
        try:
            table = _Table(counts, self.k, hidden_total, budget)
            withheld = set(small)
            while True:
                table.complete_lines(withheld)
                exposed = table.exposed(withheld, small)
                if not exposed:
                    return withheld
                grown = False
                for group in exposed:
                    partner = table.partner(withheld, group)
                    if partner is not None:
                        withheld.add(partner)
                        grown = True
                if not grown:
                    # Nothing is left to withhold: what the coarser totals give away by
                    # themselves, no choice of cells here can protect.
                    return withheld
        except _OverBudget:
            return {key for key, count in counts.items() if count > 0}


class _Table:
    """A table's lines along each dimension and its coarser groups, indexed once, and
    which of their totals the coarser groupings publish."""

    def __init__(
        self,
        counts: Mapping[Key, int],
        k: int,
        hidden_total: Callable[[Dimensions, Key], bool],
        budget: _Budget,
    ) -> None:
        self.counts = counts
        self.budget = budget
        self.width = len(next(iter(counts)))
        # Every coarser grouping: its published totals (the equations) and its small ones
        # (sums to protect), each with the cells it adds up.
        self.equations: list[list[Key]] = []
        self.small_totals: list[list[Key]] = []
        self.lines: list[dict[Key, list[Key]]] = [{} for _ in range(self.width)]
        for size in range(self.width):
            for positions in combinations(range(self.width), size):
                budget.spend(len(counts))
                groups: dict[Key, list[Key]] = defaultdict(list)
                for key in counts:
                    groups[tuple(key[p] for p in positions)].append(key)
                for coarse, members in groups.items():
                    total = sum(counts[key] for key in members)
                    if 0 < total < k:
                        self.small_totals.append(members)
                    if hidden_total(positions, coarse):
                        continue
                    self.equations.append(members)
                    if size == self.width - 1:
                        (free,) = set(range(self.width)) - set(positions)
                        self.lines[free][coarse] = members

    def through(self, key: Key) -> Iterable[list[Key]]:
        """The lines through a cell whose totals are published."""
        for d, lines in enumerate(self.lines):
            line = lines.get(key[:d] + key[d + 1 :])
            if line is not None:
                yield line

    def alone(self, key: Key) -> bool:
        """Whether the cell is the only non-zero one of a line with a published total
        (that total would give it away)."""
        return any(
            sum(1 for other in line if self.counts[other] > 0) == 1 for line in self.through(key)
        )

    def pick(self, candidates: list[Key]) -> Key:
        self.budget.spend(len(candidates) * (self.width + 1))
        return min(candidates, key=lambda key: (self.alone(key), self.counts[key], repr(key)))

    def complete_lines(self, withheld: set[Key]) -> None:
        """Until no line with a published total holds exactly one withheld cell, give such
        a line's one another of its non-zero cells."""
        changed = True
        while changed:
            changed = False
            for lines in self.lines:
                for line in lines.values():
                    self.budget.spend(len(line))
                    hidden = sum(1 for key in line if key in withheld)
                    if hidden != 1:
                        continue
                    others = [key for key in line if key not in withheld and self.counts[key] > 0]
                    if others:
                        withheld.add(self.pick(others))
                        changed = True

    def partner(self, withheld: set[Key], group: list[Key]) -> Key | None:
        """Another cell to withhold beside an exposed cell or group: from the lines
        through it first, then from anywhere in the table."""
        members = set(group)
        near = [
            other
            for key in group
            for line in self.through(key)
            for other in line
            if other not in withheld and other not in members and self.counts[other] > 0
        ]
        if near:
            return self.pick(near)
        self.budget.spend(len(self.counts))
        anywhere = [
            other
            for other in self.counts
            if other not in withheld and other not in members and self.counts[other] > 0
        ]
        return self.pick(anywhere) if anywhere else None

    def exposed(self, withheld: set[Key], small: set[Key]) -> list[list[Key]]:
        """The small withheld cells whose value follows from the published cells and the
        published totals, and the small coarser totals whose value does (the sum of their
        withheld cells, the rest being published)."""
        unknowns = sorted(withheld, key=repr)
        column = {key: index for index, key in enumerate(unknowns)}
        rows: set[frozenset[int]] = set()
        for members in self.equations:
            self.budget.spend(len(members))
            hidden = frozenset(column[key] for key in members if key in withheld)
            if hidden:
                rows.add(hidden)
        reduced = _reduce(sorted(sorted(row) for row in rows), self.budget)
        found: list[list[Key]] = [
            [key]
            for key in unknowns
            if key in small and _fixed([column[key]], reduced, self.budget)
        ]
        for members in self.small_totals:
            # Its non-zero cells are all small, so all withheld; one alone is checked above.
            indices = [column[key] for key in members if key in withheld]
            if len(indices) > 1 and _fixed(indices, reduced, self.budget):
                found.append(members)
        return found


def _reduce(rows: list[list[int]], budget: _Budget) -> dict[int, dict[int, int]]:
    """Gauss-Jordan elimination modulo a prime of 0/1 rows given as their non-zero
    columns: the reduced rows by their pivot column (pivot coefficient 1, zero in every
    other pivot column)."""
    reduced: dict[int, dict[int, int]] = {}
    for columns in rows:
        row = dict.fromkeys(columns, 1)
        for pivot in sorted(set(row) & set(reduced)):
            factor = row.get(pivot, 0)
            if factor:
                budget.spend(len(reduced[pivot]))
                _subtract(row, reduced[pivot], factor)
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
    return reduced


def _fixed(columns: list[int], reduced: dict[int, dict[int, int]], budget: _Budget) -> bool:
    """Whether the system fixes the sum of these unknowns (their 0/1 vector is a
    combination of its rows)."""
    if len(columns) == 1:
        row = reduced.get(columns[0])
        return row is not None and len(row) == 1
    vector = dict.fromkeys(columns, 1)
    for pivot in sorted(set(vector) & set(reduced)):
        factor = vector.get(pivot, 0)
        if factor:
            budget.spend(len(reduced[pivot]))
            _subtract(vector, reduced[pivot], factor)
    return not vector


def _subtract(row: dict[int, int], pivot_row: dict[int, int], factor: int) -> None:
    """row -= factor * pivot_row (mod the prime), dropping zeros."""
    for index, value in pivot_row.items():
        updated = (row.get(index, 0) - factor * value) % PRIME
        if updated:
            row[index] = updated
        else:
            row.pop(index, None)
