import warp as wp


TILE_THREADS = 64
TILE_SIZE = wp.constant(64)


@wp.kernel
def block_shares(
    particle_x: wp.array[wp.vec3],
    up: wp.vec3,
    plane_offset: float,
    shares: wp.array[float],
):
    i, lane = wp.tid()
    idx = i * wp.block_dim() + lane
    contribution = wp.dot(particle_x[idx], up) - plane_offset
    t = wp.tile(contribution)
    s = wp.tile_sum(t)
    total = s[0]
    shares[idx] = wp.untile(t * wp.where(total != 0.0, 1.0 / total, 0.0))


@wp.kernel
def sum_all_blocks(x: wp.array[float], accum: wp.array[float]):
    """Block-level sum into one total: every block sums its tile cooperatively, then adds it with a single atomic."""
    i = wp.tid()
    t = wp.tile_load(x, shape=TILE_SIZE, offset=i * TILE_SIZE)
    # one atomic per block, not one per value
    wp.tile_atomic_add(accum, wp.tile_sum(t))
