"""Variable, parameter and function names that read like a person chose them."""

from __future__ import annotations

import builtins
import keyword
import re

from warp_synth.grammar.choices import Chooser

# Names Warp or Python already mean something by inside a kernel.
RESERVED = frozenset(keyword.kwlist) | frozenset(dir(builtins)) | {"wp", "tid", "self"}
# When every name a role offers is taken, a qualifier tells the values apart, as a person
# would (``x_new``, ``v_prev``); never a bare number.
QUALIFIERS = ("new", "next", "prev", "local", "other", "rel", "tmp", "cur")
# A value just loaded is not new or next: it is the item here (``v_i = v[i]``).
LOAD_QUALIFIERS = ("i", "cur", "local", "here")
# One value of the launch read from the device is no item's: ``ke_local``, not ``ke_i``.
SCALAR_LOAD_QUALIFIERS = ("local", "cur")
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# How a kernel names its arrays, drawn once per kernel so one signature speaks one way:
# ``particle_x, particle_v`` (prefixed by the entity), ``positions, velocities`` (plural nouns)
# or ``x, v`` (short symbols).
DIALECTS = ("prefixed", "plural", "short")
_ENTITIES = {"particle", "body", "shape", "joint", "spring", "tri", "tet", "face", "edge", "mesh", "grid", "cell", "contact", "vertex", "node", "item", "env", "world", "ray", "pick"}
_AFFIXES = {"new", "out", "in", "prev", "next", "ext", "last", "max", "min", "num", "rigid", "soft"}


def dialect_of(name: str) -> str:
    """Which dialect an array's name is in (``particle_x``: prefixed, ``new_positions``: plural,
    ``x_out``: short)."""
    words = [w for w in name.split("_") if w]
    while len(words) > 1 and words[0] in _AFFIXES:  # max_contact_count: of contacts
        words = words[1:]
    if words and words[0] in _ENTITIES:
        return "prefixed"
    stem = next((w for w in words if w not in _AFFIXES), name)
    return "short" if len(stem) <= 3 else "plural"


def identifiers(text: str) -> set[str]:
    """Every identifier-looking word in ``text`` (to keep generated names clear of them)."""
    return set(_IDENT.findall(text))


class NamePool:
    """Hands out unique names from lists of candidates."""

    def __init__(self, chooser: Chooser, preference: tuple[float, ...] = (4.0, 2.0, 1.0)):
        """``preference``: the weights of the first free candidates, in order."""
        self.chooser = chooser
        self.preference = preference
        self.taken: set[str] = set(RESERVED)
        self.dialect = ""  # the kernel's (``DIALECTS``): parameters named in it come first
        self.spoken: list[str] = []  # the dialects its parameters were named in so far, the kernel's first

    def take(self, name: str) -> None:
        self.taken.add(name)

    def fresh(self, name: str) -> str:
        return self.fresh_from((name,), "name")

    def fresh_from(self, names: tuple[str, ...], label: str, qualifiers: tuple[str, ...] = QUALIFIERS, in_dialect: bool = False) -> str:
        """One of the first free ``names`` (the chooser picks among the first few, by
        ``preference``; ``in_dialect``: only those in the kernel's dialect, if any is free), else
        a qualified one."""
        free = [name for name in dict.fromkeys(names) if name not in self.taken]
        if in_dialect and self.dialect:
            # the kernel's dialect; failing that, one a parameter already speaks: never a third
            free = next((found for d in (self.dialect, *self.spoken) if (found := [name for name in free if dialect_of(name) == d])), free)
        if not free:
            free = [f"{name}_{q}" for q in qualifiers for name in names if f"{name}_{q}" not in self.taken]
        if not free:
            raise ValueError(f"no free name among {names}")
        first = free[: len(self.preference)]
        name = self.chooser.choice(label, first, list(self.preference[: len(first)]))
        self.taken.add(name)
        if in_dialect and dialect_of(name) not in self.spoken:
            self.spoken.append(dialect_of(name))
        return name
