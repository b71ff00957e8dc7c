"""The Warp type vocabulary the grammar speaks.

Types are plain strings, as templates write them in their headers:

* value types: ``float32``, ``int32``, ``vec3``, ``mat33``, ``quat``, ``transform`` ...
* array types: ``array[vec3]``, ``array2d[float32]`` (1-4 dimensions); ``atomic[T]`` for
  arrays that threads update together
* opaque types, only ever variables: ``mesh_id``, ``bvh_id``, ``hash_grid_id``, ``volume_id``
  (``wp.uint64`` ids), ``rand_state`` (a generator state) and ``query`` (a query object)
* ``count``: a loop trip count (a small constant or a clamped runtime value)

Each value type knows its annotation, how to write a literal of it and which
operators apply, so the sampler can type-check a derivation without Warp.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warp_synth.grammar.choices import Chooser
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
COUNT = "count"
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


def is_variable_only(type_name: str) -> bool:
    """Arrays, ids and query objects can't be written as expressions: they come from scope."""
    return type_name in OPAQUE_TYPES or array_parts(type_name) is not None


def check_type(type_name: str, where: str) -> None:
    """Raise a GrammarError naming ``where`` if ``type_name`` is not in the vocabulary."""
    if type_name in VALUE_TYPES or type_name in OPAQUE_TYPES or type_name == COUNT:
        return
    parts = array_parts(type_name)
    if parts is not None and parts[1] in VALUE_TYPES:
        return
    known = ", ".join(sorted(VALUE_TYPES))
    raise GrammarError(
        f"unknown type {type_name!r}",
        where=where,
        hint=f"use one of {known}, {', '.join(OPAQUE_TYPES)}, count, array[T], atomic[T] or arrayNd[T]",
    )


def annotation(type_name: str, brackets: bool = False) -> str:
    """The Python annotation Warp expects for ``type_name`` in a signature; arrays as
    ``wp.array[wp.vec3]`` with ``brackets``, else ``wp.array(dtype=wp.vec3)``."""
    parts = array_parts(type_name)
    if parts is not None:
        ndim, dtype = parts
        kind = "wp.array" if ndim == 1 else f"wp.array{ndim}d"
        return f"{kind}[{annotation(dtype)}]" if brackets else f"{kind}(dtype={annotation(dtype)})"
    if type_name in OPAQUE_TYPES:
        return OPAQUE_TYPES[type_name]
    return VALUE_TYPES[type_name].annotation


_FLOAT_CONSTANTS = ["0.5", "1.0", "2.0", "0.25", "0.1", "1.5", "3.0", "0.01", "0.75", "4.0", "0.9", "10.0"]


def _number(scalar: str, chooser: Chooser) -> str:
    """A bare numeric constant for ``scalar`` (no type wrapper)."""
    if scalar == "bool":
        return chooser.choice("bool constant", ["True", "False"])
    if scalar.startswith("float"):
        return chooser.choice("float constant", _FLOAT_CONSTANTS)
    return str(chooser.integer("int constant", 1, 9))


def _scalar_literal(scalar: str, chooser: Chooser) -> str:
    # float32, int32 and bool literals are what Warp infers from bare numbers; others need a cast.
    text = _number(scalar, chooser)
    return text if scalar in ("float32", "int32", "bool") else f"wp.{scalar}({text})"


def literal(type_name: str, chooser: Chooser) -> str:
    """A constant expression of ``type_name``, as a person would write it."""
    if type_name == COUNT:
        return str(chooser.integer("constant trip count", 2, 4))
    vt = VALUE_TYPES[type_name]
    if vt.is_scalar:
        return _scalar_literal(type_name, chooser)
    if type_name.startswith("mat") or type_name == "spatial_matrix":
        n = 6 if type_name == "spatial_matrix" else int(type_name[3])
        if chooser.boolean("identity matrix", 0.5):
            return f"wp.identity(n={n}, dtype=float)"
        return f"{vt.annotation}(" + ", ".join(_scalar_literal("float32", chooser) for _ in range(n * n)) + ")"
    if type_name == "quat":
        if chooser.boolean("identity quaternion", 0.5):
            return "wp.quat_identity()"
        axis = chooser.choice("rotation axis", ["wp.vec3(0.0, 1.0, 0.0)", "wp.vec3(1.0, 0.0, 0.0)", "wp.vec3(0.0, 0.0, 1.0)"])
        return f"wp.quat_from_axis_angle({axis}, {_scalar_literal('float32', chooser)})"
    if type_name == "transform":
        return "wp.transform_identity()"
    if type_name.startswith("vec") and chooser.boolean("broadcast vector", 0.4):  # vectors broadcast one scalar
        return f"{vt.annotation}({_number(vt.scalar, chooser)})"
    elements = ", ".join(_number(vt.scalar, chooser) for _ in range(vt.length))
    return f"{vt.annotation}({elements})"


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
