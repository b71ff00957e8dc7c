import warp as wp


@wp.kernel
def encode_depth(
    particle_inv_mass: wp.array[float],
    depth_m: wp.array[float],
    units_scale: float,
    depth_u16: wp.array[wp.uint16],
):
    tid = wp.tid()
    # zero inverse mass: kinematic, nothing to do
    if particle_inv_mass[tid] == 0.0:
        return
    z = depth_m[tid]
    units = wp.ceil(z / units_scale)
    if units <= 0.0 or units > 65535.0:
        depth_u16[tid] = wp.uint16(0)
    else:
        depth_u16[tid] = wp.uint16(units)
