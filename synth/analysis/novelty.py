"""Novelty: a run keeps a module's kernel only if it is new in shape and in text.

A drawn module is skipped, before Warp builds it, when its first kernel is too close to one of
Warp's own kernels, the real code models are measured on (``synth.analysis.contamination``: its
function bodies, its helpers' too, and its code), or when the dataset already holds a kernel
with its structure (its AST with names and literal values abstracted away) or a near-duplicate
of it (Jaccard >= 0.7 of code-token 5-grams, comments and docstrings left out): the two measures
``synth.analysis.diversity`` reports. A later kernel of the module that fails the same tests is
left out of it, and so is one past the kernels the module wants (``Verdict.keep``); the module
is built with the others. The decision depends only on
the kernels kept before it, in index order, so a run is the same bytes with any worker count,
and a resumed run rebuilds the filter from the records (and rejects) already written.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from collections.abc import Iterable
from typing import NamedTuple

from warp_synth.synth.analysis.contamination import RealKernels, body_texts
from warp_synth.synth.analysis.diversity import Fingerprint, NearDuplicateIndex, fingerprint_of, kernel_sources

SAME_STRUCTURE = "same_structure"
NEAR_DUPLICATE = "near_duplicate"


@dataclass(frozen=True)
class Draft:
    """What the filter judges of a drawn module: its function bodies (against the real set) and
    each kernel's fingerprint (against the kernels kept), in the module's order."""

    bodies: tuple[tuple[str, ...], ...]  # each kernel's normalised function bodies, its helpers' too (contamination.body_texts)
    kernels: tuple[Fingerprint, ...]
    wanted: int = 0  # how many of its kernels the module wants (0: all)


class Verdict(NamedTuple):
    """Why a module is not kept (None: it is), and the positions of its kernels that are."""

    reason: str | None
    keep: tuple[int, ...] = ()


def fingerprint(source: str, renderings: list[str] | None = None, wanted: int = 0) -> Draft | None:
    """What the filter compares of a module: of each kernel, its function bodies and its own
    code's fingerprint (``renderings``: each kernel rendered alone with its helpers; by default
    ``kernel_sources`` of ``source``, the whole module's bodies the first kernel's); ``wanted``:
    how many of them the module wants, 0 all. None for source that does not parse (the build
    reports it)."""
    try:
        if renderings is None:
            kernels = kernel_sources(source)
            bodies = [tuple(body_texts(source)), *(tuple(body_texts(kernel)) for kernel in kernels[1:])]
        else:
            kernels = ["".join(kernel_sources(rendering)) for rendering in renderings]
            bodies = [tuple(body_texts(rendering)) for rendering in renderings]
        return Draft(tuple(bodies), tuple(map(fingerprint_of, kernels)), wanted)
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

    def judge(self, candidate: Draft | None) -> Verdict:
        """Whether a module is kept (``Verdict``: contamination.REASONS, SAME_STRUCTURE or
        NEAR_DUPLICATE, of its first kernel), and which of its kernels: those kept, later ones are
        judged against them too."""
        if candidate is None:
            return Verdict(None, ())
        if not candidate.kernels:
            return Verdict(None, ())
        first = self._kept(candidate, 0)
        if first is not None:
            return Verdict(first)
        keep = [0]
        wanted = candidate.wanted or len(candidate.kernels)
        for position in range(1, len(candidate.kernels)):
            if len(keep) == wanted:
                break
            if self._kept(candidate, position) is None:
                keep.append(position)
        return Verdict(None, tuple(keep))

    def _kept(self, candidate: Draft, position: int) -> str | None:
        """Why the module's kernel at ``position`` is not kept (near the real set, or not new), or None."""
        contaminated = self.real.judge_kernel(candidate.bodies[position], candidate.kernels[position]) if self.real is not None else None
        return contaminated or self._novel(candidate.kernels[position])

    def _novel(self, candidate: Fingerprint) -> str | None:
        """Why ``candidate`` is not new, or None: then it is kept, and later ones are judged against it."""
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
        """A filter that has kept these modules' kernels, in order (a resumed run's); any module
        the real check flags is counted in ``kept_contaminated``."""
        novelty = cls(real=real, dedup=dedup)
        for found in map(fingerprint, sources):
            if found is None:
                continue
            contaminated = real.judge(found) if real is not None else None
            if contaminated:
                novelty.kept_contaminated[contaminated] += 1
            for kernel in found.kernels:
                novelty._novel(kernel)  # written: later kernels are judged against it, whatever the real check says
        return novelty
