import warp as wp


@wp.kernel
def integrate_forces(
    velocities: wp.array[wp.vec2],
    positions: wp.array[wp.vec2],
    anchors: wp.array[wp.vec2],
    spring_rest_length: wp.array[float],
    stiffness: float,
    particle_mass: float,
    dt: float,
    new_velocities: wp.array[wp.vec2],
):
    """Turn each particle's force into a change of velocity."""
    tid = wp.tid()
    v = velocities[tid]
    target = anchors[tid]
    rest = spring_rest_length[tid]

    # Hooke spring towards the anchor
    offset = target - positions[tid]
    distance = wp.length(offset)
    f_spring = offset * (stiffness * (distance - rest) / wp.max(distance, 1.0e-6))
    w = 1.0 / particle_mass
    new_velocities[tid] = v + f_spring * w * dt
