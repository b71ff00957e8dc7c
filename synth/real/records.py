"""The real set's records: each kernel ``extract.real`` built, as a record of our schema (split
``test``, with its provenance), once its code for both devices passes the compilers' front ends
(the syntax level a default run checks its records at).

A kernel is counted under its source folder (``examples`` or ``tests``) at each step: defined
in the source text, registered by importing its module, built by Warp, and recorded; each one
refused on the way is counted with its reason.
"""

from __future__ import annotations

import ast
import multiprocessing
from collections import Counter, defaultdict
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import PurePosixPath

import orjson

from warp_synth.extract import DEVICES, content_id, preamble_filename
from warp_synth.extract.real import BUILT, IMPORT_FAILED, REAL_FOLDERS, SKIPPED_OUTCOME
from warp_synth.extract.syntax import SyntaxChecker, syntax_compiler_names
from warp_synth.synth.analysis.adjoint import adjoint_caveats
from warp_synth.synth.analysis.corpus import reference_functions
from warp_synth.synth.checks.levels import SyntaxLevel
from warp_synth.synth.dataset.record import Record
from warp_synth.synth.dataset.schema import NOT_RUN, REAL_SPLIT
from warp_synth.synth.dataset.tasks import HARDER_FEATURES
from warp_synth.synth.dataset.tokens import count_tokens
from warp_synth.synth.dataset.views import canonical

LICENCE = "Apache-2.0"  # warp-lang's, for its examples and tests
DUPLICATE = "duplicate_source"  # a kernel whose Python side and code are another's (the same kernel in two files), but for comments and hash
UNDETERMINED = "undetermined_source"  # kernels whose Python side is the same, word for word, and their code not: what made them differ is not shown
NOT_COMPILED = "front_end_error"


def source_folder(file: str) -> str:
    """``warp/tests/tile/test_tile.py`` -> ``tests``."""
    return PurePosixPath(file).parts[1]


def family_of(file: str) -> str:
    """A real kernel's family: its file's folder under ``warp`` (``examples/core``, ``tests/tile``)."""
    return PurePosixPath(file).parent.relative_to("warp").as_posix()


def features_of(source: str) -> list[str]:
    """The ``HARDER_FEATURES`` a real kernel's source shows (its difficulty counts them, as it
    counts a synthetic kernel's template features)."""
    nodes = list(ast.walk(ast.parse(source)))
    loops = [node for node in nodes if isinstance(node, (ast.For, ast.While))]
    found = {
        "loop": any(isinstance(node, ast.For) for node in loops),
        "while_loop": any(isinstance(node, ast.While) for node in loops),
        "nested_loop": any(inner is not loop and isinstance(inner, (ast.For, ast.While)) for loop in loops for inner in ast.walk(loop)),
        "tiles": any(isinstance(node, ast.Attribute) and node.attr.startswith("tile") for node in nodes),
    }
    return [name for name in HARDER_FEATURES if found[name]]


@dataclass
class Tally:
    """What became of the modules and kernels of each source folder."""

    modules: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    module_reasons: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    kernels: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    refused: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))

    def figures(self, modules: list[str]) -> dict:
        """Per source folder, over ``modules`` (the files of the modules asked for)."""
        files = {module.removeprefix("warp.").replace(".", "/") + ".py" for module in modules}
        defined = Counter(function.origin for function in reference_functions() if function.kind == "kernel" and function.module in files)
        return {
            folder: {
                "modules": dict(self.modules[folder]), "modules_not_imported": dict(self.module_reasons[folder].most_common()),
                "kernels_in_source": defined[folder], **{key: self.kernels[folder][key] for key in ("registered", "built", "recorded")},
                "refused": dict(self.refused[folder].most_common()),
            }
            for folder in REAL_FOLDERS
        }  # fmt: skip


@dataclass(frozen=True)
class RealKernel:
    """A built kernel: its records' lines per device, and the preambles they name."""

    id: str
    family: str
    lines: dict[str, bytes]
    preambles: dict[str, tuple[str, str]]  # device -> (file name, text)


def _record_lines(line: dict, warp_version: str, compilers: dict[str, str]) -> RealKernel:
    source, generated = line["python_source"], line["generated"]
    (kernel,) = generated["kernels"]
    kernel_id = content_id(source)
    common = {
        "id": kernel_id, "family": family_of(line["file"]), "template": line["file"], "split": REAL_SPLIT,
        "features": features_of(source), "seed": 0, "warp_version": warp_version, "python_source": source,
        "adjoint_caveats": adjoint_caveats(source),
    }  # fmt: skip
    provenance = {"file": line["file"], "line": line["line"], "module": line["module"], "licence": LICENCE}
    source_tokens = count_tokens(source)
    lines, preambles = {}, {}
    for device in DEVICES:
        preamble_name = preamble_filename(device, generated["preamble"][device])
        preambles[device] = (preamble_name, generated["preamble"][device])
        record = Record(
            **common, device=device, code=generated["code"][device], preamble=preamble_name, sections=generated["sections"][device],
            kernels=[{"name": line["name"], "template": line["file"], "family": common["family"], "symbol": kernel["symbol"], "sections": kernel["sections"][device]}],
            build=generated["build"][device], verified={"level": SyntaxLevel.name, "compiler": compilers[device]},
            tokens={"python_source": source_tokens, "code": count_tokens(generated["code"][device])}, runtime=NOT_RUN,
        )  # fmt: skip
        lines[device] = orjson.dumps({**record.as_dict(), "provenance": provenance}) + b"\n"
    return RealKernel(kernel_id, common["family"], lines, preambles)


def _device_failures(device: str, arch: int, units: dict[str, list[str]]) -> dict[str, dict[int, str]]:
    """For each preamble's codes, the positions that fail ``device``'s front end, with the message."""
    checker = SyntaxChecker(device, arch)
    size = SyntaxLevel.batch_sizes[device]
    failed: dict[str, dict[int, str]] = {}
    for preamble, codes in units.items():
        for start in range(0, len(codes), size):
            found = checker.failures(preamble, codes[start : start + size])
            failed.setdefault(preamble, {}).update({start + index: message for index, message in found.items()})
    return failed


def _front_end_failures(built: list[dict], arch: int) -> dict[int, str]:
    """Positions in ``built`` whose code fails a device's front end, with the first message: each
    device checked in a process of its own."""
    positions = {device: defaultdict(list) for device in DEVICES}
    for position, line in enumerate(built):
        for device in DEVICES:
            positions[device][line["generated"]["preamble"][device]].append(position)
    units = {device: {p: [built[i]["generated"]["code"][device] for i in at] for p, at in by_preamble.items()} for device, by_preamble in positions.items()}
    with ProcessPoolExecutor(len(DEVICES), mp_context=multiprocessing.get_context("spawn")) as pool:
        found = dict(zip(DEVICES, pool.map(_device_failures, DEVICES, [arch] * len(DEVICES), [units[device] for device in DEVICES])))
    failed: dict[int, str] = {}
    for device in DEVICES:
        for preamble, messages in found[device].items():
            for index, message in messages.items():
                failed.setdefault(positions[device][preamble][index], f"{device}: {message[:500]}")
    return failed


def real_kernels(lines: Iterable[dict], warp_version: str, arch: int) -> tuple[list[RealKernel], Tally]:
    """The recorded kernels of ``extract.real``'s ``lines`` in file and line order, and the tally."""
    tally = Tally()
    built = []
    for line in lines:
        folder = source_folder(line["file"])
        if "kernel" not in line:
            tally.modules[folder][line["outcome"]] += 1
            if line["outcome"] in (IMPORT_FAILED, SKIPPED_OUTCOME):
                why = line["reason"].partition(": ")[2] if line["outcome"] == IMPORT_FAILED else line["reason"]  # no exception type
                tally.module_reasons[folder][f"{line['outcome']}: {why or line['reason']}"] += 1
            continue
        tally.kernels[folder]["registered"] += 1
        if line["outcome"] == BUILT:
            tally.kernels[folder]["built"] += 1
            built.append(line)
        else:
            tally.refused[folder][line["reason"]] += 1
    built.sort(key=lambda line: (line["file"], line["line"], line["name"]))
    failures = _front_end_failures(built, arch)
    compilers = syntax_compiler_names()
    codes: dict[str, set] = defaultdict(set)  # a Python source -> the code Warp built for it (comments and module hash aside: the file and line it echoes)
    for line in built:
        codes[content_id(line["python_source"])].add(tuple(tuple(canonical(line["generated"]["code"][device])) for device in DEVICES))
    kernels, seen = [], set()
    for position, line in enumerate(built):
        folder, kernel_id = source_folder(line["file"]), content_id(line["python_source"])
        reason = NOT_COMPILED if position in failures else UNDETERMINED if len(codes[kernel_id]) > 1 else DUPLICATE if kernel_id in seen else None
        if reason:
            tally.refused[folder][reason] += 1
            continue
        seen.add(kernel_id)
        kernels.append(_record_lines(line, warp_version, compilers))
        tally.kernels[folder]["recorded"] += 1
    return kernels, tally

