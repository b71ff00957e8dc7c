"""The CPU runtime check: generated kernels run clean; an out-of-bounds read is caught, with its seed."""

from __future__ import annotations

import orjson

from warp_synth.synth.run import RunConfig, run
from warp_synth.synth.runtime_check import run_sample

OUT_OF_BOUNDS = """import warp as wp


@wp.kernel
def overread(values: wp.array(dtype=float), scale: float, result: wp.array(dtype=float)):
    i = wp.tid()
    result[i] = values[i + 1000] * scale
"""


def test_generated_kernels_run_clean_forward_and_backward(tmp_path):
    run(RunConfig(out=tmp_path, target_mb=0.2, seed=4, workers=1))
    report = run_sample(tmp_path / "cpu_code.jsonl", 4, seed=1)
    assert report["kernels"] == 4
    assert report["failures"] == [] and report["passed"] == 4


def test_out_of_bounds_kernel_is_reported_with_its_seed(tmp_path):
    record = {"id": "bad", "seed": 1234, "family": "elementwise_math", "kernel_name": "overread", "python_source": OUT_OF_BOUNDS}
    path = tmp_path / "cpu_code.jsonl"
    path.write_bytes(orjson.dumps(record) + b"\n")
    report = run_sample(path, 1)
    assert report["passed"] == 0
    (failure,) = report["failures"]
    assert failure["seed"] == 1234 and failure["status"] == "crash"
    assert "shape" in failure["error"]
