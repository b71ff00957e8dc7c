import warp as wp


@wp.kernel
def compute_inverse(def_grads: wp.array[wp.mat22], area_maps: wp.array[wp.mat22]):
    tid = wp.tid()
    F = def_grads[tid]
    det = wp.determinant(F)
    inv = wp.where(wp.abs(det) > 1.0e-8, wp.inverse(F), wp.mat22(0.0))
    area_maps[tid] = det * wp.transpose(inv)
