"""A model's predictions: a JSONL file, one object per kernel, ``{"id": ..., "prediction": ...}``
(other fields are ignored, but a ``task`` field, as the exported task rows have, must name the task
scored), ``id`` being the record id the task row carries; UTF-8, a byte-order mark allowed.

Every problem is one error naming the file and line: a line that is not UTF-8 or not a JSON
object, a field missing or not a string, an id given twice, an id that is not a kernel of the splits
scored, another task's row; a file with no prediction at all is an error too. A
kernel with no prediction is scored as wrong, never left out (``synth.evaluate.score``).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import orjson

from warp_synth.synth.dataset.errors import SynthError
from warp_synth.synth.dataset.layout import replacing

FIELDS = ("id", "prediction")


def _problem(entry) -> str | None:
    if not isinstance(entry, dict):
        return "not a JSON object"
    for field in FIELDS:
        if field not in entry:
            return f"field {field!r} is missing"
        if not isinstance(entry[field], str):
            return f"field {field!r} is {type(entry[field]).__name__}, not a string"
    return None


def read_predictions(path: Path, known: Iterable[str], scope: str, task: str) -> dict[str, str]:
    """Each id's prediction; ``known`` are the ids of the kernels scored, ``scope`` says which
    they are (for the message about an id outside them); ``task`` is the task scored."""
    known = set(known)
    found: dict[str, str] = {}
    lines: dict[str, int] = {}
    try:
        handle = open(path, "rb")
    except OSError as error:
        raise SynthError(f"can't read {path}: {error.strerror}", usage=True) from None
    with handle:
        for number, line in enumerate(handle, 1):
            problem, entry = _parse(line.removeprefix(b"\xef\xbb\xbf") if number == 1 else line, task)
            if problem:
                raise SynthError(f"{path}, line {number}: {problem}", hint=_HINT, usage=True)
            if entry is None:
                continue
            kernel = entry["id"]
            if kernel in lines:
                raise SynthError(f"{path}, line {number}: id {kernel} was predicted already, on line {lines[kernel]}", usage=True)
            if kernel not in known:
                raise SynthError(f"{path}, line {number}: id {kernel} is not a kernel of {scope}", hint="predict the rows of the split you score (--split)", usage=True)
            lines[kernel] = number
            found[kernel] = entry["prediction"]
    if not found:
        raise SynthError(f"{path} holds no prediction", hint=_HINT, usage=True)
    return found


_HINT = 'write one {"id": ..., "prediction": ...} per line'


def _parse(line: bytes, task: str) -> tuple[str | None, dict | None]:
    """What is wrong with a line, or its entry (None for a blank line)."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as error:
        return f"not UTF-8 (byte {error.start + 1})", None
    if not text.strip():
        return None, None
    try:
        entry = orjson.loads(text)
    except orjson.JSONDecodeError as error:
        return f"not JSON ({error})", None
    problem = _problem(entry)
    if problem is None and entry.get("task", task) != task:
        problem = f"the row is for task {entry['task']!r}, and --task is {task}"
    return problem, entry


def write_predictions(path: Path, predictions: dict[str, str]) -> None:
    """Predictions in the file format ``read_predictions`` reads (a baseline's, for a user to see)."""
    with replacing(path) as handle:
        for kernel, prediction in predictions.items():
            handle.write(orjson.dumps({"id": kernel, "prediction": prediction}) + b"\n")
