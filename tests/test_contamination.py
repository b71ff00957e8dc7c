"""Decontamination against Warp's own kernels (issue 21): what counts as too close, in the Python
and in the generated code, and a run that never writes a kernel copied from them."""

from __future__ import annotations

import re

import orjson
import pytest

from warp_synth.extract import section
from warp_synth.synth.analysis.contamination import NEAR_REAL_CODE, NEAR_REAL_KERNEL, SHARES_REAL_CODE, body_texts, real_code, real_kernels
from warp_synth.synth.analysis.corpus import reference_functions
from warp_synth.synth.analysis.novelty import NoveltyFilter, fingerprint
from warp_synth.synth.dataset.layout import DatasetLayout, read_records
from warp_synth.synth.dataset.schema import REAL_SPLIT
from warp_synth.synth.real.job import build_real_set
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
    assert novelty.judge(copied).reason == SHARES_REAL_CODE
    assert novelty.judge(copied).reason == SHARES_REAL_CODE  # never kept, so judged the same again
    assert NoveltyFilter(real=real_kernels(), dedup=False).judge(copied).reason == SHARES_REAL_CODE


@pytest.mark.slow
def test_a_template_copied_from_warps_examples_is_never_written(template_copy, tmp_path):
    """Planted in the grammar and drawn often, it is refused before Warp builds it: no record
    holds it, the stats count it, and every written row passes the check."""
    with open(template_copy / "families.toml", "a") as families:
        families.write('\n[copied]\nabout = "a test family"\noperations = ["tid"]\nlaunch = { ndim = 1 }\n')
    (template_copy / "kernel" / "copied").mkdir()
    body = real_source(COPIED, "integrate_particles").replace("def integrate_particles(", "def {{ name }}(")
    header = '{#\nweight = 2000.0\nfamily = "copied"\nnames = ["copied_step"]\nfeatures = ["tid_1d"]\n#}\n'
    (template_copy / "kernel" / "copied" / "copied_step.j2").write_text(header + body)
    stats = run(RunConfig(out=tmp_path, target_mb=0.3, seed=4, workers=1, templates=template_copy))
    rows = records_of(tmp_path, "cpu")
    assert rows and not any(r["family"] == "copied" for r in rows)
    contamination = stats["contamination"]
    assert contamination["refused"][SHARES_REAL_CODE] == stats["novelty"]["skipped"][SHARES_REAL_CODE] > 0
    assert contamination["rows"] == 0 and contamination["real_functions"] == len(reference_functions())
    assert orjson.loads((tmp_path / "dataset_stats.json").read_bytes())["contamination"] == contamination


# -- the generated code, against the real set (synth real)

PLANTED = "@wp.kernel\ndef {{ name }}(x: wp.array[wp.vec3], y: wp.array[wp.vec3]):\n    tid = wp.tid()\n    y[tid] += x[tid]\n"
NEAR = ("warp.tests.test_vec", "vec_array_add_inplace")  # y[i] += x[i] on vec3 arrays: Warp translates it as PLANTED


def test_generated_code_is_judged_by_its_canonical_forward_code(tmp_path):
    build_real_set(tmp_path, [NEAR[0]])
    real = real_code(DatasetLayout(tmp_path), "cpu")
    records = list(read_records(DatasetLayout(tmp_path).real.code("cpu", REAL_SPLIT), "real"))
    assert all(len(r["kernels"]) == 1 for r in records)  # a real record is a module of one kernel
    own = next(r for r in records if r["kernels"][0]["name"] == NEAR[1])
    assert real.judge(section(own, "forward")) == NEAR_REAL_CODE
    renumbered = re.sub(r"\bvar_(\d+)\b", lambda m: f"var_{int(m[1]) + 7}", section(own, "forward")).replace("<L", "<Line")
    assert real.judge(renumbered) == NEAR_REAL_CODE  # temporaries' numbers and comments do not count
    assert real.judge("void other(float* a) {\n    a[0] = wp::sin(a[1]) * 3.0f + wp::cos(a[2]);\n}\n") is None
    assert real_code(DatasetLayout(tmp_path / "elsewhere"), "cpu") is None


@pytest.mark.slow
def test_a_kernel_warp_translates_like_a_real_one_is_never_written(template_copy, tmp_path):
    """Planted in the grammar, it passes the Python-side check (too short to share 50 characters,
    named apart), but once built its code is a real kernel's: it goes to the rejects as
    near_real_code, and the stats count it."""
    with open(template_copy / "families.toml", "a") as families:
        families.write('\n[copied]\nabout = "a test family"\noperations = ["tid"]\nlaunch = { ndim = 1 }\n')
    (template_copy / "kernel" / "copied").mkdir()
    header = '{#\nweight = 2000.0\nfamily = "copied"\nnames = ["accumulate_into"]\nfeatures = ["tid_1d"]\n#}\n'
    (template_copy / "kernel" / "copied" / "accumulate_into.j2").write_text(header + PLANTED)
    assert real_kernels().judge(fingerprint("import warp as wp\n\n" + PLANTED.replace("{{ name }}", "accumulate_into"))) is None
    build_real_set(tmp_path, [NEAR[0]])
    stats = run(RunConfig(out=tmp_path, target_mb=0.3, seed=4, workers=1, templates=template_copy))
    assert not any(r["family"] == "copied" for r in records_of(tmp_path, "cpu"))
    rejects = [orjson.loads(line) for line in (tmp_path / "rejects.jsonl").read_bytes().splitlines()]
    assert any(r["reason"] == NEAR_REAL_CODE and "def accumulate_into(" in r["python_source"] for r in rejects)
    contamination = stats["contamination"]
    assert contamination["refused"][NEAR_REAL_CODE] == stats["rejects"][NEAR_REAL_CODE] > 0
    assert contamination["code_unchecked_rows"] == 0 and "real set" in contamination["code_against"]


def test_a_run_without_a_real_set_says_its_code_was_not_judged(small_run):
    contamination = orjson.loads((small_run / "dataset_stats.json").read_bytes())["contamination"]
    assert contamination["code_against"] is None
    assert contamination["code_unchecked_rows"] == orjson.loads((small_run / "dataset_stats.json").read_bytes())["records"] > 0
