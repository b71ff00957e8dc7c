"""What a prediction must be before a compiler sees it: a candidate for the kernel's code that
cannot make the compiler read this machine's files or work without bound.

* no NUL (a compiler stops reading there, so what follows would never be checked);
* no preprocessor directive but those Warp emits: its conditionals (``#if``/``#else``/``#endif``)
  and ``#line`` (with the ``line_directives`` option; it only renames positions in messages), in
  any spelling (``%:`` is ``#``), and no ``_Pragma``: no ``#include`` of a file on this machine;
* at most ``MAX_LENGTH_RATIO`` times the reference's length (front ends slow down more than
  linearly on repetitive text);
* it names (outside comments) each of the reference's functions named after its kernels' symbols
  (the forward and adjoint kernels, the CPU entry points), module hash aside: an empty prediction,
  or one that drops an adjoint or a kernel, does not "compile".

Each prediction admitted is then compiled in a translation unit of its own (``score``).
"""

from __future__ import annotations

import re

from warp_synth.synth.dataset.views import COMMENT, LINE_COMMENT

MAX_LENGTH_RATIO = 4
REFUSALS = ("nul", "too_long", "preprocessor", "missing_functions")
_WARPS_DIRECTIVES = frozenset({"if", "ifdef", "ifndef", "elif", "else", "endif", "line"})
# Looked for anywhere, not only at a line's start, and inside /* */ too: a comment or a literal
# the compiler reads otherwise than a pattern would could hide one from a stricter rule. Only
# // comments are left out (Warp echoes the Python source in them, `#` comments and all): the
# compiler, too, reads nothing after // as a directive.
_DIRECTIVE = re.compile(r"(?:#|%:)\s*(\w*)")


def _preprocessor(prediction: str) -> bool:
    code = LINE_COMMENT.sub("", prediction)
    return "_Pragma" in code or any(name not in _WARPS_DIRECTIVES for name in _DIRECTIVE.findall(code))


def kernel_functions(code: str, symbols: tuple[str, ...]) -> set[str]:
    """The functions ``code`` names after the kernels' ``symbols`` (``<name>_<hash>``), hash left
    out; comments aside."""
    code = COMMENT.sub("", code)
    kernels = [symbol.rpartition("_")[0] for symbol in symbols]
    return {kernel + suffix for kernel in kernels for suffix in re.findall(rf"\b{re.escape(kernel)}_[0-9a-f]{{8}}(\w*)\s*\(", code)}


def refusal(prediction: str, target: str, symbols: tuple[str, ...]) -> str | None:
    """Why ``prediction`` for ``target`` (the reference, whose kernels are ``symbols``) is not handed
    to a compiler, and so does not compile (one of REFUSALS, in the module docstring's order), or None."""
    if "\0" in prediction:
        return "nul"
    if len(prediction) > MAX_LENGTH_RATIO * len(target):
        return "too_long"
    if _preprocessor(prediction):
        return "preprocessor"
    if not kernel_functions(target, symbols) <= kernel_functions(prediction, symbols):
        return "missing_functions"
    return None
