// Warp 1.19.0 cuda code for bending_forces_612d3571.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// bending_forces.py:4
static CUDA_CALLABLE wp::float32 dihedral_angle_0(
    wp::vec_t<3, wp::float32> var_n1,
    wp::vec_t<3, wp::float32> var_n2,
    wp::vec_t<3, wp::float32> var_e_hat)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def dihedral_angle(n1: wp.vec3, n2: wp.vec3, e_hat: wp.vec3) -> float:                 <L 5>
    // return wp.atan2(wp.dot(wp.cross(n2, n1), e_hat), wp.dot(n1, n2))                       <L 8>
    var_0 = wp::cross(var_n2, var_n1);
    var_1 = wp::dot(var_0, var_e_hat);
    var_2 = wp::dot(var_n1, var_n2);
    var_3 = wp::atan2(var_1, var_2);
    return var_3;
}


// bending_forces.py:68
static CUDA_CALLABLE wp::vec_t<3, wp::float32> closest_point_barycentric_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> var_c,
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 1.0;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 1e-12;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.0;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 0.0;
    wp::float32 var_28;
    const wp::float32 var_29 = 1.0;
    wp::float32 var_30;
    wp::float32 var_31;
    const wp::float32 var_32 = 0.0;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    //---------
    // forward
    // def closest_point_barycentric(a: wp.vec3, b: wp.vec3, c: wp.vec3, p: wp.vec3) -> wp.vec3:       <L 69>
    // ab = b - a                                                                             <L 71>
    var_0 = wp::sub(var_b, var_a);
    // ac = c - a                                                                             <L 72>
    var_1 = wp::sub(var_c, var_a);
    // ap = p - a                                                                             <L 73>
    var_2 = wp::sub(var_p, var_a);
    // d00 = wp.dot(ab, ab)                                                                   <L 74>
    var_3 = wp::dot(var_0, var_0);
    // d01 = wp.dot(ab, ac)                                                                   <L 75>
    var_4 = wp::dot(var_0, var_1);
    // d11 = wp.dot(ac, ac)                                                                   <L 76>
    var_5 = wp::dot(var_1, var_1);
    // inv_det = 1.0 / wp.max(d00 * d11 - d01 * d01, 1.0e-12)                                 <L 77>
    var_7 = wp::mul(var_3, var_5);
    var_8 = wp::mul(var_4, var_4);
    var_9 = wp::sub(var_7, var_8);
    var_11 = wp::max(var_9, var_10);
    var_12 = wp::div(var_6, var_11);
    // v = wp.max((d11 * wp.dot(ap, ab) - d01 * wp.dot(ap, ac)) * inv_det, 0.0)               <L 78>
    var_13 = wp::dot(var_2, var_0);
    var_14 = wp::mul(var_5, var_13);
    var_15 = wp::dot(var_2, var_1);
    var_16 = wp::mul(var_4, var_15);
    var_17 = wp::sub(var_14, var_16);
    var_18 = wp::mul(var_17, var_12);
    var_20 = wp::max(var_18, var_19);
    // w = wp.max((d00 * wp.dot(ap, ac) - d01 * wp.dot(ap, ab)) * inv_det, 0.0)               <L 79>
    var_21 = wp::dot(var_2, var_1);
    var_22 = wp::mul(var_3, var_21);
    var_23 = wp::dot(var_2, var_0);
    var_24 = wp::mul(var_4, var_23);
    var_25 = wp::sub(var_22, var_24);
    var_26 = wp::mul(var_25, var_12);
    var_28 = wp::max(var_26, var_27);
    // u = wp.max(1.0 - v - w, 0.0)                                                           <L 80>
    var_30 = wp::sub(var_29, var_20);
    var_31 = wp::sub(var_30, var_28);
    var_33 = wp::max(var_31, var_32);
    // total = u + v + w                                                                      <L 81>
    var_34 = wp::add(var_33, var_20);
    var_35 = wp::add(var_34, var_28);
    // return wp.vec3(u, v, w) / total                                                        <L 82>
    var_36 = wp::vec_t<3, wp::float32>(var_33, var_20, var_28);
    var_37 = wp::div(var_36, var_35);
    return var_37;
}


// bending_forces.py:4
static CUDA_CALLABLE void adj_dihedral_angle_0(
    wp::vec_t<3, wp::float32> var_n1,
    wp::vec_t<3, wp::float32> var_n2,
    wp::vec_t<3, wp::float32> var_e_hat,
    wp::vec_t<3, wp::float32> & adj_n1,
    wp::vec_t<3, wp::float32> & adj_n2,
    wp::vec_t<3, wp::float32> & adj_e_hat,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    //---------
    // forward
    // def dihedral_angle(n1: wp.vec3, n2: wp.vec3, e_hat: wp.vec3) -> float:                 <L 5>
    // return wp.atan2(wp.dot(wp.cross(n2, n1), e_hat), wp.dot(n1, n2))                       <L 8>
    var_0 = wp::cross(var_n2, var_n1);
    var_1 = wp::dot(var_0, var_e_hat);
    var_2 = wp::dot(var_n1, var_n2);
    var_3 = wp::atan2(var_1, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_atan2(var_1, var_2, adj_1, adj_2, adj_3);
    wp::adj_dot(var_n1, var_n2, adj_n1, adj_n2, adj_2);
    wp::adj_dot(var_0, var_e_hat, adj_0, adj_e_hat, adj_1);
    wp::adj_cross(var_n2, var_n1, adj_n2, adj_n1, adj_0);
    // adj: return wp.atan2(wp.dot(wp.cross(n2, n1), e_hat), wp.dot(n1, n2))                  <L 8>
    // adj: def dihedral_angle(n1: wp.vec3, n2: wp.vec3, e_hat: wp.vec3) -> float:            <L 5>
    return;
}


// bending_forces.py:68
static CUDA_CALLABLE void adj_closest_point_barycentric_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> var_c,
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> & adj_a,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::vec_t<3, wp::float32> & adj_c,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 1.0;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 1e-12;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.0;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 0.0;
    wp::float32 var_28;
    const wp::float32 var_29 = 1.0;
    wp::float32 var_30;
    wp::float32 var_31;
    const wp::float32 var_32 = 0.0;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    //---------
    // forward
    // def closest_point_barycentric(a: wp.vec3, b: wp.vec3, c: wp.vec3, p: wp.vec3) -> wp.vec3:       <L 69>
    // ab = b - a                                                                             <L 71>
    var_0 = wp::sub(var_b, var_a);
    // ac = c - a                                                                             <L 72>
    var_1 = wp::sub(var_c, var_a);
    // ap = p - a                                                                             <L 73>
    var_2 = wp::sub(var_p, var_a);
    // d00 = wp.dot(ab, ab)                                                                   <L 74>
    var_3 = wp::dot(var_0, var_0);
    // d01 = wp.dot(ab, ac)                                                                   <L 75>
    var_4 = wp::dot(var_0, var_1);
    // d11 = wp.dot(ac, ac)                                                                   <L 76>
    var_5 = wp::dot(var_1, var_1);
    // inv_det = 1.0 / wp.max(d00 * d11 - d01 * d01, 1.0e-12)                                 <L 77>
    var_7 = wp::mul(var_3, var_5);
    var_8 = wp::mul(var_4, var_4);
    var_9 = wp::sub(var_7, var_8);
    var_11 = wp::max(var_9, var_10);
    var_12 = wp::div(var_6, var_11);
    // v = wp.max((d11 * wp.dot(ap, ab) - d01 * wp.dot(ap, ac)) * inv_det, 0.0)               <L 78>
    var_13 = wp::dot(var_2, var_0);
    var_14 = wp::mul(var_5, var_13);
    var_15 = wp::dot(var_2, var_1);
    var_16 = wp::mul(var_4, var_15);
    var_17 = wp::sub(var_14, var_16);
    var_18 = wp::mul(var_17, var_12);
    var_20 = wp::max(var_18, var_19);
    // w = wp.max((d00 * wp.dot(ap, ac) - d01 * wp.dot(ap, ab)) * inv_det, 0.0)               <L 79>
    var_21 = wp::dot(var_2, var_1);
    var_22 = wp::mul(var_3, var_21);
    var_23 = wp::dot(var_2, var_0);
    var_24 = wp::mul(var_4, var_23);
    var_25 = wp::sub(var_22, var_24);
    var_26 = wp::mul(var_25, var_12);
    var_28 = wp::max(var_26, var_27);
    // u = wp.max(1.0 - v - w, 0.0)                                                           <L 80>
    var_30 = wp::sub(var_29, var_20);
    var_31 = wp::sub(var_30, var_28);
    var_33 = wp::max(var_31, var_32);
    // total = u + v + w                                                                      <L 81>
    var_34 = wp::add(var_33, var_20);
    var_35 = wp::add(var_34, var_28);
    // return wp.vec3(u, v, w) / total                                                        <L 82>
    var_36 = wp::vec_t<3, wp::float32>(var_33, var_20, var_28);
    var_37 = wp::div(var_36, var_35);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_37 += adj_ret;
    wp::adj_div(var_36, var_35, adj_36, adj_35, adj_37);
    wp::adj_vec_t(var_33, var_20, var_28, adj_33, adj_20, adj_28, adj_36);
    // adj: return wp.vec3(u, v, w) / total                                                   <L 82>
    wp::adj_add(var_34, var_28, adj_34, adj_28, adj_35);
    wp::adj_add(var_33, var_20, adj_33, adj_20, adj_34);
    // adj: total = u + v + w                                                                 <L 81>
    wp::adj_max(var_31, var_32, adj_31, adj_32, adj_33);
    wp::adj_sub(var_30, var_28, adj_30, adj_28, adj_31);
    wp::adj_sub(var_29, var_20, adj_29, adj_20, adj_30);
    // adj: u = wp.max(1.0 - v - w, 0.0)                                                      <L 80>
    wp::adj_max(var_26, var_27, adj_26, adj_27, adj_28);
    wp::adj_mul(var_25, var_12, adj_25, adj_12, adj_26);
    wp::adj_sub(var_22, var_24, adj_22, adj_24, adj_25);
    wp::adj_mul(var_4, var_23, adj_4, adj_23, adj_24);
    wp::adj_dot(var_2, var_0, adj_2, adj_0, adj_23);
    wp::adj_mul(var_3, var_21, adj_3, adj_21, adj_22);
    wp::adj_dot(var_2, var_1, adj_2, adj_1, adj_21);
    // adj: w = wp.max((d00 * wp.dot(ap, ac) - d01 * wp.dot(ap, ab)) * inv_det, 0.0)          <L 79>
    wp::adj_max(var_18, var_19, adj_18, adj_19, adj_20);
    wp::adj_mul(var_17, var_12, adj_17, adj_12, adj_18);
    wp::adj_sub(var_14, var_16, adj_14, adj_16, adj_17);
    wp::adj_mul(var_4, var_15, adj_4, adj_15, adj_16);
    wp::adj_dot(var_2, var_1, adj_2, adj_1, adj_15);
    wp::adj_mul(var_5, var_13, adj_5, adj_13, adj_14);
    wp::adj_dot(var_2, var_0, adj_2, adj_0, adj_13);
    // adj: v = wp.max((d11 * wp.dot(ap, ab) - d01 * wp.dot(ap, ac)) * inv_det, 0.0)          <L 78>
    wp::adj_div(var_6, var_11, var_12, adj_6, adj_11, adj_12);
    wp::adj_max(var_9, var_10, adj_9, adj_10, adj_11);
    wp::adj_sub(var_7, var_8, adj_7, adj_8, adj_9);
    wp::adj_mul(var_4, var_4, adj_4, adj_4, adj_8);
    wp::adj_mul(var_3, var_5, adj_3, adj_5, adj_7);
    // adj: inv_det = 1.0 / wp.max(d00 * d11 - d01 * d01, 1.0e-12)                            <L 77>
    wp::adj_dot(var_1, var_1, adj_1, adj_1, adj_5);
    // adj: d11 = wp.dot(ac, ac)                                                              <L 76>
    wp::adj_dot(var_0, var_1, adj_0, adj_1, adj_4);
    // adj: d01 = wp.dot(ab, ac)                                                              <L 75>
    wp::adj_dot(var_0, var_0, adj_0, adj_0, adj_3);
    // adj: d00 = wp.dot(ab, ab)                                                              <L 74>
    wp::adj_sub(var_p, var_a, adj_p, adj_a, adj_2);
    // adj: ap = p - a                                                                        <L 73>
    wp::adj_sub(var_c, var_a, adj_c, adj_a, adj_1);
    // adj: ac = c - a                                                                        <L 72>
    wp::adj_sub(var_b, var_a, adj_b, adj_a, adj_0);
    // adj: ab = b - a                                                                        <L 71>
    // adj: def closest_point_barycentric(a: wp.vec3, b: wp.vec3, c: wp.vec3, p: wp.vec3) -> wp.vec3:  <L 69>
    return;
}



extern "C" __global__ void eval_muscles_29cf3f88_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_spring_indices,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_spring_rest_length,
    wp::array_t<wp::float32> var_act_amp,
    wp::array_t<wp::float32> var_phi,
    wp::array_t<wp::float32> var_spring_stiffness,
    wp::float32 var_omega,
    wp::float32 var_t,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 0;
        wp::int32* var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 1;
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::float32* var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32* var_15;
        const wp::float32 var_16 = 1.0;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::vec_t<3, wp::float32>* var_26;
        wp::vec_t<3, wp::float32>* var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::float32 var_31;
        const wp::float32 var_32 = 0.0;
        bool var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        //---------
        // forward
        // def eval_muscles(                                                                      <L 173>
        // tid = wp.tid()                                                                         <L 184>
        var_0 = builtin_tid1d();
        // i = spring_indices[tid, 0]                                                             <L 185>
        var_2 = wp::address(var_spring_indices, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // j = spring_indices[tid, 1]                                                             <L 186>
        var_6 = wp::address(var_spring_indices, var_0, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // angle = phi[tid]                                                                       <L 187>
        var_9 = wp::address(var_phi, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // ke = spring_stiffness[tid]                                                             <L 188>
        var_12 = wp::address(var_spring_stiffness, var_0);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // l0 = spring_rest_length[tid] * (1.0 + act_amp[tid] * wp.sin(omega * t + angle))        <L 191>
        var_15 = wp::address(var_spring_rest_length, var_0);
        var_17 = wp::address(var_act_amp, var_0);
        var_18 = wp::mul(var_omega, var_t);
        var_19 = wp::add(var_18, var_10);
        var_20 = wp::sin(var_19);
        var_22 = wp::load(var_17);
        var_21 = wp::mul(var_22, var_20);
        var_23 = wp::add(var_16, var_21);
        var_25 = wp::load(var_15);
        var_24 = wp::mul(var_25, var_23);
        // d = positions[j] - positions[i]                                                        <L 192>
        var_26 = wp::address(var_positions, var_7);
        var_27 = wp::address(var_positions, var_3);
        var_29 = wp::load(var_26);
        var_30 = wp::load(var_27);
        var_28 = wp::sub(var_29, var_30);
        // l = wp.length(d)                                                                       <L 193>
        var_31 = wp::length(var_28);
        // if l == 0.0:                                                                           <L 194>
        var_33 = (var_31 == var_32);
        if (var_33) {
            // return                                                                             <L 195>
            continue;
        }
        // dir = d / l                                                                            <L 196>
        var_34 = wp::div(var_28, var_31);
        // f = dir * (ke * (l - l0))                                                              <L 197>
        var_35 = wp::sub(var_31, var_24);
        var_36 = wp::mul(var_13, var_35);
        var_37 = wp::mul(var_34, var_36);
        // wp.atomic_sub(forces, j, f)                                                            <L 198>
        var_38 = wp::atomic_sub(var_forces, var_7, var_37);
        // wp.atomic_add(forces, i, f)                                                            <L 199>
        var_39 = wp::atomic_add(var_forces, var_3, var_37);
    }
}



extern "C" __global__ void eval_muscles_29cf3f88_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_spring_indices,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_spring_rest_length,
    wp::array_t<wp::float32> var_act_amp,
    wp::array_t<wp::float32> var_phi,
    wp::array_t<wp::float32> var_spring_stiffness,
    wp::float32 var_omega,
    wp::float32 var_t,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::array_t<wp::int32> adj_spring_indices,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::float32> adj_spring_rest_length,
    wp::array_t<wp::float32> adj_act_amp,
    wp::array_t<wp::float32> adj_phi,
    wp::array_t<wp::float32> adj_spring_stiffness,
    wp::float32 adj_omega,
    wp::float32 adj_t,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 0;
        wp::int32* var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 1;
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::float32* var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32* var_15;
        const wp::float32 var_16 = 1.0;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::vec_t<3, wp::float32>* var_26;
        wp::vec_t<3, wp::float32>* var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::float32 var_31;
        const wp::float32 var_32 = 0.0;
        bool var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        bool adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::vec_t<3, wp::float32> adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        //---------
        // forward
        // def eval_muscles(                                                                      <L 173>
        // tid = wp.tid()                                                                         <L 184>
        var_0 = builtin_tid1d();
        // i = spring_indices[tid, 0]                                                             <L 185>
        var_2 = wp::address(var_spring_indices, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // j = spring_indices[tid, 1]                                                             <L 186>
        var_6 = wp::address(var_spring_indices, var_0, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // angle = phi[tid]                                                                       <L 187>
        var_9 = wp::address(var_phi, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // ke = spring_stiffness[tid]                                                             <L 188>
        var_12 = wp::address(var_spring_stiffness, var_0);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // l0 = spring_rest_length[tid] * (1.0 + act_amp[tid] * wp.sin(omega * t + angle))        <L 191>
        var_15 = wp::address(var_spring_rest_length, var_0);
        var_17 = wp::address(var_act_amp, var_0);
        var_18 = wp::mul(var_omega, var_t);
        var_19 = wp::add(var_18, var_10);
        var_20 = wp::sin(var_19);
        var_22 = wp::load(var_17);
        var_21 = wp::mul(var_22, var_20);
        var_23 = wp::add(var_16, var_21);
        var_25 = wp::load(var_15);
        var_24 = wp::mul(var_25, var_23);
        // d = positions[j] - positions[i]                                                        <L 192>
        var_26 = wp::address(var_positions, var_7);
        var_27 = wp::address(var_positions, var_3);
        var_29 = wp::load(var_26);
        var_30 = wp::load(var_27);
        var_28 = wp::sub(var_29, var_30);
        // l = wp.length(d)                                                                       <L 193>
        var_31 = wp::length(var_28);
        // if l == 0.0:                                                                           <L 194>
        var_33 = (var_31 == var_32);
        if (var_33) {
            // return                                                                             <L 195>
            goto label0;
        }
        // dir = d / l                                                                            <L 196>
        var_34 = wp::div(var_28, var_31);
        // f = dir * (ke * (l - l0))                                                              <L 197>
        var_35 = wp::sub(var_31, var_24);
        var_36 = wp::mul(var_13, var_35);
        var_37 = wp::mul(var_34, var_36);
        // wp.atomic_sub(forces, j, f)                                                            <L 198>
        // var_38 = wp::atomic_sub(var_forces, var_7, var_37);
        // wp.atomic_add(forces, i, f)                                                            <L 199>
        // var_39 = wp::atomic_add(var_forces, var_3, var_37);
        //---------
        // reverse
        wp::adj_atomic_add(var_forces, var_3, var_37, adj_forces, adj_3, adj_37, adj_39);
        // adj: wp.atomic_add(forces, i, f)                                                       <L 199>
        wp::adj_atomic_sub(var_forces, var_7, var_37, adj_forces, adj_7, adj_37, adj_38);
        // adj: wp.atomic_sub(forces, j, f)                                                       <L 198>
        wp::adj_mul(var_34, var_36, adj_34, adj_36, adj_37);
        wp::adj_mul(var_13, var_35, adj_13, adj_35, adj_36);
        wp::adj_sub(var_31, var_24, adj_31, adj_24, adj_35);
        // adj: f = dir * (ke * (l - l0))                                                         <L 197>
        wp::adj_div(var_28, var_31, adj_28, adj_31, adj_34);
        // adj: dir = d / l                                                                       <L 196>
        if (var_33) {
            label0:;
            // adj: return                                                                        <L 195>
        }
        // adj: if l == 0.0:                                                                      <L 194>
        wp::adj_length(var_28, var_31, adj_28, adj_31);
        // adj: l = wp.length(d)                                                                  <L 193>
        wp::adj_sub(var_29, var_30, adj_26, adj_27, adj_28);
        wp::adj_address(var_positions, var_3, adj_positions, adj_3, adj_27);
        wp::adj_address(var_positions, var_7, adj_positions, adj_7, adj_26);
        // adj: d = positions[j] - positions[i]                                                   <L 192>
        wp::adj_mul(var_25, var_23, adj_15, adj_23, adj_24);
        wp::adj_add(var_16, var_21, adj_16, adj_21, adj_23);
        wp::adj_mul(var_22, var_20, adj_17, adj_20, adj_21);
        wp::adj_sin(var_19, adj_19, adj_20);
        wp::adj_add(var_18, var_10, adj_18, adj_10, adj_19);
        wp::adj_mul(var_omega, var_t, adj_omega, adj_t, adj_18);
        wp::adj_address(var_act_amp, var_0, adj_act_amp, adj_0, adj_17);
        wp::adj_address(var_spring_rest_length, var_0, adj_spring_rest_length, adj_0, adj_15);
        // adj: l0 = spring_rest_length[tid] * (1.0 + act_amp[tid] * wp.sin(omega * t + angle))   <L 191>
        wp::adj_copy(var_14, adj_12, adj_13);
        wp::adj_address(var_spring_stiffness, var_0, adj_spring_stiffness, adj_0, adj_12);
        // adj: ke = spring_stiffness[tid]                                                        <L 188>
        wp::adj_copy(var_11, adj_9, adj_10);
        wp::adj_address(var_phi, var_0, adj_phi, adj_0, adj_9);
        // adj: angle = phi[tid]                                                                  <L 187>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_spring_indices, var_0, var_5, adj_spring_indices, adj_0, adj_5, adj_6);
        // adj: j = spring_indices[tid, 1]                                                        <L 186>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_spring_indices, var_0, var_1, adj_spring_indices, adj_0, adj_1, adj_2);
        // adj: i = spring_indices[tid, 0]                                                        <L 185>
        // adj: tid = wp.tid()                                                                    <L 184>
        // adj: def eval_muscles(                                                                 <L 173>
        continue;
    }
}



extern "C" __global__ void bending_forces_592739df_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<4, wp::int32>> var_bending_indices,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::float32> var_edge_bending_ke,
    wp::array_t<wp::float32> var_edge_bending_kd,
    wp::array_t<wp::float32> var_bending_rest_angle,
    wp::array_t<wp::float32> var_inv_masses,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<4, wp::int32>* var_1;
        wp::vec_t<4, wp::int32> var_2;
        wp::vec_t<4, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        const wp::int32 var_8 = 2;
        wp::int32 var_9;
        const wp::int32 var_10 = 3;
        wp::int32 var_11;
        bool var_12;
        const wp::int32 var_13 = -1;
        bool var_14;
        const wp::int32 var_15 = -1;
        bool var_16;
        wp::float32* var_17;
        wp::float32* var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32* var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::float32 var_28 = 0.0;
        bool var_29;
        wp::float32* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32* var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::vec_t<3, wp::float32>* var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32>* var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32>* var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32>* var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::vec_t<3, wp::float32> var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        bool var_56;
        const wp::float32 var_57 = 1e-06;
        bool var_58;
        const wp::float32 var_59 = 1e-06;
        bool var_60;
        wp::vec_t<3, wp::float32> var_61;
        wp::float32 var_62;
        wp::vec_t<3, wp::float32> var_63;
        const wp::float32 var_64 = 1.0;
        wp::float32 var_65;
        const wp::float32 var_66 = 1.0;
        wp::float32 var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::vec_t<3, wp::float32> var_69;
        wp::float32 var_70;
        wp::float32* var_71;
        wp::float32 var_72;
        wp::float32 var_73;
        wp::float32 var_74;
        wp::vec_t<3, wp::float32> var_75;
        wp::float32 var_76;
        wp::vec_t<3, wp::float32> var_77;
        wp::vec_t<3, wp::float32> var_78;
        wp::vec_t<3, wp::float32> var_79;
        wp::vec_t<3, wp::float32> var_80;
        wp::float32 var_81;
        wp::vec_t<3, wp::float32> var_82;
        wp::vec_t<3, wp::float32> var_83;
        wp::float32 var_84;
        wp::vec_t<3, wp::float32> var_85;
        wp::vec_t<3, wp::float32> var_86;
        wp::vec_t<3, wp::float32> var_87;
        wp::vec_t<3, wp::float32> var_88;
        wp::vec_t<3, wp::float32> var_89;
        wp::float32 var_90;
        wp::float32 var_91;
        wp::vec_t<3, wp::float32>* var_92;
        wp::float32 var_93;
        wp::vec_t<3, wp::float32> var_94;
        wp::vec_t<3, wp::float32>* var_95;
        wp::float32 var_96;
        wp::vec_t<3, wp::float32> var_97;
        wp::float32 var_98;
        wp::vec_t<3, wp::float32>* var_99;
        wp::float32 var_100;
        wp::vec_t<3, wp::float32> var_101;
        wp::float32 var_102;
        wp::vec_t<3, wp::float32>* var_103;
        wp::float32 var_104;
        wp::vec_t<3, wp::float32> var_105;
        wp::float32 var_106;
        wp::float32 var_107;
        wp::float32 var_108;
        wp::float32 var_109;
        wp::float32 var_110;
        wp::vec_t<3, wp::float32> var_111;
        wp::vec_t<3, wp::float32> var_112;
        wp::vec_t<3, wp::float32> var_113;
        wp::vec_t<3, wp::float32> var_114;
        wp::vec_t<3, wp::float32> var_115;
        wp::vec_t<3, wp::float32> var_116;
        wp::vec_t<3, wp::float32> var_117;
        wp::vec_t<3, wp::float32> var_118;
        //---------
        // forward
        // def bending_forces(                                                                    <L 12>
        // tid = wp.tid()                                                                         <L 23>
        var_0 = builtin_tid1d();
        // quad = bending_indices[tid]                                                            <L 24>
        var_1 = wp::address(var_bending_indices, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // i = quad[0]                                                                            <L 25>
        var_5 = wp::extract(var_2, var_4);
        // j = quad[1]                                                                            <L 26>
        var_7 = wp::extract(var_2, var_6);
        // k = quad[2]                                                                            <L 27>
        var_9 = wp::extract(var_2, var_8);
        // l = quad[3]                                                                            <L 28>
        var_11 = wp::extract(var_2, var_10);
        // if i == -1 or j == -1:                                                                 <L 29>
        var_14 = (var_5 == var_13);
        var_12 = var_14;
        if (!var_12) {
            var_16 = (var_7 == var_15);
            var_12 = var_12 || var_16;
        }
        if (var_12) {
            // return                                                                             <L 30>
            continue;
        }
        // if inv_masses[i] + inv_masses[j] + inv_masses[k] + inv_masses[l] == 0.0:               <L 31>
        var_17 = wp::address(var_inv_masses, var_5);
        var_18 = wp::address(var_inv_masses, var_7);
        var_20 = wp::load(var_17);
        var_21 = wp::load(var_18);
        var_19 = wp::add(var_20, var_21);
        var_22 = wp::address(var_inv_masses, var_9);
        var_24 = wp::load(var_22);
        var_23 = wp::add(var_19, var_24);
        var_25 = wp::address(var_inv_masses, var_11);
        var_27 = wp::load(var_25);
        var_26 = wp::add(var_23, var_27);
        var_29 = (var_26 == var_28);
        if (var_29) {
            // return                                                                             <L 32>
            continue;
        }
        // ke = edge_bending_ke[tid]                                                              <L 33>
        var_30 = wp::address(var_edge_bending_ke, var_0);
        var_32 = wp::load(var_30);
        var_31 = wp::copy(var_32);
        // kd = edge_bending_kd[tid]                                                              <L 34>
        var_33 = wp::address(var_edge_bending_kd, var_0);
        var_35 = wp::load(var_33);
        var_34 = wp::copy(var_35);
        // x_i = x[i]                                                                             <L 35>
        var_36 = wp::address(var_x, var_5);
        var_38 = wp::load(var_36);
        var_37 = wp::copy(var_38);
        // x_j = x[j]                                                                             <L 36>
        var_39 = wp::address(var_x, var_7);
        var_41 = wp::load(var_39);
        var_40 = wp::copy(var_41);
        // x_k = x[k]                                                                             <L 37>
        var_42 = wp::address(var_x, var_9);
        var_44 = wp::load(var_42);
        var_43 = wp::copy(var_44);
        // x_l = x[l]                                                                             <L 38>
        var_45 = wp::address(var_x, var_11);
        var_47 = wp::load(var_45);
        var_46 = wp::copy(var_47);
        // n1 = wp.cross(x_k - x_i, x_l - x_i)                                                    <L 39>
        var_48 = wp::sub(var_43, var_37);
        var_49 = wp::sub(var_46, var_37);
        var_50 = wp::cross(var_48, var_49);
        // n2 = wp.cross(x_l - x_j, x_k - x_j)                                                    <L 40>
        var_51 = wp::sub(var_46, var_40);
        var_52 = wp::sub(var_43, var_40);
        var_53 = wp::cross(var_51, var_52);
        // n1_length = wp.length(n1)                                                              <L 41>
        var_54 = wp::length(var_50);
        // n2_length = wp.length(n2)                                                              <L 42>
        var_55 = wp::length(var_53);
        // if n1_length < 1.0e-6 or n2_length < 1.0e-6:                                           <L 43>
        var_58 = (var_54 < var_57);
        var_56 = var_58;
        if (!var_56) {
            var_60 = (var_55 < var_59);
            var_56 = var_56 || var_60;
        }
        if (var_56) {
            // return                                                                             <L 44>
            continue;
        }
        // e = x_l - x_k                                                                          <L 45>
        var_61 = wp::sub(var_46, var_43);
        // e_length = wp.length(e)                                                                <L 46>
        var_62 = wp::length(var_61);
        // e_hat = e / e_length                                                                   <L 47>
        var_63 = wp::div(var_61, var_62);
        // rcp_n1 = 1.0 / n1_length                                                               <L 48>
        var_65 = wp::div(var_64, var_54);
        // rcp_n2 = 1.0 / n2_length                                                               <L 49>
        var_67 = wp::div(var_66, var_55);
        // theta = dihedral_angle(n1 * rcp_n1, n2 * rcp_n2, e_hat)                                <L 50>
        var_68 = wp::mul(var_50, var_65);
        var_69 = wp::mul(var_53, var_67);
        var_70 = dihedral_angle_0(var_68, var_69, var_63);
        // dtheta = theta - bending_rest_angle[tid]                                               <L 51>
        var_71 = wp::address(var_bending_rest_angle, var_0);
        var_73 = wp::load(var_71);
        var_72 = wp::sub(var_70, var_73);
        // g1 = n1 * (rcp_n1 * rcp_n1)                                                            <L 52>
        var_74 = wp::mul(var_65, var_65);
        var_75 = wp::mul(var_50, var_74);
        // g2 = n2 * (rcp_n2 * rcp_n2)                                                            <L 53>
        var_76 = wp::mul(var_67, var_67);
        var_77 = wp::mul(var_53, var_76);
        // d_i = g1 * e_length                                                                    <L 54>
        var_78 = wp::mul(var_75, var_62);
        // d_j = g2 * e_length                                                                    <L 55>
        var_79 = wp::mul(var_77, var_62);
        // d_k = g1 * wp.dot(x_i - x_l, e_hat) + g2 * wp.dot(x_j - x_l, e_hat)                    <L 56>
        var_80 = wp::sub(var_37, var_46);
        var_81 = wp::dot(var_80, var_63);
        var_82 = wp::mul(var_75, var_81);
        var_83 = wp::sub(var_40, var_46);
        var_84 = wp::dot(var_83, var_63);
        var_85 = wp::mul(var_77, var_84);
        var_86 = wp::add(var_82, var_85);
        // d_l = -(d_i + d_j + d_k)                                                               <L 57>
        var_87 = wp::add(var_78, var_79);
        var_88 = wp::add(var_87, var_86);
        var_89 = wp::neg(var_88);
        // weight = e_length                                                                      <L 58>
        var_90 = wp::copy(var_62);
        // f_elastic = ke * dtheta                                                                <L 59>
        var_91 = wp::mul(var_31, var_72);
        // dtheta_dt = wp.dot(d_i, v[i]) + wp.dot(d_j, v[j]) + wp.dot(d_k, v[k]) + wp.dot(d_l, v[l])       <L 60>
        var_92 = wp::address(var_v, var_5);
        var_94 = wp::load(var_92);
        var_93 = wp::dot(var_78, var_94);
        var_95 = wp::address(var_v, var_7);
        var_97 = wp::load(var_95);
        var_96 = wp::dot(var_79, var_97);
        var_98 = wp::add(var_93, var_96);
        var_99 = wp::address(var_v, var_9);
        var_101 = wp::load(var_99);
        var_100 = wp::dot(var_86, var_101);
        var_102 = wp::add(var_98, var_100);
        var_103 = wp::address(var_v, var_11);
        var_105 = wp::load(var_103);
        var_104 = wp::dot(var_89, var_105);
        var_106 = wp::add(var_102, var_104);
        // f_scale = -weight * (f_elastic + kd * dtheta_dt)                                       <L 61>
        var_107 = wp::neg(var_90);
        var_108 = wp::mul(var_34, var_106);
        var_109 = wp::add(var_91, var_108);
        var_110 = wp::mul(var_107, var_109);
        // wp.atomic_add(forces, i, d_i * f_scale)                                                <L 62>
        var_111 = wp::mul(var_78, var_110);
        var_112 = wp::atomic_add(var_forces, var_5, var_111);
        // wp.atomic_add(forces, j, d_j * f_scale)                                                <L 63>
        var_113 = wp::mul(var_79, var_110);
        var_114 = wp::atomic_add(var_forces, var_7, var_113);
        // wp.atomic_add(forces, k, d_k * f_scale)                                                <L 64>
        var_115 = wp::mul(var_86, var_110);
        var_116 = wp::atomic_add(var_forces, var_9, var_115);
        // wp.atomic_add(forces, l, d_l * f_scale)                                                <L 65>
        var_117 = wp::mul(var_89, var_110);
        var_118 = wp::atomic_add(var_forces, var_11, var_117);
    }
}



extern "C" __global__ void bending_forces_592739df_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<4, wp::int32>> var_bending_indices,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::float32> var_edge_bending_ke,
    wp::array_t<wp::float32> var_edge_bending_kd,
    wp::array_t<wp::float32> var_bending_rest_angle,
    wp::array_t<wp::float32> var_inv_masses,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::array_t<wp::vec_t<4, wp::int32>> adj_bending_indices,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::float32> adj_edge_bending_ke,
    wp::array_t<wp::float32> adj_edge_bending_kd,
    wp::array_t<wp::float32> adj_bending_rest_angle,
    wp::array_t<wp::float32> adj_inv_masses,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<4, wp::int32>* var_1;
        wp::vec_t<4, wp::int32> var_2;
        wp::vec_t<4, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        const wp::int32 var_8 = 2;
        wp::int32 var_9;
        const wp::int32 var_10 = 3;
        wp::int32 var_11;
        bool var_12;
        const wp::int32 var_13 = -1;
        bool var_14;
        const wp::int32 var_15 = -1;
        bool var_16;
        wp::float32* var_17;
        wp::float32* var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32* var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::float32 var_28 = 0.0;
        bool var_29;
        wp::float32* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32* var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::vec_t<3, wp::float32>* var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32>* var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32>* var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32>* var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::vec_t<3, wp::float32> var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        bool var_56;
        const wp::float32 var_57 = 1e-06;
        bool var_58;
        const wp::float32 var_59 = 1e-06;
        bool var_60;
        wp::vec_t<3, wp::float32> var_61;
        wp::float32 var_62;
        wp::vec_t<3, wp::float32> var_63;
        const wp::float32 var_64 = 1.0;
        wp::float32 var_65;
        const wp::float32 var_66 = 1.0;
        wp::float32 var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::vec_t<3, wp::float32> var_69;
        wp::float32 var_70;
        wp::float32* var_71;
        wp::float32 var_72;
        wp::float32 var_73;
        wp::float32 var_74;
        wp::vec_t<3, wp::float32> var_75;
        wp::float32 var_76;
        wp::vec_t<3, wp::float32> var_77;
        wp::vec_t<3, wp::float32> var_78;
        wp::vec_t<3, wp::float32> var_79;
        wp::vec_t<3, wp::float32> var_80;
        wp::float32 var_81;
        wp::vec_t<3, wp::float32> var_82;
        wp::vec_t<3, wp::float32> var_83;
        wp::float32 var_84;
        wp::vec_t<3, wp::float32> var_85;
        wp::vec_t<3, wp::float32> var_86;
        wp::vec_t<3, wp::float32> var_87;
        wp::vec_t<3, wp::float32> var_88;
        wp::vec_t<3, wp::float32> var_89;
        wp::float32 var_90;
        wp::float32 var_91;
        wp::vec_t<3, wp::float32>* var_92;
        wp::float32 var_93;
        wp::vec_t<3, wp::float32> var_94;
        wp::vec_t<3, wp::float32>* var_95;
        wp::float32 var_96;
        wp::vec_t<3, wp::float32> var_97;
        wp::float32 var_98;
        wp::vec_t<3, wp::float32>* var_99;
        wp::float32 var_100;
        wp::vec_t<3, wp::float32> var_101;
        wp::float32 var_102;
        wp::vec_t<3, wp::float32>* var_103;
        wp::float32 var_104;
        wp::vec_t<3, wp::float32> var_105;
        wp::float32 var_106;
        wp::float32 var_107;
        wp::float32 var_108;
        wp::float32 var_109;
        wp::float32 var_110;
        wp::vec_t<3, wp::float32> var_111;
        wp::vec_t<3, wp::float32> var_112;
        wp::vec_t<3, wp::float32> var_113;
        wp::vec_t<3, wp::float32> var_114;
        wp::vec_t<3, wp::float32> var_115;
        wp::vec_t<3, wp::float32> var_116;
        wp::vec_t<3, wp::float32> var_117;
        wp::vec_t<3, wp::float32> var_118;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<4, wp::int32> adj_1 = {};
        wp::vec_t<4, wp::int32> adj_2 = {};
        wp::vec_t<4, wp::int32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        bool adj_12 = {};
        wp::int32 adj_13 = {};
        bool adj_14 = {};
        wp::int32 adj_15 = {};
        bool adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        bool adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::vec_t<3, wp::float32> adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        wp::vec_t<3, wp::float32> adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        wp::vec_t<3, wp::float32> adj_47 = {};
        wp::vec_t<3, wp::float32> adj_48 = {};
        wp::vec_t<3, wp::float32> adj_49 = {};
        wp::vec_t<3, wp::float32> adj_50 = {};
        wp::vec_t<3, wp::float32> adj_51 = {};
        wp::vec_t<3, wp::float32> adj_52 = {};
        wp::vec_t<3, wp::float32> adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        bool adj_56 = {};
        wp::float32 adj_57 = {};
        bool adj_58 = {};
        wp::float32 adj_59 = {};
        bool adj_60 = {};
        wp::vec_t<3, wp::float32> adj_61 = {};
        wp::float32 adj_62 = {};
        wp::vec_t<3, wp::float32> adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::vec_t<3, wp::float32> adj_68 = {};
        wp::vec_t<3, wp::float32> adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::float32 adj_73 = {};
        wp::float32 adj_74 = {};
        wp::vec_t<3, wp::float32> adj_75 = {};
        wp::float32 adj_76 = {};
        wp::vec_t<3, wp::float32> adj_77 = {};
        wp::vec_t<3, wp::float32> adj_78 = {};
        wp::vec_t<3, wp::float32> adj_79 = {};
        wp::vec_t<3, wp::float32> adj_80 = {};
        wp::float32 adj_81 = {};
        wp::vec_t<3, wp::float32> adj_82 = {};
        wp::vec_t<3, wp::float32> adj_83 = {};
        wp::float32 adj_84 = {};
        wp::vec_t<3, wp::float32> adj_85 = {};
        wp::vec_t<3, wp::float32> adj_86 = {};
        wp::vec_t<3, wp::float32> adj_87 = {};
        wp::vec_t<3, wp::float32> adj_88 = {};
        wp::vec_t<3, wp::float32> adj_89 = {};
        wp::float32 adj_90 = {};
        wp::float32 adj_91 = {};
        wp::vec_t<3, wp::float32> adj_92 = {};
        wp::float32 adj_93 = {};
        wp::vec_t<3, wp::float32> adj_94 = {};
        wp::vec_t<3, wp::float32> adj_95 = {};
        wp::float32 adj_96 = {};
        wp::vec_t<3, wp::float32> adj_97 = {};
        wp::float32 adj_98 = {};
        wp::vec_t<3, wp::float32> adj_99 = {};
        wp::float32 adj_100 = {};
        wp::vec_t<3, wp::float32> adj_101 = {};
        wp::float32 adj_102 = {};
        wp::vec_t<3, wp::float32> adj_103 = {};
        wp::float32 adj_104 = {};
        wp::vec_t<3, wp::float32> adj_105 = {};
        wp::float32 adj_106 = {};
        wp::float32 adj_107 = {};
        wp::float32 adj_108 = {};
        wp::float32 adj_109 = {};
        wp::float32 adj_110 = {};
        wp::vec_t<3, wp::float32> adj_111 = {};
        wp::vec_t<3, wp::float32> adj_112 = {};
        wp::vec_t<3, wp::float32> adj_113 = {};
        wp::vec_t<3, wp::float32> adj_114 = {};
        wp::vec_t<3, wp::float32> adj_115 = {};
        wp::vec_t<3, wp::float32> adj_116 = {};
        wp::vec_t<3, wp::float32> adj_117 = {};
        wp::vec_t<3, wp::float32> adj_118 = {};
        //---------
        // forward
        // def bending_forces(                                                                    <L 12>
        // tid = wp.tid()                                                                         <L 23>
        var_0 = builtin_tid1d();
        // quad = bending_indices[tid]                                                            <L 24>
        var_1 = wp::address(var_bending_indices, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // i = quad[0]                                                                            <L 25>
        var_5 = wp::extract(var_2, var_4);
        // j = quad[1]                                                                            <L 26>
        var_7 = wp::extract(var_2, var_6);
        // k = quad[2]                                                                            <L 27>
        var_9 = wp::extract(var_2, var_8);
        // l = quad[3]                                                                            <L 28>
        var_11 = wp::extract(var_2, var_10);
        // if i == -1 or j == -1:                                                                 <L 29>
        var_14 = (var_5 == var_13);
        var_12 = var_14;
        if (!var_12) {
            var_16 = (var_7 == var_15);
            var_12 = var_12 || var_16;
        }
        if (var_12) {
            // return                                                                             <L 30>
            goto label0;
        }
        // if inv_masses[i] + inv_masses[j] + inv_masses[k] + inv_masses[l] == 0.0:               <L 31>
        var_17 = wp::address(var_inv_masses, var_5);
        var_18 = wp::address(var_inv_masses, var_7);
        var_20 = wp::load(var_17);
        var_21 = wp::load(var_18);
        var_19 = wp::add(var_20, var_21);
        var_22 = wp::address(var_inv_masses, var_9);
        var_24 = wp::load(var_22);
        var_23 = wp::add(var_19, var_24);
        var_25 = wp::address(var_inv_masses, var_11);
        var_27 = wp::load(var_25);
        var_26 = wp::add(var_23, var_27);
        var_29 = (var_26 == var_28);
        if (var_29) {
            // return                                                                             <L 32>
            goto label1;
        }
        // ke = edge_bending_ke[tid]                                                              <L 33>
        var_30 = wp::address(var_edge_bending_ke, var_0);
        var_32 = wp::load(var_30);
        var_31 = wp::copy(var_32);
        // kd = edge_bending_kd[tid]                                                              <L 34>
        var_33 = wp::address(var_edge_bending_kd, var_0);
        var_35 = wp::load(var_33);
        var_34 = wp::copy(var_35);
        // x_i = x[i]                                                                             <L 35>
        var_36 = wp::address(var_x, var_5);
        var_38 = wp::load(var_36);
        var_37 = wp::copy(var_38);
        // x_j = x[j]                                                                             <L 36>
        var_39 = wp::address(var_x, var_7);
        var_41 = wp::load(var_39);
        var_40 = wp::copy(var_41);
        // x_k = x[k]                                                                             <L 37>
        var_42 = wp::address(var_x, var_9);
        var_44 = wp::load(var_42);
        var_43 = wp::copy(var_44);
        // x_l = x[l]                                                                             <L 38>
        var_45 = wp::address(var_x, var_11);
        var_47 = wp::load(var_45);
        var_46 = wp::copy(var_47);
        // n1 = wp.cross(x_k - x_i, x_l - x_i)                                                    <L 39>
        var_48 = wp::sub(var_43, var_37);
        var_49 = wp::sub(var_46, var_37);
        var_50 = wp::cross(var_48, var_49);
        // n2 = wp.cross(x_l - x_j, x_k - x_j)                                                    <L 40>
        var_51 = wp::sub(var_46, var_40);
        var_52 = wp::sub(var_43, var_40);
        var_53 = wp::cross(var_51, var_52);
        // n1_length = wp.length(n1)                                                              <L 41>
        var_54 = wp::length(var_50);
        // n2_length = wp.length(n2)                                                              <L 42>
        var_55 = wp::length(var_53);
        // if n1_length < 1.0e-6 or n2_length < 1.0e-6:                                           <L 43>
        var_58 = (var_54 < var_57);
        var_56 = var_58;
        if (!var_56) {
            var_60 = (var_55 < var_59);
            var_56 = var_56 || var_60;
        }
        if (var_56) {
            // return                                                                             <L 44>
            goto label2;
        }
        // e = x_l - x_k                                                                          <L 45>
        var_61 = wp::sub(var_46, var_43);
        // e_length = wp.length(e)                                                                <L 46>
        var_62 = wp::length(var_61);
        // e_hat = e / e_length                                                                   <L 47>
        var_63 = wp::div(var_61, var_62);
        // rcp_n1 = 1.0 / n1_length                                                               <L 48>
        var_65 = wp::div(var_64, var_54);
        // rcp_n2 = 1.0 / n2_length                                                               <L 49>
        var_67 = wp::div(var_66, var_55);
        // theta = dihedral_angle(n1 * rcp_n1, n2 * rcp_n2, e_hat)                                <L 50>
        var_68 = wp::mul(var_50, var_65);
        var_69 = wp::mul(var_53, var_67);
        var_70 = dihedral_angle_0(var_68, var_69, var_63);
        // dtheta = theta - bending_rest_angle[tid]                                               <L 51>
        var_71 = wp::address(var_bending_rest_angle, var_0);
        var_73 = wp::load(var_71);
        var_72 = wp::sub(var_70, var_73);
        // g1 = n1 * (rcp_n1 * rcp_n1)                                                            <L 52>
        var_74 = wp::mul(var_65, var_65);
        var_75 = wp::mul(var_50, var_74);
        // g2 = n2 * (rcp_n2 * rcp_n2)                                                            <L 53>
        var_76 = wp::mul(var_67, var_67);
        var_77 = wp::mul(var_53, var_76);
        // d_i = g1 * e_length                                                                    <L 54>
        var_78 = wp::mul(var_75, var_62);
        // d_j = g2 * e_length                                                                    <L 55>
        var_79 = wp::mul(var_77, var_62);
        // d_k = g1 * wp.dot(x_i - x_l, e_hat) + g2 * wp.dot(x_j - x_l, e_hat)                    <L 56>
        var_80 = wp::sub(var_37, var_46);
        var_81 = wp::dot(var_80, var_63);
        var_82 = wp::mul(var_75, var_81);
        var_83 = wp::sub(var_40, var_46);
        var_84 = wp::dot(var_83, var_63);
        var_85 = wp::mul(var_77, var_84);
        var_86 = wp::add(var_82, var_85);
        // d_l = -(d_i + d_j + d_k)                                                               <L 57>
        var_87 = wp::add(var_78, var_79);
        var_88 = wp::add(var_87, var_86);
        var_89 = wp::neg(var_88);
        // weight = e_length                                                                      <L 58>
        var_90 = wp::copy(var_62);
        // f_elastic = ke * dtheta                                                                <L 59>
        var_91 = wp::mul(var_31, var_72);
        // dtheta_dt = wp.dot(d_i, v[i]) + wp.dot(d_j, v[j]) + wp.dot(d_k, v[k]) + wp.dot(d_l, v[l])       <L 60>
        var_92 = wp::address(var_v, var_5);
        var_94 = wp::load(var_92);
        var_93 = wp::dot(var_78, var_94);
        var_95 = wp::address(var_v, var_7);
        var_97 = wp::load(var_95);
        var_96 = wp::dot(var_79, var_97);
        var_98 = wp::add(var_93, var_96);
        var_99 = wp::address(var_v, var_9);
        var_101 = wp::load(var_99);
        var_100 = wp::dot(var_86, var_101);
        var_102 = wp::add(var_98, var_100);
        var_103 = wp::address(var_v, var_11);
        var_105 = wp::load(var_103);
        var_104 = wp::dot(var_89, var_105);
        var_106 = wp::add(var_102, var_104);
        // f_scale = -weight * (f_elastic + kd * dtheta_dt)                                       <L 61>
        var_107 = wp::neg(var_90);
        var_108 = wp::mul(var_34, var_106);
        var_109 = wp::add(var_91, var_108);
        var_110 = wp::mul(var_107, var_109);
        // wp.atomic_add(forces, i, d_i * f_scale)                                                <L 62>
        var_111 = wp::mul(var_78, var_110);
        // var_112 = wp::atomic_add(var_forces, var_5, var_111);
        // wp.atomic_add(forces, j, d_j * f_scale)                                                <L 63>
        var_113 = wp::mul(var_79, var_110);
        // var_114 = wp::atomic_add(var_forces, var_7, var_113);
        // wp.atomic_add(forces, k, d_k * f_scale)                                                <L 64>
        var_115 = wp::mul(var_86, var_110);
        // var_116 = wp::atomic_add(var_forces, var_9, var_115);
        // wp.atomic_add(forces, l, d_l * f_scale)                                                <L 65>
        var_117 = wp::mul(var_89, var_110);
        // var_118 = wp::atomic_add(var_forces, var_11, var_117);
        //---------
        // reverse
        wp::adj_atomic_add(var_forces, var_11, var_117, adj_forces, adj_11, adj_117, adj_118);
        wp::adj_mul(var_89, var_110, adj_89, adj_110, adj_117);
        // adj: wp.atomic_add(forces, l, d_l * f_scale)                                           <L 65>
        wp::adj_atomic_add(var_forces, var_9, var_115, adj_forces, adj_9, adj_115, adj_116);
        wp::adj_mul(var_86, var_110, adj_86, adj_110, adj_115);
        // adj: wp.atomic_add(forces, k, d_k * f_scale)                                           <L 64>
        wp::adj_atomic_add(var_forces, var_7, var_113, adj_forces, adj_7, adj_113, adj_114);
        wp::adj_mul(var_79, var_110, adj_79, adj_110, adj_113);
        // adj: wp.atomic_add(forces, j, d_j * f_scale)                                           <L 63>
        wp::adj_atomic_add(var_forces, var_5, var_111, adj_forces, adj_5, adj_111, adj_112);
        wp::adj_mul(var_78, var_110, adj_78, adj_110, adj_111);
        // adj: wp.atomic_add(forces, i, d_i * f_scale)                                           <L 62>
        wp::adj_mul(var_107, var_109, adj_107, adj_109, adj_110);
        wp::adj_add(var_91, var_108, adj_91, adj_108, adj_109);
        wp::adj_mul(var_34, var_106, adj_34, adj_106, adj_108);
        wp::adj_neg(var_90, adj_90, adj_107);
        // adj: f_scale = -weight * (f_elastic + kd * dtheta_dt)                                  <L 61>
        wp::adj_add(var_102, var_104, adj_102, adj_104, adj_106);
        wp::adj_dot(var_89, var_105, adj_89, adj_103, adj_104);
        wp::adj_address(var_v, var_11, adj_v, adj_11, adj_103);
        wp::adj_add(var_98, var_100, adj_98, adj_100, adj_102);
        wp::adj_dot(var_86, var_101, adj_86, adj_99, adj_100);
        wp::adj_address(var_v, var_9, adj_v, adj_9, adj_99);
        wp::adj_add(var_93, var_96, adj_93, adj_96, adj_98);
        wp::adj_dot(var_79, var_97, adj_79, adj_95, adj_96);
        wp::adj_address(var_v, var_7, adj_v, adj_7, adj_95);
        wp::adj_dot(var_78, var_94, adj_78, adj_92, adj_93);
        wp::adj_address(var_v, var_5, adj_v, adj_5, adj_92);
        // adj: dtheta_dt = wp.dot(d_i, v[i]) + wp.dot(d_j, v[j]) + wp.dot(d_k, v[k]) + wp.dot(d_l, v[l])  <L 60>
        wp::adj_mul(var_31, var_72, adj_31, adj_72, adj_91);
        // adj: f_elastic = ke * dtheta                                                           <L 59>
        wp::adj_copy(var_62, adj_62, adj_90);
        // adj: weight = e_length                                                                 <L 58>
        wp::adj_neg(var_88, adj_88, adj_89);
        wp::adj_add(var_87, var_86, adj_87, adj_86, adj_88);
        wp::adj_add(var_78, var_79, adj_78, adj_79, adj_87);
        // adj: d_l = -(d_i + d_j + d_k)                                                          <L 57>
        wp::adj_add(var_82, var_85, adj_82, adj_85, adj_86);
        wp::adj_mul(var_77, var_84, adj_77, adj_84, adj_85);
        wp::adj_dot(var_83, var_63, adj_83, adj_63, adj_84);
        wp::adj_sub(var_40, var_46, adj_40, adj_46, adj_83);
        wp::adj_mul(var_75, var_81, adj_75, adj_81, adj_82);
        wp::adj_dot(var_80, var_63, adj_80, adj_63, adj_81);
        wp::adj_sub(var_37, var_46, adj_37, adj_46, adj_80);
        // adj: d_k = g1 * wp.dot(x_i - x_l, e_hat) + g2 * wp.dot(x_j - x_l, e_hat)               <L 56>
        wp::adj_mul(var_77, var_62, adj_77, adj_62, adj_79);
        // adj: d_j = g2 * e_length                                                               <L 55>
        wp::adj_mul(var_75, var_62, adj_75, adj_62, adj_78);
        // adj: d_i = g1 * e_length                                                               <L 54>
        wp::adj_mul(var_53, var_76, adj_53, adj_76, adj_77);
        wp::adj_mul(var_67, var_67, adj_67, adj_67, adj_76);
        // adj: g2 = n2 * (rcp_n2 * rcp_n2)                                                       <L 53>
        wp::adj_mul(var_50, var_74, adj_50, adj_74, adj_75);
        wp::adj_mul(var_65, var_65, adj_65, adj_65, adj_74);
        // adj: g1 = n1 * (rcp_n1 * rcp_n1)                                                       <L 52>
        wp::adj_sub(var_70, var_73, adj_70, adj_71, adj_72);
        wp::adj_address(var_bending_rest_angle, var_0, adj_bending_rest_angle, adj_0, adj_71);
        // adj: dtheta = theta - bending_rest_angle[tid]                                          <L 51>
        adj_dihedral_angle_0(var_68, var_69, var_63, adj_68, adj_69, adj_63, adj_70);
        wp::adj_mul(var_53, var_67, adj_53, adj_67, adj_69);
        wp::adj_mul(var_50, var_65, adj_50, adj_65, adj_68);
        // adj: theta = dihedral_angle(n1 * rcp_n1, n2 * rcp_n2, e_hat)                           <L 50>
        wp::adj_div(var_66, var_55, var_67, adj_66, adj_55, adj_67);
        // adj: rcp_n2 = 1.0 / n2_length                                                          <L 49>
        wp::adj_div(var_64, var_54, var_65, adj_64, adj_54, adj_65);
        // adj: rcp_n1 = 1.0 / n1_length                                                          <L 48>
        wp::adj_div(var_61, var_62, adj_61, adj_62, adj_63);
        // adj: e_hat = e / e_length                                                              <L 47>
        wp::adj_length(var_61, var_62, adj_61, adj_62);
        // adj: e_length = wp.length(e)                                                           <L 46>
        wp::adj_sub(var_46, var_43, adj_46, adj_43, adj_61);
        // adj: e = x_l - x_k                                                                     <L 45>
        if (var_56) {
            label2:;
            // adj: return                                                                        <L 44>
        }
        if (!var_56) {
        }
        // adj: if n1_length < 1.0e-6 or n2_length < 1.0e-6:                                      <L 43>
        wp::adj_length(var_53, var_55, adj_53, adj_55);
        // adj: n2_length = wp.length(n2)                                                         <L 42>
        wp::adj_length(var_50, var_54, adj_50, adj_54);
        // adj: n1_length = wp.length(n1)                                                         <L 41>
        wp::adj_cross(var_51, var_52, adj_51, adj_52, adj_53);
        wp::adj_sub(var_43, var_40, adj_43, adj_40, adj_52);
        wp::adj_sub(var_46, var_40, adj_46, adj_40, adj_51);
        // adj: n2 = wp.cross(x_l - x_j, x_k - x_j)                                               <L 40>
        wp::adj_cross(var_48, var_49, adj_48, adj_49, adj_50);
        wp::adj_sub(var_46, var_37, adj_46, adj_37, adj_49);
        wp::adj_sub(var_43, var_37, adj_43, adj_37, adj_48);
        // adj: n1 = wp.cross(x_k - x_i, x_l - x_i)                                               <L 39>
        wp::adj_copy(var_47, adj_45, adj_46);
        wp::adj_address(var_x, var_11, adj_x, adj_11, adj_45);
        // adj: x_l = x[l]                                                                        <L 38>
        wp::adj_copy(var_44, adj_42, adj_43);
        wp::adj_address(var_x, var_9, adj_x, adj_9, adj_42);
        // adj: x_k = x[k]                                                                        <L 37>
        wp::adj_copy(var_41, adj_39, adj_40);
        wp::adj_address(var_x, var_7, adj_x, adj_7, adj_39);
        // adj: x_j = x[j]                                                                        <L 36>
        wp::adj_copy(var_38, adj_36, adj_37);
        wp::adj_address(var_x, var_5, adj_x, adj_5, adj_36);
        // adj: x_i = x[i]                                                                        <L 35>
        wp::adj_copy(var_35, adj_33, adj_34);
        wp::adj_address(var_edge_bending_kd, var_0, adj_edge_bending_kd, adj_0, adj_33);
        // adj: kd = edge_bending_kd[tid]                                                         <L 34>
        wp::adj_copy(var_32, adj_30, adj_31);
        wp::adj_address(var_edge_bending_ke, var_0, adj_edge_bending_ke, adj_0, adj_30);
        // adj: ke = edge_bending_ke[tid]                                                         <L 33>
        if (var_29) {
            label1:;
            // adj: return                                                                        <L 32>
        }
        wp::adj_add(var_23, var_27, adj_23, adj_25, adj_26);
        wp::adj_address(var_inv_masses, var_11, adj_inv_masses, adj_11, adj_25);
        wp::adj_add(var_19, var_24, adj_19, adj_22, adj_23);
        wp::adj_address(var_inv_masses, var_9, adj_inv_masses, adj_9, adj_22);
        wp::adj_add(var_20, var_21, adj_17, adj_18, adj_19);
        wp::adj_address(var_inv_masses, var_7, adj_inv_masses, adj_7, adj_18);
        wp::adj_address(var_inv_masses, var_5, adj_inv_masses, adj_5, adj_17);
        // adj: if inv_masses[i] + inv_masses[j] + inv_masses[k] + inv_masses[l] == 0.0:          <L 31>
        if (var_12) {
            label0:;
            // adj: return                                                                        <L 30>
        }
        if (!var_12) {
        }
        // adj: if i == -1 or j == -1:                                                            <L 29>
        wp::adj_extract(var_2, var_10, adj_2, adj_10, adj_11);
        // adj: l = quad[3]                                                                       <L 28>
        wp::adj_extract(var_2, var_8, adj_2, adj_8, adj_9);
        // adj: k = quad[2]                                                                       <L 27>
        wp::adj_extract(var_2, var_6, adj_2, adj_6, adj_7);
        // adj: j = quad[1]                                                                       <L 26>
        wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
        // adj: i = quad[0]                                                                       <L 25>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_bending_indices, var_0, adj_bending_indices, adj_0, adj_1);
        // adj: quad = bending_indices[tid]                                                       <L 24>
        // adj: tid = wp.tid()                                                                    <L 23>
        // adj: def bending_forces(                                                               <L 12>
        continue;
    }
}



extern "C" __global__ void eval_triangle_contacts_9a65d0ad_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_tri_indices,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::float32> var_inv_masses,
    wp::array_t<wp::float32> var_particle_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_deltas,
    wp::int32 var_particle_count,
    wp::int32 var_tri_count,
    wp::float32 var_thickness)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        bool var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::int32 var_14 = 0;
        wp::int32* var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 1;
        wp::int32* var_19;
        wp::int32 var_20;
        wp::int32 var_21;
        const wp::int32 var_22 = 2;
        wp::int32* var_23;
        wp::int32 var_24;
        wp::int32 var_25;
        bool var_26;
        bool var_27;
        bool var_28;
        bool var_29;
        wp::vec_t<3, wp::float32>* var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32>* var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32>* var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        const wp::int32 var_40 = 0;
        wp::float32 var_41;
        wp::vec_t<3, wp::float32> var_42;
        const wp::int32 var_43 = 1;
        wp::float32 var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        const wp::int32 var_47 = 2;
        wp::float32 var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::vec_t<3, wp::float32> var_51;
        wp::float32 var_52;
        bool var_53;
        bool var_54;
        const wp::float32 var_55 = 1e-08;
        bool var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::float32 var_58;
        wp::float32* var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32* var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32* var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        const wp::int32 var_68 = 0;
        wp::float32 var_69;
        wp::float32 var_70;
        const wp::int32 var_71 = 0;
        wp::float32 var_72;
        wp::float32 var_73;
        wp::float32 var_74;
        const wp::int32 var_75 = 1;
        wp::float32 var_76;
        wp::float32 var_77;
        const wp::int32 var_78 = 1;
        wp::float32 var_79;
        wp::float32 var_80;
        wp::float32 var_81;
        const wp::int32 var_82 = 2;
        wp::float32 var_83;
        wp::float32 var_84;
        const wp::int32 var_85 = 2;
        wp::float32 var_86;
        wp::float32 var_87;
        wp::float32 var_88;
        const wp::float32 var_89 = 0.0;
        bool var_90;
        wp::float32 var_91;
        wp::vec_t<3, wp::float32> var_92;
        wp::vec_t<3, wp::float32> var_93;
        wp::vec_t<3, wp::float32> var_94;
        const wp::int32 var_95 = 0;
        wp::float32 var_96;
        wp::float32 var_97;
        wp::vec_t<3, wp::float32> var_98;
        wp::vec_t<3, wp::float32> var_99;
        const wp::int32 var_100 = 1;
        wp::float32 var_101;
        wp::float32 var_102;
        wp::vec_t<3, wp::float32> var_103;
        wp::vec_t<3, wp::float32> var_104;
        const wp::int32 var_105 = 2;
        wp::float32 var_106;
        wp::float32 var_107;
        wp::vec_t<3, wp::float32> var_108;
        wp::vec_t<3, wp::float32> var_109;
        //---------
        // forward
        // def eval_triangle_contacts(                                                            <L 86>
        // tid = wp.tid()                                                                         <L 96>
        var_0 = builtin_tid1d();
        // face = tid // particle_count                                                           <L 97>
        var_1 = wp::floordiv(var_0, var_particle_count);
        // particle = tid - face * particle_count                                                 <L 98>
        var_2 = wp::mul(var_1, var_particle_count);
        var_3 = wp::sub(var_0, var_2);
        // if face >= tri_count:                                                                  <L 99>
        var_4 = (var_1 >= var_tri_count);
        if (var_4) {
            // return                                                                             <L 100>
            continue;
        }
        // x_p = x[particle]                                                                      <L 101>
        var_5 = wp::address(var_x, var_3);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // gap = particle_radius[particle] + thickness                                            <L 102>
        var_8 = wp::address(var_particle_radius, var_3);
        var_10 = wp::load(var_8);
        var_9 = wp::add(var_10, var_thickness);
        // w_p = inv_masses[particle]                                                             <L 103>
        var_11 = wp::address(var_inv_masses, var_3);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // i = tri_indices[face, 0]                                                               <L 104>
        var_15 = wp::address(var_tri_indices, var_1, var_14);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // j = tri_indices[face, 1]                                                               <L 105>
        var_19 = wp::address(var_tri_indices, var_1, var_18);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // k = tri_indices[face, 2]                                                               <L 106>
        var_23 = wp::address(var_tri_indices, var_1, var_22);
        var_25 = wp::load(var_23);
        var_24 = wp::copy(var_25);
        // if particle == i or particle == j or particle == k:                                    <L 107>
        var_27 = (var_3 == var_16);
        var_26 = var_27;
        if (!var_26) {
            var_28 = (var_3 == var_20);
            var_26 = var_26 || var_28;
        }
        if (!var_26) {
            var_29 = (var_3 == var_24);
            var_26 = var_26 || var_29;
        }
        if (var_26) {
            // return                                                                             <L 108>
            continue;
        }
        // x_i = x[i]                                                                             <L 109>
        var_30 = wp::address(var_x, var_16);
        var_32 = wp::load(var_30);
        var_31 = wp::copy(var_32);
        // x_j = x[j]                                                                             <L 110>
        var_33 = wp::address(var_x, var_20);
        var_35 = wp::load(var_33);
        var_34 = wp::copy(var_35);
        // x_k = x[k]                                                                             <L 111>
        var_36 = wp::address(var_x, var_24);
        var_38 = wp::load(var_36);
        var_37 = wp::copy(var_38);
        // bary = closest_point_barycentric(x_i, x_j, x_k, x_p)                                   <L 112>
        var_39 = closest_point_barycentric_0(var_31, var_34, var_37, var_6);
        // diff = x_p - (x_i * bary[0] + x_j * bary[1] + x_k * bary[2])                           <L 113>
        var_41 = wp::extract(var_39, var_40);
        var_42 = wp::mul(var_31, var_41);
        var_44 = wp::extract(var_39, var_43);
        var_45 = wp::mul(var_34, var_44);
        var_46 = wp::add(var_42, var_45);
        var_48 = wp::extract(var_39, var_47);
        var_49 = wp::mul(var_37, var_48);
        var_50 = wp::add(var_46, var_49);
        var_51 = wp::sub(var_6, var_50);
        // dist = wp.length(diff)                                                                 <L 114>
        var_52 = wp::length(var_51);
        // if dist >= gap or dist < 1.0e-8:                                                       <L 115>
        var_54 = (var_52 >= var_9);
        var_53 = var_54;
        if (!var_53) {
            var_56 = (var_52 < var_55);
            var_53 = var_53 || var_56;
        }
        if (var_53) {
            // return                                                                             <L 116>
            continue;
        }
        // n = diff / dist                                                                        <L 117>
        var_57 = wp::div(var_51, var_52);
        // penetration = gap - dist                                                               <L 118>
        var_58 = wp::sub(var_9, var_52);
        // w_i = inv_masses[i]                                                                    <L 119>
        var_59 = wp::address(var_inv_masses, var_16);
        var_61 = wp::load(var_59);
        var_60 = wp::copy(var_61);
        // w_j = inv_masses[j]                                                                    <L 120>
        var_62 = wp::address(var_inv_masses, var_20);
        var_64 = wp::load(var_62);
        var_63 = wp::copy(var_64);
        // w_k = inv_masses[k]                                                                    <L 121>
        var_65 = wp::address(var_inv_masses, var_24);
        var_67 = wp::load(var_65);
        var_66 = wp::copy(var_67);
        // w_sum = w_p + w_i * bary[0] * bary[0] + w_j * bary[1] * bary[1] + w_k * bary[2] * bary[2]       <L 122>
        var_69 = wp::extract(var_39, var_68);
        var_70 = wp::mul(var_60, var_69);
        var_72 = wp::extract(var_39, var_71);
        var_73 = wp::mul(var_70, var_72);
        var_74 = wp::add(var_12, var_73);
        var_76 = wp::extract(var_39, var_75);
        var_77 = wp::mul(var_63, var_76);
        var_79 = wp::extract(var_39, var_78);
        var_80 = wp::mul(var_77, var_79);
        var_81 = wp::add(var_74, var_80);
        var_83 = wp::extract(var_39, var_82);
        var_84 = wp::mul(var_66, var_83);
        var_86 = wp::extract(var_39, var_85);
        var_87 = wp::mul(var_84, var_86);
        var_88 = wp::add(var_81, var_87);
        // if w_sum == 0.0:                                                                       <L 123>
        var_90 = (var_88 == var_89);
        if (var_90) {
            // return                                                                             <L 124>
            continue;
        }
        // correction = n * (penetration / w_sum)                                                 <L 125>
        var_91 = wp::div(var_58, var_88);
        var_92 = wp::mul(var_57, var_91);
        // wp.atomic_add(particle_deltas, particle, correction * w_p)                             <L 126>
        var_93 = wp::mul(var_92, var_12);
        var_94 = wp::atomic_add(var_particle_deltas, var_3, var_93);
        // wp.atomic_sub(particle_deltas, i, correction * (w_i * bary[0]))                        <L 127>
        var_96 = wp::extract(var_39, var_95);
        var_97 = wp::mul(var_60, var_96);
        var_98 = wp::mul(var_92, var_97);
        var_99 = wp::atomic_sub(var_particle_deltas, var_16, var_98);
        // wp.atomic_sub(particle_deltas, j, correction * (w_j * bary[1]))                        <L 128>
        var_101 = wp::extract(var_39, var_100);
        var_102 = wp::mul(var_63, var_101);
        var_103 = wp::mul(var_92, var_102);
        var_104 = wp::atomic_sub(var_particle_deltas, var_20, var_103);
        // wp.atomic_sub(particle_deltas, k, correction * (w_k * bary[2]))                        <L 129>
        var_106 = wp::extract(var_39, var_105);
        var_107 = wp::mul(var_66, var_106);
        var_108 = wp::mul(var_92, var_107);
        var_109 = wp::atomic_sub(var_particle_deltas, var_24, var_108);
    }
}



extern "C" __global__ void eval_triangle_contacts_9a65d0ad_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_tri_indices,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::float32> var_inv_masses,
    wp::array_t<wp::float32> var_particle_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_deltas,
    wp::int32 var_particle_count,
    wp::int32 var_tri_count,
    wp::float32 var_thickness,
    wp::array_t<wp::int32> adj_tri_indices,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::float32> adj_inv_masses,
    wp::array_t<wp::float32> adj_particle_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_deltas,
    wp::int32 adj_particle_count,
    wp::int32 adj_tri_count,
    wp::float32 adj_thickness)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        bool var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::int32 var_14 = 0;
        wp::int32* var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 1;
        wp::int32* var_19;
        wp::int32 var_20;
        wp::int32 var_21;
        const wp::int32 var_22 = 2;
        wp::int32* var_23;
        wp::int32 var_24;
        wp::int32 var_25;
        bool var_26;
        bool var_27;
        bool var_28;
        bool var_29;
        wp::vec_t<3, wp::float32>* var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32>* var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32>* var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        const wp::int32 var_40 = 0;
        wp::float32 var_41;
        wp::vec_t<3, wp::float32> var_42;
        const wp::int32 var_43 = 1;
        wp::float32 var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        const wp::int32 var_47 = 2;
        wp::float32 var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::vec_t<3, wp::float32> var_51;
        wp::float32 var_52;
        bool var_53;
        bool var_54;
        const wp::float32 var_55 = 1e-08;
        bool var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::float32 var_58;
        wp::float32* var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32* var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32* var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        const wp::int32 var_68 = 0;
        wp::float32 var_69;
        wp::float32 var_70;
        const wp::int32 var_71 = 0;
        wp::float32 var_72;
        wp::float32 var_73;
        wp::float32 var_74;
        const wp::int32 var_75 = 1;
        wp::float32 var_76;
        wp::float32 var_77;
        const wp::int32 var_78 = 1;
        wp::float32 var_79;
        wp::float32 var_80;
        wp::float32 var_81;
        const wp::int32 var_82 = 2;
        wp::float32 var_83;
        wp::float32 var_84;
        const wp::int32 var_85 = 2;
        wp::float32 var_86;
        wp::float32 var_87;
        wp::float32 var_88;
        const wp::float32 var_89 = 0.0;
        bool var_90;
        wp::float32 var_91;
        wp::vec_t<3, wp::float32> var_92;
        wp::vec_t<3, wp::float32> var_93;
        wp::vec_t<3, wp::float32> var_94;
        const wp::int32 var_95 = 0;
        wp::float32 var_96;
        wp::float32 var_97;
        wp::vec_t<3, wp::float32> var_98;
        wp::vec_t<3, wp::float32> var_99;
        const wp::int32 var_100 = 1;
        wp::float32 var_101;
        wp::float32 var_102;
        wp::vec_t<3, wp::float32> var_103;
        wp::vec_t<3, wp::float32> var_104;
        const wp::int32 var_105 = 2;
        wp::float32 var_106;
        wp::float32 var_107;
        wp::vec_t<3, wp::float32> var_108;
        wp::vec_t<3, wp::float32> var_109;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        bool adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        bool adj_26 = {};
        bool adj_27 = {};
        bool adj_28 = {};
        bool adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::vec_t<3, wp::float32> adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::int32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::int32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::vec_t<3, wp::float32> adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        wp::int32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::vec_t<3, wp::float32> adj_49 = {};
        wp::vec_t<3, wp::float32> adj_50 = {};
        wp::vec_t<3, wp::float32> adj_51 = {};
        wp::float32 adj_52 = {};
        bool adj_53 = {};
        bool adj_54 = {};
        wp::float32 adj_55 = {};
        bool adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::int32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::float32 adj_73 = {};
        wp::float32 adj_74 = {};
        wp::int32 adj_75 = {};
        wp::float32 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::int32 adj_78 = {};
        wp::float32 adj_79 = {};
        wp::float32 adj_80 = {};
        wp::float32 adj_81 = {};
        wp::int32 adj_82 = {};
        wp::float32 adj_83 = {};
        wp::float32 adj_84 = {};
        wp::int32 adj_85 = {};
        wp::float32 adj_86 = {};
        wp::float32 adj_87 = {};
        wp::float32 adj_88 = {};
        wp::float32 adj_89 = {};
        bool adj_90 = {};
        wp::float32 adj_91 = {};
        wp::vec_t<3, wp::float32> adj_92 = {};
        wp::vec_t<3, wp::float32> adj_93 = {};
        wp::vec_t<3, wp::float32> adj_94 = {};
        wp::int32 adj_95 = {};
        wp::float32 adj_96 = {};
        wp::float32 adj_97 = {};
        wp::vec_t<3, wp::float32> adj_98 = {};
        wp::vec_t<3, wp::float32> adj_99 = {};
        wp::int32 adj_100 = {};
        wp::float32 adj_101 = {};
        wp::float32 adj_102 = {};
        wp::vec_t<3, wp::float32> adj_103 = {};
        wp::vec_t<3, wp::float32> adj_104 = {};
        wp::int32 adj_105 = {};
        wp::float32 adj_106 = {};
        wp::float32 adj_107 = {};
        wp::vec_t<3, wp::float32> adj_108 = {};
        wp::vec_t<3, wp::float32> adj_109 = {};
        //---------
        // forward
        // def eval_triangle_contacts(                                                            <L 86>
        // tid = wp.tid()                                                                         <L 96>
        var_0 = builtin_tid1d();
        // face = tid // particle_count                                                           <L 97>
        var_1 = wp::floordiv(var_0, var_particle_count);
        // particle = tid - face * particle_count                                                 <L 98>
        var_2 = wp::mul(var_1, var_particle_count);
        var_3 = wp::sub(var_0, var_2);
        // if face >= tri_count:                                                                  <L 99>
        var_4 = (var_1 >= var_tri_count);
        if (var_4) {
            // return                                                                             <L 100>
            goto label0;
        }
        // x_p = x[particle]                                                                      <L 101>
        var_5 = wp::address(var_x, var_3);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // gap = particle_radius[particle] + thickness                                            <L 102>
        var_8 = wp::address(var_particle_radius, var_3);
        var_10 = wp::load(var_8);
        var_9 = wp::add(var_10, var_thickness);
        // w_p = inv_masses[particle]                                                             <L 103>
        var_11 = wp::address(var_inv_masses, var_3);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // i = tri_indices[face, 0]                                                               <L 104>
        var_15 = wp::address(var_tri_indices, var_1, var_14);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // j = tri_indices[face, 1]                                                               <L 105>
        var_19 = wp::address(var_tri_indices, var_1, var_18);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // k = tri_indices[face, 2]                                                               <L 106>
        var_23 = wp::address(var_tri_indices, var_1, var_22);
        var_25 = wp::load(var_23);
        var_24 = wp::copy(var_25);
        // if particle == i or particle == j or particle == k:                                    <L 107>
        var_27 = (var_3 == var_16);
        var_26 = var_27;
        if (!var_26) {
            var_28 = (var_3 == var_20);
            var_26 = var_26 || var_28;
        }
        if (!var_26) {
            var_29 = (var_3 == var_24);
            var_26 = var_26 || var_29;
        }
        if (var_26) {
            // return                                                                             <L 108>
            goto label1;
        }
        // x_i = x[i]                                                                             <L 109>
        var_30 = wp::address(var_x, var_16);
        var_32 = wp::load(var_30);
        var_31 = wp::copy(var_32);
        // x_j = x[j]                                                                             <L 110>
        var_33 = wp::address(var_x, var_20);
        var_35 = wp::load(var_33);
        var_34 = wp::copy(var_35);
        // x_k = x[k]                                                                             <L 111>
        var_36 = wp::address(var_x, var_24);
        var_38 = wp::load(var_36);
        var_37 = wp::copy(var_38);
        // bary = closest_point_barycentric(x_i, x_j, x_k, x_p)                                   <L 112>
        var_39 = closest_point_barycentric_0(var_31, var_34, var_37, var_6);
        // diff = x_p - (x_i * bary[0] + x_j * bary[1] + x_k * bary[2])                           <L 113>
        var_41 = wp::extract(var_39, var_40);
        var_42 = wp::mul(var_31, var_41);
        var_44 = wp::extract(var_39, var_43);
        var_45 = wp::mul(var_34, var_44);
        var_46 = wp::add(var_42, var_45);
        var_48 = wp::extract(var_39, var_47);
        var_49 = wp::mul(var_37, var_48);
        var_50 = wp::add(var_46, var_49);
        var_51 = wp::sub(var_6, var_50);
        // dist = wp.length(diff)                                                                 <L 114>
        var_52 = wp::length(var_51);
        // if dist >= gap or dist < 1.0e-8:                                                       <L 115>
        var_54 = (var_52 >= var_9);
        var_53 = var_54;
        if (!var_53) {
            var_56 = (var_52 < var_55);
            var_53 = var_53 || var_56;
        }
        if (var_53) {
            // return                                                                             <L 116>
            goto label2;
        }
        // n = diff / dist                                                                        <L 117>
        var_57 = wp::div(var_51, var_52);
        // penetration = gap - dist                                                               <L 118>
        var_58 = wp::sub(var_9, var_52);
        // w_i = inv_masses[i]                                                                    <L 119>
        var_59 = wp::address(var_inv_masses, var_16);
        var_61 = wp::load(var_59);
        var_60 = wp::copy(var_61);
        // w_j = inv_masses[j]                                                                    <L 120>
        var_62 = wp::address(var_inv_masses, var_20);
        var_64 = wp::load(var_62);
        var_63 = wp::copy(var_64);
        // w_k = inv_masses[k]                                                                    <L 121>
        var_65 = wp::address(var_inv_masses, var_24);
        var_67 = wp::load(var_65);
        var_66 = wp::copy(var_67);
        // w_sum = w_p + w_i * bary[0] * bary[0] + w_j * bary[1] * bary[1] + w_k * bary[2] * bary[2]       <L 122>
        var_69 = wp::extract(var_39, var_68);
        var_70 = wp::mul(var_60, var_69);
        var_72 = wp::extract(var_39, var_71);
        var_73 = wp::mul(var_70, var_72);
        var_74 = wp::add(var_12, var_73);
        var_76 = wp::extract(var_39, var_75);
        var_77 = wp::mul(var_63, var_76);
        var_79 = wp::extract(var_39, var_78);
        var_80 = wp::mul(var_77, var_79);
        var_81 = wp::add(var_74, var_80);
        var_83 = wp::extract(var_39, var_82);
        var_84 = wp::mul(var_66, var_83);
        var_86 = wp::extract(var_39, var_85);
        var_87 = wp::mul(var_84, var_86);
        var_88 = wp::add(var_81, var_87);
        // if w_sum == 0.0:                                                                       <L 123>
        var_90 = (var_88 == var_89);
        if (var_90) {
            // return                                                                             <L 124>
            goto label3;
        }
        // correction = n * (penetration / w_sum)                                                 <L 125>
        var_91 = wp::div(var_58, var_88);
        var_92 = wp::mul(var_57, var_91);
        // wp.atomic_add(particle_deltas, particle, correction * w_p)                             <L 126>
        var_93 = wp::mul(var_92, var_12);
        // var_94 = wp::atomic_add(var_particle_deltas, var_3, var_93);
        // wp.atomic_sub(particle_deltas, i, correction * (w_i * bary[0]))                        <L 127>
        var_96 = wp::extract(var_39, var_95);
        var_97 = wp::mul(var_60, var_96);
        var_98 = wp::mul(var_92, var_97);
        // var_99 = wp::atomic_sub(var_particle_deltas, var_16, var_98);
        // wp.atomic_sub(particle_deltas, j, correction * (w_j * bary[1]))                        <L 128>
        var_101 = wp::extract(var_39, var_100);
        var_102 = wp::mul(var_63, var_101);
        var_103 = wp::mul(var_92, var_102);
        // var_104 = wp::atomic_sub(var_particle_deltas, var_20, var_103);
        // wp.atomic_sub(particle_deltas, k, correction * (w_k * bary[2]))                        <L 129>
        var_106 = wp::extract(var_39, var_105);
        var_107 = wp::mul(var_66, var_106);
        var_108 = wp::mul(var_92, var_107);
        // var_109 = wp::atomic_sub(var_particle_deltas, var_24, var_108);
        //---------
        // reverse
        wp::adj_atomic_sub(var_particle_deltas, var_24, var_108, adj_particle_deltas, adj_24, adj_108, adj_109);
        wp::adj_mul(var_92, var_107, adj_92, adj_107, adj_108);
        wp::adj_mul(var_66, var_106, adj_66, adj_106, adj_107);
        wp::adj_extract(var_39, var_105, adj_39, adj_105, adj_106);
        // adj: wp.atomic_sub(particle_deltas, k, correction * (w_k * bary[2]))                   <L 129>
        wp::adj_atomic_sub(var_particle_deltas, var_20, var_103, adj_particle_deltas, adj_20, adj_103, adj_104);
        wp::adj_mul(var_92, var_102, adj_92, adj_102, adj_103);
        wp::adj_mul(var_63, var_101, adj_63, adj_101, adj_102);
        wp::adj_extract(var_39, var_100, adj_39, adj_100, adj_101);
        // adj: wp.atomic_sub(particle_deltas, j, correction * (w_j * bary[1]))                   <L 128>
        wp::adj_atomic_sub(var_particle_deltas, var_16, var_98, adj_particle_deltas, adj_16, adj_98, adj_99);
        wp::adj_mul(var_92, var_97, adj_92, adj_97, adj_98);
        wp::adj_mul(var_60, var_96, adj_60, adj_96, adj_97);
        wp::adj_extract(var_39, var_95, adj_39, adj_95, adj_96);
        // adj: wp.atomic_sub(particle_deltas, i, correction * (w_i * bary[0]))                   <L 127>
        wp::adj_atomic_add(var_particle_deltas, var_3, var_93, adj_particle_deltas, adj_3, adj_93, adj_94);
        wp::adj_mul(var_92, var_12, adj_92, adj_12, adj_93);
        // adj: wp.atomic_add(particle_deltas, particle, correction * w_p)                        <L 126>
        wp::adj_mul(var_57, var_91, adj_57, adj_91, adj_92);
        wp::adj_div(var_58, var_88, var_91, adj_58, adj_88, adj_91);
        // adj: correction = n * (penetration / w_sum)                                            <L 125>
        if (var_90) {
            label3:;
            // adj: return                                                                        <L 124>
        }
        // adj: if w_sum == 0.0:                                                                  <L 123>
        wp::adj_add(var_81, var_87, adj_81, adj_87, adj_88);
        wp::adj_mul(var_84, var_86, adj_84, adj_86, adj_87);
        wp::adj_extract(var_39, var_85, adj_39, adj_85, adj_86);
        wp::adj_mul(var_66, var_83, adj_66, adj_83, adj_84);
        wp::adj_extract(var_39, var_82, adj_39, adj_82, adj_83);
        wp::adj_add(var_74, var_80, adj_74, adj_80, adj_81);
        wp::adj_mul(var_77, var_79, adj_77, adj_79, adj_80);
        wp::adj_extract(var_39, var_78, adj_39, adj_78, adj_79);
        wp::adj_mul(var_63, var_76, adj_63, adj_76, adj_77);
        wp::adj_extract(var_39, var_75, adj_39, adj_75, adj_76);
        wp::adj_add(var_12, var_73, adj_12, adj_73, adj_74);
        wp::adj_mul(var_70, var_72, adj_70, adj_72, adj_73);
        wp::adj_extract(var_39, var_71, adj_39, adj_71, adj_72);
        wp::adj_mul(var_60, var_69, adj_60, adj_69, adj_70);
        wp::adj_extract(var_39, var_68, adj_39, adj_68, adj_69);
        // adj: w_sum = w_p + w_i * bary[0] * bary[0] + w_j * bary[1] * bary[1] + w_k * bary[2] * bary[2]  <L 122>
        wp::adj_copy(var_67, adj_65, adj_66);
        wp::adj_address(var_inv_masses, var_24, adj_inv_masses, adj_24, adj_65);
        // adj: w_k = inv_masses[k]                                                               <L 121>
        wp::adj_copy(var_64, adj_62, adj_63);
        wp::adj_address(var_inv_masses, var_20, adj_inv_masses, adj_20, adj_62);
        // adj: w_j = inv_masses[j]                                                               <L 120>
        wp::adj_copy(var_61, adj_59, adj_60);
        wp::adj_address(var_inv_masses, var_16, adj_inv_masses, adj_16, adj_59);
        // adj: w_i = inv_masses[i]                                                               <L 119>
        wp::adj_sub(var_9, var_52, adj_9, adj_52, adj_58);
        // adj: penetration = gap - dist                                                          <L 118>
        wp::adj_div(var_51, var_52, adj_51, adj_52, adj_57);
        // adj: n = diff / dist                                                                   <L 117>
        if (var_53) {
            label2:;
            // adj: return                                                                        <L 116>
        }
        if (!var_53) {
        }
        // adj: if dist >= gap or dist < 1.0e-8:                                                  <L 115>
        wp::adj_length(var_51, var_52, adj_51, adj_52);
        // adj: dist = wp.length(diff)                                                            <L 114>
        wp::adj_sub(var_6, var_50, adj_6, adj_50, adj_51);
        wp::adj_add(var_46, var_49, adj_46, adj_49, adj_50);
        wp::adj_mul(var_37, var_48, adj_37, adj_48, adj_49);
        wp::adj_extract(var_39, var_47, adj_39, adj_47, adj_48);
        wp::adj_add(var_42, var_45, adj_42, adj_45, adj_46);
        wp::adj_mul(var_34, var_44, adj_34, adj_44, adj_45);
        wp::adj_extract(var_39, var_43, adj_39, adj_43, adj_44);
        wp::adj_mul(var_31, var_41, adj_31, adj_41, adj_42);
        wp::adj_extract(var_39, var_40, adj_39, adj_40, adj_41);
        // adj: diff = x_p - (x_i * bary[0] + x_j * bary[1] + x_k * bary[2])                      <L 113>
        adj_closest_point_barycentric_0(var_31, var_34, var_37, var_6, adj_31, adj_34, adj_37, adj_6, adj_39);
        // adj: bary = closest_point_barycentric(x_i, x_j, x_k, x_p)                              <L 112>
        wp::adj_copy(var_38, adj_36, adj_37);
        wp::adj_address(var_x, var_24, adj_x, adj_24, adj_36);
        // adj: x_k = x[k]                                                                        <L 111>
        wp::adj_copy(var_35, adj_33, adj_34);
        wp::adj_address(var_x, var_20, adj_x, adj_20, adj_33);
        // adj: x_j = x[j]                                                                        <L 110>
        wp::adj_copy(var_32, adj_30, adj_31);
        wp::adj_address(var_x, var_16, adj_x, adj_16, adj_30);
        // adj: x_i = x[i]                                                                        <L 109>
        if (var_26) {
            label1:;
            // adj: return                                                                        <L 108>
        }
        if (!var_26) {
        }
        if (!var_26) {
        }
        // adj: if particle == i or particle == j or particle == k:                               <L 107>
        wp::adj_copy(var_25, adj_23, adj_24);
        wp::adj_address(var_tri_indices, var_1, var_22, adj_tri_indices, adj_1, adj_22, adj_23);
        // adj: k = tri_indices[face, 2]                                                          <L 106>
        wp::adj_copy(var_21, adj_19, adj_20);
        wp::adj_address(var_tri_indices, var_1, var_18, adj_tri_indices, adj_1, adj_18, adj_19);
        // adj: j = tri_indices[face, 1]                                                          <L 105>
        wp::adj_copy(var_17, adj_15, adj_16);
        wp::adj_address(var_tri_indices, var_1, var_14, adj_tri_indices, adj_1, adj_14, adj_15);
        // adj: i = tri_indices[face, 0]                                                          <L 104>
        wp::adj_copy(var_13, adj_11, adj_12);
        wp::adj_address(var_inv_masses, var_3, adj_inv_masses, adj_3, adj_11);
        // adj: w_p = inv_masses[particle]                                                        <L 103>
        wp::adj_add(var_10, var_thickness, adj_8, adj_thickness, adj_9);
        wp::adj_address(var_particle_radius, var_3, adj_particle_radius, adj_3, adj_8);
        // adj: gap = particle_radius[particle] + thickness                                       <L 102>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_x, var_3, adj_x, adj_3, adj_5);
        // adj: x_p = x[particle]                                                                 <L 101>
        if (var_4) {
            label0:;
            // adj: return                                                                        <L 100>
        }
        // adj: if face >= tri_count:                                                             <L 99>
        wp::adj_sub(var_0, var_2, adj_0, adj_2, adj_3);
        wp::adj_mul(var_1, var_particle_count, adj_1, adj_particle_count, adj_2);
        // adj: particle = tid - face * particle_count                                            <L 98>
        // adj: face = tid // particle_count                                                      <L 97>
        // adj: tid = wp.tid()                                                                    <L 96>
        // adj: def eval_triangle_contacts(                                                       <L 86>
        continue;
    }
}



extern "C" __global__ void apply_fixed_tendons_f768af7e_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_env_mask,
    wp::array_t<wp::int32> var_tendon_entry_start,
    wp::array_t<wp::int32> var_tendon_joint,
    wp::array_t<wp::float32> var_tendon_gear,
    wp::array_t<wp::float32> var_joint_q,
    wp::array_t<wp::float32> var_joint_qd,
    wp::array_t<wp::float32> var_tendon_length0,
    wp::array_t<wp::float32> var_tendon_ke,
    wp::array_t<wp::float32> var_tendon_kd,
    wp::array_t<wp::float32> var_joint_f)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::int32* var_2;
        const wp::int32 var_3 = 0;
        bool var_4;
        wp::int32 var_5;
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        wp::int32* var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        bool var_14;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32* var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32* var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::float32 var_24 = 0.0;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.0;
        wp::float32 var_27;
        wp::range_t var_28;
        wp::int32 var_29;
        wp::int32* var_30;
        wp::int32 var_31;
        wp::int32 var_32;
        wp::float32* var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32* var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32* var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::range_t var_48;
        wp::int32 var_49;
        wp::int32* var_50;
        wp::float32* var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::int32 var_55;
        //---------
        // forward
        // def apply_fixed_tendons(                                                               <L 133>
        // world, t = wp.tid()                                                                    <L 146>
        builtin_tid2d(var_0, var_1);
        // if env_mask[world] == 0:                                                               <L 147>
        var_2 = wp::address(var_env_mask, var_0);
        var_5 = wp::load(var_2);
        var_4 = (var_5 == var_3);
        if (var_4) {
            // return                                                                             <L 148>
            continue;
        }
        // start = tendon_entry_start[t]                                                          <L 149>
        var_6 = wp::address(var_tendon_entry_start, var_1);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // end = tendon_entry_start[t + 1]                                                        <L 150>
        var_10 = wp::add(var_1, var_9);
        var_11 = wp::address(var_tendon_entry_start, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // if start == end:                                                                       <L 152>
        var_14 = (var_7 == var_12);
        if (var_14) {
            // return                                                                             <L 153>
            continue;
        }
        // rest = tendon_length0[t]                                                               <L 154>
        var_15 = wp::address(var_tendon_length0, var_1);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // ke = tendon_ke[t]                                                                      <L 155>
        var_18 = wp::address(var_tendon_ke, var_1);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
        // kd = tendon_kd[t]                                                                      <L 156>
        var_21 = wp::address(var_tendon_kd, var_1);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // length = float(0.0)                                                                    <L 158>
        var_25 = wp::float(var_24);
        // rate = float(0.0)                                                                      <L 159>
        var_27 = wp::float(var_26);
        // for k in range(start, end):                                                            <L 160>
        var_28 = wp::range(var_7, var_12);
        start_for_2:;
            if (iter_cmp(var_28) == 0) goto end_for_2;
            var_29 = wp::iter_next(var_28);
            // dof = tendon_joint[k]                                                              <L 161>
            var_30 = wp::address(var_tendon_joint, var_29);
            var_32 = wp::load(var_30);
            var_31 = wp::copy(var_32);
            // c = tendon_gear[k]                                                                 <L 162>
            var_33 = wp::address(var_tendon_gear, var_29);
            var_35 = wp::load(var_33);
            var_34 = wp::copy(var_35);
            // length += c * joint_q[world, dof]                                                  <L 163>
            var_36 = wp::address(var_joint_q, var_0, var_31);
            var_38 = wp::load(var_36);
            var_37 = wp::mul(var_34, var_38);
            var_39 = wp::add(var_25, var_37);
            // rate += c * joint_qd[world, dof]                                                   <L 164>
            var_40 = wp::address(var_joint_qd, var_0, var_31);
            var_42 = wp::load(var_40);
            var_41 = wp::mul(var_34, var_42);
            var_43 = wp::add(var_27, var_41);
            wp::assign(var_25, var_39);
            wp::assign(var_27, var_43);
            goto start_for_2;
        end_for_2:;
        // tension = ke * (length - rest)                                                         <L 165>
        var_44 = wp::sub(var_25, var_16);
        var_45 = wp::mul(var_19, var_44);
        // tension += kd * rate                                                                   <L 166>
        var_46 = wp::mul(var_22, var_27);
        var_47 = wp::add(var_45, var_46);
        // for k in range(start, end):                                                            <L 168>
        var_48 = wp::range(var_7, var_12);
        start_for_4:;
            if (iter_cmp(var_48) == 0) goto end_for_4;
            var_49 = wp::iter_next(var_48);
            // wp.atomic_sub(joint_f, world, tendon_joint[k], tendon_gear[k] * tension)           <L 169>
            var_50 = wp::address(var_tendon_joint, var_49);
            var_51 = wp::address(var_tendon_gear, var_49);
            var_53 = wp::load(var_51);
            var_52 = wp::mul(var_53, var_47);
            var_55 = wp::load(var_50);
            var_54 = wp::atomic_sub(var_joint_f, var_0, var_55, var_52);
            goto start_for_4;
        end_for_4:;
    }
}

