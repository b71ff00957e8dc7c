"""The syntax-level check: the compilers' front ends only (parsing, name lookup, overload
resolution, template instantiation), no optimisation, no object code, no PTX.

* CUDA: NVRTC with ``-fdevice-syntax-only`` and Warp's own NVRTC options, through the NVRTC
  that NVIDIA publishes as a wheel (``nvidia-cuda-nvrtc``, pinned to the CUDA version inside
  warp-lang) and its Python bindings (``cuda-bindings``): Warp's own entry point takes no such
  option.
* C++: clang's front end through libclang (``libclang``), with Warp's include folder and
  ``-std=c++17``, the way Warp's bundled clang compiles CPU modules.

What it misses against the full build: errors that only code generation finds (a backend
crash, an unsupported instruction for the arch, resource limits), and differences between
libclang's and Warp's bundled LLVM versions.
"""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

from warp_synth.extract.native import DEFAULT_ARCH, find_failures, translation_unit

# Warp's NVRTC options for a release module (warp/native/warp.cu), front end only.
_NVRTC_OPTIONS = ("--std=c++17", "--device-as-default-execution-space", "--define-macro=NDEBUG",
                  "--define-macro=WP_ENABLE_MATHDX=0", "--diag-suppress=177,550", "-fdevice-syntax-only")  # fmt: skip


def _warp_include() -> str:
    import warp

    return str(Path(warp.__file__).parent / "native")


def syntax_compiler_names() -> dict[str, str]:
    """The front ends that check each device's code, with their versions, for the stats."""
    from importlib.metadata import version

    from cuda.bindings import nvrtc

    from warp_synth.extract.codegen import init_warp

    init_warp()
    from warp._src.context import runtime

    _, major, minor = nvrtc.nvrtcVersion()
    warp_nvrtc = ".".join(map(str, runtime.get_nvrtc_version() or ("?",)))
    return {
        "cpu": f"clang {version('libclang')} (libclang front end, -fsyntax-only; warp-lang's clang is {runtime.get_llvm_version()})",
        "cuda": f"NVRTC {major}.{minor} (nvidia-cuda-nvrtc wheel, -fdevice-syntax-only; warp-lang's NVRTC is {warp_nvrtc})",
    }


class SyntaxChecker:
    """Checks translation units of one device with its front end; the interface of NativeCompiler.

    For C++, each preamble is parsed once into a precompiled header (in a folder of the
    checker's own) that every unit after it loads: Warp's headers are about half of a unit's
    parsing time."""

    def __init__(self, device: str, arch: int = DEFAULT_ARCH, reuse_headers: bool = False):
        self.device = device
        self.arch = arch
        # NVRTC's automatic precompiled header (--pch): a unit after the first with the same
        # headers skips parsing them, about 0.4 s of each; worth it for many small units.
        self.reuse_headers = reuse_headers
        self.include = _warp_include()
        if device == "cpu":
            import clang.cindex

            self._index = clang.cindex.Index.create()
            self._headers = tempfile.TemporaryDirectory(prefix="synth_pch_")
            self._pch: dict[str, str | None] = {}  # preamble's digest -> its precompiled header

    def compile(self, source: str, preamble: str = "") -> str | None:
        """None when ``preamble`` + ``source`` pass the front end, else the error diagnostics."""
        return self._clang(source, preamble) if self.device == "cpu" else self._nvrtc(preamble + source)

    def _clang(self, source: str, preamble: str) -> str | None:
        import clang.cindex

        args = ["-x", "c++", "-std=c++17", "-I", self.include, "-fsyntax-only"]
        pch = self._precompiled(preamble) if preamble else None
        if pch:
            args += ["-include-pch", pch]
        else:
            source = preamble + source
        unit = self._index.parse("unit.cpp", args=args, unsaved_files=[("unit.cpp", source)])
        errors = [str(d) for d in unit.diagnostics if d.severity >= clang.cindex.Diagnostic.Error]
        return "\n".join(errors) or None

    def _precompiled(self, preamble: str) -> str | None:
        """The precompiled header of ``preamble``, made the first time it is asked for; None for
        a preamble that does not parse (its units are then parsed whole, errors and all)."""
        import clang.cindex

        digest = hashlib.sha256(preamble.encode()).hexdigest()[:16]
        if digest not in self._pch:
            header = Path(self._headers.name) / f"preamble_{digest}.h"
            header.write_text(preamble, encoding="utf-8")
            parsed = self._index.parse(str(header), args=["-x", "c++-header", "-std=c++17", "-I", self.include])
            if any(d.severity >= clang.cindex.Diagnostic.Error for d in parsed.diagnostics):
                self._pch[digest] = None
            else:
                parsed.save(str(header.with_suffix(".pch")))
                self._pch[digest] = str(header.with_suffix(".pch"))
        return self._pch[digest]

    def _nvrtc(self, source: str) -> str | None:
        from cuda.bindings import nvrtc

        options = [f"--gpu-architecture=compute_{self.arch}".encode(), f"--include-path={self.include}".encode()]
        options += [option.encode() for option in _NVRTC_OPTIONS + (("--pch",) if self.reuse_headers else ())]
        _, program = nvrtc.nvrtcCreateProgram(source.encode(), b"unit.cu", 0, [], [])
        try:
            (result,) = nvrtc.nvrtcCompileProgram(program, len(options), options)
            if result == nvrtc.nvrtcResult.NVRTC_SUCCESS:
                return None
            _, size = nvrtc.nvrtcGetProgramLogSize(program)
            log = b" " * size
            nvrtc.nvrtcGetProgramLog(program, log)
            return log.decode(errors="replace").rstrip("\0").strip() or f"NVRTC: {result.name}"
        finally:
            nvrtc.nvrtcDestroyProgram(program)

    def failures(self, preamble: str, codes: list[str]) -> dict[int, str]:
        """Indices of ``codes`` that fail, with the messages: all in one unit, bisected on failure."""
        return find_failures(lambda indices: self.compile(translation_unit("", [codes[i] for i in indices]), preamble), list(range(len(codes))))
