import warp as wp


@wp.struct
class Box:
    lower: wp.vec3
    upper: wp.vec3


@wp.struct
class StepParams:
    gravity: wp.vec3
    dt: float
    damping: float


@wp.kernel
def integrate_velocity_struct(params: StepParams, velocities: wp.array[wp.vec3]):
    tid = wp.tid()
    vel = velocities[tid]
    velocities[tid] = (vel + params.gravity * params.dt) * (1.0 - params.damping * params.dt)


@wp.struct
class SimParams:
    dt: float
    gravity: wp.vec3
    drag: float
    paused: int


@wp.kernel
def apply_settings(
    sim: SimParams,
    velocities: wp.array[wp.vec3],
    velocities_out: wp.array[wp.vec3],
):
    tid = wp.tid()
    if sim.paused != 0:
        return
    v = velocities[tid]
    v = v + (sim.gravity - sim.drag * v) * sim.dt
    velocities_out[tid] = v


@wp.kernel
def confine_particles(box: Box, points: wp.array[wp.vec3], positions_out: wp.array[wp.vec3]):
    tid = wp.tid()
    pos = points[tid]
    positions_out[tid] = wp.max(wp.min(pos, box.upper), box.lower)


@wp.struct
class RigidBody:
    pose: wp.transform
    velocity: wp.vec3
    angular_velocity: wp.vec3
    inv_mass: float


@wp.kernel
def step_rigid_bodies(bodies: wp.array[RigidBody], gravity: wp.vec3, delta_time: float):
    """Integrate the pose and velocity stored in each body record in place."""
    tid = wp.tid()
    if bodies[tid].inv_mass == 0.0:
        return
    v = bodies[tid].velocity + gravity * delta_time
    p = wp.transform_get_translation(bodies[tid].pose) + v * delta_time
    q = wp.transform_get_rotation(bodies[tid].pose)
    w = wp.quat_rotate(q, bodies[tid].angular_velocity)
    q = wp.normalize(q + wp.quat(w, 0.0) * q * (0.5 * delta_time))
    bodies[tid].velocity = v
    bodies[tid].pose = wp.transform(p, q)
