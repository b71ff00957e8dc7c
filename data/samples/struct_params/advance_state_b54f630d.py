import warp as wp


@wp.struct
class SimParams:
    dt: float
    gravity: wp.vec3
    damping: float
    drag: float
    time_scale: float
    ground_height: float
    restitution: float
    paused: int


@wp.kernel
def advance_state(sim: SimParams, particle_v: wp.array[wp.vec3]):
    tid = wp.tid()
    if sim.paused != 0:
        return
    v = particle_v[tid]
    v = v + sim.gravity * sim.dt
    particle_v[tid] = v


@wp.kernel
def step_velocities(
    params: SimParams,
    particle_v: wp.array[wp.vec3],
    particle_v_new: wp.array[wp.vec3],
):
    """Velocity step with the gravity and time step from the settings struct."""
    tid = wp.tid()
    vel = particle_v[tid]
    particle_v_new[tid] = (vel + params.gravity * params.dt) * (1.0 - params.damping * params.dt)
