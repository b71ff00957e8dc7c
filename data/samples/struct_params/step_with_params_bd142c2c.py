import warp as wp


@wp.struct
class SimParams:
    dt: float
    damping: float
    ground_height: float


@wp.kernel
def step_with_params(sim: SimParams, velocities: wp.array[wp.vec3], positions: wp.array[wp.vec3]):
    tid = wp.tid()
    v = velocities[tid]
    v = v * (1.0 - sim.damping * sim.dt)
    velocities[tid] = v
    x = positions[tid] + v * sim.dt
    if x[1] < sim.ground_height:
        x[1] = sim.ground_height
    positions[tid] = x
