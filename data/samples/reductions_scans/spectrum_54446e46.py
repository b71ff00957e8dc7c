import warp as wp


TWO_PI = wp.constant(2.0 * wp.pi)


@wp.kernel
def spectrum(x: wp.array[float], dft: wp.array[wp.vec2]):
    k = wp.tid()
    n = x.shape[0]
    re = float(0.0)
    im = float(0.0)
    step = TWO_PI * float(k) / float(n)
    for m in range(n):
        a = step * float(m)
        s = x[m] * (0.5 - 0.5 * wp.cos(TWO_PI * float(m) / float(n)))
        re += s * wp.cos(a)
        im -= s * wp.sin(a)
    dft[k] = wp.vec2(re, im)


@wp.kernel
def scale_by_group(
    src: wp.array[wp.vec3],
    ids: wp.array[wp.int32],
    group_scale: wp.array[float],
    out: wp.array[wp.vec3],
):
    tid = wp.tid()
    g = ids[tid]
    # -1 marks an item that belongs to no group
    if g < 0:
        return
    out[tid] = src[tid] * group_scale[g]


@wp.kernel(enable_backward=False)
def index_world_bodies(
    body_count_per_world: wp.array[wp.int32],
    world_count: wp.int32,
    world_body_start: wp.array[wp.int32],
    max_bodies_per_world: wp.array[wp.int32],
):
    start = wp.int32(0)
    most = wp.int32(0)
    for w in range(world_count):
        count = body_count_per_world[w]
        world_body_start[w] = start
        start += count
        most = wp.max(most, count)
    world_body_start[world_count] = start
    max_bodies_per_world[0] = most


@wp.kernel(enable_backward=False)
def build_segment_offsets(
    segment_counts: wp.array[wp.int32],
    segment_count: wp.int32,
    segment_offsets: wp.array[wp.int32],
):
    """Turn per-segment counts into start offsets; one thread, the segments are few."""
    total = wp.int32(0)
    for s in range(segment_count):
        count = segment_counts[s]
        segment_offsets[s] = total
        total += count
    segment_offsets[segment_count] = total


@wp.kernel
def sum_by_label(
    inv_masses: wp.array[float],
    segment_ids: wp.array[wp.int32],
    a: wp.array[wp.vec3],
    segment_sums: wp.array[float],
):
    """Reduce by key with atomics (no sorting needed)."""
    tid = wp.tid()
    w = inv_masses[tid]
    # zero inverse mass: kinematic, nothing to do
    if w == 0.0:
        return
    seg = segment_ids[tid]
    u = a[tid]
    if seg >= 0 and seg < segment_sums.shape[0]:
        wp.atomic_add(segment_sums, seg, wp.norm_l2(u))
