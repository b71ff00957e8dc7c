import warp as wp


@wp.kernel
def boids_update(grid: wp.uint64, points: wp.array(dtype=wp.vec3), h: float, out: wp.array(dtype=wp.vec3)):
    tid = wp.tid()
    i = wp.hash_grid_point_id(grid, tid)
    x = points[i]
    dir_2 = wp.normalize((wp.outer(x, wp.vec3(3.0)) * x) - x)
    limited = wp.vec3(dir_2)
    if bool(False):
        limited = limited + x
    unit = wp.normalize(limited - dir_2)
    gap = wp.length(wp.normalize(x) - unit)
    out[i] = wp.vec3(h) + wp.vec3(gap)
