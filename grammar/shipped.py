"""The grammar this package ships: the template files under ``templates/``."""

from __future__ import annotations

from pathlib import Path

from warp_synth.grammar.grammar import Grammar


def template_root() -> Path:
    """The shipped templates folder (installed beside this package as ``warp_synth/templates``)."""
    return Path(__file__).resolve().parent.parent / "templates"


def load_grammar(weights_file: Path | None = None, root: Path | None = None) -> Grammar:
    """The grammar of the shipped templates (or of those under ``root``)."""
    return Grammar.load(root or template_root(), weights_file)
