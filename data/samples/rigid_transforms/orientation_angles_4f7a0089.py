import warp as wp


@wp.kernel
def orientation_angles(orientations: wp.array[wp.quat], rpy_out: wp.array[wp.vec3]):
    tid = wp.tid()
    rpy_out[tid] = wp.quat_to_rpy(orientations[tid]) * (180.0 / wp.pi)
