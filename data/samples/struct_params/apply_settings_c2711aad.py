import warp as wp


@wp.struct
class SimParams:
    damping: float
    ground_height: float
    dt: float


@wp.kernel
def apply_settings(
    sim: SimParams,
    velocities: wp.array[wp.vec3],
    positions: wp.array[wp.vec3],
    v_out: wp.array[wp.vec3],
):
    """Update the particle state from the simulation parameters struct."""
    tid = wp.tid()
    v = velocities[tid]
    v = v * (1.0 - sim.damping * sim.dt)
    v_out[tid] = v
    x = positions[tid] + v * sim.dt
    if x[1] < sim.ground_height:
        x[1] = sim.ground_height
    positions[tid] = x
