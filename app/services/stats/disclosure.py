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
a chance of about one in 10^18). Tables with more than a few hundred withheld cells are
only treated by step 1, and then every line holding a withheld cell is withheld whole.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from itertools import combinations

Key = tuple[Hashable, ...]

PRIME = (1 << 61) - 1
# Beyond this many withheld cells the exact audit is not run (see the module's docstring).
MAX_AUDITED = 400


def primary(counts: Mapping[Key, int], k: int) -> set[Key]:
    """The cells counting between 1 and k-1 people."""
    return {key for key, count in counts.items() if 0 < count < k}


def suppress(counts: Mapping[Key, int], k: int) -> set[Key]:
    """The cells to withhold in a table of counts keyed by the values of its dimensions
    (all keys of one table have the same length)."""
    small = primary(counts, k)
    if not small:
        return small
    width = len(next(iter(counts)))
    withheld = set(small)
    while True:
        _complete_lines(counts, withheld, width)
        if len(withheld) > MAX_AUDITED:
            return _withhold_lines(counts, withheld, width)
        exposed = _determined(counts, withheld, small, width, k)
        if not exposed:
            return withheld
        for key in exposed:
            partner = _partner(counts, withheld, key, width)
            if partner is None:
                return _withhold_lines(counts, withheld, width)
            withheld.add(partner)


def _lines(keys: Iterable[Key], dimension: int) -> list[list[Key]]:
    """The cells grouped by every dimension but one: the rows (or columns) of the table
    along ``dimension``."""
    lines: dict[Key, list[Key]] = defaultdict(list)
    for key in keys:
        lines[_rest(key, dimension)].append(key)
    return list(lines.values())


def _rest(key: Key, dimension: int) -> Key:
    return key[:dimension] + key[dimension + 1 :]


def _pick(counts: Mapping[Key, int], candidates: Sequence[Key], width: int) -> Key:
    """The smallest candidate, preferring one that is not the only non-zero cell of a line
    through it (that line's total would give it away)."""
    filled: dict[tuple[int, Key], int] = defaultdict(int)
    for key, count in counts.items():
        if count > 0:
            for dimension in range(width):
                filled[dimension, _rest(key, dimension)] += 1

    def alone(key: Key) -> bool:
        return any(filled[dimension, _rest(key, dimension)] == 1 for dimension in range(width))

    return min(candidates, key=lambda key: (alone(key), counts[key], repr(key)))


def _complete_lines(counts: Mapping[Key, int], withheld: set[Key], width: int) -> None:
    changed = True
    while changed:
        changed = False
        for dimension in range(width):
            for line in _lines(counts, dimension):
                hidden = [key for key in line if key in withheld]
                if len(hidden) != 1:
                    continue
                others = [key for key in line if key not in withheld and counts[key] > 0]
                if others:
                    withheld.add(_pick(counts, others, width))
                    changed = True


def _partner(counts: Mapping[Key, int], withheld: set[Key], key: Key, width: int) -> Key | None:
    """Another cell to withhold beside an exposed one: from the lines through it first,
    then from anywhere in the table."""
    near = [
        other
        for dimension in range(width)
        for line in _lines(counts, dimension)
        if key in line
        for other in line
        if other not in withheld and counts[other] > 0
    ]
    if near:
        return _pick(counts, near, width)
    anywhere = [other for other in counts if other not in withheld and counts[other] > 0]
    return _pick(counts, anywhere, width) if anywhere else None


def _withhold_lines(counts: Mapping[Key, int], withheld: set[Key], width: int) -> set[Key]:
    """The fallback: every non-zero cell of every line holding a withheld cell."""
    result = set(withheld)
    for dimension in range(width):
        for line in _lines(counts, dimension):
            if any(key in withheld for key in line):
                result.update(key for key in line if counts[key] > 0)
    return result


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
