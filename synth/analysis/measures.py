"""What a run measures of each kernel it keeps, and the stats made from those measures.

A worker measures a module right after building it (its facts for the realism figures, its
records' lengths), and the stats' ``lengths``, ``diversity`` (of its kernels: ``kernel_sources``)
and ``realism`` are made from these, the work spread over the workers. A resumed run
measures the records written before it from its files, with the same functions.
"""

from __future__ import annotations

from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from warp_synth.synth.analysis.corpus import universe
from warp_synth.synth.analysis.diversity import DiversityTally, fingerprint_of, kernel_sources
from warp_synth.synth.analysis.figures import ModuleFacts, module_facts, reference_figures
from warp_synth.synth.analysis.lengths import KernelLengths, kernel_lengths, length_summary, paired_records
from warp_synth.synth.analysis.realism import realism_of

# Realism and diversity are measured over the first this many modules: the whole default dataset
# (some 6k modules), a bounded memory for larger runs. Lengths are measured over every module.
MEASURED_MODULES = 50_000


@dataclass
class ModuleMeasures:
    id: str
    facts: ModuleFacts
    lengths: KernelLengths


def measure_module(id: str, source: str, family: str | Mapping[str, str] | None, records: dict[str, dict], operations: Mapping[str, tuple[str, ...]] | None = None) -> ModuleMeasures:
    """One module's measures: ``records`` maps each device to its record (``code``, ``sections``, ``kernels``, ``tokens``);
    ``operations``, each family's defining operations in the run's grammar (``Grammar.family_operations``)."""
    return ModuleMeasures(id, module_facts(source, family, id, operations), kernel_lengths(source, records))


class RunMeasures:
    """The measures of a run's kernels, in the order they were written. Diversity is tallied as
    kernels come, and Warp's own kernels are measured (``reference_figures``, seconds of
    parsing) in a thread while the run goes on, so little is left to do when it ends."""

    def __init__(self) -> None:
        self.lengths: list[KernelLengths] = []
        self.facts: list[ModuleFacts] = []  # of the first MEASURED_MODULES modules
        self.ids: list[str] = []
        self.diversity = DiversityTally()
        universe()  # imports Warp here: importing it from two threads at once fails
        self._reference = ThreadPoolExecutor(1, "reference-figures")
        self._reference.submit(reference_figures)
        self._reference.shutdown(wait=False)

    def add(self, measures: ModuleMeasures, source: str) -> None:
        self.lengths.append(measures.lengths)
        if len(self.facts) < MEASURED_MODULES:
            for kernel in kernel_sources(source):  # kernels, not modules: two modules may share a kernel's like
                self.diversity.add(fingerprint_of(kernel))
            self.facts.append(measures.facts)
            self.ids.append(measures.id)

    @classmethod
    def of_files(cls, paths: dict[str, Path | list[Path]], operations: Mapping[str, tuple[str, ...]] | None = None) -> RunMeasures:
        """The measures of the kernels already in a run's code files (device -> path)."""
        found = cls()
        for source, records in paired_records(paths):
            first = next(iter(records.values()))
            found.add(measure_module(first["id"], source, {kernel["name"]: kernel["family"] for kernel in first["kernels"]}, records, operations), source)
        return found

    def stats(self) -> dict:
        """The stats' ``lengths``, ``diversity`` and ``realism``."""
        self._reference.shutdown(wait=True)  # reference_figures() then answers from its cache
        diversity = self.diversity.figures()
        return {
            "lengths": length_summary(self.lengths),
            "diversity": diversity,
            "realism": realism_of(self.facts, diversity, len(self.ids) - len(set(self.ids))),
        }
