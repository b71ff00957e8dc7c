"""What an interrupted validation already compiled, so running it again goes on from there.

The file holds one JSON line naming the settings, then one line per finished batch, each
appended and flushed before the next batch is counted. A line cut by the interruption ends
what counts; a file made with other settings is started over.
"""

from __future__ import annotations

from pathlib import Path

import orjson

from warp_synth.synth.dataset.layout import replace_file


class ValidationProgress:
    def __init__(self, path: Path, settings: dict):
        self.path = path
        self.results: dict[str, dict[str, str | None]] = {}  # device -> record id -> failure message, None if it passed
        lines = path.read_bytes().splitlines() if path.exists() else []
        if lines and _loads(lines[0]) == settings:
            for line in lines[1:]:
                entry = _loads(line)
                if entry is None:
                    break
                self._apply(entry["device"], entry["ids"], entry["failed"])
        # rewritten whole: drops a cut line, or an earlier validation made with other settings
        replace_file(path, orjson.dumps(settings) + b"\n" + b"".join(self._lines()))
        self._file = open(path, "ab")

    def _lines(self) -> list[bytes]:
        return [
            _entry(device, list(results), {k: v for k, v in results.items() if v}) for device, results in self.results.items()
        ]

    def done(self, device: str) -> dict[str, str | None]:
        return self.results.get(device, {})

    def _apply(self, device: str, ids: list[str], failed: dict[str, str]) -> None:
        results = self.results.setdefault(device, {})
        results.update(dict.fromkeys(ids))
        results.update(failed)

    def add(self, device: str, ids: list[str], failed: dict[str, str]) -> None:
        """One more finished batch, on disk before this returns."""
        self._apply(device, ids, failed)
        self._file.write(_entry(device, ids, failed))
        self._file.flush()

    def finish(self) -> None:
        """Validation is complete (its results applied): nothing is left to resume."""
        self._file.close()
        self.path.unlink(missing_ok=True)

    def close(self) -> None:
        self._file.close()


def _entry(device: str, ids: list[str], failed: dict[str, str]) -> bytes:
    return orjson.dumps({"device": device, "ids": ids, "failed": failed}) + b"\n"


def _loads(line: bytes) -> dict | None:
    try:
        return orjson.loads(line)
    except orjson.JSONDecodeError:
        return None
