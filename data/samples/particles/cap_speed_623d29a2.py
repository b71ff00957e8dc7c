import warp as wp


@wp.kernel
def cap_speed(particle_v: wp.array[wp.vec3], max_speed: float, velocities_out: wp.array[wp.vec3]):
    """Cap each particle's speed, keeping its direction."""
    tid = wp.tid()
    vel = particle_v[tid]
    speed = wp.length(vel)
    if speed > max_speed:
        velocities_out[tid] = vel * (max_speed / speed)
    else:
        velocities_out[tid] = vel
