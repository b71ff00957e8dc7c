import warp as wp


PARTICLE_FLAG_ACTIVE = wp.constant(wp.int32(1))
SUBSTEPS = wp.constant(4)


@wp.kernel
def kick(accel: wp.vec3, dt: float, vel: wp.array(dtype=wp.vec3)):
    tid = wp.tid()

    # half a step: the other half comes after the drift
    vel[tid] += 0.5 * dt * accel


@wp.kernel
def accumulate_impulse(
    vel: wp.array(dtype=wp.vec3),
    f_ext: wp.array(dtype=wp.vec3),
    masses: wp.array(dtype=float),
    dt: float,
    v_new: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    v = vel[tid]
    force = f_ext[tid]
    m = masses[tid]
    inv_m = 1.0 / m
    v_new[tid] = v + dt * inv_m * force


def create_substep_particles(history: int, ground: bool, max_speed: float, half_width: float, record_every: int):
    @wp.kernel
    def substep_particles(
        dt: float,
        x: wp.array(dtype=wp.vec3),
        particle_v: wp.array(dtype=wp.vec3),
        inv_mass: wp.array(dtype=float),
        particle_flags: wp.array(dtype=wp.int32),
        world_gravity: wp.array(dtype=wp.vec3),
        world_drag: wp.array(dtype=float),
        sim_frame: wp.array(dtype=wp.int32),
        shape_mu: wp.array(dtype=float),
        world_particle_count: wp.int32,
        particle_radius: float,
        x_out: wp.array(dtype=wp.vec3),
        v_out: wp.array(dtype=wp.vec3),
        trajectory: wp.array2d(dtype=wp.vec3),
    ):
        tid = wp.tid()
        world = tid // world_particle_count
        if tid >= x.shape[0]:
            return
        if (particle_flags[tid] & PARTICLE_FLAG_ACTIVE) == 0:
            return
        x_i = x[tid]
        v_i = particle_v[tid]
        w = inv_mass[tid]
        a = world_gravity[world]
        if w == 0.0:
            a = wp.vec3(0.0, 0.0, 0.0)
        damp = wp.max(1.0 - world_drag[world] * dt, 0.0)
        if wp.static(ground):
            slip = 1.0 - shape_mu[tid]
        for _s in range(SUBSTEPS):
            v_i = (v_i + a * dt) * damp
            if wp.static(max_speed > 0.0):
                speed = wp.length(v_i)
                if speed > max_speed:
                    v_i = v_i * (max_speed / speed)
            x_i = x_i + v_i * dt
            if wp.static(half_width > 0.0):
                if wp.abs(x_i[0]) > half_width:
                    x_i = wp.vec3(wp.clamp(x_i[0], -half_width, half_width), x_i[1], x_i[2])
                    v_i = wp.vec3(0.0, v_i[1], v_i[2])
            if wp.static(ground):
                if x_i[1] < particle_radius:
                    x_i = wp.vec3(x_i[0], particle_radius, x_i[2])
                    vn = wp.min(v_i[1], 0.0)
                    v_i = wp.vec3(v_i[0] * slip, -vn * 0.5, v_i[2] * slip)
        x_out[tid] = x_i
        v_out[tid] = v_i
        frame = sim_frame[0]
        if frame % record_every != 0:
            return
        slot = (frame // record_every) % history
        trajectory[slot, tid] = x_i
    return substep_particles


substep_particles_ground = create_substep_particles(history=16, ground=True, max_speed=25.0, half_width=2.0, record_every=4)


@wp.kernel
def clear_forces(forces: wp.array(dtype=float)):
    tid = wp.tid()
    forces[tid] = 0.0
