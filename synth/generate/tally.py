"""Running counts of a synth run, checkpointed with it, summarised into dataset_stats.json."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from warp_synth.synth.generate.pipeline import Built, Rejected

_SCALARS = ("kernels_tried", "records", "kernels", "kernels_left_out", "duplicates", "warp_seconds", "worker_seconds", "bytes", "code_unchecked")
_COUNTERS = (
    "skipped", "splits", "split_families", "split_bytes", "families", "features", "productions", "alternatives", "types", "builtins", "rejects", "python_lines", "builds",
    "adjoint_caveats", "split_kernels", "module_sizes",
)  # fmt: skip


@dataclass
class Tally:
    """Everything counted so far; plain data so a checkpoint can store and restore it."""

    devices: tuple[str, ...]
    kernels_tried: int = 0
    records: int = 0  # modules written
    kernels: int = 0  # kernels in the modules written
    kernels_left_out: int = 0  # drawn for a module written, left out as like kernels already kept (synth.analysis.novelty)
    duplicates: int = 0
    warp_seconds: float = 0.0
    worker_seconds: float = 0.0
    bytes: dict[str, int] = field(default_factory=dict)
    skipped: Counter = field(default_factory=Counter)  # drawn, not built: reason -> kernels
    splits: Counter = field(default_factory=Counter)  # split -> records
    split_families: Counter = field(default_factory=Counter)  # "split/family" -> records
    split_bytes: Counter = field(default_factory=Counter)  # "device/split" -> bytes
    families: Counter = field(default_factory=Counter)
    features: Counter = field(default_factory=Counter)
    productions: Counter = field(default_factory=Counter)
    alternatives: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
    builtins: Counter = field(default_factory=Counter)
    rejects: Counter = field(default_factory=Counter)
    python_lines: Counter = field(default_factory=Counter)  # line count -> kernels
    builds: Counter = field(default_factory=Counter)  # "device launch block_dim=N mathdx=M" -> records
    adjoint_caveats: Counter = field(default_factory=Counter)  # caveat -> kernels ("none" for those without)
    split_kernels: Counter = field(default_factory=Counter)  # split -> kernels
    module_sizes: Counter = field(default_factory=Counter)  # kernels in a module -> records
    code_unchecked: int = 0  # kernels written while no real set was there to judge their code by (synth.analysis.contamination)

    def add(self, item: Built | Rejected) -> None:
        self.kernels_tried += 1
        self.worker_seconds += item.seconds
        self.productions.update(item.productions)
        if isinstance(item, Rejected):
            self.rejects[item.reason] += 1
            return
        self.records += 1
        self.kernels += item.kernels
        self.kernels_left_out += item.left_out
        self.split_kernels[item.split] += item.kernels
        self.module_sizes[str(item.kernels)] += 1
        self.alternatives.update(item.alternatives)
        self.warp_seconds += item.warp_seconds
        self.families[item.family] += 1
        self.splits[item.split] += 1
        self.split_families[f"{item.split}/{item.family}"] += 1
        self.features.update(item.features)
        self.types.update(item.types)
        self.builtins.update(item.builtins)
        self.python_lines[str(item.python_lines)] += 1
        self.builds.update(item.builds)
        self.adjoint_caveats.update(item.adjoint_caveats or ["none"])
        for device, line in item.lines.items():
            self.bytes[device] = self.bytes.get(device, 0) + len(line)
            self.split_bytes[f"{device}/{item.split}"] += len(line)

    def to_state(self) -> dict:
        state = {key: getattr(self, key) for key in _SCALARS}
        state.update({key: dict(getattr(self, key)) for key in _COUNTERS})
        state["devices"] = list(self.devices)
        return state

    @classmethod
    def from_state(cls, state: dict) -> Tally:
        tally = cls(tuple(state["devices"]))
        for key in _SCALARS:
            setattr(tally, key, state.get(key, getattr(tally, key)))  # a checkpoint from before a count existed
        for key in _COUNTERS:
            setattr(tally, key, Counter(state.get(key, {})))
        return tally

    def size_histogram(self, width: int = 10) -> dict[str, int]:
        """Kernels by Python line count, in bins of ``width`` lines."""
        bins: Counter = Counter()
        for lines, n in self.python_lines.items():
            low = int(lines) // width * width
            bins[low] += n
        return {f"{low}-{low + width - 1}": bins[low] for low in sorted(bins)}

    def size_percentiles(self) -> dict[str, int]:
        sizes = sorted(int(lines) for lines, n in self.python_lines.items() for _ in range(n))
        if not sizes:
            return {}
        pick = lambda q: sizes[min(len(sizes) - 1, int(q * len(sizes)))]  # noqa: E731
        return {"min": sizes[0], "p10": pick(0.1), "p50": pick(0.5), "p90": pick(0.9), "max": sizes[-1]}


def _share(counter: Counter, total: int) -> dict:
    return {key: {"count": n, "share": round(n / total, 4) if total else 0.0} for key, n in counter.most_common()}


def summary(tally: Tally, *, run: dict, all_builtins: list[str], all_productions: list[str], all_alternatives: list[str]) -> dict:
    """The dataset_stats.json document."""
    rejected = sum(tally.rejects.values())
    used_builtins = sorted(set(tally.builtins) & set(all_builtins))
    return {
        "warp_version": run["warp_version"],
        "run": run,
        "devices": {
            device: {"bytes": tally.bytes.get(device, 0), "mb": round(tally.bytes.get(device, 0) / 1e6, 3), "records": tally.records}
            for device in tally.devices
        },  # with each split file's figures once the run's files are measured (synth.dataset.stats_file.device_files)
        "kernels_tried": tally.kernels_tried,
        "records": tally.records,
        "kernels": tally.kernels,
        "kernels_per_module": {size: tally.module_sizes[size] for size in sorted(tally.module_sizes, key=int)},
        "duplicates_skipped": tally.duplicates,
        "novelty": {
            "drawn": tally.kernels_tried + sum(tally.skipped.values()),
            "skipped": dict(tally.skipped.most_common()),
            "kept_share": round(tally.kernels_tried / max(1, tally.kernels_tried + sum(tally.skipped.values())), 4),
            "kernels_left_out": tally.kernels_left_out,
        },
        "rejects": {"total": rejected, "rate": round(rejected / max(1, tally.kernels_tried), 5), **tally.rejects},
        "families": _share(tally.families, tally.records),
        "features": dict(tally.features.most_common()),
        "productions": {name: tally.productions.get(name, 0) for name in all_productions},
        "alternatives": {
            "used": sum(1 for pair in all_alternatives if tally.alternatives.get(pair)),
            "total": len(all_alternatives),
            "unused": [pair for pair in all_alternatives if not tally.alternatives.get(pair)],
        },
        "builtins": {
            "used": len(used_builtins),
            "total": len(all_builtins),
            "coverage": round(len(used_builtins) / max(1, len(all_builtins)), 4),
            "counts": dict(tally.builtins.most_common()),
            "unused": sorted(set(all_builtins) - set(used_builtins)),
        },
        "python_lines": tally.size_percentiles(),
        "python_lines_histogram": tally.size_histogram(),
        "types": dict(tally.types.most_common()),
        "builds": dict(sorted(tally.builds.items())),
        "adjoint_caveats": dict(tally.adjoint_caveats.most_common()),
        "worker_seconds": round(tally.worker_seconds, 2),
        "warp_share_of_worker_time": round(tally.warp_seconds / tally.worker_seconds, 4) if tally.worker_seconds else None,
    }
