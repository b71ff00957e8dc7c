import warp as wp


@wp.kernel
def eval_tet_forces(
    tets: wp.array[wp.vec4i],
    deformation_gradients: wp.array[wp.mat33],
    tet_mu: wp.array[float],
    inv_rest_shapes: wp.array[wp.mat33],
    tet_volumes: wp.array[float],
    lame_lambda: float,
    particle_f: wp.array[wp.vec3],
):
    tid = wp.tid()
    def_grad = deformation_gradients[tid]
    mu_lame = tet_mu[tid]
    cols = wp.transpose(def_grad)
    # derivative of det(F) with respect to F, column by column
    djdf = wp.matrix_from_cols(wp.cross(cols[1], cols[2]), wp.cross(cols[2], cols[0]), wp.cross(cols[0], cols[1]))
    alpha = 1.0 + mu_lame / lame_lambda
    P = mu_lame * def_grad + lame_lambda * (wp.determinant(def_grad) - alpha) * djdf
    H = -tet_volumes[tid] * P @ wp.transpose(inv_rest_shapes[tid])
    f1 = wp.vec3(H[0, 0], H[1, 0], H[2, 0])
    f2 = wp.vec3(H[0, 1], H[1, 1], H[2, 1])
    f3 = wp.vec3(H[0, 2], H[1, 2], H[2, 2])
    # the forces of an element sum to zero
    wp.atomic_sub(particle_f, tets[tid][0], f1 + f2 + f3)
    wp.atomic_add(particle_f, tets[tid][1], f1)
    wp.atomic_add(particle_f, tets[tid][2], f2)
    wp.atomic_add(particle_f, tets[tid][3], f3)
