import warp as wp


class GeoType:
    SPHERE = wp.constant(0)
    CAPSULE = wp.constant(1)


@wp.kernel(enable_backward=False)
def append_ground_contacts(
    world_shape_count: wp.array(dtype=wp.int32),
    geo_type: wp.array2d(dtype=wp.int32),
    half_heights: wp.array2d(dtype=float),
    shape_position: wp.array2d(dtype=wp.vec3),
    sphere_radius: wp.array2d(dtype=float),
    up: wp.vec3,
    ground_height: float,
    margin: float,
    max_contacts_per_world: wp.int32,
    world_contact_count: wp.array(dtype=wp.int32),
    contact_shape0: wp.array2d(dtype=wp.int32),
):
    world, s = wp.tid()
    if s >= world_shape_count[world]:
        return
    half_height = half_heights[world, s]
    center = shape_position[world, s]
    geo = geo_type[world, s]
    if geo != GeoType.SPHERE and geo != GeoType.CAPSULE:
        # other shape types have contact kernels of their own
        return
    # signed distance of the surface below the plane
    depth = sphere_radius[world, s] - (wp.dot(center, up) - ground_height)
    if geo == GeoType.CAPSULE:
        # a capsule lies along y: its lower cap reaches further down
        depth += half_height * wp.abs(up[1])
    if depth < -margin:
        return
    slot = wp.atomic_add(world_contact_count, world, 1)
    if slot >= max_contacts_per_world:
        return
    contact_shape0[world, slot] = s
