"""The error a synth command reports to a person: what is wrong, and what to do."""

from __future__ import annotations


class SynthError(Exception):
    def __init__(self, message: str, *, hint: str = ""):
        self.message = message
        self.hint = hint
        super().__init__(f"{message} ({hint})" if hint else message)
