"""The file formats an export writes its shards in: one small class each, registered in
``FORMATS`` (the ``synth export --format`` choices come from it).

A format opens a shard at a temporary path for an Arrow schema, appends groups of rows to it,
and closes it; the export names the shard, renames it into place and lists it in the card's
``configs``, which the Hugging Face ``datasets`` library reads by its suffix.
"""

from __future__ import annotations

from typing import BinaryIO

import orjson


class Parquet:
    """Apache Parquet, zstd-compressed, typed by the export's Arrow schema (the default)."""

    name = "parquet"
    suffix = ".parquet"

    def __init__(self, path, schema):
        import pyarrow.parquet as pq

        self.schema = schema
        self.writer = pq.ParquetWriter(path, schema, compression="zstd")

    def write(self, rows: list[dict]) -> None:
        import pyarrow as pa

        self.writer.write_table(pa.Table.from_pylist(rows, schema=self.schema))

    def close(self) -> None:
        self.writer.close()


class JsonLines:
    """One JSON object a line, as the run's own files are: readable without Arrow."""

    name = "jsonl"
    suffix = ".jsonl"

    def __init__(self, path, schema):
        self.file: BinaryIO = open(path, "wb")

    def write(self, rows: list[dict]) -> None:
        self.file.write(b"".join(orjson.dumps(row) + b"\n" for row in rows))

    def close(self) -> None:
        self.file.close()


FORMATS = {format.name: format for format in (Parquet, JsonLines)}
DEFAULT_FORMAT = Parquet.name
