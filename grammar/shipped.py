"""The grammar this package ships: the template files under ``templates/``."""

from __future__ import annotations

from pathlib import Path

from warp_synth.grammar.grammar import Grammar
from warp_synth.grammar.source import GrammarSource


def template_root() -> Path:
    """The shipped templates folder (installed beside this package as ``warp_synth/templates``)."""
    return Path(__file__).resolve().parent.parent / "templates"


def grammar_source(weights_file: Path | None = None, root: Path | None = None) -> GrammarSource:
    """The source of the shipped grammar (or of the templates under ``root``), with ``weights_file``."""
    return GrammarSource(root or template_root(), weights_file)


def load_grammar(weights_file: Path | None = None, root: Path | None = None) -> Grammar:
    """The shipped grammar (or the one under ``root``), read from its files now."""
    return grammar_source(weights_file, root).load()
