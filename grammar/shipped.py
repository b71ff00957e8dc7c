"""The grammar this package ships: the template files under ``templates/``."""

from __future__ import annotations

from pathlib import Path

from warp_synth.grammar import source
from warp_synth.grammar.grammar import Grammar
from warp_synth.grammar.source import GrammarSource


def template_root() -> Path:
    """The shipped templates folder (installed beside this package as ``warp_synth/templates``)."""
    return source.SHIPPED_TEMPLATES


def grammar_source(weights_file: Path | None = None, root: Path | None = None) -> GrammarSource:
    """The source of the shipped grammar (or of the templates under ``root``), with ``weights_file``;
    the paths made absolute."""
    return GrammarSource(root.resolve() if root is not None else None, weights_file.resolve() if weights_file is not None else None)


def load_grammar(weights_file: Path | None = None, root: Path | None = None) -> Grammar:
    """The shipped grammar (or the one under ``root``), read from its files now."""
    return grammar_source(weights_file, root).load()
