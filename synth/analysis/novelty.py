"""Novelty: a run keeps a kernel only if it is new in shape and in text.

A drawn kernel is skipped, before Warp builds it, when it is too close to one of Warp's own
kernels, the real code models are measured on (``synth.analysis.contamination``), or when the dataset already holds one with the
same structure (its AST with names and literal values abstracted away) or a near-duplicate
(Jaccard >= 0.7 of code-token 5-grams, comments and docstrings left out): the two measures ``synth.analysis.diversity``
reports. The decision depends only on the kernels kept before it, in index order, so a run
is the same bytes with any worker count, and a resumed run rebuilds the filter from the
records (and rejects) already written.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable

from warp_synth.synth.analysis.contamination import RealKernels, body_texts
from warp_synth.synth.analysis.diversity import Fingerprint, NearDuplicateIndex, fingerprint_of

SAME_STRUCTURE = "same_structure"
NEAR_DUPLICATE = "near_duplicate"


def fingerprint(source: str) -> Fingerprint | None:
    """What the filter compares; None for source that does not parse (the build reports it)."""
    try:
        return dataclasses.replace(fingerprint_of(source), bodies=tuple(body_texts(source)))
    except SyntaxError:
        return None


class NoveltyFilter:
    """The kept kernels' structures and 5-gram sets, and the real kernels none may come close to.

    ``dedup`` False: only the real kernels are checked (``synth run --no-dedup``)."""

    def __init__(self, threshold: float = 0.7, real: RealKernels | None = None, dedup: bool = True):
        self.structures: set[str] = set()
        self.near = NearDuplicateIndex(threshold)
        self.real = real
        self.dedup = dedup
        self.kept_contaminated: Counter = Counter()  # kernels already written that the real check flags (a resumed run's)

    def judge(self, candidate: Fingerprint | None) -> str | None:
        """Why a kernel is not kept (``contamination.REASONS``, SAME_STRUCTURE, NEAR_DUPLICATE),
        or None: then it is kept and later kernels are judged against it too."""
        if candidate is None:
            return None
        if self.real is not None:
            contaminated = self.real.judge(candidate)
            if contaminated:
                return contaminated
        return self._novel(candidate)

    def _novel(self, candidate: Fingerprint) -> str | None:
        if not self.dedup:
            return None
        if candidate.structure in self.structures:
            return SAME_STRUCTURE
        if self.near.neighbors(candidate):
            return NEAR_DUPLICATE
        self.structures.add(candidate.structure)
        self.near.add(candidate)
        return None

    @classmethod
    def of(cls, sources: Iterable[str], real: RealKernels | None = None, dedup: bool = True) -> NoveltyFilter:
        """A filter that has kept these kernels, in order (a resumed run's); any of them the real
        check flags is counted in ``kept_contaminated``."""
        novelty = cls(real=real, dedup=dedup)
        for found in map(fingerprint, sources):
            if found is None:
                continue
            contaminated = real.judge(found) if real is not None else None
            if contaminated:
                novelty.kept_contaminated[contaminated] += 1
            novelty._novel(found)  # written: later kernels are judged against it, whatever the real check says
        return novelty
