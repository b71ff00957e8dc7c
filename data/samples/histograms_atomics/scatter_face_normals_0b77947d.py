import warp as wp


class GeoType:
    SPHERE = wp.constant(0)
    BOX = wp.constant(1)
    CAPSULE = wp.constant(2)
    PLANE = wp.constant(3)


@wp.func
def triangle_normal(p0: wp.vec3, p1: wp.vec3, p2: wp.vec3) -> wp.vec3:
    # twice the area times the unit normal (right-handed winding)
    return wp.cross(p1 - p0, p2 - p0)


@wp.kernel(enable_backward=False)
def scatter_face_normals(
    triangles: wp.array2d[wp.int32],
    vertices: wp.array[wp.vec3],
    num_tris: wp.int32,
    normals_accum: wp.array[wp.vec3],
    vertex_weight_sum: wp.array[float],
    face_normals: wp.array[wp.vec3],
):
    tid = wp.tid()
    if tid >= num_tris:
        return
    i0 = triangles[tid, 0]
    i1 = triangles[tid, 1]
    i2 = triangles[tid, 2]
    p0 = vertices[i0]
    p1 = vertices[i1]
    p2 = vertices[i2]
    n = triangle_normal(p0, p1, p2)
    n_unit = wp.normalize(n)
    face_normals[tid] = n_unit
    wp.atomic_add(normals_accum, i0, n_unit)
    wp.atomic_add(normals_accum, i1, n_unit)
    wp.atomic_add(normals_accum, i2, n_unit)
    # the summed weights turn the sums into averages in the normalising pass
    wp.atomic_add(vertex_weight_sum, i0, 1.0)
    wp.atomic_add(vertex_weight_sum, i1, 1.0)
    wp.atomic_add(vertex_weight_sum, i2, 1.0)


@wp.kernel
def count_bins(values: wp.array[float], lower: float, counts: wp.array[wp.int32]):
    tid = wp.tid()
    x = values[tid]
    num_bins = counts.shape[0]
    b = wp.clamp(int((x - lower) * 16.0), 0, num_bins - 1)
    wp.atomic_add(counts, b, 1)


@wp.kernel(enable_backward=False)
def append_ground_contacts(
    world_shape_count: wp.array[wp.int32],
    shape_type: wp.array2d[wp.int32],
    sphere_centers: wp.array2d[wp.vec3],
    sphere_radius: wp.array2d[float],
    half_height: float,
    ground_normal: wp.vec3,
    ground_height: float,
    margin: float,
    max_contacts_per_world: wp.int32,
    world_contacts: wp.array[wp.int32],
    contact_shape0: wp.array2d[wp.int32],
    penetration: wp.array2d[float],
    dropped_contacts: wp.array[wp.int32],
):
    world, s = wp.tid()
    if s >= world_shape_count[world]:
        return
    center = sphere_centers[world, s]
    r = sphere_radius[world, s]
    geo = shape_type[world, s]
    if geo != GeoType.SPHERE and geo != GeoType.CAPSULE:
        # other shape types have contact kernels of their own
        return
    # signed distance of the surface below the plane
    depth = r - (wp.dot(center, ground_normal) - ground_height)
    if geo == GeoType.CAPSULE:
        # a capsule lies along y: its lower cap reaches further down
        depth += half_height * wp.abs(ground_normal[1])
    if depth < -margin:
        return
    slot = wp.atomic_add(world_contacts, world, 1)
    if slot >= max_contacts_per_world:
        # counted, so the host can grow the buffer
        wp.atomic_add(dropped_contacts, world, 1)
        return
    contact_shape0[world, slot] = s
    penetration[world, slot] = depth


@wp.kernel
def flag_bad_values(
    data: wp.array[wp.vec3],
    valid: wp.array[bool],
    total_count: wp.array[wp.int64],
):
    tid = wp.tid()
    x = data[tid]
    bad = wp.isnan(x) or wp.isinf(x)
    valid[tid] = not bad
    if bad:
        wp.atomic_add(total_count, 0, wp.int64(1))


@wp.func
def add_to_sensor(
    world: wp.int32,
    shape: wp.int32,
    f: wp.vec3,
    shape_bodies: wp.array2d(dtype=wp.int32),
    body_sensors: wp.array2d(dtype=wp.int32),
    forces: wp.array2d(dtype=wp.vec3),
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


@wp.kernel(enable_backward=False)
def accumulate_contact_sensors(
    contact_count: wp.array[wp.int32],
    contact_shape0: wp.array2d[wp.int32],
    contact_shape1: wp.array2d[wp.int32],
    shape_body_index: wp.array2d[wp.int32],
    sensor_of_body: wp.array2d[wp.int32],
    contact_normal: wp.array2d[wp.vec3],
    contact_lambda: wp.array2d[float],
    time_step: float,
    sensor_force: wp.array2d[wp.vec3],
):
    world, c = wp.tid()
    if c >= contact_count[world]:
        return
    lambda_n = contact_lambda[world, c]
    # the solver's normal impulse over the step is the mean contact force
    f_n = lambda_n / time_step
    # the normal points from the second shape to the first: the first is pushed along it
    f = contact_normal[world, c] * f_n
    add_to_sensor(world, contact_shape0[world, c], f, shape_body_index, sensor_of_body, sensor_force)
    add_to_sensor(world, contact_shape1[world, c], -f, shape_body_index, sensor_of_body, sensor_force)
