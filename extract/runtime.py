"""Launch a generated kernel on the CPU, forward and backward, with small random inputs.

Run with Warp in debug mode (bounds-checked array access), in a child process: a kernel
that reads out of bounds or crashes takes only that process down.
"""

from __future__ import annotations

import linecache

import numpy as np
from warp._src import types as wp_types

from warp_synth.extract.codegen import init_warp

# Launch shape by the rank of the array that sizes the launch (tile rows need >= 32 columns).
LAUNCH_SHAPES = {1: (32,), 2: (8, 8), 3: (4, 4, 4), 4: (2, 3, 4, 5)}


def _random_value(wp, dtype, rng: np.random.Generator, index_bound: int):
    """A random instance of a Warp value type (a struct is filled field by field)."""
    from warp._src.codegen import Struct

    if isinstance(dtype, Struct):
        instance = dtype()
        for name, var in dtype.vars.items():
            setattr(instance, name, _random_value(wp, var.type, rng, index_bound))
        return instance
    if dtype is wp.quat:
        return wp.normalize(wp.quat(*rng.normal(size=4).tolist()))
    if dtype is wp.transform:
        return wp.transform(wp.vec3(*rng.uniform(-1, 1, 3).tolist()), _random_value(wp, wp.quat, rng, index_bound))
    if dtype in (bool, wp.bool):
        return bool(rng.integers(0, 2))
    scalar = getattr(dtype, "_wp_scalar_type_", dtype)
    length = getattr(dtype, "_length_", 1)
    if scalar in wp_types.int_types:
        values = rng.integers(0, index_bound, size=length).tolist()
    else:
        values = rng.uniform(-1.0, 1.0, size=length).tolist()
    return dtype(*values) if length > 1 else dtype(values[0])


def _random_array(wp, array_type, shape, rng: np.random.Generator, index_bound: int):
    from warp._src.codegen import Struct

    dtype = array_type.dtype
    count = int(np.prod(shape))
    if isinstance(dtype, Struct):
        return wp.array([_random_value(wp, dtype, rng, index_bound) for _ in range(count)], dtype=dtype, device="cpu").reshape(shape)
    scalar = getattr(dtype, "_wp_scalar_type_", dtype)
    length = getattr(dtype, "_length_", 1)
    full_shape = (*shape, *((length,) if length > 1 else ()))
    if dtype in (wp.quat, wp.transform):
        values = np.array([np.array(_random_value(wp, dtype, rng, index_bound)) for _ in range(count)], dtype=np.float32)
        return wp.array(values.reshape(full_shape), dtype=dtype, device="cpu", requires_grad=True)
    if scalar in wp_types.int_types:
        values = rng.integers(0, index_bound, size=full_shape)
    else:
        values = rng.uniform(-1.0, 1.0, size=full_shape)
    numpy_type = wp_types.warp_type_to_np_dtype[scalar]
    grad = scalar in wp_types.float_types
    return wp.array(values.astype(numpy_type), dtype=dtype, device="cpu", requires_grad=grad)


def _geometry(wp, name: str, arrays: dict, rng: np.random.Generator):
    """A mesh, BVH, hash grid or volume for a uint64 parameter, chosen by its name."""
    points = rng.uniform(-1.0, 1.0, size=(32, 3)).astype(np.float32)
    if "mesh" in name:
        corners = wp.array(np.array([[0, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=np.float32), dtype=wp.vec3, device="cpu")
        faces = wp.array(np.array([0, 1, 2, 0, 1, 3, 0, 2, 3, 1, 2, 3], dtype=np.int32), dtype=int, device="cpu")
        return wp.Mesh(points=corners, indices=faces)
    if "bvh" in name:
        lowers = wp.array(points, dtype=wp.vec3, device="cpu")
        uppers = wp.array(points + 0.1, dtype=wp.vec3, device="cpu")
        return wp.Bvh(lowers, uppers)
    if "grid" in name:
        grid = wp.HashGrid(8, 8, 8, device="cpu")
        source = next((a for a in arrays.values() if a.dtype == wp.vec3 and a.ndim == 1), None)
        grid.build(source if source is not None else wp.array(points, dtype=wp.vec3, device="cpu"), 0.25)
        return grid
    if "volume" in name:
        return wp.Volume.allocate(min=[-2, -2, -2], max=[2, 2, 2], voxel_size=0.5, bg_value=0.0, device="cpu")
    raise ValueError(f"don't know what geometry parameter {name!r} holds")


def _load(source: str, module_name: str, filename: str, mode: str) -> tuple[dict, object]:
    import warp as wp
    from warp._src import context

    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    namespace = {"__name__": module_name}
    exec(compile(source, filename, "exec", dont_inherit=True), namespace)
    context.get_module(module_name).options["mode"] = mode
    kernel = next(value for value in namespace.values() if isinstance(value, wp.Kernel))
    return namespace, kernel


def launch_on_cpu(source: str, module_name: str, filename: str, launch: dict, seed: int) -> None:
    """Load ``source``, launch its kernel on the CPU with small random inputs; raise on failure.

    The forward pass runs twice: bounds-checked (Warp's debug mode) and optimised; the backward
    pass runs optimised only, because in debug mode Warp's adjoint of ``arr.shape`` zeroes the
    adjoint array's shape and trips its own bounds check (a Warp quirk, harmless in release).
    ``launch`` is the kernel template's launch contract: ``ndim`` is the number of launch
    dimensions (arrays of that rank get the launch shape); ``tiled`` names the tile-size
    constant of a tiled launch.
    """
    import warp as wp

    init_warp()
    for mode, backward in (("debug", False), ("release", True)):
        namespace, kernel = _load(source, f"{module_name}_{mode}", f"{mode}_{filename}", mode)
        _launch(wp, kernel, namespace, launch, np.random.default_rng(seed), backward)


def _launch(wp, kernel, namespace: dict, launch: dict, rng: np.random.Generator, backward: bool) -> None:
    args = kernel.adj.args
    shape = LAUNCH_SHAPES[int(launch["ndim"])]
    bound = int(np.prod(shape))
    arrays, inputs, keep_alive = {}, [], []
    for arg in args:
        if wp_types.is_array(arg.type):
            array_shape = shape if arg.type.ndim == len(shape) else (max(max(shape), 32),) * arg.type.ndim
            arrays[arg.label] = _random_array(wp, arg.type, array_shape, rng, min(bound, 8))
    for arg in args:
        if arg.label in arrays:
            inputs.append(arrays[arg.label])
        elif arg.type is wp.uint64:
            geometry = _geometry(wp, arg.label, arrays, rng)
            keep_alive.append(geometry)
            inputs.append(geometry.id)
        else:
            inputs.append(_random_value(wp, arg.type, rng, 8))
    if "tiled" in launch:
        block_dim = int(namespace[launch["tiled"]])
        wp.launch_tiled(kernel, dim=shape, inputs=inputs, block_dim=block_dim, device="cpu")
        wp.synchronize()
        return  # tile kernels are checked forward only
    wp.launch(kernel, dim=shape, inputs=inputs, device="cpu")
    wp.synchronize()
    if not backward:
        return
    # Backward: seed every float array's gradient with ones; other arguments pass as they are.
    adjoints = []
    for value in inputs:
        if isinstance(value, wp.array) and value.requires_grad:
            value.grad.fill_(1.0)
            adjoints.append(value.grad)
        else:
            adjoints.append(value)
    wp.launch(kernel, dim=shape, inputs=inputs, adj_inputs=adjoints, adjoint=True, device="cpu")
    wp.synchronize()
