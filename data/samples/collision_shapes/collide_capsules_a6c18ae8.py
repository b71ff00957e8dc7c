import warp as wp


@wp.kernel
def collide_capsules(
    contact_pairs: wp.array(dtype=wp.vec2i),
    edge_starts: wp.array(dtype=wp.vec3),
    edge_ends: wp.array(dtype=wp.vec3),
    particle_radius: wp.array(dtype=float),
    spring_stiffness: wp.array(dtype=float),
    particle_f: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    candidate = contact_pairs[tid]
    k = spring_stiffness[tid]
    i = candidate[0]
    j = candidate[1]
    if i == j:
        return
    # (s, t, distance) along each segment
    st = wp.closest_point_edge_edge(edge_starts[i], edge_ends[i], edge_starts[j], edge_ends[j], 1.0e-6)
    depth = particle_radius[i] + particle_radius[j] - st[2]
    if depth > 0.0:
        pa = wp.lerp(edge_starts[i], edge_ends[i], st[0])
        pb = wp.lerp(edge_starts[j], edge_ends[j], st[1])
        f = wp.normalize(pa - pb) * (k * depth)
        wp.atomic_add(particle_f, i, f)
        wp.atomic_sub(particle_f, j, f)
