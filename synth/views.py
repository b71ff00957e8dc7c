"""Shorter views of a record's code, derived from Warp's exact output (never a replacement for it).

* ``forward``: the forward kernel alone (the ``forward`` section);
* ``no_echo``: the whole code without Warp's source-echo comments (``// x = positions[tid]   <L 13>``).
"""

from __future__ import annotations

import re

ECHO_LINE = re.compile(r"^[ \t]*// .*<L \d+>[ \t]*$", re.MULTILINE)


def forward(code: str, sections: dict) -> str:
    start, end = sections["forward"]
    return code[start:end]


def no_echo(code: str, sections: dict) -> str:
    return "".join(line for line in code.splitlines(keepends=True) if not ECHO_LINE.fullmatch(line.rstrip("\n")))


VIEWS = {"forward": forward, "no_echo": no_echo}
