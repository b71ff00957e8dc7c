"""Every decision of the sampler goes through one chooser: seeded in production, Hypothesis's
own data in tests, so a failing kernel shrinks to a small derivation."""

from __future__ import annotations

from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st

from tests.strategies import derivations
from warp_synth.grammar import Budget, kernel_seed, sample
from warp_synth.grammar.choices import RandomChooser


class RecordingChooser:
    """Answers from a seeded chooser and keeps every answer, in order."""

    def __init__(self, seed: int):
        self.inner = RandomChooser(seed)
        self.answers: list = []

    def _keep(self, answer):
        self.answers.append(answer)
        return answer

    def choice(self, label, options, weights=None):
        return self._keep(self.inner.choice(label, options, weights))

    def integer(self, label, low, high):
        return self._keep(self.inner.integer(label, low, high))

    def boolean(self, label, p):
        return self._keep(self.inner.boolean(label, p))

    def shuffled(self, label, items):
        return self._keep(self.inner.shuffled(label, items))

    def repetitions(self, label, low, high):
        count = self._keep(self.inner.integer(label, low, high))
        return iter(range(count))


class ReplayChooser:
    """Gives back recorded answers: no randomness of its own."""

    def __init__(self, answers: list):
        self.answers = iter(answers)

    def choice(self, label, options, weights=None):
        answer = next(self.answers)
        assert answer in options, f"{label}: replayed {answer!r} is not among the options"
        return answer

    def integer(self, label, low, high):
        return next(self.answers)

    def boolean(self, label, p):
        return next(self.answers)

    def shuffled(self, label, items):
        return next(self.answers)

    def repetitions(self, label, low, high):
        return iter(range(next(self.answers)))


@given(seed=st.integers(min_value=0, max_value=2**53 - 1))
def test_a_kernel_is_its_sequence_of_decisions(grammar, renderer, seed):
    """Replaying the recorded answers, with no random source at all, redraws the same kernel."""
    recorder = RecordingChooser(seed)
    original = renderer.render(sample(grammar, chooser=recorder))
    assert original == renderer.render(sample(grammar, seed))
    replayer = ReplayChooser(recorder.answers)
    assert renderer.render(sample(grammar, chooser=replayer)) == original
    assert next(replayer.answers, None) is None, "the replay asked fewer questions than the recording"


def test_a_planted_failure_shrinks_to_a_small_kernel(grammar):
    """A property that fails on any kernel using a luminance recipe: Hypothesis finds one and shrinks
    it to a kernel about as small as the smallest random kernels that use it. One kernel template
    (one that often needs a luminance) keeps the search about the decisions inside a kernel."""
    recipe = "stmt/grids/luminance_rec709"
    kernel = "kernel/image_processing/threshold_mask"
    grammar = grammar.with_weights({p.name: 0.0 for p in grammar.of_kind("kernel") if p.name != kernel})
    # Without swarm sampling: its on/off decisions cost shrinking time and test nothing here.
    budget = Budget(swarm_keep=1.0)
    shrunk = find(
        derivations(grammar, budget),
        lambda d: d.productions_used[recipe] > 0,
        settings=settings(max_examples=1000, database=None, derandomize=True, suppress_health_check=list(HealthCheck)),
    )
    drawn = (sample(grammar, kernel_seed(0, i), budget) for i in range(3000))
    sizes = [size(d) for d in drawn if d.productions_used[recipe]]
    assert shrunk.productions_used[recipe] > 0 and sizes
    # Hypothesis's shrinker stops on a time budget, so a loaded machine may leave a step undone.
    assert size(shrunk) <= 1.5 * min(sizes), (size(shrunk), sorted(sizes))


def size(derivation) -> int:
    """Productions used, parameters, and statements made: what a shrink should reduce."""
    blocks = [derivation.body, *derivation.blocks.values()]
    statements = sum(len(block.statements) + sum(len(inner.statements) for s in block.statements for inner in s.blocks.values()) for block in blocks)
    return sum(derivation.productions_used.values()) + len(derivation.params) + statements + len(derivation.guards)
