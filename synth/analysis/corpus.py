"""Warp functions read from source text, and the builtins a kernel can call.

The reference corpus is the Warp code shipped with the installed warp-lang: every
``@wp.kernel`` (also ``@wp.kernel(...)``, ``@kernel``) and ``@wp.func`` in its
``warp/examples`` and ``warp/tests``, read as text and parsed with ``ast``, never imported
or run; code kept in strings (tests write modules from them) is left out. Our generated
modules are read the same way, so both sides are measured alike.

The builtin universe is every entry of Warp's builtin registry with at least one overload
Warp does not mark ``hidden``. The hidden ones are internal (operators' in-place forms,
``assign*``, ``address``, ``extract``, ``load``/``store``, ``indexref``) or the scalar casts,
which Warp documents as types.
"""

from __future__ import annotations

import ast
import functools
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

from warp_synth.extract import warp_builtin_names, warp_builtin_registry

REFERENCE_FOLDERS = ("examples", "tests")
_DECORATOR = re.compile(r"^([ \t]*)@(?:wp\.|warp\.)?(kernel|func)\b(?![_.])")
_TRIPLE_QUOTE = re.compile(r'"""|\'\'\'')
_STRUCT = re.compile(r"@(?:wp\.|warp\.)?struct\b[^\n]*\n\s*class\s+(\w+)")
_DEFINED = re.compile(r"^\s*(?:def|class)\s+(\w+)|^(\w+)\s*=", re.M)
_CUSTOM_TYPE = re.compile(r"^\s*(?:class\s+(\w+)\(|(\w+)\s*=\s*)(?:wp\.|warp\.)?(?:types\.)?(?:vector|matrix)\(", re.M)


@dataclass(frozen=True)
class Universe:
    """The builtins a kernel can call (Warp's registry, hidden entries excluded)."""

    names: frozenset[str]
    registry: frozenset[str]  # hidden entries included: a call of one is still a Warp call
    operators: dict[type, str]  # Python operator -> the builtin Warp compiles it to

    @property
    def tile(self) -> frozenset[str]:
        return frozenset(n for n in self.names if n.startswith("tile") or n == "untile" or n.endswith("_tiled"))


@functools.cache
def universe() -> Universe:
    """The builtin universe, from Warp's registry (read in extract, the one stage touching Warp)."""
    registry, operators = warp_builtin_registry()
    return Universe(frozenset(warp_builtin_names()), registry, operators)


@dataclass(frozen=True)
class Function:
    """A ``@wp.kernel`` or ``@wp.func`` with what its module tells about it."""

    node: ast.FunctionDef
    kind: str  # "kernel" or "func"
    source: str  # the function's own text, decorator included
    origin: str  # "examples", "tests" or "ours"
    module: str  # the file it came from (a record's id, for ours)
    structs: frozenset[str]  # @wp.struct classes of its module
    defined: frozenset[str]  # names its module binds (they shadow builtins called bare)
    family: str | None = None
    nested: bool = False  # defined inside a function or class (a kernel factory's closure)
    custom_types: frozenset[str] = frozenset()  # vector and matrix types its module declares

    @functools.cached_property
    def nodes(self) -> list[ast.AST]:
        return list(ast.walk(self.node))

    @functools.cached_property
    def body(self) -> list[ast.AST]:
        """Every node of the body, the docstring left out."""
        body = self.node.body[1:] if ast.get_docstring(self.node) is not None else self.node.body
        return [n for stmt in body for n in ast.walk(stmt)]

    @functools.cached_property
    def registry_calls(self) -> list[str]:
        u = universe()
        return [name for n in self.body if isinstance(n, ast.Call) for name in [builtin_name(n, self.defined, u.registry)] if name]

    @functools.cached_property
    def operators(self) -> set[str]:
        ops = universe().operators
        return {ops[type(n.op)] for n in self.body if isinstance(n, (ast.BinOp, ast.UnaryOp, ast.AugAssign)) and type(n.op) in ops}


def functions_in(text: str, origin: str, module: str = "", family: str | None = None) -> list[Function]:
    """The decorated Warp functions of a module's text. Each is cut out by indentation and
    parsed alone: parsing whole test modules would cost seven times as much."""
    lines = text.splitlines(keepends=True)
    structs = frozenset(_STRUCT.findall(text))
    defined = frozenset(a or b for a, b in _DEFINED.findall(text))
    custom_types = frozenset(a or b for a, b in _CUSTOM_TYPE.findall(text))
    found = []
    in_string = _inside_triple_quotes(lines)
    for start, line in enumerate(lines):
        match = _DECORATOR.match(line)
        if not match or in_string[start]:  # tests keep module sources in strings: not definitions
            continue
        indent = len(match[1])
        end = start + 1
        while end < len(lines) and not lines[end].lstrip().startswith("def "):
            end += 1
        last = end
        for index in range(end + 1, len(lines)):
            stripped = lines[index].strip()
            if stripped and not stripped.startswith("#"):
                outdented = len(lines[index]) - len(lines[index].lstrip()) <= indent
                if outdented and not stripped.startswith((")", "]")):  # a signature's closing line goes on
                    break
                last = index
        segment = textwrap.dedent("".join(lines[start : last + 1]))
        try:
            node = ast.parse(segment).body[0]
        except (SyntaxError, IndexError):  # not a definition that reads alone (none in warp 1.19)
            continue
        if isinstance(node, ast.FunctionDef):
            kind = "kernel" if match[2] == "kernel" else "func"
            found.append(Function(node, kind, segment, origin, module, structs, defined, family, indent > 0, custom_types))
    return found


def _inside_triple_quotes(lines: list[str]) -> list[bool]:
    """For each line, whether it starts inside a triple-quoted string."""
    inside, opener, result = False, "", []
    for line in lines:
        result.append(inside)
        for quote in _TRIPLE_QUOTE.findall(line):
            if not inside:
                inside, opener = True, quote
            elif quote == opener:
                inside = False
    return result


@functools.cache
def reference_functions() -> tuple[Function, ...]:
    """Every kernel and helper in the installed warp-lang's examples and tests."""
    import warp

    root = Path(warp.__file__).parent
    found: list[Function] = []
    for folder in REFERENCE_FOLDERS:
        for path in sorted((root / folder).rglob("*.py")):
            text = path.read_text(encoding="utf-8", errors="replace")
            found.extend(functions_in(text, folder, str(path.relative_to(root))))
    return tuple(found)


def _strip_warp(node: ast.AST) -> str:
    text = ast.unparse(node)
    return re.sub(r"\b(?:wp|warp)\.", "", text)


def _scalar(name: str) -> str:
    return {"float": "float32", "int": "int32"}.get(name, name)


def annotation_parts(node: ast.AST | None) -> tuple[str, int, str]:
    """(normalised annotation, array dimensions or 0, element type) of a parameter."""
    if node is None:
        return "-", 0, "-"
    base, dtype, dims = None, None, 1
    if isinstance(node, ast.Call):
        base = _strip_warp(node.func)
        keywords = {k.arg: k.value for k in node.keywords}
        dtype = keywords.get("dtype", node.args[0] if node.args else None)
        ndim = keywords.get("ndim")
        dims = ndim.value if isinstance(ndim, ast.Constant) and isinstance(ndim.value, int) else 1
    elif isinstance(node, ast.Subscript):
        base = _strip_warp(node.value)
        dtype = node.slice.elts[0] if isinstance(node.slice, ast.Tuple) else node.slice
    match = re.fullmatch(r"(array|indexedarray|fabricarray|indexedfabricarray)(\d)?d?", base or "")
    if not match:
        text = _scalar(_strip_warp(node))
        return text, 0, text
    dims = int(match[2]) if match[2] else dims
    element = _scalar(_strip_warp(dtype)) if dtype is not None else "Any"
    kind = match[1] + (f"{dims}d" if dims > 1 else "")
    return f"{kind}[{element}]", dims, element


def builtin_name(node: ast.Call, defined: frozenset[str], names: frozenset[str]) -> str | None:
    """The builtin a call names (``wp.NAME(..)``, or a bare ``NAME(..)`` its module does not define), if in ``names``."""
    func = node.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in ("wp", "warp"):
        return func.attr if func.attr in names else None
    if isinstance(func, ast.Name) and func.id in names and func.id not in defined:
        return func.id
    return None
