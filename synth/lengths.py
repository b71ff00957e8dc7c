"""How long the records are and what their bytes are made of: the figures a team sizing a
training run asks for first (``lengths`` in the stats; the card and the report show them).

* code length in bytes and in estimated tokens (bytes / 4, a rough rule for code under BPE
  tokenizers; count with your own tokenizer for exact figures), p10/p50/p90/max per device;
* each section's share of the code bytes (``extract.SECTION_NAMES``: structs, functions,
  forward, backward, entry points);
* the share of bytes in the source-echo comments Warp writes above each statement
  (``// x = positions[tid]   <L 13>``), padding included;
* CPU/CUDA overlap: the share of a CUDA record's non-blank lines that also appear in its CPU twin;
* code bytes per byte of Python source (median).
"""

from __future__ import annotations

import statistics
from pathlib import Path

from warp_synth.synth.layout import read_records
from warp_synth.synth.views import ECHO_LINE

BYTES_PER_TOKEN = 4


def _quantiles(values: list[int]) -> dict:
    if not values:
        return {}
    ordered = sorted(values)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return {"p10": pick(0.1), "p50": pick(0.5), "p90": pick(0.9), "max": ordered[-1]}


def _histogram(tokens: list[int], width: int = 1000) -> dict[str, int]:
    """Records per bin of ``width`` estimated tokens (``"2000-2999": 41``), the bins in order."""
    counts: dict[int, int] = {}
    for n in tokens:
        counts[n // width] = counts.get(n // width, 0) + 1
    return {f"{b * width}-{(b + 1) * width - 1}": counts.get(b, 0) for b in range(max(counts, default=-1) + 1)}


def length_figures(paths: dict[str, Path]) -> dict:
    """The figures for the code files of a run (device -> path), read once, record by record."""
    fields = ("id", "python_source", "code", "sections")
    figures = {}
    cpu_lines: dict[str, set[str]] = {}
    overlaps: list[float] = []
    for device, path in paths.items():
        sizes, ratios = [], []
        sections: dict[str, int] = {}
        echo = total = 0
        for record in read_records(path, fields):
            code = record["code"]
            size = len(code.encode())
            sizes.append(size)
            total += size
            ratios.append(size / max(1, len(record["python_source"].encode())))
            for name, (start, end) in record["sections"].items():
                sections[name] = sections.get(name, 0) + len(code[start:end].encode())
            echo += sum(len(m.group(0)) + 1 for m in ECHO_LINE.finditer(code))
            lines = {line.strip() for line in code.splitlines() if line.strip()}
            if device == "cpu" and "cuda" in paths:
                cpu_lines[record["id"]] = lines
            elif device == "cuda" and record["id"] in cpu_lines and lines:
                overlaps.append(len(lines & cpu_lines.pop(record["id"])) / len(lines))
        figures[device] = {
            "bytes": _quantiles(sizes),
            "tokens_estimated": {k: v // BYTES_PER_TOKEN for k, v in _quantiles(sizes).items()},
            "tokens_histogram": _histogram([size // BYTES_PER_TOKEN for size in sizes]),
            "section_share": {name: round(n / max(1, total), 4) for name, n in sections.items()},
            "source_echo_share": round(echo / max(1, total), 4),
            "code_bytes_per_python_byte": round(statistics.median(ratios), 2) if ratios else None,
        }
    if overlaps:
        figures["cuda_lines_in_cpu_twin"] = round(statistics.mean(overlaps), 4)
    figures["bytes_per_token"] = BYTES_PER_TOKEN
    return figures
