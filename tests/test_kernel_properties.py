"""Properties of every kernel the grammar can draw (Hypothesis drives the chooser): none shows any of the fuzzer idioms real
Warp code does not (synth/analysis/idioms.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import KERNEL_PROPERTY_EXAMPLES, derivations

from warp_synth.synth.analysis.idioms import find_idioms


@pytest.mark.slow
@settings(max_examples=KERNEL_PROPERTY_EXAMPLES)
@given(data=st.data())
def test_no_kernel_shows_a_fuzzer_idiom(grammar, renderer, data):
    """Whatever the chooser decides (Hypothesis drives every decision, any option of nonzero
    weight, so rare corners are reached; a failure shrinks to a small kernel)."""
    derivation = data.draw(derivations(grammar))
    source = renderer.render(derivation)
    launch = grammar.launch_of(derivation.kernel_production)
    idioms = find_idioms(source, launch_reads=frozenset({launch["tiled"]} if "tiled" in launch else ()))
    assert not idioms, (derivation.kernel_production, [f"{i.name} at line {i.line}: {i.text}" for i in idioms], source)
