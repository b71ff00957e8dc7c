import warp as wp


@wp.kernel
def accelerate(
    velocities: wp.array[wp.vec3],
    forces: wp.array[wp.vec3],
    mass: float,
    delta_time: float,
    v_out: wp.array[wp.vec3],
):
    """v <- v + a * dt for every particle."""
    tid = wp.tid()
    force = forces[tid]
    a = force * (1.0 / mass)
    v_out[tid] = velocities[tid] + delta_time * a
