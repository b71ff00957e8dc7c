"""Hypothesis: every template, forced into random derivations of random budgets and taking
each of its branches, gives a kernel Warp accepts for both devices (one build, two codegens)."""

from __future__ import annotations

import pytest
from cover import branch_cover, budgets, seeds
from hypothesis import given

from warp_synth.extract import CodegenError, content_id, generate
from warp_synth.synth.generate.render import Renderer
from warp_synth.grammar.shipped import load_grammar

GRAMMAR = load_grammar()
ALL_TEMPLATES = sorted(GRAMMAR.productions)
BOTH_DEVICES = ("cpu", "cuda")  # spelled out: a narrower extract.DEVICES must fail here


@pytest.mark.parametrize("name", ALL_TEMPLATES)
@given(seed=seeds, budget=budgets)
@pytest.mark.slow
def test_every_template_compiles_for_both_devices(name, seed, budget):
    renderer = Renderer(GRAMMAR)
    for _, derivation in branch_cover(GRAMMAR, [name], seed, budget):
        assert derivation.productions_used[name] > 0
        source = renderer.render(derivation)
        try:
            tiled = GRAMMAR.launch_of(derivation.kernel_production).get("tiled")
            generated = generate(source, f"test_{content_id(source)}", f"{derivation.kernel_name}.py", tiled=tiled)
        except CodegenError as error:
            pytest.fail(f"Warp refused a kernel using {name} (seed {derivation.seed}):\n{source}\n{error.message}")
        for device in BOTH_DEVICES:
            # each device's own entry point: the other device's code in its place fails too
            kernel = f"{generated.kernels[0].symbol}_{device}_kernel_forward("
            assert kernel in generated.code.get(device, ""), f"{name} (seed {derivation.seed}): no {kernel} in the {device} code"
