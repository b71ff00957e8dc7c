"""Extraction: one build, two codegens; records plus their preamble are Warp's exact output."""

from __future__ import annotations

import linecache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warp_synth.extract import SECTION_NAMES, content_id, generate, preamble_filename, reassemble, section
from warp_synth.extract.codegen import portable_paths
from warp_synth.grammar import kernel_seed, sample
from warp_synth.templates import Renderer, load_grammar

GRAMMAR = load_grammar()
RENDERER = Renderer(GRAMMAR)


def warp_reference(source: str, module_name: str, filename: str) -> dict[str, str]:
    """Warp's own output, made here without the extract stage: a fresh builder per device,
    and Warp's own (unmemoised) overload resolution."""
    import warp
    from warp._src import codegen, context

    warp.init()
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    context.function_key_counts.clear()
    patched = codegen.Adjoint.resolve_func
    codegen.Adjoint.resolve_func = getattr(patched, "unpatched", patched)
    try:
        exec(compile(source, filename, "exec", dont_inherit=True), {"__name__": module_name})
        module = context.user_modules[module_name]
        return {
            device: context.ModuleBuilder(module, module.options, target=device).codegen(device)
            for device in ("cpu", "cuda")
        }
    finally:
        codegen.Adjoint.resolve_func = patched
        context.user_modules.pop(module_name, None)
        linecache.cache.pop(filename, None)


@settings(max_examples=12)
@given(index=st.integers(min_value=0, max_value=10_000))
def test_record_plus_preamble_is_warps_output_byte_for_byte(tmp_path_factory, index):
    derivation = sample(GRAMMAR, kernel_seed(11, index))
    source = RENDERER.render(derivation)
    module_name, filename = f"ref_{content_id(source)}", f"{derivation.kernel_name}.py"
    generated = generate(source, module_name, filename)
    reference = warp_reference(source, module_name, filename)
    folder = tmp_path_factory.mktemp("preambles")
    for device in ("cpu", "cuda"):
        name = preamble_filename(device, generated.preamble[device])
        (folder / name).write_text(generated.preamble[device], encoding="utf-8")
        record = {"code": generated.code[device], "preamble": name, "sections": generated.sections[device]}
        assert reassemble(record, folder) == portable_paths(reference[device])
        spans = [record["sections"][key] for key in SECTION_NAMES]
        assert spans[0][0] == 0 and spans[-1][1] == len(record["code"])
        assert all(a[1] == b[0] and a[0] <= a[1] for a, b in zip(spans, spans[1:]))
        assert f"{generated.mangled_name}_{device}_kernel_forward" in section(record, "forward")
        assert f"{generated.mangled_name}_{device}_kernel_backward" in section(record, "backward")
        assert "_kernel_forward" not in section(record, "structs") + section(record, "functions")


def test_helpers_land_in_the_functions_section():
    derivation = next(
        d for d in (sample(GRAMMAR, kernel_seed(5, i)) for i in range(200)) if d.helpers and d.kernel_production != "kernel/sdf_raymarch"
    )
    source = RENDERER.render(derivation)
    generated = generate(source, f"sec_{content_id(source)}", f"{derivation.kernel_name}.py")
    for device in ("cpu", "cuda"):
        record = {"code": generated.code[device], "sections": generated.sections[device]}
        for helper in derivation.helpers:
            assert f"{helper.name}_0(" in section(record, "functions")
            assert f"adj_{helper.name}_0(" in section(record, "functions")


def test_warps_own_python_helpers_are_functions_with_portable_origins():
    source = (
        "import warp as wp\n\n\n@wp.kernel\ndef twist(q: wp.array(dtype=wp.quat), out: wp.array(dtype=float)):\n"
        "    i = wp.tid()\n    out[i] = wp.quat_twist_angle(wp.vec3(0.0, 0.0, 1.0), q[i])\n"
    )
    generated = generate(source, "twist_module", "twist.py")
    for device in ("cpu", "cuda"):
        record = {"code": generated.code[device], "sections": generated.sections[device]}
        assert "site-packages" not in record["code"]
        assert section(record, "functions").startswith("// warp/_src/math.py:")
        assert "quat_twist_angle_0(" in section(record, "functions")
        assert "quat_twist_angle" not in section(record, "structs")


def test_generation_does_not_depend_on_what_the_process_built_before():
    derivation = next(d for d in (sample(GRAMMAR, kernel_seed(2, i)) for i in range(200)) if d.helpers)
    source = RENDERER.render(derivation)
    first = generate(source, "again_1", "k.py")
    for index in range(5):  # build other kernels, with helpers of their own
        other = RENDERER.render(sample(GRAMMAR, kernel_seed(9, index)))
        generate(other, f"other_{index}", "other.py")
    assert generate(source, "again_2", "k.py").code == first.code


def test_warp_refusal_is_a_codegen_error_not_a_crash():
    from warp_synth.extract import CodegenError

    source = "import warp as wp\n\n\n@wp.kernel\ndef bad(a: wp.array(dtype=float)):\n    i = wp.tid()\n    a[i] = wp.no_such_builtin(1.0)\n"
    with pytest.raises(CodegenError) as error:
        generate(source, "bad_module", "bad.py")
    assert "no_such_builtin" in error.value.message
