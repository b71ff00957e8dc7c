"""A run's checkpoint (``.run_state.json``) and the check of the run's files against it.

After the first batch, then at most every ``run.CHECKPOINT_SECONDS``, the writer saves,
atomically: what decides the bytes (``identity``), the next kernel index, the counts so far,
and where each file ends: its size and the SHA-256 of everything written to it so far (kept
rolling as lines are written). On start and resume the files are checked against it: what was
written after the checkpoint is cut off; a file that is missing, shorter, or whose first bytes
no longer hash to the recorded digest (any record edited, even to the same length) is refused,
because what it lost can't be rebuilt from the checkpoint.

The checkpoint is checked at the door too: every field of the right kind, and its ``seal``
(the SHA-256 of the rest) intact, so a hand-edited checkpoint (a raised ``next_index`` would
silently skip kernels) is refused instead of trusted. Validation's quarantine and labels update
the checkpoint (see ``synth.dataset.quarantine``), so a validated run is recognised as such.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, fields
from pathlib import Path

import orjson

from warp_synth.synth.dataset.errors import SynthError
from warp_synth.synth.dataset.layout import DatasetLayout, replace_file

FRESH_HINT = "restore the file, or start the run over with `synth run --fresh`"
_DIGEST = re.compile(r"[0-9a-f]{64}")
_BLOCK = 1 << 20


@dataclass
class Checkpoint:
    identity: dict
    next_index: int = 0
    files: dict[str, dict] = field(default_factory=dict)  # file name -> {"bytes": size, "sha256": digest of those bytes}
    tally: dict | None = None
    elapsed: float = 0.0
    done: bool = False
    quarantined: list[str] = field(default_factory=list)  # ids validation moved to quarantine.jsonl
    pending_quarantine: dict[str, list[str]] = field(default_factory=dict)  # id -> [failed on, message], while moving
    pending_labels: dict[str, dict] = field(default_factory=dict)  # a check's labels, while they are written (synth.dataset.quarantine)

    @classmethod
    def load(cls, layout: DatasetLayout) -> Checkpoint | None:
        """The folder's checkpoint; None if it has none; one clear error if it can't be read,
        holds a field of the wrong kind, or was edited by hand."""
        path = layout.state
        if not path.exists():
            return None
        try:
            state = orjson.loads(path.read_bytes())
        except OSError as error:
            raise _unreadable(path, error.strerror) from None
        except ValueError:  # orjson's decode error
            raise _unreadable(path, "it is not JSON (damaged, or cut short)") from None
        problem = state_problem(state)
        if problem:
            raise _unreadable(path, problem)
        seal = state.pop("seal")
        if seal != _seal(state):
            raise _unreadable(path, "it was changed after the run wrote it (its seal does not match its contents)")
        return cls(**state)

    def state(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def save(self, layout: DatasetLayout) -> None:
        state = self.state()
        replace_file(layout.state, orjson.dumps({**state, "seal": _seal(state)}))

    def check_files(self, layout: DatasetLayout, names: list[str]) -> dict[str, hashlib._Hash]:
        """Make each file end where the checkpoint says it does: cut off what was written after
        the checkpoint; refuse a file that lost records or was changed. Returns each file's
        running digest at that end, for the writer to go on from."""
        digests = {}
        for name in names:
            path = layout.folder / name
            mark = self.files.get(name, {"bytes": 0, "sha256": hashlib.sha256().hexdigest()})
            end = mark["bytes"]
            if not path.exists():
                if end:
                    raise SynthError(f"{path} is missing, but the run's checkpoint {layout.state} counts {end} bytes of it", hint=FRESH_HINT)
                path.touch()
            size = path.stat().st_size
            if size < end:
                raise SynthError(
                    f"{path} holds {size} bytes, fewer than the {end} that the run's checkpoint {layout.state} counts: "
                    "records were lost that can't be rebuilt from it",
                    hint=FRESH_HINT,
                )
            digests[name] = prefix_digest(path, end)
            if digests[name].hexdigest() != mark["sha256"]:
                raise SynthError(
                    f"{path} was changed: its first {end} bytes, which the run's checkpoint {layout.state} "
                    "covers, no longer hash to the digest recorded there",
                    hint=FRESH_HINT,
                )
            if size > end:  # a partial or unrecorded line written after the checkpoint
                with open(path, "r+b") as handle:
                    handle.truncate(end)
        return digests


def _seal(state: dict) -> str:
    return hashlib.sha256(orjson.dumps(state, option=orjson.OPT_SORT_KEYS)).hexdigest()


def _unreadable(path: Path, reason: str) -> SynthError:
    return SynthError(f"can't use the run's checkpoint {path}: {reason}", hint="pass --fresh to start the run over")


def prefix_digest(path: Path, end: int):
    """The SHA-256 object of the first ``end`` bytes of ``path``, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        left = end
        while left:
            block = handle.read(min(left, _BLOCK))
            if not block:
                break
            digest.update(block)
            left -= len(block)
    return digest


def file_end(path: Path) -> dict:
    """What a checkpoint records of a whole file: its size and digest."""
    size = path.stat().st_size
    return {"bytes": size, "sha256": prefix_digest(path, size).hexdigest()}


def _is_count(value) -> bool:
    return type(value) is int and value >= 0


def _files_problem(files) -> str | None:
    if not isinstance(files, dict):
        return "field 'files' is not an object"
    for name, mark in files.items():
        if not (isinstance(mark, dict) and set(mark) == {"bytes", "sha256"}):
            return f"field 'files' entry {name!r} is not {{bytes, sha256}}"
        if not _is_count(mark["bytes"]):
            return f"field 'files' entry {name!r} has bytes {mark['bytes']!r}, not an integer >= 0"
        if not (isinstance(mark["sha256"], str) and _DIGEST.fullmatch(mark["sha256"])):
            return f"field 'files' entry {name!r} has no SHA-256 digest"
    return None


def state_problem(state) -> str | None:
    """What is wrong with a checkpoint's JSON (the field and why), or None when every field is
    present, known and of its kind."""
    if not isinstance(state, dict):
        return "it is not a JSON object"
    known = {f.name for f in fields(Checkpoint)} | {"seal"}
    unknown = sorted(set(state) - known)
    if unknown:
        return f"unknown field {unknown[0]!r} (written by another version?)"
    missing = sorted(known - set(state))
    if missing:
        return f"field {missing[0]!r} is missing (written by another version?)"
    checks = {
        "identity": (isinstance(state["identity"], dict), "an object"),
        "next_index": (_is_count(state["next_index"]), "an integer >= 0"),
        "tally": (state["tally"] is None or isinstance(state["tally"], dict), "an object or null"),
        "elapsed": (type(state["elapsed"]) in (int, float) and state["elapsed"] >= 0, "a number >= 0"),
        "done": (isinstance(state["done"], bool), "true or false"),
        "quarantined": (isinstance(state["quarantined"], list) and all(isinstance(i, str) for i in state["quarantined"]), "a list of ids"),
        "pending_quarantine": (
            isinstance(state["pending_quarantine"], dict)
            and all(isinstance(v, list) and len(v) == 2 and all(isinstance(s, str) for s in v) for v in state["pending_quarantine"].values()),
            "an object of id -> [device, message]",
        ),
        "pending_labels": (
            isinstance(state["pending_labels"], dict)
            and all(isinstance(by, dict) and all(isinstance(label, dict) for label in by.values()) for by in state["pending_labels"].values()),
            "an object of kind -> {device or id -> label}",
        ),
        "seal": (isinstance(state["seal"], str), "a digest"),
    }
    for name, (ok, kind) in checks.items():
        if not ok:
            return f"field {name!r} is {state[name]!r}, not {kind}"
    return _files_problem(state["files"])
