import warp as wp


@wp.kernel
def tonemap(image: wp.array2d[wp.vec3], saturation: float, dst: wp.array2d[wp.vec3]):
    i, j = wp.tid()
    c = image[i, j]
    luma = wp.max(wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722)), 0.0)
    lightness = wp.where(luma > 0.008856, 1.16 * wp.cbrt(luma) - 0.16, 9.033 * luma)

    # blend between gray and the color: 0 is grayscale, 1 the original
    color = wp.vec3(lightness)
    saturated = wp.lerp(color, c, saturation)
    rgb = saturated
    dst[i, j] = wp.vec3(wp.clamp(rgb[0], 0.0, 1.0), wp.clamp(rgb[1], 0.0, 1.0), wp.clamp(rgb[2], 0.0, 1.0))
