"""A derivation: the tree of productions the sampler chose for one kernel.

Plain data, no Jinja and no Warp: the renderer turns it into Python source.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Expr:
    """An expression: a variable, a literal, a production applied to slots, a helper call or a sum."""

    form: str  # "var" | "literal" | "apply" | "call" | "sum"
    type: str
    text: str = ""  # var name or literal text
    production: str = ""  # "apply": the expr/convert production; "call": the func production
    callee: str = ""  # "call": the helper's name
    slots: dict[str, Expr] = field(default_factory=dict)
    terms: list[Expr] = field(default_factory=list)  # "sum": the values added up
    typevars: dict[str, str] = field(default_factory=dict)


@dataclass
class Block:
    """Statements in order, then the expression that folds every value they made."""

    statements: list[Statement]
    result: Expr


@dataclass
class Statement:
    """A stmt production instance: filled slots, the variable it defines and its nested blocks."""

    production: str
    out: str | None
    slots: dict[str, Expr] = field(default_factory=dict)
    locals: dict[str, str] = field(default_factory=dict)  # local key -> chosen name
    blocks: dict[str, Block] = field(default_factory=dict)
    typevars: dict[str, str] = field(default_factory=dict)


@dataclass
class Helper:
    """A ``@wp.func`` instance: a func production with a name and a sampled body."""

    production: str
    name: str
    body: Block
    typevars: dict[str, str] = field(default_factory=dict)


@dataclass
class Derivation:
    """Everything needed to render one kernel module, plus what it is made of."""

    seed: int
    family: str
    kernel_production: str
    kernel_name: str
    body: dict[str, Block]
    helpers: list[Helper]  # callees before callers
    productions_used: Counter = field(default_factory=Counter)
    features: set[str] = field(default_factory=set)
    types: Counter = field(default_factory=Counter)  # Warp types of the values the kernel computes
