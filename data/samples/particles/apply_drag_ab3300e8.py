import warp as wp


@wp.kernel
def apply_drag(
    inv_masses: wp.array(dtype=float),
    velocities: wp.array(dtype=wp.vec3),
    spring_damping: wp.array(dtype=float),
    time_step: float,
    new_velocities: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    w = inv_masses[tid]
    # zero inverse mass: kinematic, nothing to do
    if w == 0.0:
        return
    new_velocities[tid] = velocities[tid] * wp.max(1.0 - spring_damping[tid] * time_step, 0.0)
