"""Properties of the kernels the default grammar draws: every alternative is reachable, and no
kernel shows any of the fuzzer idioms real Warp code does not (synth/idioms.py)."""

from __future__ import annotations

from collections import Counter

from warp_synth.grammar import kernel_seed, sample
from warp_synth.synth.idioms import find_idioms

KERNELS = 1500


def test_every_alternative_is_reachable_under_default_weights(grammar):
    """Each choice, type variable and listed role variable option of each template is drawn."""
    used: Counter = Counter()
    for index in range(KERNELS):
        used.update(sample(grammar, kernel_seed(7, index)).alternatives_used)
    unreached = sorted(set(grammar.alternatives()) - set(used))
    assert not unreached, f"never drawn in {KERNELS} kernels: {unreached}"


def test_no_kernel_shows_a_fuzzer_idiom(grammar, renderer):
    found = {}
    for index in range(400):
        derivation = sample(grammar, kernel_seed(11, index))
        idioms = find_idioms(renderer.render(derivation))
        if idioms:
            found[derivation.kernel_production] = [f"{i.name} at line {i.line}: {i.text}" for i in idioms]
    assert not found, found
