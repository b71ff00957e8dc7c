"""Shorter views of a record's code, derived from Warp's exact output (never a replacement for it).

* ``forward``: the forward kernels alone (each kernel's ``forward`` section, in order);
* ``no_echo``: the whole code without Warp's source-echo comments (``// x = positions[tid]   <L 13>``);
* ``normalised``: what a model can learn to predict from the Python alone: no echo comments, the
  module hash gone from every name (``integrate_3f2a91c0`` becomes ``integrate``, as Warp's own
  ``strip_hash`` module option names it), and no CPU entry points (each kernel's ``entry_points``:
  the same wrappers in every record but for the kernel's name and its arguments' stride checks).

Each takes a record's ``code``, ``sections`` and ``kernels`` (``extract.records``).

And ``canonical``, the lines two codes are compared by (``synth eval``'s metrics, the contamination
check of generated code): no comments, ``//`` and ``/* */`` (Warp echoes the Python source and names
the file it came from), no module hash in the kernel's symbols, the numbers Warp gives its
temporaries (``var_12``/``adj_12``) renumbered in order of first use, so two codes that differ only in
numbering match, and layout (whitespace runs, blank lines) collapsed.
"""

from __future__ import annotations

import re

ECHO_LINE = re.compile(r"^[ \t]*// .*<L \d+>[ \t]*$", re.MULTILINE)
LINE_COMMENT = re.compile(r"//(?:[^\n]*\\\n)*[^\n]*")  # a // comment goes on past a line ending in a backslash
COMMENT = re.compile(rf"{LINE_COMMENT.pattern}|/\*.*?\*/", re.DOTALL)
_MODULE_HASH = re.compile(r"(?<=\w)_[0-9a-f]{8}(?=\W|$|_cpu_|_cuda_)")
_TEMPORARY = re.compile(r"\b(var|adj)_(\d+)\b")
_SPACE = re.compile(r"\s+")


def forward(code: str, sections: dict, kernels: list[dict]) -> str:
    return "".join(code[slice(*kernel["sections"]["forward"])] for kernel in kernels)


def no_echo(code: str, sections: dict = None, kernels: list[dict] = ()) -> str:
    return "".join(line for line in code.splitlines(keepends=True) if not ECHO_LINE.fullmatch(line.rstrip("\n")))


def unhashed(code: str, kernels: list[dict]) -> str:
    """``code`` with each kernel's symbol written without the module hash (``strip_hash``'s names)."""
    for kernel in kernels:
        code = code.replace(kernel["symbol"], kernel["symbol"].rpartition("_")[0])
    return code


def normalised(code: str, sections: dict, kernels: list[dict]) -> str:
    entry_points = sorted(tuple(kernel["sections"]["entry_points"]) for kernel in kernels)
    kept, at = "", 0
    for start, end in entry_points:
        kept, at = kept + code[at:start], end
    return unhashed(no_echo(kept + code[at:]), kernels)


def canonical(code: str) -> list[str]:
    """The canonical view's lines (the module docstring)."""
    numbers: dict[str, str] = {}

    def renumber(found: re.Match) -> str:
        return f"{found[1]}_{numbers.setdefault(found[2], str(len(numbers)))}"

    text = _TEMPORARY.sub(renumber, _MODULE_HASH.sub("", COMMENT.sub("", code)))
    return [line for line in (_SPACE.sub(" ", raw).strip() for raw in text.splitlines()) if line]


VIEWS = {"forward": forward, "no_echo": no_echo, "normalised": normalised}
