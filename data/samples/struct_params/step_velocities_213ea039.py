import warp as wp


@wp.struct
class StepParams:
    dt: float
    gravity: wp.vec3


@wp.kernel
def step_velocities(
    params: StepParams,
    v: wp.array[wp.vec3],
    drag: float,
    sim_dt: float,
    new_velocities: wp.array[wp.vec3],
):
    """Velocity step with the gravity and time step from the settings struct."""
    tid = wp.tid()
    vel = v[tid]
    v_new = vel * (1.0 - drag * sim_dt)
    new_velocities[tid] = v_new + params.gravity * params.dt
