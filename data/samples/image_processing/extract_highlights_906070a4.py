import warp as wp


@wp.kernel
def extract_highlights(
    active: wp.array2d(dtype=wp.int32),
    src: wp.array2d(dtype=wp.vec3),
    out: wp.array2d(dtype=wp.vec3),
):
    i, j = wp.tid()
    if active[i, j] != 1:
        return
    c = src[i, j]
    luma = wp.max(wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722)), 0.0)
    l_star = wp.where(luma > 0.008856, 1.16 * wp.cbrt(luma) - 0.16, 9.033 * luma)
    knee = 0.5 * 0.5
    soft = wp.clamp(l_star - 0.5 + knee, 0.0, 2.0 * knee)
    soft = soft * soft / (4.0 * knee + 1.0e-4)
    contribution = wp.max(soft, l_star - 0.5) / wp.max(l_star, 1.0e-4)
    out[i, j] = c * contribution
