"""Every record is Warp's own output for the kernel as it is launched: for a plain kernel, a tiled
one (its block size from the module's constant), one with helpers and structs, and one whose CUDA
goes through NVIDIA's MathDx, the record plus its preamble equals, byte for byte, the ``.cpp`` a real
CPU launch writes into Warp's kernel cache and the ``.cu`` ``wp.compile_aot_module`` writes for
sm_90 at the launch's block size (``extract.warp_build``). bench/bench_launch.py checks a sample of
a whole dataset the same way."""

from __future__ import annotations

from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warp_synth.extract import content_id, generate
from warp_synth.extract.codegen import portable_paths
from warp_synth.extract.warp_build import warp_builds
from warp_synth.grammar import kernel_seed, sample
from warp_synth.synth.generate.render import Renderer
from warp_synth.grammar.shipped import load_grammar

GRAMMAR = load_grammar()
RENDERER = Renderer(GRAMMAR)


@pytest.mark.parametrize(
    "template, mathdx",
    [("kernel/particles/integrate_particles", False), ("kernel/tiles/block_reduce", False), ("kernel/struct_params/struct_contact_helper", False),
     ("kernel/tiles/gemm_rows", False), ("kernel/tiles/fft_rows", False), ("kernel/tiles/fft_rows", True)],
)  # fmt: skip
@pytest.mark.slow
def test_a_record_is_warps_build_for_its_launch(template, mathdx):
    derivation = sample(GRAMMAR, kernel_seed(7, 0), force=template)
    source = RENDERER.render(derivation)
    module, filename = f"synth_{content_id(source)}", f"{derivation.kernel_name}.py"
    launch = GRAMMAR.launch_of(derivation.kernel_production)
    ours = generate(source, module, filename, tiled=launch.get("tiled"), mathdx=mathdx)
    job = {"source": source, "module": module, "filename": filename, "launch": launch, "arch": 90, "mathdx": mathdx, "devices": ["cpu", "cuda"]}
    warps = warp_builds(job)
    for device in ("cpu", "cuda"):
        assert ours.full(device) == portable_paths(warps[device]), f"{template} on {device}"
    tiled = "tiled" in launch
    assert ours.build["cuda"]["block_dim"] == (64 if tiled else 256) and ours.build["cpu"]["block_dim"] == 1
    calls = template in ("kernel/tiles/gemm_rows", "kernel/tiles/fft_rows")
    assert ours.build["cuda"]["mathdx"] == ("none" if not calls else "used" if mathdx else "off")
    assert ours.build["cpu"]["mathdx"] == "none"


@settings(max_examples=10 * settings().max_examples)  # a few ms each
@given(index=st.integers(min_value=0, max_value=100_000))
def test_one_build_serves_both_devices_where_the_block_size_does_not_matter(index):
    """A module without tile builtins is built once for both devices (extract.launch.build): the
    same bytes as Warp's one build per device and block size, which tile modules keep."""
    derivation = sample(GRAMMAR, kernel_seed(13, index))
    source = RENDERER.render(derivation)
    tiled = GRAMMAR.launch_of(derivation.kernel_production).get("tiled")
    shared = generate(source, f"shared_{content_id(source)}", "k.py", tiled=tiled)
    with mock.patch("warp_synth.extract.codegen.uses_tiles", return_value=True):
        per_device = generate(source, f"per_device_{content_id(source)}", "k.py", tiled=tiled)
    assert shared == per_device
