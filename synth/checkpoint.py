"""A run's checkpoint (``.run_state.json``) and the check of the run's files against it.

After the first batch, then at most every ``run.CHECKPOINT_SECONDS``, the writer saves,
atomically: what decides the bytes (``identity``), the next kernel index, the counts so far, and where each file ends: its size and the key of its last
line (a record's id; a reject, which has none, by its index). On start and resume the files
are checked against it: what was written after the checkpoint is cut off; a file that is
missing, shorter, or does not end with the recorded line is refused, because the records it
lost can't be rebuilt from the checkpoint. Validation's quarantine updates the checkpoint (see
``synth.quarantine``), so a validated run is recognised as such.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path

import orjson

from warp_synth.synth.errors import SynthError
from warp_synth.synth.layout import DatasetLayout, replace_file

FRESH_HINT = "restore the file, or start the run over with `synth run --fresh`"


@dataclass
class Checkpoint:
    identity: dict
    next_index: int = 0
    files: dict[str, dict] = field(default_factory=dict)  # file name -> {"bytes": size, "last": key of its last line}
    tally: dict | None = None
    elapsed: float = 0.0
    done: bool = False
    quarantined: list[str] = field(default_factory=list)  # ids validation moved to quarantine.jsonl
    pending_quarantine: dict[str, list[str]] = field(default_factory=dict)  # id -> [failed on, message], while moving

    @classmethod
    def load(cls, layout: DatasetLayout) -> Checkpoint | None:
        """The folder's checkpoint; None if it has none; one clear error if it can't be read."""
        path = layout.state
        if not path.exists():
            return None
        try:
            state = orjson.loads(path.read_bytes())
            if not isinstance(state, dict) or not {f.name for f in fields(cls)} >= set(state) >= {"identity"}:
                raise ValueError("not a checkpoint")
            return cls(**state)
        except (OSError, ValueError, TypeError) as error:  # orjson's decode error is a ValueError
            reason = error.strerror if isinstance(error, OSError) else "it is damaged or was written by another version"
            raise SynthError(
                f"can't read the run's checkpoint {path}: {reason}", hint="pass --fresh to start the run over"
            ) from None

    def save(self, layout: DatasetLayout) -> None:
        replace_file(layout.state, orjson.dumps(self))  # orjson writes a dataclass as is: no deep copy per batch

    def check_files(self, layout: DatasetLayout, names: list[str]) -> None:
        """Make each file end where the checkpoint says it does: cut off what was written after
        the checkpoint; refuse a file that lost records or was changed."""
        for name in names:
            path = layout.folder / name
            mark = self.files.get(name, {"bytes": 0, "last": None})
            end = mark["bytes"]
            if not path.exists():
                if end:
                    raise SynthError(
                        f"{path} is missing, but the run's checkpoint {layout.state} counts {end} bytes of it",
                        hint=FRESH_HINT,
                    )
                path.touch()
                continue
            size = path.stat().st_size
            if size < end:
                raise SynthError(
                    f"{path} holds {size} bytes, fewer than the {end} that the run's checkpoint {layout.state} counts: "
                    "records were lost that can't be rebuilt from it",
                    hint=FRESH_HINT,
                )
            if last_key(path, end) != mark["last"]:
                raise SynthError(
                    f"{path} does not end, at byte {end}, with the line of {mark['last']!r} that the run's checkpoint "
                    f"{layout.state} records: the file was changed",
                    hint=FRESH_HINT,
                )
            if size > end:  # a partial or unrecorded line written after the checkpoint
                with open(path, "r+b") as handle:
                    handle.truncate(end)


def line_key(record: dict) -> str | int:
    """What identifies a line of a run's files: a record's id; a reject, which has none, by its index."""
    return record["id"] if "id" in record else record["index"]


def last_key(path: Path, end: int) -> str | int | None:
    """The key of the whole line that ends at byte ``end`` of ``path`` (None at 0 or if none ends there)."""
    if end == 0:
        return None
    with open(path, "rb") as handle:
        tail, start = b"", end
        while start > 0:  # read back, a block at a time, to the line's start
            step = min(start, 1 << 16)
            start -= step
            handle.seek(start)
            tail = handle.read(step) + tail
            if b"\n" in tail[:-1]:
                break
    if not tail.endswith(b"\n"):
        return None
    try:
        return line_key(orjson.loads(tail[tail.rfind(b"\n", 0, len(tail) - 1) + 1 :]))
    except (ValueError, KeyError, TypeError):
        return None
