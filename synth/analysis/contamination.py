"""Contamination: how close a synthetic kernel comes to Warp's own kernels, the real code a model
trained on our data is measured on (issue 21).

Judged as BigCode decontaminates The Stack against its benchmarks, on the bodies of a module's
``@wp.kernel`` and ``@wp.func`` functions (a signature, or ``tid = wp.tid()``, is shared by all
Warp code and says nothing about where a kernel came from): a kernel is contaminated when

* its body text, normalised (docstrings and ``wp.tid()`` unpacking dropped, each statement as
  ``ast.unparse`` writes it, code tokens joined without spaces), shares a substring of
  ``SHARED_CHARS`` characters with a real function's (``SHARES_REAL_CODE``), or
* its code-token 5-grams (comments and docstrings left out, the novelty filter's) have Jaccard
  >= ``NEAR_REAL`` with a real kernel's (``NEAR_REAL_KERNEL``).

The real set is every ``@wp.kernel`` and ``@wp.func`` of the installed warp-lang's ``examples``
and ``tests`` (``synth.analysis.corpus.reference_functions``): the Warp version is pinned, so the
verdicts are the same on every machine.

Where the real set has been built (``synth real``), the generated code is judged too: a kernel is
also contaminated when the code-token 5-grams of its canonical forward code (``views.canonical``:
no comments, so no echoed Python; no module hash; temporaries renumbered) have Jaccard >=
``NEAR_REAL`` with a real kernel's (``NEAR_REAL_CODE``): two kernels Warp translates alike, whatever
their names. The shared-substring rule is not applied to generated code: every kernel shares
``SHARED_CHARS`` characters of Warp's boilerplate (argument loads, ``wp::tid``) with real ones.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterable

from warp_synth.extract import section
from warp_synth.synth.dataset.layout import DatasetLayout, read_records
from warp_synth.synth.dataset.schema import REAL_SPLIT
from warp_synth.synth.dataset.views import canonical
from warp_synth.synth.analysis.corpus import Function, functions_in, reference_functions
from warp_synth.synth.analysis.diversity import Fingerprint, NearDuplicateIndex, code_tokens, minhash, shingles

SHARED_CHARS = 50
NEAR_REAL = 0.5
SHARES_REAL_CODE = "shares_real_code"
NEAR_REAL_KERNEL = "near_real_kernel"
NEAR_REAL_CODE = "near_real_code"
REASONS = (SHARES_REAL_CODE, NEAR_REAL_KERNEL)  # judged on the Python, before Warp builds a kernel


def _is_docstring(statement: ast.stmt) -> bool:
    return isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant) and isinstance(statement.value.value, str)


def _unpacks_tid(statement: ast.stmt) -> bool:
    return isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Call) and ast.unparse(statement.value.func) in ("wp.tid", "warp.tid")


def _body_text(node: ast.FunctionDef) -> str:
    statements = [s for s in node.body if not _is_docstring(s) and not _unpacks_tid(s)]
    return "".join(code_tokens("\n".join(ast.unparse(s) for s in statements)))


def body_texts(source: str) -> list[str]:
    """The normalised body text of each ``@wp.kernel`` and ``@wp.func`` of a module's source."""
    return [_body_text(function.node) for function in functions_in(source, "ours")]


def _windows(text: str) -> range:
    return range(max(0, len(text) - SHARED_CHARS + 1))


class RealKernels:
    """The real set, indexed: every ``SHARED_CHARS``-character window of its bodies, and its
    kernels' 5-gram sets."""

    def __init__(self, functions: list[Function]):
        self.functions = len(functions)
        self.windows: set[str] = set()
        self.near = NearDuplicateIndex(NEAR_REAL)
        for function in functions:
            text = _body_text(function.node)
            self.windows.update(text[at : at + SHARED_CHARS] for at in _windows(text))
            if function.kind == "kernel":
                grams = shingles(function.source)
                self.near.add(Fingerprint("", grams, minhash(grams)))

    def judge(self, draft) -> str | None:
        """Why a module is contaminated (``REASONS``), or None, by its ``synth.analysis.novelty.Draft``:
        any of its kernels is (``judge_kernel``)."""
        return next(filter(None, map(self.judge_kernel, draft.bodies, draft.kernels)), None)

    def judge_kernel(self, bodies: tuple[str, ...], kernel: Fingerprint) -> str | None:
        """Why a kernel is contaminated, or None: one of its function ``bodies`` (its own, and its
        helpers') shares a window with a real body, or its code is near a real kernel's."""
        for text in bodies:
            if any(text[at : at + SHARED_CHARS] in self.windows for at in _windows(text)):
                return SHARES_REAL_CODE
        return NEAR_REAL_KERNEL if self.near.neighbors(kernel) else None


@functools.cache
def real_kernels() -> RealKernels:
    """The installed warp-lang's examples and tests, indexed (read once a process)."""
    return RealKernels(list(reference_functions()))


def code_fingerprint(code: str) -> Fingerprint:
    """What generated code is compared by: the 5-grams of its canonical view."""
    grams = shingles("\n".join(canonical(code)))
    return Fingerprint("", grams, minhash(grams))


class RealCode:
    """The real set's forward code, one device's, indexed by its 5-grams."""

    def __init__(self, forwards: Iterable[str]):
        self.near = NearDuplicateIndex(NEAR_REAL)
        for code in forwards:
            self.near.add(code_fingerprint(code))

    def judge(self, forward: str) -> str | None:
        """``NEAR_REAL_CODE`` when a kernel's forward code is near a real kernel's, else None."""
        return NEAR_REAL_CODE if self.near.neighbors(code_fingerprint(forward)) else None


def real_code(layout: DatasetLayout, device: str) -> RealCode | None:
    """The forward code of the real set beside a run (``synth real``) on ``device``, indexed; None
    where it has not been built."""
    real = layout.real
    if not real.holds(REAL_SPLIT, (device,)):
        return None
    return RealCode(section(record, "forward") for record in read_records(real.code(device, REAL_SPLIT), "real"))
