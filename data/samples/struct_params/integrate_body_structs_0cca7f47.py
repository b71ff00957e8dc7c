import warp as wp


@wp.struct
class RigidBody:
    position: wp.vec3
    orientation: wp.quat
    velocity: wp.vec3
    angular_velocity: wp.vec3
    inv_mass: float


@wp.kernel
def integrate_body_structs(bodies: wp.array(dtype=RigidBody), dt: float, linear_damping: float):
    tid = wp.tid()
    body = bodies[tid]
    # static bodies have zero inverse mass
    if body.inv_mass == 0.0:
        return
    v = body.velocity + wp.vec3(0.0, -9.81, 0.0) * dt
    v = v * wp.exp(-linear_damping * dt)
    p = body.position + v * dt
    q = body.orientation
    # angular velocity is stored in the body frame
    w = wp.quat_rotate(q, body.angular_velocity)
    q = wp.normalize(q + wp.quat(w, 0.0) * q * (0.5 * dt))
    body.velocity = v
    body.position = p
    body.orientation = q
    bodies[tid] = body
