"""Productions: one template file each, with its header parsed into plain data.

A template file starts with a Jinja comment holding a TOML header::

    {#
    weight = 2.0
    produces = "float32:distance"
    names = ["dist", "gap"]
    features = ["vector_math"]
    [needs]
    a = "vec3:position"
    b = "vec3:position"
    #}
    wp.length({{ a }} - {{ b }})

The folder a file sits in is its kind: ``kernel`` (a whole kernel around the values it
needs), ``stmt`` (statements that assign ``{{ out }}``), ``expr`` (an expression), ``func``
(a ``@wp.func`` helper, called where its result is needed) or ``guard`` (an early exit at
the top of a kernel). Types carry a role after a colon (``vec3:position``): see roles.py.
Jinja ignores the comment, so the header lives beside the production it weighs, as in
fuzzingbook's probabilistic grammars.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from warp_synth.grammar.errors import GrammarError
from warp_synth.grammar.launch import launch_contract
from warp_synth.grammar.types import MADE_OPAQUE, VALUE_TYPES, check_type, type_class

KINDS = ("kernel", "func", "stmt", "expr", "guard")
_HEADER = re.compile(r"\A\{#(?P<toml>.*?)#\}\n?", re.DOTALL)
_IDENT = re.compile(r"^[a-z_][a-z0-9_]*$")
_TYPEVAR = re.compile(r"^[A-Z]$")
_COMMON = {"weight", "names", "features", "needs", "typevars", "rolevars", "choices", "comments", "blocks", "when"}
_ALLOWED_KEYS = {
    "kernel": _COMMON | {"family", "subsystem", "scope", "index", "outputs", "docs", "guards", "fixed_params", "launch", "refuses"},
    "func": _COMMON | {"produces", "refuses"},
    "stmt": _COMMON | {"produces", "locals", "refuses"},
    "expr": _COMMON | {"produces", "operator", "refuses"},
    "guard": _COMMON,
}


def split_role(typed: str) -> tuple[str, str]:
    """``"vec3:position"`` -> ``("vec3", "position")``; no role -> ``""`` (any value of the type)."""
    type_name, _, role = typed.partition(":")
    return type_name.strip(), role.strip()


@dataclass(frozen=True)
class Block:
    """A nested body the template places (``{{ name.code }}``): the variables the template
    defines there and the values it uses there (``{{ name.slot }}``), computed inside it."""

    scope: dict[str, str] = field(default_factory=dict)  # variable -> "type:role"
    needs: dict[str, str] = field(default_factory=dict)  # slot -> "type:role"
    index: str = ""  # per-item index inside the block (arrays read there are read at it)


@dataclass(frozen=True)
class Production:
    """One grammar alternative: a Jinja template plus what it needs and produces."""

    name: str  # "stmt/relative_position": folder and file stem
    kind: str
    weight: float
    path: Path
    body: str  # the Jinja text after the header
    body_line: int  # line number of the first body line in the file
    produces: str | None = None  # "type:role"
    needs: dict[str, str] = field(default_factory=dict)  # slot -> "type:role"
    locals: dict[str, str] = field(default_factory=dict)  # fresh local names -> "type:role"
    scope: dict[str, str] = field(default_factory=dict)  # kernel: variables its own lines define
    blocks: dict[str, Block] = field(default_factory=dict)
    names: tuple[str, ...] = ()
    features: tuple[str, ...] = ()
    comments: tuple[str, ...] = ()  # a comment a person might put above it
    family: str | None = None
    subsystem: str | None = None  # kernel: the part of an application it belongs to; its module's companions are of it (else of its family)
    index: str = ""  # kernel: the thread's item index that per-item arrays are read at
    outputs: tuple[str, ...] = ()  # kernel: need slots that are arrays it writes
    docs: tuple[str, ...] = ()  # kernel: docstrings to choose from
    said_when: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = field(default_factory=dict)  # kernel: a doc or name -> the options it is true under
    guards: bool = False  # kernel: places {{ guards }}, where early exits may go
    operator: bool = False  # an infix expression: parenthesised when nested
    refuses: tuple[str, ...] = ()  # productions never used to make its needs (its own inverse)
    fixed_params: dict[str, str] = field(default_factory=dict)  # kernel: parameters its own text needs (name -> annotation)
    launch: dict | None = None  # kernel: its own launch contract (grammar.launch), else its family's
    typevars: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "T" -> the types it ranges over
    rolevars: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "R" -> roles ("*": any)
    choices: dict[str, tuple[str, ...]] = field(default_factory=dict)  # terminal alternatives
    option_weights: dict[str, float] = field(default_factory=dict)  # "var=option" -> weight (default 1.0)
    when: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = field(default_factory=dict)  # slot -> (choice, options) all holding

    @property
    def where(self) -> str:
        return str(self.path)

    @property
    def never_made_by(self) -> tuple[str, ...]:
        """Productions never used to meet its needs: those it refuses, and a statement itself (a
        statement applied to its own result adds the bias or applies the gate twice)."""
        return (*self.refuses, self.name) if self.kind == "stmt" else self.refuses

    def weights_of(self, var: str, options: Sequence[str]) -> list[float] | None:
        """The weights of a variable's options (None: all 1.0, a uniform draw)."""
        weights = [self.option_weights.get(f"{var}={option}", 1.0) for option in options]
        return None if all(w == 1.0 for w in weights) else weights
    def wanted(self, slot: str, bound: dict[str, str]) -> bool:
        """Whether the chosen options use a need or block: one under ``[when]`` only with its
        options (an optional step's value, a mask array only the masked variant reads)."""
        return all(bound.get(choice) in options for choice, options in self.when.get(slot, ()))

    def needs_under(self, bound: dict[str, str]) -> dict[str, str]:
        """The needs the chosen options use (see ``wanted``)."""
        return {slot: typed for slot, typed in self.needs.items() if self.wanted(slot, bound)}

    def true_under(self, texts: tuple[str, ...], bound: dict[str, str]) -> tuple[str, ...]:
        """The docs or names that say what the chosen options do (a kernel template's ``docs``
        or ``names`` given as a table of text -> options)."""
        return tuple(t for t in texts if all(bound.get(choice) in options for choice, options in self.said_when.get(t, ())))


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


def _options(domain: object, key: str, name: str, where: str, weights: dict[str, float]) -> object:
    """A variable's domain with weights taken out: ``{"vec3" = 3.0, "vec2" = 1.0}`` is the list
    ``["vec3", "vec2"]`` plus ``weights["T=vec3"] = 3.0``; a list (uniform) or a string is left as
    it is. Weights are written one way only: an option listed twice is refused."""
    if isinstance(domain, list) and len(set(map(str, domain))) != len(domain):
        repeated = sorted({str(o) for o in domain if domain.count(o) > 1})
        raise GrammarError(
            f"[{key}] {name} lists {', '.join(repeated)} more than once",
            where=where,
            hint=f'weigh options with a table: {name} = {{ "{repeated[0]}" = 2.0, ... }}',
        )
    if not isinstance(domain, dict):
        return domain
    if not domain:
        raise GrammarError(f"[{key}] {name} has no options", where=where)
    for option, weight in domain.items():
        weights[f"{name}={option}"] = check_weight(weight, f"[{key}] weight of {name}={option}", where)
    if not any(weights[f"{name}={option}"] for option in domain):
        raise GrammarError(f"[{key}] every option of {name} has weight 0", where=where)
    return list(domain)


def _variables(raw: object, key: str, where: str, resolve, weights: dict[str, float]) -> dict[str, tuple[str, ...]]:
    if not isinstance(raw, dict):
        raise GrammarError(f'[{key}] must be a table like T = ["vec2", "vec3"] or T = {{ vec3 = 3.0, vec2 = 1.0 }}', where=where)
    found = {}
    for name, domain in raw.items():
        if not _TYPEVAR.match(name):
            raise GrammarError(f"[{key}] variable {name!r} must be one capital letter", where=where)
        found[name] = resolve(name, _options(domain, key, name, where, weights))
    return found


def _typevars(raw: object, where: str, weights: dict[str, float]) -> dict[str, tuple[str, ...]]:
    def resolve(name, domain):
        types = type_class(domain, f"{where} [typevars] {name}") if isinstance(domain, str) else tuple(domain)
        for type_name in types:
            if type_name not in VALUE_TYPES:
                raise GrammarError(f"[typevars] {name} ranges over {type_name!r}, not a value type", where=where)
        return types

    return _variables(raw, "typevars", where, resolve, weights)


def _rolevars(raw: object, where: str, weights: dict[str, float]) -> dict[str, tuple[str, ...]]:
    def resolve(name, domain):
        if domain == "*":
            return ("*",)
        if not isinstance(domain, list) or not domain:
            raise GrammarError(f'[rolevars] {name} must be a list of roles or "*"', where=where)
        return tuple(domain)

    return _variables(raw, "rolevars", where, resolve, weights)


def _choices(raw: object, where: str, weights: dict[str, float]) -> dict[str, tuple[str, ...]]:
    shape = '[choices] must be a table like f = ["wp.sin", "wp.cos"] or f = { "wp.sin" = 2.0, "wp.cos" = 1.0 }'
    if not isinstance(raw, dict):
        raise GrammarError(shape, where=where)
    found = {}
    for name, domain in raw.items():
        options = _options(domain, "choices", name, where, weights)
        if not isinstance(options, list) or not options or not all(isinstance(o, str) for o in options):
            raise GrammarError(shape, where=where)
        found[name] = tuple(options)
    return found


def _when(raw: object, needs: dict[str, str], choices: dict[str, tuple[str, ...]], where: str) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """``[when] cut = "threshold=hard|soft, measure=norm"``: the slot is needed only under those
    options (every condition holds)."""
    if not isinstance(raw, dict):
        raise GrammarError('[when] must be a table like cut = "threshold=hard|soft"', where=where)
    found = {}
    for slot, condition in raw.items():
        if slot not in needs:
            raise GrammarError(f"[when] {slot} is not among its [needs] or [blocks]", where=where)
        found[slot] = _conditions(f"[when] {slot}", condition, choices, where)
    return found


def _conditions(label: str, condition: object, choices: dict[str, tuple[str, ...]], where: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``"threshold=hard|soft, measure=norm"``: each choice with the options it must take."""
    conditions = []
    for part in str(condition).split(","):
        choice, _, options = part.strip().partition("=")
        wanted = tuple(options.split("|"))
        if choice not in choices or not options or not set(wanted) <= set(choices[choice]):
            raise GrammarError(f"{label} = {condition!r} names no choice and options of it", where=where, hint='write "choice=option|option, choice=option" with options from [choices]')
        conditions.append((choice, wanted))
    return tuple(conditions)


def _always_named(production: Production, names_when: dict, where: str) -> None:
    """Every way a kernel template's choices can go leaves it a name."""
    named = sorted({choice for conditions in names_when.values() for choice, _ in conditions})
    for options in itertools.product(*(production.choices[c] for c in named)):
        if not production.true_under(production.names, dict(zip(named, options))):
            bound = ", ".join(f"{c} = {o}" for c, o in zip(named, options))
            raise GrammarError(f"no name is true with {bound}", where=f"{where}:1", hint="give every option a name in names")


def _said(header: dict, key: str, choices: dict[str, tuple[str, ...]], where: str) -> tuple[tuple[str, ...], dict]:
    """A kernel template's ``docs`` or ``names``: a list (each true of every kernel), or a table of
    text -> the options it is true under, so what a kernel says follows what it does."""
    value = header.get(key, [])
    if not isinstance(value, dict):
        return _strings(header, key, where), {}
    return tuple(value), {text: _conditions(f"{key} {text!r}", condition, choices, where) for text, condition in value.items() if condition != ""}


def _typed_table(raw: object, key: str, where: str) -> dict[str, str]:
    if not isinstance(raw, dict):
        raise GrammarError(f'[{key}] must be a table of name = "type:role"', where=where)
    table = {}
    for name, typed in raw.items():
        if not all(_IDENT.match(part) for part in name.split(".")) or ("." in name and key != "scope"):
            raise GrammarError(f"[{key}] name {name!r} is not a lowercase identifier", where=where)
        if not isinstance(typed, str):
            raise GrammarError(f'[{key}] {name} must name a type as a string, like "vec3:position"', where=where)
        table[name] = typed
    return table


def _strings(header: dict, key: str, where: str) -> tuple[str, ...]:
    value = header.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise GrammarError(f"{key} must be a list of strings", where=where)
    return tuple(value)


def _blocks(raw: object, where: str) -> dict[str, Block]:
    if not isinstance(raw, dict):
        raise GrammarError("[blocks] must be a table of block tables", where=where)
    blocks = {}
    for name, spec in raw.items():
        if not isinstance(spec, dict) or set(spec) - {"scope", "needs", "index"}:
            raise GrammarError(f"[blocks.{name}] must be a table of scope, needs and index", where=where)
        blocks[name] = Block(
            scope=_typed_table(spec.get("scope", {}), f"blocks.{name}.scope", where),
            needs=_typed_table(spec.get("needs", {}), f"blocks.{name}.needs", where),
            index=str(spec.get("index", "")),
        )
    return blocks


def _check_types(table: dict[str, str], typevars: dict, key: str, where: str) -> None:
    """Check each type, with every type variable replaced by each type of its domain."""
    for name, typed in table.items():
        variants = [split_role(typed)[0]]
        for var, domain in typevars.items():
            variants = [re.sub(rf"\b{var}\b", t, v) for v in variants for t in domain]
        for variant in variants:
            check_type(variant, f"{where} [{key}] {name}")


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
    option_weights: dict[str, float] = {}
    typevars = _typevars(header.get("typevars", {}), where, option_weights)
    produces = header.get("produces")
    if kind in ("expr", "func", "stmt") and produces is None:
        raise GrammarError(f"a {kind} must say what it produces", where=f"{where}:1")
    if kind == "kernel" and not header.get("family"):
        raise GrammarError("a kernel must name its family", where=f"{where}:1")
    if "subsystem" in header and not (isinstance(header["subsystem"], str) and re.fullmatch(r"[a-z][a-z0-9_]*", header["subsystem"])):
        raise GrammarError(f"subsystem {header['subsystem']!r} is not a snake_case name", where=f"{where}:1", hint='subsystem = "rl_envs"')
    relative = path.relative_to(root).with_suffix("")
    production = Production(
        name=relative.as_posix(),
        kind=kind,
        weight=weight,
        path=path,
        body=text[match.end() :],
        body_line=_line_of(text, match.end()),
        produces=produces,
        needs=_typed_table(header.get("needs", {}), "needs", where),
        locals=_typed_table(header.get("locals", {}), "locals", where),
        scope=_typed_table(header.get("scope", {}), "scope", where),
        blocks=_blocks(header.get("blocks", {}), where),
        names=() if kind == "kernel" else _strings(header, "names", where),
        features=_strings(header, "features", where),
        comments=_strings(header, "comments", where),
        family=header.get("family"),
        subsystem=header.get("subsystem"),
        index=str(header.get("index", "")),
        outputs=_strings(header, "outputs", where),
        docs=(),  # a kernel's, below: they may depend on its choices
        guards=bool(header.get("guards", False)),
        operator=bool(header.get("operator", False)),
        refuses=_strings(header, "refuses", where),
        fixed_params={str(k): str(v) for k, v in header.get("fixed_params", {}).items()},
        launch=launch_contract(header["launch"], f"{where}:1") if "launch" in header else None,
        typevars=typevars,
        rolevars=_rolevars(header.get("rolevars", {}), where, option_weights),
        choices=_choices(header.get("choices", {}), where, option_weights),
        option_weights=option_weights,
    )
    when = _when(header.get("when", {}), {**production.needs, **production.blocks}, production.choices, where)
    if when:
        production = dataclasses.replace(production, when=when)
    if kind == "kernel":
        docs, docs_when = _said(header, "docs", production.choices, where)
        names, names_when = _said(header, "names", production.choices, where)
        production = dataclasses.replace(production, docs=docs, names=names, said_when={**docs_when, **names_when})
        _always_named(production, names_when, where)
    for key in ("needs", "locals", "scope"):
        _check_types(getattr(production, key), typevars, key, where)
    if produces is not None:
        _check_types({"produces": produces}, typevars, "produces", where)
        made = split_role(produces)[0]
        if made not in VALUE_TYPES and made not in typevars and made not in MADE_OPAQUE:
            raise GrammarError(f"{produces!r} can't be produced, only supplied from scope", where=f"{where}:1")
    for name, block in production.blocks.items():
        _check_types(block.scope, typevars, f"blocks.{name}.scope", where)
        _check_types(block.needs, typevars, f"blocks.{name}.needs", where)
    missing = [slot for slot in production.outputs if slot not in production.needs]
    if missing:
        raise GrammarError(f"outputs {missing} are not among its [needs]", where=f"{where}:1")
    if kind in ("kernel", "func") and not production.names:
        raise GrammarError(f"a {kind} needs a list of names to choose from", where=f"{where}:1")
    return production
