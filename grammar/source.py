"""Where a grammar comes from, and the grammar read from there once.

A ``GrammarSource`` is a template folder and an optional weights file: small and picklable, it
is what travels to worker processes, each of which loads it once. ``load()`` returns the
``Grammar``, which carries its source and the digest of every file it was read from (the
digest a run records and a resume checks).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from warp_synth.grammar.families import load_families
from warp_synth.grammar.grammar import TEMPLATE_SUFFIX, Grammar, read_weights
from warp_synth.grammar.productions import parse_production
from warp_synth.grammar.roles import load_roles


@dataclass(frozen=True)
class GrammarSource:
    root: Path
    weights_file: Path | None = None

    def load(self) -> Grammar:
        """Every ``*.j2`` under ``root``, with the roles and families beside them and the
        weights file applied."""
        paths = sorted(p for p in self.root.rglob(f"*{TEMPLATE_SUFFIX}") if p.is_file())
        productions = [parse_production(path, self.root) for path in paths]
        if self.weights_file is None:
            return Grammar(productions, load_roles(self.root), load_families(self.root), source=self)
        unweighted = Grammar(productions, load_roles(self.root), load_families(self.root))
        return unweighted.with_weights(read_weights(self.weights_file), str(self.weights_file), source=self)

    def digest(self) -> str:
        """SHA-256 of every template's, roles' and families' file (path relative to ``root``, and
        bytes), and of the weights file."""
        digest = hashlib.sha256()
        for path in sorted([*self.root.rglob(f"*{TEMPLATE_SUFFIX}"), *self.root.rglob("*.toml")]):
            for part in (path.relative_to(self.root).as_posix().encode(), path.read_bytes()):
                digest.update(len(part).to_bytes(8, "little") + part)
        digest.update(self.weights_file.read_bytes() if self.weights_file is not None else b"no weights file")
        return digest.hexdigest()
