"""The runtime check: generated kernels run clean; an out-of-bounds read is caught, with its seed.
The CPU half of CPU-against-CUDA: inputs in their ranges and with real geometry, two runs on
the same inputs through the npz files agree, and the comparison catches what it must."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import orjson
import pytest
from planted import record_of

from warp_synth.extract import content_id
from warp_synth.grammar import sample
from warp_synth.grammar.shipped import load_grammar
from warp_synth.synth.generate.render import Renderer
from warp_synth.extract.runtime import draw_inputs, launch_on_cpu, load_kernel, run_kernel
from warp_synth.synth.run.job import RunConfig, run
from warp_synth.synth.checks.runtime_check import (
    KernelDraws, compare_results, grammar_of_run, is_order_dependent, kernel_jobs, load_arrays, pack, pick_records, run_jobs, run_sample,
    thread_order_races, unpack,
)  # fmt: skip

REPO = Path(__file__).resolve().parent.parent

OUT_OF_BOUNDS = """import warp as wp


@wp.kernel
def overread(values: wp.array(dtype=float), scale: float, result: wp.array(dtype=float)):
    i = wp.tid()
    result[i] = values[i + 1000] * scale
"""

QUERIES = """import warp as wp


@wp.kernel
def queries(grid: wp.uint64, mesh: wp.uint64, volume: wp.uint64, points: wp.array(dtype=wp.vec3),
            ray_dir: wp.array(dtype=wp.vec3), weights: wp.array(dtype=float), picks: wp.array(dtype=int),
            dt: float, h: float, neighbours: wp.array(dtype=int), hits: wp.array(dtype=int), sdf: wp.array(dtype=float)):
    tid = wp.tid()
    p = points[tid]
    query = wp.hash_grid_query(grid, p, h)
    other = int(0)
    while wp.hash_grid_query_next(query, other):
        if wp.length(points[other] - p) <= h:
            neighbours[tid] += 1
    ray = wp.mesh_query_ray(mesh, p * 3.0, wp.normalize(0.1 * ray_dir[tid] - p), 100.0)
    hits[tid] = wp.where(ray.result, 1, 0)
    sdf[tid] = wp.volume_sample_f(volume, wp.volume_world_to_index(volume, p), wp.Volume.LINEAR) * weights[picks[tid]] * dt
"""


TILED = """import warp as wp

TILE = wp.constant(32)


@wp.kernel
def row_sums(data: wp.array2d(dtype=float), gain: float, rows: wp.array(dtype=float)):
    row, lane = wp.tid()
    t = wp.tile_load(data[row], shape=TILE)
    total = wp.tile_sum(wp.tile_map(wp.sin, t))
    wp.tile_store(rows, total * gain, offset=row)
"""


def _kernel(tmp_path, source: str, name: str):
    path = tmp_path / f"{name}.py"
    return load_kernel(source, f"test_{name}", str(path), "release")


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    out = tmp_path_factory.mktemp("dataset")
    run(RunConfig(out=out, target_mb=0.2, seed=4, workers=1))
    return out


@pytest.mark.slow
def test_generated_kernels_run_clean_forward_and_backward(dataset):
    report = run_sample(dataset / "cpu_code.jsonl", 4, seed=1)
    written = len((dataset / "cpu_code.jsonl").read_bytes().splitlines())
    assert report["records"] == min(4, written) and report["kernels"] >= report["records"]  # every kernel of each module is launched
    assert report["failures"] == [] and report["passed"] == report["kernels"]


def test_out_of_bounds_kernel_is_reported_with_its_seed(tmp_path):
    record = record_of(OUT_OF_BOUNDS, "overread", seed=1234)
    path = tmp_path / "cpu_code.jsonl"
    path.write_bytes(orjson.dumps(record) + b"\n")
    report = run_sample(path, 1, trust_code=True)
    assert report["passed"] == 0
    (failure,) = report["failures"]
    assert failure["seed"] == 1234 and failure["status"] == "crash"
    assert "shape" in failure["error"]


def test_inputs_are_drawn_in_the_ranges_their_names_imply(tmp_path):
    _, kernel = _kernel(tmp_path, QUERIES, "ranges")
    data = draw_inputs(kernel, {"ndim": 1}, seed=7)
    assert 0 < data["in.dt"] <= 0.05 and 0.2 <= data["in.h"] <= 0.6
    assert ((data["in.weights"] >= 0) & (data["in.weights"] <= 1)).all()
    assert np.allclose(np.linalg.norm(data["in.ray_dir"], axis=1), 1.0, atol=1e-5)
    assert ((data["in.picks"] >= 0) & (data["in.picks"] < 8)).all()
    assert (data["in.points"] >= -1).all() and (data["in.points"] <= 1).all()
    # the hash grid is built over the points the kernel reads; the volume holds a sphere's SDF
    assert np.array_equal(data["in.grid:grid_points"], data["in.points"])
    assert data["in.volume:volume_sdf"].min() < 0 < data["in.volume:volume_sdf"].max()
    again, other = draw_inputs(kernel, {"ndim": 1}, seed=7), draw_inputs(kernel, {"ndim": 1}, seed=8)
    assert all(np.array_equal(again[k], v) for k, v in data.items())
    assert not np.array_equal(other["in.points"], data["in.points"])


def test_queries_on_the_drawn_geometry_find_something(tmp_path):
    namespace, kernel = _kernel(tmp_path, QUERIES, "queries")
    data = draw_inputs(kernel, {"ndim": 1}, seed=3)
    results = run_kernel(kernel, namespace, {"ndim": 1}, data, "cpu", backward=False)
    assert (results["out.neighbours"] >= 1).all()  # every point finds itself, most find others
    assert (results["out.neighbours"] >= 2).sum() >= 8
    assert results["out.hits"].sum() >= 16  # rays aimed back through the origin cross the cube
    assert np.count_nonzero(results["out.sdf"]) >= 30  # the volume is not its background


@pytest.mark.slow
def test_two_cpu_runs_through_the_npz_files_agree(dataset, tmp_path):
    draws = KernelDraws(grammar_of_run(dataset))
    records = pick_records(dataset / "cpu_code.jsonl", 3, seed=2)

    def record_all(tag: str) -> dict:
        jobs = [
            job for r in records
            for job in kernel_jobs(r, draws, lambda stem: {"kind": "record", "device": "cpu", "inputs": str(tmp_path / f"{stem}.inputs.npz"),
                                                           "results": str(tmp_path / f"{stem}.{tag}.npz")})
        ]  # fmt: skip
        status = run_jobs(jobs, workers=2)
        assert [s["status"] for s in status.values()] == ["ok"] * len(jobs), status
        pack({job["id"]: Path(job["results"]) for job in jobs}, tmp_path / f"{tag}.npz")
        return unpack(tmp_path / f"{tag}.npz")

    kernels = [(record, kernel) for record in records for kernel in record["kernels"]]
    inputs = lambda: {f"{r['id']}/{k['name']}": (tmp_path / f"{r['id']}_{k['name']}.inputs.npz").stat().st_mtime_ns for r, k in kernels}  # noqa: E731
    first = record_all("first")  # draws the inputs and saves them
    inputs_written = inputs()
    second = record_all("second")  # reads the saved inputs
    assert inputs_written == inputs() and len(first) == len(kernels)
    for record, kernel in kernels:
        job = f"{record['id']}/{kernel['name']}"
        ours = first[job]
        start, end = kernel["sections"]["backward"]  # built without a backward pass (enable_backward=False): no gradients
        assert (start < end or not any(k.startswith("grad.") for k in ours)) and any(k.startswith("out.") for k in ours)
        assert ours.keys() == load_arrays(tmp_path / f"{record['id']}_{kernel['name']}.first.npz").keys()
        verdict = compare_results(ours, second[job], is_order_dependent(record["python_source"]))
        assert verdict["agree"] and verdict["worst"]["ratio"] == 0.0, verdict
    assert any(key.startswith("grad.") for arrays in first.values() for key in arrays)  # kernels with float inputs have gradients


def test_tile_kernels_run_backward_too(tmp_path):
    namespace, kernel = _kernel(tmp_path, TILED, "tiled")
    launch = {"ndim": 1, "tiled": "TILE"}
    inputs = draw_inputs(kernel, launch, seed=5)
    results = run_kernel(kernel, namespace, launch, inputs, "cpu")
    assert np.count_nonzero(results["out.rows"]) == 32
    # d(rows[r])/d(data[r, c]) = gain * cos(data[r, c]), plus the 1 every gradient is seeded with
    expected = 1.0 + float(inputs["in.gain"]) * np.cos(inputs["in.data"])
    assert np.allclose(results["grad.data"], expected, atol=1e-5)


@pytest.mark.slow
@pytest.mark.parametrize(
    "template, threads, backward",
    [("kernel/particles/integrate_worlds", 64, True),  # launch = { ndim = 2 }: world, i = wp.tid()
     ("kernel/reductions_scans/segment_offsets", 1, False)],  # launch = { ndim = 1, dim = 1 }, enable_backward=False
)  # fmt: skip
def test_a_template_is_launched_as_its_header_says(tmp_path, template, threads, backward):
    grammar = load_grammar()
    launch = grammar.launch_of(template)
    source = Renderer(grammar).render(sample(grammar, 11, force=template))
    namespace, kernel = _kernel(tmp_path, source, "launched")
    data = draw_inputs(kernel, launch, seed=3)
    assert int(np.prod(data["launch_shape"])) == threads
    results = run_kernel(kernel, namespace, launch, data, "cpu")
    assert any(key.startswith("grad.") for key in results) == backward
    gradient = launch_on_cpu(source, "test_launched_check", str(tmp_path / "launched_check.py"), launch, 3)["gradient"]
    assert (gradient.get("reason") == "built without a backward pass (enable_backward=False)") == (not backward)


def test_comparison_catches_what_it_must():
    rng = np.random.default_rng(0)
    cpu = {"out.x": rng.uniform(-1, 1, 64).astype(np.float32), "out.bins": np.arange(8, dtype=np.int32), "grad.x": np.ones(64, np.float32)}

    def with_change(key, change):
        other = {k: v.copy() for k, v in cpu.items()}
        change(other[key])
        return other

    assert compare_results(cpu, with_change("out.x", lambda a: a.__setitem__(5, a[5] + 1e-6)), False)["agree"]
    nudged = with_change("out.x", lambda a: a.__setitem__(5, a[5] + 3e-4))
    assert not compare_results(cpu, nudged, False)["agree"]  # too far for an elementwise result
    assert compare_results(cpu, nudged, True)["agree"]  # within reach of another summation order
    verdict = compare_results(cpu, with_change("out.x", lambda a: a.__setitem__(9, a[9] + 0.1)), True)
    assert not verdict["agree"] and verdict["worst_array"] == "out.x" and verdict["worst"]["at"] == [9]
    assert not compare_results(cpu, with_change("out.bins", lambda a: a.__setitem__(2, 3)), True)["agree"]
    assert not compare_results(cpu, with_change("grad.x", lambda a: a.__setitem__(0, np.nan)), True)["agree"]
    assert not compare_results(cpu, {k: v for k, v in cpu.items() if k != "grad.x"}, True)["agree"]
    both_nan = {**cpu, "out.x": np.where(np.arange(64) == 3, np.nan, cpu["out.x"]).astype(np.float32)}
    assert compare_results(both_nan, {k: v.copy() for k, v in both_nan.items()}, False)["agree"]


def test_order_dependence_is_read_from_the_source():
    assert is_order_dependent("wp.atomic_add(bins, b, 1)") and is_order_dependent("out[i] += x")
    assert is_order_dependent("total = wp.tile_sum(t)") and is_order_dependent("q = wp.hash_grid_query(g, p, r)")
    assert not is_order_dependent("out[i] = wp.sin(x[i]) + 1.0")


def test_non_commuting_atomics_are_named_as_races():
    assert thread_order_races("wp.atomic_add(sums, b, key)\nwp.atomic_add(bins, b, 1)\nsums[i] += 1.0") == []
    assert thread_order_races("wp.atomic_max(total, 0, w)\nwp.atomic_add(total, i, w)") == ["atomic add and max on total"]
    assert thread_order_races("wp.atomic_min(peak, 0, w)\npeak[0] += w") == ["atomic add and min on peak"]
    assert thread_order_races("wp.atomic_exch(bins, 3, tid)") == ["atomic exch on bins"]


def test_bench_records_a_gpu_figure_as_not_measured(dataset, tmp_path):
    stats = tmp_path / "dataset_stats.json"
    stats.write_bytes((dataset / "dataset_stats.json").read_bytes())
    command = [sys.executable, str(REPO / "bench" / "bench_gpu.py"), "not-measured", "--why", "no GPU", "--stats", str(stats)]
    subprocess.run(command, check=True, capture_output=True)
    assert json.loads(stats.read_text())["runtime_check"]["gpu"] == {"measured": False, "why": "no GPU"}


SMOOTH_AND_NAN = """import warp as wp


@wp.kernel
def shade(x: wp.array(dtype=float), out: wp.array(dtype=float), bad: wp.array(dtype=float)):
    i = wp.tid()
    out[i] = wp.sin(x[i]) * x[i]
    bad[i] = wp.log(x[i] - 10.0)
"""

# A helper whose hand-written gradient is wrong (twice the true one): a mismatch no Warp limit explains.
WRONG_GRADIENT = """import warp as wp


@wp.func
def cube(x: float):
    return x * x * x


@wp.func_grad(cube)
def adj_cube(x: float, adj_ret: float):
    wp.adjoint[x] += 6.0 * x * x * adj_ret


@wp.kernel
def cubes(x: wp.array(dtype=float), out: wp.array(dtype=float)):
    i = wp.tid()
    out[i] = cube(x[i])
"""


def _one_record(tmp_path, source: str, name: str) -> Path:
    path = tmp_path / "cpu_code.jsonl"
    record = record_of(source, name)
    path.write_bytes(orjson.dumps(record) + b"\n")
    return path


def test_non_finite_outputs_are_reported_and_smooth_gradients_pass(tmp_path):
    report = run_sample(_one_record(tmp_path, SMOOTH_AND_NAN, "shade"), 1, trust_code=True)
    assert report["finite"]["all_finite"] == 0 and report["finite"]["non_finite"][0]["arrays"] == ["out.bad"]
    assert report["gradient"]["totals"] == {"checked": 1, "passed": 1, "mismatch": 0}
    (check,) = [json.loads(line) for line in (tmp_path / report["checks_file"]).read_text().splitlines()]
    assert check == {"id": f"{content_id(SMOOTH_AND_NAN)}/shade", "seed": 99, "family": "elementwise_math", "ran": "ok", "finite": False, "gradient": "passed"}


def test_a_wrong_adjoint_is_a_mismatch_with_its_reproducer(tmp_path):
    path = _one_record(tmp_path, WRONG_GRADIENT, "cubes")
    gradient = run_sample(path, 1, trust_code=True)["gradient"]
    assert gradient["totals"]["mismatch"] == 1
    (found,) = gradient["mismatches"]
    assert found["seed"] == 99 and abs(found["adjoint"] - 2 * found["fd"]) <= 0.05 * abs(found["fd"])
    (reproducer,) = [json.loads(line) for line in (tmp_path / gradient["mismatches_file"]).read_text().splitlines()]
    assert "func_grad" in reproducer["python_source"] and reproducer["fd"] == found["fd"]


OVERWRITTEN_COMPONENT = "vector component overwritten in place (Warp's adjoint ignores it without enable_vector_component_overwrites)"


@pytest.mark.parametrize(
    "body, limit",
    [("out[i] = wp.tile_min(wp.tile_load(x, shape=8))[0]", "no adjoint in Warp for tile_min"),
     ("out[i] = x[i] % 2.0", "no adjoint in Warp for mod"),
     ("s = float(0.0)\n    for k in range(n):\n        s += x[k]\n    out[i] = s", "variable mutated in a dynamic loop"),
     ("s = float(0.0)\n    for k in range(4):\n        if s > 1.0:\n            break\n        s += x[k]\n    out[i] = s", "variable mutated in a dynamic loop"),
     ("slot = wp.atomic_add(counter, 0, 1)\n    out[slot] = x[i]", "atomic result used as a value"),
     ("x[i] = x[i] * 2.0", "array overwritten after it was read (Warp's tape does not support overwrites)"),
     ("v = wp.vec3(x[i], 1.0, 2.0)\n    v[1] = 0.0\n    out[i] = wp.length(v)", OVERWRITTEN_COMPONENT),
     ("v = wp.vec3(x[i], 1.0, 2.0)\n    v.y = 0.0\n    out[i] = wp.length(v)", OVERWRITTEN_COMPONENT)],
)  # fmt: skip
def test_known_limits_of_warps_adjoint_are_named(body, limit):
    from warp_synth.extract.runtime import missing_adjoints
    from warp_synth.synth.analysis.adjoint import known_ad_limits

    source = f"import warp as wp\n\n@wp.kernel\ndef k(x: wp.array(dtype=float), n: int, counter: wp.array(dtype=int), out: wp.array(dtype=float)):\n    i = wp.tid()\n    {body}\n"
    assert known_ad_limits(source, missing_adjoints()) == [limit]
    assert known_ad_limits("import warp as wp\n\n@wp.kernel\ndef k(x: wp.array(dtype=float), out: wp.array(dtype=float)):\n    i = wp.tid()\n    s = float(0.0)\n    for k in range(4):\n        s += x[k]\n    out[i] = s\n", missing_adjoints()) == []


def test_inputs_follow_the_roles_ranges_when_known(tmp_path):
    _, kernel = _kernel(tmp_path, QUERIES, "roles")
    roles = {"weights": {"range": [2.0, 3.0], "unit": False}, "points": {"range": None, "unit": True}, "picks": {"range": [0, 1], "unit": False}}
    data = draw_inputs(kernel, {"ndim": 1}, seed=7, roles=roles)
    assert ((data["in.weights"] >= 2.0) & (data["in.weights"] <= 3.0)).all()
    assert np.allclose(np.linalg.norm(data["in.points"], axis=1), 1.0, atol=1e-5)
    assert set(np.unique(data["in.picks"])) <= {0, 1}


def test_role_ranges_come_from_the_kernels_own_derivation(dataset):
    draws = KernelDraws(grammar_of_run(dataset))
    records = [orjson.loads(line) for line in (dataset / "cpu_code.jsonl").read_bytes().splitlines()]
    found = [draws.ranges(r) for r in records]
    assert any(found)
    for record, ranges in zip(records, found):
        functions = {n.name: n for n in ast.walk(ast.parse(record["python_source"])) if isinstance(n, ast.FunctionDef)}
        names = {kernel["template"]: kernel["name"] for kernel in record["kernels"]}
        assert set(ranges) <= set(names)
        for template, params in ranges.items():  # each kernel's ranges name its own parameters
            assert set(params) <= {a.arg for a in functions[names[template]].args.args}
    edited = {**records[0], "python_source": records[0]["python_source"] + "# edited\n"}
    assert draws.ranges(edited) == {}  # not the kernel its seed draws today: names decide instead


@pytest.mark.slow
def test_the_runtime_check_draws_again_with_the_runs_own_grammar(tmp_path):
    """After a run with --weights, the runtime check finds each kernel's derivation (its role
    ranges) with that run's grammar, not the shipped one; once the weights file changes, with
    the shipped one, whose draws then simply do not match."""
    kernel = "kernel/particles/integrate_particles"
    weights = tmp_path / "weights.toml"
    shipped = load_grammar()
    weights.write_text("[weights]\n" + "".join(f'"{p.name}" = {1.0 if p.name == kernel else 0.0}\n' for p in shipped.of_kind("kernel")))
    out = tmp_path / "run"
    run(RunConfig(out=out, target_mb=0.05, seed=3, workers=1, weights_file=weights))
    records = [orjson.loads(line) for line in (out / "cpu_code.jsonl").read_bytes().splitlines()]
    assert {r["template"] for r in records} == {kernel}
    own = grammar_of_run(out)
    assert own.digest == orjson.loads((out / "dataset_stats.json").read_bytes())["run"]["grammar_sha256"] != shipped.digest
    for grammar, draws_this_kernel in ((own, True), (shipped, False)):  # the shipped one is what the check drew with before
        renderer = Renderer(grammar)
        assert all((renderer.render(sample(grammar, r["seed"])) == r["python_source"]) == draws_this_kernel for r in records)
    assert any(KernelDraws(own).ranges(r) for r in records) and not any(KernelDraws(shipped).ranges(r) for r in records)
    weights.write_text(weights.read_text() + "# changed\n")
    assert grammar_of_run(out).digest == shipped.digest
