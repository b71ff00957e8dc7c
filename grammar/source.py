"""Where a grammar comes from, and the grammar read from there once.

A ``GrammarSource`` is a template folder and an optional weights file: small and picklable, it
is what travels to worker processes, each of which loads it once. ``load()`` returns the
``Grammar``, which carries its source and the digest of every file it was read from (the
digest a run records and a resume checks).

Weights come in three layers, each overriding the one before: a template's own header
(``weight``, a table of option weights), the folder's fitted weights (``weights.toml``, which
``bench/fit_weights.py`` writes), and the weights file a run is given (``--weights``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from warp_synth.grammar.errors import GrammarError
from warp_synth.grammar.families import load_families
from warp_synth.grammar.grammar import TEMPLATE_SUFFIX, Grammar, read_weights
from warp_synth.grammar.productions import parse_production
from warp_synth.grammar.roles import load_roles


FITTED_WEIGHTS = "weights.toml"  # beside the templates: the weights bench/fit_weights.py fitted
SHIPPED_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"  # installed beside this package


@dataclass(frozen=True)
class GrammarSource:
    """``root`` None: the templates this package ships, found where the grammar is loaded (a
    worker on another machine reads its own install); paths given are made absolute by
    ``grammar.shipped.grammar_source``, so a worker with another working folder finds them."""

    root: Path | None = None
    weights_file: Path | None = None

    @property
    def folder(self) -> Path:
        return self.root if self.root is not None else SHIPPED_TEMPLATES

    def load(self) -> Grammar:
        """Every ``*.j2`` under ``root``, with the roles and families beside them, the fitted
        weights and then the weights file applied."""
        paths = sorted(p for p in self.folder.rglob(f"*{TEMPLATE_SUFFIX}") if p.is_file())
        productions = [parse_production(path, self.folder) for path in paths]
        fitted = self.folder / FITTED_WEIGHTS
        layers = [path for path in (fitted if fitted.exists() else None, self.weights_file) if path is not None]
        if not layers:
            return Grammar(productions, load_roles(self.folder), load_families(self.folder), source=self)
        grammar = Grammar(productions, load_roles(self.folder), load_families(self.folder))
        for number, path in enumerate(layers, start=1):
            try:
                grammar = grammar.with_weights(read_weights(path), str(path), source=self if number == len(layers) else None)
            except GrammarError as error:
                if path != fitted:
                    raise
                hint = "the fitted weights name templates that are gone: rerun bench/fit_weights.py --apply, or delete those keys"
                raise GrammarError(error.message, where=error.where, hint=hint) from None
        return grammar

    def digest(self) -> str:
        """SHA-256 of every template's, roles' and families' file (path relative to ``root``, and
        bytes), and of the weights file."""
        digest = hashlib.sha256()
        for path in sorted([*self.folder.rglob(f"*{TEMPLATE_SUFFIX}"), *self.folder.rglob("*.toml")]):
            for part in (path.relative_to(self.folder).as_posix().encode(), path.read_bytes()):
                digest.update(len(part).to_bytes(8, "little") + part)
        digest.update(self.weights_file.read_bytes() if self.weights_file is not None else b"no weights file")
        return digest.hexdigest()
