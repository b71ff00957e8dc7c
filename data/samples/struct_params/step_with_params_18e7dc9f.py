import warp as wp


@wp.struct
class SimParams:
    damping: float
    ground_height: float
    dt: float


@wp.kernel
def step_with_params(
    sim: SimParams,
    particle_v: wp.array(dtype=wp.vec3),
    positions: wp.array(dtype=wp.vec3),
    velocities_out: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    v = particle_v[tid]
    v = v * (1.0 - sim.damping * sim.dt)
    velocities_out[tid] = v
    x = positions[tid] + v * sim.dt
    if x[1] < sim.ground_height:
        x[1] = sim.ground_height
    positions[tid] = x
