import warp as wp


PARTICLE_ACTIVE = wp.constant(1)


@wp.kernel
def reflect_particles(
    y_min: float,
    restitution: float,
    item_count: wp.array[wp.int32],
    particle_x: wp.array[wp.vec3],
    particle_v: wp.array[wp.vec3],
):
    tid = wp.tid()
    if tid >= item_count[0]:
        return
    x = particle_x[tid]
    v = particle_v[tid]
    if x[1] < y_min:
        x[1] = y_min
        v[1] = -v[1] * restitution
    particle_x[tid] = x
    particle_v[tid] = v


@wp.func
def hooke_force(k: float, anchor: wp.vec3, x: wp.vec3):
    return k * (anchor - x)


@wp.kernel
def update_velocities(
    particle_v: wp.array[wp.vec3],
    spring_stiffness: wp.array[float],
    targets: wp.array[wp.vec3],
    positions: wp.array[wp.vec3],
    particle_mass: wp.array[float],
    delta_time: float,
    particle_v_new: wp.array[wp.vec3],
):
    tid = wp.tid()
    v = particle_v[tid]
    k = spring_stiffness[tid]
    anchor = targets[tid]
    x = positions[tid]
    f = hooke_force(k, anchor, x)
    mass = particle_mass[tid]
    inv_mass = 1.0 / mass
    particle_v_new[tid] = v + f * (inv_mass * delta_time)


@wp.kernel
def integrate_velocities(
    delta_time: float,
    item_count: wp.array[wp.int32],
    particle_flags: wp.array[wp.int32],
    particle_v: wp.array[wp.vec3],
    particle_f: wp.array[wp.vec3],
    particle_inv_mass: wp.array[float],
):
    tid = wp.tid()
    if tid >= item_count[0] or particle_flags[tid] == 0:
        return
    inv_m = particle_inv_mass[tid]
    particle_v[tid] = particle_v[tid] + particle_f[tid] * inv_m * delta_time


@wp.kernel
def actuate_particles(
    is_driven: wp.array[wp.int32],
    x_rest: wp.array[wp.vec3],
    phi: wp.array[float],
    axis: wp.vec3,
    mag: float,
    angular_freq: float,
    t: float,
    positions: wp.array[wp.vec3],
):
    tid = wp.tid()
    if is_driven[tid] == 0:
        return
    theta = phi[tid]
    arg = angular_freq * t + theta
    positions[tid] = x_rest[tid] + axis * (mag * wp.sin(arg))


@wp.kernel
def step_velocities(flags: wp.array[wp.int32], delta_time: float, particle_v: wp.array[wp.vec3]):
    """Gravity step for the particles whose flag marks them active."""
    tid = wp.tid()
    if flags[tid] == PARTICLE_ACTIVE:
        particle_v[tid] = particle_v[tid] + wp.vec3(0.0, -9.81, 0.0) * delta_time
    else:
        particle_v[tid] = particle_v[tid]
