import warp as wp


@wp.kernel(enable_backward=False)
def prepare_contact_buffers(
    max_contacts: wp.int32,
    contact_count: wp.array[wp.int32],
    contact_count_prev: wp.array[wp.int32],
    contact_overflow: wp.array[wp.int32],
    contact_shape0: wp.array[wp.int32],
    contact_shape1: wp.array[wp.int32],
    contact_force: wp.array[wp.vec3],
    max_contact_count: wp.array[wp.int32],
):
    count = contact_count[0]
    if count > max_contact_count[0]:
        max_contact_count[0] = count
    if count > max_contacts:
        contact_overflow[0] = count - max_contacts
        count = max_contacts
    contact_count_prev[0] = count
    for k in range(count):
        contact_shape0[k] = -1
        contact_shape1[k] = -1
        contact_force[k] = wp.vec3(0.0)
    contact_count[0] = 0
