"""One kernel being drawn: its size budget, the scopes it fills, and what it has made so far.

Shared by the need resolver (``needs.py``, which meets each value a template needs) and the
production expander (``sampler.py``, which turns productions into statements, blocks, helpers
and the kernel). Every decision goes through the one chooser held here (``choices.py``).
"""

from __future__ import annotations

import re
import weakref
from collections import Counter
from dataclasses import dataclass

from warp_synth.grammar.choices import Chooser
from warp_synth.grammar.derivation import Helper, Param
from warp_synth.grammar.grammar import Grammar
from warp_synth.grammar.names import DIALECTS, QUALIFIERS, NamePool
from warp_synth.grammar.productions import Production, split_role
from warp_synth.grammar.roles import Roles
from warp_synth.grammar.types import MADE_OPAQUE


class DeadEnd(Exception):
    """A need nothing in reach can meet (a role only the kernel's own scope supplies, asked for
    elsewhere): the sampler starts the kernel over, its chooser going on where it stopped."""


@dataclass(frozen=True)
class Budget:
    """Size limits that keep kernels readable and bounded, and every probability the sampler
    draws with (the roles' and productions' weights are data, in the templates)."""

    max_expr_depth: int = 3  # productions nested to make one value
    max_statements: int = 10  # statements the sampler adds (the template's own lines aside)
    max_helpers: int = 2  # expressions written as helpers, per kernel
    # an expression worth a helper (two values in, two operations) is written as a ``@wp.func``
    # the kernel calls: 36% of production kernels call a helper of their own
    outline_chance: float = 0.7
    swarm_keep: float = 0.8  # chance that a production is enabled for one kernel
    comment_chance: float = 0.4  # a kernel's own comment lines are written
    statement_comment_chance: float = 0.2  # a statement's comment line is written
    docstring_chance: float = 0.25
    guard_chance: float = 0.15  # an early exit at the top of a kernel that has room for one (a third of production kernels have one)
    named_guard_load_chance: float = 0.4  # a guard reads into a named load first, not ``if active[tid] == 0:``
    # inputs, uniforms, outputs (warp.sim's order) vs inputs, outputs, uniforms: 3% of production
    # signatures end in a scalar float
    uniforms_first_chance: float = 0.9
    # a scalar float's uniform source weighs this share of its role's weight wherever the role
    # has another source: 27% of production kernels take a scalar float parameter
    float_uniform_share: float = 0.1
    inline_read_chance: float = 0.3  # ``particle_v[tid] * dt`` rather than a named load first
    separate_output_chance: float = 0.65  # an output of a role an input array has gets its own array (else written in place)
    name_preference: tuple[float, ...] = (4.0, 2.0, 1.0)  # weights of a role's first free names, in order
    dialect_weights: tuple[float, ...] = (2.0, 2.0, 1.0)  # of names.DIALECTS: prefixed, plural, short
    # a module's float uniforms (``dt``, a stiffness) are arrays of one value it reads at ``[0]``, as a
    # solver captured in a CUDA graph keeps them: 22% of production kernels read a device-side scalar
    device_uniforms_chance: float = 0.25
    sized_ints_chance: float = 0.8  # 32-bit integers spelled ``wp.int32``, not ``int`` (a third of production kernels do, most that take integers)
    bracket_annotations_chance: float = 0.75  # array annotations spelled ``wp.array[wp.vec3]``, not ``wp.array(dtype=wp.vec3)``
    # weights of a module's kernel count, 1 to 6: production modules hold 3 kernels at the median, and a module
    # often has fewer companions at hand (its family's templates in its split), so these lean high
    module_kernels: tuple[float, ...] = (1.0, 1.5, 3.0, 3.0, 2.0, 2.0)


@dataclass
class ModuleSoFar:
    """What the kernels drawn before this one in its module fix, so that a module speaks with one
    voice: the naming dialect, how annotations are spelled, the name each (type, role) of a
    parameter was given (the same quantity is named alike in every kernel, and a name means one
    thing); and the names no other may take (their kernels')."""

    dialect: str = ""
    names: frozenset[str] = frozenset()
    params: tuple[tuple[str, str, str], ...] = ()  # (type, role, name) of the parameters drawn
    bracket_annotations: bool | None = None
    sized_ints: bool | None = None
    device_uniforms: bool | None = None


@dataclass
class Var:
    name: str
    type: str
    role: str = ""
    read_from: str = ""  # "positions[tid]": the load that made it
    made_from: str = ""  # the computation bound to it (``expr_key``): the same one is not made twice
    made_by: str = ""  # the production that computed it


@dataclass
class Scope:
    """Variables visible at one place, where new statements go, and the per-item index there."""

    vars: list[Var]
    statements: list
    index: str = ""  # arrays read here are read at this index ("tid", "i, j", "index")
    parent: Scope | None = None
    inline_reads: bool = False  # loads are written in place (``if active[tid] == 0``), not named

    def visible(self) -> list[Var]:
        return self.vars + (self.parent.visible() if self.parent else [])


_VAR_USE = re.compile(r"\b[A-Z]\b")


def bind(typed: str, typevars: dict[str, str]) -> str:
    """Substitute type and role variables: ``array[T]:R`` -> ``array[vec3]:position``."""
    return _VAR_USE.sub(lambda m: typevars.get(m[0], m[0]), typed)


class Draw:
    """The state of one kernel's draw: the chooser, the productions enabled for it, names
    taken, parameters and helpers made, what it used (for the stats), statements left."""

    def __init__(self, grammar: Grammar, budget: Budget, chooser: Chooser, seed: int | None = None, module: ModuleSoFar | None = None):
        self.grammar = grammar
        self.roles = grammar.roles
        self.budget = budget
        self.chooser = chooser
        self.seed = seed
        self.names = NamePool(chooser, budget.name_preference)
        self.params: list[Param] = []
        self.helpers: list[Helper] = []
        self.used_productions: Counter = Counter()
        self.alternatives: Counter = Counter()  # "production var=option" drawn (see Grammar.alternatives)
        self.features: set[str] = set()
        self.types: Counter = Counter()
        self.statements_left = budget.max_statements
        self.separate_outputs: bool | None = None  # whether outputs of a role an input has get arrays of their own
        self.device_uniforms: bool | None = None  # drawn when a float uniform is first needed (``uniforms_on_device``)
        self.top: Scope | None = None  # the kernel's own scope, where its template writes the statements drawn for it
        self.enabled = self._swarm()
        self.module = module or ModuleSoFar()
        self.names.taken |= self.module.names
        self.names.dialect = self.module.dialect or chooser.choice("naming dialect", list(DIALECTS), list(budget.dialect_weights))

    def uniforms_on_device(self) -> bool:
        """Whether this module keeps its float uniforms on the device: fixed by its first kernel
        that took one, else drawn now."""
        if self.device_uniforms is None:
            fixed = self.module.device_uniforms
            self.device_uniforms = fixed if fixed is not None else self.chooser.boolean("device uniforms", self.budget.device_uniforms_chance)
        return self.device_uniforms

    def _swarm(self) -> set[str]:
        """Each kernel sees a random subset of the productions (kernels excepted)."""
        keep = self.budget.swarm_keep
        return {
            name
            for name, production in self.grammar.productions.items()
            if production.kind == "kernel" or self.chooser.boolean(f"swarm {name}", keep)
        }

    def choose(self, label: str, candidates: list[Production]) -> Production | None:
        """One of ``candidates`` by weight, among those enabled for this kernel if any is."""
        enabled = [p for p in candidates if p.name in self.enabled and p.weight > 0]
        pool = enabled or [p for p in candidates if p.weight > 0]
        if not pool:
            return None
        return self.chooser.choice(label, pool, [p.weight for p in pool])

    def record(self, production: Production) -> None:
        self.used_productions[production.name] += 1
        self.features.update(production.features)

    def unrecord(self, value) -> None:
        """Forget the productions of a value made and then not used (``derivation.Expr``)."""
        if value.form in ("apply", "call"):
            for counter, key in ((self.used_productions, value.production), (self.types, value.type)):
                counter[key] -= 1
                if not counter[key]:
                    del counter[key]
            for slot in value.slots.values():
                self.unrecord(slot)

    def meets(self, have: str, need: str) -> bool:
        return not need or (have != "" and self.roles.meets(have, need))

    def makers(self, type_name: str, role: str, depth: int) -> list[Production]:
        """The productions that can make a ``type_name`` of ``role`` at ``depth``."""
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
                if production.weight > 0 and match(production, type_name, role, self.roles) is not None and not (leaves_only and needs_made(production))
            ]
        return known[key]

    def new_param(self, type_name: str, role: str, names: tuple[str, ...], output: bool = False) -> Param:
        """A parameter of ``role``: named as the module's other kernels name that quantity, else
        by a name of the role that means nothing else in the module."""
        names = names or (role,)
        alike = next((name for t, r, name in self.module.params if (t, r) == (type_name, role) and name not in self.names.taken), None)
        if alike is not None:
            self.names.take(alike)
        else:
            other = {name for t, r, name in self.module.params if (t, r) != (type_name, role)}
            names = tuple(name for name in names if name not in other) or names
        param = Param(alike or self.names.fresh_from(names, f"{role} parameter", in_dialect=True), type_name, role, output)
        self.params.append(param)
        return param

    def fresh(self, role: str, preferred: tuple[str, ...] = (), hint: str = "", qualifiers: tuple[str, ...] = QUALIFIERS) -> str:
        """A new variable name for a value of ``role``: one of ``preferred``, else the role's."""
        names = tuple(preferred) + (self.roles[role].names if role in self.roles else ()) + ((hint,) if hint else ())
        return self.names.fresh_from(names or ("value",), f"{role or hint} name", qualifiers)


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


def makers_of(grammar: Grammar, typed: str, owner: Production) -> list[Production]:
    """Productions that could meet a need written ``typed`` in ``owner``, under any binding of
    its type and role variables (a role variable ranging over every role: any role)."""
    variants = [typed]
    for var, domain in owner.typevars.items():
        variants = [bind(v, {var: t}) for v in variants for t in domain]
    for var, domain in owner.rolevars.items():
        variants = [bind(v, {var: "" if domain == ("*",) else role}) for v in variants for role in (domain if domain != ("*",) else ("",))]
    found = []
    for kind in ("expr", "stmt", "func"):
        for production in grammar.of_kind(kind):
            if any(match(production, *split_role(variant), grammar.roles) is not None for variant in variants):
                found.append(production)
    return found


def needs_of(production: Production) -> list[str]:
    """Every need a production writes, its blocks' included."""
    return [*production.needs.values(), *(t for block in production.blocks.values() for t in block.needs.values())]


def needs_made(production: Production) -> bool:
    """Whether ``production`` needs a value only a production can make (a tile, a generator state)."""
    return any(split_role(typed)[0] in MADE_OPAQUE for typed in production.needs.values())


def scope_index(scope: Scope) -> str:
    while scope is not None and not scope.index:
        scope = scope.parent
    return scope.index if scope is not None else ""


def scope_ndim(scope: Scope) -> int:
    return scope_index(scope).count(",") + 1


def array_of(type_name: str, ndim: int) -> str:
    return f"array{'' if ndim == 1 else f'{ndim}d'}[{type_name}]"
