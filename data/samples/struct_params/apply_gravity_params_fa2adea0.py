import warp as wp


@wp.struct
class StepParams:
    gravity: wp.vec3
    dt: float


@wp.kernel
def apply_gravity_params(
    params: StepParams,
    particle_flags: wp.array[wp.int32],
    particle_v: wp.array[wp.vec3],
    v_out: wp.array[wp.vec3],
):
    """Velocity step with the gravity and time step from the settings struct."""
    tid = wp.tid()
    if particle_flags[tid] == 0:
        return
    v_out[tid] = particle_v[tid] + params.dt * params.gravity
