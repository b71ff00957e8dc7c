import warp as wp


@wp.kernel
def integrate_particles(
    points: wp.array[wp.vec2],
    velocities: wp.array[wp.vec2],
    anchors: wp.array[wp.vec2],
    velocities_out: wp.array[wp.vec2],
    time_step: float,
    k_spring: float,
    inv_mass: float,
):
    tid = wp.tid()
    x = points[tid]
    v = velocities[tid]
    anchor = anchors[tid]

    # semi-implicit Euler: velocity first, then position
    v_new = v + ((k_spring * (anchor - x)) * inv_mass) * time_step
    velocities_out[tid] = v_new
    points[tid] = (x + v * time_step) + v_new * time_step
