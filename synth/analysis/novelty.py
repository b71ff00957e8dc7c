"""Novelty: a run keeps a kernel only if it is new in shape and in text.

A drawn kernel is skipped, before Warp builds it, when the dataset already holds one with the
same structure (its AST with names and literal values abstracted away) or a near-duplicate
(Jaccard >= 0.7 of code-token 5-grams, comments and docstrings left out): the two measures ``synth.analysis.diversity``
reports. The decision depends only on the kernels kept before it, in index order, so a run
is the same bytes with any worker count, and a resumed run rebuilds the filter from the
records (and rejects) already written.
"""

from __future__ import annotations

from collections.abc import Iterable
from warp_synth.synth.analysis.diversity import Fingerprint, NearDuplicateIndex, fingerprint_of

SAME_STRUCTURE = "same_structure"
NEAR_DUPLICATE = "near_duplicate"


def fingerprint(source: str) -> Fingerprint | None:
    """What the filter compares; None for source that does not parse (the build reports it)."""
    try:
        return fingerprint_of(source)
    except SyntaxError:
        return None


class NoveltyFilter:
    """The kept kernels' structures and 5-gram sets."""

    def __init__(self, threshold: float = 0.7):
        self.structures: set[str] = set()
        self.near = NearDuplicateIndex(threshold)

    def judge(self, candidate: Fingerprint | None) -> str | None:
        """Why a kernel is not new (SAME_STRUCTURE, NEAR_DUPLICATE), or None: then it is kept
        and later kernels are judged against it too."""
        if candidate is None:
            return None
        if candidate.structure in self.structures:
            return SAME_STRUCTURE
        if self.near.neighbors(candidate):
            return NEAR_DUPLICATE
        self.structures.add(candidate.structure)
        self.near.add(candidate)
        return None

    @classmethod
    def of(cls, sources: Iterable[str]) -> NoveltyFilter:
        """A filter that has kept these kernels, in order (a resumed run's)."""
        novelty = cls()
        for source in sources:
            novelty.judge(fingerprint(source))
        return novelty
