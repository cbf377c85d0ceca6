"""Disclosure control of statistical tables: no published figure may single out a person.

A count between 1 and k-1 is withheld (primary suppression). Since the totals of a table's
rows and columns can be had from a coarser query, a withheld cell alone in its row or
column could be recovered by subtraction; so, along every dimension, a line holding exactly
one withheld cell gives up its smallest other non-zero cell too (complementary
suppression), until no line holds exactly one. A line whose other cells are all zero needs
nothing more: its total is then itself below k, and withheld wherever it is published.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence

Key = tuple[Hashable, ...]


def primary(counts: Mapping[Key, int], k: int) -> set[Key]:
    """The cells counting between 1 and k-1 people."""
    return {key for key, count in counts.items() if 0 < count < k}


def suppress(counts: Mapping[Key, int], k: int) -> set[Key]:
    """The cells to withhold in a table of counts keyed by the values of its dimensions
    (all keys of one table have the same length)."""
    withheld = primary(counts, k)
    if not withheld:
        return withheld
    width = len(next(iter(counts)))
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
                    withheld.add(min(others, key=lambda key: (counts[key], repr(key))))
                    changed = True
    return withheld


def _lines(counts: Mapping[Key, int], dimension: int) -> list[Sequence[Key]]:
    """The cells grouped by every dimension but one: the rows (or columns) of the table
    along ``dimension``."""
    lines: dict[Key, list[Key]] = defaultdict(list)
    for key in counts:
        lines[key[:dimension] + key[dimension + 1 :]].append(key)
    return list(lines.values())
