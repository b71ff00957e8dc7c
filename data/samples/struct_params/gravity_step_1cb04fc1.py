import warp as wp


@wp.struct
class StepParams:
    dt: float
    gravity: wp.vec3
    damping: float


@wp.kernel
def gravity_step(
    params: StepParams,
    velocities: wp.array[wp.vec3],
    velocities_out: wp.array[wp.vec3],
):
    tid = wp.tid()
    vel = velocities[tid]
    velocities_out[tid] = (vel + params.gravity * params.dt) * (1.0 - params.damping * params.dt)
