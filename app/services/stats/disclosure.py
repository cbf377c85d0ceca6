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
a chance of about one in 10^18). Tables with more than 150 withheld cells are
only treated by step 1, and then every line holding a withheld cell is withheld whole.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from itertools import combinations

Key = tuple[Hashable, ...]

PRIME = (1 << 61) - 1
# Beyond this many withheld cells the exact audit is not run (see the module's docstring).
MAX_AUDITED = 150


def primary(counts: Mapping[Key, int], k: int) -> set[Key]:
    """The cells counting between 1 and k-1 people."""
    return {key for key, count in counts.items() if 0 < count < k}


def suppress(counts: Mapping[Key, int], k: int) -> set[Key]:
    """The cells to withhold in a table of counts keyed by the values of its dimensions
    (all keys of one table have the same length)."""
    small = primary(counts, k)
    if not small:
        return small
    table = _Table(counts)
    withheld = set(small)
    while True:
        table.complete_lines(withheld)
        if len(withheld) > MAX_AUDITED:
            return table.withhold_lines(withheld)
        exposed = _determined(counts, withheld, small, table.width, k)
        if not exposed:
            return withheld
        for key in exposed:
            partner = table.partner(withheld, key)
            if partner is None:
                return table.withhold_lines(withheld)
            withheld.add(partner)


class _Table:
    """A table's lines along each dimension, indexed once."""

    def __init__(self, counts: Mapping[Key, int]) -> None:
        self.counts = counts
        self.width = len(next(iter(counts)))
        self.lines: list[dict[Key, list[Key]]] = []
        for dimension in range(self.width):
            lines: dict[Key, list[Key]] = defaultdict(list)
            for key in counts:
                lines[_rest(key, dimension)].append(key)
            self.lines.append(lines)
        # How many non-zero cells each line holds.
        self.filled = [
            {rest: sum(1 for key in keys if counts[key] > 0) for rest, keys in lines.items()}
            for lines in self.lines
        ]

    def through(self, key: Key) -> list[list[Key]]:
        return [self.lines[d][_rest(key, d)] for d in range(self.width)]

    def alone(self, key: Key) -> bool:
        """Whether the cell is the only non-zero one of a line through it (that line's
        total would give it away)."""
        return any(self.filled[d][_rest(key, d)] == 1 for d in range(self.width))

    def pick(self, candidates: Iterable[Key]) -> Key:
        return min(candidates, key=lambda key: (self.alone(key), self.counts[key], repr(key)))

    def complete_lines(self, withheld: set[Key]) -> None:
        """Until no line holds exactly one withheld cell, give such a line's one another
        of its non-zero cells."""
        changed = True
        while changed:
            changed = False
            for lines in self.lines:
                for line in lines.values():
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
        """The fallback: every non-zero cell of every line holding a withheld cell."""
        result = set(withheld)
        for lines in self.lines:
            for line in lines.values():
                if any(key in withheld for key in line):
                    result.update(key for key in line if self.counts[key] > 0)
        return result


def _rest(key: Key, dimension: int) -> Key:
    return key[:dimension] + key[dimension + 1 :]


def _determined(
    counts: Mapping[Key, int], withheld: set[Key], small: set[Key], width: int, k: int
) -> list[Key]:
    """The small withheld cells whose value follows from the published cells and the
    published totals of every coarser grouping."""
    unknowns = sorted(withheld, key=repr)
    column = {key: index for index, key in enumerate(unknowns)}
    equations: set[frozenset[int]] = set()
    for size in range(width):
        for kept in combinations(range(width), size):
            groups: dict[Key, list[Key]] = defaultdict(list)
            for key in counts:
                groups[tuple(key[i] for i in kept)].append(key)
            for members in groups.values():
                total = sum(counts[key] for key in members)
                if 0 < total < k:
                    continue  # withheld wherever it is published
                hidden = frozenset(column[key] for key in members if key in withheld)
                if hidden:
                    equations.add(hidden)
    pivots = _reduce([sorted(equation) for equation in equations])
    return [unknowns[index] for index in pivots if unknowns[index] in small]


def _reduce(rows: list[list[int]]) -> list[int]:
    """Gauss-Jordan elimination modulo a prime of 0/1 rows given as their non-zero
    columns; answers the columns whose value the system fixes (a reduced row holding
    that column alone)."""
    reduced: dict[int, dict[int, int]] = {}  # pivot column -> row, pivot coefficient 1
    for columns in rows:
        row = dict.fromkeys(columns, 1)
        for pivot in sorted(set(row) & set(reduced)):
            factor = row.get(pivot, 0)
            if factor:
                _subtract(row, reduced[pivot], factor)
        row = {index: value for index, value in row.items() if value}
        if not row:
            continue
        pivot = min(row)
        inverse = pow(row[pivot], PRIME - 2, PRIME)
        row = {index: value * inverse % PRIME for index, value in row.items()}
        for other in reduced.values():
            factor = other.get(pivot, 0)
            if factor:
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
