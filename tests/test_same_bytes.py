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
template's choices, a kernel's outputs all in place or all apart). A change to the templates, the
grammar, the record schema or the Warp pin changes these bytes on purpose: then take the new
digests from this test's failure message, and say in the commit why the bytes changed.
"""

from __future__ import annotations

import hashlib

import pytest

EXPECTED = {
    "cpu_code.jsonl": "38c761debdfc207a3d97830a2effb4763ed9ba6de6cb53fb91a1e1df9aab6b1f",
    "cpu_code_test.jsonl": "e2ec63a30cc997b96bf707a4c3844c39c0d4dc1ce5cc4e1a1784d75e50086787",
    "cpu_code_validation.jsonl": "3702da9d20967175d1bdebbb1ccf2df619f85df642d88d830ec4f77535d25931",
    "cuda_code.jsonl": "5ecf3c2ac48fb4f29e24675361c958c355b576bfeb4fb46eecb88940b0693c48",
    "cuda_code_test.jsonl": "da161085fcd35dc0af5bb35f4b7164ad39c5804ef8bf02785e890fe9728db5b9",
    "cuda_code_validation.jsonl": "e355b7301ea815bd84bcdef711c7955655fa9652516a97848a2fc0fcdc5e4651",
    "rejects.jsonl": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "preamble_cpu_8eb9cb4c56f50171.h": "8eb9cb4c56f50171fed4e8bb993151cd277c884e48a57084a647dcb0a0e0eb99",
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
