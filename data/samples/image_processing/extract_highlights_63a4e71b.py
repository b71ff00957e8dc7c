import warp as wp


@wp.kernel
def extract_highlights(image: wp.array2d[wp.vec3], cutoff: float):
    i, j = wp.tid()
    c = image[i, j]
    luma = wp.max(wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722)), 0.0)
    lightness = wp.where(luma > 0.008856, 1.16 * wp.cbrt(luma) - 0.16, 9.033 * luma)
    knee = 0.5 * cutoff
    soft = wp.clamp(lightness - cutoff + knee, 0.0, 2.0 * knee)
    soft = soft * soft / (4.0 * knee + 1.0e-4)
    contribution = wp.max(soft, lightness - cutoff) / wp.max(lightness, 1.0e-4)
    image[i, j] = c * contribution
