"""Diversity measures and the run's novelty filter: same structure, near-duplicates, new kernels."""

from __future__ import annotations

import textwrap

from warp_synth.synth.analysis.diversity import NearDuplicateIndex, code_tokens, diversity, jaccard, structure_key
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
    verdicts = [novelty.judge(fingerprint(source)).reason for source in (SPRING, RENAMED, EXTENDED, GRID, "def broken(:\n")]
    assert verdicts == [None, SAME_STRUCTURE, NEAR_DUPLICATE, None, None]


def test_a_modules_kernel_like_one_kept_is_left_out_and_the_others_kept():
    """The first kernel decides whether a module is kept; a later one like a kernel already kept
    (here, the module's own first) is left out of it."""
    novelty = NoveltyFilter()
    assert novelty.judge(fingerprint(SPRING + "\n\n" + GRID.replace("import warp as wp\n", ""))) == (None, (0, 1))
    assert novelty.judge(fingerprint(SPRING)).reason == SAME_STRUCTURE
    module = RENAMED.replace("import warp as wp\n", "")
    assert NoveltyFilter().judge(fingerprint(SPRING + "\n\n" + module)) == (None, (0,))


def test_a_rebuilt_filter_judges_as_the_one_that_kept_the_kernels():
    rebuilt = NoveltyFilter.of([SPRING, GRID])
    assert rebuilt.judge(fingerprint(RENAMED)).reason == SAME_STRUCTURE and rebuilt.judge(fingerprint(EXTENDED)).reason == NEAR_DUPLICATE


def test_diversity_counts_structures_and_near_duplicates():
    figures = diversity([SPRING, RENAMED, EXTENDED, GRID])
    assert figures["distinct_structures"] == 3 and figures["own_structure_share"] == 0.75
    assert figures["near_duplicate_share"] == 0.75  # SPRING, RENAMED (identical 5-grams but names) and EXTENDED


def test_prose_does_not_make_a_kernel_new():
    """Comments and docstrings are left out of the 5-grams: two kernels whose code is near are near
    duplicates however differently they are described."""
    described = SPRING.replace("tid = wp.tid()", '"""Hooke springs between particle pairs, one per thread."""\n    tid = wp.tid()  # one spring')
    assert code_tokens(described) == code_tokens(SPRING)
    novelty = NoveltyFilter()
    assert novelty.judge(fingerprint(described)).reason is None
    assert novelty.judge(fingerprint(EXTENDED.replace("tid = wp.tid()", '"""Pairwise spring forces, scaled by half."""\n    tid = wp.tid()'))).reason == NEAR_DUPLICATE


def test_near_duplicates_are_judged_by_exact_jaccard():
    (a,), (b,) = fingerprint(SPRING).kernels, fingerprint(EXTENDED).kernels
    index = NearDuplicateIndex(threshold=0.7)
    index.add(a)
    exact = jaccard(a.shingles, b.shingles)
    assert 0.7 <= exact < 1.0 and index.neighbors(b) == {0}
    stricter = NearDuplicateIndex(threshold=round(exact + 0.01, 2))
    stricter.add(a)
    assert stricter.neighbors(b) == set()
