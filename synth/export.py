"""Export the JSONL datasets to Parquet shards (same rows, same columns)."""

from __future__ import annotations

from pathlib import Path

from warp_synth.synth.errors import SynthError
from warp_synth.synth.layout import DatasetLayout, arrow_schema, device_of, read_lines, replacing
from warp_synth.synth.lock import folder_lock

MAX_SHARD_MB = 500


def _chunks(path: Path, max_bytes: int):
    """Lists of records whose JSON size adds up to at most ``max_bytes`` (at least one each)."""
    chunk, size = [], 0
    for line, record in read_lines(path):
        if chunk and size + len(line) > max_bytes:
            yield chunk
            chunk, size = [], 0
        chunk.append(record)
        size += len(line)
    if chunk:
        yield chunk


def export_parquet(dataset: Path, out: Path, max_shard_mb: float = MAX_SHARD_MB) -> list[Path]:
    """Write ``<device>-NNNNN-of-MMMMM.parquet`` shards of at most ``max_shard_mb`` (JSON size) each.

    The dataset folder and ``out`` are locked meanwhile; each shard is replaced atomically."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    sources = DatasetLayout(dataset).code_files()
    if not sources:
        raise SynthError(f"no cpu_code.jsonl or cuda_code.jsonl in {dataset}", hint="run `synth run` first", usage=True)
    out.mkdir(parents=True, exist_ok=True)
    schema, written = arrow_schema(), []
    with folder_lock(dataset, "synth export"), folder_lock(out, "synth export"):
        for source in sources:
            chunks = list(_chunks(source, int(max_shard_mb * 1e6)))
            for index, rows in enumerate(chunks):
                path = out / f"{device_of(source)}-{index:05d}-of-{len(chunks):05d}.parquet"
                with replacing(path) as handle:
                    pq.write_table(pa.Table.from_pylist(rows, schema=schema), handle, compression="zstd")
                written.append(path)
    return written
