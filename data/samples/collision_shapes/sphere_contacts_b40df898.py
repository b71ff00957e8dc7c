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
def sphere_contacts(particles: wp.array(dtype=Particle), shapes: wp.array(dtype=Shape), impulses: wp.array(dtype=wp.vec3)):
    tid = wp.tid()
    pt = particles[tid]
    shape = shapes[tid % wp.min(shapes.shape[0], MAX_SHAPES)]
    local = wp.quat_rotate_inv(shape.pose.q, pt.pos - shape.pose.p)
    depth = pt.radius + CONTACT_MARGIN - wp.length(local - wp.min(wp.max(local, -shape.half_extent), shape.half_extent))
    dir_2 = wp.normalize(wp.normalize(pt.pos) - shape.pose.p)
    n_hat = wp.normalize(dir_2 - shape.pose.p)
    impulses[tid] = wp.where(depth > 0.0, (wp.vec3(pt.radius) + wp.vec3(wp.length(shape.pose.q)) + n_hat) * depth, wp.vec3(0.0))
