import warp as wp


@wp.struct
class SimParams:
    dt: float
    gravity: wp.vec3
    time_scale: float
    paused: int


@wp.kernel
def step_with_params(sim: SimParams, vel: wp.array[wp.vec3]):
    tid = wp.tid()
    if sim.paused != 0:
        return
    v = vel[tid]
    v = v + sim.gravity * (sim.dt * sim.time_scale)
    vel[tid] = v
