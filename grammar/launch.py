"""A launch contract: how a kernel is launched, declared by its family (``families.toml``) or by
the kernel template itself (its header's ``launch``, which overrides the family's).

``ndim`` is the rank of the launch grid (1 to 4): ``wp.tid()`` gives that many indices, and the
runtime check gives arrays of that rank the grid's shape. ``tiled`` names the module constant
holding the block size of a ``wp.launch_tiled``. ``dim`` fixes the number of threads of a 1-d
launch: ``dim = 1`` is a set-up kernel, one thread that walks the arrays itself (no ``wp.tid()``).
"""

from __future__ import annotations

from warp_synth.grammar.errors import GrammarError

_SHAPE = 'launch must be { ndim = 1 }, { ndim = 1, tiled = "TILE_THREADS" } or { ndim = 1, dim = 1 }'


def launch_contract(raw: object, where: str) -> dict:
    """The checked contract of a header's or a family's ``launch`` table."""
    if not isinstance(raw, dict) or not set(raw) <= {"ndim", "tiled", "dim"} or raw.get("ndim") not in (1, 2, 3, 4):
        raise GrammarError(_SHAPE, where=where)
    if "tiled" in raw and not (isinstance(raw["tiled"], str) and raw["tiled"].isidentifier()):
        raise GrammarError(_SHAPE, where=where, hint="tiled names the module constant that holds the block size")
    if "dim" in raw and (raw["ndim"] != 1 or "tiled" in raw or not isinstance(raw["dim"], int) or isinstance(raw["dim"], bool) or raw["dim"] < 1):
        raise GrammarError(_SHAPE, where=where, hint="dim is a positive thread count of an untiled 1-d launch")
    return dict(raw)
