"""What the template properties draw: budgets of every shape, and kernels that take every
branch of a template (each value of its choices and type variables), so that a property
holds for all of a template's forms in every example, not only for the form one seed picked."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from hypothesis import strategies as st

from warp_synth.grammar import Block, Budget, Derivation, Expr, Grammar, kernel_seed, sample

seeds = st.integers(min_value=0, max_value=2**62)

# The production budget is the simplest example, so a derandomized run starts with what the
# factory makes; the others vary statement counts, depths and helpers around it.
budgets = st.one_of(
    st.just(Budget()),
    st.builds(
        Budget,
        max_expr_depth=st.integers(1, 4),
        max_block_depth=st.integers(1, 3),
        max_statements=st.integers(1, 32),
        max_helper_depth=st.integers(1, 3),
        max_helpers=st.integers(1, 4),
        swarm_keep=st.floats(0.3, 1.0),
    ),
)

TRIES = 400  # draws allowed per template to take all its branches (measured: at most ~120)


def branches(grammar: Grammar, name: str) -> set[tuple[str, str, str]]:
    """The template itself, ``(name, "", "")``, and every ``(name, variable, value)`` its header
    offers: each value of each choice and type variable."""
    production = grammar.productions[name]
    options = {**production.choices, **production.typevars}
    return {(name, "", "")} | {(name, variable, value) for variable, values in options.items() for value in values}


def branches_taken(derivation: Derivation) -> set[tuple[str, str, str]]:
    """The branches of every template instance in a kernel (its kernel template included)."""
    taken = {(derivation.kernel_production, "", "")}
    for name, bound in _instances(derivation):
        taken |= {(name, "", "")} | {(name, variable, value) for variable, value in bound.items()}
    return taken


def _instances(derivation: Derivation) -> Iterator[tuple[str, dict[str, str]]]:
    def expr(node: Expr):
        if node.form == "apply":
            yield node.production, node.typevars
        for child in [*node.slots.values(), *node.terms]:
            yield from expr(child)

    def block(node: Block):
        for statement in node.statements:
            yield statement.production, statement.typevars
            for value in statement.slots.values():
                yield from expr(value)
            for inner in statement.blocks.values():
                yield from block(inner)
        yield from expr(node.result)

    for body in derivation.body.values():
        yield from block(body)
    for helper in derivation.helpers:
        yield helper.production, helper.typevars
        yield from block(helper.body)


def branch_cover(grammar: Grammar, names: list[str], seed: int, budget: Budget) -> list[tuple[str, Derivation]]:
    """Kernels that together take every branch of each of ``names`` (using a template at all is
    one), as (forced template, kernel) pairs: kernels forced to use one template are drawn
    until its branches are taken, by them or by the kernels drawn for the templates before."""
    missing = set().union(*(branches(grammar, name) for name in names))
    cover, draws = [], itertools.count()  # a kernel seed per draw: templates do not share host kernels
    for name in names:
        for tries in itertools.count():
            untaken = sorted(branch[1:] for branch in missing if branch[0] == name)
            if not untaken:
                break
            if tries == TRIES:
                raise AssertionError(f"{name}: {TRIES} kernels (seed {seed}, {budget}) never take {untaken}")
            derivation = sample(grammar, kernel_seed(seed, next(draws)), budget, force=name)
            new = branches_taken(derivation) & missing
            if new:
                cover.append((name, derivation))
                missing -= new
    return cover
