import warp as wp


@wp.struct
class Box:
    lower: wp.vec3
    upper: wp.vec3


@wp.kernel
def enforce_bounds(box: Box, points: wp.array[wp.vec3]):
    tid = wp.tid()
    pos = points[tid]
    p = pos
    points[tid] = wp.vec3(
        wp.clamp(p[0], box.lower[0], box.upper[0]),
        wp.clamp(p[1], box.lower[1], box.upper[1]),
        wp.clamp(p[2], box.lower[2], box.upper[2]),
    )
