"""One exception for everything a person can get wrong in the grammar or its templates."""

from __future__ import annotations


class GrammarError(Exception):
    """A broken template, header, weight file or type, with where it is and how to fix it.

    ``where`` names the file (and line, when known); ``hint`` says what would be accepted.
    """

    def __init__(self, message: str, *, where: str = "", hint: str = ""):
        self.message = message
        self.where = where
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        text = f"{self.where}: {self.message}" if self.where else self.message
        return f"{text} (hint: {self.hint})" if self.hint else text
