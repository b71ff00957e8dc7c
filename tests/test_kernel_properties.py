"""Properties of the kernels the default grammar draws: none shows any of the fuzzer idioms real
Warp code does not (synth/analysis/idioms.py)."""

from __future__ import annotations

import pytest

from warp_synth.grammar import kernel_seed, sample
from warp_synth.synth.analysis.idioms import find_idioms


@pytest.mark.slow
def test_no_kernel_shows_a_fuzzer_idiom(grammar, renderer):
    found = {}
    for index in range(400):
        derivation = sample(grammar, kernel_seed(11, index))
        idioms = find_idioms(renderer.render(derivation))
        if idioms:
            found[derivation.kernel_production] = [f"{i.name} at line {i.line}: {i.text}" for i in idioms]
    assert not found, found
