import warp as wp


@wp.kernel
def update_voxels(sdf_volume: wp.uint64, active_voxels: wp.array(dtype=wp.vec3i), margin: float):
    """Offset the SDF at each listed voxel (erosion for a positive offset)."""
    tid = wp.tid()
    d = wp.volume_lookup(sdf_volume, active_voxels[tid][0], active_voxels[tid][1], active_voxels[tid][2], dtype=float)
    wp.volume_store(sdf_volume, active_voxels[tid][0], active_voxels[tid][1], active_voxels[tid][2], d + margin)
