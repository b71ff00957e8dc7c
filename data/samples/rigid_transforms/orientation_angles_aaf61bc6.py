import warp as wp


@wp.kernel
def orientation_angles(rotations: wp.array[wp.quat], num_active: int, rpy_out: wp.array[wp.vec3]):
    tid = wp.tid()
    if tid >= num_active:
        return
    rot = rotations[tid]
    rpy_out[tid] = wp.quat_to_rpy(rot)
