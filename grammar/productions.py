"""Productions: one template file each, with its header parsed into plain data.

A template file starts with a Jinja comment holding a TOML header::

    {#
    weight = 2.0
    produces = "float32"
    names = ["dist", "gap"]
    features = ["vector_math"]
    [needs]
    a = "vec3"
    b = "vec3"
    #}
    {{ out }} = wp.length({{ a }} - {{ b }})

The folder a file sits in is its kind (``kernel``, ``stmt``, ``expr``, ``func``,
``convert``). Jinja ignores the comment, so the header lives beside the production
it weighs, as in fuzzingbook's probabilistic grammars.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from warp_synth.grammar.errors import GrammarError
from warp_synth.grammar.types import COUNT, VALUE_TYPES, check_type, type_class

KINDS = ("kernel", "func", "stmt", "expr", "convert")
_HEADER = re.compile(r"\A\{#(?P<toml>.*?)#\}\n?", re.DOTALL)
_IDENT = re.compile(r"^[a-z_][a-z0-9_]*$")
_TYPEVAR = re.compile(r"^[A-Z]$")
_ALLOWED_KEYS = {
    "kernel": {"weight", "family", "names", "features", "scope", "blocks", "launch"},
    "func": {"weight", "names", "features", "params", "produces", "blocks", "typevars", "choices"},
    "stmt": {"weight", "names", "features", "needs", "produces", "blocks", "locals", "typevars", "choices"},
    "expr": {"weight", "features", "needs", "produces", "operator", "typevars", "choices"},
    "convert": {"weight", "features", "needs", "produces", "operator", "typevars"},
}


@dataclass(frozen=True)
class Block:
    """A nested statement block a production asks the sampler to fill."""

    produces: str  # type of the block's result: every value the block makes is folded into it
    min_statements: int = 1
    max_statements: int = 4


@dataclass(frozen=True)
class Production:
    """One grammar alternative: a Jinja template plus what it needs and produces."""

    name: str  # "stmt/length_of_difference": folder and file stem
    kind: str
    weight: float
    path: Path
    body: str  # the Jinja text after the header
    body_line: int  # line number of the first body line in the file
    produces: str | None = None
    needs: dict[str, str] = field(default_factory=dict)  # slot -> type
    locals: dict[str, str] = field(default_factory=dict)  # fresh local names -> type
    scope: dict[str, str] = field(default_factory=dict)  # kernel: names visible to the body
    params: dict[str, str] = field(default_factory=dict)  # func: parameter names -> types
    blocks: dict[str, Block] = field(default_factory=dict)
    names: tuple[str, ...] = ()
    features: tuple[str, ...] = ()
    family: str | None = None
    operator: bool = False  # an infix expression: parenthesised when nested
    launch: dict[str, str] = field(default_factory=dict)  # kernel: how to size the launch
    typevars: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "T" -> the types it ranges over
    choices: dict[str, tuple[str, ...]] = field(default_factory=dict)  # terminal alternatives, drawn uniformly

    @property
    def where(self) -> str:
        return str(self.path)


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def read_text(path: Path, what: str) -> str:
    """A file the user gives (a template, a weights file) as UTF-8 text, or a GrammarError naming it."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise GrammarError(f"can't read {what}: {error.strerror}", where=str(path)) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise GrammarError(
            f"{what} is not UTF-8 text (byte 0x{data[error.start]:02x})", where=f"{path}:{line}", hint="save it as UTF-8"
        ) from None


def check_weight(value: object, what: str, where: str) -> float:
    """A weight as a float: a finite number >= 0. NaN, infinities, negatives and booleans are refused."""
    # type() rather than isinstance(): a bool is an int, and `true` is no weight. The bound is
    # false for NaN, the infinities and integers too large to be a float.
    finite = type(value) in (int, float) and abs(value) <= 1e300
    if not finite or value < 0:
        raise GrammarError(f"{what} must be a finite number >= 0, got {value!r}", where=where)
    return float(value)


def _typevars(raw: object, where: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(raw, dict):
        raise GrammarError('[typevars] must be a table like T = ["vec2", "vec3"] or T = "vector"', where=where)
    typevars = {}
    for name, domain in raw.items():
        if not _TYPEVAR.match(name):
            raise GrammarError(f"type variable {name!r} must be one capital letter", where=where)
        types = type_class(domain, f"{where} [typevars] {name}") if isinstance(domain, str) else tuple(domain)
        for type_name in types:
            if type_name not in VALUE_TYPES:
                raise GrammarError(f"[typevars] {name} ranges over {type_name!r}, not a value type", where=where)
        typevars[name] = types
    return typevars


def _choices(raw: object, where: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(raw, dict) or not all(
        isinstance(options, list) and options and all(isinstance(o, str) for o in options) for options in raw.values()
    ):
        raise GrammarError('[choices] must be a table like f = ["wp.sin", "wp.cos"]', where=where)
    return {name: tuple(options) for name, options in raw.items()}


def _check_types(table: dict[str, str], typevars: dict, key: str, where: str) -> None:
    """Check each type, with every type variable replaced by each type of its domain."""
    for name, type_name in table.items():
        variants = [type_name]
        for var, domain in typevars.items():
            variants = [re.sub(rf"\b{var}\b", t, v) for v in variants for t in domain]
        for variant in variants:
            check_type(variant, f"{where} [{key}] {name}")


def _typed_table(raw: object, key: str, where: str) -> dict[str, str]:
    if not isinstance(raw, dict):
        raise GrammarError(f"[{key}] must be a table of name = \"type\"", where=where)
    table = {}
    for name, type_name in raw.items():
        if not _IDENT.match(name) and key != "scope":
            raise GrammarError(f"[{key}] name {name!r} is not a lowercase identifier", where=where)
        if not isinstance(type_name, str):
            raise GrammarError(f"[{key}] {name} must name a type as a string", where=where)
        table[name] = type_name
    return table


def _blocks(raw: object, typevars: dict, where: str) -> dict[str, Block]:
    if not isinstance(raw, dict):
        raise GrammarError("[blocks] must be a table of block tables", where=where)
    blocks = {}
    for name, spec in raw.items():
        if not isinstance(spec, dict):
            raise GrammarError(f"[blocks.{name}] must be a table", where=where)
        produces = spec.get("produces")
        if produces is None:
            raise GrammarError(f"[blocks.{name}] must say what it produces", where=where)
        if produces not in typevars:
            check_type(produces, f"{where} [blocks.{name}]")
            if produces not in VALUE_TYPES or not VALUE_TYPES[produces].additive:
                raise GrammarError(
                    f"[blocks.{name}] produces {produces!r}, which can't be summed",
                    where=where,
                    hint="a block's result folds its values with +, so use a numeric, vector or matrix type",
                )
        low, high = spec.get("min", 1), spec.get("max", 4)
        if not (isinstance(low, int) and isinstance(high, int) and 0 <= low <= high):
            raise GrammarError(f"[blocks.{name}] needs 0 <= min <= max, got {low}, {high}", where=where)
        blocks[name] = Block(produces, low, high)
    return blocks


def parse_production(path: Path, root: Path) -> Production:
    """Read one template file into a Production, or raise a GrammarError naming the file."""
    where = str(path)
    text = read_text(path, "template")
    kind = path.relative_to(root).parts[0]
    if kind not in KINDS:
        raise GrammarError(f"template folder {kind!r} is not a kind", where=where, hint=f"put it under one of {KINDS}")
    match = _HEADER.match(text)
    if match is None:
        raise GrammarError("no header", where=f"{where}:1", hint="start the file with a {# ... #} TOML header")
    try:
        header = tomllib.loads(match["toml"])
    except tomllib.TOMLDecodeError as error:
        raise GrammarError(f"header is not valid TOML: {error}", where=f"{where}:1") from None
    unknown = set(header) - _ALLOWED_KEYS[kind]
    if unknown:
        raise GrammarError(
            f"unknown header keys {sorted(unknown)} for a {kind}",
            where=f"{where}:1",
            hint=f"allowed: {sorted(_ALLOWED_KEYS[kind])}",
        )
    weight = check_weight(header.get("weight", 1.0), "weight", f"{where}:1")
    typevars = _typevars(header.get("typevars", {}), where)
    produces = header.get("produces")
    if kind in ("expr", "convert", "func") and produces is None:
        raise GrammarError(f"a {kind} must say what it produces", where=f"{where}:1")
    if produces is not None and produces not in typevars:
        check_type(produces, f"{where} produces")
        if produces == COUNT or produces not in VALUE_TYPES:
            raise GrammarError(f"{produces!r} can't be produced, only supplied from scope", where=f"{where}:1")
    if kind == "kernel" and not header.get("family"):
        raise GrammarError("a kernel must name its family", where=f"{where}:1")
    relative = path.relative_to(root).with_suffix("")
    production = Production(
        name=relative.as_posix().removesuffix(".py"),
        kind=kind,
        weight=weight,
        path=path,
        body=text[match.end() :],
        body_line=_line_of(text, match.end()),
        produces=produces,
        needs=_typed_table(header.get("needs", {}), "needs", where),
        locals=_typed_table(header.get("locals", {}), "locals", where),
        scope=_typed_table(header.get("scope", {}), "scope", where),
        params=_typed_table(header.get("params", {}), "params", where),
        blocks=_blocks(header.get("blocks", {}), typevars, where),
        names=tuple(header.get("names", ())),
        features=tuple(header.get("features", ())),
        family=header.get("family"),
        operator=bool(header.get("operator", False)),
        launch=dict(header.get("launch", {})),
        typevars=typevars,
        choices=_choices(header.get("choices", {}), where),
    )
    for key in ("needs", "locals", "scope", "params"):
        _check_types(getattr(production, key), typevars, key, where)
    if kind == "convert" and len(production.needs) != 1:
        raise GrammarError("a convert takes exactly one value", where=f"{where}:1")
    if kind in ("kernel", "func") and not production.names:
        raise GrammarError(f"a {kind} needs a list of names to choose from", where=f"{where}:1")
    return production
