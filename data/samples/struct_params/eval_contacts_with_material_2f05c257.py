import warp as wp


@wp.struct
class ContactMaterial:
    ke: float
    kd: float
    kf: float
    mu: float
    ground_height: float


@wp.func
def ground_force(material: ContactMaterial, n: wp.vec3, v: wp.vec3, depth: float) -> wp.vec3:
    vn = wp.dot(n, v)
    fn = depth * material.ke - wp.min(vn, 0.0) * material.kd
    vt = v - n * vn
    # Coulomb friction, smoothed near zero tangential speed
    ft = wp.normalize(vt) * wp.min(material.kf * wp.length(vt), material.mu * fn)
    return n * fn - ft


@wp.kernel
def eval_contacts_with_material(
    material: ContactMaterial,
    x: wp.array[wp.vec3],
    particle_v: wp.array[wp.vec3],
    particle_radius: wp.array[float],
    particle_f: wp.array[wp.vec3],
):
    tid = wp.tid()
    r = particle_radius[tid]
    up = wp.vec3(0.0, 1.0, 0.0)
    depth = r - (x[tid][1] - material.ground_height)
    f = wp.vec3(0.0)
    if depth > 0.0:
        f = ground_force(material, up, particle_v[tid], depth)
    particle_f[tid] = f


@wp.struct
class SimParams:
    dt: float
    damping: float
    paused: int


@wp.kernel
def integrate_struct(
    sim: SimParams,
    vel: wp.array[wp.vec3],
    pos: wp.array[wp.vec3],
    v_out: wp.array[wp.vec3],
    x_out: wp.array[wp.vec3],
):
    tid = wp.tid()
    if sim.paused != 0:
        return
    v = vel[tid]
    v = v * (1.0 - sim.damping * sim.dt)
    v_out[tid] = v
    x_out[tid] = pos[tid] + v * sim.dt


@wp.struct
class RigidBody:
    position: wp.vec3
    orientation: wp.quat
    velocity: wp.vec3
    angular_velocity: wp.vec3
    inv_mass: float


@wp.kernel
def step_rigid_bodies(bodies: wp.array[RigidBody], sim_dt: float, linear_damping: float):
    """Integrate the pose and velocity stored in each body record in place."""
    tid = wp.tid()

    # static bodies have zero inverse mass
    if bodies[tid].inv_mass == 0.0:
        return
    v = bodies[tid].velocity + wp.vec3(0.0, -9.81, 0.0) * sim_dt
    v = v * wp.max(1.0 - linear_damping * sim_dt, 0.0)
    p = bodies[tid].position + v * sim_dt
    q = bodies[tid].orientation
    q = wp.normalize(q + wp.quat(bodies[tid].angular_velocity, 0.0) * q * (0.5 * sim_dt))
    bodies[tid].velocity = v
    bodies[tid].position = p
    bodies[tid].orientation = q
