"""Production figures: what application kernels do (synth.analysis.application), the published
production column, and `synth realism --production`."""

from __future__ import annotations

import textwrap

import orjson
from typer.testing import CliRunner

from warp_synth.synth.analysis.application import FACTS, application_facts
from warp_synth.synth.analysis.corpus import functions_in
from warp_synth.synth.analysis.production import PUBLISHED, measured_production
from warp_synth.synth.cli import app

MODULE = textwrap.dedent(
    """
    import typing
    import warp as wp

    JOINT_LIMITS = wp.constant(True)
    vec5 = wp.types.vector(length=5, dtype=float)


    class JointType:
        FREE = wp.constant(0)


    @wp.func
    def joint_axis(q: wp.array(dtype=float), start: int) -> wp.vec3:
        return wp.vec3(q[start], q[start + 1], q[start + 2])


    @wp.kernel(enable_backward=False)
    def accumulate_joints(
        joint_type: wp.array(dtype=wp.int32),
        joint_start: wp.array(dtype=wp.int32),
        joint_q: wp.array(dtype=float),
        body_id: wp.array(dtype=int),
        count: wp.array(dtype=int),
        weights: vec5,
        joint_count: wp.int32,
        out: wp.array2d(dtype=float),
    ):
        world, i = wp.tid()
        if i >= count[0] or joint_type[i] == JointType.FREE:
            return
        body = body_id[i]
        total = joint_q[body]
        for k in range(joint_start[i], joint_start[i + 1]):
            total += joint_q[k] * weights[k % 5]
        axis = joint_axis(joint_q, joint_start[i])
        if wp.static(JOINT_LIMITS):
            total += axis[0]
        wp.atomic_add(out, world, body, total)


    def make_scale(factor: float):
        @wp.kernel
        def scale(x: wp.array(dtype=wp.vec2), s: float):
            tid = wp.tid()
            x[tid] = x[tid] * s * factor

        return scale


    @wp.kernel
    def reset(count: wp.array(dtype=wp.float64), value: typing.Any):
        count[0] = wp.float64(wp.sin(0.0))
    """
)

EXPECTED = {
    "accumulate_joints": {"guard", "loaded_branch", "gather", "device_scalar", "index_arithmetic", "user_call", "atomic_add", "modulo",
                          "or", "int32_param", "int32_spelled", "kernel_options", "enum_constant", "static_if", "custom_vector", "world_dim"},
    "scale": {"trivial", "scalar_float_param", "ends_scalar_float", "nested", "vec2"},
    "reset": {"trivial", "any_generic", "no_tid", "half_or_double", "trig"},
}  # fmt: skip


def test_each_fact_is_seen_exactly_where_the_module_has_it():
    kernels = {fn.node.name: fn for fn in functions_in(MODULE, "production") if fn.kind == "kernel"}
    assert set(kernels) == set(EXPECTED)
    for name, fn in kernels.items():
        facts = application_facts(fn)
        assert set(facts) == set(FACTS)
        assert {fact for fact, seen in facts.items() if seen} == EXPECTED[name], name
    assert set().union(*EXPECTED.values()) == set(FACTS), "every fact has a kernel showing it"


def test_a_plain_index_offset_is_not_index_arithmetic_and_a_shape_is_not_an_element():
    source = textwrap.dedent(
        """
        @wp.kernel
        def diff(a: wp.array(dtype=float), out: wp.array(dtype=float)):
            i = wp.tid()
            if i + 1 < a.shape[0]:
                out[i] = a[i + 1] - a[i]
        """
    )
    facts = application_facts(functions_in(source, "ours")[0])
    assert not facts["index_arithmetic"] and not facts["device_scalar"] and not facts["loaded_branch"]


def test_the_published_column_holds_a_value_for_every_fact():
    assert set(PUBLISHED["application"]) == set(FACTS)
    assert all(0.0 <= share <= 1.0 for share in PUBLISHED["application"].values())


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def test_realism_measures_a_production_folder_leaving_out_its_tests_and_examples(tmp_path):
    from planted import record_of

    project = tmp_path / "project"
    _write(project / "solver" / "joints.py", MODULE)
    _write(project / "tests" / "test_joints.py", MODULE)  # tests and examples are not application code
    _write(project / "examples" / "demo.py", MODULE)
    _write(project / "solver" / "joints_test.py", MODULE)
    measured = measured_production(project)
    assert measured["kernels"] == 3 and measured["kernels_per_module"]["median"] == 3
    assert measured["application"]["world_dim"] == round(1 / 3, 4)

    data = tmp_path / "data"
    data.mkdir()
    (data / "cpu_code.jsonl").write_bytes(orjson.dumps(record_of(MODULE, "k0")) + b"\n")
    result = CliRunner().invoke(app, ["realism", str(data), "--production", str(project), "--json"])
    assert result.exit_code == 0, result.output
    report = orjson.loads(result.output)
    assert report["production"] == {"source": str(project.resolve()), "measured": True}
    row = next(r for r in report["rows"] if r["figure"] == FACTS["world_dim"])
    assert row["production"] == "33.3%" and row["ours"] == "33.3%" and row["ok"] is True
    published = orjson.loads(CliRunner().invoke(app, ["realism", str(data), "--json"]).output)
    assert published["production"]["measured"] is False
    assert next(r for r in published["rows"] if r["figure"] == FACTS["world_dim"])["production"] == "21.0%"


def test_realism_refuses_a_production_folder_without_kernels(tmp_path):
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(app, ["realism", str(tmp_path), "--production", str(tmp_path / "empty")])
    assert result.exit_code != 0 and "no @wp.kernel" in str(result.exception or result.output)
