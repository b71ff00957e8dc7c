import warp as wp


class GeoType:
    SPHERE = wp.constant(0)
    CAPSULE = wp.constant(1)


@wp.kernel(enable_backward=False)
def collect_ground_contacts(
    world_shape_count: wp.array(dtype=wp.int32),
    shape_type: wp.array2d(dtype=wp.int32),
    half_heights: wp.array2d(dtype=float),
    shape_position: wp.array2d(dtype=wp.vec3),
    shape_radius: wp.array2d(dtype=float),
    world_contact_count: wp.array(dtype=wp.int32),
    contact_shape: wp.array2d(dtype=wp.int32),
    contact_overflow: wp.array(dtype=wp.int32),
    ground_normal: wp.vec3,
    contact_margin: float,
    contact_capacity: wp.int32,
):
    world, s = wp.tid()
    if s >= world_shape_count[world]:
        return
    r = shape_radius[world, s]
    geo = shape_type[world, s]
    if geo != GeoType.SPHERE and geo != GeoType.CAPSULE:
        return
    depth = r - wp.dot(shape_position[world, s], ground_normal)
    if geo == GeoType.CAPSULE:
        depth += half_heights[world, s] * wp.abs(ground_normal[1])
    if depth < -contact_margin:
        return
    slot = wp.atomic_add(world_contact_count, world, 1)
    if slot >= contact_capacity:
        wp.atomic_add(contact_overflow, world, 1)
        return
    contact_shape[world, slot] = s
