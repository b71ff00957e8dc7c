"""Diversity measures and the run's novelty filter: same structure, near-duplicates, new kernels."""

from __future__ import annotations

import textwrap

from warp_synth.synth.analysis.diversity import diversity, structure_key
from warp_synth.synth.analysis.novelty import NEAR_DUPLICATE, SAME_STRUCTURE, NoveltyFilter, fingerprint

SPRING = textwrap.dedent(
    """
    import warp as wp

    @wp.kernel
    def eval_springs(x: wp.array(dtype=wp.vec3), rest: wp.array(dtype=float), ke: float, f: wp.array(dtype=wp.vec3)):
        tid = wp.tid()
        i = tid * 2
        j = tid * 2 + 1
        delta = x[i] - x[j]
        length = wp.length(delta)
        direction = delta / wp.max(length, 1.0e-6)
        stretch = length - rest[tid]
        force = direction * stretch * ke
        wp.atomic_sub(f, i, force)
        wp.atomic_add(f, j, force)
    """
)
RENAMED = SPRING.replace("eval_springs", "spring_forces").replace("ke: float", "stiffness: float").replace("* ke", "* stiffness").replace("1.0e-6", "1.0e-8")
# One more statement: a new structure, but most of its token 5-grams are SPRING's.
EXTENDED = SPRING.replace("force = direction * stretch * ke", "force = direction * stretch * ke\n    force = force * 0.5")
GRID = textwrap.dedent(
    """
    import warp as wp

    @wp.kernel
    def blur(src: wp.array2d(dtype=float), dst: wp.array2d(dtype=float)):
        i, j = wp.tid()
        dst[i, j] = 0.25 * (src[i - 1, j] + src[i + 1, j] + src[i, j - 1] + src[i, j + 1])
    """
)


def test_structure_ignores_names_and_literals_but_not_operations():
    assert structure_key(SPRING) == structure_key(RENAMED)
    assert structure_key(SPRING) != structure_key(SPRING.replace("wp.length", "wp.length_sq"))
    assert structure_key(SPRING) != structure_key(EXTENDED)


def test_filter_skips_same_structures_and_near_duplicates_and_keeps_the_rest():
    novelty = NoveltyFilter()
    verdicts = [novelty.judge(fingerprint(source)) for source in (SPRING, RENAMED, EXTENDED, GRID, "def broken(:\n")]
    assert verdicts == [None, SAME_STRUCTURE, NEAR_DUPLICATE, None, None]


def test_a_rebuilt_filter_judges_as_the_one_that_kept_the_kernels():
    rebuilt = NoveltyFilter.of([SPRING, GRID])
    assert rebuilt.judge(fingerprint(RENAMED)) == SAME_STRUCTURE and rebuilt.judge(fingerprint(EXTENDED)) == NEAR_DUPLICATE


def test_diversity_counts_structures_and_near_duplicates():
    figures = diversity([SPRING, RENAMED, EXTENDED, GRID])
    assert figures["distinct_structures"] == 3 and figures["own_structure_share"] == 0.75
    assert figures["near_duplicate_share"] == 0.75  # SPRING, RENAMED (identical 5-grams but names) and EXTENDED
