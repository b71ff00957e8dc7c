import warp as wp


@wp.kernel(enable_backward=False)
def prepare_contact_buffers(
    shape_count: int,
    world_count: int,
    rigid_contact_count: wp.array[int],
    last_contact_count: wp.array[int],
    overflow_flag: wp.array[int],
    contact_shape0: wp.array[int],
    contact_shape1: wp.array[int],
    rigid_contact_force: wp.array[wp.vec3],
    pair_table: wp.array2d[int],
    world_contact_count: wp.array[int],
    contact_high_water: wp.array[int],
):
    count = rigid_contact_count[0]
    if count > contact_high_water[0]:
        contact_high_water[0] = count
    capacity = contact_shape0.shape[0]
    if count > capacity:
        overflow_flag[0] = count - capacity
        count = capacity
    last_contact_count[0] = count
    for k in range(capacity):
        contact_shape0[k] = -1
        contact_shape1[k] = -1
        rigid_contact_force[k] = wp.vec3(0.0)
    for a in range(shape_count):
        for b in range(shape_count):
            pair_table[a, b] = -1
    for w in range(world_count):
        world_contact_count[w] = 0
    rigid_contact_count[0] = 0
