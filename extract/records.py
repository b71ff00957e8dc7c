"""Records as written to the datasets, the shared preamble files, and byte-exact reassembly.

A record is a module: Warp builds every kernel of a module into one translation unit, so a
record's ``code`` is the module's structs, its functions, then one block per kernel
(``MODULE_SECTION_NAMES``), and each kernel's block is its forward, backward and entry points
(``KERNEL_SECTION_NAMES``, under ``kernels``). ``kernel_views`` slices out one kernel's code with
the structs and functions before it, as a record of one kernel.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

MODULE_SECTION_NAMES = ("structs", "functions", "kernels")
KERNEL_SECTION_NAMES = ("forward", "backward", "entry_points")
SECTION_NAMES = ("structs", "functions", *KERNEL_SECTION_NAMES)  # every part a record's code has


def content_id(python_source: str) -> str:
    """A stable id of a module: the same source gives the same id, pairing its cpu and cuda records."""
    return hashlib.sha256(python_source.encode("utf-8")).hexdigest()[:20]


def preamble_filename(device: str, preamble: str) -> str:
    """The file a preamble is stored in, named by its content hash."""
    digest = hashlib.sha256(preamble.encode("utf-8")).hexdigest()[:16]
    suffix = "h" if device == "cpu" else "cuh"
    return f"preamble_{device}_{digest}.{suffix}"


def reassemble(record: dict, preamble_dir: Path) -> str:
    """Warp's full output for a record: its named preamble file, then its code. Byte for byte."""
    preamble = (Path(preamble_dir) / record["preamble"]).read_text(encoding="utf-8")
    return preamble + record["code"]


def kernel_views(record: dict) -> list[dict]:
    """Each kernel of a module record as a record of one kernel: the module's structs and
    functions, then that kernel's block (spans shifted to match), its template and family; the
    other fields the module's. Every view of a record reads a one-kernel record the same way."""
    code, module = record["code"], record["sections"]
    shared = module["kernels"][0]
    views = []
    for kernel in record["kernels"]:
        start, end = kernel["sections"]["forward"][0], kernel["sections"]["entry_points"][1]
        shift = start - shared
        own = {**kernel, "sections": {name: [a - shift, b - shift] for name, (a, b) in kernel["sections"].items()}}
        view = {**record, "template": kernel["template"], "family": kernel["family"], "code": code[:shared] + code[start:end]}
        view.update(sections={**module, "kernels": [shared, shared + end - start]}, kernels=[own])
        views.append(view)
    return views


def section(record: dict, name: str) -> str:
    """One part of a record's code: a module's part (``MODULE_SECTION_NAMES``), or each of its
    kernels' part (``KERNEL_SECTION_NAMES``) one after the other."""
    code = record["code"]
    if name in record["sections"]:
        start, end = record["sections"][name]
        return code[start:end]
    return "".join(code[slice(*kernel["sections"][name])] for kernel in record["kernels"])
