"""Hypothesis strategies for kernels: the sampler's decisions come from Hypothesis's own data,
so a failing kernel shrinks to a minimal derivation (fewer statements, simpler choices)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

from hypothesis import strategies as st

from warp_synth.grammar import Budget, Derivation, Grammar, sample, sample_module
from warp_synth.grammar.sampler import ModuleDraw

T = TypeVar("T")

# Examples of a property of drawn kernels that needs no Warp build: sampling and rendering are
# milliseconds, so these run more examples than the profile's default.
KERNEL_PROPERTY_EXAMPLES = 300


class HypothesisChooser:
    """A chooser (see warp_synth.grammar.choices) answered by Hypothesis draws.

    Hypothesis shrinks integers towards their lower bound, booleans towards False and
    indices towards 0: smaller blocks, the first listed option, a production left out."""

    def __init__(self, draw):
        self.draw = draw

    def choice(self, label: str, options: Sequence[T], weights: Sequence[float] | None = None) -> T:
        allowed = list(options) if weights is None else [o for o, w in zip(options, weights, strict=True) if w > 0]
        if len(allowed) == 1:
            return allowed[0]
        return allowed[self.draw(st.integers(0, len(allowed) - 1))]

    def integer(self, label: str, low: int, high: int) -> int:
        return low if low == high else self.draw(st.integers(low, high))

    def boolean(self, label: str, p: float) -> bool:
        if p <= 0 or p >= 1:
            return p >= 1
        return self.draw(st.booleans())

    def repetitions(self, label: str, low: int, high: int) -> Iterator[int]:
        # As Hypothesis draws lists: a "one more?" decision per item past the minimum, so an
        # item is its own run of draws, which the shrinker can delete whole.
        count = 0
        while count < high and (count < low or self.draw(st.booleans())):
            yield count
            count += 1

    def shuffled(self, label: str, items: Sequence[T]) -> list[T]:
        return self.draw(st.permutations(list(items)))


@st.composite
def derivations(draw, grammar: Grammar, budget: Budget = Budget(), force: str | None = None) -> Derivation:
    """Kernel derivations whose every decision is a Hypothesis draw."""
    return sample(grammar, budget=budget, force=force, chooser=HypothesisChooser(draw))


@st.composite
def modules(draw, grammar: Grammar, companions: dict[str, dict[str, float]], budget: Budget = Budget()) -> ModuleDraw:
    """A module's kernels as drawn (``sample_module``), every decision a Hypothesis draw."""
    return sample_module(grammar, budget=budget, companions=companions, chooser=HypothesisChooser(draw))
