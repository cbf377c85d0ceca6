"""Disclosure control, checked from the outside: whatever a table and every coarser request
publish, no count from 1 to k-1 can be worked out from them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from fractions import Fraction
from itertools import combinations, product

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.stats import disclosure
from app.services.stats.disclosure import Key, primary, suppress


def _grouped(counts: Mapping[Key, int], kept: tuple[int, ...]) -> dict[Key, int]:
    totals: dict[Key, int] = defaultdict(int)
    for key, count in counts.items():
        totals[tuple(key[i] for i in kept)] += count
    return dict(totals)


def _rank(rows: list[list[Fraction]]) -> int:
    """The rank of a matrix, by elimination over the rationals."""
    matrix = [row[:] for row in rows]
    rank = 0
    columns = len(matrix[0]) if matrix else 0
    for column in range(columns):
        pivot = next((r for r in range(rank, len(matrix)) if matrix[r][column]), None)
        if pivot is None:
            continue
        matrix[rank], matrix[pivot] = matrix[pivot], matrix[rank]
        for r in range(len(matrix)):
            if r != rank and matrix[r][column]:
                factor = matrix[r][column] / matrix[rank][column]
                matrix[r] = [a - factor * b for a, b in zip(matrix[r], matrix[rank], strict=True)]
        rank += 1
    return rank


def recoverable(
    counts: Mapping[Key, int], k: int, *, totals_alone: bool = False
) -> set[tuple[tuple[int, ...], Key]]:
    """The small counts — cells, or totals of a coarser grouping (named by the dimensions
    kept and their values) — an analyst can work out exactly from what the table publishes
    and what every coarser request publishes (each computed by its own call, as the API
    does); with ``totals_alone``, from the coarser requests only."""
    withheld = {key for key in counts if counts[key]} if totals_alone else suppress(counts, k)
    unknowns = sorted(withheld, key=repr)
    width = len(next(iter(counts)))
    rows: list[list[Fraction]] = []
    targets: list[tuple[tuple[tuple[int, ...], Key], set[Key]]] = []
    for size in range(width + 1):
        for kept in combinations(range(width), size):
            coarse = _grouped(counts, kept)
            hidden = suppress(coarse, k) if 0 < size < width else primary(coarse, k)
            for total_key, total in coarse.items():
                members = {key for key in unknowns if tuple(key[i] for i in kept) == total_key}
                if 0 < total < k:
                    targets.append(((kept, total_key), members))
                if size < width and total_key not in hidden and members:
                    rows.append([Fraction(int(key in members)) for key in unknowns])
    rank = _rank(rows) if rows else 0
    found = set()
    for name, members in targets:
        if not members:  # published as it is
            found.add(name)
            continue
        vector = [Fraction(int(key in members)) for key in unknowns]
        if _rank([*rows, vector]) == rank:
            found.add(name)
    return found


@st.composite
def tables(draw: st.DrawFn) -> dict[Key, int]:
    shape = draw(st.lists(st.integers(1, 4), min_size=1, max_size=3))
    cells = list(product(*(range(size) for size in shape)))
    counts = draw(
        st.lists(
            st.one_of(st.just(0), st.integers(1, 4), st.integers(5, 40)),
            min_size=len(cells),
            max_size=len(cells),
        )
    )
    return dict(zip(cells, counts, strict=True))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(counts=tables(), k=st.integers(2, 6))
def test_no_small_cell_can_be_worked_out(counts: dict[Key, int], k: int) -> None:
    withheld = suppress(counts, k)
    assert primary(counts, k) <= withheld
    assert all(counts[key] > 0 for key in withheld)
    # What the coarser totals give away by themselves, no table of cells can protect (a
    # known limit, documented); nothing more, neither a small cell nor a small total.
    assert recoverable(counts, k) <= recoverable(counts, k, totals_alone=True)


def test_small_totals_of_coarser_groupings_stay_hidden() -> None:
    """By facility and by sex everything is withheld; only the national 14 is published.
    Publishing MCA/male (10) would give KLK's total (4)."""
    counts: dict[Key, int] = {("MCA", "male"): 10, ("KLK", "male"): 1, ("KLK", "female"): 3}
    assert suppress(counts, 5) == set(counts)
    assert recoverable(counts, 5) == set()


def test_over_budget_the_table_is_withheld_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(disclosure, "AUDIT_BUDGET", 10)
    counts: dict[Key, int] = {(0, 0): 3, (0, 1): 40, (1, 0): 20, (1, 1): 30}
    assert suppress(counts, 5) == set(counts)


def test_the_answer_does_not_depend_on_the_order_of_the_cells() -> None:
    counts: dict[Key, int] = {
        (row, column): (row * 7 + column * 3) % 11 for row in range(4) for column in range(4)
    }
    backwards = dict(reversed(list(counts.items())))
    assert suppress(counts, 5) == suppress(backwards, 5)


def test_a_small_line_whose_total_is_withheld_does_not_spread() -> None:
    """A facility with 2 releases, all in one month: its total is withheld in the table by
    facility, so this table need not protect it along its row, only along its month."""
    counts: dict[Key, int] = {("KLK", "2026-11"): 2}
    for facility, month in product(("F1", "F2", "F3"), ("2026-09", "2026-10", "2026-11")):
        counts[facility, month] = 20 + len(counts)
    withheld = suppress(counts, 5)
    assert ("KLK", "2026-11") in withheld
    assert suppress(_grouped(counts, (0,)), 5) == {("KLK",), ("F1",)}
    assert len(withheld) < len(counts) / 2
    assert recoverable(counts, 5) == set()


def test_held_by_facility_and_age_band_keeps_most_cells() -> None:
    """Nobody else is under 18: the total of that age band is withheld by the request by
    age band (with a partner), so this table does not lose every cell."""
    counts: dict[Key, int] = {
        ("KLK", "25_29"): 3,
        ("KLK", "30_39"): 6,
        ("KLK", "40_plus"): 5,
        ("MCA", "18_24"): 4,
        ("MCA", "25_29"): 2,
        ("MCA", "30_39"): 9,
        ("MCA", "40_plus"): 13,
        ("MCA", "under_18"): 1,
        ("SEG", "40_plus"): 8,
    }
    withheld = suppress(counts, 5)
    assert primary(counts, 5) <= withheld
    assert withheld != set(counts)
    assert recoverable(counts, 5) == set()
