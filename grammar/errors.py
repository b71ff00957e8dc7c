"""The one error type of warp-synth: what went wrong, where, and what to do about it.

It lives in the earliest stage so every stage can raise it; later stages subclass it
(``warp_synth.synth.dataset.errors.SynthError``). The ``synth`` command turns any of them into one
line, ``error: <where>: <message> (hint: <hint>)``, and an exit code.
"""

from __future__ import annotations


class WarpSynthError(Exception):
    """A failure a person can act on.

    ``where`` names the file (and line), flag or value at fault; ``hint`` says what would be
    accepted. ``usage`` marks a request that can't be honoured as given (a bad flag value, a bad
    weights or template file: exit code 2) as against a failure while doing the work (a full
    disk, damaged data: exit code 1). Each subclass sets the usual case as its default.
    """

    usage = False

    def __init__(self, message: str, *, where: str = "", hint: str = "", usage: bool | None = None):
        self.message = message
        self.where = where
        self.hint = hint
        if usage is not None:
            self.usage = usage
        super().__init__(str(self))

    @property
    def exit_code(self) -> int:
        return 2 if self.usage else 1

    def __str__(self) -> str:
        text = f"{self.where}: {self.message}" if self.where else self.message
        return f"{text} (hint: {self.hint})" if self.hint else text


class GrammarError(WarpSynthError):
    """A broken template, header, weights file or type: input the user gives, so a usage error."""

    usage = True
