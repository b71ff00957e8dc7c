"""Draw a kernel derivation from a seed: type-directed, budgeted, fully deterministic.

The sampler keeps the variables in scope with their types, picks productions by
weight among those whose needs the scope can meet, and folds every value a block
makes into the block's result, so each generated statement feeds a stored value.
Each kernel also draws a random subset of the enabled productions (swarm
sampling), which spreads kernels further apart than independent choices would.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from warp_synth.grammar.choices import Chooser, RandomChooser
from warp_synth.grammar.derivation import Block, Derivation, Expr, Helper, Statement
from warp_synth.grammar.errors import GrammarError
from warp_synth.grammar.grammar import Grammar
from warp_synth.grammar.names import NamePool
from warp_synth.grammar.productions import Block as BlockSpec
from warp_synth.grammar.productions import Production
from warp_synth.grammar.types import COUNT, VALUE_TYPES, is_variable_only, literal


@dataclass(frozen=True)
class Budget:
    """Size limits that keep kernels readable and bounded."""

    max_expr_depth: int = 3
    max_block_depth: int = 2
    max_statements: int = 24
    max_helper_depth: int = 2
    max_helpers: int = 3
    swarm_keep: float = 0.75  # chance that a production is enabled for one kernel


@dataclass
class Var:
    name: str
    type: str


_TYPEVAR_USE = re.compile(r"\b[A-Z]\b")


def bind(type_name: str, typevars: dict[str, str]) -> str:
    """Substitute type variables, also inside array types: ``array[T]`` -> ``array[vec3]``."""
    return _TYPEVAR_USE.sub(lambda m: typevars.get(m[0], m[0]), type_name)


class KernelSampler:
    """State for drawing one kernel: the random stream, names taken, helpers made."""

    def __init__(self, grammar: Grammar, budget: Budget, chooser: Chooser, seed: int | None = None):
        self.grammar = grammar
        self.budget = budget
        self.chooser = chooser
        self.seed = seed
        self.names = NamePool(chooser)
        self.helpers: list[Helper] = []
        self.used_productions: Counter = Counter()
        self.features: set[str] = set()
        self.types: Counter = Counter()
        self.statements_left = budget.max_statements
        self.used_vars: set[str] = set()
        self.helper_depth = 0
        self.enabled = self._swarm()

    def _swarm(self) -> set[str]:
        """Each kernel sees a random subset of the productions (kinds that must stay complete excepted)."""
        keep = self.budget.swarm_keep
        return {
            name
            for name, production in self.grammar.productions.items()
            if production.kind in ("kernel", "convert") or self.chooser.boolean(f"swarm {name}", keep)
        }

    # -- choosing -------------------------------------------------------------

    def _choose(self, candidates: list[Production]) -> Production | None:
        enabled = [p for p in candidates if p.name in self.enabled and p.weight > 0]
        pool = enabled or [p for p in candidates if p.weight > 0]
        if not pool:
            return None
        return self.chooser.choice(f"{pool[0].kind} production", pool, [p.weight for p in pool])

    def _record(self, production: Production) -> None:
        self.used_productions[production.name] += 1
        self.features.update(production.features)

    def _bindings(self, production: Production, produces: str | None = None) -> dict[str, str] | None:
        """Choose a type for each type variable (honouring a required result type) and each choice."""
        typevars = {name: self.chooser.choice(f"{production.name} {name}", options) for name, options in production.choices.items()}
        for name, domain in production.typevars.items():
            if produces is not None and production.produces == name:
                if produces not in domain:
                    return None
                typevars[name] = produces
            else:
                typevars[name] = self.chooser.choice(f"{production.name} {name}", domain)
        return typevars

    # -- expressions ----------------------------------------------------------

    def _vars_of(self, scope: list[Var], type_name: str) -> list[Var]:
        return [v for v in scope if v.type == type_name]

    def expr(self, type_name: str, scope: list[Var], depth: int) -> Expr:
        """An expression of ``type_name`` using what ``scope`` offers."""
        if type_name == COUNT:
            return self._trip_count(scope)
        candidates = self._vars_of(scope, type_name)
        if is_variable_only(type_name):
            if not candidates:
                raise GrammarError(f"no variable of type {type_name} in scope")
            return self._use(self.chooser.choice("variable", candidates))
        options = []
        if candidates:
            options.append(("var", 4.0))
        options.append(("literal", 1.0 if VALUE_TYPES[type_name].is_scalar else 0.15))
        if depth > 0:
            options.append(("apply", 2.5))
            if depth > 1 and len(self.helpers) < self.budget.max_helpers + 1:
                options.append(("call", 0.6))
        form = self.chooser.choice("expression form", [o[0] for o in options], [o[1] for o in options])
        if form == "var":
            return self._use(self.chooser.choice("variable", candidates))
        if form == "apply":
            made = self._apply(type_name, scope, depth)
            if made is not None:
                return made
        if form == "call":
            made = self._call(type_name, scope, depth)
            if made is not None:
                return made
        if candidates:
            return self._use(self.chooser.choice("variable", candidates))
        return Expr("literal", type_name, text=literal(type_name, self.chooser))

    def _trip_count(self, scope: list[Var]) -> Expr:
        """A loop bound: a small constant (Warp unrolls it) or a clamped runtime value (a real loop).

        Warp unrolls constant ranges, so nested constant loops multiply generated code;
        runtime bounds keep it the size a person's loop would produce."""
        ints = self._vars_of(scope, "int32")
        if not ints or self.chooser.boolean("constant trip count", 0.35):
            return Expr("literal", COUNT, text=literal(COUNT, self.chooser))
        bound = self._use(self.chooser.choice("variable", ints)).text
        cap = self.chooser.choice("trip count cap", [4, 8, 12, 16])
        return Expr("literal", COUNT, text=f"wp.min(wp.abs({bound}), {cap})")

    def _use(self, var: Var) -> Expr:
        self.used_vars.add(var.name)
        return Expr("var", var.type, text=var.name)

    def _fill(self, needs: dict[str, str], typevars: dict[str, str], scope: list[Var], depth: int) -> dict:
        """Fill each slot; a variable already given to one slot is not offered to the next
        (``wp.dot(a, a)`` is rarely what a person writes) unless nothing else fits."""
        slots, taken = {}, set()
        for slot, type_name in needs.items():
            bound = bind(type_name, typevars)
            offered = [v for v in scope if v.name not in taken]
            if is_variable_only(bound) and not self._vars_of(offered, bound):
                offered = scope
            slots[slot] = value = self.expr(bound, offered, depth - 1)
            if value.form == "var":
                taken.add(value.text)
        if slots and all(_constant(value) for value in slots.values()):
            # Arithmetic on constants alone is dead weight: tie one slot to a variable if any fits.
            for slot, type_name in needs.items():
                matching = self._vars_of(scope, bind(type_name, typevars))
                if matching and type_name != COUNT:
                    slots[slot] = self._use(self.chooser.choice("variable", matching))
                    break
        return slots

    def _satisfiable(self, needs: dict[str, str], typevars: dict[str, str], scope: list[Var]) -> bool:
        """Variable-only needs (arrays, ids) must already be in scope."""
        for type_name in needs.values():
            bound = bind(type_name, typevars)
            if is_variable_only(bound) and not self._vars_of(scope, bound):
                return False
        return True

    def _apply(self, type_name: str, scope: list[Var], depth: int) -> Expr | None:
        candidates = [
            p
            for p in self.grammar.of_kind("expr")
            if p.produces == type_name or (p.produces in p.typevars and type_name in p.typevars[p.produces])
        ]
        for _ in range(3):
            production = self._choose(candidates)
            if production is None:
                return None
            typevars = self._bindings(production, type_name)
            if typevars is None or not self._satisfiable(production.needs, typevars, scope):
                continue
            slots = self._fill(production.needs, typevars, scope, depth)
            if all(_constant(value) for value in slots.values()):
                return None  # the caller writes a plain literal instead
            self._record(production)
            return Expr("apply", type_name, production=production.name, slots=slots, typevars=typevars)
        return None

    def _call(self, type_name: str, scope: list[Var], depth: int) -> Expr | None:
        """Call a @wp.func helper returning ``type_name``: reuse one or write a new one."""
        production = self._choose(self.grammar.producing("func", type_name))
        if production is None or self.helper_depth >= self.budget.max_helper_depth:
            return None
        existing = [h for h in self.helpers if h.production == production.name]
        if existing and (self.chooser.boolean("reuse helper", 0.5) or len(self.helpers) >= self.budget.max_helpers):
            helper = self.chooser.choice("helper", existing)
        elif len(self.helpers) < self.budget.max_helpers:
            helper = self._make_helper(production)
        else:
            return None
        self._record(production)
        slots = self._fill(production.params, {}, scope, depth)
        return Expr("call", type_name, production=production.name, callee=helper.name, slots=slots)

    def _make_helper(self, production: Production) -> Helper:
        name = self.names.fresh(self.chooser.choice(f"{production.name} name", production.names))
        params = [Var(n, t) for n, t in production.params.items()]
        saved_used, self.used_vars = self.used_vars, set()
        self.helper_depth += 1
        try:
            body = self.block(production.blocks["body"], params, depth=1, fold=params)
        finally:
            self.helper_depth -= 1
            self.used_vars = saved_used
        helper = Helper(production.name, name, body)
        self.helpers.append(helper)  # after its own callees, which were appended while sampling body
        self.features.add("helper_function")
        return helper

    # -- statements and blocks -----------------------------------------------

    def _statement(self, scope: list[Var], depth: int) -> tuple[Statement, Var | None] | None:
        candidates = [
            p for p in self.grammar.of_kind("stmt") if not p.blocks or depth < self.budget.max_block_depth
        ]
        for _ in range(8):
            production = self._choose(candidates)
            if production is None:
                return None
            typevars = self._bindings(production)
            if not self._satisfiable(production.needs, typevars, scope):
                candidates = [p for p in candidates if p is not production]
                continue
            saved = self._snapshot()
            statement, out = self._instantiate(production, typevars, scope, depth)
            values = [v for key, v in statement.slots.items() if production.needs[key] != COUNT]
            if values and all(_constant(v) for v in values):
                self._restore(saved)  # built from constants alone: dead weight, draw again
                continue
            return statement, out
        return None

    def _snapshot(self) -> tuple:
        return (
            self.used_productions.copy(),
            set(self.features),
            self.types.copy(),
            len(self.helpers),
            set(self.used_vars),
            self.statements_left,
            set(self.names.taken),
        )

    def _restore(self, saved: tuple) -> None:
        productions, features, types, helpers, used_vars, left, taken = saved
        self.used_productions, self.features, self.types, self.used_vars = productions, features, types, used_vars
        del self.helpers[helpers:]
        self.statements_left, self.names.taken = left, taken

    def _instantiate(self, production: Production, typevars, scope, depth) -> tuple[Statement, Var | None]:
        self._record(production)
        self.statements_left -= 1
        slots = self._fill(production.needs, typevars, scope, self.chooser.integer("expression depth", 1, self.budget.max_expr_depth))
        for value in slots.values():
            if value.form == "literal" and value.type in VALUE_TYPES and VALUE_TYPES[value.type].is_scalar:
                # Warp treats a name bound to a bare literal as a constant and refuses to
                # reassign it inside a dynamic loop; a typed constructor makes it a variable.
                if not value.text.startswith("wp."):
                    value.text = f"{VALUE_TYPES[value.type].annotation}({value.text})"
        local_names = {key: self.names.fresh(key) for key in production.locals}
        local_vars = [Var(local_names[k], bind(t, typevars)) for k, t in production.locals.items()]
        # Loop counters and other locals feed the nested blocks' results if no statement used them.
        blocks = {
            key: self.block(spec, scope + local_vars, depth + 1, typevars=typevars, fold=local_vars)
            for key, spec in production.blocks.items()
        }
        out = None
        if production.produces is not None:
            out_type = bind(production.produces, typevars)
            hint = self.chooser.choice(f"{production.name} name", production.names) if production.names else None
            out = Var(self.names.fresh(hint or self.names.hint_for(out_type)), out_type)
            self.types[out_type] += 1
        statement = Statement(
            production.name, out.name if out else None, slots, local_names, blocks, typevars
        )
        return statement, out

    def block(
        self,
        spec: BlockSpec,
        scope: list[Var],
        depth: int,
        *,
        typevars: dict[str, str] | None = None,
        fold: list[Var] = (),
    ) -> Block:
        """Statements drawn within budget, then one expression folding every unused value.

        ``fold`` lists values the caller made (a helper's parameters, a kernel's loads)
        that must also reach the result if no statement used them.
        """
        result_type = bind(spec.produces, typevars or {})
        scope = list(scope)
        made: list[Var] = list(fold)
        statements = []
        high = max(spec.min_statements, spec.max_statements - depth)
        for _ in self.chooser.repetitions("statements in block", spec.min_statements, high):
            if self.statements_left <= 0 and len(statements) >= spec.min_statements:
                break
            drawn = self._statement(scope, depth)
            if drawn is None:
                break
            statement, out = drawn
            statements.append(statement)
            if out is not None:
                scope.append(out)
                made.append(out)
        dangling = [v for v in made if v.name not in self.used_vars and v.type in VALUE_TYPES]
        for var in dangling:
            self.used_vars.add(var.name)
        terms = [self._convert(Expr("var", v.type, text=v.name), result_type) for v in dangling]
        if not terms:
            terms = [self.expr(result_type, scope, 1)]
        result = terms[0] if len(terms) == 1 else Expr("sum", result_type, terms=terms)
        return Block(statements, result)

    def _convert(self, value: Expr, type_name: str) -> Expr:
        """``value`` turned into ``type_name`` through convert productions (via float32 if need be)."""
        if value.type == type_name:
            return value
        for route in ([type_name], ["float32", type_name]):
            step, ok = value, True
            for target in route:
                if step.type == target:
                    continue
                production = self._choose(self._converters(step.type, target))
                if production is None:
                    ok = False
                    break
                self._record(production)
                slot = next(iter(production.needs))
                typevars = {v: step.type for v, _ in production.typevars.items()}
                typevars.update({production.produces: target} if production.produces in production.typevars else {})
                step = Expr("apply", target, production=production.name, slots={slot: step}, typevars=typevars)
            if ok:
                return step
        raise GrammarError(f"no convert template turns {value.type} into {type_name}", hint="add one under convert/")

    def _converters(self, source: str, target: str) -> list[Production]:
        found = []
        for p in self.grammar.of_kind("convert"):
            (need,) = p.needs.values()
            need_ok = need == source or source in p.typevars.get(need, ())
            out_ok = p.produces == target or target in p.typevars.get(p.produces, ())
            same_var = need == p.produces and need in p.typevars
            if need_ok and out_ok and not (same_var and source != target):
                found.append(p)
        return found

    # -- kernels --------------------------------------------------------------


    def _pick_kernel(self) -> Production:
        return self._choose(self.grammar.of_kind("kernel"))

    def kernel(self) -> Derivation:
        production = self._pick_kernel()
        self._record(production)
        scope = [Var(name, t) for name, t in production.scope.items()]
        self.names.taken |= self.grammar.reserved_names
        name = self.names.fresh(self.chooser.choice(f"{production.name} name", production.names))
        # Loads the template reads again itself need no folding; the others must reach the result.
        loads = [v for v in scope if v.type in VALUE_TYPES and not _read_by_template(production, v.name)]
        body = {key: self.block(spec, scope, 0, fold=loads) for key, spec in production.blocks.items()}
        return Derivation(
            seed=self.seed,
            family=production.family,
            kernel_production=production.name,
            kernel_name=name,
            body=body,
            helpers=self.helpers,
            productions_used=self.used_productions,
            features=self.features,
            types=self.types + Counter(production.scope.values()),
        )


def _read_by_template(production: Production, name: str) -> bool:
    """True when the template text uses ``name`` beyond defining it."""
    return len(re.findall(rf"(?<![\w.]){re.escape(name)}(?!\w)", production.body)) >= 2


def _constant(node: Expr) -> bool:
    """True when no variable occurs in the expression."""
    if node.form == "var":
        return False
    return all(_constant(child) for child in [*node.slots.values(), *node.terms])


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
        from warp_synth.grammar.forcing import ForcedSampler  # a subclass of this module's sampler

        return ForcedSampler(grammar, budget, chooser, force, seed).kernel()
    return KernelSampler(grammar, budget, chooser, seed).kernel()


def kernel_seed(run_seed: int, index: int) -> int:
    """The seed of the ``index``-th kernel of a run: independent of worker count and order."""
    mixed = (run_seed * 0x9E3779B97F4A7C15 + index * 0xBF58476D1CE4E5B9 + 0x2545F4914F6CDD1D) & (2**64 - 1)
    mixed ^= mixed >> 31
    mixed = (mixed * 0x94D049BB133111EB) & (2**64 - 1)
    return mixed >> 1  # 63 bits: fits a signed JSON integer everywhere
