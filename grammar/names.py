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
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


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

    def take(self, name: str) -> None:
        self.taken.add(name)

    def fresh(self, name: str) -> str:
        return self.fresh_from((name,), "name")

    def fresh_from(self, names: tuple[str, ...], label: str) -> str:
        """One of the first free ``names`` (the chooser picks among the first few, by
        ``preference``), else a qualified one."""
        free = [name for name in dict.fromkeys(names) if name not in self.taken]
        if not free:
            free = [f"{name}_{q}" for q in QUALIFIERS for name in names if f"{name}_{q}" not in self.taken]
        if not free:
            raise ValueError(f"no free name among {names}")
        first = free[: len(self.preference)]
        name = self.chooser.choice(label, first, list(self.preference[: len(first)]))
        self.taken.add(name)
        return name
