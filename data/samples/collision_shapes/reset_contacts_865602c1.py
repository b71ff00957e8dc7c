import warp as wp


@wp.kernel(enable_backward=False)
def reset_contacts(
    max_contacts: wp.int32,
    rigid_contact_count: wp.array(dtype=wp.int32),
    last_contact_count: wp.array(dtype=wp.int32),
    overflow_flag: wp.array(dtype=wp.int32),
    contact_shape0: wp.array(dtype=wp.int32),
    contact_shape1: wp.array(dtype=wp.int32),
    contact_force: wp.array(dtype=wp.vec3),
    max_contact_count: wp.array(dtype=wp.int32),
):
    count = rigid_contact_count[0]
    # high-water mark: the host sizes the buffers from it
    if count > max_contact_count[0]:
        max_contact_count[0] = count
    if count > max_contacts:
        # the host grows the buffers by the contacts that found no slot
        overflow_flag[0] = count - max_contacts
        count = max_contacts
    # the previous pass's count tells the solver how many impulses to warm-start
    last_contact_count[0] = count
    for k in range(count):
        contact_shape0[k] = -1
        contact_shape1[k] = -1
        contact_force[k] = wp.vec3(0.0)
    rigid_contact_count[0] = 0
