import warp as wp


@wp.struct
class SimParams:
    gravity: wp.vec3
    damping: float
    dt: float
    bounds: wp.vec3


@wp.kernel
def constrained_move(params: SimParams, positions: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):
    tid = wp.tid()
    pos = positions[tid]
    moved = pos + (params.gravity + wp.vec3(params.damping) + wp.vec3(params.dt)) * params.dt
    out[tid] = wp.min(wp.max(moved, -params.bounds), params.bounds)
