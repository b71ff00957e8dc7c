"""Variable and function names that read like a person chose them."""

from __future__ import annotations

import builtins
import keyword
import re

from warp_synth.grammar.choices import Chooser

# Names Warp or Python already mean something by inside a kernel.
RESERVED = frozenset(keyword.kwlist) | frozenset(dir(builtins)) | {"wp", "tid", "self"}

# Name ideas by value type, for values whose template gives no hint.
_BY_TYPE = {
    "float": ["value", "weight", "scale", "amount", "ratio", "energy", "phase", "level", "gain", "term"],
    "int": ["count", "offset", "slot", "step", "bucket", "lane", "code"],
    "bool": ["inside", "active", "hit", "valid", "flag"],
    "vec": ["dir", "offset", "delta", "axis", "point", "vel", "force", "normal", "span", "shift"],
    "mat": ["rot", "basis", "frame", "jac", "stress", "xform"],
    "quat": ["orient", "spin", "rot_q", "q_rel"],
    "transform": ["pose", "xform_t", "frame_t"],
    "spatial": ["twist", "wrench", "motion"],
}
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _family(type_name: str) -> str:
    for prefix in ("float", "int", "uint", "bool", "vec", "mat", "quat", "transform", "spatial"):
        if type_name.startswith(prefix):
            return "int" if prefix == "uint" else prefix
    return "float"


def identifiers(text: str) -> set[str]:
    """Every identifier-looking word in ``text`` (to keep generated names clear of them)."""
    return set(_IDENT.findall(text))


class NamePool:
    """Hands out unique names: the hint itself if free, else the hint with a number."""

    def __init__(self, chooser: Chooser):
        self.chooser = chooser
        self.taken: set[str] = set(RESERVED)

    def take(self, name: str) -> None:
        self.taken.add(name)

    def hint_for(self, type_name: str) -> str:
        return self.chooser.choice("name", _BY_TYPE[_family(type_name)])

    def fresh(self, hint: str) -> str:
        name, number = hint, 1
        while name in self.taken:
            number += 1
            name = f"{hint}_{number}"
        self.taken.add(name)
        return name
