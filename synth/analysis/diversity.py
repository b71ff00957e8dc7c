"""How different the kernels are: structural duplicates and MinHash near-duplicates.

* structure: the Python AST with every identifier and literal value abstracted away;
  two kernels with the same key differ only in names and constants.
* near-duplicates: Jaccard >= 0.7 of the token 5-grams of the Python code (comments and
  docstrings left out: prose is not code), exact; candidates are found with MinHash and
  locality-sensitive hashing (as The Stack deduplicated code), then compared set to set.
"""

from __future__ import annotations

import ast
import hashlib
import re
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np

_PERMUTATIONS = 128
_BANDS = 32  # 32 bands of 4 rows: pairs at Jaccard 0.7 collide in some band with p > 0.99
_PRIME = (1 << 61) - 1
_rng = np.random.default_rng(20240611)
_A = _rng.integers(1, _PRIME, _PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, _PRIME, _PERMUTATIONS, dtype=np.uint64)
_BAND_MIX = _rng.integers(1, _PRIME, _PERMUTATIONS // _BANDS, dtype=np.uint64) | np.uint64(1)  # odd multipliers


def _shape(node: ast.AST, out: list[str]) -> None:
    """Append the node's shape: its class, then its fields in order (nested nodes, ``[``..``]``
    around lists, ``repr`` of other values), then ``)``; identifiers and literal values are
    left out (a name's context and a literal's type stay). One pass, no tree rewritten."""
    kind = type(node)
    out.append(kind.__name__)
    if kind is ast.Name:
        out.append(type(node.ctx).__name__)
        return
    if kind is ast.Constant:
        out.append(type(node.value).__name__)
        out.append(repr(node.kind))
        return
    for field in kind._fields:
        value = getattr(node, field, None)
        if isinstance(value, list):
            out.append("[")
            for item in value:
                if not isinstance(item, ast.AST):
                    out.append(repr(item))
                elif kind is ast.arguments and field == "args":  # a parameter's name is left out too
                    out.append("arg")
                    _shape(item.annotation, out) if item.annotation is not None else out.append("None")
                    out.append(repr(item.type_comment))
                    out.append(")")
                else:
                    _shape(item, out)
            out.append("]")
        elif isinstance(value, ast.AST):
            _shape(value, out)
        elif field == "name" and kind in (ast.FunctionDef, ast.ClassDef):
            out.append("_")
        else:
            out.append(repr(value))
    out.append(")")


def structure_key(source: str) -> str:
    """A hash of the kernel's shape with names and literal values abstracted away."""
    shape: list[str] = []
    _shape(ast.parse(source), shape)
    return hashlib.sha1("\x00".join(shape).encode()).hexdigest()


# Python's tokens (as ``tokenize`` splits them, comments dropped), five times faster than
# ``tokenize``: strings, comments, names, numbers, multi-character operators, single characters.
_TOKEN = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|#[^\n]*|[A-Za-z_]\w*'
    r"|0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][-+]?\d+)?j?"
    r"|\*\*=?|//=?|<<=?|>>=?|->|:=|[-+*/%&|^=<>!@]=|\S"
)


def code_tokens(source: str) -> list[str]:
    """The source's Python tokens, comments and triple-quoted strings (docstrings) left out."""
    return [t for t in _TOKEN.findall(source) if not t.startswith(("#", '"""', "'''"))]


def shingles(source: str) -> np.ndarray:
    """The source's code-token 5-grams, hashed: sorted, each once."""
    words = code_tokens(source)
    grams = {" ".join(words[i : i + 5]) for i in range(max(1, len(words) - 4))}
    return np.unique(np.fromiter((zlib.crc32(g.encode()) for g in grams), dtype=np.uint64, count=len(grams)))


def minhash(grams: np.ndarray) -> np.ndarray:
    """A MinHash signature of hashed 5-grams (``shingles``)."""
    with np.errstate(over="ignore"):
        values = (np.outer(grams, _A) + _B) % np.uint64(_PRIME)
    return values.min(axis=0)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two ``shingles`` sets."""
    shared = np.intersect1d(a, b, assume_unique=True).size
    return shared / (a.size + b.size - shared)


@dataclass(frozen=True)
class Fingerprint:
    """What the diversity figures (and the novelty filter) compare of a kernel."""

    structure: str
    shingles: np.ndarray
    signature: np.ndarray


# A pair is compared exactly when its MinHash estimate comes this close to the threshold: with
# 128 permutations the estimate's spread is about 0.04, so no pair at the threshold is missed.
_ESTIMATE_SLACK = 0.15


class NearDuplicateIndex:
    """Kernels' 5-gram sets with MinHash and locality-sensitive hashing: which earlier ones a new
    one is near, by exact Jaccard."""

    def __init__(self, threshold: float = 0.7):
        self.threshold = threshold
        self._signatures = np.empty((1024, _PERMUTATIONS), dtype=np.uint64)  # rows [0, size) used; grows
        self._shingles: list[np.ndarray] = []
        self.size = 0
        self._bands: list[dict[int, list[int]]] = [defaultdict(list) for _ in range(_BANDS)]

    def _keys(self, signature: np.ndarray) -> list[int]:
        """One number per band, a hash of its rows: equal bands get equal keys, and a rare
        collision only adds a candidate that the comparison in ``neighbors`` then drops."""
        with np.errstate(over="ignore"):
            return (signature.reshape(_BANDS, _PERMUTATIONS // _BANDS) * _BAND_MIX).sum(axis=1).tolist()

    def neighbors(self, fingerprint: Fingerprint) -> set[int]:
        """Positions of the added kernels whose Jaccard with this one is >= threshold."""
        signature = fingerprint.signature
        candidates = set().union(*(band.get(key, ()) for band, key in zip(self._bands, self._keys(signature))))
        if not candidates:
            return set()
        positions = np.fromiter(candidates, dtype=np.int64, count=len(candidates))
        close = positions[(self._signatures[positions] == signature).mean(axis=1) >= self.threshold - _ESTIMATE_SLACK]
        return {p for p in close.tolist() if jaccard(self._shingles[p], fingerprint.shingles) >= self.threshold}

    def add(self, fingerprint: Fingerprint) -> None:
        for band, key in zip(self._bands, self._keys(fingerprint.signature)):
            band[key].append(self.size)
        if self.size == len(self._signatures):
            self._signatures = np.concatenate([self._signatures, np.empty_like(self._signatures)])
        self._signatures[self.size] = fingerprint.signature
        self._shingles.append(fingerprint.shingles)
        self.size += 1


def fingerprint_of(source: str) -> Fingerprint:
    """A kernel's structure key, 5-grams and their MinHash signature (SyntaxError if it does not parse)."""
    grams = shingles(source)
    return Fingerprint(structure_key(source), grams, minhash(grams))


def kernel_sources(module: str) -> list[str]:
    """Each kernel's own definition in a module's source (a kernel factory's whole function): what
    the diversity of a dataset's kernels is measured on, a module's shared helpers left out."""
    tree = ast.parse(module)
    lines = module.splitlines()
    found = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and any(_is_kernel(inner) for inner in ast.walk(node)):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            found.append("\n".join(lines[first - 1 : node.end_lineno]) + "\n")
    return found


def _is_kernel(node: ast.AST) -> bool:
    return isinstance(node, ast.FunctionDef) and any(ast.unparse(d).split("(")[0] in ("wp.kernel", "warp.kernel") for d in node.decorator_list)


def diversity(sources: list[str], threshold: float = 0.7) -> dict:
    """Structural uniqueness and near-duplicate share of a list of kernel sources."""
    found = DiversityTally(threshold)
    for source in sources:
        found.add(fingerprint_of(source))
    return found.figures()


class DiversityTally:
    """The diversity figures of kernels added one at a time (a run adds each as it writes it)."""

    def __init__(self, threshold: float = 0.7):
        self.threshold = threshold
        self.structures: Counter = Counter()
        self.index = NearDuplicateIndex(threshold)
        self.near: set[int] = set()  # positions with a near-duplicate among the others

    def add(self, fingerprint: Fingerprint) -> None:
        neighbors = self.index.neighbors(fingerprint)
        if neighbors:
            self.near |= neighbors | {self.index.size}
        self.index.add(fingerprint)
        self.structures[fingerprint.structure] += 1

    def figures(self) -> dict:
        kernels = self.index.size
        total = max(1, kernels)
        return {
            "kernels": kernels,
            "distinct_structures": len(self.structures),
            "structurally_unique_share": round(sum(1 for n in self.structures.values() if n == 1) / total, 4),
            "own_structure_share": round(len(self.structures) / total, 4),
            "near_duplicate_share": round(len(self.near) / total, 4),
            "near_duplicate_threshold": self.threshold,
        }
