import warp as wp


@wp.kernel
def compute_inverse(F: wp.array[wp.mat33], area_maps: wp.array[wp.mat33]):
    tid = wp.tid()
    def_grad = F[tid]
    det = wp.determinant(def_grad)
    inv = wp.where(wp.abs(det) > 1.0e-8, wp.inverse(def_grad), wp.identity(n=3, dtype=float))
    area_maps[tid] = det * wp.transpose(inv)
