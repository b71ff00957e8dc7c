"""What every line of a dataset file must be, declared once, and the check each reader applies.

A reader meets a file it may not have written (copied, edited, from elsewhere), so every
line is checked at the door against its kind's schema: the fields and their JSON kinds, a
record's split, device and section spans, and its ``id`` against the hash of its
``python_source``. ``line_problem`` says what is wrong, naming the field; the readers in
``synth.dataset.layout`` turn that into one error naming the file and line.
"""

from __future__ import annotations

import re

from warp_synth.extract import DEVICES, KERNEL_SECTION_NAMES, MODULE_SECTION_NAMES, content_id
from warp_synth.synth.dataset.splits import SPLITS

# The record schema: field name -> kind, in the order records are written.
RECORD_SCHEMA: dict[str, str] = {
    "id": "string",
    "family": "string",  # the family of the module's kernels
    "template": "string",  # the template of the module's first kernel: the split's group key
    "split": "string",  # train, validation or test (synth.dataset.splits)
    "features": "strings",
    "seed": "integer",
    "warp_version": "string",
    "python_source": "string",
    "adjoint_caveats": "strings",  # documented limits of Warp's adjoints the source hits (synth.analysis.adjoint)
    "device": "string",
    "code": "string",
    "preamble": "string",
    "sections": "spans",  # the module's parts (structs, functions, kernels) -> [start, end) in ``code``
    "kernels": "kernels",  # the module's kernels in source order (KERNEL_SCHEMA)
    "build": "build",  # how Warp built this device's code for the kernel's launch (extract.launch)
    "verified": "verified",  # what compiled this device's code, and how far (synth.checks.verify)
    "tokens": "tokens",  # cl100k_base tokens of the Python source and of this device's code (synth.dataset.tokens)
    "runtime": "runtime",  # what launching the kernel showed, where it was launched (synth.checks.runtime_check)
}
RECORD_FIELDS = tuple(RECORD_SCHEMA)

# Each of a record's ``kernels``: its Python name, the template and family it was drawn from,
# Warp's symbol for it (``<name>_<module hash>``), and the spans of its parts in ``code``.
KERNEL_SCHEMA: dict[str, str] = {"name": "string", "template": "string", "family": "string", "symbol": "string", "sections": "kernel_spans"}

# A record's ``build``: the launch, what Warp built the device's code at, and every resolved
# module option that changes the code ("integer?": an integer or null).
BUILD_SCHEMA: dict[str, str] = {
    "launch": "string",  # wp.launch or wp.launch_tiled
    "launch_block_dim": "integer?",  # the block size the launch passes (null: Warp's default)
    "block_dim": "integer",  # the block size Warp built this device's code at
    "target": "string",  # what the code was generated for: "cpu", or the GPU's arch ("sm_90")
    "mathdx": "string",  # used: the CUDA code calls NVIDIA MathDx routines; off: it could, MathDx was switched off; none
    "mode": "string",
    "enable_backward": "boolean",
    "max_unroll": "integer",
    "fast_math": "boolean",
    "fuse_fp": "boolean",
    "lineinfo": "boolean",
    "line_directives": "boolean",
    "default_grid_stride": "boolean",
    "strip_hash": "boolean",
    "verify_fp": "boolean",
    "enable_vector_component_overwrites": "boolean",
    "enable_tiles_in_stack_memory": "boolean",
    "enable_mathdx_gemm": "boolean",
    "enable_mathdx_fft": "boolean",
    "enable_mathdx_solver": "boolean",
}

# A record's ``verified``: the strongest check its code passed ("none", "syntax" or "full":
# synth.checks.levels.LEVELS) and the compiler that ran it (null when none did).
VERIFIED_SCHEMA: dict[str, str] = {"level": "string", "compiler": "string?"}

# A record's ``tokens`` (synth.dataset.tokens.TOKENIZER).
TOKENS_SCHEMA: dict[str, str] = {"python_source": "integer", "code": "integer"}

# A record's ``runtime``: the kernel's, so its records on every device carry the same one.
RUNTIME_SCHEMA: dict[str, str] = {
    "status": "string",  # not run; or the launch's outcome: ok, error, crash, hang
    "device": "string?",  # where it was launched (cpu)
    "finite": "boolean?",  # its outputs were all finite
    "gradient": "string?",  # passed, mismatch, known_limit or skipped (synth.checks.runtime_check)
    "why": "string?",  # why it was skipped, or the known limit it hit
    "cpu_vs_gpu": "string?",  # match or mismatch, where a GPU ran it too; null: not compared
}
DEFAULT_RUN_LEVEL = "syntax"  # what `synth run` verifies at unless told otherwise
DEFAULT_RUN_SAMPLE = 200  # records `synth run` launches every kernel of after verifying (some 600 kernels): labels of a default run
# A real record's ``provenance`` (``synth real``): where in the installed warp-lang its kernel is
# defined, the module whose import registered it, and the licence it is shared under.
PROVENANCE_SCHEMA: dict[str, str] = {"file": "string", "line": "integer", "module": "string", "licence": "string"}
NOT_RUN: dict = {"status": "not run", **{name: None for name in RUNTIME_SCHEMA if name != "status"}}
UNVERIFIED: dict = {"level": "none", "compiler": None}
VERIFIED_LEVELS = ("none", "syntax", "full")  # weakest first

# Fields that are objects of fixed fields.
NESTED_SCHEMAS: dict[str, dict[str, str]] = {
    "build": BUILD_SCHEMA, "verified": VERIFIED_SCHEMA, "tokens": TOKENS_SCHEMA, "runtime": RUNTIME_SCHEMA, "provenance": PROVENANCE_SCHEMA,
}  # fmt: skip

# A record of the real set (``synth real``): a record with its provenance.
REAL_SCHEMA: dict[str, str] = {**RECORD_SCHEMA, "provenance": "provenance"}
REAL_SPLIT = "test"  # every real record's split: the real set is for testing only

# The per-device fields: a pair row holds each twice, prefixed with its device (``cpu_code``).
DEVICE_FIELDS = ("device", "code", "preamble", "sections", "kernels", "build", "verified", "tokens")

# The other kinds of line a dataset folder holds.
REJECT_SCHEMA: dict[str, str] = {"index": "integer", "seed": "integer", "reason": "string", "error": "string", "python_source": "string"}
QUARANTINE_SCHEMA: dict[str, str] = {"id": "string", "device": "string", "failed_on": "string", "error": "string", "record": "object"}

# The export's configs of negatives (``synth export``): kernels Warp refused, and records the
# compilers refused, each with its error text. Their rows have no split: all are in "train".
NEGATIVE_SCHEMAS: dict[str, dict[str, str]] = {
    "rejects": REJECT_SCHEMA,
    "quarantine": {name: "string" for name in ("id", "device", "failed_on", "error", "family", "template", "python_source", "code")},
}

_JSON_TYPES = {"string": str, "strings": list, "integer": int, "spans": dict, "kernel_spans": dict, "kernels": list, "object": dict, "boolean": bool} | {
    kind: dict for kind in NESTED_SCHEMAS
}
_ID = re.compile(r"[0-9a-f]{20}")


def pair_schema(devices: tuple[str, ...] = DEVICES, record: dict[str, str] = RECORD_SCHEMA) -> dict[str, str]:
    """The schema of a pairs row of ``record``s: a kernel's shared fields once, then each device's fields."""
    shared = {name: kind for name, kind in record.items() if name not in DEVICE_FIELDS}
    per_device = {f"{device}_{name}": RECORD_SCHEMA[name] for device in devices for name in DEVICE_FIELDS if name != "device"}
    return {**shared, **per_device}


def arrow_schema(schema: dict[str, str] = RECORD_SCHEMA):
    """The Arrow schema of a record (or of a pairs row: ``pair_schema()``), for Parquet."""
    import pyarrow as pa

    kinds = {
        "string": pa.string(),
        "strings": pa.list_(pa.string()),
        "integer": pa.int64(),
        "boolean": pa.bool_(),
        "spans": pa.struct([(name, pa.list_(pa.int64())) for name in MODULE_SECTION_NAMES]),
        "kernel_spans": pa.struct([(name, pa.list_(pa.int64())) for name in KERNEL_SECTION_NAMES]),
        "messages": pa.list_(pa.struct([("role", pa.string()), ("content", pa.string())])),  # a chat: [{role, content}, ...]
    }
    of = lambda kind: kinds[kind.rstrip("?")]  # noqa: E731  (Arrow fields are nullable)
    kinds.update({nested: pa.struct([(name, of(kind)) for name, kind in fields.items()]) for nested, fields in NESTED_SCHEMAS.items()})
    kinds["kernels"] = pa.list_(pa.struct([(name, of(kind)) for name, kind in KERNEL_SCHEMA.items()]))
    return pa.schema([(name, of(kind)) for name, kind in schema.items()])


def _kind_problem(record: dict, schema: dict[str, str], prefix: str = "") -> str | None:
    """The first field missing or of the wrong JSON kind (nested objects' fields too)."""
    for name, kind in schema.items():
        field = f"{prefix}{name}"
        if name not in record:
            return f"field {field!r} is missing"
        value = record[name]
        if value is None and kind.endswith("?"):
            continue
        base = kind.rstrip("?")
        wrong = not isinstance(value, _JSON_TYPES[base]) or (base == "integer" and isinstance(value, bool))
        if not wrong and kind == "strings":
            wrong = not all(isinstance(item, str) for item in value)
        if wrong:
            return f"field {field!r} is not {'a list of strings' if kind == 'strings' else f'a JSON {base}'}"
        if kind in NESTED_SCHEMAS:
            nested = _kind_problem(value, NESTED_SCHEMAS[kind], f"{field}.")
            if nested:
                return nested
        if kind == "kernels":
            if not value:
                return f"field {field!r} is empty: a module has at least one kernel"
            for index, kernel in enumerate(value):
                nested = _kind_problem(kernel, KERNEL_SCHEMA, f"{field}[{index}].") if isinstance(kernel, dict) else f"field '{field}[{index}]' is not a JSON object"
                if nested:
                    return nested
    return None


def spans_problem(sections: dict, code: str, names: tuple[str, ...] = MODULE_SECTION_NAMES, field: str = "sections", start: int = 0) -> str | None:
    """Whether ``sections`` are the spans ``[start, end)`` ``names`` names that tile ``code``
    from ``start`` to its end, in order."""
    if list(sections) != list(names):
        return f"field {field!r} must name {', '.join(names)} in that order"
    at = start
    for name, span in sections.items():
        if not (isinstance(span, list) and len(span) == 2 and all(type(n) is int for n in span)):
            return f"field {field!r} has {name} {span!r}, not [start, end]"
        if span[0] != at or span[1] < span[0]:
            return f"field {field!r} has {name} {span!r}: the spans must tile 'code' from {start} in order"
        at = span[1]
    if at != len(code):
        return f"field {field!r} ends at {at}, but 'code' is {len(code)} characters long"
    return None


def kernels_problem(kernels: list[dict], sections: dict, code: str) -> str | None:
    """Whether each kernel's spans tile a block of the module's ``kernels`` span, the blocks
    tiling it in order, and no two kernels share a name."""
    names = [kernel["name"] for kernel in kernels]
    if len(set(names)) != len(names):
        return f"field 'kernels' names a kernel twice: {', '.join(sorted(n for n in set(names) if names.count(n) > 1))}"
    at = sections["kernels"][0]
    for index, kernel in sorted(enumerate(kernels), key=lambda item: item[1]["sections"]["forward"][0] if isinstance(item[1]["sections"].get("forward"), list) else -1):
        end = kernel["sections"]["entry_points"][1] if isinstance(kernel["sections"].get("entry_points"), list) else -1
        problem = spans_problem(kernel["sections"], code[:end], KERNEL_SECTION_NAMES, f"kernels[{index}].sections", at)
        if problem:
            return problem
        at = end
    if at != len(code):
        return f"field 'kernels' covers 'code' to {at}, but it is {len(code)} characters long"
    return None


def code_problem(sections: dict, kernels: list[dict], code: str) -> str | None:
    """Whether a record's module spans and its kernels' spans tile its ``code``."""
    return spans_problem(sections, code) or kernels_problem(kernels, sections, code)


def record_problem(record: dict) -> str | None:
    """What is wrong with a dataset record (the field and why), or None when it is sound."""
    problem = _kind_problem(record, RECORD_SCHEMA)
    if problem:
        return problem
    if record["split"] not in SPLITS:
        return f"field 'split' is {record['split']!r}, not one of {', '.join(SPLITS)}"
    if record["device"] not in DEVICES:
        return f"field 'device' is {record['device']!r}, not one of {', '.join(DEVICES)}"
    if record["verified"]["level"] not in VERIFIED_LEVELS:
        return f"field 'verified.level' is {record['verified']['level']!r}, not one of {', '.join(VERIFIED_LEVELS)}"
    if record["seed"] < 0:
        return f"field 'seed' is {record['seed']}, below 0"
    if not _ID.fullmatch(record["id"]) or record["id"] != content_id(record["python_source"]):
        return f"field 'id' is {record['id']!r}, not the hash of the record's python_source (one of them was changed)"
    return code_problem(record["sections"], record["kernels"], record["code"])


def pair_problem(row: dict) -> str | None:
    """What is wrong with a pairs row (an export's ``pairs`` config: ``pair_schema``), or None."""
    problem = _kind_problem(row, pair_schema())
    if problem:
        return problem
    if row["split"] not in SPLITS:
        return f"field 'split' is {row['split']!r}, not one of {', '.join(SPLITS)}"
    if row["id"] != content_id(row["python_source"]):
        return f"field 'id' is {row['id']!r}, not the hash of the row's python_source (one of them was changed)"
    for device in DEVICES:
        spans = code_problem(row[f"{device}_sections"], row[f"{device}_kernels"], row[f"{device}_code"])
        if spans:
            return spans.replace("'sections'", f"'{device}_sections'").replace("'kernels", f"'{device}_kernels").replace("'code'", f"'{device}_code'")
    return None


def kernel_pair_problem(row: dict) -> str | None:
    """What is wrong with a row of the export's ``kernel_pairs`` config (one kernel of a module,
    ``tasks.kernel_rows``: its ``id`` the module's and the kernel's name), or None."""
    module_id, _, name = row["id"].partition("/") if isinstance(row.get("id"), str) else ("", "", "")
    problem = pair_problem({**row, "id": module_id} if module_id else row)
    if problem:
        return problem
    for device in DEVICES:
        if [kernel["name"] for kernel in row[f"{device}_kernels"]] != [name]:
            return f"field 'id' is {row['id']!r}: not its module's id, a slash and the name of the one kernel in '{device}_kernels'"
    return None


def real_problem(record: dict) -> str | None:
    """What is wrong with a real record (``REAL_SCHEMA``), or None."""
    return record_problem(record) or _real_problem(record)


def real_pair_problem(row: dict) -> str | None:
    """What is wrong with a pairs row of real records, or None."""
    return pair_problem(row) or _real_problem(row)


def _real_problem(record: dict) -> str | None:
    if record["split"] != REAL_SPLIT:
        return f"field 'split' is {record['split']!r}: the real set is a {REAL_SPLIT} set"
    return _kind_problem(record, {"provenance": "provenance"})


def reject_problem(record: dict) -> str | None:
    return _kind_problem(record, REJECT_SCHEMA)


def quarantine_problem(entry: dict) -> str | None:
    problem = _kind_problem(entry, QUARANTINE_SCHEMA)
    if problem:
        return problem
    inner = record_problem(entry["record"])
    return inner and f"its record: {inner}"


# The kinds of line, by what a reader expects a file to hold.
LINE_KINDS = {
    "record": record_problem, "real": real_problem, "reject": reject_problem, "quarantine": quarantine_problem, "pair": pair_problem,
    "kernel_pair": kernel_pair_problem, "real_pair": real_pair_problem,
}  # fmt: skip


def line_problem(record, kind: str = "record") -> str | None:
    """What is wrong with one parsed line of a file of ``kind`` (``LINE_KINDS``), or None."""
    if not isinstance(record, dict):
        return "not a JSON object"
    return LINE_KINDS[kind](record)
