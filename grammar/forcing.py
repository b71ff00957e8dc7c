"""A draw that must use one given production: how the tests exercise every template."""

from __future__ import annotations

from warp_synth.grammar.choices import Chooser
from warp_synth.grammar.derivation import Derivation, Expr, Statement
from warp_synth.grammar.draw import Budget, DeadEnd, Draw, Scope, makers_of, needs_of
from warp_synth.grammar.errors import GrammarError
from warp_synth.grammar.grammar import Grammar
from warp_synth.grammar.needs import NeedResolver
from warp_synth.grammar.productions import Production, split_role
from warp_synth.grammar.sampler import ProductionExpander


class Roads:
    """Which productions can lead to the forced one, within the depth budget."""

    def __init__(self, draw: Draw, force: Production):
        self.draw = draw
        self.force = force
        self._known: dict[tuple[str, int], bool] = {}

    def taken(self) -> bool:
        """Whether the road is behind us: the forced production is used (or is the kernel or guard)."""
        return bool(self.draw.used_productions[self.force.name]) or self.force.kind in ("kernel", "guard")

    def reaches(self, name: str, depth: int) -> bool:
        """Whether production ``name``, made at ``depth``, can lead to the forced production."""
        key = (name, depth)
        if key not in self._known:
            self._known[key] = False  # a production that needs itself leads nowhere new
            production = self.draw.grammar.productions[name]
            self._known[key] = name == self.force.name or (
                depth + 1 < self.draw.budget.max_expr_depth
                and any(
                    self.reaches(maker.name, depth + 1)
                    for typed in needs_of(production)
                    for maker in makers_of(self.draw.grammar, typed, production)
                    if maker.name not in production.never_made_by
                )
            )
        return self._known[key]


class ForcedResolver(NeedResolver):
    """At each need the forced production can be reached from, takes the road there."""

    def __init__(self, draw: Draw, roads: Roads):
        super().__init__(draw)
        self.roads = roads

    def resolve(self, typed: str, scope: Scope, depth: int, avoid: list[Expr] = (), refuse: tuple[str, ...] = ()) -> Expr:
        if self.roads.taken():
            return super().resolve(typed, scope, depth, avoid, refuse)
        type_name, role = split_role(typed)
        roads = [p for p in self.draw.makers(type_name, role, depth) if p.name not in refuse and self.roads.reaches(p.name, depth)]
        if not roads:
            return super().resolve(typed, scope, depth, avoid, refuse)
        force = self.roads.force
        step = force if force in roads else self.draw.chooser.choice("road to the forced production", roads)
        return self.expander.make([step], type_name, role, scope, depth)


class ForcedExpander(ProductionExpander):
    """Builds a kernel around one kernel template; a forced guard is the kernel's guard."""

    def __init__(self, draw: Draw, needs: NeedResolver, roads: Roads, kernel: Production):
        super().__init__(draw, needs)
        self.roads = roads
        self.kernel_production = kernel

    def pick_kernel(self) -> Production:
        return self.kernel_production

    def guards(self, production: Production, top: Scope) -> list[Statement]:
        if self.roads.force.kind != "guard":
            return super().guards(production, top)
        return self.guard(self.roads.force, top)

    def bindings(self, production: Production, produces: tuple[str, str] | None = None) -> dict[str, str] | None:
        """As drawn, except that a choice gating a need on the road to the forced production
        (``[when]``) takes an option under which that need is there."""
        bound = super().bindings(production, produces)
        if bound is None or self.roads.taken():
            return bound
        for slot, conditions in production.when.items():
            typed = production.needs.get(slot)
            if typed is not None and any(self.roads.reaches(maker.name, 0) for maker in makers_of(self.draw.grammar, typed, production)):
                for choice, options in conditions:
                    if bound.get(choice) not in options:
                        bound[choice] = options[0]
                break
        return bound


def forced_sample(grammar: Grammar, budget: Budget, chooser: Chooser, force: str, seed: int | None = None) -> Derivation:
    """A kernel that uses production ``force``: kernels that can reach it are tried in an
    order the chooser picks until one does."""
    production = grammar.productions.get(force)
    if production is None:
        raise GrammarError(f"no template named {force!r}")
    kernels = grammar.of_kind("kernel")
    if production.kind == "kernel":
        kernels = [production]
    if production.kind == "guard":
        kernels = [k for k in kernels if k.guards and k.index]
    for kernel in chooser.shuffled("kernel order", kernels):
        for _ in range(3):
            draw = Draw(grammar, budget, chooser, seed)
            draw.enabled = set(grammar.productions)
            roads = Roads(draw, production)
            try:
                derivation = ForcedExpander(draw, ForcedResolver(draw, roads), roads, kernel).kernel()
            except DeadEnd:
                continue
            if derivation.productions_used[force]:
                return derivation
    raise GrammarError(f"no kernel can use {force}", where=production.where, hint="check the roles it produces are needed somewhere")
