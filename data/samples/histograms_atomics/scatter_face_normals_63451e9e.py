import warp as wp


@wp.func
def triangle_normal(p0: wp.vec3, p1: wp.vec3, p2: wp.vec3) -> wp.vec3:
    # twice the area times the unit normal (right-handed winding)
    return wp.cross(p1 - p0, p2 - p0)


@wp.kernel
def scatter_face_normals(
    triangles: wp.array(dtype=wp.int32),
    verts: wp.array(dtype=wp.vec3),
    normals_accum: wp.array(dtype=wp.vec3),
    vertex_area: wp.array(dtype=float),
    face_areas: wp.array(dtype=float),
):
    tid = wp.tid()
    if tid >= triangles.shape[0] // 3:
        return
    base = tid * 3
    i0 = triangles[base]
    i1 = triangles[base + 1]
    i2 = triangles[base + 2]
    p0 = verts[i0]
    p1 = verts[i1]
    p2 = verts[i2]
    n = triangle_normal(p0, p1, p2)
    double_area = wp.length(n)
    area = 0.5 * double_area
    face_areas[tid] = area
    wp.atomic_add(normals_accum, i0, n)
    wp.atomic_add(normals_accum, i1, n)
    wp.atomic_add(normals_accum, i2, n)
    wp.atomic_add(vertex_area, i0, area)
    wp.atomic_add(vertex_area, i1, area)
    wp.atomic_add(vertex_area, i2, area)


@wp.func
def add_to_sensor(
    world: wp.int32,
    shape: wp.int32,
    f: wp.vec3,
    p: wp.vec3,
    shape_bodies: wp.array2d(dtype=wp.int32),
    body_sensors: wp.array2d(dtype=wp.int32),
    forces: wp.array2d(dtype=wp.vec3),
    torques: wp.array2d(dtype=wp.vec3),
    hits: wp.array2d(dtype=wp.int32),
):
    # static shapes, and bodies without a sensor, are -1 in the tables
    if shape < 0:
        return
    body = shape_bodies[world, shape]
    if body < 0:
        return
    sensor = body_sensors[world, body]
    if sensor < 0:
        return
    wp.atomic_add(forces, world, sensor, f)
    # moment about the world origin, as body wrenches store it
    wp.atomic_add(torques, world, sensor, wp.cross(p, f))
    wp.atomic_add(hits, world, sensor, 1)


@wp.kernel(enable_backward=False)
def update_force_sensors(
    world_contact_count: wp.array(dtype=wp.int32),
    contact_shape0: wp.array2d(dtype=wp.int32),
    shape_body_index: wp.array2d(dtype=wp.int32),
    sensor_of_body: wp.array2d(dtype=wp.int32),
    contact_normal: wp.array2d(dtype=wp.vec3),
    contact_lambda: wp.array2d(dtype=float),
    contact_point: wp.array2d(dtype=wp.vec3),
    delta_time: float,
    force_threshold: float,
    sensor_force: wp.array2d(dtype=wp.vec3),
    sensor_torque: wp.array2d(dtype=wp.vec3),
    sensor_contact_count: wp.array2d(dtype=wp.int32),
):
    world, c = wp.tid()
    if c >= world_contact_count[world]:
        return
    n = contact_normal[world, c]
    # the solver's normal impulse over the step is the mean contact force
    f_n = contact_lambda[world, c] / delta_time
    if f_n < force_threshold:
        # below the sensor's noise floor
        return
    # the normal points from the second shape to the first: the first is pushed along it
    f = n * f_n
    add_to_sensor(world, contact_shape0[world, c], f, contact_point[world, c], shape_body_index, sensor_of_body, sensor_force, sensor_torque, sensor_contact_count)


@wp.kernel
def density_grid(
    positions: wp.array(dtype=wp.vec3),
    lower: float,
    counts: wp.array2d(dtype=wp.int32),
):
    tid = wp.tid()
    p = positions[tid]
    ix = int(wp.floor((p[0] - lower) * 16.0))
    iy = int(wp.floor((p[1] - lower) * 16.0))
    if ix < 0 or iy < 0 or ix >= counts.shape[0] or iy >= counts.shape[1]:
        return
    wp.atomic_add(counts, ix, iy, 1)
