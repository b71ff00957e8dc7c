"""Move records the native compilers refused out of a folder's code files into quarantine.jsonl.

A record that failed on either device leaves every code file of the folder (they stay paired by
id). Idempotent: an entry already in quarantine.jsonl is never written again, so validating
twice, or again after an interruption, changes nothing more. Every file is replaced atomically,
and when the folder holds a run's checkpoint the move is announced in it first
(``pending_quarantine``) and recorded in it last, so a run asked again recognises the shortened
files, and a move cut short is finished by whoever opens the folder next.
"""

from __future__ import annotations

import hashlib

import orjson

from warp_synth.synth.checkpoint import Checkpoint, file_end
from warp_synth.synth.layout import DatasetLayout, read_lines, read_records, replacing


def quarantine(layout: DatasetLayout, failures: dict[str, tuple[str, str]]) -> None:
    """Move the records of ``failures`` (id -> (device it failed on, compiler message)) to quarantine."""
    if not failures:
        return
    checkpoint = Checkpoint.load(layout)
    if checkpoint is not None:
        checkpoint.pending_quarantine = {**checkpoint.pending_quarantine, **{k: list(v) for k, v in failures.items()}}
        checkpoint.save(layout)
        finish_quarantine(layout, checkpoint)
    else:
        _move(layout, failures)


def finish_quarantine(layout: DatasetLayout, checkpoint: Checkpoint) -> None:
    """Complete the move the checkpoint announces (if any), and record the files' new ends in it."""
    if not checkpoint.pending_quarantine:
        return
    failures = {record_id: tuple(failure) for record_id, failure in checkpoint.pending_quarantine.items()}
    ends = _move(layout, failures)
    checkpoint.files.update({name: end for name, end in ends.items() if name in checkpoint.files})
    checkpoint.quarantined += sorted(set(failures) - set(checkpoint.quarantined))
    checkpoint.pending_quarantine = {}
    checkpoint.save(layout)


def _move(layout: DatasetLayout, failures: dict[str, tuple[str, str]]) -> dict[str, dict]:
    """Quarantine entries first (a record is never only in flight), then the shortened code files;
    return each code file's new end (bytes, digest)."""
    path = layout.quarantine
    present = {(e["id"], e["device"]) for e in read_records(path, "quarantine")} if path.exists() else set()
    entries, holding = [], []
    for code in layout.code_files():
        for _, row in read_lines(code):
            if row["id"] not in failures:
                continue
            if code not in holding:
                holding.append(code)
            if (row["id"], row["device"]) not in present:
                failed_on, message = failures[row["id"]]
                entry = {"id": row["id"], "device": row["device"], "failed_on": failed_on, "error": message, "record": row}
                entries.append(orjson.dumps(entry) + b"\n")
    if entries:
        with replacing(path) as out:
            if path.exists():
                out.write(path.read_bytes())
            out.write(b"".join(entries))
    ends = {code.name: file_end(code) for code in layout.code_files() if code not in holding}
    for code in holding:
        size, digest = 0, hashlib.sha256()
        with replacing(code) as out:
            for line, row in read_lines(code):
                if row["id"] not in failures:
                    out.write(line)
                    size += len(line)
                    digest.update(line)
        ends[code.name] = {"bytes": size, "sha256": digest.hexdigest()}
    return ends
