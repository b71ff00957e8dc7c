"""Shorter views of a record's code, derived from Warp's exact output (never a replacement for it).

* ``forward``: the forward kernel alone (the ``forward`` section);
* ``no_echo``: the whole code without Warp's source-echo comments (``// x = positions[tid]   <L 13>``);
* ``normalised``: what a model can learn to predict from the Python alone: no echo comments, the
  module hash gone from every name (``integrate_3f2a91c0`` becomes ``integrate``, as Warp's own
  ``strip_hash`` module option names it), and no CPU entry points (the ``entry_points`` section:
  the same wrappers in every record but for the kernel's name and its arguments' stride checks).

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


def forward(code: str, sections: dict, symbol: str) -> str:
    start, end = sections["forward"]
    return code[start:end]


def no_echo(code: str, sections: dict, symbol: str) -> str:
    return "".join(line for line in code.splitlines(keepends=True) if not ECHO_LINE.fullmatch(line.rstrip("\n")))


def normalised(code: str, sections: dict, symbol: str) -> str:
    start, _ = sections["entry_points"]
    kernel, _, module_hash = symbol.rpartition("_")
    return no_echo(code[:start], sections, symbol).replace(symbol, kernel)


def canonical(code: str) -> list[str]:
    """The canonical view's lines (the module docstring)."""
    numbers: dict[str, str] = {}

    def renumber(found: re.Match) -> str:
        return f"{found[1]}_{numbers.setdefault(found[2], str(len(numbers)))}"

    text = _TEMPORARY.sub(renumber, _MODULE_HASH.sub("", COMMENT.sub("", code)))
    return [line for line in (_SPACE.sub(" ", raw).strip() for raw in text.splitlines()) if line]


VIEWS = {"forward": forward, "no_echo": no_echo, "normalised": normalised}
