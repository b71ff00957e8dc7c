import warp as wp


class ParticleFlags:
    ACTIVE = wp.constant(wp.int32(1))


@wp.kernel
def sample_by_index(
    item_count: wp.array[wp.int32],
    src: wp.array[wp.vec3],
    ids: wp.array[wp.int32],
    weights: wp.array[float],
    out: wp.array[wp.vec3],
):
    tid = wp.tid()
    if tid >= item_count[0]:
        return
    idx = ids[tid]
    w = weights[tid]
    out[tid] += w * src[idx]


@wp.kernel(enable_backward=False)
def build_active_list(
    particle_flags: wp.array[wp.int32],
    particle_v: wp.array[wp.vec3],
    sleep_threshold: float,
    active_count: wp.array[wp.int32],
    particle_ids: wp.array[wp.int32],
):
    """Active-set compaction: a shared counter hands out the slots of the particle list."""
    tid = wp.tid()
    if (particle_flags[tid] & ParticleFlags.ACTIVE) == 0:
        return
    v = particle_v[tid]
    if wp.length_sq(v) < sleep_threshold * sleep_threshold:
        return
    slot = wp.atomic_add(active_count, 0, 1)
    if slot < particle_ids.shape[0]:
        particle_ids[slot] = tid
