"""`synth real`: Warp's own kernels as a test set. Each record is its kernel's slice of what Warp
builds for the kernel's module, carries where it came from, and is counted; the folder is the
command's own; `synth eval --split real` scores it and the run records the retrieval baseline on it."""

from __future__ import annotations

import ast
import builtins
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from warp_synth.extract import DEVICES, section
import warp as wp

from warp_synth.extract.real import harvest, spelled, warp_root
from warp_synth.synth.dataset.layout import DatasetLayout, read_records
from warp_synth.synth.dataset.ownership import MANIFEST
from warp_synth.synth.dataset.schema import REAL_SPLIT
from warp_synth.synth.evaluate.harness import baseline_outdated, evaluate, record_baseline
from warp_synth.synth.real.job import build_real_set
from warp_synth.synth.real.records import features_of

MODULES = ["warp.tests.test_func", "warp.tests.tile.test_tile_reduce", "warp.examples.core.example_dem", "warp.examples.benchmarks.benchmark_cloth"]
WHOLE = "warp.tests.test_func"  # its kernels are all in its own module


@pytest.fixture(scope="session")
def real_run(split_run, tmp_path_factory) -> Path:
    """A copy of the split run with a real set of MODULES beside it; never changed."""
    folder = tmp_path_factory.mktemp("real_run") / "run"
    shutil.copytree(split_run, folder)
    build_real_set(folder, MODULES)
    return folder


def _records(real_run, device: str = "cpu") -> list[dict]:
    return list(read_records(DatasetLayout(real_run).real.code(device, REAL_SPLIT), "real"))


def _stats(real_run) -> dict:
    return orjson.loads(DatasetLayout(real_run).real.real_stats.read_bytes())


_WHOLE_MODULE = """
import importlib, json, sys
from warp_synth.extract.codegen import init_warp, portable_paths
from warp_synth.extract.launch import Launch, build, switch_mathdx
init_warp()
from warp._src import context
importlib.import_module(sys.argv[1])
module = context.user_modules[sys.argv[1]]
switch_mathdx(module, Launch())
print(json.dumps({device: portable_paths(text) for device, (text, _) in build(module, ("cpu", "cuda"), Launch(), False, True).items()}))
"""


def test_each_kernel_is_its_slice_of_warps_build_of_its_whole_module(real_run):
    """Warp builds a module whole at its first launch (``Module._run_codegen``): each real record's
    forward and backward code is found verbatim in that build, for both devices."""
    done = subprocess.run(
        [sys.executable, "-c", _WHOLE_MODULE, WHOLE], capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"}
    )  # fmt: skip
    whole = json.loads(done.stdout.splitlines()[-1])
    checked = 0
    for device in DEVICES:
        for record in _records(real_run, device):
            if record["provenance"]["module"] == WHOLE:
                (kernel,) = record["kernels"]  # a real record is one kernel, built alone
                assert kernel["symbol"] in whole[device], kernel["name"]
                for name in ("forward", "backward"):
                    assert section(record, name) in whole[device], (kernel["name"], device, name)
                checked += 1
    assert checked >= 2 * 10


def test_each_record_says_where_its_kernel_is_defined(real_run):
    """The provenance's file and line hold the kernel's own source, the last part of its Python (a
    kernel made by calling ``wp.Kernel`` is shown with the ``@wp.kernel`` it amounts to)."""
    for record in _records(real_run):
        provenance = record["provenance"]
        assert provenance["licence"] == "Apache-2.0" and record["split"] == "test" and record["template"] == provenance["file"]
        lines = (warp_root() / provenance["file"]).read_text(encoding="utf-8").splitlines()
        own = _kernel_source(record).splitlines()
        if own[0].startswith("@wp.kernel") and lines[provenance["line"] - 1].lstrip().startswith("def "):
            own = own[1:]
        for number, line in enumerate(own[:3]):
            assert lines[provenance["line"] - 1 + number].strip() == line.strip(), record["kernels"][0]["name"]
        assert record["family"] == str(Path(provenance["file"]).parent.relative_to("warp"))


def _kernel_source(record: dict) -> str:
    """The kernel's own definition in a record's Python (the last top-level function)."""
    tree = ast.parse(record["python_source"])
    kernel = [node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == record["kernels"][0]["name"]][-1]
    first = min([kernel.lineno, *(decorator.lineno for decorator in kernel.decorator_list)])
    return "\n".join(record["python_source"].splitlines()[first - 1 :])


def _undefined_before_use(source: str) -> set[str]:
    """Names a module's statements load before any earlier statement (or Python) defines them."""
    defined = set(dir(builtins)) | {"wp", "warp", "np", "math"}
    undefined = set()
    for statement in ast.parse(source).body:
        nodes = list(ast.walk(statement))
        local = {n.id for n in nodes if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
        local |= {a.arg for n in nodes if isinstance(n, ast.FunctionDef) for a in n.args.args}
        if isinstance(statement, (ast.Assign, ast.AnnAssign)):
            local = set()  # a module-level assignment's targets are defined after its value
        undefined |= {n.id for n in nodes if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)} - defined - local
        defined |= {statement.name} if isinstance(statement, (ast.FunctionDef, ast.ClassDef)) else {n.id for n in nodes if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    return undefined


def test_a_kernels_python_defines_what_it_uses_before_it(real_run):
    """Every name a record's Python loads is defined above its use (helpers, structs, constants,
    a factory's values), each once."""
    records = _records(real_run)
    assert any("@wp.func" in r["python_source"] for r in records) and any("@wp.struct" in r["python_source"] for r in records)
    for record in records:
        assert _undefined_before_use(record["python_source"]) == set(), record["kernels"][0]["name"]
        tree = ast.parse(record["python_source"])
        names = [n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))]
        names += [t.id for n in tree.body if isinstance(n, ast.Assign) for t in n.targets if isinstance(t, ast.Name)]
        assert len(names) == len(set(names)), record["kernels"][0]["name"]


def test_what_a_factory_closes_over_is_spelled_before_the_kernel():
    """A kernel made by a factory shows the values it was made with: kernels whose code differs
    never share one Python source, and the types are spelled as Warp's."""
    lines = list(harvest(["warp.tests.test_arithmetic"]))
    built = [line for line in lines if line.get("outcome") == "built"]
    by_source: dict[str, set[str]] = {}
    for line in built:
        by_source.setdefault(line["python_source"], set()).add(line["generated"]["code"]["cpu"])
    assert all(len(codes) == 1 for codes in by_source.values())
    sources = "\n".join(by_source)
    assert "dtype = wp.float16\n" in sources and "dtype = wp.int8\n" in sources
    assert spelled(wp.types.vector(length=5, dtype=wp.float16)) == "wp.types.vector(length=5, dtype=wp.float16)"
    assert spelled(wp.vec3) == "wp.vec3" and spelled(wp.types.matrix(shape=(2, 3), dtype=wp.float64)) == "wp.types.matrix(shape=(2, 3), dtype=wp.float64)"
    assert spelled(wp.types.vector(length=2, dtype=wp.uint8)(1, 2)) == "wp.types.vector(length=2, dtype=wp.uint8)(1, 2)"
    assert spelled(object()) is None


def test_every_kernel_is_counted_found_built_refused_or_recorded(real_run):
    stats = _stats(real_run)
    assert stats["records"] == len(_records(real_run)) == len(_records(real_run, "cuda")) > 50
    for folder, figures in stats["folders"].items():
        kept_out = sum(figures["refused"].values())
        assert figures["registered"] - kept_out == figures["recorded"], folder
        assert figures["built"] >= figures["recorded"]
    assert stats["folders"]["tests"]["refused"].get("generic_kernel", 0) >= 1  # test_func's generic kernel
    skipped = stats["folders"]["examples"]["modules_not_imported"]
    assert skipped == {"skipped: a benchmark, which runs or compiles at import": 1}
    assert stats["folders"]["examples"]["kernels_in_source"] >= stats["folders"]["examples"]["registered"]
    assert sum(stats["families"].values()) == stats["records"]


def test_a_module_that_cannot_be_imported_is_counted_with_its_reason(tmp_path):
    """A missing optional dependency (torch) is a module not imported, named with the reason."""
    if importlib.util.find_spec("torch") is not None:
        pytest.skip("torch is installed here")
    stats = build_real_set(tmp_path, ["warp.examples.core.example_torch"])
    assert stats["folders"]["examples"]["modules_not_imported"] == {"failed: No module named 'torch'": 1}
    assert stats["records"] == 0


def test_the_real_set_is_the_same_bytes_when_built_again(real_run, tmp_path):
    build_real_set(tmp_path, MODULES)
    ours, again = DatasetLayout(real_run).real, DatasetLayout(tmp_path).real
    for device in DEVICES:
        assert again.code(device, REAL_SPLIT).read_bytes() == ours.code(device, REAL_SPLIT).read_bytes()


def test_features_are_read_from_the_source():
    source = "@wp.kernel\ndef k(a: wp.array[float]):\n    for i in range(3):\n        while a[i] > 0.0:\n            a[i] -= 1.0\n    t = wp.tile_load(a, shape=8)\n"
    assert features_of(source) == ["loop", "while_loop", "nested_loop", "tiles"]
    assert features_of("@wp.kernel\ndef k(a: wp.array[float]):\n    a[0] = 1.0\n") == []


def test_the_folder_is_the_commands_own(real_run, tmp_path, synth):
    """`synth real` replaces only its own files; a run is not written into its folder."""
    dataset = tmp_path / "run"
    shutil.copytree(real_run, dataset)
    folder = DatasetLayout(dataset).real.folder
    (folder / "notes.txt").write_text("mine")
    code, _, err = synth("real", "--dataset", dataset, "--module", "warp.tests.test_func")
    assert code == 2 and "notes.txt" in err and (folder / "notes.txt").read_text() == "mine"
    code, _, err = synth("run", "--out", folder)
    assert code == 2 and "synth real" in err and MANIFEST in err
    code, _, err = synth("real", "--dataset", dataset, "--module", "warp.tests.nope")
    assert code == 2 and "warp.tests.nope" in err


def test_eval_scores_the_real_set_on_its_own(real_run, synth):
    with_adjoint = sum(bool(section(record, "backward")) for record in _records(real_run))
    assert with_adjoint < _stats(real_run)["records"]  # some kernels are built with enable_backward=False
    for task, kernels in (("python_to_cuda", _stats(real_run)["records"]), ("forward_to_adjoint", with_adjoint)):
        reference = evaluate(real_run, task, ("real",), baseline="reference")
        assert reference["all"]["kernels"] == kernels
        assert all(reference["all"][metric] == 100.0 for metric in ("compiles", "exact", "statement_f1", "chrf"))
        assert list(reference["split"]) == ["real"]
    retrieval = evaluate(real_run, "python_to_cpu", ("real",), baseline="retrieval")
    assert 0 < retrieval["all"]["chrf"] < 100
    code, _, err = synth("eval", "--baseline", "reference", "--task", "python_to_cpu", "--split", "real", "--split", "test", "--dataset", real_run)
    assert code == 2 and "on its own" in err


def test_without_a_real_set_eval_says_how_to_build_one(split_run, synth):
    code, _, err = synth("eval", "--baseline", "reference", "--task", "python_to_cpu", "--split", "real", "--dataset", split_run)
    assert code == 2 and "synth real" in err


def test_the_run_records_the_retrieval_baseline_on_the_real_set_once(real_run, tmp_path):
    dataset = tmp_path / "run"
    shutil.copytree(real_run, dataset)
    stats = record_baseline(dataset, sample=3)
    real = stats["evaluation"]["real"]
    assert real["split"] == "real" and real["scored"] == 3 and real["real_kernels"] == _stats(real_run)["records"]
    assert real["tasks"]["python_to_cpu"]["all"]["kernels"] == 3
    assert not baseline_outdated(dataset, stats)
    (DatasetLayout(dataset).real.code("cpu", REAL_SPLIT)).write_bytes(b"")  # the real set changed
    assert baseline_outdated(dataset, stats)


@pytest.mark.slow
def test_the_export_ships_the_real_set_as_configs_of_its_own(real_run, tmp_path, offline_hf):
    """`real` (pairs rows with provenance, split test only) and `real_<task>` load with `datasets`
    as the records are, never mixed with the synthetic configs; the export scores as the run."""
    from datasets import load_dataset

    from warp_synth.synth.publish.export import export_hub

    hub = tmp_path / "hub"
    export_hub(real_run, hub, tasks=("python_to_cpu", "forward_to_adjoint"))
    real = load_dataset(str(hub), "real")
    assert list(real) == ["test"]
    records = _records(real_run)
    assert [row["id"] for row in real["test"]] == [r["id"] for r in records]
    assert real["test"][0]["provenance"] == records[0]["provenance"] and real["test"][0]["cpu_code"] == records[0]["code"]
    pairs = load_dataset(str(hub), "pairs")
    assert not {row["id"] for split in pairs.values() for row in split} & {r["id"] for r in records}
    task = load_dataset(str(hub), "real_forward_to_adjoint", split="test")
    assert len(task) == sum(bool(section(r, "backward")) for r in records)
    assert "real" in (hub / "NOTICE").read_text() and "provenance" in (hub / "README.md").read_text()
    for name in ("python_to_cpu", "forward_to_adjoint"):
        assert evaluate(hub, name, ("real",), baseline="retrieval") == evaluate(real_run, name, ("real",), baseline="retrieval")


def test_an_export_or_a_real_sets_own_folder_is_not_a_dataset_to_build_into(real_run, tmp_path, synth):
    from warp_synth.synth.publish.export import export_hub

    export_hub(real_run, tmp_path / "hub")
    code, _, err = synth("real", "--dataset", tmp_path / "hub", "--module", "warp.tests.test_func")
    assert code == 2 and "export" in err and not (tmp_path / "hub" / "real").exists()
    code, _, err = synth("real", "--dataset", DatasetLayout(real_run).real.folder, "--module", "warp.tests.test_func")
    assert code == 2 and "synth real" in err


def test_an_empty_real_set_is_one_clear_error_to_score(split_run, tmp_path, synth):
    dataset = tmp_path / "run"
    shutil.copytree(split_run, dataset)
    code, out, _ = synth("real", "--dataset", dataset, "--module", "warp.tests.walkthrough_debug")
    assert code == 0 and "switches Warp to debug mode" in out and "wrote 0 real kernels" in out
    code, _, err = synth("eval", "--baseline", "reference", "--task", "python_to_cpu", "--split", "real", "--dataset", dataset)
    assert code == 2 and "synth real" in err and "Traceback" not in err
