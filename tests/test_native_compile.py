"""Native compilation: every template's kernels compile with clang and NVRTC; a broken
record is caught by `synth validate`, named, and the rest of its batch still passes."""

from __future__ import annotations

import subprocess
import sys

import orjson
import pytest

from extract import content_id, generate
from extract.native import NativeCompiler, find_failures, translation_unit
from grammar import Budget, sample
from synth.run import RunConfig, run
from templates import load_grammar

GRAMMAR = load_grammar()
SMALL = Budget(max_statements=6)


@pytest.fixture(scope="module")
def every_template_once() -> dict[str, tuple[str, dict[str, str]]]:
    """One small kernel forcing each template: name -> (preamble per device, code per device)."""
    from templates import Renderer

    renderer = Renderer(GRAMMAR)
    built = {}
    for name in sorted(GRAMMAR.productions):
        derivation = sample(GRAMMAR, 17, SMALL, force=name)
        source = renderer.render(derivation)
        built[name] = generate(source, f"native_{content_id(source)}", f"{derivation.kernel_name}.py")
    return built


@pytest.mark.parametrize("device", ["cpu", "cuda"])
def test_every_template_compiles_natively(every_template_once, device, tmp_path):
    names = sorted(every_template_once)
    preamble = every_template_once[names[0]].preamble[device]
    compiler = NativeCompiler(device, workdir=tmp_path)

    def compile_unit(indices: list[int]) -> str | None:
        return compiler.compile(translation_unit(preamble, [every_template_once[names[i]].code[device] for i in indices]))

    failures = find_failures(compile_unit, list(range(len(names))))
    assert not failures, {names[i]: message[-600:] for i, message in failures.items()}


def test_validate_quarantines_a_broken_record_and_keeps_the_rest(tmp_path):
    run(RunConfig(out=tmp_path, target_mb=0.25, seed=8, workers=1))
    cpu_path = tmp_path / "cpu_code.jsonl"
    rows = [orjson.loads(line) for line in cpu_path.read_bytes().splitlines()]
    assert len(rows) >= 3
    broken = rows[1]
    broken["code"] = broken["code"].replace("{", "{ this_is_not_cpp(;", 1)
    cpu_path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))

    result = subprocess.run(
        [sys.executable, "-m", "synth", "validate", str(cpu_path), str(tmp_path / "cuda_code.jsonl"), "--workers", "1", "--emit", "ptx"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1, result.stderr
    assert "failed: 1" in result.stdout
    quarantined = [orjson.loads(line) for line in (tmp_path / "quarantine.jsonl").read_bytes().splitlines()]
    assert {q["id"] for q in quarantined} == {broken["id"]}
    assert any("this_is_not_cpp" in q["error"] for q in quarantined)
    for device in ("cpu", "cuda"):
        kept = [orjson.loads(line)["id"] for line in (tmp_path / f"{device}_code.jsonl").read_bytes().splitlines()]
        assert kept == [r["id"] for r in rows if r["id"] != broken["id"]]
    stats = orjson.loads((tmp_path / "dataset_stats.json").read_bytes())
    assert stats["verification"]["compiled"] == {"cpu": len(rows), "cuda": len(rows)}
    assert stats["devices"]["cpu"]["records"] == len(rows) - 1
    # every CUDA record's own PTX, in file order, without the quarantined kernel's
    ptx = [orjson.loads(line) for line in (tmp_path / "cuda_ptx.jsonl").read_bytes().splitlines()]
    assert [p["id"] for p in ptx] == [r["id"] for r in rows if r["id"] != broken["id"]]
    for entry, row in zip(ptx, (r for r in rows if r["id"] != broken["id"]), strict=True):
        assert entry["arch"] == "sm_90" and entry["ptx"].startswith("//") and "\0" not in entry["ptx"]
        for kind in ("forward", "backward"):
            assert f".entry {row['symbol']}_cuda_kernel_{kind}(" in entry["ptx"]
    assert stats["verification"]["ptx"]["records"] == len(ptx)
    assert sorted(p.name for p in tmp_path.glob("cuda_ptx*")) == ["cuda_ptx.jsonl"]  # no partial file left

    validated = {device: (tmp_path / f"{device}_code.jsonl").read_bytes() for device in ("cpu", "cuda")}
    run(RunConfig(out=tmp_path, target_mb=0.25, seed=8, workers=1))  # the finished run, asked again
    assert {device: (tmp_path / f"{device}_code.jsonl").read_bytes() for device in ("cpu", "cuda")} == validated

    again = subprocess.run(
        [sys.executable, "-m", "synth", "validate", str(cpu_path), str(tmp_path / "cuda_code.jsonl"), "--workers", "1"],
        capture_output=True,
        text=True,
    )
    assert again.returncode == 0 and "failed: 0" in again.stdout
