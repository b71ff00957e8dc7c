"""The realism figures (corpus, figures, realism), the fuzzer-idiom checker and `synth realism`."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import re
import textwrap

import orjson
import pytest
from planted import record_of
from typer.testing import CliRunner

from warp_synth.grammar import sample
from warp_synth.synth.cli import app, main
from warp_synth.synth.analysis.corpus import annotation_parts, reference_functions, universe
from warp_synth.grammar import kernel_seed
from warp_synth.synth.analysis import figures as figures_module
from warp_synth.synth.analysis.figures import figures, reference_figures
from warp_synth.synth.analysis.idioms import MODULE_RULES, RULES, find_idioms
from warp_synth.synth.analysis.realism import spearman

HEADER = "import warp as wp\n\n\n"

# One snippet per rule, each planting that rule's idiom once (and no other).
PLANTED = {
    "unused_constant": """
        SCALE = wp.constant(2.0)
        BLOCK = 64

        @wp.kernel
        def k(x: wp.array(dtype=float)):
            i = wp.tid()
            x[i] = x[i] * SCALE
    """,
    "clamped_abs_loop_bound": """
        @wp.func
        def f(n: int) -> float:
            s = float(0.0)
            for k in range(wp.min(wp.abs(n), 16)):
                s += float(k)
            return s
    """,
    "abs_of_thread_id": """
        @wp.kernel
        def k(out: wp.array(dtype=int)):
            i, j = wp.tid()
            out[i] = wp.abs(j)
    """,
    "self_difference": """
        @wp.func
        def f(v: wp.vec3, n: wp.vec3) -> float:
            return wp.dot(v - v, n)
    """,
    "identity_composition": """
        @wp.func
        def f(p: wp.vec3) -> wp.vec3:
            return wp.transform_point(wp.transform_identity(), p)
    """,
    "constant_condition": """
        @wp.func
        def f(x: float) -> float:
            return wp.where(2.0 < 10.0, x, 1.0)
    """,
    "double_cast": """
        @wp.func
        def f(x: float) -> float:
            return x + float(float(1.0))
    """,
    "summed_unrelated": """
        @wp.kernel
        def k(rot: wp.array(dtype=wp.quat), cells: wp.array(dtype=int), band: float, out: wp.array(dtype=float)):
            tid = wp.tid()
            out[tid] = band + wp.length(rot[tid]) + float(cells[tid])
    """,
    "numbered_suffix": """
        @wp.func
        def f(x: float) -> float:
            acc_2 = x * 2.0
            return acc_2
    """,
    "padded_index": """
        @wp.func
        def f(x: int, n: int) -> int:
            return ((x % n) + n) % n
    """,
    "hash_bucket": """
        @wp.func
        def f(a: int, b: int) -> int:
            return ((a % 1024) * 31 + b) % 4096
    """,
    "same_value_branches": """
        @wp.func
        def f(x: float, y: float) -> float:
            if x > y:
                r = y
            elif x < -y:
                r = y
            else:
                r = y
            return r
    """,
    "impossible_test": """
        @wp.func
        def f(v: wp.vec3) -> float:
            if wp.length(v) < 0.0:
                return 1.0
            return 0.0
    """,
    "unused_parameter": """
        @wp.func
        def f(x: float, y: float) -> float:
            return x * 2.0
    """,
    "repeated_work": """
        @wp.kernel
        def k(x: wp.array(dtype=wp.vec3), f: wp.array(dtype=wp.vec3), dt: float):
            i = wp.tid()
            v = x[i]
            v += f[i] * dt
            v += f[i] * dt
            x[i] = v
    """,
    "idempotent_twice": """
        @wp.func
        def f(d: wp.vec3) -> wp.vec3:
            n = wp.normalize(d)
            return wp.normalize(n)
    """,
    "result_named_load": """
        @wp.kernel
        def k(grad: wp.array(dtype=float), out: wp.array(dtype=float)):
            i = wp.tid()
            g_new = grad[i]
            out[i] = g_new * 0.5
    """,
}

# The same work twice, in each of its forms; and code that only looks like it.
REPEATED = [
    ("a = wp.length(d)\nb = wp.length(d)", True),
    ("v = v / m\nv = v / m", True),
    ("v1 = v + f * dt\nv2 = v1 + f * dt", True),
    ("a = wp.length(d)\nd = d * 2.0\nb = wp.length(d)", False),  # d changed in between
    ("v1 = v + f * dt\nf = f * 0.5\nv2 = v1 + f * dt", False),
    ("s = float(0.0)\nt = float(0.0)", False),  # declarations, not work
    ("r = wp.randf(state)\nq = wp.randf(state)", False),  # draws differ
    ("a[i] = wp.length(d)\nb[i] = wp.length(d)", False),  # one value stored twice
    ("h = helper(d)\ng = helper(d)", False),  # a helper may have effects
]

# Real-style code close to each rule: series names, a scaled identity, a truncating cast,
# a positive-length test, a periodic wrap by a variable, ``while True`` with a break.
CLEAN = HEADER + textwrap.dedent('''
    @wp.struct
    class Params:
        dt: float
        count: int


    @wp.func
    def wrap(i: int, n: int) -> int:
        # periodic boundary
        return (i + n) % n


    @wp.func
    def split(v: wp.vec3) -> tuple[float, wp.vec3]:
        length = wp.length(v)
        if length > 0.0:
            return length, v / length
        return 0.0, wp.vec3(0.0)


    @wp.kernel
    def integrate(p: Params, x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), flags: wp.array(dtype=int)):
        """Semi-implicit Euler."""
        tid = wp.tid()
        if flags[tid] == 0:
            return
        x_0 = x[wrap(tid - 1, x.shape[0])]
        x_1 = x[tid]
        x_2 = x[wrap(tid + 1, x.shape[0])]
        stiffness = wp.identity(n=3, dtype=float) * p.dt
        cell = float(int(x_1[0]))
        steps = int(0)
        while True:
            steps += 1
            if steps >= p.count or cell < 0.0:
                break
        d, n = split(x_0 + x_2 - 2.0 * x_1)
        v[tid] = v[tid] + stiffness * n * d
        x[tid] = x_1 + v[tid] * p.dt
''')


def test_every_rule_has_a_planted_example():
    assert set(PLANTED) == set(RULES) | set(MODULE_RULES)


@pytest.mark.parametrize("name", sorted(RULES | MODULE_RULES))
def test_checker_finds_each_planted_idiom(name):
    source = HEADER + textwrap.dedent(PLANTED[name])
    found = find_idioms(source)
    assert [i.name for i in found] == [name]
    line = source.splitlines()[found[0].line - 1]
    assert found[0].text.splitlines()[0].strip() in line


@pytest.mark.parametrize(
    "params, expression, accessor",
    [("w: wp.vec3, v: wp.vec3", "wp.spatial_bottom(wp.spatial_vector(w, v))", "wp.spatial_bottom"),
     ("p: wp.vec3, q: wp.quat", "wp.transform_get_translation(wp.transform(p, q))", "wp.transform_get_translation"),
     ("m: wp.mat33", "wp.quat_to_matrix(wp.quat_from_matrix(m))", "wp.quat_to_matrix")],
)  # fmt: skip
def test_a_round_trip_through_an_inverse_is_an_identity_composition(params, expression, accessor):
    assert [i.name for i in find_idioms(HEADER + f"@wp.func\ndef f({params}):\n    return {expression}\n")] == ["identity_composition"]
    assert find_idioms(HEADER + f"@wp.func\ndef f(x: wp.spatial_vector):\n    return {accessor}(x)\n") == []  # of a variable: fine


@pytest.mark.parametrize("body, repeated", REPEATED)
def test_repeated_work_is_the_same_work_on_unchanged_values(body, repeated):
    source = "@wp.kernel\ndef k(a: wp.array(dtype=float), b: wp.array(dtype=float)):\n" + textwrap.indent(body, "    ") + "\n"
    assert ("repeated_work" in {i.name for i in find_idioms(source)}) is repeated


def test_a_loaded_value_named_by_its_array_or_a_residual_is_no_result():
    for line in ("v_new = v[i] + a[i]", "res = residual[i]", "out_i = out[i]", "x = positions[i]"):
        source = f"@wp.kernel\ndef k(v: wp.array(dtype=float), residual: wp.array(dtype=float), out: wp.array(dtype=float), positions: wp.array(dtype=float), a: wp.array(dtype=float)):\n    i = wp.tid()\n    {line}\n    out[i] = {line.split(' = ')[0]}\n"
        assert "result_named_load" not in {i.name for i in find_idioms(source)}, line


def test_a_constant_the_launch_passes_is_read_by_its_host_code():
    source = HEADER + textwrap.dedent(PLANTED["unused_constant"])
    assert find_idioms(source, launch_reads=frozenset({"BLOCK"})) == []


def test_checker_leaves_real_style_code_alone():
    assert find_idioms(CLEAN) == []


def test_figures_of_a_small_kernel_are_exact():
    ours = figures([CLEAN], ["particles"])
    assert ours["kernels"] == 1 and ours["helpers"] == 2
    # tid, if, return, x_0..x_2, stiffness, cell, steps, while, +=, if, break, split, two stores
    assert ours["statements"]["median"] == 16
    # wp.tid and wp.identity: casts are hidden builtins, wrap and split the module's own
    assert ours["builtin_calls"]["median"] == 2
    expected_shares = {"loops": 1.0, "nested_loops": 0.0, "branches": 1.0, "equality": 1.0, "ordering_or_equal": 1.0,
                       "bool_ops": 1.0, "early_return": 1.0, "comments": 0.0, "docstring": 1.0, "struct_param": 1.0,
                       "struct_array": 0.0, "int_flag": 0.0, "multi_dim_arrays": 0.0, "several_outputs": 1.0}  # fmt: skip
    assert {key: ours[key] for key in expected_shares} == expected_shares
    assert ours["params"]["median"] == 4
    assert ours["helpers_taking"] == {"takes_arrays": 0.0, "takes_structs": 0.0, "takes_ints": 0.5, "returns_tuples": 0.5}
    assert ours["idioms_any"] == 0.0
    assert ours["families"] == {"particles": 1.0}
    assert {"tid", "identity", "length", "add", "sub", "mul", "div", "mod"} <= set(ours["builtins_used"])
    assert set(ours["builtin_document_frequency"]) == {"tid", "identity"}


def test_family_without_its_operation_is_counted_out():
    source = HEADER + textwrap.dedent(PLANTED["abs_of_thread_id"])
    assert figures([source, source], ["bvh_queries", "mesh_queries"])["families"] == {"bvh_queries": 0.0, "mesh_queries": 0.0}


@pytest.mark.slow
def test_every_kernel_template_uses_its_family_operation(grammar, renderer):
    kernels = grammar.of_kind("kernel")
    sources, families, names = [], [], []
    for production in kernels:
        for k in range(2):
            sources.append(renderer.render(sample(grammar, kernel_seed(7, k), force=production.name)))
            families.append(production.family)
            names.append(production.name)
    failing = sorted({name for name, source, family in zip(names, sources, families) if figures([source], [family])["families"][family] < 1.0})
    assert not failing, f"kernel templates that skip their family's operation: {failing}"


@pytest.mark.parametrize(
    "body, shapes",
    [("out[tid] = a[tid] * 2.0", {":map"}),
     ("out[tid] = a[tid - 1]", {":map", ":indirect_read"}),
     ("for k in range(3):\n        out[tid] += a[k]", {":map", ":loop", ":indirect_read"}),
     ("if a[tid] > 0.0:\n        out[tid] = a[tid]", {":map", ":branch"}),
     ("wp.atomic_add(out, 0, a[tid])", set())],
)  # fmt: skip
def test_kernel_shapes(body, shapes, monkeypatch):
    source = HEADER + f"@wp.kernel\ndef k(a: wp.array(dtype=float), out: wp.array(dtype=float)):\n    tid = wp.tid()\n    {body}\n"
    found = set()
    for shape in (":map", ":indirect_read", ":loop", ":branch"):
        monkeypatch.setattr(figures_module, "family_operations", lambda shape=shape: {"f": (shape,)})
        if figures([source], ["f"])["families"]["f"] == 1.0:
            found.add(shape)
    assert found == shapes


@pytest.mark.parametrize(
    "step, body, integrates",
    [("dt: float", "x[tid] = x[tid] + v[tid] * dt", True),
     ("sim_dt: wp.array(dtype=float)", "dt = sim_dt[0]\n    x[tid] = x[tid] + v[tid] * dt", True),
     ("sim_dt: wp.array(dtype=float)", "x[tid] = x[tid] + v[tid] * sim_dt[0]", True),
     ("sim_dt: wp.array(dtype=float)", "x[tid] = x[tid] + v[tid] * sim_dt[tid]", False)],
)  # fmt: skip
def test_a_time_step_kept_on_the_device_integrates(step, body, integrates, monkeypatch):
    source = HEADER + f"@wp.kernel\ndef k(x: wp.array(dtype=float), v: wp.array(dtype=float), {step}):\n    tid = wp.tid()\n    {body}\n"
    monkeypatch.setattr(figures_module, "family_operations", lambda: {"f": (":integrate",)})
    assert (figures([source], ["f"])["families"]["f"] == 1.0) == integrates


@pytest.mark.parametrize(
    "left, right",
    [("wp.array(dtype=float)", "wp.array[wp.float32]"), ("wp.array2d(dtype=wp.vec3)", "wp.array(dtype=wp.vec3, ndim=2)"),
     ("wp.array2d[wp.vec3]", "wp.array2d(dtype=wp.vec3)"), ("int", "wp.int32")],
)  # fmt: skip
def test_annotations_normalise_to_one_spelling(left, right):
    assert annotation_parts(ast.parse(left).body[0].value) == annotation_parts(ast.parse(right).body[0].value)


def test_spearman_of_orders():
    a = {"x": 0.5, "y": 0.2, "z": 0.1}
    assert spearman(a, a) == 1.0
    assert spearman(a, {"x": 0.1, "y": 0.2, "z": 0.5}) == -1.0


def test_universe_leaves_out_hidden_internals():
    names = universe().names
    assert {"tid", "bvh_query_aabb", "tile_load", "add", "atomic_add"} <= names
    assert not names & {"add_inplace", "assign", "extract", "load", "store", "address", "indexref", "float32"}


def test_reference_corpus_is_warps_own_code():
    functions = reference_functions()
    kernels = [f for f in functions if f.kind == "kernel"]
    assert len(kernels) > 1000 and sum(f.origin == "examples" for f in kernels) > 100
    assert any(f.kind == "func" for f in functions)


def test_idiom_rules_rarely_fire_on_real_kernels():
    """A rule that flags real Warp kernels describes real code, not a generator's habit."""
    rates = reference_figures()["all"]["idioms"]
    assert all(rate <= 0.01 for name, rate in rates.items() if name != "unused_parameter"), rates
    assert rates["unused_parameter"] <= 0.05


def test_checker_runs_over_generated_kernels(grammar, renderer):
    """Every sighting in generated kernels points at its line. (Once the grammar no longer
    writes these idioms, this becomes: no sightings at all.)"""
    for seed in range(20):
        source = renderer.render(sample(grammar, seed))
        lines = source.splitlines()
        for idiom in find_idioms(source):
            assert idiom.text.splitlines()[0].strip() in lines[idiom.line - 1]


def _dataset(folder, sources_and_families):
    folder.mkdir()
    kernels = [re.search(r"@wp\.kernel\b.*\n\s*def (\w+)", s) for s, _ in sources_and_families]  # each kernel's family is read by its name
    lines = [orjson.dumps(record_of(s, k[1] if k else f"f{i}", family=f or "")) for i, ((s, f), k) in enumerate(zip(sources_and_families, kernels))]
    (folder / "cpu_code.jsonl").write_bytes(b"\n".join(lines) + b"\n")


def test_cli_prints_one_table(tmp_path):
    _dataset(tmp_path / "data", [(CLEAN, "particles"), (HEADER + textwrap.dedent(PLANTED["hash_bucket"]), None)])
    result = CliRunner().invoke(app, ["realism", str(tmp_path / "data")])
    assert result.exit_code == 0, result.output
    header, rule, *rows = result.output.splitlines()
    assert header.split()[:4] == ["figure", "ours", "production", "ref:"]
    assert any(r.startswith("kernels ") and r.split()[1] == "1" for r in rows)
    assert any(r.startswith("families using their defining operation") and "1/1" in r for r in rows)
    as_json = CliRunner().invoke(app, ["realism", str(tmp_path / "data"), "--json", "--limit", "1"])
    assert orjson.loads(as_json.output)["ours"]["kernels"] == 1


def test_cli_names_a_folder_without_records(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit:
        main(["realism", str(tmp_path)])
    error = capsys.readouterr().err
    assert exit.value.code == 2 and str(tmp_path) in error and "Traceback" not in error


def test_expected_distinct_share_matches_drawing_at_random():
    import random

    from warp_synth.synth.analysis.realism import expected_distinct_share

    assert expected_distinct_share([1] * 500, 170) == 1.0
    assert expected_distinct_share([500], 170) == round(1 / 170, 4)
    counts = [40, 25, 10, 10, 5, 5, 3, 1, 1, 1] * 20
    corpus = [i for i, c in enumerate(counts) for _ in range(c)]
    rng = random.Random(1)
    drawn = sum(len(set(rng.sample(corpus, 170))) for _ in range(400)) / 400 / 170
    assert abs(expected_distinct_share(counts, 170) - drawn) < 0.01


REALISM_OF = (
    "import sys; from pathlib import Path; import orjson; from warp_synth.synth.analysis.realism import read_kernels, realism; "
    "sys.stdout.buffer.write(orjson.dumps(realism(*read_kernels(Path(sys.argv[1])))))"
)


@pytest.mark.slow
def test_realism_is_the_same_under_any_hash_seed(small_run):
    """A run's workers hash with a fixed seed and `synth realism` with any: the figures must not
    depend on it (the builtins' frequency table listed ties in set order)."""
    found = {
        subprocess.run([sys.executable, "-c", REALISM_OF, str(small_run)], env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, check=True).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert len(found) == 1
