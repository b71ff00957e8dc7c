"""Decontamination against Warp's own kernels (issue 21): what counts as too close, and a run that
never writes a kernel copied from them."""

from __future__ import annotations

import orjson
import pytest

from warp_synth.synth.analysis.contamination import NEAR_REAL_KERNEL, SHARES_REAL_CODE, body_texts, real_kernels
from warp_synth.synth.analysis.corpus import reference_functions
from warp_synth.synth.analysis.novelty import NoveltyFilter, fingerprint
from warp_synth.synth.run.job import RunConfig, run
from runs import records_of

COPIED = "examples/benchmarks/benchmark_cloth_warp.py"  # its integrate_particles: a plain kernel, standalone


def real_source(module: str, name: str) -> str:
    return next(f.source for f in reference_functions() if f.module == module and f.node.name == name)


def test_a_real_kernel_renamed_and_reformatted_is_contaminated():
    source = "import warp as wp\n\n" + real_source(COPIED, "integrate_particles")
    assert real_kernels().judge(fingerprint(source)) == SHARES_REAL_CODE
    reformatted = source.replace("def integrate_particles(", "def step(").replace("    ", "  ")  # two-space indents
    assert real_kernels().judge(fingerprint(reformatted)) == SHARES_REAL_CODE


def test_signatures_and_thread_ids_alone_are_not_contamination():
    """Every Warp kernel shares them with the real set: bodies are compared, not headers."""
    source = (
        "import warp as wp\n\n@wp.kernel\ndef integrate_particles(\n    x: wp.array[wp.vec3],\n    v: wp.array[wp.vec3],\n"
        "    f: wp.array[wp.vec3],\n    w: wp.array[float],\n    dt: float,\n):\n    tid = wp.tid()\n"
        '    """Advance the particles by one step."""\n    x[tid] = x[tid] + v[tid] * dt\n'
    )
    assert body_texts(source) == ["x[tid]=x[tid]+v[tid]*dt"]
    assert real_kernels().judge(fingerprint(source)) is None


def test_a_near_copy_with_renamed_variables_is_near_a_real_kernel():
    """Renamed so that no 50 characters survive, the 5-grams still give it away."""
    source = "import warp as wp\n\n" + real_source(COPIED, "integrate_particles")
    for old, new in (("inv_mass", "im"), ("x1", "xn"), ("v1", "vn")):
        source = source.replace(old, new)
    assert real_kernels().judge(fingerprint(source)) == NEAR_REAL_KERNEL
    source = source.replace("f0", "fi")  # one rename more: Jaccard 0.48, below the line
    assert real_kernels().judge(fingerprint(source)) is None


def test_the_novelty_filter_refuses_contaminated_kernels_first():
    novelty = NoveltyFilter(real=real_kernels())
    copied = fingerprint("import warp as wp\n\n" + real_source(COPIED, "integrate_particles"))
    assert novelty.judge(copied) == SHARES_REAL_CODE
    assert novelty.judge(copied) == SHARES_REAL_CODE  # never kept, so judged the same again
    assert NoveltyFilter(real=real_kernels(), dedup=False).judge(copied) == SHARES_REAL_CODE


@pytest.mark.slow
def test_a_template_copied_from_warps_examples_is_never_written(template_copy, tmp_path):
    """Planted in the grammar and drawn often, it is refused before Warp builds it: no record
    holds it, the stats count it, and every written row passes the check."""
    with open(template_copy / "families.toml", "a") as families:
        families.write('\n[copied]\nabout = "a test family"\noperations = ["tid"]\nlaunch = { ndim = 1 }\n')
    (template_copy / "kernel" / "copied").mkdir()
    body = real_source(COPIED, "integrate_particles").replace("def integrate_particles(", "def {{ name }}(")
    header = '{#\nweight = 60.0\nfamily = "copied"\nnames = ["copied_step"]\nfeatures = ["tid_1d"]\n#}\n'
    (template_copy / "kernel" / "copied" / "copied_step.j2").write_text(header + body)
    stats = run(RunConfig(out=tmp_path, target_mb=0.3, seed=4, workers=1, templates=template_copy))
    rows = records_of(tmp_path, "cpu")
    assert rows and not any(r["family"] == "copied" for r in rows)
    contamination = stats["contamination"]
    assert contamination["refused"][SHARES_REAL_CODE] == stats["novelty"]["skipped"][SHARES_REAL_CODE] > 0
    assert contamination["rows"] == 0 and contamination["real_functions"] == len(reference_functions())
    assert orjson.loads((tmp_path / "dataset_stats.json").read_bytes())["contamination"] == contamination
