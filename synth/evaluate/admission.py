"""What a prediction must be before a compiler sees it, so that it can only pass or fail on its
own (predictions share translation units) and only for what it is:

* no NUL (a compiler stops reading there, so what follows would never be checked);
* no preprocessor line but the conditionals Warp emits (``#if``/``#else``/``#endif``), those
  balanced: no ``#include`` (of any file on this machine) and no ``#define`` (that would reach the
  predictions after it);
* brackets nested, never closing more than they opened (the unit wraps each prediction in a
  namespace a stray ``}`` would close);
* at most ``MAX_LENGTH_RATIO`` times the reference's length (front ends slow down more than
  linearly on repetitive text);
* it names (outside comments) each of the reference's functions named after the kernel's symbol (the
  forward and adjoint kernels, the CPU entry points), module hash aside: an empty prediction or one
  that drops the adjoint does not "compile".
"""

from __future__ import annotations

import re

MAX_LENGTH_RATIO = 4
_DIRECTIVE = re.compile(r"^[ \t]*#[ \t]*(\w*)", re.MULTILINE)
_CONDITIONAL = {"if": 1, "ifdef": 1, "ifndef": 1, "elif": 0, "else": 0, "endif": -1}
_TOKEN = re.compile(r'//[^\n]*|/\*.*?\*/|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|[{}()\[\]]', re.DOTALL)
_COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.DOTALL)
_OPENS = {"}": "{", ")": "(", "]": "["}


def _directives_problem(text: str) -> bool:
    depth = 0
    for found in _DIRECTIVE.finditer(text):
        depth += _CONDITIONAL.get(found[1], -100)
        if depth < 0:
            return True
    return depth != 0


def _brackets_problem(text: str) -> bool:
    open_brackets = []
    for token in _TOKEN.findall(text):
        if token in "{([":
            open_brackets.append(token)
        elif token in _OPENS and (not open_brackets or open_brackets.pop() != _OPENS[token]):
            return True
    return bool(open_brackets)


def kernel_functions(code: str, symbol: str) -> set[str]:
    """The functions ``code`` names after the kernel's ``symbol`` (``<name>_<hash>``), hash left
    out; comments aside."""
    kernel = symbol.rpartition("_")[0]
    return {kernel + suffix for suffix in re.findall(rf"\b{re.escape(kernel)}_[0-9a-f]{{8}}(\w*)\s*\(", _COMMENT.sub("", code))}


REFUSALS = ("nul", "too_long", "preprocessor", "brackets", "missing_functions")


def refusal(prediction: str, target: str, symbol: str) -> str | None:
    """Why ``prediction`` for ``target`` (the reference, whose kernel is ``symbol``) is not handed
    to a compiler, and so does not compile (one of REFUSALS, in the order of the module
    docstring), or None."""
    if "\0" in prediction:
        return "nul"
    if len(prediction) > MAX_LENGTH_RATIO * len(target):
        return "too_long"
    if _directives_problem(prediction):
        return "preprocessor"
    if _brackets_problem(prediction):
        return "brackets"
    if not kernel_functions(target, symbol) <= kernel_functions(prediction, symbol):
        return "missing_functions"
    return None
