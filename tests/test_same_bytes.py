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
    "cpu_code.jsonl": "7d27ed096d37e87630432b080a9dcb547fdd1b9630e9b166bbf35d1b7d20621f",
    "cpu_code_test.jsonl": "04a2af9e0cbc778a1a402319d1e69ec8d2df2ff6af0e90589f2a776ed495f59b",
    "cpu_code_validation.jsonl": "2f70f1e3e1c11ac83e3d7a17c6bf003e052711a2053ce1889012863f22234826",
    "cuda_code.jsonl": "b14ae1ff2ceaa1eba3a8cc60d5d222b2eb709970d9b92bcb8cfec1ee211638ef",
    "cuda_code_test.jsonl": "7ed8cda200029a38ff309cb8ea2080b711bc7d0922cc0ffddc4ff555bc3de309",
    "cuda_code_validation.jsonl": "d5cf496f755f1e61c8a2d0cca7c0bc10974d2e9a4b2d99e606451a054eaea1eb",
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
