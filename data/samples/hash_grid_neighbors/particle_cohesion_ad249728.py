import warp as wp


@wp.kernel
def particle_cohesion(grid: wp.uint64, points: wp.array(dtype=wp.vec3), h: float, out: wp.array(dtype=wp.vec3)):
    tid = wp.tid()
    i = wp.hash_grid_point_id(grid, tid)
    x = points[i]
    unit = wp.normalize(x - wp.vec3(10.0, 0.75, 0.25))
    amount = h
    out[i] = unit + wp.vec3(amount)
