"""Length and content figures of the records (synth.analysis.lengths)."""

from __future__ import annotations

import orjson
import pytest
from planted import record_of

from warp_synth.synth.dataset.errors import SynthError
from warp_synth.synth.analysis.lengths import length_figures
from warp_synth.synth.dataset.tokens import count_tokens

ECHO = "    // x = positions[tid]                <L 13>"


def record(name: str, code: str, forward_end: int, *more: tuple[int, int]) -> bytes:
    """A record of ``code`` whose Python source is 10 bytes (its id follows ``name``): a module of a
    kernel whose forward ends at ``forward_end``, and one more for each ``(start, forward_end)`` of
    ``more``; each kernel's backward runs on to the next one's start (the last's: to the code's end)."""
    blocks = [(0, forward_end), *more]
    ends = [start for start, _ in more] + [len(code)]
    kernels = [
        {"name": f"{name}{i}", "template": f"kernel/hand/{name}", "family": "elementwise_math", "symbol": f"{name}{i}_00000000",
         "sections": {"forward": [start, forward], "backward": [forward, end], "entry_points": [end, end]}}
        for i, ((start, forward), end) in enumerate(zip(blocks, ends))
    ]  # fmt: skip
    base = record_of(f"{name:x<10}", name)
    tokens = {**base["tokens"], "code": count_tokens(code)}
    sections = {"structs": [0, 0], "functions": [0, 0], "kernels": [0, len(code)]}
    return orjson.dumps({**base, "code": code, "sections": sections, "kernels": kernels, "tokens": tokens}) + b"\n"


def test_lengths_sections_echo_comments_and_overlap(tmp_path):
    cpu_code = f"int a;\n{ECHO}\nint b;\n"
    cuda_code = f"int a;\n{ECHO}\nint c;\nint d;\n"
    # a module of two kernels: their forwards "int a;\n" and "int" on the CPU, "int a;\n" and "int c;\n" in CUDA
    (tmp_path / "cpu.jsonl").write_bytes(record("k", cpu_code, 7, (len(cpu_code) - 7, len(cpu_code) - 4)))
    (tmp_path / "cuda.jsonl").write_bytes(record("k", cuda_code, 7, (len(cuda_code) - 14, len(cuda_code) - 7)))
    figures = length_figures({"cpu": tmp_path / "cpu.jsonl", "cuda": tmp_path / "cuda.jsonl"})
    cpu = figures["cpu"]
    assert cpu["bytes"]["p50"] == len(cpu_code) and cpu["tokens"]["p50"] == count_tokens(cpu_code)
    assert figures["row_tokens"]["p50"] == count_tokens("kxxxxxxxxx") + count_tokens(cpu_code) + count_tokens(cuda_code)
    assert cpu["section_share"]["forward"] == round((7 + 3) / len(cpu_code), 4)  # each kernel's forward
    assert cpu["section_share"]["backward"] == round((len(cpu_code) - 7 - 3) / len(cpu_code), 4)
    assert figures["cuda"]["section_share"]["forward"] == round((7 + 7) / len(cuda_code), 4)
    assert cpu["source_echo_share"] == round((len(ECHO) + 1) / len(cpu_code), 4)
    assert cpu["code_bytes_per_python_byte"] == round(len(cpu_code) / 10, 2)
    assert figures["cuda_lines_in_cpu_twin"] == 0.5  # "int a;" and the echo line, of four


@pytest.mark.parametrize("cuda_ids", [["k", "j"], ["k"]], ids=["different kernel", "file ends early"])
def test_device_files_that_are_not_paired_are_refused_naming_both(tmp_path, cuda_ids):
    (tmp_path / "cpu.jsonl").write_bytes(record("k", "int a;\n", 3) + record("m", "int b;\n", 3))
    (tmp_path / "cuda.jsonl").write_bytes(b"".join(record(i, "int a;\n", 3) for i in cuda_ids))
    with pytest.raises(SynthError, match=r"cpu\.jsonl and .*cuda\.jsonl are not paired: from line 2 on"):
        length_figures({"cpu": tmp_path / "cpu.jsonl", "cuda": tmp_path / "cuda.jsonl"})
