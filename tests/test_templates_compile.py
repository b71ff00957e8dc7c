"""Hypothesis: every template, forced into random derivations, gives a kernel Warp accepts
for both devices (one build, two codegens)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warp_synth.extract import CodegenError, content_id, generate
from warp_synth.grammar import sample
from warp_synth.templates import Renderer, load_grammar

GRAMMAR = load_grammar()
ALL_TEMPLATES = sorted(GRAMMAR.productions)


@pytest.mark.parametrize("name", ALL_TEMPLATES)
@given(seed=st.integers(min_value=0, max_value=2**62))
def test_every_template_compiles_for_both_devices(name, seed):
    derivation = sample(GRAMMAR, seed, force=name)
    assert derivation.productions_used[name] > 0
    renderer = Renderer(GRAMMAR)
    source = renderer.render(derivation)
    try:
        generated = generate(source, f"test_{content_id(source)}", f"{derivation.kernel_name}.py")
    except CodegenError as error:
        pytest.fail(f"Warp refused a kernel using {name} (seed {derivation.seed}):\n{source}\n{error.message}")
    for device in ("cpu", "cuda"):
        assert derivation.kernel_name in generated.code[device]
