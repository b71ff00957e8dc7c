import warp as wp


MAX_ITERS = wp.constant(64)


@wp.kernel(enable_backward=False)
def clear_contacts(
    world_contact_count: wp.array[wp.int32],
    contact_shape0: wp.array2d[wp.int32],
    dropped_contacts: wp.array[wp.int32],
    num_envs: wp.int32,
    max_contacts_per_world: wp.int32,
):
    """Single-thread set-up kernel: empty the contact buffers before the next collision pass."""
    dropped = wp.int32(0)
    for w in range(num_envs):
        count = world_contact_count[w]
        dropped += wp.max(count - max_contacts_per_world, 0)
        world_contact_count[w] = 0
        for c in range(max_contacts_per_world):
            contact_shape0[w, c] = -1
    dropped_contacts[0] = dropped


@wp.kernel
def julia_iterations(coords: wp.array[wp.vec2], num_iters: wp.array[float]):
    """Mandelbrot membership test: iterations until the orbit escapes."""
    tid = wp.tid()
    c = wp.vec2d(coords[tid])
    z = c
    n = int(0)
    while n < MAX_ITERS and wp.dot(z, z) <= wp.float64(4.0):
        z = wp.abs(z)
        z = wp.vec2d(z[0] * z[0] - z[1] * z[1], wp.float64(2.0) * z[0] * z[1]) + c
        n += 1
    num_iters[tid] = float(n)
