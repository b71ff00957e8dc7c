import warp as wp


@wp.struct
class StepParams:
    gravity: wp.vec3
    dt: float


@wp.kernel
def gravity_step(
    params: StepParams,
    item_count: wp.array(dtype=wp.int32),
    particle_flags: wp.array(dtype=wp.int32),
    particle_v: wp.array(dtype=wp.vec3),
    kd: float,
    delta_time: float,
    new_velocities: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    state = particle_flags[tid]
    if tid >= item_count[0] or state == 0:
        return
    v = particle_v[tid]
    vel = v * (1.0 - kd * delta_time)
    new_velocities[tid] = vel + params.dt * params.gravity
