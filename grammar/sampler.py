"""Draw a kernel derivation top-down, from what the kernel stores to what it reads.

A kernel template names the values it needs, each a Warp type with a role
(``vec3:velocity``). The sampler meets each need in one of five ways, weighed per role
(roles.toml): a variable already in scope, a read of an input array at the thread's index,
a uniform parameter, a production that computes it from needs of its own, or a constant a
person would write. Parameters and loads appear only because something needed them, so
every statement feeds what the kernel stores and the signature follows from the work.
Every decision goes through one chooser (choices.py).
"""

from __future__ import annotations

import re
import weakref
from collections import Counter
from dataclasses import dataclass

from warp_synth.grammar.choices import Chooser, RandomChooser
from warp_synth.grammar.derivation import Block, Derivation, Expr, Helper, Param, Statement
from warp_synth.grammar.errors import GrammarError
from warp_synth.grammar.grammar import Grammar
from warp_synth.grammar.names import NamePool, identifiers
from warp_synth.grammar.productions import Block as BlockSpec
from warp_synth.grammar.productions import Production, split_role
from warp_synth.grammar.roles import Roles
from warp_synth.grammar.types import MADE_OPAQUE, OPAQUE_TYPES, VALUE_TYPES, array_parts


class DeadEnd(Exception):
    """A need nothing in reach can meet (a role only the kernel's own scope supplies, asked for
    elsewhere): the sampler starts the kernel over, its chooser going on where it stopped."""


ATTEMPTS = 20  # kernel starts before a grammar that keeps running into dead ends is reported


@dataclass(frozen=True)
class Budget:
    """Size limits that keep kernels readable and bounded."""

    max_expr_depth: int = 3  # productions nested to make one value
    max_statements: int = 10  # statements the sampler adds (the template's own lines aside)
    max_helpers: int = 2
    swarm_keep: float = 0.8  # chance that a production is enabled for one kernel
    comment_chance: float = 0.4  # a kernel's own comment lines, and a statement's, are written
    docstring_chance: float = 0.25
    guard_chance: float = 0.03  # an early exit at the top of a kernel that has room for one
    uniforms_first_chance: float = 0.5  # inputs, uniforms, outputs (warp.sim's order) vs inputs, outputs, uniforms
    inline_read_chance: float = 0.3  # ``particle_v[tid] * dt`` rather than a named load first


@dataclass
class Var:
    name: str
    type: str
    role: str = ""
    read_from: str = ""  # "positions[tid]": the load that made it


@dataclass
class Scope:
    """Variables visible at one place, where new statements go, and the per-item index there."""

    vars: list[Var]
    statements: list[Statement]
    index: str = ""  # arrays read here are read at this index ("tid", "i, j", "index")
    parent: Scope | None = None
    inline_reads: bool = False  # loads are written in place (``if active[tid] == 0``), not named

    def visible(self) -> list[Var]:
        return self.vars + (self.parent.visible() if self.parent else [])


_VAR_USE = re.compile(r"\b[A-Z]\b")
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)


def bind(typed: str, typevars: dict[str, str]) -> str:
    """Substitute type and role variables: ``array[T]:R`` -> ``array[vec3]:position``."""
    return _VAR_USE.sub(lambda m: typevars.get(m[0], m[0]), typed)


class KernelSampler:
    """State for drawing one kernel: the chooser, names taken, parameters and helpers made."""

    def __init__(self, grammar: Grammar, budget: Budget, chooser: Chooser, seed: int | None = None):
        self.grammar = grammar
        self.roles = grammar.roles
        self.budget = budget
        self.chooser = chooser
        self.seed = seed
        self.names = NamePool(chooser)
        self.params: list[Param] = []
        self.helpers: list[Helper] = []
        self.used_productions: Counter = Counter()
        self.alternatives: Counter = Counter()  # "production var=option" drawn (see Grammar.alternatives)
        self.features: set[str] = set()
        self.types: Counter = Counter()
        self.statements_left = budget.max_statements
        self._inline_loads: dict[str, tuple[Expr, Scope]] = {}  # load text -> (its value, scope)
        self.enabled = self._swarm()

    def _swarm(self) -> set[str]:
        """Each kernel sees a random subset of the productions (kernels excepted)."""
        keep = self.budget.swarm_keep
        return {
            name
            for name, production in self.grammar.productions.items()
            if production.kind == "kernel" or self.chooser.boolean(f"swarm {name}", keep)
        }

    # -- choosing -------------------------------------------------------------

    def _choose(self, label: str, candidates: list[Production]) -> Production | None:
        enabled = [p for p in candidates if p.name in self.enabled and p.weight > 0]
        pool = enabled or [p for p in candidates if p.weight > 0]
        if not pool:
            return None
        return self.chooser.choice(label, pool, [p.weight for p in pool])

    def _record(self, production: Production) -> None:
        self.used_productions[production.name] += 1
        self.features.update(production.features)

    def _bindings(self, production: Production, produces: tuple[str, str] | None = None) -> dict[str, str] | None:
        """A type for each type variable, a role for each role variable, an option for each
        choice; honouring a required ``(type, role)`` result. None when it can't be met."""
        bound = {
            name: self.chooser.choice(f"{production.name} {name}", options, production.weights_of(name, options))
            for name, options in production.choices.items()
        }
        self.alternatives.update(f"{production.name} {name}={value}" for name, value in bound.items())
        fixed: dict[str, str] = {}
        if produces is not None:
            fixed = self._match(production, *produces)
            if fixed is None:
                return None
        for name, domain in production.typevars.items():
            bound[name] = fixed.get(name) or self.chooser.choice(f"{production.name} {name}", domain, production.weights_of(name, domain))
        for name, domain in production.rolevars.items():
            roles = sorted(self.roles.by_name) if domain == ("*",) else list(domain)
            bound[name] = fixed.get(name) or self.chooser.choice(f"{production.name} {name}", roles, production.weights_of(name, roles))
        counted = {**production.typevars, **{k: v for k, v in production.rolevars.items() if v != ("*",)}}
        self.alternatives.update(f"{production.name} {name}={bound[name]}" for name in counted)
        return bound

    def _match(self, production: Production, type_name: str, role: str) -> dict[str, str] | None:
        return match(production, type_name, role, self.roles)

    # -- meeting needs ----------------------------------------------------------

    def resolve(self, typed: str, scope: Scope, depth: int, avoid: list[Expr] = (), refuse: tuple[str, ...] = ()) -> Expr:
        """A value of ``typed`` (``type:role``) usable in ``scope``, made by the cheapest
        route the chooser picks (never by a production named in ``refuse``, never a variable
        one of the values in ``avoid`` is); statements it needs are appended to ``scope``."""
        type_name, role = split_role(typed)
        if type_name in OPAQUE_TYPES and not role:
            role = type_name  # geometry ids and generator states: the type is the role
        if array_parts(type_name) is not None:
            return self._array(type_name, role, scope, output=False)
        if type_name in OPAQUE_TYPES and type_name not in MADE_OPAQUE:
            existing = [v for v in scope.visible() if v.type == type_name and self._meets(v.role, role)]
            return Expr("var", type_name, role, text=existing[0].name) if existing else self._uniform(type_name, role, scope)
        self._name_loads_again_needed(type_name, role, scope)
        # after _name_loads_again_needed: a load written in place for an earlier slot may have just become that variable
        avoided = {value.text for value in avoid if value.form == "var"}
        candidates = [v for v in scope.visible() if v.type == type_name and v.name not in avoided and self._meets(v.role, role)]
        info = self.roles[role] if role in self.roles else None
        weights = dict(info.sources) if info else {"variable": 4.0, "make": 1.0}
        # Options listed cheapest first (fewest parameters and statements): a shrinking test
        # moves towards the first.
        options: list[tuple[str, float]] = []
        if candidates:
            options.append(("variable", weights.get("variable", 4.0)))
        if info and info.constants.get(type_name):
            options.append(("constant", weights.get("constant", 0.0)))
        # A second array or parameter of a role already in scope is rarely what a person
        # means, unless an array of it is still unread here (a neighbour's position in a loop).
        if info and info.uniforms and type_name in VALUE_TYPES and not candidates:
            options.append(("uniform", weights.get("uniform", 0.0)))
        index = scope_index(scope)
        if info and index and type_name in VALUE_TYPES and (self._unread(type_name, role, scope) or not candidates and self._readable(type_name, role, scope)):
            options.append(("array", weights.get("array", 0.0)))
        makers = [m for m in self._makers(type_name, role, depth) if m.name not in refuse] if refuse else self._makers(type_name, role, depth)
        # A tile or generator state has no other source: it is made even past the statement budget.
        if makers and (self.statements_left > 0 or type_name in MADE_OPAQUE):
            options.append(("make", weights.get("make", 1.0)))
        options = [(name, weight) for name, weight in options if weight > 0]
        if not options:
            raise DeadEnd(f"nothing can supply a {typed} here")
        source = self.chooser.choice(f"source {role or type_name}", [o[0] for o in options], [o[1] for o in options])
        if source == "variable":
            var = self.chooser.choice("variable", candidates)
            return Expr("var", var.type, var.role, text=var.name)
        if source == "array":
            return self._read(type_name, role, scope)
        if source == "uniform":
            return self._uniform(type_name, role, scope)
        if source == "constant":
            return Expr("literal", type_name, role, text=self.chooser.choice(f"constant {role}", info.constants[type_name]))
        return self._make(makers, type_name, role, scope, depth)

    def _meets(self, have: str, need: str) -> bool:
        return not need or (have != "" and self.roles.meets(have, need))

    def _makers(self, type_name: str, role: str, depth: int) -> list[Production]:
        # Made opaque values (tiles, generator states) have no array or parameter to fall back
        # on: one level past the budget, a production that needs none of them (a tile load)
        # still closes the chain.
        leaves_only = depth >= self.budget.max_expr_depth
        if leaves_only and not (type_name in MADE_OPAQUE and depth == self.budget.max_expr_depth):
            return []
        known = _MAKERS.setdefault(self.grammar, {})
        key = (type_name, role, leaves_only)
        if key not in known:
            known[key] = [
                production
                for kind in ("expr", "stmt", "func")
                for production in self.grammar.of_kind(kind)
                if production.weight > 0 and self._match(production, type_name, role) is not None and not (leaves_only and _needs_made(production))
            ]
        return known[key]

    def _make(self, makers: list[Production], type_name: str, role: str, scope: Scope, depth: int) -> Expr:
        production = self._choose(f"make {role or type_name}", makers)
        typevars = self._bindings(production, (type_name, role))
        self._record(production)
        self.types[type_name] += 1
        if production.kind == "expr":
            slots = self._fill(production.needs_under(typevars), typevars, scope, depth + 1, production.body, production.refuses)
            return Expr("apply", type_name, role, production=production.name, slots=slots, typevars=typevars)
        if production.kind == "func":
            helper = self._helper(production, typevars)
            slots = self._fill(production.needs, typevars, scope, depth + 1, refuse=production.refuses)
            return Expr("call", type_name, role, production=production.name, callee=helper.name, slots=slots)
        return self._statement(production, typevars, scope, depth, type_name, role)

    def _fill(self, needs: dict[str, str], typevars: dict[str, str], scope: Scope, depth: int, body: str = "", refuse: tuple[str, ...] = ()) -> dict[str, Expr]:
        """Each slot's value; a variable given to one slot is not offered to the next
        (``wp.length(x - x)`` is not what a person writes). A computed value the template
        ``body`` uses more than once is given a name first, as a person would."""
        slots: dict[str, Expr] = {}
        for slot, typed in needs.items():
            value = self.resolve(bind(typed, typevars), scope, depth, list(slots.values()), refuse)
            if value.form in ("apply", "call") and len(re.findall(rf"\{{\{{-?\s*{slot}\s*[|}}-]", body)) > 1:
                value = self._name(value, scope)
            slots[slot] = value
        return slots

    def _name(self, value: Expr, scope: Scope) -> Expr:
        """Bind a computed value to a new variable: ``speed = wp.length(v)``."""
        name = self._fresh(value.role)
        scope.statements.append(Statement("", name, {"value": value}))
        scope.vars.append(Var(name, value.type, value.role))
        return Expr("var", value.type, value.role, text=name)

    def _statement(self, production: Production, typevars, scope: Scope, depth: int, type_name: str, role: str) -> Expr:
        """Instantiate a stmt production in ``scope``; the value is the variable it assigns."""
        self.statements_left -= 1
        slots = self._fill(production.needs_under(typevars), typevars, scope, depth + 1, production.body, production.refuses)
        local_names = {}
        local_vars = []
        for key, typed in production.locals.items():
            local_type, local_role = split_role(bind(typed, typevars))
            local_names[key] = self._fresh(local_role, hint=key)
            local_vars.append(Var(local_names[key], local_type, local_role))
        blocks = {key: self._block(spec, typevars, scope, local_vars, depth + 1) for key, spec in production.blocks.items() if production.wanted(key, typevars)}
        out = self._fresh(role, production.names)
        comment = ""
        if production.comments and self.chooser.boolean("comment", self.budget.comment_chance / 2):
            comment = self.chooser.choice(f"{production.name} comment", production.comments)
        scope.statements.append(Statement(production.name, out, slots, local_names, blocks, typevars, comment))
        scope.vars.append(Var(out, type_name, role))
        return Expr("var", type_name, role, text=out)

    def _block(self, spec: BlockSpec, typevars, outer: Scope, extra: list[Var], depth: int) -> Block:
        """A nested body: the template's own variables there, then its needs met inside it."""
        inner_vars = list(extra)
        for name, typed in spec.scope.items():
            inner_type, inner_role = split_role(bind(typed, typevars))
            inner_vars.append(Var(name, inner_type, inner_role))
            self.names.take(name)
        inner = Scope(inner_vars, [], spec.index or "", outer)
        values = self._fill(spec.needs, typevars, inner, depth)
        return Block(inner.statements, values)

    def _helper(self, production: Production, typevars: dict[str, str]) -> Helper:
        existing = [h for h in self.helpers if h.production == production.name and h.typevars == typevars]
        if existing:
            return existing[0]
        helper = Helper(production.name, self.names.fresh(self.chooser.choice(f"{production.name} name", production.names)), typevars)
        self.helpers.append(helper)
        self.features.add("helper_function")
        return helper

    # -- parameters ---------------------------------------------------------------

    def _unread(self, type_name: str, role: str, scope: Scope) -> list[Param]:
        """Input arrays of this role not yet loaded at this scope's index (reading one twice
        would give the same value two names)."""
        array_type = _array_of(type_name, scope_ndim(scope))
        index = scope_index(scope)
        loaded = {v.read_from for v in scope.visible()}
        return [
            p for p in self.params
            if p.type == array_type and p.role == role and not (p.output and not p.read) and f"{p.name}[{index}]" not in loaded
        ]  # fmt: skip

    def _readable(self, type_name: str, role: str, scope: Scope) -> bool:
        arrays = self.roles[role].arrays
        taken = {p.name for p in self.params}
        return bool(self._unread(type_name, role, scope)) or any(name not in taken for name in arrays)

    def _read(self, type_name: str, role: str, scope: Scope) -> Expr:
        """The item at this scope's index of an input array: one of this role not loaded here
        yet, else a new one."""
        unread = self._unread(type_name, role, scope)
        if unread:
            param = unread[0]
        else:
            taken = {p.name for p in self.params}
            names = tuple(n for n in self.roles[role].arrays if n not in taken)
            param = self._new_param(_array_of(type_name, scope_ndim(scope)), role, names)
        param.read = True
        load = f"{param.name}[{scope_index(scope)}]"
        self.types[type_name] += 1
        if scope.inline_reads:
            return Expr("literal", type_name, role, text=load)
        if self.chooser.boolean("inline read", self.budget.inline_read_chance):
            value = Expr("literal", type_name, role, text=load)
            self._inline_loads[load] = (value, scope)
            return value
        return self._load(load, type_name, role, scope)

    def _load(self, load: str, type_name: str, role: str, scope: Scope, first: bool = False) -> Expr:
        """``name = positions[tid]`` in ``scope`` (at its start when ``first``), a variable from now on."""
        name = self._fresh(role)
        statement = Statement("", name, {"value": Expr("literal", type_name, role, text=load)})
        scope.statements.insert(0 if first else len(scope.statements), statement)
        scope.vars.append(Var(name, type_name, role, read_from=load))
        return Expr("var", type_name, role, text=name)

    def _name_loads_again_needed(self, type_name: str, role: str, scope: Scope) -> None:
        """A load of this role written in place here, needed again, gets a name."""
        index = scope_index(scope)
        if not index:
            return
        array_type = _array_of(type_name, scope_ndim(scope))
        for param in self.params:
            load = f"{param.name}[{index}]"
            if load in self._inline_loads and param.type == array_type and param.role == role:
                self._promote(load)

    def _promote(self, load: str) -> None:
        """A load written in place once is needed again: it becomes a named load, first in its
        scope, and the place it was written now reads the name."""
        value, scope = self._inline_loads.pop(load)
        named = self._load(load, value.type, value.role, scope, first=True)
        value.form, value.text = "var", named.text

    def _uniform(self, type_name: str, role: str, scope: Scope) -> Expr:
        names = self.roles[role].uniforms if role in self.roles else (role,)
        param = self._new_param(type_name, role, names)
        root = scope
        while root.parent is not None:
            root = root.parent
        root.vars.append(Var(param.name, type_name, role))
        return Expr("var", type_name, role, text=param.name)

    def _array(self, array_type: str, role: str, scope: Scope, output: bool) -> Expr:
        """An array parameter the template indexes itself: an input, or an array it writes."""
        if not output:
            existing = [p for p in self.params if p.type == array_type and p.role == role]
            if existing:
                existing[0].read = True
                return Expr("var", array_type, role, text=existing[0].name)
        info = self.roles[role]
        in_place = [p for p in self.params if p.type == array_type and p.role == role and not p.output]
        if output and in_place and not self.chooser.boolean("separate output array", 0.65):
            in_place[0].output = True
            return Expr("var", array_type, role, text=in_place[0].name)
        param = self._new_param(array_type, role, info.outputs if output and info.outputs else info.arrays, output)
        param.read = not output
        return Expr("var", array_type, role, text=param.name)

    def _new_param(self, type_name: str, role: str, names: tuple[str, ...], output: bool = False) -> Param:
        param = Param(self.names.fresh_from(names or (role,), f"{role} parameter"), type_name, role, output)
        self.params.append(param)
        return param

    def _fresh(self, role: str, preferred: tuple[str, ...] = (), hint: str = "") -> str:
        names = tuple(preferred) + (self.roles[role].names if role in self.roles else ()) + ((hint,) if hint else ())
        return self.names.fresh_from(names or ("value",), f"{role or hint} name")

    # -- kernels --------------------------------------------------------------

    def kernel(self) -> Derivation:
        production = self._pick_kernel()
        self._record(production)
        typevars = self._bindings(production) or {}
        self.names.taken |= identifiers(_JINJA.sub(" ", production.body))  # names the template writes itself
        name = self.names.fresh(self.chooser.choice(f"{production.name} name", production.names))
        scope_vars = []
        for var_name, typed in production.scope.items():
            var_type, var_role = split_role(bind(typed, typevars))
            scope_vars.append(Var(var_name, var_type, var_role))
        top = Scope(scope_vars, [], production.index)
        guards = self._guards(production, top)
        inputs = {slot: typed for slot, typed in production.needs_under(typevars).items() if slot not in production.outputs}
        slots = self._fill(inputs, typevars, top, 0, production.body)
        for slot in production.outputs:
            if slot not in production.needs_under(typevars):
                continue
            array_type, role = split_role(bind(production.needs[slot], typevars))
            slots[slot] = self._array(array_type, role, top, output=True)
        blocks = {key: self._block(spec, typevars, top, [], 1) for key, spec in production.blocks.items() if production.wanted(key, typevars)}
        comments = self.chooser.boolean("comments", self.budget.comment_chance)
        docstring = ""
        if production.docs and self.chooser.boolean("docstring", self.budget.docstring_chance):
            docstring = self.chooser.choice(f"{production.name} docstring", production.docs)
        return Derivation(
            seed=self.seed,
            family=production.family,
            kernel_production=production.name,
            kernel_name=name,
            params=self._ordered_params(),
            fixed_params=production.fixed_params,
            guards=guards,
            body=Block(top.statements, slots),
            blocks=blocks,
            helpers=self.helpers,
            docstring=docstring,
            comments=comments,
            bracket_annotations=self.chooser.boolean("bracket annotations", 0.75),
            typevars=typevars,
            productions_used=self.used_productions,
            alternatives_used=self.alternatives,
            features=self.features,
            types=self.types,
        )

    def _pick_kernel(self) -> Production:
        return self._choose("kernel production", self.grammar.of_kind("kernel"))

    def _guards(self, production: Production, top: Scope) -> list[Statement]:
        """At most one early exit, where the template has room for one."""
        if not production.guards or not top.index:
            return []
        if not self.chooser.boolean("guard", self.budget.guard_chance):
            return []
        guard = self._choose("guard production", self.grammar.of_kind("guard"))
        if guard is None:
            return []
        return self._guard(guard, top)

    def _guard(self, guard: Production, top: Scope) -> list[Statement]:
        self._record(guard)
        typevars = self._bindings(guard) or {}
        inline = not self.chooser.boolean("named guard load", 0.4)  # a load first, or ``if active[tid] == 0:``
        reads = Scope([], [], top.index, top, inline_reads=inline)
        slots = self._fill(guard.needs, typevars, reads, 1)
        top.vars.extend(reads.vars)
        return [*reads.statements, Statement(guard.name, None, slots, typevars=typevars)]

    def _ordered_params(self) -> list[Param]:
        """Geometry first, then input arrays, then arrays written and uniform values in one of
        the two orders Warp code uses (warp.sim passes uniforms before the outputs)."""
        written = any(p.output and not p.read for p in self.params)
        uniforms = any(p.type not in OPAQUE_TYPES and array_parts(p.type) is None for p in self.params)
        uniforms_first = written and uniforms and self.chooser.boolean("uniforms before outputs", self.budget.uniforms_first_chance)

        def rank(param: Param) -> float:
            if param.type in OPAQUE_TYPES:
                return 0
            if array_parts(param.type) is not None:
                return 2 if param.output and not param.read else 1
            return 1.5 if uniforms_first else 3

        return sorted(self.params, key=rank)


# The productions that can make each (type, role), per grammar: a grammar's productions and
# roles never change once loaded, and scanning them all for every need was a fifth of sampling.
_MAKERS: weakref.WeakKeyDictionary[Grammar, dict[tuple[str, str, bool], list[Production]]] = weakref.WeakKeyDictionary()


def match(production: Production, type_name: str, role: str, roles: Roles) -> dict[str, str] | None:
    """Variable bindings under which ``production`` makes a ``type_name`` of ``role`` (``""``:
    any role), or None when it can't. Roles match exactly: a role's parent lets a *variable*
    stand in (a neighbour's position is a position), not a production."""
    made_type, made_role = split_role(production.produces)
    fixed = {}
    if made_type in production.typevars:
        if type_name not in production.typevars[made_type]:
            return None
        fixed[made_type] = type_name
    elif made_type != type_name:
        return None
    if made_role in production.rolevars:
        domain = production.rolevars[made_role]
        if role == "" or (domain != ("*",) and role not in domain):
            return None
        fixed[made_role] = role
    elif role and made_role != role:  # a production makes its own role, never a stand-in
        return None
    return fixed


def _needs_made(production: Production) -> bool:
    """Whether ``production`` needs a value only a production can make (a tile, a generator state)."""
    return any(split_role(typed)[0] in MADE_OPAQUE for typed in production.needs.values())


def scope_index(scope: Scope) -> str:
    while scope is not None and not scope.index:
        scope = scope.parent
    return scope.index if scope is not None else ""


def scope_ndim(scope: Scope) -> int:
    return scope_index(scope).count(",") + 1


def _array_of(type_name: str, ndim: int) -> str:
    return f"array{'' if ndim == 1 else f'{ndim}d'}[{type_name}]"


def sample(
    grammar: Grammar,
    seed: int | None = None,
    budget: Budget = Budget(),
    *,
    force: str | None = None,
    chooser: Chooser | None = None,
) -> Derivation:
    """Draw one kernel derivation; the same grammar, seed and budget always give the same tree.

    Decisions come from ``chooser`` when given (tests pass Hypothesis's), else from a
    ``RandomChooser`` seeded with ``seed``. ``force`` names a production the kernel must use
    (how tests exercise every template)."""
    if chooser is None:
        if seed is None:
            raise ValueError("sample needs a seed or a chooser")
        chooser = RandomChooser(seed)
    if force is not None:
        from warp_synth.grammar.forcing import forced_sample  # a subclass of this module's sampler

        return forced_sample(grammar, budget, chooser, force, seed)
    for _ in range(ATTEMPTS):
        try:
            return KernelSampler(grammar, budget, chooser, seed).kernel()
        except DeadEnd:
            continue
    raise GrammarError(f"{ATTEMPTS} kernels in a row ran into needs nothing could meet", hint="run `synth grammar` and check the roles")


def kernel_seed(run_seed: int, index: int) -> int:
    """The seed of the ``index``-th kernel of a run: independent of worker count and order."""
    mixed = (run_seed * 0x9E3779B97F4A7C15 + index * 0xBF58476D1CE4E5B9 + 0x2545F4914F6CDD1D) & (2**64 - 1)
    mixed ^= mixed >> 31
    mixed = (mixed * 0x94D049BB133111EB) & (2**64 - 1)
    return mixed >> 11  # 53 bits: exact in every JSON reader, those that read numbers as doubles too
