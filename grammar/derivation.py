"""A derivation: the tree of productions the sampler chose for one kernel.

Plain data, no Jinja and no Warp: the renderer turns it into Python source.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Expr:
    """A value: a variable, a literal, a production applied to slots, or a helper call."""

    form: str  # "var" | "literal" | "apply" | "call"
    type: str
    role: str = ""
    text: str = ""  # var name or literal text
    production: str = ""  # "apply": the expr production; "call": the func production
    callee: str = ""  # "call": the helper's name
    slots: dict[str, Expr] = field(default_factory=dict)
    typevars: dict[str, str] = field(default_factory=dict)


@dataclass
class Block:
    """Statements in order, then the values the enclosing template uses (its block's needs)."""

    statements: list[Statement] = field(default_factory=list)
    values: dict[str, Expr] = field(default_factory=dict)


@dataclass
class Statement:
    """A stmt (or guard) production instance, or a plain binding ``out = slots["value"]`` when
    ``production`` is empty."""

    production: str
    out: str | None
    slots: dict[str, Expr] = field(default_factory=dict)
    locals: dict[str, str] = field(default_factory=dict)  # local key -> chosen name
    blocks: dict[str, Block] = field(default_factory=dict)
    typevars: dict[str, str] = field(default_factory=dict)
    comment: str = ""


@dataclass
class Param:
    """A kernel parameter, made when the kernel first needed what it holds."""

    name: str
    type: str  # "array[vec3]", "float32", "mesh_id" ...
    role: str
    output: bool = False  # an array the kernel writes
    read: bool = False  # an array the kernel reads (an output can be both: updated in place)
    single: bool = False  # an array of one value, read at ``[0]`` (a uniform kept on the device)


@dataclass
class Helper:
    """A ``@wp.func`` instance: a func production with a name, or an expression production
    written as a helper that returns it (``params``: its slots and their types, in call order)."""

    production: str
    name: str
    typevars: dict[str, str] = field(default_factory=dict)
    params: dict[str, str] = field(default_factory=dict)


@dataclass
class Derivation:
    """Everything needed to render one kernel module, plus what it is made of."""

    seed: int | None
    family: str
    kernel_production: str
    kernel_name: str
    params: list[Param]
    guards: list[Statement]
    body: Block  # statements before the template's own lines, and the values of its needs
    blocks: dict[str, Block]
    helpers: list[Helper]  # callees before callers
    fixed_params: dict[str, str] = field(default_factory=dict)  # the template's own parameters, first
    docstring: str = ""
    comments: bool = False  # the kernel template's own comment lines are written
    bracket_annotations: bool = True  # wp.array[wp.vec3] rather than wp.array(dtype=wp.vec3)
    sized_ints: bool = False  # wp.int32 rather than int, in the signature
    device_uniforms: bool | None = None  # float uniforms are arrays of one value (None: it took none)
    typevars: dict[str, str] = field(default_factory=dict)
    productions_used: Counter = field(default_factory=Counter)
    alternatives_used: Counter = field(default_factory=Counter)  # "production var=option" drawn
    features: set[str] = field(default_factory=set)
    types: Counter = field(default_factory=Counter)  # Warp types of the values the kernel computes
    dialect: str = ""  # the naming dialect its parameters follow (names.DIALECTS): its module's
