"""What the template properties draw: budgets of every shape, and kernels that take every
branch of a template (each value of its choices and type variables), so that a property
holds for all of a template's forms in every example, not only for the form one seed picked."""

from __future__ import annotations

import itertools

from hypothesis import strategies as st

from warp_synth.grammar import Budget, Derivation, Grammar, kernel_seed, sample

seeds = st.integers(min_value=0, max_value=2**62)

# The production budget is the simplest example, so a derandomized run starts with what the
# factory makes; the others vary statement counts, depths and helpers around it.
budgets = st.one_of(
    st.just(Budget()),
    st.builds(
        Budget,
        max_expr_depth=st.integers(3, 5),  # below 3, some recipes are out of every kernel's reach
        # below 3, a kernel whose colour only a production makes (render_sdf's lit_color) runs out:
        # the sampler makes no value once the statement budget is spent
        max_statements=st.integers(3, 16),
        max_helpers=st.integers(1, 3),
        swarm_keep=st.floats(0.3, 1.0),
        guard_chance=st.floats(0.0, 1.0),
        inline_read_chance=st.floats(0.0, 1.0),
    ),
)

TRIES = 400  # draws allowed per template to take all its branches (measured: at most ~120)


def branches(grammar: Grammar, name: str) -> set[tuple[str, str, str]]:
    """The template itself, ``(name, "", "")``, and every ``(name, variable, value)`` its header
    offers: each value of each choice, type variable and listed role variable."""
    return {(name, "", "")} | {_branch(pair) for pair in grammar.alternatives() if pair.split(" ", 1)[0] == name}


def branches_taken(derivation: Derivation) -> set[tuple[str, str, str]]:
    """The branches of every template instance in a kernel (its kernel template included)."""
    taken = {(name, "", "") for name in derivation.productions_used}
    return taken | {_branch(pair) for pair in derivation.alternatives_used}


def _branch(pair: str) -> tuple[str, str, str]:
    """``"stmt/x T=vec3"`` -> ``("stmt/x", "T", "vec3")``."""
    name, binding = pair.split(" ", 1)
    variable, value = binding.split("=", 1)
    return name, variable, value


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
