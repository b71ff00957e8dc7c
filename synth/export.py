"""Export the JSONL datasets to Parquet shards (same rows, same columns)."""

from __future__ import annotations

from pathlib import Path

import orjson

from warp_synth.extract import SECTION_NAMES
from warp_synth.synth.errors import SynthError

MAX_SHARD_MB = 500


def _schema():
    import pyarrow as pa

    span = pa.list_(pa.int64())
    return pa.schema(
        [
            ("id", pa.string()),
            ("kernel_name", pa.string()),
            ("family", pa.string()),
            ("features", pa.list_(pa.string())),
            ("seed", pa.int64()),
            ("warp_version", pa.string()),
            ("python_source", pa.string()),
            ("device", pa.string()),
            ("code", pa.string()),
            ("preamble", pa.string()),
            ("sections", pa.struct([(name, span) for name in SECTION_NAMES])),
            ("symbol", pa.string()),
        ]
    )


def _chunks(path: Path, max_bytes: int):
    """Lists of records whose JSON size adds up to at most ``max_bytes`` (at least one each)."""
    chunk, size = [], 0
    with open(path, "rb") as handle:
        for line in handle:
            if chunk and size + len(line) > max_bytes:
                yield chunk
                chunk, size = [], 0
            chunk.append(orjson.loads(line))
            size += len(line)
    if chunk:
        yield chunk


def export_parquet(dataset: Path, out: Path, max_shard_mb: float = MAX_SHARD_MB) -> list[Path]:
    """Write ``<device>-NNNNN-of-MMMMM.parquet`` shards of at most ``max_shard_mb`` (JSON size) each."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    sources = [dataset / f"{d}_code.jsonl" for d in ("cpu", "cuda") if (dataset / f"{d}_code.jsonl").exists()]
    if not sources:
        raise SynthError(f"no cpu_code.jsonl or cuda_code.jsonl in {dataset}", hint="run `synth run` first")
    out.mkdir(parents=True, exist_ok=True)
    schema, written = _schema(), []
    for source in sources:
        device = source.name.split("_")[0]
        chunks = list(_chunks(source, int(max_shard_mb * 1e6)))
        for index, rows in enumerate(chunks):
            path = out / f"{device}-{index:05d}-of-{len(chunks):05d}.parquet"
            pq.write_table(pa.Table.from_pylist(rows, schema=schema), path, compression="zstd")
            written.append(path)
    return written
