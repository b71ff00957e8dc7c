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
    "cpu_code.jsonl": "9de686e2b236f2b3211e99f18b88e91efe63c1f5ae699a2d84661bbefe6013cb",
    "cpu_code_test.jsonl": "9b7222909e93a9499f0acc772fbcb486919f7061cbecb8ded675d0387a14a119",
    "cpu_code_validation.jsonl": "c926694411d3c3bf8ac03a17f048fa7263be12c5fac59427d4f76e01cfb8b8d3",
    "cuda_code.jsonl": "0d01d1f113432c6259ab54a3979cc447cc40dd229240d341887800a1ec57b636",
    "cuda_code_test.jsonl": "90d1a94637450a7509247ddc142625ae3bb583a8c955c9b04af8d7daeb390ea6",
    "cuda_code_validation.jsonl": "426da116b43cd40fb1d97bb56ac941e95aef5aa84c3eb3a20059b523e0c74703",
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
