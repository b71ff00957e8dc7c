"""Records are modules of kernels, as people write Warp files: how a module is drawn, merged into
one source, split into each kernel's parts, and labelled."""

from __future__ import annotations

import ast

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import KERNEL_PROPERTY_EXAMPLES, modules

from warp_synth.extract import content_id, generate, kernel_views, section
from warp_synth.grammar import kernel_seed
from warp_synth.grammar.sampler import COMPANION_CANDIDATES
from warp_synth.synth.analysis.idioms import find_idioms
from warp_synth.synth.analysis.novelty import NoveltyFilter, fingerprint
from warp_synth.synth.checks.runtime_check import module_label
from warp_synth.synth.dataset.schema import record_problem
from warp_synth.synth.dataset.tasks import TASKS, kernel_rows
from warp_synth.synth.generate.module import merge
from warp_synth.synth.generate.pipeline import Built, KernelFactory, companions, module_group, template_splits


@pytest.fixture(scope="module")
def factory(grammar):
    return KernelFactory(grammar, ("cpu", "cuda"))


@settings(max_examples=KERNEL_PROPERTY_EXAMPLES)
@given(data=st.data())
def test_a_module_is_one_subsystems_kernels_in_one_split_launched_alike_in_one_voice(grammar, renderer, data):
    splits = template_splits(grammar)
    derivations, wanted = data.draw(modules(grammar, companions(grammar, splits)))
    first = derivations[0]
    templates = [d.kernel_production for d in derivations]
    assert 1 <= wanted <= 6 and len(derivations) <= 1 + COMPANION_CANDIDATES * (wanted - 1) and len(set(templates)) == len(templates)  # companions to spare
    assert {module_group(grammar.productions[t]) for t in templates} == {module_group(grammar.productions[first.kernel_production])}  # its subsystem's, else its family's
    assert {splits[t] for t in templates} == {splits[first.kernel_production]}
    assert {grammar.launch_of(t).get("tiled") for t in templates} == {grammar.launch_of(first.kernel_production).get("tiled")}
    assert {d.dialect for d in derivations} == {first.dialect}  # one naming dialect per module
    assert len({d.device_uniforms for d in derivations} - {None}) <= 1  # float uniforms on the device in every kernel, or in none
    assert len({d.kernel_name for d in derivations}) == len(derivations)
    module = merge([renderer.render(d) for d in derivations])
    tree = ast.parse(module.source)
    defined = [name for node in tree.body for name in _defined(node)]
    assert len(defined) == len(set(defined)), module.source  # each module-level name has one meaning
    launch = grammar.launch_of(first.kernel_production)
    idioms = find_idioms(module.source, launch_reads=frozenset({launch["tiled"]} if "tiled" in launch else ()))
    assert not idioms, ([f"{i.name} at line {i.line}: {i.text}" for i in idioms], module.source)


def _defined(node: ast.stmt) -> list[str]:
    if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
        return [node.name]
    if isinstance(node, ast.Assign):
        return [n.id for target in node.targets for n in ast.walk(target) if isinstance(n, ast.Name)]
    return []


FIRST = '''import warp as wp


SCALE = wp.constant(2.0)


@wp.func
def square(x: float):
    return x * x


@wp.kernel
def first(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = square(a[i]) * SCALE
'''

SHARES = '''import warp as wp


# the helper both kernels call
@wp.func
def square(x: float):
    return x * x


LIMIT = wp.constant(4.0)


@wp.kernel
def second(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = wp.min(square(a[i]), LIMIT)
'''

CLASHES = '''import warp as wp


SCALE = wp.constant(3.0)


@wp.kernel
def third(a: wp.array(dtype=float)):
    i = wp.tid()
    a[i] = a[i] * SCALE
'''


def test_merge_writes_a_shared_definition_once_hoists_constants_and_leaves_out_a_clash():
    module = merge([FIRST, SHARES, CLASHES])
    assert module.kept == [0, 1]  # SCALE = 3.0 would change what the first kernel computes
    source = module.source
    assert source.count("def square(") == 1 and "third" not in source
    assert source.index("LIMIT = ") < source.index("def square(") < source.index("def first(") < source.index("def second(")
    assert "SCALE = wp.constant(2.0)\nLIMIT = wp.constant(4.0)\n" in source  # one-line constants, one line apart
    lines = source.splitlines()
    owners = {name: module.owner(next(n for n, line in enumerate(lines, 1) if line.startswith(f"def {name}("))) for name in ("first", "second")}
    assert owners == {"first": 0, "second": 1}
    compile(source, "module.py", "exec")


def test_a_module_of_several_kernels_is_built_once_and_split_into_each_kernels_parts(factory):
    built = next(b for b in map(lambda i: factory.build(7, i), range(40)) if isinstance(b, Built) and b.kernels >= 3)
    for device in ("cpu", "cuda"):
        record = orjson.loads(built.lines[device])
        assert record_problem(record) is None and len(record["kernels"]) == built.kernels
        tree = ast.parse(record["python_source"])
        kernels = [n.name for n in sorted(ast.walk(tree), key=lambda n: getattr(n, "lineno", 0)) if isinstance(n, ast.FunctionDef) and any("wp.kernel" in ast.unparse(d) for d in n.decorator_list)]
        assert [k["name"] for k in record["kernels"]] == kernels  # in source order
        code = record["code"]
        for kernel in record["kernels"]:
            forward = code[slice(*kernel["sections"]["forward"])]
            assert f"{kernel['symbol']}_{device}_kernel_forward(" in forward
            assert all(other["symbol"] not in forward for other in record["kernels"] if other is not kernel)
        views = kernel_views(record)
        for view, kernel in zip(views, record["kernels"]):
            assert record_problem(view) is None  # a view is a record of one kernel
            assert view["code"] == section(record, "structs") + section(record, "functions") + code[kernel["sections"]["forward"][0] : kernel["sections"]["entry_points"][1]]
            assert section(view, "backward") == code[slice(*kernel["sections"]["backward"])] and view["template"] == kernel["template"]
        assert section(record, "forward") == "".join(section(view, "forward") for view in views)


def test_each_kernel_of_a_module_is_a_row_of_its_own_for_tasks_on_a_kernels_part(factory):
    built = next(b for b in map(lambda i: factory.build(7, i), range(40)) if isinstance(b, Built) and b.kernels >= 2)
    cpu, cuda = (orjson.loads(built.lines[device]) for device in ("cpu", "cuda"))
    row = {**{k: v for k, v in cpu.items() if k not in ("device", "code", "preamble", "sections", "kernels", "build", "verified", "tokens")}}
    row.update({f"{d}_{k}": r[k] for d, r in (("cpu", cpu), ("cuda", cuda)) for k in ("code", "preamble", "sections", "kernels", "build", "verified", "tokens")})
    rows = kernel_rows(row)
    assert [r["id"] for r in rows] == [f"{cpu['id']}/{k['name']}" for k in cpu["kernels"]]
    adjoint = TASKS["forward_to_adjoint"]
    with_backward = [k for k in cpu["kernels"] if k["sections"]["backward"][0] < k["sections"]["backward"][1]]
    assert [r["id"] for r in adjoint.rows(row)] == [f"{cpu['id']}/{k['name']}" for k in with_backward]
    for kernel_row, kernel in zip(adjoint.rows(row), with_backward):
        assert adjoint.target(kernel_row) == cpu["code"][slice(*kernel["sections"]["backward"])]
    assert TASKS["python_to_cpu"].rows(row) == [row] and TASKS["python_to_cpu"].target(row) == cpu["code"]


def test_the_schema_refuses_kernel_spans_that_do_not_tile_the_code_or_a_name_twice(factory):
    built = next(b for b in map(lambda i: factory.build(7, i), range(40)) if isinstance(b, Built) and b.kernels >= 2)
    record = orjson.loads(built.lines["cpu"])
    first, second = record["kernels"][:2]
    moved = {**first, "sections": {**first["sections"], "forward": [first["sections"]["forward"][0] + 1, first["sections"]["forward"][1]]}}
    assert "tile" in record_problem({**record, "kernels": [moved, *record["kernels"][1:]]})
    assert "names a kernel twice" in record_problem({**record, "kernels": [first, {**second, "name": first["name"]}, *record["kernels"][2:]]})
    assert "at least one kernel" in record_problem({**record, "kernels": []})


def test_a_modules_runtime_label_is_its_worst_kernels():
    checks = [
        {"id": "m/a", "ran": "ok", "finite": True, "gradient": "passed"},
        {"id": "m/b", "ran": "ok", "finite": False, "gradient": "known_limit", "why": "no adjoint in Warp for mod"},
        {"id": "m/c", "ran": "ok", "finite": True, "gradient": "skipped", "why": "no float input"},
    ]
    label = module_label(checks)
    assert label == {"status": "ok", "device": "cpu", "finite": False, "gradient": "known_limit",
                     "why": "b: no adjoint in Warp for mod; c: no float input", "cpu_vs_gpu": None}  # fmt: skip
    assert module_label([*checks, {"id": "m/d", "ran": "crash"}])["status"] == "crash"
    assert module_label([{"id": "m/a", "ran": "ok", "finite": True, "gradient": "passed"}])["gradient"] == "passed"


def test_the_same_seed_draws_the_same_module(factory):
    first = factory.draw_module(kernel_seed(3, 5)).module.source
    assert KernelFactory(factory.grammar, ("cpu",)).draw_module(kernel_seed(3, 5)).module.source == first


def test_a_module_keeps_the_first_new_kernels_it_wants_and_spares_the_rest(factory):
    """A module draws companions to spare; a run keeps the first new ones, as many as it wants."""
    drawn = next(d for d in map(lambda i: factory.draw_module(kernel_seed(9, i)), range(60)) if d.wanted >= 3 and len(d.derivations) > d.wanted)
    draft = fingerprint(drawn.module.source, drawn.renderings, drawn.wanted)
    assert NoveltyFilter().judge(draft) == (None, tuple(range(drawn.wanted)))
    novelty = NoveltyFilter()
    novelty.judge(fingerprint(drawn.renderings[1]))  # a kernel like the second is kept already: the next one takes its place
    assert novelty.judge(draft) == (None, (0, *range(2, drawn.wanted + 1)))
    assert len(drawn.as_wanted().derivations) == drawn.wanted


def test_a_module_keeps_its_float_uniforms_on_the_device_or_none_of_them(factory):
    """Some modules keep their float uniforms in arrays of one value (``dt = sim_dt[0]``), as a
    solver captured in a CUDA graph does: no kernel of such a module takes a scalar float the
    grammar drew, each reads those arrays at ``[0]`` only, and Warp builds the module."""
    built = 0
    for index in range(300):
        drawn = factory.draw_module(kernel_seed(11, index))
        if not any(d.device_uniforms for d in drawn.derivations):
            continue
        assert all(d.device_uniforms is not False for d in drawn.derivations)
        tree = ast.parse(drawn.module.source)
        for derivation in drawn.derivations:
            assert not any(p.type == "float32" for p in derivation.params), drawn.module.source
            (kernel,) = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == derivation.kernel_name]
            for param in (p for p in derivation.params if p.single):
                reads = [n for n in ast.walk(kernel) if isinstance(n, ast.Subscript) and ast.unparse(n.value) == param.name]
                assert reads and all(ast.unparse(n.slice) == "0" for n in reads), drawn.module.source
        if any(p.single for d in drawn.derivations for p in d.params):
            generated = generate(drawn.module.source, f"test_{content_id(drawn.module.source)}", "device_uniforms.py")
            assert [k.name for k in generated.kernels] == [d.kernel_name for d in drawn.derivations]
            built += 1
            if built == 2:
                break
    assert built == 2


def test_a_subsystems_module_draws_companions_across_families(grammar):
    """A subsystem (``rl_envs``: actions, observations, rewards, resets) spans families: its
    modules mix them, and keep to it."""
    pool = companions(grammar, template_splits(grammar))
    rl = [k for k in grammar.of_kind("kernel") if k.subsystem == "rl_envs"]
    assert len({k.family for k in rl}) >= 4
    for kernel in rl:
        assert all(grammar.productions[name].subsystem == "rl_envs" for name in pool[kernel.name])
    assert any(grammar.productions[name].family != kernel.family for kernel in rl for name in pool[kernel.name])
