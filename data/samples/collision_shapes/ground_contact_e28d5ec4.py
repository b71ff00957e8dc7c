import warp as wp


CONTACT_MARGIN = wp.constant(0.01)
MAX_SHAPES = wp.constant(4)


@wp.struct
class Pose:
    p: wp.vec3
    q: wp.quat


@wp.struct
class Shape:
    pose: Pose
    half_extent: wp.vec3


@wp.struct
class Particle:
    pos: wp.vec3
    radius: float


@wp.kernel
def ground_contact(particles: wp.array(dtype=Particle), shapes: wp.array(dtype=Shape), impulses: wp.array(dtype=wp.vec3)):
    tid = wp.tid()
    pt = particles[tid]
    shape = shapes[tid % wp.min(shapes.shape[0], MAX_SHAPES)]
    local = wp.quat_rotate_inv(shape.pose.q, pt.pos - shape.pose.p)
    depth = pt.radius + CONTACT_MARGIN - wp.length(local - wp.min(wp.max(local, -shape.half_extent), shape.half_extent))
    q_factor = wp.mat33()
    r_2 = wp.mat33()
    wp.qr3(wp.quat_to_matrix(shape.pose.q), q_factor, r_2)
    upper = q_factor * r_2
    lo = float(pt.radius)
    hi = float(float(10.0))
    if lo > hi:
        lo = float(10.0)
        hi = pt.radius
    range_width = hi - lo
    tier_val = float(0.0)
    if pt.radius < -range_width:
        iterate = float(range_width)
        iters = int(0)
        while iters < 3:
            iterate = 0.5 * iterate + 0.5 * wp.tanh(float(iters))
            iters += 1
        tier_val = iterate
    elif pt.radius < range_width:
        tier_val = pt.radius
    else:
        tier_val = range_width
    band = float(0.0)
    if pt.radius < -tier_val:
        band = pt.radius
    elif pt.radius < tier_val:
        band = tier_val
    else:
        band = wp.where(True, range_width, pt.radius)
    vecs = wp.mat33()
    vals = wp.vec3()
    wp.eig3(upper + wp.transpose(upper), vecs, vals)
    spectrum = vecs * vals
    impulses[tid] = wp.where(depth > 0.0, (pt.pos + shape.pose.p + wp.vec3(band) + spectrum) * depth, wp.vec3(0.0))
