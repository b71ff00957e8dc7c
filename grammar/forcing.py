"""A sampler that must use one given production: how the tests exercise every template."""

from __future__ import annotations

from warp_synth.grammar.choices import Chooser
from warp_synth.grammar.derivation import Block, Expr, Statement
from warp_synth.grammar.errors import GrammarError
from warp_synth.grammar.grammar import Grammar
from warp_synth.grammar.productions import Production
from warp_synth.grammar.sampler import Budget, KernelSampler, Var, bind


class ForcedSampler(KernelSampler):
    """A sampler whose kernel is sure to use one given production (for template tests).

    A forced statement opens the kernel body; a forced expression, convert or helper
    fills a slot of the first statement that can take its type."""

    def __init__(self, grammar: Grammar, budget: Budget, chooser: Chooser, force: str, seed: int | None = None):
        super().__init__(grammar, budget, chooser, seed)
        self.force = grammar.productions[force]
        self.enabled = set(grammar.productions)

    def _pick_kernel(self) -> Production:
        if self.force.kind == "kernel":
            return self.force
        kernels = self.chooser.shuffled("kernel order", self.grammar.of_kind("kernel"))
        if self.force.kind == "stmt":  # a kernel whose scope has the arrays or ids it needs
            for kernel in kernels:
                scope = [Var(n, t) for n, t in kernel.scope.items()]
                for _ in range(8):
                    if self._satisfiable(self.force.needs, self._bindings(self.force), scope):
                        return kernel
        return kernels[0]

    def block(self, spec, scope, depth, *, typevars=None, fold=()):
        if depth > 0 or self.used_productions[self.force.name] or self.force.kind == "kernel":
            return super().block(spec, scope, depth, typevars=typevars, fold=fold)
        statement, out = self._forced_statement(list(scope))
        inner = super().block(spec, scope + ([out] if out else []), depth, typevars=typevars, fold=[*fold, *([out] if out else [])])
        return Block([statement, *inner.statements], inner.result)

    def _forced_statement(self, scope: list[Var]) -> tuple[Statement, Var | None]:
        force = self.force
        if force.kind == "stmt":
            for _ in range(20):
                typevars = self._bindings(force)
                if self._satisfiable(force.needs, typevars, scope):
                    return self._instantiate(force, typevars, scope, 0)
            raise GrammarError(f"no kernel scope satisfies {force.name}", where=force.where)
        type_name = bind(force.produces, self._bindings(force))
        value = self._forced_value(type_name, scope)
        for host in self.grammar.of_kind("stmt"):
            for slot, need in host.needs.items():
                typevars = self._bindings(host)
                if need in host.typevars and type_name in host.typevars[need]:
                    typevars[need] = type_name
                if bind(need, typevars) == type_name and self._satisfiable(host.needs, typevars, scope):
                    statement, out = self._instantiate(host, typevars, scope, 0)
                    statement.slots[slot] = value
                    return statement, out
        raise GrammarError(f"no statement takes a {type_name} for {force.name}", where=force.where)

    def _forced_value(self, type_name: str, scope: list[Var]) -> Expr:
        force = self.force
        if force.kind == "func":
            made = self._call(type_name, scope, self.budget.max_expr_depth)
            if made is None:
                raise GrammarError(f"could not call {force.name}", where=force.where)
            return made
        typevars = self._bindings(force, type_name) or {}
        if force.kind == "convert":
            (need,) = force.needs.values()
            source = bind(need, typevars)
            if source == type_name:  # a convert whose type variable covers both ends
                source = self.chooser.choice(f"{force.name} {need}", [t for t in force.typevars[need] if t != type_name])
                typevars[need] = source
            slots = {next(iter(force.needs)): self.expr(source, scope, 1)}
        else:
            slots = self._fill(force.needs, typevars, scope, 2)
        self._record(force)
        return Expr("apply", type_name, production=force.name, slots=slots, typevars=typevars)

    def _choose(self, candidates: list[Production]) -> Production | None:
        if self.force in candidates and self.force.kind in ("func", "expr"):
            return self.force
        return super()._choose(candidates)
