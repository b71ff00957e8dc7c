"""Launch a generated kernel, forward and backward, on the CPU or a CUDA device.

Inputs are drawn once on the host from the kernel's seed, in the range each parameter's
name implies (positions, unit directions, weights in [0, 1], valid indices, dt > 0), and
kept as plain numpy data: the same data then builds the arrays, structs, meshes, BVHs, hash
grids and volumes on whichever device runs the kernel, so two devices see identical inputs.
Run each kernel in a child process: one that reads out of bounds or crashes takes only that
process down.
"""

from __future__ import annotations

import functools
import linecache
import re
from pathlib import Path

import numpy as np
from warp._src import types as wp_types

from warp_synth.extract.codegen import init_warp

# Launch shape by the rank of the array that sizes the launch (tile rows need >= 32 columns).
LAUNCH_SHAPES = {1: (32,), 2: (8, 8), 3: (4, 4, 4), 4: (2, 3, 4, 5)}
SHAPE_KEY = "launch_shape"

# Ranges for float values by parameter (or struct field) name; the first match wins.
FLOAT_RANGES = (
    (re.compile(r"(^|_)dt$"), (1e-3, 0.05)),
    (re.compile(r"weight|alpha|damping"), (0.0, 1.0)),
    (re.compile(r"bounds"), (0.5, 1.5)),
    (re.compile(r"radius|extent|margin|rest_length|dist|^h$"), (0.2, 0.6)),
    (re.compile(r"freq"), (0.5, 4.0)),
    (re.compile(r"stiffness|gain|scale"), (0.1, 2.0)),
)
UNIT_VECTOR_NAMES = re.compile(r"dir|normal|axis")
SMALL_INT_RANGE = 64  # an integer role ranging no further may index arrays: drawn below the launch's bound
GEOMETRY_KINDS = ("mesh", "bvh", "grid", "volume")  # what a uint64 parameter's name says it holds
HASH_GRID_CELL = 0.5
SPHERE_RADIUS = 0.7  # the volume holds this sphere's signed distance; the mesh is a cube of this half-size


def _float_range(name: str) -> tuple[float, float]:
    return next((bounds for pattern, bounds in FLOAT_RANGES if pattern.search(name)), (-1.0, 1.0))


def _draw_leaf(dtype, name: str, shape: tuple, rng: np.random.Generator, index_bound: int, role: dict | None = None) -> np.ndarray:
    """``shape`` values of one Warp value type as numpy data (vector types add a trailing axis),
    in the parameter's ``role`` range (``{"range": [low, high], "unit": bool}``) when known,
    else in the range its name implies."""
    import warp as wp

    if dtype is wp.quat:
        q = rng.normal(size=(*shape, 4))
        return (q / np.linalg.norm(q, axis=-1, keepdims=True)).astype(np.float32)
    if dtype is wp.transform:
        p = rng.uniform(-1.0, 1.0, size=(*shape, 3))
        return np.concatenate([p, _draw_leaf(wp.quat, name, shape, rng, index_bound)], axis=-1).astype(np.float32)
    if dtype in (bool, wp.bool):
        return rng.integers(0, 2, size=shape).astype(np.bool_)
    scalar = getattr(dtype, "_wp_scalar_type_", dtype)
    numpy_type = wp_types.warp_type_to_np_dtype[scalar]
    value_shape = tuple(getattr(dtype, "_shape_", ())) if wp_types.type_is_matrix(dtype) else (
        (dtype._length_,) if getattr(dtype, "_length_", 1) > 1 else ())  # fmt: skip
    full_shape = (*shape, *value_shape)
    role_range = (role or {}).get("range")
    if scalar in wp_types.int_types:
        low, high = (0, 2**20) if name == "seed" else (0, index_bound)
        if role_range is not None:  # its role's range; small ones (counts, flags, indices) kept within the arrays
            low, high = int(role_range[0]), int(role_range[1]) + 1
            high = min(high, max(index_bound, low + 1)) if role_range[1] <= SMALL_INT_RANGE else high
        return rng.integers(low, max(high, low + 1), size=full_shape).astype(numpy_type)
    if wp_types.type_is_matrix(dtype) and value_shape[0] == value_shape[1]:
        # well-conditioned square matrices: identity plus a small perturbation
        return (np.eye(value_shape[0]) + 0.25 * rng.uniform(-1.0, 1.0, size=full_shape)).astype(numpy_type)
    unit = (role or {}).get("unit") if role else UNIT_VECTOR_NAMES.search(name) is not None
    if len(value_shape) == 1 and value_shape[0] > 1 and unit:
        v = rng.normal(size=full_shape)
        return (v / np.linalg.norm(v, axis=-1, keepdims=True)).astype(numpy_type)
    low, high = role_range if role_range is not None else _float_range(name)
    return rng.uniform(low, high, size=full_shape).astype(numpy_type)


def _draw_value(dtype, name: str, key: str, shape: tuple, rng, index_bound: int, out: dict, role: dict | None = None) -> None:
    """Draw a value (``shape`` of them) into ``out``; a struct becomes one entry per field."""
    from warp._src.codegen import Struct

    if isinstance(dtype, Struct):
        for field, var in dtype.vars.items():
            _draw_value(var.type, field, f"{key}.{field}", shape, rng, index_bound, out)
    else:
        out[key] = _draw_leaf(dtype, name, shape, rng, index_bound, role)


def _cube_mesh(half: float) -> tuple[np.ndarray, np.ndarray]:
    """A closed cube of 12 triangles wound outward (so inside/outside queries mean something)."""
    corners = np.array([[x, y, z] for x in (-half, half) for y in (-half, half) for z in (-half, half)], dtype=np.float32)
    quads = [(0, 1, 3, 2), (4, 6, 7, 5), (0, 4, 5, 1), (2, 3, 7, 6), (0, 2, 6, 4), (1, 5, 7, 3)]
    faces = []
    for a, b, c, d in quads:
        for tri in ((a, b, c), (a, c, d)):
            p0, p1, p2 = corners[list(tri)]
            outward = np.dot(np.cross(p1 - p0, p2 - p0), (p0 + p1 + p2) / 3.0) > 0
            faces.append(tri if outward else (tri[0], tri[2], tri[1]))
    return corners, np.array(faces, dtype=np.int32).reshape(-1)


def _draw_geometry(name: str, key: str, rng: np.random.Generator, out: dict) -> None:
    """Host data for a mesh, BVH, hash grid or volume, chosen by the parameter's name."""
    kind = next((k for k in GEOMETRY_KINDS if k in name), None)
    if kind == "mesh":
        out[f"{key}:mesh_points"], out[f"{key}:mesh_indices"] = _cube_mesh(SPHERE_RADIUS)
    elif kind == "bvh":
        centers = rng.uniform(-1.0, 1.0, size=(32, 3)).astype(np.float32)
        out[f"{key}:bvh_lowers"], out[f"{key}:bvh_uppers"] = centers - 0.15, centers + 0.15
    elif kind == "grid":
        out[f"{key}:grid_points"] = rng.uniform(-1.0, 1.0, size=(32, 3)).astype(np.float32)
    elif kind == "volume":
        voxel, count = 0.2, 16
        lower = np.full(3, -0.5 * voxel * count, dtype=np.float32)
        axis = lower[0] + voxel * np.arange(count, dtype=np.float32)
        x, y, z = np.meshgrid(axis, axis, axis, indexing="ij")
        out[f"{key}:volume_sdf"] = (np.sqrt(x * x + y * y + z * z) - SPHERE_RADIUS).astype(np.float32)
        out[f"{key}:volume_lower"], out[f"{key}:volume_voxel"] = lower, np.float32(voxel)
    else:
        raise ValueError(f"don't know what geometry parameter {name!r} holds (name it after one of {GEOMETRY_KINDS})")


def draw_inputs(kernel, launch: dict, seed: int, roles: dict[str, dict] | None = None) -> dict[str, np.ndarray]:
    """Every input of ``kernel`` as numpy data, drawn reproducibly from ``seed``, each parameter
    in its role's range where ``roles`` (parameter -> ``{"range", "unit"}``) knows it.

    Keys: ``in.<param>`` (``in.<param>.<field>`` for structs, ``in.<param>:<part>`` for
    geometry) and ``launch_shape``. A hash grid is built over the kernel's own 1-d vec3 array
    when it has one, so its queries find the points the kernel reads.
    """
    import warp as wp

    rng = np.random.default_rng(seed)
    args = kernel.adj.args
    shape = LAUNCH_SHAPES[int(launch["ndim"])]
    index_bound = min(int(np.prod(shape)), 8)
    threads = (int(launch["dim"]),) if "dim" in launch else shape  # a set-up kernel: arrays of the usual size, one thread
    out: dict[str, np.ndarray] = {SHAPE_KEY: np.array(threads, dtype=np.int64)}
    for arg in args:
        if wp_types.is_array(arg.type):
            array_shape = shape if arg.type.ndim == len(shape) else (max(max(shape), 32),) * arg.type.ndim
            _draw_value(arg.type.dtype, arg.label, f"in.{arg.label}", array_shape, rng, index_bound, out, (roles or {}).get(arg.label))
    for arg in args:
        if arg.type is wp.uint64:
            _draw_geometry(arg.label, f"in.{arg.label}", rng, out)
            if f"in.{arg.label}:grid_points" in out:
                source = next((a.label for a in args if wp_types.is_array(a.type) and a.type.dtype == wp.vec3 and a.type.ndim == 1), None)
                if source is not None:
                    out[f"in.{arg.label}:grid_points"] = out[f"in.{source}"]
        elif not wp_types.is_array(arg.type):
            _draw_value(arg.type, arg.label, f"in.{arg.label}", (), rng, 8, out, (roles or {}).get(arg.label))
    return out


def _struct_values(wp, dtype, key: str, data: dict, index: tuple):
    """A struct instance (or plain value) from the numpy fields under ``key`` at ``index``."""
    from warp._src.codegen import Struct

    if not isinstance(dtype, Struct):
        value = data[key][index]
        if dtype in (bool, wp.bool):
            return bool(value)
        return dtype(*value.reshape(-1).tolist()) if np.ndim(value) else dtype(value.item())
    instance = dtype()
    for field, var in dtype.vars.items():
        setattr(instance, field, _struct_values(wp, var.type, f"{key}.{field}", data, index))
    return instance


def _make_argument(wp, arg, data: dict, device: str, keep_alive: list):
    """One launch argument on ``device`` from the host data of ``draw_inputs``."""
    from warp._src.codegen import Struct

    key = f"in.{arg.label}"
    if wp_types.is_array(arg.type):
        dtype = arg.type.dtype
        if isinstance(dtype, Struct):
            shape = data[next(k for k in data if k.startswith(key + "."))].shape[: arg.type.ndim]
            values = [_struct_values(wp, dtype, key, data, index) for index in np.ndindex(*shape)]
            return wp.array(values, dtype=dtype, device=device).reshape(shape)
        scalar = getattr(dtype, "_wp_scalar_type_", dtype)
        return wp.array(data[key], dtype=dtype, device=device, requires_grad=scalar in wp_types.float_types)
    if arg.type is wp.uint64:
        geometry = _build_geometry(wp, key, data, device)
        keep_alive.append(geometry)
        return geometry.id
    return _struct_values(wp, arg.type, key, data, ())


def _build_geometry(wp, key: str, data: dict, device: str):
    if f"{key}:mesh_points" in data:
        points = wp.array(data[f"{key}:mesh_points"], dtype=wp.vec3, device=device)
        return wp.Mesh(points=points, indices=wp.array(data[f"{key}:mesh_indices"], dtype=wp.int32, device=device))
    if f"{key}:bvh_lowers" in data:
        lowers = wp.array(data[f"{key}:bvh_lowers"], dtype=wp.vec3, device=device)
        return wp.Bvh(lowers, wp.array(data[f"{key}:bvh_uppers"], dtype=wp.vec3, device=device))
    if f"{key}:grid_points" in data:
        grid = wp.HashGrid(8, 8, 8, device=device)
        grid.build(wp.array(data[f"{key}:grid_points"], dtype=wp.vec3, device=device), HASH_GRID_CELL)
        return grid
    lower, voxel = data[f"{key}:volume_lower"], float(data[f"{key}:volume_voxel"])
    return wp.Volume.load_from_numpy(data[f"{key}:volume_sdf"], min_world=lower.tolist(), voxel_size=voxel, bg_value=0.0, device=device)


def _array_entries(prefix: str, array) -> dict[str, np.ndarray]:
    """An array's contents as numpy, a struct array split into one entry per field."""
    values = array.numpy()
    if values.dtype.names is None:
        return {prefix: values}
    entries = {}
    for field in values.dtype.names:
        entries.update(_record_fields(f"{prefix}.{field}", values[field]))
    return entries


def _record_fields(prefix: str, values: np.ndarray) -> dict[str, np.ndarray]:
    if values.dtype.names is None:
        return {prefix: np.array(values)}
    return {k: v for field in values.dtype.names for k, v in _record_fields(f"{prefix}.{field}", values[field]).items()}


def load_kernel(source: str, module_name: str, filename: str, mode: str, name: str | None = None) -> tuple[dict, object]:
    """Execute ``source`` as module ``module_name``; return its namespace and its kernel named
    ``name`` (the Python function's name; None: its first kernel)."""
    import warp as wp
    from warp._src import context

    init_warp()
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    namespace = {"__name__": module_name}
    exec(compile(source, filename, "exec", dont_inherit=True), namespace)
    context.get_module(module_name).options["mode"] = mode
    kernels = [value for value in namespace.values() if isinstance(value, wp.Kernel) and name in (None, value.func.__name__)]
    if not kernels:
        raise LookupError(f"{filename} defines no kernel named {name}")
    return namespace, kernels[0]


def has_backward(kernel) -> bool:
    """Whether Warp builds ``kernel``'s adjoint: its own ``enable_backward`` option, else its module's."""
    return bool(kernel.options.get("enable_backward", kernel.module.options.get("enable_backward", True)))


def run_kernel(kernel, namespace: dict, launch: dict, data: dict, device: str, backward: bool = True) -> dict[str, np.ndarray]:
    """Launch ``kernel`` on ``device`` with the inputs ``data``; return outputs and gradients.

    Keys: ``out.<param>`` for every array after the forward pass and, with ``backward``,
    ``grad.<param>`` for every float array after the adjoint pass, whose output gradients are
    seeded with ones. ``launch`` is the template's launch contract (``grammar.launch``): ``ndim``
    is the launch's rank (arrays of that rank get the launch shape); ``tiled`` names the
    tile-size constant of a tiled launch. A kernel built without a backward pass
    (``enable_backward=False``) is only run forward.
    """
    import warp as wp

    keep_alive: list = []
    inputs = [_make_argument(wp, arg, data, device, keep_alive) for arg in kernel.adj.args]
    shape = tuple(int(n) for n in data[SHAPE_KEY])
    launcher = wp.launch
    options = {"device": device}
    if "tiled" in launch:
        launcher = wp.launch_tiled
        options["block_dim"] = int(namespace[launch["tiled"]])
    launcher(kernel, dim=shape, inputs=inputs, **options)
    wp.synchronize_device(device)
    results: dict[str, np.ndarray] = {}
    for arg, value in zip(kernel.adj.args, inputs):
        if isinstance(value, wp.array):
            results.update(_array_entries(f"out.{arg.label}", value))
    if not (backward and has_backward(kernel)):
        return results
    adjoints = []
    for value in inputs:
        if isinstance(value, wp.array) and value.requires_grad:
            value.grad.fill_(1.0)
            adjoints.append(value.grad)
        else:
            adjoints.append(value)
    launcher(kernel, dim=shape, inputs=inputs, adj_inputs=adjoints, adjoint=True, **options)
    wp.synchronize_device(device)
    for arg, value in zip(kernel.adj.args, inputs):
        if isinstance(value, wp.array) and value.requires_grad:
            results[f"grad.{arg.label}"] = value.grad.numpy()
    return results


@functools.cache
def missing_adjoints() -> frozenset[str]:
    """Builtins whose adjoint Warp's native code leaves empty (marked ``MISSINGADJOINT`` in its
    headers): their gradient is zero whatever the true derivative (``tile_min``, ``mod`` ...)."""
    import warp

    native = Path(warp.__file__).parent / "native"
    found = set()
    for header in sorted(native.glob("*.h")):
        found.update(m.group(1) for m in _MISSING_ADJOINT.finditer(header.read_text(errors="replace")))
    return frozenset(found)


_MISSING_ADJOINT = re.compile(r"\badj_(\w+)\s*\([^)]*\)[^{;]*\{(?:[^{}]|\{[^{}]*\})*?MISSINGADJOINT")


def non_finite(results: dict[str, np.ndarray]) -> list[str]:
    """The float outputs (``out.*``) holding a NaN or an infinity."""
    return sorted(k for k, v in results.items() if k.startswith("out.") and v.dtype.kind == "f" and not np.isfinite(v).all())


# Gradient check: |adjoint - fd| <= GRADIENT_ATOL + GRADIENT_RTOL * max(|adjoint|, |fd|), where
# fd is a central difference of step FD_STEP along a random direction. The kernels compute in
# float32: the step trades truncation error (O(step^2)) against rounding (~1e-7 / step). Where a
# branch, a cast to int or a clamp at its edge makes the kernel not differentiable near the
# point, the central differences at FD_STEP and FD_STEP / 4 disagree with each other; such a
# point is skipped, not counted as a mismatch.
FD_STEP = 1e-2
GRADIENT_RTOL, GRADIENT_ATOL = 5e-2, 2e-3


def _float_arrays(kernel, data: dict) -> list[str]:
    keys = []
    for arg in kernel.adj.args:
        key = f"in.{arg.label}"
        if wp_types.is_array(arg.type) and key in data and data[key].dtype.kind == "f":
            keys.append(arg.label)
    return keys


def gradient_check(kernel, namespace: dict, launch: dict, data: dict, seed: int) -> dict:
    """Warp's adjoint against finite differences on the CPU, along one random direction.

    The loss is ``sum(w * output)`` over the float arrays the kernel writes (random ``w``; arrays
    holding a NaN or an infinity left out); the
    direction perturbs the float arrays it only reads. Returns ``status`` (``passed``,
    ``mismatch`` or ``skipped`` with a ``reason``) and the two directional derivatives.
    """
    import warp as wp

    if not has_backward(kernel):
        return {"status": "skipped", "reason": "built without a backward pass (enable_backward=False)"}
    before = run_kernel(kernel, namespace, launch, data, "cpu", backward=False)
    floats = _float_arrays(kernel, data)
    changed = [name for name in floats if not np.array_equal(before[f"out.{name}"], data[f"in.{name}"], equal_nan=True)]
    read_only = [name for name in floats if name not in changed]
    written = [name for name in changed if np.isfinite(before[f"out.{name}"]).all()]  # non-finite ones are reported apart
    if not written:
        return {"status": "skipped", "reason": "no finite float output"}
    if not read_only:
        return {"status": "skipped", "reason": "no float input array"}
    rng = np.random.default_rng(seed)
    weights = {name: rng.uniform(-1.0, 1.0, size=data[f"in.{name}"].shape) for name in written}
    direction = {name: rng.normal(size=data[f"in.{name}"].shape) for name in read_only}

    def loss(step: float) -> float:
        moved = {**data, **{f"in.{n}": (data[f"in.{n}"] + step * d).astype(data[f"in.{n}"].dtype) for n, d in direction.items()}}
        out = run_kernel(kernel, namespace, launch, moved, "cpu", backward=False)
        return float(sum(np.sum(w * out[f"out.{n}"].astype(np.float64)) for n, w in weights.items()))

    central = lambda step: (loss(step) - loss(-step)) / (2 * step)  # noqa: E731
    fd, fine = central(FD_STEP), central(FD_STEP / 4)
    adjoint = _directional_adjoint(wp, kernel, namespace, launch, data, weights, direction)
    close = lambda a, b: abs(a - b) <= GRADIENT_ATOL + GRADIENT_RTOL * max(abs(a), abs(b))  # noqa: E731
    result = {"adjoint": adjoint, "fd": fd, "fd_quarter_step": fine}
    if not all(np.isfinite([adjoint, fd, fine])):
        return {**result, "status": "skipped", "reason": "not finite"}
    if close(adjoint, fd) or close(adjoint, fine):
        return {**result, "status": "passed"}
    if not close(fd, fine):
        return {**result, "status": "skipped", "reason": "not differentiable at the point"}
    return {**result, "status": "mismatch"}


def _directional_adjoint(wp, kernel, namespace, launch, data, weights, direction) -> float:
    """``sum(grad_x . d)`` over the read-only arrays, the written ones' adjoints seeded with ``w``."""
    keep_alive: list = []
    inputs = [_make_argument(wp, arg, data, "cpu", keep_alive) for arg in kernel.adj.args]
    shape = tuple(int(n) for n in data[SHAPE_KEY])
    launcher, options = (wp.launch_tiled, {"block_dim": int(namespace[launch["tiled"]])}) if "tiled" in launch else (wp.launch, {})
    launcher(kernel, dim=shape, inputs=inputs, device="cpu", **options)
    adjoints = []
    for arg, value in zip(kernel.adj.args, inputs):
        if isinstance(value, wp.array) and value.requires_grad:
            value.grad.zero_()
            if arg.label in weights:
                value.grad.assign(weights[arg.label].astype(value.grad.numpy().dtype))
            adjoints.append(value.grad)
        else:
            adjoints.append(value)
    launcher(kernel, dim=shape, inputs=inputs, adj_inputs=adjoints, adjoint=True, device="cpu", **options)
    total = 0.0
    for arg, value in zip(kernel.adj.args, inputs):
        if arg.label in direction:
            total += float(np.sum(value.grad.numpy().astype(np.float64) * direction[arg.label]))
    return total


def launch_on_cpu(source: str, module_name: str, filename: str, launch: dict, seed: int, roles: dict | None = None, name: str | None = None) -> dict:
    """Load ``source``, launch its kernel ``name`` on the CPU with inputs drawn from ``seed``; raise on failure.

    The forward pass runs twice: bounds-checked (Warp's debug mode) and optimised; the backward
    pass runs optimised only, because in debug mode Warp's adjoint of ``arr.shape`` zeroes the
    adjoint array's shape and trips its own bounds check (a Warp quirk, harmless in release).
    Returns the float outputs that are not finite and the gradient check (``gradient_check``).
    """
    data = None
    for mode, backward in (("debug", False), ("release", True)):
        namespace, kernel = load_kernel(source, f"{module_name}_{mode}", f"{mode}_{filename}", mode, name)
        data = data if data is not None else draw_inputs(kernel, launch, seed, roles)
        results = run_kernel(kernel, namespace, launch, data, "cpu", backward)
    return {"non_finite": non_finite(results), "gradient": gradient_check(kernel, namespace, launch, data, seed)}


def record_on_device(source: str, module_name: str, filename: str, launch: dict, data: dict, device: str, name: str | None = None) -> dict[str, np.ndarray]:
    """Outputs and gradients of ``source``'s kernel ``name`` on ``device`` (optimised) for inputs ``data``."""
    namespace, kernel = load_kernel(source, f"{module_name}_{device}", f"{device}_{filename}", "release", name)
    return run_kernel(kernel, namespace, launch, data, device)


def inputs_for(source: str, module_name: str, filename: str, launch: dict, seed: int, name: str | None = None) -> dict[str, np.ndarray]:
    """The inputs ``draw_inputs`` gives ``source``'s kernel ``name`` for ``seed`` (loads it to read its signature)."""
    _, kernel = load_kernel(source, f"{module_name}_inputs", f"inputs_{filename}", "release", name)
    return draw_inputs(kernel, launch, seed)
