import warp as wp


PARTICLE_FLAG_ACTIVE = wp.constant(wp.int32(1))
SUBSTEPS = wp.constant(8)


class ParticleFlags:
    ACTIVE = wp.constant(wp.int32(1))


@wp.kernel
def step_free_particles(
    gravity_vec: wp.vec3,
    delta_time: float,
    flags: wp.array[wp.int32],
    velocities: wp.array[wp.vec3],
):
    tid = wp.tid()
    if (flags[tid] & ParticleFlags.ACTIVE) != 0:
        velocities[tid] = velocities[tid] + gravity_vec * delta_time


@wp.func
def direction_between(a: wp.vec3, b: wp.vec3):
    return wp.normalize(a - b)


@wp.func
def relative_damping(v: wp.vec3, n: wp.vec3, kd: float):
    vn = wp.dot(v, n)
    return -kd * vn * n


@wp.kernel
def velocity_from_forces(
    velocities: wp.array[wp.vec3],
    points: wp.array[wp.vec3],
    positions: wp.array[wp.vec3],
    damping: wp.array[float],
    inv_masses: wp.array[float],
    belt_velocity: wp.vec3,
    delta_time: float,
    velocities_out: wp.array[wp.vec3],
):
    """Turn each particle's force into a change of velocity."""
    tid = wp.tid()
    v = velocities[tid]
    pos = points[tid]
    n = direction_between(pos, positions[tid])
    c = damping[tid]
    f_damp = relative_damping(v - belt_velocity, n, c)
    inv_m = inv_masses[tid]
    velocities_out[tid] = v + f_damp * (inv_m * delta_time)


@wp.func
def ground_response(v: wp.vec3, restitution: float, slip: float) -> wp.vec3:
    # reflect the approaching normal velocity, keep a fraction of the tangential one
    vn = wp.min(v[1], 0.0)
    return wp.vec3(v[0] * slip, -vn * restitution, v[2] * slip)


def create_advance_with_history(history: int, ground: bool, max_speed: float, half_width: float):
    @wp.kernel
    def advance_with_history(
        dt: float,
        x: wp.array[wp.vec3],
        particle_v: wp.array[wp.vec3],
        inv_masses: wp.array[float],
        active: wp.array[wp.int32],
        world_gravity: wp.array[wp.vec3],
        world_drag: wp.array[float],
        friction_coeffs: wp.array[float],
        positions_out: wp.array[wp.vec3],
        v_out: wp.array[wp.vec3],
        trajectory: wp.array3d[wp.vec3],
        particles_per_world: wp.int32,
        num_worlds: wp.int32,
        step: wp.int32,
        radius: float,
    ):
        tid = wp.tid()
        world = tid // particles_per_world
        i = tid % particles_per_world
        if world >= num_worlds:
            return
        if (active[tid] & PARTICLE_FLAG_ACTIVE) == 0:
            return
        friction = friction_coeffs[tid]
        q = x[tid]
        qd = particle_v[tid]
        w = inv_masses[tid]
        a = world_gravity[world]
        if w == 0.0:
            a = wp.vec3(0.0, 0.0, 0.0)
        damp = wp.max(1.0 - world_drag[world] * dt, 0.0)
        if wp.static(ground):
            slip = 1.0 - friction
        for _s in range(SUBSTEPS):
            qd = (qd + a * dt) * damp
            if wp.static(max_speed > 0.0):
                speed = wp.length(qd)
                if speed > max_speed:
                    qd = qd * (max_speed / speed)
            q = q + qd * dt
            if wp.static(half_width > 0.0):
                if wp.abs(q[0]) > half_width:
                    q = wp.vec3(wp.clamp(q[0], -half_width, half_width), q[1], q[2])
                    qd = wp.vec3(0.0, qd[1], qd[2])
            if wp.static(ground):
                if q[1] < radius:
                    q = wp.vec3(q[0], radius, q[2])
                    qd = ground_response(qd, 0.5, slip)
        positions_out[tid] = q
        v_out[tid] = qd
        slot = step % history
        trajectory[world, slot, i] = q
    return advance_with_history


advance_with_history_ground = create_advance_with_history(history=32, ground=True, max_speed=0.0, half_width=0.0)
