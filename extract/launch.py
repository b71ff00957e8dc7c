"""Build a loaded module exactly as Warp builds it for a launch, and say how it was built.

Warp 1.19's launch path (``warp/_src/context.py``), for ``wp.launch`` and ``wp.launch_tiled``:

    block_dim = _resolve_launch_block_dim(device, launch's block_dim)
        CPU : 1 (cooperative CPU blocks are off unless warp.config.enable_cpu_blocks)
        CUDA: the launch's block_dim, 256 when it gives none
    Module.load(device, block_dim)
        Module.get_module_hash(block_dim)  resolves the options (mode, grid-stride loops, MathDx
                                           switches... from warp.config) and hashes the module
        Module._compile(..., output_arch=device's compile arch, options=resolved_options[block_dim])
            Module._run_codegen(options | {"output_arch": arch}, is_cpu) -> the translation unit

``build`` calls the same three methods in the same order, so it carries no copy of Warp's
logic; for CUDA, ``arch`` stands for the GPU's compile arch (an H100 compiles for sm_90).

MathDx: on such a GPU ``tile_matmul``, ``tile_fft`` and ``tile_cholesky`` (and the solves) call
NVIDIA's MathDx routines, whose LTO-IR libmathdx compiles on the CPU (no GPU needed), into Warp's
kernel cache: 8 to 35 s for each new configuration the first time. With ``Launch.mathdx`` off the
module is built as Warp builds it with MathDx switched off by its own module options
(``wp.set_module_options({"enable_mathdx_gemm": False, ...})``): Warp's scalar GPU path, for
the same launch. ``tests/test_launch.py`` checks both against a real CPU launch and against
``wp.compile_aot_module``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

DEFAULT_ARCH = 90  # sm_90: the H100's compile arch
_LTO_MARKER = "WP_LTO_LINK_INPUTS"  # Warp defines it in CUDA code that links MathDx LTO-IR
MATHDX_OFF = {"enable_mathdx_gemm": False, "enable_mathdx_fft": False, "enable_mathdx_solver": False}

# The resolved module options that change the generated code, recorded in every record's
# ``build`` (the others only steer the native compilers).
CODEGEN_OPTIONS = (
    "mode", "enable_backward", "max_unroll", "fast_math", "fuse_fp", "lineinfo", "line_directives", "default_grid_stride",
    "strip_hash", "verify_fp", "enable_vector_component_overwrites", "enable_tiles_in_stack_memory", *MATHDX_OFF,
)  # fmt: skip


@dataclass(frozen=True)
class Launch:
    """How a module's kernel is launched: what decides the code Warp builds for it.

    ``block_dim`` is a tiled launch's block size (``wp.launch_tiled(..., block_dim=N)``), None
    for ``wp.launch`` without one; ``arch`` is the CUDA compile arch (sm_XX) of the GPU;
    ``mathdx`` whether the module lets Warp call MathDx there (Warp's default) or switches it off."""

    block_dim: int | None = None
    tiled: bool = False
    arch: int = DEFAULT_ARCH
    mathdx: bool = False

    def call(self) -> str:
        return "wp.launch_tiled" if self.tiled else "wp.launch"


def build_block_dim(device: str, block_dim: int | None) -> int:
    """The block size Warp builds a module at for a launch with ``block_dim`` on ``device``
    (``context._resolve_launch_block_dim``; its CUDA branch needs a GPU's Device object, so it
    is restated here: the launch's block_dim, or 256)."""
    from warp._src import context

    if device == "cpu":
        return context._resolve_launch_block_dim(context.runtime.get_device("cpu"), block_dim)
    return 256 if block_dim is None or block_dim <= 0 else block_dim


@functools.cache
def mathdx_builtins() -> frozenset[str]:
    """The builtins whose CUDA code can go through MathDx: those with an LTO dispatch in Warp's registry."""
    from warp._src import context

    return frozenset(
        name for name, entry in context.builtin_functions.items() if any(getattr(o, "lto_dispatch_func", None) for o in getattr(entry, "overloads", [entry]))
    )


@functools.cache
def _mathdx_call() -> re.Pattern:
    return re.compile(rf"\bwp\.({'|'.join(sorted(mathdx_builtins()))})\(")


def calls_mathdx(source: str) -> bool:
    """Whether a module's source calls a builtin that MathDx can implement (``wp.tile_matmul(...)``)."""
    return _mathdx_call().search(source) is not None


def switch_mathdx(module, launch: Launch) -> None:
    """Apply the launch's MathDx choice to the module's options, as ``wp.set_module_options`` would."""
    if not launch.mathdx:
        module.options.update(MATHDX_OFF)


def uses_tiles(source: str) -> bool:
    """Whether a module's source calls tile builtins, whose code depends on the block size."""
    return re.search(r"\bwp\.(tile\w*|untile)\(", source) is not None


def build(module, devices: tuple[str, ...], launch: Launch, mathdx_calls: bool, block_dim_matters: bool) -> dict[str, tuple[str, dict]]:
    """The translation unit Warp's launch path writes for ``module`` on each device, and the
    record's ``build`` label (``_label``). ``switch_mathdx`` first.

    Warp builds a module (its IR) once per device and block size. Without tile builtins
    (``block_dim_matters`` false) the IR does not depend on the block size, and one build
    serves every device, each generated with its own resolved options: the same bytes as
    Warp's own builds (tests/test_launch.py), a third less work."""
    resolved = {}
    for device in devices:
        block_dim = build_block_dim(device, launch.block_dim)
        module.get_module_hash(block_dim)  # resolves and caches the options, as Module.load does first
        arch = None if device == "cpu" else launch.arch
        resolved[device] = block_dim, module.resolved_options[block_dim] | {"output_arch": arch}
    if block_dim_matters:  # Warp's own step: one builder per device and block size
        texts = {device: module._run_codegen(options, device == "cpu")[0] for device, (_, options) in resolved.items()}
    else:
        from warp._src import context

        first, (block_dim, options) = next(iter(resolved.items()))
        builder = context.ModuleBuilder(module, options, hasher=module.hashers[block_dim], target=first)
        texts = {}
        for device, (_, options) in resolved.items():
            builder.options = options
            texts[device] = builder.codegen(device)
    return {device: (texts[device], _label(device, texts[device], launch, resolved[device], mathdx_calls)) for device in devices}


def _label(device: str, text: str, launch: Launch, resolved: tuple[int, dict], mathdx_calls: bool) -> dict:
    """A record's ``build``: the launch, the block size and arch it was built for, what became of
    its MathDx calls, and every resolved option that changes the code."""
    block_dim, options = resolved
    return {
        "launch": launch.call(),
        "launch_block_dim": launch.block_dim,
        "block_dim": block_dim,
        "target": "cpu" if device == "cpu" else f"sm_{launch.arch}",
        "mathdx": "used" if _LTO_MARKER in text else "off" if mathdx_calls and device == "cuda" else "none",
        **{name: options[name] for name in CODEGEN_OPTIONS},
    }
