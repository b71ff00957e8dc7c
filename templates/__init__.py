"""Stage 2: the Jinja templates (grammar productions, one file each) and their renderer.

Adding a production is a file drop: put a ``.j2`` file with a TOML header under the
folder of its kind (kernel/, func/, stmt/, expr/, convert/).
"""

from __future__ import annotations

from pathlib import Path

from warp_synth.grammar import Grammar
from warp_synth.templates.render import Renderer, template_root, tidy


def load_grammar(weights_file: Path | None = None, root: Path | None = None) -> Grammar:
    """The grammar of the templates shipped with this package (or under ``root``)."""
    return Grammar.load(root or template_root(), weights_file)


__all__ = ["Renderer", "load_grammar", "template_root", "tidy"]
