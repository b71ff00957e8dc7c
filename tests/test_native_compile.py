"""Native compilation: every template's kernels compile with clang and NVRTC; a broken
record is caught by `synth validate`, named, and the rest of its batch still passes."""

from __future__ import annotations

import subprocess
import sys

import orjson
import pytest
from cover import branch_cover, seeds
from planted import plant
from hypothesis import given, settings

from warp_synth.extract import content_id, generate
from warp_synth.extract.native import NativeCompiler
from warp_synth.grammar import Budget
from warp_synth.synth.report.report import write_report
from warp_synth.synth.run.job import RunConfig, run
from warp_synth.synth.dataset.layout import DatasetLayout
from warp_synth.synth.checks.validate import validate
from warp_synth.synth.generate.render import Renderer
from warp_synth.grammar.shipped import load_grammar

pytestmark = pytest.mark.native  # the native compilers (clang, NVRTC): `pytest -m native`

GRAMMAR = load_grammar()
SMALL = Budget(max_statements=6)


@pytest.fixture(scope="module")
def compilers(tmp_path_factory) -> dict[str, NativeCompiler]:
    """One compiler (and precompiled header) per device, for every example."""
    return {device: NativeCompiler(device, workdir=tmp_path_factory.mktemp(device)) for device in ("cpu", "cuda")}


# An example builds kernels that use every template and take every branch of each (about
# 200 kernels), for both devices, in one unit per device, bisecting on failure: tens of seconds.
@settings(max_examples=max(1, settings().max_examples // 3))
@given(seed=seeds)
@pytest.mark.slow
def test_every_template_compiles_natively(compilers, seed):
    renderer = Renderer(GRAMMAR)
    forced, built = [], []
    for name, derivation in branch_cover(GRAMMAR, sorted(GRAMMAR.productions), seed, SMALL):
        source = renderer.render(derivation)
        forced.append(name)
        tiled = GRAMMAR.launch_of(derivation.kernel_production).get("tiled")
        built.append(generate(source, f"native_{content_id(source)}", f"{derivation.kernel_name}.py", tiled=tiled))
    for device in ("cpu", "cuda"):
        for preamble in {generated.preamble[device] for generated in built}:  # one per block size
            at = [i for i, generated in enumerate(built) if generated.preamble[device] == preamble]
            failures = compilers[device].failures(preamble, [built[i].code[device] for i in at])
            assert not failures, {f"{forced[at[i]]} ({device}, seed {seed})": message[-600:] for i, message in failures.items()}


@pytest.mark.slow
def test_validate_quarantines_a_broken_record_and_keeps_the_rest(tmp_path):
    run(RunConfig(out=tmp_path, target_mb=0.25, seed=8, workers=1))
    cpu_path = tmp_path / "cpu_code.jsonl"
    rows = [orjson.loads(line) for line in cpu_path.read_bytes().splitlines()]
    assert len(rows) >= 3
    rows[1] = broken = plant(rows[1], "{", "{ this_is_not_cpp(;")
    cpu_path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))

    result = subprocess.run(
        [sys.executable, "-m", "warp_synth.synth", "validate", str(cpu_path), str(tmp_path / "cuda_code.jsonl"), "--workers", "1", "--emit", "ptx"],
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
    assert stats["devices"]["cpu"]["files"]["train"]["records"] == len(rows) - 1
    # every CUDA record's own PTX, in file order, without the quarantined kernel's
    ptx = [orjson.loads(line) for line in (tmp_path / "cuda_ptx.jsonl").read_bytes().splitlines()]
    assert [p["id"] for p in ptx] == [r["id"] for r in rows if r["id"] != broken["id"]]
    for entry, row in zip(ptx, (r for r in rows if r["id"] != broken["id"]), strict=True):
        assert entry["arch"] == "sm_90" and entry["ptx"].startswith("//") and "\0" not in entry["ptx"]
        for kernel in row["kernels"]:
            (start, end) = kernel["sections"]["backward"]
            for kind in ("forward", "backward") if start < end else ("forward",):  # enable_backward=False: no backward entry
                assert f".entry {kernel['symbol']}_cuda_kernel_{kind}(" in entry["ptx"]
    assert stats["verification"]["ptx"]["records"] == len(ptx)
    assert sorted(p.name for p in tmp_path.glob("cuda_ptx*")) == ["cuda_ptx.jsonl"]  # no partial file left
    write_report(tmp_path / "dataset_stats.json", tmp_path / "REPORT.md", tmp_path / "charts")
    assert f"PTX: `cuda_ptx.jsonl` ({len(ptx)} records" in (tmp_path / "REPORT.md").read_text()
    assert "config_name: ptx" in (tmp_path / "README.md").read_text()  # the dataset card

    validated = {device: (tmp_path / f"{device}_code.jsonl").read_bytes() for device in ("cpu", "cuda")}
    run(RunConfig(out=tmp_path, target_mb=0.25, seed=8, workers=1))  # the finished run, asked again
    assert {device: (tmp_path / f"{device}_code.jsonl").read_bytes() for device in ("cpu", "cuda")} == validated

    again = subprocess.run(
        [sys.executable, "-m", "warp_synth.synth", "validate", str(cpu_path), str(tmp_path / "cuda_code.jsonl"), "--workers", "1"],
        capture_output=True,
        text=True,
    )
    assert again.returncode == 0 and "failed: 0" in again.stdout


@pytest.mark.slow
def test_an_interrupted_validation_goes_on_where_it_stopped(tmp_path):
    run(RunConfig(out=tmp_path, target_mb=0.3, seed=5, workers=1))
    paths = [tmp_path / "cpu_code.jsonl", tmp_path / "cuda_code.jsonl"]
    ids = [orjson.loads(line)["id"] for line in paths[1].read_bytes().splitlines()]
    assert len(ids) >= 3
    sizes = {"cpu": 2, "cuda": 2}

    stopped = []  # records compiled when interrupted (a batch can be cut short where a preamble changes)

    def interrupt_after_two_batches(done: int, total: int) -> None:
        if done >= 4:
            stopped.append(done)
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        validate(paths, workers=1, batch_sizes=sizes, emit_ptx=True, on_progress=interrupt_after_two_batches)
    with open(DatasetLayout(tmp_path).progress, "ab") as progress:
        progress.write(b'{"device": "cu')  # a line cut by the interruption
    figures = validate(paths, workers=1, batch_sizes=sizes, emit_ptx=True)

    assert figures["resumed"] == stopped[0] >= 4
    assert figures["compiled"] == {"cpu": len(ids), "cuda": len(ids)} and figures["all_passed"]
    assert sum(device["records"] for device in figures["per_device"].values()) == 2 * len(ids) - stopped[0]
    assert [orjson.loads(line)["id"] for line in DatasetLayout(tmp_path).ptx.read_bytes().splitlines()] == ids
    assert not DatasetLayout(tmp_path).progress.exists()


# Two planted defects a compiler front end must catch: a call no overload matches (a type
# error), and a template whose body only fails once it is instantiated.
TYPE_ERROR = 'static auto type_error = wp::add(wp::float32(1.0), "not a number");\n'
BAD_INSTANTIATION = (
    "template <typename T> T broken_twice(T x) { return x.no_such_member * 2; }\n"
    "static auto bad_instantiation = broken_twice(wp::float32(1.0));\n"
)


@pytest.mark.parametrize("level", ["syntax", "full"])
@pytest.mark.slow
def test_both_levels_catch_type_errors_and_bad_instantiations(tmp_path, level):
    run(RunConfig(out=tmp_path, target_mb=0.4, seed=8, workers=1))  # 4 modules: two to plant a defect in, two to keep
    planted = {}
    for device in ("cpu", "cuda"):
        path = tmp_path / f"{device}_code.jsonl"
        rows = [orjson.loads(line) for line in path.read_bytes().splitlines()]
        for at, defect in zip((1, 2), (TYPE_ERROR, BAD_INSTANTIATION)):
            rows[at] = plant(rows[at], "", defect)
            planted[rows[at]["id"]] = defect
        path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
    figures = validate([tmp_path / "cpu_code.jsonl", tmp_path / "cuda_code.jsonl"], workers=1, level=level)
    assert figures["level"] == level and figures["failed"] == 2
    quarantined = {q["id"]: q["error"] for q in map(orjson.loads, (tmp_path / "quarantine.jsonl").read_bytes().splitlines())}
    assert set(quarantined) == set(planted)
    assert "no_such_member" in quarantined[next(i for i, d in planted.items() if d == BAD_INSTANTIATION)]
