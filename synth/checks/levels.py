"""The verification levels a validation can check records at: one small class each, registered
in ``LEVELS`` weakest first (``synth validate --level`` and ``synth run --level`` choose from it).

A level says what it runs, catches and misses (recorded with its figures), how many records a
translation unit holds, which compilers check each device's code, and makes the compiler a
worker uses. Its name is the ``verified.level`` label of every record it passed; the labels'
vocabulary (``dataset.schema.VERIFIED_LEVELS``) lists the same names, after ``none``.
"""

from __future__ import annotations

from pathlib import Path

from warp_synth.extract.native import CHECK_LEVEL, WARP_CUDA_LEVEL, NativeCompiler, compiler_names
from warp_synth.extract.syntax import SyntaxChecker, syntax_compiler_names


class SyntaxLevel:
    name = "syntax"
    means = (
        "the compilers' front ends only (parsing, name lookup, overload resolution, template instantiation); "
        "misses what only code generation finds (a backend crash, an instruction the arch lacks) and libclang/Warp LLVM differences"
    )
    # The front ends' cost is mostly per record once the headers are parsed (clang's from a
    # precompiled header; NVRTC parses them in each unit, about 0.5 s): large units.
    batch_sizes = {"cpu": 256, "cuda": 512}
    emits_ptx = False

    def compiler(self, device: str, arch: int, workdir: Path, emit_ptx: bool) -> SyntaxChecker:
        return SyntaxChecker(device, arch)

    def compilers(self, emit_ptx: bool) -> dict[str, str]:
        return syntax_compiler_names()


class FullLevel:
    name = "full"
    means = "the native build Warp does: clang to object code, NVRTC to PTX; catches every error the compilers report"
    # From `python bench/bench_verify.py`: clang's per-unit cost (PCH load, object writing)
    # amortises up to ~64; NVRTC's time is nearly all per record and flat from 16 on, where a
    # failing batch is also cheaper to bisect.
    batch_sizes = {"cpu": 64, "cuda": 16}
    emits_ptx = True

    def compiler(self, device: str, arch: int, workdir: Path, emit_ptx: bool) -> NativeCompiler:
        optimization = WARP_CUDA_LEVEL if emit_ptx and device == "cuda" else CHECK_LEVEL  # PTX at the level Warp compiles CUDA with
        return NativeCompiler(device, arch, workdir, optimization_level=optimization)

    def compilers(self, emit_ptx: bool) -> dict[str, str]:
        return compiler_names(WARP_CUDA_LEVEL if emit_ptx else CHECK_LEVEL)


LEVELS = {level.name: level for level in (SyntaxLevel(), FullLevel())}  # weakest first
