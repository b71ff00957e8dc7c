"""Shorter views of a record's code, derived from Warp's exact output (never a replacement for it).

* ``forward``: the forward kernel alone (the ``forward`` section);
* ``no_echo``: the whole code without Warp's source-echo comments (``// x = positions[tid]   <L 13>``);
* ``normalised``: what a model can learn to predict from the Python alone: no echo comments, the
  module hash gone from every name (``integrate_3f2a91c0`` becomes ``integrate``, as Warp's own
  ``strip_hash`` module option names it), and no CPU entry points (the ``entry_points`` section:
  the same wrappers in every record but for the kernel's name and its arguments' stride checks).
"""

from __future__ import annotations

import re

ECHO_LINE = re.compile(r"^[ \t]*// .*<L \d+>[ \t]*$", re.MULTILINE)


def forward(code: str, sections: dict, symbol: str) -> str:
    start, end = sections["forward"]
    return code[start:end]


def no_echo(code: str, sections: dict, symbol: str) -> str:
    return "".join(line for line in code.splitlines(keepends=True) if not ECHO_LINE.fullmatch(line.rstrip("\n")))


def normalised(code: str, sections: dict, symbol: str) -> str:
    start, _ = sections["entry_points"]
    kernel, _, module_hash = symbol.rpartition("_")
    return no_echo(code[:start], sections, symbol).replace(symbol, kernel)


VIEWS = {"forward": forward, "no_echo": no_echo, "normalised": normalised}
