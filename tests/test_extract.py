"""Extraction: one build, two codegens; records plus their preamble are Warp's exact output."""

from __future__ import annotations

import linecache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warp_synth.extract import KERNEL_SECTION_NAMES, content_id, generate, preamble_filename, reassemble, section
from warp_synth.extract.codegen import portable_paths
from warp_synth.grammar import kernel_seed, sample
from warp_synth.synth.generate.pipeline import KernelFactory
from warp_synth.synth.generate.render import Renderer
from warp_synth.grammar.shipped import load_grammar

GRAMMAR = load_grammar()
RENDERER = Renderer(GRAMMAR)
FACTORY = KernelFactory(GRAMMAR, ("cpu", "cuda"))


def tiled_constant(derivation) -> str | None:
    """The module constant a tiled kernel's launch takes its block size from (None: wp.launch)."""
    return GRAMMAR.launch_of(derivation.kernel_production).get("tiled")


def warp_reference(source: str, module_name: str, filename: str, tiled: str | None = None) -> dict[str, tuple[str, dict[str, str]]]:
    """Warp's own output per device, made here without the extract stage (a fresh builder per
    device with the options Warp resolves for the launch, Warp's unmemoised overload
    resolution), with its parts as Warp emits them. (tests/test_launch.py compares whole
    records with a real launch's build.)"""
    import warp
    from warp._src import codegen, context

    warp.init()
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    context.function_key_counts.clear()
    patched = codegen.Adjoint.resolve_func
    codegen.Adjoint.resolve_func = getattr(patched, "unpatched", patched)
    try:
        namespace = {"__name__": module_name}
        exec(compile(source, filename, "exec", dont_inherit=True), namespace)
        module = context.user_modules[module_name]
        warp.set_module_options({"enable_mathdx_gemm": False, "enable_mathdx_fft": False, "enable_mathdx_solver": False}, module)
        reference = {}
        for device, arch in (("cpu", None), ("cuda", 90)):
            # the launch's block size: 1 on the CPU, the tiled launch's (or 256) on CUDA
            block_dim = 1 if device == "cpu" else namespace[tiled] if tiled else 256
            module.get_module_hash(block_dim)
            options = module.resolved_options[block_dim] | {"output_arch": arch}
            builder = context.ModuleBuilder(module, options, hasher=module.hashers[block_dim], target=device)
            reference[device] = builder.codegen(device), warp_parts(builder, device)
        return reference
    finally:
        codegen.Adjoint.resolve_func = patched
        context.user_modules.pop(module_name, None)
        linecache.cache.pop(filename, None)


def warp_parts(builder, device: str) -> tuple[dict[str, str], list[tuple[str, dict[str, str]]]]:
    """The module's code after its preamble, part by part, each made again by the Warp function
    that emits it: ``codegen_struct`` per struct, the functions' forward then adjoint pass; then
    for each kernel (by its symbol, in the builder's order) ``codegen_kernel`` (without its
    backward for the forward part) and ``codegen_module``."""
    from warp._src import codegen

    options = builder.options
    unique = {}
    for struct in builder.structs:
        unique.setdefault(struct.hash, struct)
    tile_helpers = builder._get_tile_helper_struct_hashes()
    functions = list(builder.functions)
    links = ""  # a MathDx module's CUDA: the LTO routines it calls, declared before the structs
    if builder.ltoirs or builder.fatbins or builder.ltoirs_decl:
        links += "#define WP_LTO_LINK_INPUTS 1\n"
    if builder.ltoirs_decl:
        links += 'extern "C" {\n' + "".join(builder.ltoirs_decl[symbol] + "\n" for symbol in sorted(builder.ltoirs_decl)) + "}\n"
    module = {
        "structs": links + "".join(codegen.codegen_struct(s, include_tile_helpers=s.hash in tile_helpers) for s in unique.values()),
        "functions": builder._codegen_functions(functions, device, forward_only=True)
        + builder._codegen_functions(functions, device, reverse_only=True),
    }
    kernels = []
    for kernel in builder.kernels:
        kernel_code = codegen.codegen_kernel(kernel, device, options)
        own = kernel.options  # codegen_kernel lets a kernel's own options (enable_backward=True) override these
        kernel.options = own | {"enable_backward": False}
        try:
            forward = codegen.codegen_kernel(kernel, device, options)
        finally:
            kernel.options = own
        assert kernel_code.startswith(forward)
        parts = {"forward": forward, "backward": kernel_code[len(forward) :], "entry_points": codegen.codegen_module(kernel, device, options)}
        kernels.append((kernel.get_mangled_name(), {name: portable_paths(text) for name, text in parts.items()}))
    return {name: portable_paths(text) for name, text in module.items()}, kernels


def warp_sections(code: str, parts: tuple[dict[str, str], list[tuple[str, dict[str, str]]]]) -> tuple[dict[str, list[int]], dict[str, dict[str, list[int]]]]:
    """Where Warp's parts lie in ``code``: the module's (structs, functions, kernels) and each
    kernel's, by symbol; each boundary moved past the blank lines between two parts (a section
    starts on its first line of text: see generated_sections)."""
    module, kernels = parts
    pieces = [("", "structs", module["structs"]), ("", "functions", module["functions"])]
    pieces += [(symbol, name, own[name]) for symbol, own in kernels for name in KERNEL_SECTION_NAMES]
    assert code == "".join(text for _, _, text in pieces)
    spans: dict[str, dict[str, list[int]]] = {}
    start, end = 0, 0
    for position, (owner, name, text) in enumerate(pieces):
        end += len(text)
        stop = end if position == len(pieces) - 1 else len(code) - len(code[end:].lstrip("\n"))
        spans.setdefault(owner, {})[name], start = [start, stop], stop
    first = spans[kernels[0][0]]["forward"][0]
    return {**spans.pop(""), "kernels": [first, len(code)]}, spans


def assert_sections_are_warps_parts(source: str, tiled: str | None, module_prefix: str, tmp_folder) -> None:
    """The record plus its preamble is Warp's output byte for byte, and every section, the
    module's and each kernel's, is exactly the part of it that Warp's own code generator for
    that part emits."""
    module_name, filename = f"{module_prefix}_{content_id(source)}", "module.py"
    generated = generate(source, module_name, filename, tiled=tiled)
    reference = warp_reference(source, module_name, filename, tiled)
    for device in ("cpu", "cuda"):
        full, parts = reference[device]
        name = preamble_filename(device, generated.preamble[device])
        (tmp_folder / name).write_text(generated.preamble[device], encoding="utf-8")
        record = {"code": generated.code[device], "preamble": name, "sections": generated.sections[device]}
        assert reassemble(record, tmp_folder) == portable_paths(full)
        module, kernels = warp_sections(record["code"], parts)
        assert record["sections"] == module, device
        assert {kernel.symbol: kernel.sections[device] for kernel in generated.kernels} == kernels, device


def module_of(seed: int) -> tuple[str, str | None]:
    """The source of the module drawn from ``seed`` and its launch's block-size constant."""
    drawn = FACTORY.draw_module(seed)
    return drawn.module.source, tiled_constant(drawn.derivations[0])


@pytest.mark.parametrize("name", [n for n, p in GRAMMAR.productions.items() if p.kind in ("kernel", "func")])
@pytest.mark.slow
def test_every_kernel_and_helper_template_is_split_at_warps_part_boundaries(tmp_path, name):
    """Every kernel template (structs among them) and every helper, at Warp's own boundaries."""
    derivation = sample(GRAMMAR, kernel_seed(4, 0), force=name)
    assert_sections_are_warps_parts(RENDERER.render(derivation), tiled_constant(derivation), "part", tmp_path)


@settings(max_examples=2 * settings().max_examples)  # a module of 1-6 kernels per example
@given(index=st.integers(min_value=0, max_value=10_000))
def test_record_plus_preamble_is_warps_output_and_sections_are_its_parts(tmp_path_factory, index):
    assert_sections_are_warps_parts(*module_of(kernel_seed(11, index)), "ref", tmp_path_factory.mktemp("preambles"))


def test_a_kernel_built_without_a_backward_pass_has_an_empty_backward_section():
    source = "import warp as wp\n\n\n@wp.kernel(enable_backward=False)\ndef fill(n: int, out: wp.array(dtype=int)):\n    for k in range(n):\n        out[k] = k\n"
    module_name = f"nobackward_{content_id(source)}"
    generated = generate(source, module_name, "fill.py")
    reference = warp_reference(source, module_name, "fill.py", None)
    for device in ("cpu", "cuda"):
        (kernel,) = generated.kernels
        sections = kernel.sections[device]
        assert (generated.sections[device], {kernel.symbol: sections}) == warp_sections(generated.code[device], reference[device][1]), device
        assert sections["backward"][0] == sections["backward"][1]
        assert "_kernel_forward(" in section({"code": generated.code[device], "sections": generated.sections[device], "kernels": [{"sections": sections}]}, "forward")
    cpu = {"code": generated.code["cpu"], "sections": generated.sections["cpu"], "kernels": [{"sections": generated.kernels[0].sections["cpu"]}]}
    assert "extern \"C\"" in section(cpu, "entry_points") and "extern \"C\"" not in section(cpu, "forward")


def test_helpers_land_in_the_functions_section():
    # forced: a kernel calling a helper, whatever templates a seed draws today
    derivation = sample(GRAMMAR, 5, force=GRAMMAR.of_kind("func")[0].name)
    assert derivation.helpers
    source = RENDERER.render(derivation)
    generated = generate(source, f"sec_{content_id(source)}", f"{derivation.kernel_name}.py", tiled=tiled_constant(derivation))
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
    helpers = GRAMMAR.of_kind("func")
    derivation = sample(GRAMMAR, 2, force=helpers[0].name)  # forced: a kernel with a helper, whatever seeds draw today
    source = RENDERER.render(derivation)
    first = generate(source, "again_1", "k.py", tiled=tiled_constant(derivation))
    for index in range(1, 6):  # build other kernels, with helpers of their own
        other = sample(GRAMMAR, kernel_seed(9, index), force=helpers[index].name)
        generate(RENDERER.render(other), f"other_{index}", "other.py", tiled=tiled_constant(other))
    assert generate(source, "again_2", "k.py", tiled=tiled_constant(derivation)).code == first.code


def test_warp_refusal_is_a_codegen_error_not_a_crash():
    from warp_synth.extract import CodegenError

    source = "import warp as wp\n\n\n@wp.kernel\ndef bad(a: wp.array(dtype=float)):\n    i = wp.tid()\n    a[i] = wp.no_such_builtin(1.0)\n"
    with pytest.raises(CodegenError) as error:
        generate(source, "bad_module", "bad.py")
    assert "no_such_builtin" in error.value.message


def test_a_factory_called_twice_under_one_name_is_refused_not_split_wrongly():
    """Two kernels from one factory share a Python name, and the module keeps one of them: its
    spans would swallow the other's code, so the module is a codegen error (kernel_count)."""
    from warp_synth.extract import CodegenError

    source = (
        "import warp as wp\n\n\ndef create_scale(s: float):\n    @wp.kernel\n    def scale(x: wp.array(dtype=float)):\n"
        "        i = wp.tid()\n        x[i] = x[i] * s\n\n    return scale\n\n\nscale_twice = create_scale(2.0)\nscale_thrice = create_scale(3.0)\n"
    )
    with pytest.raises(CodegenError) as error:
        generate(source, f"twice_{content_id(source)}", "scale.py")
    assert error.value.reason == "kernel_count" and "has no name of its own" in error.value.message
    once = source.replace("scale_thrice = create_scale(3.0)\n", "")
    (kernel,) = generate(once, f"once_{content_id(once)}", "scale.py").kernels
    assert kernel.name == "scale"


def test_tile_gemm_generates_for_both_devices():
    """tile_matmul's dispatch reads the builder's output_arch: on the CPU (none) Warp emits its own
    GEMM; for CUDA at sm_90 the call goes to a cuBLASDx routine MathDx compiled (its LTO-IR is
    linked when the module is built), unless the module switches MathDx off."""
    source = (
        "import warp as wp\n\nTILE = wp.constant(16)\n\n\n@wp.kernel\n"
        "def mm(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), c: wp.array2d(dtype=float)):\n"
        "    i, j = wp.tid()\n"
        "    ta = wp.tile_load(a, shape=(TILE, TILE), offset=(i * TILE, 0))\n"
        "    tb = wp.tile_load(b, shape=(TILE, TILE), offset=(0, j * TILE))\n"
        "    wp.tile_store(c, wp.tile_matmul(ta, tb), offset=(i * TILE, j * TILE))\n"
    )
    generated = generate(source, "tile_gemm_test", "tile_gemm.py", mathdx=True)
    assert all("tile_matmul" in generated.code[device] for device in ("cpu", "cuda"))
    assert generated.build["cuda"]["mathdx"] == "used" and "WP_LTO_LINK_INPUTS" in generated.code["cuda"]
    assert generated.build["cpu"]["mathdx"] == "none" and "WP_LTO_LINK_INPUTS" not in generated.code["cpu"]
    switched_off = generate(source, "tile_gemm_off", "tile_gemm.py")
    assert switched_off.build["cuda"]["mathdx"] == "off" and "WP_LTO_LINK_INPUTS" not in switched_off.code["cuda"]
