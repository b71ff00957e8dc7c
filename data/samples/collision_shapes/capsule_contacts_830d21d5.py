import warp as wp


@wp.kernel
def capsule_contacts(
    contact_pairs: wp.array[wp.vec2i],
    edge_starts: wp.array[wp.vec3],
    segment_ends: wp.array[wp.vec3],
    radii: wp.array[float],
    spring_stiffness: wp.array[float],
    forces: wp.array[wp.vec3],
):
    tid = wp.tid()
    pair = contact_pairs[tid]
    i = pair[0]
    j = pair[1]
    if i == j:
        return
    # (s, t, distance) along each segment
    st = wp.closest_point_edge_edge(edge_starts[i], segment_ends[i], edge_starts[j], segment_ends[j], 1.0e-6)
    depth = radii[i] + radii[j] - st[2]
    if depth > 0.0:
        pa = wp.lerp(edge_starts[i], segment_ends[i], st[0])
        pb = wp.lerp(edge_starts[j], segment_ends[j], st[1])
        f = wp.normalize(pa - pb) * (spring_stiffness[tid] * depth)
        wp.atomic_add(forces, i, f)
        wp.atomic_sub(forces, j, f)
