import warp as wp


@wp.func
def sphere_sdf(p: wp.vec3, center: wp.vec3, radius: float):
    return wp.length(p - center) - radius


@wp.kernel
def composite(
    image: wp.array2d[wp.vec4],
    background: wp.array2d[wp.vec4],
    positions: wp.array2d[wp.vec3],
    particle_radius: wp.array2d[float],
    center: wp.vec3,
    std_dev: float,
    out: wp.array2d[wp.vec4],
):
    i, j = wp.tid()
    px = image[i, j]
    pos = positions[i, j]
    r = particle_radius[i, j]
    sdf = sphere_sdf(pos, center, r)
    t = 0.5 * wp.erfc(sdf / (1.41421356 * std_dev))
    out[i, j] = wp.lerp(background[i, j], px, t)
