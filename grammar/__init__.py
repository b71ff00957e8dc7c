"""Stage 1: a probabilistic, type-directed grammar whose productions are template files.

Pure Python: no Jinja rendering and no Warp here.
"""

from warp_synth.grammar.derivation import Block, Derivation, Expr, Helper, Param, Statement
from warp_synth.grammar.errors import GrammarError
from warp_synth.grammar.grammar import Grammar, dump_weights, read_weights
from warp_synth.grammar.productions import KINDS, Production
from warp_synth.grammar.draw import Budget
from warp_synth.grammar.sampler import kernel_seed, sample, sample_module
from warp_synth.grammar.source import GrammarSource

__all__ = [
    "KINDS",
    "Block",
    "Budget",
    "Derivation",
    "Expr",
    "Grammar",
    "GrammarError",
    "GrammarSource",
    "Helper",
    "Param",
    "Production",
    "Statement",
    "dump_weights",
    "kernel_seed",
    "read_weights",
    "sample",
    "sample_module",
]
