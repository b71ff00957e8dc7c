import warp as wp


@wp.struct
class SimParams:
    damping: float
    paused: int
    dt: float


@wp.kernel
def simulate_step(sim: SimParams, particle_v: wp.array[wp.vec3], v_out: wp.array[wp.vec3]):
    tid = wp.tid()
    if sim.paused != 0:
        return
    v = particle_v[tid]
    v = v * (1.0 - sim.damping * sim.dt)
    v_out[tid] = v
