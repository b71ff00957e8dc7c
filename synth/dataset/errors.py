"""The error a synth command reports to a person: the one error type of warp-synth, raised by stage 4."""

from __future__ import annotations

from warp_synth.grammar.errors import WarpSynthError


class SynthError(WarpSynthError):
    """A run, validation, export or report that failed: a runtime failure (exit 1) unless
    raised with ``usage=True`` (a request that can't be honoured as given, exit 2)."""
