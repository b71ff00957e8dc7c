"""How long the records are and what their bytes are made of: the figures a team sizing a
training run asks for first (``lengths`` in the stats; the card and the report show them).

* code length in bytes and in tokens (each record's ``tokens``: ``synth.dataset.tokens``),
  p10/p50/p90/max per device; a whole row's tokens (Python source and every device's code) and
  the share of rows over ``LONG_ROW_TOKENS``;
* each section's share of the code bytes (``extract.SECTION_NAMES``: structs, functions,
  forward, backward, entry points);
* the share of bytes in the source-echo comments Warp writes above each statement
  (``// x = positions[tid]   <L 13>``), padding included;
* CPU/CUDA overlap: the share of a CUDA record's non-blank lines that also appear in its CPU twin;
* code bytes per byte of Python source (median);
* what is left to learn (``learnable_figures``): tokens of the normalised view (``synth.dataset.views``)
  and "new tokens", those of its lines that are not shared scaffold (a line found in more than
  half of the records), on the first ``LEARNABLE_SAMPLE`` kernels.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from warp_synth.extract import SECTION_NAMES, kernel_views, section
from warp_synth.synth.dataset.errors import SynthError
from warp_synth.synth.dataset.layout import read_paired
from warp_synth.synth.dataset.tokens import TOKENIZER, count_tokens
from warp_synth.synth.dataset.views import ECHO_LINE, normalised

LONG_ROW_TOKENS = 8192  # a common context length for training code models
LEARNABLE_SAMPLE = 2000  # kernels the scaffold is found in: enough for shares stable to a percent


def _quantiles(values: list[int]) -> dict:
    if not values:
        return {}
    ordered = sorted(values)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return {"p10": pick(0.1), "p50": pick(0.5), "p90": pick(0.9), "max": ordered[-1]}


def _histogram(tokens: list[int], width: int = 1000) -> dict[str, int]:
    """Records per bin of ``width`` tokens (``"2000-2999": 41``), the bins in order."""
    counts: dict[int, int] = {}
    for n in tokens:
        counts[n // width] = counts.get(n // width, 0) + 1
    return {f"{b * width}-{(b + 1) * width - 1}": counts.get(b, 0) for b in range(max(counts, default=-1) + 1)}


@dataclass(frozen=True)
class DeviceLengths:
    """One record's figures: code bytes and tokens, bytes per section, source-echo bytes, and the
    ratio of code bytes to Python bytes."""

    size: int
    tokens: int
    sections: dict[str, int]
    echo: int
    ratio: float


@dataclass(frozen=True)
class KernelLengths:
    """One kernel's records, one per device, its Python source's tokens, and the share of its
    CUDA lines found in its CPU twin."""

    devices: dict[str, DeviceLengths]
    python_tokens: int
    cuda_lines_in_cpu: float | None


def _lines(code: str) -> set[str]:
    return {line.strip() for line in code.splitlines() if line.strip()}


def kernel_lengths(python_source: str, records: dict[str, dict]) -> KernelLengths:
    """The figures of one kernel's records (device -> a record's ``code``, ``sections`` and ``tokens``)."""
    devices = {}
    for device, record in records.items():
        code = record["code"]
        size = len(code.encode())
        sections = {name: len(section(record, name).encode()) for name in SECTION_NAMES}
        echo = sum(len(m.group(0)) + 1 for m in ECHO_LINE.finditer(code))
        devices[device] = DeviceLengths(size, record["tokens"]["code"], sections, echo, size / max(1, len(python_source.encode())))
    overlap = None
    if "cpu" in records and "cuda" in records:
        cuda = _lines(records["cuda"]["code"])
        overlap = len(cuda & _lines(records["cpu"]["code"])) / len(cuda) if cuda else None
    return KernelLengths(devices, next(iter(records.values()))["tokens"]["python_source"], overlap)


def length_summary(kernels: Iterable[KernelLengths]) -> dict:
    """The figures of a run's records (``lengths`` in the stats), from each kernel's."""
    sizes: dict[str, list[int]] = {}
    tokens: dict[str, list[int]] = {}
    python_tokens, row_tokens = [], []
    ratios: dict[str, list[float]] = {}
    sections: dict[str, dict[str, int]] = {}
    echo: dict[str, int] = {}
    overlaps = []
    for kernel in kernels:
        python_tokens.append(kernel.python_tokens)
        row_tokens.append(kernel.python_tokens + sum(lengths.tokens for lengths in kernel.devices.values()))
        for device, lengths in kernel.devices.items():
            sizes.setdefault(device, []).append(lengths.size)
            tokens.setdefault(device, []).append(lengths.tokens)
            ratios.setdefault(device, []).append(lengths.ratio)
            echo[device] = echo.get(device, 0) + lengths.echo
            totals = sections.setdefault(device, {})
            for name, n in lengths.sections.items():
                totals[name] = totals.get(name, 0) + n
        if kernel.cuda_lines_in_cpu is not None:
            overlaps.append(kernel.cuda_lines_in_cpu)
    figures = {}
    for device, device_sizes in sizes.items():
        total = sum(device_sizes)
        figures[device] = {
            "bytes": _quantiles(device_sizes),
            "tokens": _quantiles(tokens[device]),
            "tokens_histogram": _histogram(tokens[device]),
            "section_share": {name: round(n / max(1, total), 4) for name, n in sections[device].items()},
            "source_echo_share": round(echo[device] / max(1, total), 4),
            "code_bytes_per_python_byte": round(statistics.median(ratios[device]), 2),
        }
    if overlaps:
        figures["cuda_lines_in_cpu_twin"] = round(statistics.mean(overlaps), 4)
    figures["python_source_tokens"] = _quantiles(python_tokens)
    figures["row_tokens"] = {  # a pairs row: the Python source and every device's code
        **_quantiles(row_tokens),
        "long_row_tokens": LONG_ROW_TOKENS,
        "share_over_long": round(sum(n > LONG_ROW_TOKENS for n in row_tokens) / max(1, len(row_tokens)), 4),
    }
    figures["tokenizer"] = TOKENIZER
    return figures


def length_figures(paths: dict[str, Path | list[Path]]) -> dict:
    """The figures for the code files of a run (device -> path), read side by side, record by record."""
    return length_summary(kernel_lengths(python_source, records) for python_source, records in paired_records(paths))


def paired_records(paths: dict[str, Path | list[Path]]) -> Iterator[tuple[str, dict[str, dict]]]:
    """Each kernel's Python source and its records (device -> record); a device's records may be
    in several files (a run's splits), paired file by file."""
    files = {device: [path] if isinstance(path, Path) else path for device, path in paths.items()}
    if len({len(found) for found in files.values()}) > 1:
        raise SynthError(f"the devices' files do not pair up: {', '.join(str(p) for found in files.values() for p in found)}")
    for group in zip(*files.values()):
        for records in read_paired(list(group)):
            yield records[0]["python_source"], dict(zip(files, records))


_ASSIGNED = re.compile(r"^\s*(var_\d+) = ", re.MULTILINE)
_LOOP = re.compile(r"^\s*(for|while) .*:\s*$", re.MULTILINE)


def measured_from_files(paths: dict[str, Path | list[Path]], sample: int = LEARNABLE_SAMPLE) -> dict:
    """The stats' ``lengths`` figures measured from a finished run's files (device -> path), on
    its first ``sample`` modules, read once: ``learnable``, ``code_shape`` and ``kernel_rows``."""
    kernels = list(itertools.islice(paired_records(paths), sample))
    return {"learnable": learnable_figures(kernels), "code_shape": code_shape(kernels), "kernel_rows": kernel_row_tokens(kernels)}


def kernel_row_tokens(modules: list[tuple[str, dict[str, dict]]]) -> dict:
    """Tokens of the rows of the export's ``kernel_pairs`` config (one kernel of a module: its
    module's Python, and per device the module's structs and functions with the kernel's own
    code: ``extract.kernel_views``), over ``modules`` (source, device -> record)."""
    rows = []
    for source, records in modules:
        views = [kernel_views(record) for record in records.values()]
        python = next(iter(records.values()))["tokens"]["python_source"]
        rows += [python + sum(count_tokens(view["code"]) for view in kernel) for kernel in zip(*views)]
    return {
        "kernels": len(rows), **_quantiles(rows), "long_row_tokens": LONG_ROW_TOKENS,
        "share_over_long": round(sum(n > LONG_ROW_TOKENS for n in rows) / max(1, len(rows)), 4),
    }  # fmt: skip


def code_shape(kernels: list[tuple[str, dict[str, dict]]]) -> dict:
    """How the CPU code of ``kernels`` (source, device -> record) is shaped, for what the report says of it:
    the share of forward passes that assign some ``var_N`` more than once (Warp's variables are
    SSA-like, not SSA), and the share of kernels with a Python loop whose forward code has no
    ``goto`` (Warp unrolled every loop) rather than labels and gotos."""
    counted = reassigning = loops = unrolled = 0
    for source, records in kernels:
        record = records.get("cpu") or next(iter(records.values()))
        forward = section(record, "functions") + section(record, "forward")
        names = _ASSIGNED.findall(forward)
        counted += 1
        reassigning += len(names) != len(set(names))
        if _LOOP.search(source):
            loops += 1
            unrolled += "goto " not in forward
    return {
        "kernels": counted,
        "forward_reassigns_a_variable": round(reassigning / max(1, counted), 4),
        "kernels_with_loops": loops,
        "loop_kernels_unrolled": round(unrolled / max(1, loops), 4),
    }


def learnable_figures(kernels: list[tuple[str, dict[str, dict]]]) -> dict:
    """Per device, on ``kernels`` (source, device -> record): tokens
    of the exact code, of its normalised view, and "new tokens" (the normalised view's lines that
    are not scaffold, a line in more than half of the records), with the scaffold's share of lines."""
    views: dict[str, list[list[str]]] = {}
    exact: dict[str, list[int]] = {}
    for _, records in kernels:
        for device, record in records.items():
            views.setdefault(device, []).append(normalised(record["code"], record["sections"], record["kernels"]).splitlines(keepends=True))
            exact.setdefault(device, []).append(record["tokens"]["code"])
    figures = {}
    for device, texts in views.items():
        seen = Counter(line for lines in texts for line in {line.strip() for line in lines if line.strip()})
        scaffold = {line for line, n in seen.items() if n > len(texts) / 2}
        new = [count_tokens("".join(line for line in lines if line.strip() not in scaffold)) for lines in texts]
        in_scaffold = sum(line.strip() in scaffold for lines in texts for line in lines)
        figures[device] = {
            "kernels": len(texts),
            "exact_tokens": _quantiles(exact[device]),
            "normalised_tokens": _quantiles([count_tokens("".join(lines)) for lines in texts]),
            "new_tokens": _quantiles(new),
            "scaffold_lines": len(scaffold),
            "scaffold_share_of_lines": round(in_scaffold / max(1, sum(map(len, texts))), 4),
        }
    return figures