import warp as wp


@wp.kernel
def snap_to_voxels(
    sdf_volume: wp.uint64,
    x: wp.array(dtype=wp.vec3),
    v: wp.array(dtype=wp.vec3),
    dt: float,
    out: wp.array(dtype=float),
):
    tid = wp.tid()
    p = x[tid]
    vel = v[tid]
    pos = p + vel * dt
    uvw = wp.volume_world_to_index(sdf_volume, pos)
    ijk = wp.vec3i(int(wp.round(uvw[0])), int(wp.round(uvw[1])), int(wp.round(uvw[2])))
    d = wp.volume_lookup(sdf_volume, ijk[0], ijk[1], ijk[2], dtype=float)
    out[tid] = d
