"""Compile generated code with the compilers inside warp-lang: clang (C++) and NVRTC (CUDA to PTX).

Many records share one translation unit: the preamble once, then each record's code in a
namespace of its own (Warp names @wp.func helpers and structs the same way in different
modules; a namespace keeps them apart, while kernel entry points stay unique through their
hash suffix). A failing batch is bisected down to the records at fault.
"""

from __future__ import annotations

import os
import re
import tempfile
import threading
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from warp_synth.extract.codegen import init_warp

DEFAULT_ARCH = 90
CHECK_LEVEL = 0  # checking that code compiles: the cheapest optimisation level
WARP_CUDA_LEVEL = 3  # Warp's default level for CUDA modules (`--emit ptx` uses it)
_stderr_lock = threading.Lock()


@contextmanager
def _captured_stderr():
    """Capture what native code writes to file descriptor 2 (the compilers' diagnostics)."""
    with _stderr_lock, tempfile.TemporaryFile(mode="w+b") as sink:
        saved = os.dup(2)
        os.dup2(sink.fileno(), 2)
        captured = {"text": ""}
        try:
            yield captured
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            sink.seek(0)
            captured["text"] = sink.read().decode("utf-8", errors="replace")


def translation_unit(preamble: str, codes: list[str]) -> str:
    """The preamble, then each record's code wrapped in its own namespace."""
    parts = [preamble]
    for index, code in enumerate(codes):
        parts.append(f"namespace wp_record_{index} {{\n{code}\n}}  // namespace wp_record_{index}\n")
    return "".join(parts)


def compiler_names(cuda_level: int = CHECK_LEVEL) -> dict[str, str]:
    """The compilers that check each device's code, with their versions, for the stats."""
    init_warp()
    from warp._src.context import runtime

    nvrtc = ".".join(map(str, runtime.get_nvrtc_version() or ("?",)))
    return {
        "cpu": f"clang {runtime.get_llvm_version()} (warp-lang), -O{CHECK_LEVEL}",
        "cuda": f"NVRTC {nvrtc} (warp-lang) to PTX, -O{cuda_level}",
    }


class NativeCompiler:
    """Compiles translation units for one device in a private work folder (with its own PCH)."""

    def __init__(self, device: str, arch: int = DEFAULT_ARCH, workdir: Path | None = None, optimization_level: int = CHECK_LEVEL):
        init_warp()
        self.device = device
        self.arch = arch
        self.optimization_level = optimization_level
        self.workdir = Path(workdir or tempfile.mkdtemp(prefix=f"synth_{device}_"))
        self.pch_dir = self.workdir / "pch"
        self.pch_dir.mkdir(parents=True, exist_ok=True)

    def compile(self, source: str) -> str | None:
        """None when ``source`` compiles, else the compiler's diagnostics."""
        from warp._src import build

        suffix = "cpp" if self.device == "cpu" else "cu"
        path = self.workdir / f"unit.{suffix}"
        path.write_text(source, encoding="utf-8")
        with _captured_stderr() as captured:
            try:
                if self.device == "cpu":
                    build.build_cpu(
                        str(self.workdir / "unit.o"), str(path), optimization_level=self.optimization_level,
                        use_precompiled_headers=True, pch_dir=str(self.pch_dir),
                    )  # fmt: skip
                else:
                    build.build_cuda(
                        str(path), self.arch, str(self.workdir / "unit.ptx"), pch_dir=str(self.pch_dir),
                        optimization_level=self.optimization_level, use_precompiled_headers=True,
                    )  # fmt: skip
                failed = None
            except Exception as error:  # Warp raises a bare Exception with the compiler's return code
                failed = str(error)
        if failed is None:
            return None
        return captured["text"].strip() or failed

    def failures(self, preamble: str, codes: list[str]) -> dict[int, str]:
        """Indices of ``codes`` that do not compile, with the messages: all in one unit, bisected on failure."""

        def compile_unit(indices: list[int]) -> str | None:
            return self.compile(translation_unit(preamble, [codes[i] for i in indices]))

        return find_failures(compile_unit, list(range(len(codes))))

    def ptx(self) -> str:
        """The PTX of the last CUDA unit compiled (without the C string terminator NVRTC counts in)."""
        return (self.workdir / "unit.ptx").read_text(encoding="utf-8").rstrip("\0")


def find_failures(compile_unit: Callable[[list[int]], str | None], indices: list[int]) -> dict[int, str]:
    """Indices whose code does not compile, with the message: compile all, bisect what fails."""
    message = compile_unit(indices)
    if message is None:
        return {}
    if len(indices) == 1:
        return {indices[0]: message}
    middle = len(indices) // 2
    return {**find_failures(compile_unit, indices[:middle]), **find_failures(compile_unit, indices[middle:])}


_ERROR_LINE = re.compile(r"error:?\s*(.*)", re.IGNORECASE)


def failure_reason(message: str) -> str:
    """A short category for a compiler message (its first error, without names and numbers)."""
    for line in message.splitlines():
        match = _ERROR_LINE.search(line)
        if match:
            text = re.sub(r"'[^']*'|\"[^\"]*\"|\d+", "_", match[1]).strip()
            return text[:80] or "error"
    return "build_failed"
