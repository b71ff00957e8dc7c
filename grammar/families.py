"""Kernel families: what each is about, the operations every kernel of it uses, and how its
kernels are launched.

Families are data, in ``families.toml`` beside the templates. A kernel template names its
family; the family's ``operations`` are the promise that ``synth realism`` checks on every
generated kernel (a bounding-volume family whose kernels never query the BVH is a defect), and
its ``launch`` is how its kernels are launched (``grammar.launch``), unless a kernel template
declares its own.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from warp_synth.grammar.errors import GrammarError
from warp_synth.grammar.launch import launch_contract
from warp_synth.grammar.productions import read_text

FAMILIES_FILE = "families.toml"
# Shapes an operation can name instead of a builtin (``synth.analysis.figures`` finds them in a kernel).
SHAPES = (":loop", ":branch", ":map", ":integrate", ":accumulating_loop", ":indirect_read", ":array2d", ":array3d",
          ":array4d", ":struct_param")  # fmt: skip


@dataclass(frozen=True)
class Family:
    name: str
    about: str
    operations: tuple[str, ...]  # builtin names (globs) or SHAPES; a kernel uses at least one
    launch: dict  # the contract of grammar.launch


def load_families(root: Path) -> dict[str, Family]:
    """Read ``families.toml``: one table per family with ``about``, ``operations`` and ``launch``."""
    path = root / FAMILIES_FILE
    try:
        data = tomllib.loads(read_text(path, "families file"))
    except tomllib.TOMLDecodeError as error:
        raise GrammarError(f"not valid TOML: {error}", where=str(path)) from None
    families = {}
    for name, table in data.items():
        where = f"{path} [{name}]"
        if not isinstance(table, dict) or set(table) != {"about", "operations", "launch"}:
            raise GrammarError("a family has exactly the keys `about`, `operations` and `launch`", where=where)
        operations = table["operations"]
        if not operations or not isinstance(operations, list) or not all(isinstance(o, str) and o for o in operations):
            raise GrammarError("operations must be a non-empty list of builtin names or shapes", where=where)
        unknown = [o for o in operations if o.startswith(":") and o not in SHAPES]
        if unknown:
            raise GrammarError(f"unknown shapes {unknown}", where=where, hint=f"shapes: {', '.join(SHAPES)}")
        families[name] = Family(name, str(table["about"]), tuple(operations), launch_contract(table["launch"], where))
    return families
