"""After a check: move records the native compilers refused out of a folder's code files into
quarantine.jsonl, and write what was checked into the labels of the records that stay.

A record that failed on either device leaves every code file of the folder (they stay paired by
id). The others take the check's labels (``Labels``): a device's ``verified`` (never weakened: a
record that passed the full build keeps saying so after a syntax check), a kernel's ``runtime``.
Idempotent: an entry already in quarantine.jsonl is never written again, and a label already
held is not written again, so checking twice, or again after an interruption, changes nothing
more. Every file is replaced atomically, and when the folder holds a run's checkpoint the
rewrite is announced in it first (``pending_quarantine``, ``pending_labels``) and recorded in it
last, so a run asked again recognises the rewritten files, and a rewrite cut short is finished
by whoever opens the folder next.
"""

from __future__ import annotations

import hashlib

import orjson

from warp_synth.synth.dataset.checkpoint import Checkpoint, file_end
from warp_synth.synth.dataset.layout import DatasetLayout, read_lines, read_records, replacing
from warp_synth.synth.dataset.schema import NOT_RUN, VERIFIED_LEVELS

# What a check found that the records should say: {"verified": {device: label}} for every record
# of those devices; {"runtime": {kernel id: label}} for the kernels the last runtime check
# launched (every other kernel's runtime is then "not run"). Plain JSON: the checkpoint
# announces it before the files are rewritten.
Labels = dict[str, dict[str, dict]]


def quarantine(layout: DatasetLayout, failures: dict[str, tuple[str, str]], labels: Labels | None = None) -> None:
    """Move the records of ``failures`` (id -> (device it failed on, compiler message)) to
    quarantine, and give the others ``labels``."""
    labels = {kind: found for kind, found in (labels or {}).items() if found}
    if not failures and not labels:
        return
    checkpoint = Checkpoint.load(layout)
    if checkpoint is not None:
        checkpoint.pending_quarantine = {**checkpoint.pending_quarantine, **{k: list(v) for k, v in failures.items()}}
        checkpoint.pending_labels = _merged(checkpoint.pending_labels, labels)
        checkpoint.save(layout)
        finish_quarantine(layout, checkpoint)
    else:
        _move(layout, failures, labels)


def _merged(earlier: Labels, later: Labels) -> Labels:
    """Labels still to write, then new ones: ``verified`` adds up by device; a later runtime
    check's map replaces the earlier one whole (kernels outside it are "not run")."""
    return {**earlier, **later, "verified": {**earlier.get("verified", {}), **later.get("verified", {})}}


def finish_quarantine(layout: DatasetLayout, checkpoint: Checkpoint) -> None:
    """Complete the rewrite the checkpoint announces (if any), and record the files' new ends in it."""
    if not checkpoint.pending_quarantine and not checkpoint.pending_labels:
        return
    failures = {record_id: tuple(failure) for record_id, failure in checkpoint.pending_quarantine.items()}
    ends = _move(layout, failures, checkpoint.pending_labels)
    checkpoint.files.update({name: end for name, end in ends.items() if name in checkpoint.files})
    checkpoint.quarantined += sorted(set(failures) - set(checkpoint.quarantined))
    checkpoint.pending_quarantine = {}
    checkpoint.pending_labels = {}
    checkpoint.save(layout)


def _labelled(row: dict, labels: Labels) -> dict | None:
    """``row`` with ``labels`` applied, or None when it already says all of them."""
    changed = {}
    verified = labels.get("verified", {}).get(row["device"])
    if verified and VERIFIED_LEVELS.index(verified["level"]) >= VERIFIED_LEVELS.index(row["verified"]["level"]) and verified != row["verified"]:
        changed["verified"] = verified
    runtime = labels["runtime"].get(row["id"], NOT_RUN) if "runtime" in labels else None
    if runtime and runtime != row["runtime"]:
        changed["runtime"] = runtime
    return {**row, **changed} if changed else None


def _move(layout: DatasetLayout, failures: dict[str, tuple[str, str]], labels: Labels) -> dict[str, dict]:
    """Quarantine entries first (a record is never only in flight), then the rewritten code files;
    return each code file's new end (bytes, digest)."""
    path = layout.quarantine
    present = {(e["id"], e["device"]) for e in read_records(path, "quarantine")} if path.exists() else set()
    entries, holding = [], []
    for code in layout.code_files():
        for _, row in read_lines(code):
            if row["id"] not in failures:
                if code not in holding and _labelled(row, labels):
                    holding.append(code)
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
                    relabelled = _labelled(row, labels)
                    line = orjson.dumps(relabelled) + b"\n" if relabelled else line
                    out.write(line)
                    size += len(line)
                    digest.update(line)
        ends[code.name] = {"bytes": size, "sha256": digest.hexdigest()}
    return ends
