import warp as wp


@wp.struct
class StepParams:
    gravity: wp.vec3
    dt: float
    damping: float


@wp.kernel
def apply_gravity_params(
    params: StepParams,
    v: wp.array(dtype=wp.vec3),
    velocities_out: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    vel = v[tid]
    velocities_out[tid] = (vel + params.gravity * params.dt) * (1.0 - params.damping * params.dt)
