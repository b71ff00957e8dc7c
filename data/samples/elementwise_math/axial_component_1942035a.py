import warp as wp


@wp.kernel
def axial_component(vectors: wp.array[wp.vec2], out: wp.array[float], direction: wp.vec2):
    tid = wp.tid()
    vec = vectors[tid]
    out[tid] = wp.dot(direction, vec)
