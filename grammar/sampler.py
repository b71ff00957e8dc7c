"""Draw a kernel derivation top-down, from what the kernel stores to what it reads.

A kernel template names the values it needs, each a Warp type with a role (``vec3:velocity``).
Two parts share one kernel's ``Draw`` (``draw.py``): the need resolver (``needs.py``) meets each
need, and the production expander here turns productions into what the kernel holds: the
statements, nested blocks and helper functions they make, the guard, the kernel itself.
Parameters and loads appear only because something needed them, so every statement feeds what
the kernel stores and the signature follows from the work. Every decision goes through one
chooser (``choices.py``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from warp_synth.grammar.choices import Chooser, RandomChooser
from warp_synth.grammar.derivation import Block, Derivation, Expr, Helper, Param, Statement
from warp_synth.grammar.draw import Budget, DeadEnd, Draw, ModuleSoFar, Scope, Var, bind, match
from warp_synth.grammar.errors import GrammarError
from warp_synth.grammar.grammar import Grammar
from warp_synth.grammar.names import identifiers
from warp_synth.grammar.needs import NeedResolver, expr_key
from warp_synth.grammar.productions import Block as BlockSpec
from warp_synth.grammar.productions import Production, split_role
from warp_synth.grammar.types import OPAQUE_TYPES, VALUE_TYPES, array_parts

ATTEMPTS = 20  # kernel starts before a grammar that keeps running into dead ends is reported
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_OPERATION = re.compile(r"[-+*/%]|\b\w+\(")


def _operations(body: str) -> int:
    """Operators and calls in a template's own text (its slots count as values)."""
    return len(_OPERATION.findall(_JINJA.sub(" x ", body)))


def _before_body(top: Scope) -> Scope:
    """What a guard sees: the kernel's index variables only (the template's other variables are
    defined by its own lines, after the guard)."""
    names = {name.strip() for name in top.index.split(",")}
    return Scope([v for v in top.vars if v.name in names], [], top.index)


def _draws_anew(value: Expr) -> bool:
    """Whether a value gives something new each time it is used: a random state or a query."""
    return value.type in ("rand_state", "query") or any(_draws_anew(v) for v in value.slots.values())


class ProductionExpander:
    """Expands the productions of one kernel's draw; ``needs`` meets what they need, and hands
    back here the values a production must make."""

    def __init__(self, draw: Draw, needs: NeedResolver, kernels: list[Production] | None = None):
        self.draw = draw
        self.needs = needs
        self.kernels = kernels  # the kernel templates it may draw (None: every one)
        needs.expander = self

    def bindings(self, production: Production, produces: tuple[str, str] | None = None) -> dict[str, str] | None:
        """A type for each type variable, a role for each role variable, an option for each
        choice; honouring a required ``(type, role)`` result. None when it can't be met."""
        bound = {
            name: self.draw.chooser.choice(f"{production.name} {name}", options, production.weights_of(name, options))
            for name, options in production.choices.items()
        }
        self.draw.alternatives.update(f"{production.name} {name}={value}" for name, value in bound.items())
        fixed: dict[str, str] = {}
        if produces is not None:
            fixed = match(production, *produces, self.draw.roles)
            if fixed is None:
                return None
        for name, domain in production.typevars.items():
            bound[name] = fixed.get(name) or self.draw.chooser.choice(f"{production.name} {name}", domain, production.weights_of(name, domain))
        for name, domain in production.rolevars.items():
            roles = sorted(self.draw.roles.by_name) if domain == ("*",) else list(domain)
            bound[name] = fixed.get(name) or self.draw.chooser.choice(f"{production.name} {name}", roles, production.weights_of(name, roles))
        counted = {**production.typevars, **{k: v for k, v in production.rolevars.items() if v != ("*",)}}
        self.draw.alternatives.update(f"{production.name} {name}={bound[name]}" for name in counted)
        return bound

    def make(self, makers: list[Production], type_name: str, role: str, scope: Scope, depth: int) -> Expr:
        production = self.draw.choose(f"make {role or type_name}", makers)
        typevars = self.bindings(production, (type_name, role))
        self.draw.record(production)
        self.draw.types[type_name] += 1
        if production.kind == "expr":
            slots = self.needs.fill(production.needs_under(typevars), typevars, scope, depth + 1, production.body, production.refuses)
            helper = self._outlined(production, typevars, type_name)
            if helper is not None:
                return Expr("call", type_name, role, production=production.name, callee=helper.name, slots=slots, typevars=typevars)
            return Expr("apply", type_name, role, production=production.name, slots=slots, typevars=typevars)
        if production.kind == "func":
            helper = self._helper(production, typevars)
            slots = self.needs.fill(production.needs, typevars, scope, depth + 1, refuse=production.refuses)
            return Expr("call", type_name, role, production=production.name, callee=helper.name, slots=slots)
        return self._statement(production, typevars, scope, depth, type_name, role)

    def _statement(self, production: Production, typevars, scope: Scope, depth: int, type_name: str, role: str) -> Expr:
        """Instantiate a stmt production in ``scope``; the value is the variable it assigns."""
        self.draw.statements_left -= 1
        slots = self.needs.fill(production.needs_under(typevars), typevars, scope, depth + 1, production.body, production.never_made_by)
        computed = Expr("apply", type_name, role, production=production.name, slots=slots, typevars=typevars)
        key = "" if production.blocks or any(_draws_anew(v) for v in slots.values()) else expr_key(computed)
        held = next((v for v in scope.visible() if key and v.made_from == key), None)
        if held is not None:  # the same statement on the same values: its result is at hand
            self.draw.statements_left += 1
            self.draw.unrecord(computed)
            return Expr("var", held.type, held.role, text=held.name)
        helper = None if production.blocks else self._outlined(production, typevars, type_name)
        if helper is not None:  # ``lit = blinn_phong(albedo, n, l, rd, shininess)``
            out = self.draw.fresh(role, production.names)
            call = Expr("call", type_name, role, production=production.name, callee=helper.name, slots=slots, typevars=typevars)
            scope.statements.append(Statement("", out, {"value": call}))
            scope.vars.append(Var(out, type_name, role, made_from=key, made_by=production.name))
            return Expr("var", type_name, role, text=out)
        local_names = {}
        local_vars = []
        for key, typed in production.locals.items():
            local_type, local_role = split_role(bind(typed, typevars))
            local_names[key] = self.draw.fresh(local_role, hint=key)
            local_vars.append(Var(local_names[key], local_type, local_role))
        blocks = {key: self._block(spec, typevars, scope, local_vars, depth + 1) for key, spec in production.blocks.items() if production.wanted(key, typevars)}
        out = self.draw.fresh(role, production.names)
        comment = ""
        if production.comments and self.draw.chooser.boolean("comment", self.draw.budget.statement_comment_chance):
            comment = self.draw.chooser.choice(f"{production.name} comment", production.comments)
        scope.statements.append(Statement(production.name, out, slots, local_names, blocks, typevars, comment))
        scope.vars.append(Var(out, type_name, role, made_from=key, made_by=production.name))
        return Expr("var", type_name, role, text=out)

    def _block(self, spec: BlockSpec, typevars, outer: Scope, extra: list[Var], depth: int) -> Block:
        """A nested body: the template's own variables there, then its needs met inside it."""
        inner_vars = list(extra)
        for name, typed in spec.scope.items():
            inner_type, inner_role = split_role(bind(typed, typevars))
            inner_vars.append(Var(name, inner_type, inner_role))
            self.draw.names.take(name)
        inner = Scope(inner_vars, [], spec.index or "", outer)
        values = self.needs.fill(spec.needs, typevars, inner, depth)
        return Block(inner.statements, values)

    def _existing_helper(self, production: Production, typevars: dict[str, str]) -> Helper | None:
        """The helper this kernel already made of ``production`` under ``typevars``: called again, not written twice."""
        return next((h for h in self.draw.helpers if h.production == production.name and h.typevars == typevars), None)

    def _helper(self, production: Production, typevars: dict[str, str]) -> Helper:
        existing = self._existing_helper(production, typevars)
        if existing is not None:
            return existing
        helper = Helper(production.name, self.draw.names.fresh(self.draw.chooser.choice(f"{production.name} name", production.names)), typevars)
        self.draw.helpers.append(helper)
        self.draw.features.add("helper_function")
        return helper

    def _outlined(self, production: Production, typevars: dict[str, str], type_name: str) -> Helper | None:
        """The helper an expression or a statement is written as, in some kernels (and always
        once it is one): a computation on values worth a function of its own, two values in and
        two operations."""
        params = {slot: split_role(bind(typed, typevars))[0] for slot, typed in production.needs_under(typevars).items()}
        if len(params) < 2 or _operations(production.body) < 2 or not {type_name, *params.values()} <= VALUE_TYPES.keys():
            return None
        existing = self._existing_helper(production, typevars)
        if existing is not None:
            return existing
        if len(self.draw.helpers) >= self.draw.budget.max_helpers or not self.draw.chooser.boolean(f"outline {production.name}", self.draw.budget.outline_chance):
            return None
        helper = Helper(production.name, self.draw.names.fresh(production.name.rsplit("/", 1)[-1]), typevars, params)
        self.draw.helpers.append(helper)
        self.draw.features.add("helper_function")
        return helper

    # -- kernels --------------------------------------------------------------

    def kernel(self) -> Derivation:
        production = self.pick_kernel()
        self.draw.record(production)
        typevars = self.bindings(production) or {}
        self.draw.names.taken |= identifiers(_JINJA.sub(" ", production.body))  # names the template writes itself
        name = self.draw.names.fresh(self.draw.chooser.choice(f"{production.name} name", production.true_under(production.names, typevars)))
        scope_vars = []
        for var_name, typed in production.scope.items():
            var_type, var_role = split_role(bind(typed, typevars))
            scope_vars.append(Var(var_name, var_type, var_role))
        top = Scope(scope_vars, [], production.index)
        self.draw.top = top if "prelude" in production.body else None  # where its statements go, if it has a place
        guards = self.guards(production, top)
        inputs = {slot: typed for slot, typed in production.needs_under(typevars).items() if slot not in production.outputs}
        slots = self.needs.fill(inputs, typevars, top, 0, production.body, production.refuses)
        for slot in production.outputs:
            if slot not in production.needs_under(typevars):
                continue
            array_type, role = split_role(bind(production.needs[slot], typevars))
            slots[slot] = self.needs.array(array_type, role, top, output=True)
        blocks = {key: self._block(spec, typevars, top, [], 1) for key, spec in production.blocks.items() if production.wanted(key, typevars)}
        comments = self.draw.chooser.boolean("comments", self.draw.budget.comment_chance)
        docstring = ""
        docs = production.true_under(production.docs, typevars)
        if docs and self.draw.chooser.boolean("docstring", self.draw.budget.docstring_chance):
            docstring = self.draw.chooser.choice(f"{production.name} docstring", docs)
        return Derivation(
            seed=self.draw.seed,
            family=production.family,
            kernel_production=production.name,
            kernel_name=name,
            params=self._ordered_params(),
            fixed_params=production.fixed_params,
            guards=guards,
            body=Block(top.statements, slots),
            blocks=blocks,
            helpers=self.draw.helpers,
            docstring=docstring,
            comments=comments,
            bracket_annotations=self._module_or("bracket_annotations", "bracket annotations", self.draw.budget.bracket_annotations_chance),
            sized_ints=self._module_or("sized_ints", "sized ints", self.draw.budget.sized_ints_chance),
            device_uniforms=self.draw.device_uniforms,
            typevars=typevars,
            productions_used=self.draw.used_productions,
            alternatives_used=self.draw.alternatives,
            features=self.draw.features,
            types=self.draw.types,
            dialect=self.draw.names.dialect,
        )

    def _module_or(self, field: str, label: str, chance: float) -> bool:
        """A module-wide spelling the kernels before this one fixed, or drawn now."""
        fixed = getattr(self.draw.module, field)
        return fixed if fixed is not None else self.draw.chooser.boolean(label, chance)

    def pick_kernel(self) -> Production:
        return self.draw.choose("kernel production", self.kernels or self.draw.grammar.of_kind("kernel"))

    def guards(self, production: Production, top: Scope) -> list[Statement]:
        """At most one early exit, where the template has room for one."""
        if not production.guards or not top.index:
            return []
        if not self.draw.chooser.boolean("guard", self.draw.budget.guard_chance):
            return []
        guard = self.draw.choose("guard production", [g for g in self.draw.grammar.of_kind("guard") if self._in_reach(g, top)])
        if guard is None:
            return []
        return self.guard(guard, top)

    def _in_reach(self, guard: Production, top: Scope) -> bool:
        """Whether the kernel has what the guard tests: a value only a variable can give (the
        thread's ``index``) must be in scope (a grid kernel's cell indices are no item index)."""
        for typed in guard.needs.values():
            type_name, role = split_role(typed)
            info = self.draw.roles[role] if role in self.draw.roles else None
            variable_only = info is not None and not any(weight for source, weight in info.sources.items() if source != "variable")
            if variable_only and not any(v.type == type_name and self.draw.meets(v.role, role) for v in _before_body(top).vars):
                return False
        return True

    def guard(self, guard: Production, top: Scope) -> list[Statement]:
        self.draw.record(guard)
        typevars = self.bindings(guard) or {}
        inline = not self.draw.chooser.boolean("named guard load", self.draw.budget.named_guard_load_chance)
        before = _before_body(top)
        indices = list(before.vars)
        reads = Scope([], [], top.index, before, inline_reads=inline)
        slots = self.needs.fill(guard.needs, typevars, reads, 1)
        self.needs.settle_inline_reads(reads)  # the guard's statements are final: its loads stay in place
        top.vars.extend([*(v for v in before.vars if v not in indices), *reads.vars])  # parameters it took, loads it named
        return [*reads.statements, Statement(guard.name, None, slots, typevars=typevars)]

    def _ordered_params(self) -> list[Param]:
        """Geometry first, then input arrays, then arrays written and uniform values in one of
        the two orders Warp code uses (warp.sim passes uniforms before the outputs); a kernel
        that writes only arrays it reads mostly takes its uniforms first (``axpy(alpha, x, y)``),
        so that few signatures end in a scalar."""
        written = any(p.output for p in self.draw.params)  # arrays updated in place are outputs too
        uniforms = any(p.type not in OPAQUE_TYPES and array_parts(p.type) is None for p in self.draw.params)
        uniforms_first = uniforms and self.draw.chooser.boolean("uniforms before outputs", self.draw.budget.uniforms_first_chance)

        def rank(param: Param) -> float:
            if param.type in OPAQUE_TYPES:
                return 0
            if array_parts(param.type) is not None:
                return 2 if param.output else 1
            if not uniforms_first:
                return 3
            return 1.5 if written else 0.5

        return sorted(self.draw.params, key=rank)


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
        from warp_synth.grammar.forcing import forced_sample  # subclasses of this module's expander and the resolver

        return forced_sample(grammar, budget, chooser, force, seed)
    return _kernel(grammar, budget, chooser, seed)


def _kernel(grammar: Grammar, budget: Budget, chooser: Chooser, seed: int | None, kernels: list[Production] | None = None, module: ModuleSoFar | None = None) -> Derivation:
    for _ in range(ATTEMPTS):
        try:
            draw = Draw(grammar, budget, chooser, seed, module)
            return ProductionExpander(draw, NeedResolver(draw), kernels).kernel()
        except DeadEnd:
            continue
    raise GrammarError(f"{ATTEMPTS} kernels in a row ran into needs nothing could meet", hint="run `synth grammar` and check the roles")


# Companions drawn per companion a module wants: the novelty filter skips many (those like
# kernels already kept), and a module short of them is smaller than production's.
COMPANION_CANDIDATES = 3


def sample_module(
    grammar: Grammar,
    seed: int | None = None,
    budget: Budget = Budget(),
    companions: dict[str, dict[str, float]] | None = None,
    *,
    chooser: Chooser | None = None,
) -> ModuleDraw:
    """Draw a module's kernels: how many it wants (``Budget.module_kernels``), a first kernel,
    then three times as many companions as it wants besides (a run keeps the first that are new: the
    novelty filter's), of the templates ``companions`` gives for its template (its family's, in
    its split, launched alike), each a template not yet in the module, drawn by its weight times
    its affinity there. They speak with the first kernel's voice (``ModuleSoFar``) and take no
    kernel name another took (helpers may repeat: the same helper is written once). Decisions
    come from one chooser, as ``sample``'s do."""
    chooser = chooser or RandomChooser(seed)
    first = sample(grammar, seed, budget, chooser=chooser)
    kernels = [first]
    wanted = chooser.choice("kernels in module", list(range(1, len(budget.module_kernels) + 1)), list(budget.module_kernels))
    for _ in range(COMPANION_CANDIDATES * (wanted - 1)):
        used = {k.kernel_production for k in kernels}
        affinity = (companions or {}).get(first.kernel_production, {})
        pool = [grammar.productions[name] for name in affinity if name not in used and grammar.productions[name].weight > 0]
        if not pool:
            break
        chosen = chooser.choice("companion template", pool, [p.weight * affinity[p.name] for p in pool])
        so_far = ModuleSoFar(
            first.dialect,
            frozenset(k.kernel_name for k in kernels),  # a helper's name is free: the same helper is shared
            tuple((p.type, p.role, p.name) for k in kernels for p in k.params),
            first.bracket_annotations,
            first.sized_ints,
            next((k.device_uniforms for k in kernels if k.device_uniforms is not None), None),
        )
        kernels.append(_kernel(grammar, budget, chooser, seed, [chosen], so_far))
    return ModuleDraw(kernels, wanted)


class ModuleDraw(NamedTuple):
    """A module's kernels as drawn, the first first, and how many of them it wants."""

    kernels: list[Derivation]
    wanted: int


def kernel_seed(run_seed: int, index: int) -> int:
    """The seed of the ``index``-th kernel of a run: independent of worker count and order."""
    mixed = (run_seed * 0x9E3779B97F4A7C15 + index * 0xBF58476D1CE4E5B9 + 0x2545F4914F6CDD1D) & (2**64 - 1)
    mixed ^= mixed >> 31
    mixed = (mixed * 0x94D049BB133111EB) & (2**64 - 1)
    return mixed >> 11  # 53 bits: exact in every JSON reader, those that read numbers as doubles too
