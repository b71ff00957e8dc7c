"""Every random decision the sampler makes goes through one small object: a chooser.

A chooser answers three questions: which of these options, which integer in a range, and
yes or no with some probability. Each question carries a label naming the decision (the
production or the sampler step that asks), so a derivation is fully determined by the
sequence of answers. Production runs use ``RandomChooser`` (a seeded ``random.Random``: the
same seed gives the same kernel in any process); the tests drive the same sampler with
Hypothesis's own data (``tests/strategies.py``), so a failing kernel shrinks to a minimal
derivation, as in Hypothesis's choice sequence.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from typing import Protocol, TypeVar

T = TypeVar("T")


class Chooser(Protocol):
    def choice(self, label: str, options: Sequence[T], weights: Sequence[float] | None = None) -> T:
        """One of ``options`` (non-empty), by ``weights`` when given (each >= 0, some > 0)."""

    def integer(self, label: str, low: int, high: int) -> int:
        """An integer in ``[low, high]``; smaller is simpler."""

    def boolean(self, label: str, p: float) -> bool:
        """True with probability ``p``."""

    def repetitions(self, label: str, low: int, high: int) -> Iterator[int]:
        """Indices of a repetition of between ``low`` and ``high`` items; the caller may stop early."""

    def shuffled(self, label: str, items: Sequence[T]) -> list[T]:
        """``items`` in an order of the chooser's picking."""


class RandomChooser:
    """Decisions drawn from a seeded ``random.Random``: reproducible from the seed alone."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    def choice(self, label: str, options: Sequence[T], weights: Sequence[float] | None = None) -> T:
        if weights is None:
            return self.rng.choice(options)
        return self.rng.choices(options, weights=weights)[0]

    def integer(self, label: str, low: int, high: int) -> int:
        return self.rng.randint(low, high)

    def boolean(self, label: str, p: float) -> bool:
        return self.rng.random() < p

    def repetitions(self, label: str, low: int, high: int) -> Iterator[int]:
        return iter(range(self.integer(label, low, high)))

    def shuffled(self, label: str, items: Sequence[T]) -> list[T]:
        result = list(items)
        self.rng.shuffle(result)
        return result
