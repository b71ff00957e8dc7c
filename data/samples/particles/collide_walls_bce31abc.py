import warp as wp


@wp.kernel
def collide_walls(
    positions: wp.array[wp.vec2],
    velocities: wp.array[wp.vec2],
    y_min: float,
    ceiling: float,
    bounce: float,
):
    """Simple box boundary: clamp the position, bounce the velocity."""
    tid = wp.tid()
    x = positions[tid]
    v = velocities[tid]
    # ground plane
    if x[1] < y_min:
        x[1] = y_min
        v[1] = -v[1] * bounce
    elif x[1] > ceiling:
        x[1] = ceiling
        v[1] = -v[1] * bounce
    positions[tid] = x
    velocities[tid] = v
