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
    running = wp.vec2(0.0)
    for k_2 in range(wp.min(wp.abs(tid), 8)):
        sum_val = wp.mat22(0.0)
        for k_3 in range(3):
            amount = params.dt
            sum_val += wp.identity(n=2, dtype=float) * float(k_3) + wp.identity(n=2, dtype=float) * amount
        running += wp.vec2(float(k_2)) + wp.vec2(wp.trace(sum_val))
    slot = int(wp.argmin(running))
    radius_2 = wp.length((params.bounds if params.damping < params.dt else pos) - wp.transform_vector(wp.transform_identity(), params.bounds))
    moved = pos + (params.gravity + wp.vec3(float(slot)) + wp.vec3(radius_2)) * params.dt
    out[tid] = wp.min(wp.max(moved, -params.bounds), params.bounds)
