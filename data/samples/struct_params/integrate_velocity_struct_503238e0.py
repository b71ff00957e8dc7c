import warp as wp


@wp.struct
class StepParams:
    gravity: wp.vec3
    dt: float
    damping: float


@wp.kernel
def integrate_velocity_struct(
    params: StepParams,
    particle_v: wp.array[wp.vec3],
    forces: wp.array[wp.vec3],
    inv_masses: wp.array[float],
    time_step: float,
    new_velocities: wp.array[wp.vec3],
):
    tid = wp.tid()
    v = particle_v[tid]
    vel = v + (forces[tid] * inv_masses[tid]) * time_step
    new_velocities[tid] = (vel + params.gravity * params.dt) * (1.0 - params.damping * params.dt)
