import warp as wp


PARTICLE_ACTIVE = wp.constant(1)


@wp.func
def penalty_force(n: wp.vec3, v: wp.vec3, c: float, k_n: float, k_d: float):
    vn = wp.dot(n, v)
    jn = c * k_n
    jd = wp.min(vn, 0.0) * k_d
    return -n * (jn + jd)


@wp.func
def direction_between(a: wp.vec3, b: wp.vec3):
    return wp.normalize(a - b)


def create_advance_velocities(clamp_speed: bool, locked_axis: int):
    free_axes = wp.vec3(1.0, 1.0, 1.0)
    if locked_axis >= 0:
        free_axes[locked_axis] = 0.0
    @wp.kernel
    def advance_velocities(
        item_count: wp.array[wp.int32],
        particle_x: wp.array[wp.vec3],
        positions: wp.array[wp.vec3],
        velocities: wp.array[wp.vec3],
        points: wp.array[wp.vec2],
        particle_radius: wp.array[float],
        particle_inv_mass: wp.array[float],
        origin: wp.vec2,
        stiffness: float,
        damping: float,
        delta_time: float,
        speed_limit: float,
        particle_v: wp.array[wp.vec3],
    ):
        tid = wp.tid()
        if tid >= item_count[0]:
            return
        vel = particle_v[tid]
        p = particle_x[tid]
        x = positions[tid]
        pos = points[tid]
        radius = particle_radius[tid]
        inv_m = particle_inv_mass[tid]
        v_new = vel + (penalty_force(direction_between(p, x), vel - velocities[tid], wp.length(pos - origin) - radius, stiffness, damping) * inv_m) * delta_time
        if wp.static(clamp_speed):
            speed = wp.length(v_new)
            if speed > speed_limit:
                v_new = v_new * (speed_limit / speed)
        if wp.static(locked_axis >= 0):
            # motion along the locked axis is removed, not damped
            v_new = wp.cw_mul(v_new, free_axes)
        particle_v[tid] = v_new
    return advance_velocities


advance_velocities_planar = create_advance_velocities(True, 1)


@wp.func
def velocity_from_positions(x: wp.vec3, x_prev: wp.vec3, dt: float):
    return (x - x_prev) / dt


@wp.func
def drag_force(v: wp.vec3, kd: float):
    return -kd * v


@wp.kernel
def apply_forces(
    item_count: wp.array[wp.int32],
    particle_flags: wp.array[wp.int32],
    particle_v: wp.array[wp.vec3],
    particle_x: wp.array[wp.vec3],
    particle_q_prev: wp.array[wp.vec3],
    particle_mass: wp.array[float],
    delta_time: float,
    damping: float,
    particle_v_new: wp.array[wp.vec3],
):
    tid = wp.tid()
    flag = particle_flags[tid]
    if tid >= item_count[0] or flag == 0:
        return
    vel = particle_v[tid]
    p = particle_x[tid]
    x_prev = particle_q_prev[tid]
    f = drag_force(velocity_from_positions(p, x_prev, delta_time), damping)
    m = particle_mass[tid]
    inv_mass = 1.0 / m
    particle_v_new[tid] = vel + f * (inv_mass * delta_time)


@wp.kernel
def update_dynamic(
    state: wp.array[wp.int32],
    particle_f: wp.array[wp.vec3],
    w: wp.array[float],
    particle_v: wp.array[wp.vec3],
    delta_time: float,
):
    tid = wp.tid()
    if (state[tid] & PARTICLE_ACTIVE) != 0:
        particle_v[tid] = particle_v[tid] + particle_f[tid] * w[tid] * delta_time
    else:
        particle_v[tid] = particle_v[tid]
