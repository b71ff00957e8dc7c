"""Baselines that bound a score: ``reference`` predicts Warp's own target (it must score 100%, or
the harness is unsound) and ``retrieval`` predicts the target of the training kernel whose Python
source is most like the kernel's (what a model gets by memorising the training set: the floor a
model has to beat)."""

from __future__ import annotations

import numpy as np

from warp_synth.extract import DEVICES
from warp_synth.synth.analysis.diversity import jaccard, minhash, shingles
from warp_synth.synth.dataset.tasks import Task
from warp_synth.synth.evaluate.references import Dataset, Reference

_CANDIDATES = 16  # training kernels by MinHash estimate whose exact Jaccard is then compared


def reference_predictions(references: list[Reference]) -> dict[str, str]:
    return {reference.id: reference.target for reference in references}


def _sketch(python_source: str) -> tuple[np.ndarray, np.ndarray]:
    """The source's code-token 5-grams and their MinHash signature."""
    grams = shingles(python_source)
    return grams, minhash(grams)


class TrainingIndex:
    """The training split's kernels by their Python source's code-token 5-grams (MinHash to
    shortlist, exact Jaccard to choose)."""

    def __init__(self, layout: Dataset):
        self.layout = layout
        self.ids: list[str] = []
        self.shingles: list[np.ndarray] = []
        signatures = []
        for row in layout.pairs(DEVICES[:1], ("train",)):
            grams, signature = _sketch(row["python_source"])
            self.ids.append(row["id"])
            self.shingles.append(grams)
            signatures.append(signature)
        self.signatures = np.array(signatures)

    def nearest(self, python_source: str) -> int:
        """The position of the most similar training kernel (the first of equals)."""
        grams, signature = _sketch(python_source)
        estimates = (self.signatures == signature).sum(axis=1)
        shortlist = np.argpartition(-estimates, min(_CANDIDATES, len(estimates) - 1))[:_CANDIDATES]
        shortlist = np.sort(shortlist)
        similarity = [jaccard(self.shingles[position], grams) for position in shortlist.tolist()]
        return int(shortlist[int(np.argmax(similarity))])

    def rows(self, positions: set[int]) -> dict[int, dict]:
        """The training kernels at ``positions``, as ``DatasetLayout.pairs`` gives them."""
        wanted = {self.ids[position]: position for position in positions}
        return {wanted[row["id"]]: row for row in self.layout.pairs(DEVICES, ("train",)) if row["id"] in wanted}


class Retrieval:
    """Each of some modules' most similar training module (by Python source), and the task
    targets they predict: one search serves every task."""

    def __init__(self, index: TrainingIndex, sources: dict[str, str]):
        self.nearest = {module: index.nearest(source) for module, source in sources.items()} if index.ids else {}
        self.rows = index.rows(set(self.nearest.values()))

    def predictions(self, task: Task, references: list[Reference]) -> dict[str, str]:
        """Each reference's prediction: the task's target on its module's nearest training module
        (for a task on a kernel's part, on that module's first kernel of the reference's family
        that has the part, else its first that has it)."""
        found = {}
        for reference in references:
            position = self.nearest.get(module_of(reference.id))
            if position is not None:
                rows = task.rows(self.rows[position])
                chosen = next((row for row in rows if row["family"] == reference.family), rows[0] if rows else None)
                found[reference.id] = task.target(chosen) if chosen is not None else ""
        return found


def module_of(reference_id: str) -> str:
    """The id of the module a reference is of (a kernel's reference is ``<module id>/<kernel>``)."""
    return reference_id.partition("/")[0]


def retrieval_predictions(index: TrainingIndex, task: Task, references: list[Reference]) -> dict[str, str]:
    sources = {module_of(reference.id): reference.python_source for reference in references}
    return Retrieval(index, sources).predictions(task, references)
