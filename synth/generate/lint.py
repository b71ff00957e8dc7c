"""``synth grammar --lint``: what a new template gets wrong that loading it does not refuse.

Loading a grammar already refuses what cannot work (a header key it does not know, a role or
family that does not exist, a name the body uses but the header does not declare, a body that
does not render valid Python). The lint finds what works but is a mistake:

* a need, local, choice or variable the header declares and the body never uses (the sampler
  would still make a parameter or statement for it: dead code in every kernel drawn);
* a production no kernel can reach, checked statically over the type:role graph within the
  depth budget (it would never be drawn);
* a kernel template without ``docs`` (its kernels never get a docstring).
"""

from __future__ import annotations

from dataclasses import dataclass

import jinja2.meta

from warp_synth.grammar import Budget, Grammar, Production
from warp_synth.grammar.draw import bind, makers_of, needs_made, needs_of
from warp_synth.grammar.productions import read_text, split_role
from warp_synth.grammar.types import MADE_OPAQUE


@dataclass(frozen=True)
class Finding:
    where: str  # file:line
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def lint(grammar: Grammar, environment: jinja2.Environment, budget: Budget = Budget()) -> list[Finding]:
    """Every finding in ``grammar``, production by production (``environment``: the renderer's)."""
    reachable = _reachable(grammar, budget)
    findings = []
    for name, production in grammar.productions.items():
        findings += _unused(production, environment)
        if production.kind != "kernel" and name not in reachable:
            findings.append(Finding(production.where, f"no kernel can reach {name}: nothing needs what it produces ({production.produces or 'a guard'}) within {budget.max_expr_depth} levels"))
        if production.kind == "kernel" and not production.docs:
            findings.append(Finding(production.where, "no docs: kernels of this template never get a docstring"))
    return findings


def _unused(production: Production, environment: jinja2.Environment) -> list[Finding]:
    """Header names the body never uses."""
    used = jinja2.meta.find_undeclared_variables(environment.parse(read_text(production.path, "template")))
    # a @wp.func's needs are its call's arguments, passed where it is called, not in its body
    needs = {} if production.kind == "func" else production.needs
    declared = {"needs": needs, "locals": production.locals, "choices": production.choices, "typevars": production.typevars}
    unused = []
    for key, names in declared.items():
        for name in names:
            if name in used:
                continue
            if key == "typevars" and _typevar_used(name, production):
                continue
            unused.append(Finding(production.where, f"[{key}] {name} is declared but the template never uses it"))
    return unused


def _typevar_used(name: str, production: Production) -> bool:
    """A type variable can be used only by the header (``T:position`` in a need) or by a choice's ``when``."""
    typed = [*production.needs.values(), *production.locals.values(), *production.scope.values(), production.produces or ""]
    typed += [t for block in production.blocks.values() for t in (*block.needs.values(), *block.scope.values())]
    return any(bind(t, {name: "\0"}) != t for t in typed)


def _reachable(grammar: Grammar, budget: Budget) -> set[str]:
    """Names of the productions some kernel can reach within the depth budget (guards count
    when some kernel takes one)."""
    reached = {p.name for p in grammar.of_kind("kernel")}
    if any(k.guards and k.index for k in grammar.of_kind("kernel")):
        reached |= {g.name for g in grammar.of_kind("guard")}
    # a kernel's needs are met at depth 0, a production's at one more than where it was made;
    # past the budget nothing is made, but at it a tile or generator state still is, by a
    # production that needs none (as Draw.makers does)
    frontier = [(grammar.productions[name], 0) for name in sorted(reached)]
    seen = set()
    while frontier:
        production, depth = frontier.pop()
        if (production.name, depth) in seen:
            continue
        seen.add((production.name, depth))
        for typed in needs_of(production):
            if depth >= budget.max_expr_depth and not (depth == budget.max_expr_depth and _only_made(typed, production)):
                continue
            for maker in makers_of(grammar, typed, production):
                if maker.name in production.never_made_by or (depth >= budget.max_expr_depth and needs_made(maker)):
                    continue
                reached.add(maker.name)
                frontier.append((maker, depth + 1))
    return reached


def _only_made(typed: str, owner: Production) -> bool:
    """Whether a need is of a type only a production makes (a tile, a generator state), under
    some binding of the owner's type variables."""
    types = [split_role(typed)[0]]
    for var, domain in owner.typevars.items():
        types = [bind(t, {var: option}) for t in types for option in domain]
    return any(t in MADE_OPAQUE for t in types)
