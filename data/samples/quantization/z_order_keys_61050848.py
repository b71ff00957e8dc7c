import warp as wp


MU = wp.constant(255.0)


@wp.func
def spread_bits(v: wp.int64) -> wp.int64:
    # insert two zero bits between each of the low 21 bits
    x = v & wp.int64(0x1FFFFF)
    x = (x | (x << wp.int64(32))) & wp.int64(0x1F00000000FFFF)
    x = (x | (x << wp.int64(16))) & wp.int64(0x1F0000FF0000FF)
    x = (x | (x << wp.int64(8))) & wp.int64(0x100F00F00F00F00F)
    x = (x | (x << wp.int64(4))) & wp.int64(0x10C30C30C30C30C3)
    x = (x | (x << wp.int64(2))) & wp.int64(0x1249249249249249)
    return x


@wp.kernel
def z_order_keys(
    positions: wp.array[wp.vec3],
    origin: wp.vec3,
    cell_size: float,
    keys: wp.array[wp.int64],
):
    """Quantise positions to 21 bits per axis and interleave them into a sort key."""
    tid = wp.tid()
    p = positions[tid]
    inv_dx = 1.0 / cell_size
    local = (p - origin) * inv_dx
    cell = wp.vec3i(int(wp.floor(local[0])), int(wp.floor(local[1])), int(wp.floor(local[2])))
    cell = wp.max(cell, wp.vec3i(0, 0, 0))
    keys[tid] = spread_bits(wp.int64(cell[0])) | (spread_bits(wp.int64(cell[1])) << wp.int64(1)) | (spread_bits(wp.int64(cell[2])) << wp.int64(2))


@wp.kernel
def bytes_to_float(
    active_count: wp.array[wp.int32],
    flags: wp.array[wp.int32],
    codes: wp.array[wp.uint16],
    values_out: wp.array[float],
):
    tid = wp.tid()
    if tid >= active_count[0] or flags[tid] == 0:
        return
    values_out[tid] = wp.clamp(float(codes[tid]) / 65535.0, 0.0, 1.0)


@wp.kernel
def compand_audio(values: wp.array[float], signs: wp.array[wp.int8]):
    tid = wp.tid()
    v = values[tid]
    a = wp.min(wp.abs(v), 1.0)
    y = wp.copysign(wp.log(1.0 + MU * a) / wp.log(1.0 + MU), v)
    signs[tid] = wp.int8(wp.clamp(wp.rint(y * 127.0), -127.0, 127.0))
