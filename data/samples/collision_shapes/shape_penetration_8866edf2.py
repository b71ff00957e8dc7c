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
def shape_penetration(particles: wp.array(dtype=Particle), shapes: wp.array(dtype=Shape), impulses: wp.array(dtype=wp.vec3)):
    tid = wp.tid()
    pt = particles[tid]
    shape = shapes[tid % wp.min(shapes.shape[0], MAX_SHAPES)]
    local = wp.quat_rotate_inv(shape.pose.q, pt.pos - shape.pose.p)
    depth = pt.radius + CONTACT_MARGIN - wp.length(local - wp.min(wp.max(local, -shape.half_extent), shape.half_extent))
    impulses[tid] = wp.where(depth > 0.0, (pt.pos + wp.vec3(pt.radius) + shape.pose.p + wp.vec3(wp.length(shape.pose.q))) * depth, wp.vec3(0.0))
