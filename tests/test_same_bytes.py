"""A refactor moves code, never output: a small run of seed 0 writes the bytes it wrote before.

The digests below are of ``small_run`` (seed 0, 0.3 MB a device, one worker). They held through
the split of ``synth/`` into wings, the grammar as a value and the sampler's split; they changed
on purpose when the kernel templates were filed by family and every weight written one way (a
repeated option became a weight table, which draws differently), and again when kernels were
held to production code (issue 19: guards, a naming dialect per kernel, no value computed twice,
the novelty filter judging code tokens by exact Jaccard), and again when splits were pinned by
template name, laid out in files of their own, the target set on the train files, and kernels
too close to Warp's own refused (issue 21); and when 32-bit integers came to be spelled wp.int32
in most signatures (issue 19); and when production kernels joined the grammar (issue 19: helpers
written from expressions, kernel templates of index plumbing, world dimensions, set-up kernels and
factories, the weights fitted to production code's figures; docs and names that follow a
template's choices, a kernel's outputs all in place or all apart); and when records became
modules of a subsystem's kernels, float uniforms could live on the device and the weights were
refit on a run (issue 19). A change to the templates, the
grammar, the record schema or the Warp pin changes these bytes on purpose: then take the new
digests from this test's failure message, and say in the commit why the bytes changed.
"""

from __future__ import annotations

import hashlib

import pytest

EXPECTED = {
    "cpu_code.jsonl": "97b64c0f07a7e36adb995ae182fc122e572d77d3a115c47e6201f72cacf24a52",
    "cpu_code_test.jsonl": "955ff136e10ca38ac70a636fffa07da9c61638797a93786a03cba535838b05f9",
    "cpu_code_validation.jsonl": "99144f73260d99718fe101ebf9cd47f0d254bd480d6d737f5f7c077d92851f88",
    "cuda_code.jsonl": "b76be94e7ebc943ff801efef3739fe30254896989a3278569a09c4b5716caa93",
    "cuda_code_test.jsonl": "2a3d735f67471aab99868782c99d873abe5f529bb6f8374558f12c25e4141ed3",
    "cuda_code_validation.jsonl": "84df7970883f5df828dc0ee96ed6024886a665a1c124b986789f8c8a40ecc5f0",
    "rejects.jsonl": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "preamble_cpu_8eb9cb4c56f50171.h": "8eb9cb4c56f50171fed4e8bb993151cd277c884e48a57084a647dcb0a0e0eb99",
    "preamble_cuda_0d956741bf3f7d3f.cuh": "0d956741bf3f7d3f261f34054f00eb04bbc8415c7b6fa3f30f2ee78b94334915",
    "preamble_cuda_93b22071978ccd96.cuh": "93b22071978ccd964a966516eb14aa4ed44562faf367d94e04e4424607103f65",
}


@pytest.mark.slow
def test_a_seed_writes_the_bytes_it_wrote_before_the_refactor(small_run):
    found = {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(small_run.iterdir())
        if path.name.endswith((".jsonl", ".h", ".cuh"))
    }
    assert found == EXPECTED
