"""The Warp type vocabulary the grammar speaks.

Types are plain strings, as templates write them in their headers:

* value types: ``float32``, ``int32``, ``vec3``, ``mat33``, ``quat``, ``transform`` ...
* array types: ``array[vec3]``, ``array2d[float32]`` (1-4 dimensions); ``atomic[T]`` for
  arrays that threads update together
* opaque types: ``mesh_id``, ``bvh_id``, ``hash_grid_id``, ``volume_id`` (``wp.uint64`` ids,
  passed in as parameters), ``rand_state`` (a generator state), ``query`` (a query object) and
  ``tile`` (a block-wide value), the last three made by productions

A type's meaning (a position, a time step) is its role, beside it: see roles.py. Each value type
knows its annotation and which operators apply, so the sampler can type-check a derivation
without Warp.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warp_synth.grammar.errors import GrammarError


@dataclass(frozen=True)
class ValueType:
    """A Warp value type: how to annotate it and how to write a constant of it."""

    name: str
    annotation: str
    scalar: str  # element scalar type ("float32" for vec3, the type itself for scalars)
    length: int  # number of scalar elements in a literal constructor
    additive: bool = True  # supports ``a + b`` and ``a - b``

    @property
    def is_scalar(self) -> bool:
        return self.length == 1 and self.name == self.scalar

    @property
    def is_float(self) -> bool:
        return self.scalar.startswith("float")


_FLOATS = {"float16": "wp.float16", "float32": "float", "float64": "wp.float64"}
_INTS = {
    "int8": "wp.int8",
    "int16": "wp.int16",
    "int32": "int",
    "int64": "wp.int64",
    "uint8": "wp.uint8",
    "uint16": "wp.uint16",
    "uint32": "wp.uint32",
}


def _vocabulary() -> dict[str, ValueType]:
    types = {}
    for name, annotation in {**_FLOATS, **_INTS}.items():
        types[name] = ValueType(name, annotation, name, 1)
    types["bool"] = ValueType("bool", "bool", "bool", 1, additive=False)
    for n in (2, 3, 4):
        types[f"vec{n}"] = ValueType(f"vec{n}", f"wp.vec{n}", "float32", n)
        types[f"vec{n}d"] = ValueType(f"vec{n}d", f"wp.vec{n}d", "float64", n)
        types[f"vec{n}i"] = ValueType(f"vec{n}i", f"wp.vec{n}i", "int32", n)
        types[f"mat{n}{n}"] = ValueType(f"mat{n}{n}", f"wp.mat{n}{n}", "float32", n * n)
    types["quat"] = ValueType("quat", "wp.quat", "float32", 4)
    types["transform"] = ValueType("transform", "wp.transform", "float32", 7)
    types["spatial_vector"] = ValueType("spatial_vector", "wp.spatial_vector", "float32", 6)
    types["spatial_matrix"] = ValueType("spatial_matrix", "wp.spatial_matrix", "float32", 36)
    return types


VALUE_TYPES: dict[str, ValueType] = _vocabulary()

# Types only a variable can supply, with their annotations: a random number generator's
# state (advanced in place by wp.randf and friends) and ids of geometry objects.
OPAQUE_TYPES = {
    "rand_state": "wp.uint32",
    "mesh_id": "wp.uint64",
    "bvh_id": "wp.uint64",
    "hash_grid_id": "wp.uint64",
    "volume_id": "wp.uint64",
    "query": "",  # a query object (mesh, BVH, hash grid): a local, never a parameter
    "tile": "",  # a tile (block-wide array value): made by tile productions, never a parameter
}
# Opaque values a production can make (the others are ids, passed in as parameters).
MADE_OPAQUE = ("rand_state", "query", "tile")
# ``array[T]`` is read (and written at the thread's own index); ``atomic[T]`` is an array
# that threads update together through atomics.
_ARRAY = re.compile(r"^(?P<kind>array|atomic)(?P<ndim>[1-4]d)?\[(?P<dtype>[A-Za-z_][A-Za-z0-9_]*)\]$")


def array_parts(type_name: str) -> tuple[int, str] | None:
    """``array2d[vec3]`` -> ``(2, "vec3")``; None for a non-array type."""
    match = _ARRAY.match(type_name)
    if match is None:
        return None
    ndim = int(match["ndim"][0]) if match["ndim"] else 1
    return ndim, match["dtype"]


def check_type(type_name: str, where: str) -> None:
    """Raise a GrammarError naming ``where`` if ``type_name`` is not in the vocabulary."""
    if type_name in VALUE_TYPES or type_name in OPAQUE_TYPES:
        return
    parts = array_parts(type_name)
    if parts is not None and parts[1] in VALUE_TYPES:
        return
    known = ", ".join(sorted(VALUE_TYPES))
    raise GrammarError(
        f"unknown type {type_name!r}",
        where=where,
        hint=f"use one of {known}, {', '.join(OPAQUE_TYPES)}, array[T], atomic[T] or arrayNd[T]",
    )


def annotation(type_name: str, brackets: bool = False, sized_ints: bool = False) -> str:
    """The Python annotation Warp expects for ``type_name`` in a signature; arrays as
    ``wp.array[wp.vec3]`` with ``brackets``, else ``wp.array(dtype=wp.vec3)``; 32-bit integers
    as ``wp.int32`` with ``sized_ints``, else ``int`` (Warp reads both as int32)."""
    parts = array_parts(type_name)
    if parts is not None:
        ndim, dtype = parts
        kind = "wp.array" if ndim == 1 else f"wp.array{ndim}d"
        element = annotation(dtype, sized_ints=sized_ints)
        return f"{kind}[{element}]" if brackets else f"{kind}(dtype={element})"
    if type_name in OPAQUE_TYPES:
        return OPAQUE_TYPES[type_name]
    if type_name == "int32" and sized_ints:
        return "wp.int32"
    return VALUE_TYPES[type_name].annotation


def zero(type_name: str) -> str:
    """The additive identity of ``type_name``, typed so Warp infers the right type."""
    vt = VALUE_TYPES[type_name]
    zero_scalar = "0.0" if vt.is_float else "0"
    if vt.is_scalar:
        return f"{vt.annotation}({zero_scalar})"
    if type_name == "quat":
        return "wp.quat(0.0, 0.0, 0.0, 0.0)"
    if type_name == "transform":
        return "wp.transform(wp.vec3(0.0), wp.quat(0.0, 0.0, 0.0, 0.0))"
    if type_name.startswith("spatial"):  # Warp's spatial types take no broadcast constructor
        return f"{vt.annotation}()"
    return f"{vt.annotation}({zero_scalar})"


# Named type classes a template's [typevars] can range over.
TYPE_CLASSES: dict[str, tuple[str, ...]] = {
    "float": ("float32",),
    "floats": ("float16", "float32", "float64"),
    "ints": ("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32"),
    "vector": ("vec2", "vec3", "vec4"),
    "vector_any": tuple(f"vec{n}{s}" for n in (2, 3, 4) for s in ("", "d", "i")),
    "matrix": ("mat22", "mat33", "mat44"),
    "additive": tuple(name for name, vt in VALUE_TYPES.items() if vt.additive),
}


def type_class(name: str, where: str) -> tuple[str, ...]:
    """The types a named class ranges over, or a GrammarError naming ``where``."""
    if name not in TYPE_CLASSES:
        raise GrammarError(f"unknown type class {name!r}", where=where, hint=f"use one of {sorted(TYPE_CLASSES)}")
    return TYPE_CLASSES[name]
