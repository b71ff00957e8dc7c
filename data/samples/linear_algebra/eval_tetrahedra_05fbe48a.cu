// Warp 1.19.0 cuda code for eval_tetrahedra_05fbe48a.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// eval_tetrahedra.py:15
static CUDA_CALLABLE wp::mat_t<3, 3, wp::float32> neo_hookean_stress_0(
    wp::mat_t<3, 3, wp::float32> var_F,
    wp::float32 var_k_mu,
    wp::float32 var_k_lambda)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::slice_t var_4;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 3;
    const wp::int32 var_7 = 1;
    const wp::int32 var_8 = 1;
    wp::vec_t<3, wp::float32> var_9;
    wp::slice_t var_10;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 3;
    const wp::int32 var_13 = 1;
    const wp::int32 var_14 = 2;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::slice_t var_17;
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 3;
    const wp::int32 var_20 = 1;
    const wp::int32 var_21 = 2;
    wp::vec_t<3, wp::float32> var_22;
    wp::slice_t var_23;
    const wp::int32 var_24 = 0;
    const wp::int32 var_25 = 3;
    const wp::int32 var_26 = 1;
    const wp::int32 var_27 = 0;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::slice_t var_30;
    const wp::int32 var_31 = 0;
    const wp::int32 var_32 = 3;
    const wp::int32 var_33 = 1;
    const wp::int32 var_34 = 0;
    wp::vec_t<3, wp::float32> var_35;
    wp::slice_t var_36;
    const wp::int32 var_37 = 0;
    const wp::int32 var_38 = 3;
    const wp::int32 var_39 = 1;
    const wp::int32 var_40 = 1;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::mat_t<3, 3, wp::float32> var_43;
    wp::mat_t<3, 3, wp::float32> var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::mat_t<3, 3, wp::float32> var_47;
    wp::mat_t<3, 3, wp::float32> var_48;
    //---------
    // forward
    // def neo_hookean_stress(F: wp.mat33, k_mu: float, k_lambda: float) -> wp.mat33:         <L 16>
    // alpha = 1.0 + k_mu / k_lambda                                                          <L 18>
    var_1 = wp::div(var_k_mu, var_k_lambda);
    var_2 = wp::add(var_0, var_1);
    // J = wp.determinant(F)                                                                  <L 19>
    var_3 = wp::determinant(var_F);
    // dJdF = wp.matrix_from_cols(wp.cross(F[:, 1], F[:, 2]), wp.cross(F[:, 2], F[:, 0]), wp.cross(F[:, 0], F[:, 1]))       <L 20>
    var_4 = wp::slice_t(var_5, var_6, var_7);
    var_9 = wp::extract<3>(var_F, var_4, var_8);
    var_10 = wp::slice_t(var_11, var_12, var_13);
    var_15 = wp::extract<3>(var_F, var_10, var_14);
    var_16 = wp::cross(var_9, var_15);
    var_17 = wp::slice_t(var_18, var_19, var_20);
    var_22 = wp::extract<3>(var_F, var_17, var_21);
    var_23 = wp::slice_t(var_24, var_25, var_26);
    var_28 = wp::extract<3>(var_F, var_23, var_27);
    var_29 = wp::cross(var_22, var_28);
    var_30 = wp::slice_t(var_31, var_32, var_33);
    var_35 = wp::extract<3>(var_F, var_30, var_34);
    var_36 = wp::slice_t(var_37, var_38, var_39);
    var_41 = wp::extract<3>(var_F, var_36, var_40);
    var_42 = wp::cross(var_35, var_41);
    var_43 = wp::matrix_from_cols<wp::float32>(var_16, var_29, var_42);
    // return F * k_mu + dJdF * (k_lambda * (J - alpha))                                      <L 21>
    var_44 = wp::mul(var_F, var_k_mu);
    var_45 = wp::sub(var_3, var_2);
    var_46 = wp::mul(var_k_lambda, var_45);
    var_47 = wp::mul(var_43, var_46);
    var_48 = wp::add(var_44, var_47);
    return var_48;
}


// eval_tetrahedra.py:94
static CUDA_CALLABLE wp::mat_t<3, 3, wp::float32> edge_matrix_0(
    wp::array_t<wp::vec_t<3, wp::float32>> var_q,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_k,
    wp::int32 var_l)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::mat_t<3, 3, wp::float32> var_12;
    //---------
    // forward
    // def edge_matrix(q: wp.array(dtype=wp.vec3), i: wp.int32, j: wp.int32, k: wp.int32, l: wp.int32) -> wp.mat33:       <L 95>
    // q0 = q[i]                                                                              <L 97>
    var_0 = wp::address(var_q, var_i);
    var_2 = wp::load(var_0);
    var_1 = wp::copy(var_2);
    // return wp.matrix_from_cols(q[j] - q0, q[k] - q0, q[l] - q0)                            <L 98>
    var_3 = wp::address(var_q, var_j);
    var_5 = wp::load(var_3);
    var_4 = wp::sub(var_5, var_1);
    var_6 = wp::address(var_q, var_k);
    var_8 = wp::load(var_6);
    var_7 = wp::sub(var_8, var_1);
    var_9 = wp::address(var_q, var_l);
    var_11 = wp::load(var_9);
    var_10 = wp::sub(var_11, var_1);
    var_12 = wp::matrix_from_cols<wp::float32>(var_4, var_7, var_10);
    return var_12;
}


// eval_tetrahedra.py:15
static CUDA_CALLABLE void adj_neo_hookean_stress_0(
    wp::mat_t<3, 3, wp::float32> var_F,
    wp::float32 var_k_mu,
    wp::float32 var_k_lambda,
    wp::mat_t<3, 3, wp::float32> & adj_F,
    wp::float32 & adj_k_mu,
    wp::float32 & adj_k_lambda,
    wp::mat_t<3, 3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::slice_t var_4;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 3;
    const wp::int32 var_7 = 1;
    const wp::int32 var_8 = 1;
    wp::vec_t<3, wp::float32> var_9;
    wp::slice_t var_10;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 3;
    const wp::int32 var_13 = 1;
    const wp::int32 var_14 = 2;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::slice_t var_17;
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 3;
    const wp::int32 var_20 = 1;
    const wp::int32 var_21 = 2;
    wp::vec_t<3, wp::float32> var_22;
    wp::slice_t var_23;
    const wp::int32 var_24 = 0;
    const wp::int32 var_25 = 3;
    const wp::int32 var_26 = 1;
    const wp::int32 var_27 = 0;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::slice_t var_30;
    const wp::int32 var_31 = 0;
    const wp::int32 var_32 = 3;
    const wp::int32 var_33 = 1;
    const wp::int32 var_34 = 0;
    wp::vec_t<3, wp::float32> var_35;
    wp::slice_t var_36;
    const wp::int32 var_37 = 0;
    const wp::int32 var_38 = 3;
    const wp::int32 var_39 = 1;
    const wp::int32 var_40 = 1;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::mat_t<3, 3, wp::float32> var_43;
    wp::mat_t<3, 3, wp::float32> var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::mat_t<3, 3, wp::float32> var_47;
    wp::mat_t<3, 3, wp::float32> var_48;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::slice_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::slice_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::slice_t adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::slice_t adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::slice_t adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::slice_t adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::mat_t<3, 3, wp::float32> adj_43 = {};
    wp::mat_t<3, 3, wp::float32> adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::mat_t<3, 3, wp::float32> adj_47 = {};
    wp::mat_t<3, 3, wp::float32> adj_48 = {};
    //---------
    // forward
    // def neo_hookean_stress(F: wp.mat33, k_mu: float, k_lambda: float) -> wp.mat33:         <L 16>
    // alpha = 1.0 + k_mu / k_lambda                                                          <L 18>
    var_1 = wp::div(var_k_mu, var_k_lambda);
    var_2 = wp::add(var_0, var_1);
    // J = wp.determinant(F)                                                                  <L 19>
    var_3 = wp::determinant(var_F);
    // dJdF = wp.matrix_from_cols(wp.cross(F[:, 1], F[:, 2]), wp.cross(F[:, 2], F[:, 0]), wp.cross(F[:, 0], F[:, 1]))       <L 20>
    var_4 = wp::slice_t(var_5, var_6, var_7);
    var_9 = wp::extract<3>(var_F, var_4, var_8);
    var_10 = wp::slice_t(var_11, var_12, var_13);
    var_15 = wp::extract<3>(var_F, var_10, var_14);
    var_16 = wp::cross(var_9, var_15);
    var_17 = wp::slice_t(var_18, var_19, var_20);
    var_22 = wp::extract<3>(var_F, var_17, var_21);
    var_23 = wp::slice_t(var_24, var_25, var_26);
    var_28 = wp::extract<3>(var_F, var_23, var_27);
    var_29 = wp::cross(var_22, var_28);
    var_30 = wp::slice_t(var_31, var_32, var_33);
    var_35 = wp::extract<3>(var_F, var_30, var_34);
    var_36 = wp::slice_t(var_37, var_38, var_39);
    var_41 = wp::extract<3>(var_F, var_36, var_40);
    var_42 = wp::cross(var_35, var_41);
    var_43 = wp::matrix_from_cols<wp::float32>(var_16, var_29, var_42);
    // return F * k_mu + dJdF * (k_lambda * (J - alpha))                                      <L 21>
    var_44 = wp::mul(var_F, var_k_mu);
    var_45 = wp::sub(var_3, var_2);
    var_46 = wp::mul(var_k_lambda, var_45);
    var_47 = wp::mul(var_43, var_46);
    var_48 = wp::add(var_44, var_47);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_48 += adj_ret;
    wp::adj_add(var_44, var_47, adj_44, adj_47, adj_48);
    wp::adj_mul(var_43, var_46, adj_43, adj_46, adj_47);
    wp::adj_mul(var_k_lambda, var_45, adj_k_lambda, adj_45, adj_46);
    wp::adj_sub(var_3, var_2, adj_3, adj_2, adj_45);
    wp::adj_mul(var_F, var_k_mu, adj_F, adj_k_mu, adj_44);
    // adj: return F * k_mu + dJdF * (k_lambda * (J - alpha))                                 <L 21>
    wp::adj_matrix_from_cols(var_16, var_29, var_42, adj_16, adj_29, adj_42, adj_43);
    wp::adj_cross(var_35, var_41, adj_35, adj_41, adj_42);
    wp::adj_extract(var_F, var_36, var_40, adj_F, adj_36, adj_40, adj_41);
    wp::adj_extract(var_F, var_30, var_34, adj_F, adj_30, adj_34, adj_35);
    wp::adj_cross(var_22, var_28, adj_22, adj_28, adj_29);
    wp::adj_extract(var_F, var_23, var_27, adj_F, adj_23, adj_27, adj_28);
    wp::adj_extract(var_F, var_17, var_21, adj_F, adj_17, adj_21, adj_22);
    wp::adj_cross(var_9, var_15, adj_9, adj_15, adj_16);
    wp::adj_extract(var_F, var_10, var_14, adj_F, adj_10, adj_14, adj_15);
    wp::adj_extract(var_F, var_4, var_8, adj_F, adj_4, adj_8, adj_9);
    // adj: dJdF = wp.matrix_from_cols(wp.cross(F[:, 1], F[:, 2]), wp.cross(F[:, 2], F[:, 0]), wp.cross(F[:, 0], F[:, 1]))  <L 20>
    wp::adj_determinant(var_F, adj_F, adj_3);
    // adj: J = wp.determinant(F)                                                             <L 19>
    wp::adj_add(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_div(var_k_mu, var_k_lambda, var_1, adj_k_mu, adj_k_lambda, adj_1);
    // adj: alpha = 1.0 + k_mu / k_lambda                                                     <L 18>
    // adj: def neo_hookean_stress(F: wp.mat33, k_mu: float, k_lambda: float) -> wp.mat33:    <L 16>
    return;
}


// eval_tetrahedra.py:94
static CUDA_CALLABLE void adj_edge_matrix_0(
    wp::array_t<wp::vec_t<3, wp::float32>> var_q,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_k,
    wp::int32 var_l,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_q,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::int32 & adj_k,
    wp::int32 & adj_l,
    wp::mat_t<3, 3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::mat_t<3, 3, wp::float32> var_12;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::mat_t<3, 3, wp::float32> adj_12 = {};
    //---------
    // forward
    // def edge_matrix(q: wp.array(dtype=wp.vec3), i: wp.int32, j: wp.int32, k: wp.int32, l: wp.int32) -> wp.mat33:       <L 95>
    // q0 = q[i]                                                                              <L 97>
    var_0 = wp::address(var_q, var_i);
    var_2 = wp::load(var_0);
    var_1 = wp::copy(var_2);
    // return wp.matrix_from_cols(q[j] - q0, q[k] - q0, q[l] - q0)                            <L 98>
    var_3 = wp::address(var_q, var_j);
    var_5 = wp::load(var_3);
    var_4 = wp::sub(var_5, var_1);
    var_6 = wp::address(var_q, var_k);
    var_8 = wp::load(var_6);
    var_7 = wp::sub(var_8, var_1);
    var_9 = wp::address(var_q, var_l);
    var_11 = wp::load(var_9);
    var_10 = wp::sub(var_11, var_1);
    var_12 = wp::matrix_from_cols<wp::float32>(var_4, var_7, var_10);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_12 += adj_ret;
    wp::adj_matrix_from_cols(var_4, var_7, var_10, adj_4, adj_7, adj_10, adj_12);
    wp::adj_sub(var_11, var_1, adj_9, adj_1, adj_10);
    wp::adj_address(var_q, var_l, adj_q, adj_l, adj_9);
    wp::adj_sub(var_8, var_1, adj_6, adj_1, adj_7);
    wp::adj_address(var_q, var_k, adj_q, adj_k, adj_6);
    wp::adj_sub(var_5, var_1, adj_3, adj_1, adj_4);
    wp::adj_address(var_q, var_j, adj_q, adj_j, adj_3);
    // adj: return wp.matrix_from_cols(q[j] - q0, q[k] - q0, q[l] - q0)                       <L 98>
    wp::adj_copy(var_2, adj_0, adj_1);
    wp::adj_address(var_q, var_i, adj_q, adj_i, adj_0);
    // adj: q0 = q[i]                                                                         <L 97>
    // adj: def edge_matrix(q: wp.array(dtype=wp.vec3), i: wp.int32, j: wp.int32, k: wp.int32, l: wp.int32) -> wp.mat33:  <L 95>
    return;
}



extern "C" __global__ void extract_rotation_25e6a381_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_active_count,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_F_out,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_R_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_singular_values)
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
        bool var_3;
        wp::int32 var_4;
        wp::mat_t<3, 3, wp::float32>* var_5;
        wp::mat_t<3, 3, wp::float32> var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::mat_t<3, 3, wp::float32> var_10;
        wp::mat_t<3, 3, wp::float32> var_11;
        wp::mat_t<3, 3, wp::float32> var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.0;
        bool var_15;
        const wp::float32 var_16 = 1.0;
        const wp::float32 var_17 = 1.0;
        const wp::float32 var_18 = -1.0;
        wp::vec_t<3, wp::float32> var_19;
        wp::mat_t<3, 3, wp::float32> var_20;
        wp::mat_t<3, 3, wp::float32> var_21;
        const wp::float32 var_22 = 1.0;
        const wp::float32 var_23 = 1.0;
        const wp::float32 var_24 = -1.0;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::mat_t<3, 3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::mat_t<3, 3, wp::float32> var_29;
        wp::mat_t<3, 3, wp::float32> var_30;
        //---------
        // forward
        // def extract_rotation(                                                                  <L 177>
        // tid = wp.tid()                                                                         <L 183>
        var_0 = builtin_tid1d();
        // if tid >= active_count[0]:                                                             <L 184>
        var_2 = wp::address(var_active_count, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 185>
            continue;
        }
        // Fe = F_out[tid]                                                                        <L 186>
        var_5 = wp::address(var_F_out, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // U, sigma, V = wp.svd3(Fe)                                                              <L 187>
        wp::svd3(var_6, var_8, var_9, var_10);
        // if wp.determinant(U @ wp.transpose(V)) < 0.0:                                          <L 189>
        var_11 = wp::transpose(var_10);
        var_12 = wp::mul(var_8, var_11);
        var_13 = wp::determinant(var_12);
        var_15 = (var_13 < var_14);
        if (var_15) {
            // U = U @ wp.diag(wp.vec3(1.0, 1.0, -1.0))                                           <L 190>
            var_19 = wp::vec_t<3, wp::float32>(var_16, var_17, var_18);
            var_20 = wp::diag(var_19);
            var_21 = wp::mul(var_8, var_20);
            // sigma = wp.cw_mul(sigma, wp.vec3(1.0, 1.0, -1.0))                                  <L 191>
            var_25 = wp::vec_t<3, wp::float32>(var_22, var_23, var_24);
            var_26 = wp::cw_mul(var_9, var_25);
        }
        var_27 = wp::where(var_15, var_21, var_8);
        var_28 = wp::where(var_15, var_26, var_9);
        // R_out[tid] = U @ wp.transpose(V)                                                       <L 192>
        var_29 = wp::transpose(var_10);
        var_30 = wp::mul(var_27, var_29);
        wp::array_store(var_R_out, var_0, var_30);
        // singular_values[tid] = sigma                                                           <L 193>
        wp::array_store(var_singular_values, var_0, var_28);
    }
}



extern "C" __global__ void extract_rotation_25e6a381_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_active_count,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_F_out,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_R_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_singular_values,
    wp::array_t<wp::int32> adj_active_count,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_F_out,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_R_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_singular_values)
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
        bool var_3;
        wp::int32 var_4;
        wp::mat_t<3, 3, wp::float32>* var_5;
        wp::mat_t<3, 3, wp::float32> var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::mat_t<3, 3, wp::float32> var_10;
        wp::mat_t<3, 3, wp::float32> var_11;
        wp::mat_t<3, 3, wp::float32> var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.0;
        bool var_15;
        const wp::float32 var_16 = 1.0;
        const wp::float32 var_17 = 1.0;
        const wp::float32 var_18 = -1.0;
        wp::vec_t<3, wp::float32> var_19;
        wp::mat_t<3, 3, wp::float32> var_20;
        wp::mat_t<3, 3, wp::float32> var_21;
        const wp::float32 var_22 = 1.0;
        const wp::float32 var_23 = 1.0;
        const wp::float32 var_24 = -1.0;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::mat_t<3, 3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::mat_t<3, 3, wp::float32> var_29;
        wp::mat_t<3, 3, wp::float32> var_30;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::mat_t<3, 3, wp::float32> adj_5 = {};
        wp::mat_t<3, 3, wp::float32> adj_6 = {};
        wp::mat_t<3, 3, wp::float32> adj_7 = {};
        wp::mat_t<3, 3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::mat_t<3, 3, wp::float32> adj_10 = {};
        wp::mat_t<3, 3, wp::float32> adj_11 = {};
        wp::mat_t<3, 3, wp::float32> adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        bool adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::mat_t<3, 3, wp::float32> adj_20 = {};
        wp::mat_t<3, 3, wp::float32> adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::mat_t<3, 3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::mat_t<3, 3, wp::float32> adj_29 = {};
        wp::mat_t<3, 3, wp::float32> adj_30 = {};
        //---------
        // forward
        // def extract_rotation(                                                                  <L 177>
        // tid = wp.tid()                                                                         <L 183>
        var_0 = builtin_tid1d();
        // if tid >= active_count[0]:                                                             <L 184>
        var_2 = wp::address(var_active_count, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 185>
            goto label0;
        }
        // Fe = F_out[tid]                                                                        <L 186>
        var_5 = wp::address(var_F_out, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // U, sigma, V = wp.svd3(Fe)                                                              <L 187>
        wp::svd3(var_6, var_8, var_9, var_10);
        // if wp.determinant(U @ wp.transpose(V)) < 0.0:                                          <L 189>
        var_11 = wp::transpose(var_10);
        var_12 = wp::mul(var_8, var_11);
        var_13 = wp::determinant(var_12);
        var_15 = (var_13 < var_14);
        if (var_15) {
            // U = U @ wp.diag(wp.vec3(1.0, 1.0, -1.0))                                           <L 190>
            var_19 = wp::vec_t<3, wp::float32>(var_16, var_17, var_18);
            var_20 = wp::diag(var_19);
            var_21 = wp::mul(var_8, var_20);
            // sigma = wp.cw_mul(sigma, wp.vec3(1.0, 1.0, -1.0))                                  <L 191>
            var_25 = wp::vec_t<3, wp::float32>(var_22, var_23, var_24);
            var_26 = wp::cw_mul(var_9, var_25);
        }
        var_27 = wp::where(var_15, var_21, var_8);
        var_28 = wp::where(var_15, var_26, var_9);
        // R_out[tid] = U @ wp.transpose(V)                                                       <L 192>
        var_29 = wp::transpose(var_10);
        var_30 = wp::mul(var_27, var_29);
        // wp::array_store(var_R_out, var_0, var_30);
        // singular_values[tid] = sigma                                                           <L 193>
        // wp::array_store(var_singular_values, var_0, var_28);
        //---------
        // reverse
        wp::adj_array_store(var_singular_values, var_0, var_28, adj_singular_values, adj_0, adj_28);
        // adj: singular_values[tid] = sigma                                                      <L 193>
        wp::adj_array_store(var_R_out, var_0, var_30, adj_R_out, adj_0, adj_30);
        wp::adj_mul(var_27, var_29, adj_27, adj_29, adj_30);
        wp::adj_transpose(var_10, adj_10, adj_29);
        // adj: R_out[tid] = U @ wp.transpose(V)                                                  <L 192>
        wp::adj_where(var_15, var_26, var_9, adj_15, adj_26, adj_9, adj_28);
        wp::adj_where(var_15, var_21, var_8, adj_15, adj_21, adj_8, adj_27);
        if (var_15) {
            wp::adj_cw_mul(var_9, var_25, adj_9, adj_25, adj_26);
            wp::adj_vec_t(var_22, var_23, var_24, adj_22, adj_23, adj_24, adj_25);
            // adj: sigma = wp.cw_mul(sigma, wp.vec3(1.0, 1.0, -1.0))                             <L 191>
            wp::adj_mul(var_8, var_20, adj_8, adj_20, adj_21);
            wp::adj_diag(var_19, adj_19, adj_20);
            wp::adj_vec_t(var_16, var_17, var_18, adj_16, adj_17, adj_18, adj_19);
            // adj: U = U @ wp.diag(wp.vec3(1.0, 1.0, -1.0))                                      <L 190>
        }
        wp::adj_determinant(var_12, adj_12, adj_13);
        wp::adj_mul(var_8, var_11, adj_8, adj_11, adj_12);
        wp::adj_transpose(var_10, adj_10, adj_11);
        // adj: if wp.determinant(U @ wp.transpose(V)) < 0.0:                                     <L 189>
        wp::adj_svd3(var_6, var_8, var_9, var_10, adj_6, adj_8, adj_9, adj_10);
        // adj: U, sigma, V = wp.svd3(Fe)                                                         <L 187>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_F_out, var_0, adj_F_out, adj_0, adj_5);
        // adj: Fe = F_out[tid]                                                                   <L 186>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 185>
        }
        wp::adj_address(var_active_count, var_1, adj_active_count, adj_1, adj_2);
        // adj: if tid >= active_count[0]:                                                        <L 184>
        // adj: tid = wp.tid()                                                                    <L 183>
        // adj: def extract_rotation(                                                             <L 177>
        continue;
    }
}



extern "C" __global__ void create_eval_tetrahedra_kernel__locals__eval_tetrahedra_678a1ec0_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_tet_materials,
    wp::array_t<wp::int32> var_tets,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_Dm_inv,
    wp::array_t<wp::vec_t<3, wp::float32>> var_fiber_directions,
    wp::array_t<wp::float32> var_muscle_activation,
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
        const wp::int32 var_9 = 2;
        wp::int32* var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 3;
        wp::int32* var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::vec_t<3, wp::float32>* var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        const wp::int32 var_20 = 0;
        wp::float32 var_21;
        const wp::int32 var_22 = 1;
        wp::float32 var_23;
        const wp::int32 var_24 = 2;
        wp::float32 var_25;
        wp::vec_t<3, wp::float32>* var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32>* var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32>* var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32>* var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::mat_t<3, 3, wp::float32> var_38;
        wp::mat_t<3, 3, wp::float32>* var_39;
        wp::mat_t<3, 3, wp::float32> var_40;
        wp::mat_t<3, 3, wp::float32> var_41;
        const wp::float32 var_42 = 1.0;
        const wp::float32 var_43 = 6.0;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::mat_t<3, 3, wp::float32> var_47;
        const bool var_48 = true;
        wp::mat_t<3, 3, wp::float32> var_49;
        wp::vec_t<3, wp::float32>* var_50;
        wp::vec_t<3, wp::float32> var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::vec_t<3, wp::float32>* var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::vec_t<3, wp::float32>* var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::vec_t<3, wp::float32>* var_59;
        wp::vec_t<3, wp::float32> var_60;
        wp::vec_t<3, wp::float32> var_61;
        wp::mat_t<3, 3, wp::float32> var_62;
        wp::mat_t<3, 3, wp::float32> var_63;
        wp::mat_t<3, 3, wp::float32> var_64;
        wp::mat_t<3, 3, wp::float32> var_65;
        wp::vec_t<3, wp::float32>* var_66;
        wp::vec_t<3, wp::float32> var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::vec_t<3, wp::float32> var_69;
        wp::mat_t<3, 3, wp::float32> var_70;
        wp::float32* var_71;
        wp::float32 var_72;
        wp::float32 var_73;
        wp::mat_t<3, 3, wp::float32> var_74;
        wp::mat_t<3, 3, wp::float32> var_75;
        wp::mat_t<3, 3, wp::float32> var_76;
        wp::mat_t<3, 3, wp::float32> var_77;
        wp::float32 var_78;
        wp::mat_t<3, 3, wp::float32> var_79;
        wp::mat_t<3, 3, wp::float32> var_80;
        const wp::int32 var_81 = 0;
        wp::vec_t<3, wp::float32> var_82;
        const wp::int32 var_83 = 1;
        wp::vec_t<3, wp::float32> var_84;
        const wp::int32 var_85 = 2;
        wp::vec_t<3, wp::float32> var_86;
        wp::vec_t<3, wp::float32> var_87;
        wp::vec_t<3, wp::float32> var_88;
        wp::vec_t<3, wp::float32> var_89;
        wp::vec_t<3, wp::float32> var_90;
        wp::vec_t<3, wp::float32> var_91;
        wp::vec_t<3, wp::float32> var_92;
        //---------
        // forward
        // def eval_tetrahedra(                                                                   <L 44>
        // tid = wp.tid()                                                                         <L 54>
        var_0 = builtin_tid1d();
        // i = tets[tid, 0]                                                                       <L 55>
        var_2 = wp::address(var_tets, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // j = tets[tid, 1]                                                                       <L 56>
        var_6 = wp::address(var_tets, var_0, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // k = tets[tid, 2]                                                                       <L 57>
        var_10 = wp::address(var_tets, var_0, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // l = tets[tid, 3]                                                                       <L 58>
        var_14 = wp::address(var_tets, var_0, var_13);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // material = tet_materials[tid]                                                          <L 59>
        var_17 = wp::address(var_tet_materials, var_0);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // k_mu = material[0]                                                                     <L 60>
        var_21 = wp::extract(var_18, var_20);
        // k_lambda = material[1]                                                                 <L 61>
        var_23 = wp::extract(var_18, var_22);
        // k_damp = material[2]                                                                   <L 62>
        var_25 = wp::extract(var_18, var_24);
        // x0 = x[i]                                                                              <L 63>
        var_26 = wp::address(var_x, var_3);
        var_28 = wp::load(var_26);
        var_27 = wp::copy(var_28);
        // Ds = wp.matrix_from_cols(x[j] - x0, x[k] - x0, x[l] - x0)                              <L 64>
        var_29 = wp::address(var_x, var_7);
        var_31 = wp::load(var_29);
        var_30 = wp::sub(var_31, var_27);
        var_32 = wp::address(var_x, var_11);
        var_34 = wp::load(var_32);
        var_33 = wp::sub(var_34, var_27);
        var_35 = wp::address(var_x, var_15);
        var_37 = wp::load(var_35);
        var_36 = wp::sub(var_37, var_27);
        var_38 = wp::matrix_from_cols<wp::float32>(var_30, var_33, var_36);
        // Dm = Dm_inv[tid]                                                                       <L 65>
        var_39 = wp::address(var_Dm_inv, var_0);
        var_41 = wp::load(var_39);
        var_40 = wp::copy(var_41);
        // rest_volume = 1.0 / (6.0 * wp.determinant(Dm))                                         <L 66>
        var_44 = wp::determinant(var_40);
        var_45 = wp::mul(var_43, var_44);
        var_46 = wp::div(var_42, var_45);
        // F = Ds * Dm                                                                            <L 67>
        var_47 = wp::mul(var_38, var_40);
        // if wp.static(model == MaterialModel.NEO_HOOKEAN):                                      <L 68>
        // P = neo_hookean_stress(F, k_mu, k_lambda)                                              <L 69>
        var_49 = neo_hookean_stress_0(var_47, var_21, var_23);
        // v0 = v[i]                                                                              <L 74>
        var_50 = wp::address(var_v, var_3);
        var_52 = wp::load(var_50);
        var_51 = wp::copy(var_52);
        // dFdt = wp.matrix_from_cols(v[j] - v0, v[k] - v0, v[l] - v0) * Dm                       <L 75>
        var_53 = wp::address(var_v, var_7);
        var_55 = wp::load(var_53);
        var_54 = wp::sub(var_55, var_51);
        var_56 = wp::address(var_v, var_11);
        var_58 = wp::load(var_56);
        var_57 = wp::sub(var_58, var_51);
        var_59 = wp::address(var_v, var_15);
        var_61 = wp::load(var_59);
        var_60 = wp::sub(var_61, var_51);
        var_62 = wp::matrix_from_cols<wp::float32>(var_54, var_57, var_60);
        var_63 = wp::mul(var_62, var_40);
        // P = P + dFdt * k_damp                                                                  <L 76>
        var_64 = wp::mul(var_63, var_25);
        var_65 = wp::add(var_49, var_64);
        // a0 = fiber_directions[tid]                                                             <L 77>
        var_66 = wp::address(var_fiber_directions, var_0);
        var_68 = wp::load(var_66);
        var_67 = wp::copy(var_68);
        // P = P + wp.outer(F * a0, a0) * (muscle_activation[tid] * k_mu)                         <L 78>
        var_69 = wp::mul(var_47, var_67);
        var_70 = wp::outer(var_69, var_67);
        var_71 = wp::address(var_muscle_activation, var_0);
        var_73 = wp::load(var_71);
        var_72 = wp::mul(var_73, var_21);
        var_74 = wp::mul(var_70, var_72);
        var_75 = wp::add(var_65, var_74);
        // H = P * wp.transpose(Dm) * (-rest_volume)                                              <L 79>
        var_76 = wp::transpose(var_40);
        var_77 = wp::mul(var_75, var_76);
        var_78 = wp::neg(var_46);
        var_79 = wp::mul(var_77, var_78);
        // Ht = wp.transpose(H)                                                                   <L 80>
        var_80 = wp::transpose(var_79);
        // f1 = Ht[0]                                                                             <L 81>
        var_82 = wp::extract(var_80, var_81);
        // f2 = Ht[1]                                                                             <L 82>
        var_84 = wp::extract(var_80, var_83);
        // f3 = Ht[2]                                                                             <L 83>
        var_86 = wp::extract(var_80, var_85);
        // wp.atomic_sub(forces, i, f1 + f2 + f3)                                                 <L 84>
        var_87 = wp::add(var_82, var_84);
        var_88 = wp::add(var_87, var_86);
        var_89 = wp::atomic_sub(var_forces, var_3, var_88);
        // wp.atomic_add(forces, j, f1)                                                           <L 85>
        var_90 = wp::atomic_add(var_forces, var_7, var_82);
        // wp.atomic_add(forces, k, f2)                                                           <L 86>
        var_91 = wp::atomic_add(var_forces, var_11, var_84);
        // wp.atomic_add(forces, l, f3)                                                           <L 87>
        var_92 = wp::atomic_add(var_forces, var_15, var_86);
    }
}



extern "C" __global__ void create_eval_tetrahedra_kernel__locals__eval_tetrahedra_678a1ec0_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_tet_materials,
    wp::array_t<wp::int32> var_tets,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_Dm_inv,
    wp::array_t<wp::vec_t<3, wp::float32>> var_fiber_directions,
    wp::array_t<wp::float32> var_muscle_activation,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_tet_materials,
    wp::array_t<wp::int32> adj_tets,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_Dm_inv,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_fiber_directions,
    wp::array_t<wp::float32> adj_muscle_activation,
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
        const wp::int32 var_9 = 2;
        wp::int32* var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 3;
        wp::int32* var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::vec_t<3, wp::float32>* var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        const wp::int32 var_20 = 0;
        wp::float32 var_21;
        const wp::int32 var_22 = 1;
        wp::float32 var_23;
        const wp::int32 var_24 = 2;
        wp::float32 var_25;
        wp::vec_t<3, wp::float32>* var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32>* var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32>* var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32>* var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::mat_t<3, 3, wp::float32> var_38;
        wp::mat_t<3, 3, wp::float32>* var_39;
        wp::mat_t<3, 3, wp::float32> var_40;
        wp::mat_t<3, 3, wp::float32> var_41;
        const wp::float32 var_42 = 1.0;
        const wp::float32 var_43 = 6.0;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::mat_t<3, 3, wp::float32> var_47;
        const bool var_48 = true;
        wp::mat_t<3, 3, wp::float32> var_49;
        wp::vec_t<3, wp::float32>* var_50;
        wp::vec_t<3, wp::float32> var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::vec_t<3, wp::float32>* var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::vec_t<3, wp::float32>* var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::vec_t<3, wp::float32>* var_59;
        wp::vec_t<3, wp::float32> var_60;
        wp::vec_t<3, wp::float32> var_61;
        wp::mat_t<3, 3, wp::float32> var_62;
        wp::mat_t<3, 3, wp::float32> var_63;
        wp::mat_t<3, 3, wp::float32> var_64;
        wp::mat_t<3, 3, wp::float32> var_65;
        wp::vec_t<3, wp::float32>* var_66;
        wp::vec_t<3, wp::float32> var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::vec_t<3, wp::float32> var_69;
        wp::mat_t<3, 3, wp::float32> var_70;
        wp::float32* var_71;
        wp::float32 var_72;
        wp::float32 var_73;
        wp::mat_t<3, 3, wp::float32> var_74;
        wp::mat_t<3, 3, wp::float32> var_75;
        wp::mat_t<3, 3, wp::float32> var_76;
        wp::mat_t<3, 3, wp::float32> var_77;
        wp::float32 var_78;
        wp::mat_t<3, 3, wp::float32> var_79;
        wp::mat_t<3, 3, wp::float32> var_80;
        const wp::int32 var_81 = 0;
        wp::vec_t<3, wp::float32> var_82;
        const wp::int32 var_83 = 1;
        wp::vec_t<3, wp::float32> var_84;
        const wp::int32 var_85 = 2;
        wp::vec_t<3, wp::float32> var_86;
        wp::vec_t<3, wp::float32> var_87;
        wp::vec_t<3, wp::float32> var_88;
        wp::vec_t<3, wp::float32> var_89;
        wp::vec_t<3, wp::float32> var_90;
        wp::vec_t<3, wp::float32> var_91;
        wp::vec_t<3, wp::float32> var_92;
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
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::int32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::vec_t<3, wp::float32> adj_37 = {};
        wp::mat_t<3, 3, wp::float32> adj_38 = {};
        wp::mat_t<3, 3, wp::float32> adj_39 = {};
        wp::mat_t<3, 3, wp::float32> adj_40 = {};
        wp::mat_t<3, 3, wp::float32> adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::mat_t<3, 3, wp::float32> adj_47 = {};
        bool adj_48 = {};
        wp::mat_t<3, 3, wp::float32> adj_49 = {};
        wp::vec_t<3, wp::float32> adj_50 = {};
        wp::vec_t<3, wp::float32> adj_51 = {};
        wp::vec_t<3, wp::float32> adj_52 = {};
        wp::vec_t<3, wp::float32> adj_53 = {};
        wp::vec_t<3, wp::float32> adj_54 = {};
        wp::vec_t<3, wp::float32> adj_55 = {};
        wp::vec_t<3, wp::float32> adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        wp::vec_t<3, wp::float32> adj_59 = {};
        wp::vec_t<3, wp::float32> adj_60 = {};
        wp::vec_t<3, wp::float32> adj_61 = {};
        wp::mat_t<3, 3, wp::float32> adj_62 = {};
        wp::mat_t<3, 3, wp::float32> adj_63 = {};
        wp::mat_t<3, 3, wp::float32> adj_64 = {};
        wp::mat_t<3, 3, wp::float32> adj_65 = {};
        wp::vec_t<3, wp::float32> adj_66 = {};
        wp::vec_t<3, wp::float32> adj_67 = {};
        wp::vec_t<3, wp::float32> adj_68 = {};
        wp::vec_t<3, wp::float32> adj_69 = {};
        wp::mat_t<3, 3, wp::float32> adj_70 = {};
        wp::float32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::float32 adj_73 = {};
        wp::mat_t<3, 3, wp::float32> adj_74 = {};
        wp::mat_t<3, 3, wp::float32> adj_75 = {};
        wp::mat_t<3, 3, wp::float32> adj_76 = {};
        wp::mat_t<3, 3, wp::float32> adj_77 = {};
        wp::float32 adj_78 = {};
        wp::mat_t<3, 3, wp::float32> adj_79 = {};
        wp::mat_t<3, 3, wp::float32> adj_80 = {};
        wp::int32 adj_81 = {};
        wp::vec_t<3, wp::float32> adj_82 = {};
        wp::int32 adj_83 = {};
        wp::vec_t<3, wp::float32> adj_84 = {};
        wp::int32 adj_85 = {};
        wp::vec_t<3, wp::float32> adj_86 = {};
        wp::vec_t<3, wp::float32> adj_87 = {};
        wp::vec_t<3, wp::float32> adj_88 = {};
        wp::vec_t<3, wp::float32> adj_89 = {};
        wp::vec_t<3, wp::float32> adj_90 = {};
        wp::vec_t<3, wp::float32> adj_91 = {};
        wp::vec_t<3, wp::float32> adj_92 = {};
        //---------
        // forward
        // def eval_tetrahedra(                                                                   <L 44>
        // tid = wp.tid()                                                                         <L 54>
        var_0 = builtin_tid1d();
        // i = tets[tid, 0]                                                                       <L 55>
        var_2 = wp::address(var_tets, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // j = tets[tid, 1]                                                                       <L 56>
        var_6 = wp::address(var_tets, var_0, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // k = tets[tid, 2]                                                                       <L 57>
        var_10 = wp::address(var_tets, var_0, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // l = tets[tid, 3]                                                                       <L 58>
        var_14 = wp::address(var_tets, var_0, var_13);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // material = tet_materials[tid]                                                          <L 59>
        var_17 = wp::address(var_tet_materials, var_0);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // k_mu = material[0]                                                                     <L 60>
        var_21 = wp::extract(var_18, var_20);
        // k_lambda = material[1]                                                                 <L 61>
        var_23 = wp::extract(var_18, var_22);
        // k_damp = material[2]                                                                   <L 62>
        var_25 = wp::extract(var_18, var_24);
        // x0 = x[i]                                                                              <L 63>
        var_26 = wp::address(var_x, var_3);
        var_28 = wp::load(var_26);
        var_27 = wp::copy(var_28);
        // Ds = wp.matrix_from_cols(x[j] - x0, x[k] - x0, x[l] - x0)                              <L 64>
        var_29 = wp::address(var_x, var_7);
        var_31 = wp::load(var_29);
        var_30 = wp::sub(var_31, var_27);
        var_32 = wp::address(var_x, var_11);
        var_34 = wp::load(var_32);
        var_33 = wp::sub(var_34, var_27);
        var_35 = wp::address(var_x, var_15);
        var_37 = wp::load(var_35);
        var_36 = wp::sub(var_37, var_27);
        var_38 = wp::matrix_from_cols<wp::float32>(var_30, var_33, var_36);
        // Dm = Dm_inv[tid]                                                                       <L 65>
        var_39 = wp::address(var_Dm_inv, var_0);
        var_41 = wp::load(var_39);
        var_40 = wp::copy(var_41);
        // rest_volume = 1.0 / (6.0 * wp.determinant(Dm))                                         <L 66>
        var_44 = wp::determinant(var_40);
        var_45 = wp::mul(var_43, var_44);
        var_46 = wp::div(var_42, var_45);
        // F = Ds * Dm                                                                            <L 67>
        var_47 = wp::mul(var_38, var_40);
        // if wp.static(model == MaterialModel.NEO_HOOKEAN):                                      <L 68>
        // P = neo_hookean_stress(F, k_mu, k_lambda)                                              <L 69>
        var_49 = neo_hookean_stress_0(var_47, var_21, var_23);
        // v0 = v[i]                                                                              <L 74>
        var_50 = wp::address(var_v, var_3);
        var_52 = wp::load(var_50);
        var_51 = wp::copy(var_52);
        // dFdt = wp.matrix_from_cols(v[j] - v0, v[k] - v0, v[l] - v0) * Dm                       <L 75>
        var_53 = wp::address(var_v, var_7);
        var_55 = wp::load(var_53);
        var_54 = wp::sub(var_55, var_51);
        var_56 = wp::address(var_v, var_11);
        var_58 = wp::load(var_56);
        var_57 = wp::sub(var_58, var_51);
        var_59 = wp::address(var_v, var_15);
        var_61 = wp::load(var_59);
        var_60 = wp::sub(var_61, var_51);
        var_62 = wp::matrix_from_cols<wp::float32>(var_54, var_57, var_60);
        var_63 = wp::mul(var_62, var_40);
        // P = P + dFdt * k_damp                                                                  <L 76>
        var_64 = wp::mul(var_63, var_25);
        var_65 = wp::add(var_49, var_64);
        // a0 = fiber_directions[tid]                                                             <L 77>
        var_66 = wp::address(var_fiber_directions, var_0);
        var_68 = wp::load(var_66);
        var_67 = wp::copy(var_68);
        // P = P + wp.outer(F * a0, a0) * (muscle_activation[tid] * k_mu)                         <L 78>
        var_69 = wp::mul(var_47, var_67);
        var_70 = wp::outer(var_69, var_67);
        var_71 = wp::address(var_muscle_activation, var_0);
        var_73 = wp::load(var_71);
        var_72 = wp::mul(var_73, var_21);
        var_74 = wp::mul(var_70, var_72);
        var_75 = wp::add(var_65, var_74);
        // H = P * wp.transpose(Dm) * (-rest_volume)                                              <L 79>
        var_76 = wp::transpose(var_40);
        var_77 = wp::mul(var_75, var_76);
        var_78 = wp::neg(var_46);
        var_79 = wp::mul(var_77, var_78);
        // Ht = wp.transpose(H)                                                                   <L 80>
        var_80 = wp::transpose(var_79);
        // f1 = Ht[0]                                                                             <L 81>
        var_82 = wp::extract(var_80, var_81);
        // f2 = Ht[1]                                                                             <L 82>
        var_84 = wp::extract(var_80, var_83);
        // f3 = Ht[2]                                                                             <L 83>
        var_86 = wp::extract(var_80, var_85);
        // wp.atomic_sub(forces, i, f1 + f2 + f3)                                                 <L 84>
        var_87 = wp::add(var_82, var_84);
        var_88 = wp::add(var_87, var_86);
        // var_89 = wp::atomic_sub(var_forces, var_3, var_88);
        // wp.atomic_add(forces, j, f1)                                                           <L 85>
        // var_90 = wp::atomic_add(var_forces, var_7, var_82);
        // wp.atomic_add(forces, k, f2)                                                           <L 86>
        // var_91 = wp::atomic_add(var_forces, var_11, var_84);
        // wp.atomic_add(forces, l, f3)                                                           <L 87>
        // var_92 = wp::atomic_add(var_forces, var_15, var_86);
        //---------
        // reverse
        wp::adj_atomic_add(var_forces, var_15, var_86, adj_forces, adj_15, adj_86, adj_92);
        // adj: wp.atomic_add(forces, l, f3)                                                      <L 87>
        wp::adj_atomic_add(var_forces, var_11, var_84, adj_forces, adj_11, adj_84, adj_91);
        // adj: wp.atomic_add(forces, k, f2)                                                      <L 86>
        wp::adj_atomic_add(var_forces, var_7, var_82, adj_forces, adj_7, adj_82, adj_90);
        // adj: wp.atomic_add(forces, j, f1)                                                      <L 85>
        wp::adj_atomic_sub(var_forces, var_3, var_88, adj_forces, adj_3, adj_88, adj_89);
        wp::adj_add(var_87, var_86, adj_87, adj_86, adj_88);
        wp::adj_add(var_82, var_84, adj_82, adj_84, adj_87);
        // adj: wp.atomic_sub(forces, i, f1 + f2 + f3)                                            <L 84>
        wp::adj_extract(var_80, var_85, adj_80, adj_85, adj_86);
        // adj: f3 = Ht[2]                                                                        <L 83>
        wp::adj_extract(var_80, var_83, adj_80, adj_83, adj_84);
        // adj: f2 = Ht[1]                                                                        <L 82>
        wp::adj_extract(var_80, var_81, adj_80, adj_81, adj_82);
        // adj: f1 = Ht[0]                                                                        <L 81>
        wp::adj_transpose(var_79, adj_79, adj_80);
        // adj: Ht = wp.transpose(H)                                                              <L 80>
        wp::adj_mul(var_77, var_78, adj_77, adj_78, adj_79);
        wp::adj_neg(var_46, adj_46, adj_78);
        wp::adj_mul(var_75, var_76, adj_75, adj_76, adj_77);
        wp::adj_transpose(var_40, adj_40, adj_76);
        // adj: H = P * wp.transpose(Dm) * (-rest_volume)                                         <L 79>
        wp::adj_add(var_65, var_74, adj_65, adj_74, adj_75);
        wp::adj_mul(var_70, var_72, adj_70, adj_72, adj_74);
        wp::adj_mul(var_73, var_21, adj_71, adj_21, adj_72);
        wp::adj_address(var_muscle_activation, var_0, adj_muscle_activation, adj_0, adj_71);
        wp::adj_outer(var_69, var_67, adj_69, adj_67, adj_70);
        wp::adj_mul(var_47, var_67, adj_47, adj_67, adj_69);
        // adj: P = P + wp.outer(F * a0, a0) * (muscle_activation[tid] * k_mu)                    <L 78>
        wp::adj_copy(var_68, adj_66, adj_67);
        wp::adj_address(var_fiber_directions, var_0, adj_fiber_directions, adj_0, adj_66);
        // adj: a0 = fiber_directions[tid]                                                        <L 77>
        wp::adj_add(var_49, var_64, adj_49, adj_64, adj_65);
        wp::adj_mul(var_63, var_25, adj_63, adj_25, adj_64);
        // adj: P = P + dFdt * k_damp                                                             <L 76>
        wp::adj_mul(var_62, var_40, adj_62, adj_40, adj_63);
        wp::adj_matrix_from_cols(var_54, var_57, var_60, adj_54, adj_57, adj_60, adj_62);
        wp::adj_sub(var_61, var_51, adj_59, adj_51, adj_60);
        wp::adj_address(var_v, var_15, adj_v, adj_15, adj_59);
        wp::adj_sub(var_58, var_51, adj_56, adj_51, adj_57);
        wp::adj_address(var_v, var_11, adj_v, adj_11, adj_56);
        wp::adj_sub(var_55, var_51, adj_53, adj_51, adj_54);
        wp::adj_address(var_v, var_7, adj_v, adj_7, adj_53);
        // adj: dFdt = wp.matrix_from_cols(v[j] - v0, v[k] - v0, v[l] - v0) * Dm                  <L 75>
        wp::adj_copy(var_52, adj_50, adj_51);
        wp::adj_address(var_v, var_3, adj_v, adj_3, adj_50);
        // adj: v0 = v[i]                                                                         <L 74>
        adj_neo_hookean_stress_0(var_47, var_21, var_23, adj_47, adj_21, adj_23, adj_49);
        // adj: P = neo_hookean_stress(F, k_mu, k_lambda)                                         <L 69>
        // adj: if wp.static(model == MaterialModel.NEO_HOOKEAN):                                 <L 68>
        wp::adj_mul(var_38, var_40, adj_38, adj_40, adj_47);
        // adj: F = Ds * Dm                                                                       <L 67>
        wp::adj_div(var_42, var_45, var_46, adj_42, adj_45, adj_46);
        wp::adj_mul(var_43, var_44, adj_43, adj_44, adj_45);
        wp::adj_determinant(var_40, adj_40, adj_44);
        // adj: rest_volume = 1.0 / (6.0 * wp.determinant(Dm))                                    <L 66>
        wp::adj_copy(var_41, adj_39, adj_40);
        wp::adj_address(var_Dm_inv, var_0, adj_Dm_inv, adj_0, adj_39);
        // adj: Dm = Dm_inv[tid]                                                                  <L 65>
        wp::adj_matrix_from_cols(var_30, var_33, var_36, adj_30, adj_33, adj_36, adj_38);
        wp::adj_sub(var_37, var_27, adj_35, adj_27, adj_36);
        wp::adj_address(var_x, var_15, adj_x, adj_15, adj_35);
        wp::adj_sub(var_34, var_27, adj_32, adj_27, adj_33);
        wp::adj_address(var_x, var_11, adj_x, adj_11, adj_32);
        wp::adj_sub(var_31, var_27, adj_29, adj_27, adj_30);
        wp::adj_address(var_x, var_7, adj_x, adj_7, adj_29);
        // adj: Ds = wp.matrix_from_cols(x[j] - x0, x[k] - x0, x[l] - x0)                         <L 64>
        wp::adj_copy(var_28, adj_26, adj_27);
        wp::adj_address(var_x, var_3, adj_x, adj_3, adj_26);
        // adj: x0 = x[i]                                                                         <L 63>
        wp::adj_extract(var_18, var_24, adj_18, adj_24, adj_25);
        // adj: k_damp = material[2]                                                              <L 62>
        wp::adj_extract(var_18, var_22, adj_18, adj_22, adj_23);
        // adj: k_lambda = material[1]                                                            <L 61>
        wp::adj_extract(var_18, var_20, adj_18, adj_20, adj_21);
        // adj: k_mu = material[0]                                                                <L 60>
        wp::adj_copy(var_19, adj_17, adj_18);
        wp::adj_address(var_tet_materials, var_0, adj_tet_materials, adj_0, adj_17);
        // adj: material = tet_materials[tid]                                                     <L 59>
        wp::adj_copy(var_16, adj_14, adj_15);
        wp::adj_address(var_tets, var_0, var_13, adj_tets, adj_0, adj_13, adj_14);
        // adj: l = tets[tid, 3]                                                                  <L 58>
        wp::adj_copy(var_12, adj_10, adj_11);
        wp::adj_address(var_tets, var_0, var_9, adj_tets, adj_0, adj_9, adj_10);
        // adj: k = tets[tid, 2]                                                                  <L 57>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_tets, var_0, var_5, adj_tets, adj_0, adj_5, adj_6);
        // adj: j = tets[tid, 1]                                                                  <L 56>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_tets, var_0, var_1, adj_tets, adj_0, adj_1, adj_2);
        // adj: i = tets[tid, 0]                                                                  <L 55>
        // adj: tid = wp.tid()                                                                    <L 54>
        // adj: def eval_tetrahedra(                                                              <L 44>
        continue;
    }
}



extern "C" __global__ void eval_tet_material_forces_8c50b74f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_tets,
    wp::array_t<wp::int32> var_tet_active,
    wp::array_t<wp::int32> var_tet_material_ids,
    wp::array_t<wp::int32> var_material_model,
    wp::array_t<wp::float32> var_material_youngs,
    wp::array_t<wp::float32> var_material_nu,
    wp::array_t<wp::float32> var_material_damping,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_X_rest,
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
        wp::int32* var_1;
        const wp::int32 var_2 = 0;
        bool var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 0;
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 1;
        wp::int32* var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 2;
        wp::int32* var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 3;
        wp::int32* var_18;
        wp::int32 var_19;
        wp::int32 var_20;
        wp::int32* var_21;
        wp::int32 var_22;
        wp::int32 var_23;
        wp::int32* var_24;
        wp::int32 var_25;
        wp::int32 var_26;
        wp::float32* var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        const wp::float32 var_33 = 2.0;
        const wp::float32 var_34 = 1.0;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        const wp::float32 var_39 = 1.0;
        wp::float32 var_40;
        const wp::float32 var_41 = 1.0;
        const wp::float32 var_42 = 2.0;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::mat_t<3, 3, wp::float32> var_47;
        wp::float32 var_48;
        const wp::float32 var_49 = 1e-06;
        bool var_50;
        wp::mat_t<3, 3, wp::float32> var_51;
        const wp::float32 var_52 = 6.0;
        wp::float32 var_53;
        wp::mat_t<3, 3, wp::float32> var_54;
        wp::mat_t<3, 3, wp::float32> var_55;
        wp::float32 var_56;
        const wp::float32 var_57 = 0.1;
        bool var_58;
        const wp::int32 var_59 = 3;
        wp::mat_t<3, 3, wp::float32> var_60;
        wp::mat_t<3, 3, wp::float32> var_61;
        const wp::int32 var_62 = 0;
        bool var_63;
        wp::mat_t<3, 3, wp::float32> var_64;
        wp::mat_t<3, 3, wp::float32> var_65;
        const wp::float32 var_66 = 0.5;
        wp::mat_t<3, 3, wp::float32> var_67;
        wp::mat_t<3, 3, wp::float32> var_68;
        const wp::float32 var_69 = 2.0;
        wp::float32 var_70;
        wp::mat_t<3, 3, wp::float32> var_71;
        wp::float32 var_72;
        wp::float32 var_73;
        wp::mat_t<3, 3, wp::float32> var_74;
        wp::mat_t<3, 3, wp::float32> var_75;
        const wp::int32 var_76 = 3;
        bool var_77;
        wp::mat_t<3, 3, wp::float32> var_78;
        wp::vec_t<3, wp::float32> var_79;
        wp::mat_t<3, 3, wp::float32> var_80;
        wp::mat_t<3, 3, wp::float32> var_81;
        wp::mat_t<3, 3, wp::float32> var_82;
        const wp::int32 var_83 = 0;
        wp::float32 var_84;
        const wp::int32 var_85 = 1;
        wp::float32 var_86;
        wp::float32 var_87;
        const wp::int32 var_88 = 2;
        wp::float32 var_89;
        wp::float32 var_90;
        wp::mat_t<3, 3, wp::float32> var_91;
        const wp::float32 var_92 = 2.0;
        wp::float32 var_93;
        wp::mat_t<3, 3, wp::float32> var_94;
        wp::mat_t<3, 3, wp::float32> var_95;
        wp::mat_t<3, 3, wp::float32> var_96;
        const wp::float32 var_97 = 1.0;
        wp::float32 var_98;
        wp::float32 var_99;
        wp::float32 var_100;
        wp::mat_t<3, 3, wp::float32> var_101;
        wp::mat_t<3, 3, wp::float32> var_102;
        wp::float32 var_103;
        const wp::float32 var_104 = 0.001;
        wp::float32 var_105;
        wp::mat_t<3, 3, wp::float32> var_106;
        wp::mat_t<3, 3, wp::float32> var_107;
        wp::mat_t<3, 3, wp::float32> var_108;
        wp::mat_t<3, 3, wp::float32> var_109;
        wp::float32 var_110;
        wp::float32 var_111;
        wp::mat_t<3, 3, wp::float32> var_112;
        wp::mat_t<3, 3, wp::float32> var_113;
        wp::mat_t<3, 3, wp::float32> var_114;
        wp::float32 var_115;
        wp::mat_t<3, 3, wp::float32> var_116;
        wp::mat_t<3, 3, wp::float32> var_117;
        wp::mat_t<3, 3, wp::float32> var_118;
        wp::float32* var_119;
        wp::mat_t<3, 3, wp::float32> var_120;
        wp::float32 var_121;
        wp::mat_t<3, 3, wp::float32> var_122;
        wp::mat_t<3, 3, wp::float32> var_123;
        wp::mat_t<3, 3, wp::float32> var_124;
        wp::float32 var_125;
        wp::mat_t<3, 3, wp::float32> var_126;
        wp::mat_t<3, 3, wp::float32> var_127;
        const wp::int32 var_128 = 0;
        wp::vec_t<3, wp::float32> var_129;
        const wp::int32 var_130 = 1;
        wp::vec_t<3, wp::float32> var_131;
        const wp::int32 var_132 = 2;
        wp::vec_t<3, wp::float32> var_133;
        wp::vec_t<3, wp::float32> var_134;
        wp::vec_t<3, wp::float32> var_135;
        wp::vec_t<3, wp::float32> var_136;
        wp::vec_t<3, wp::float32> var_137;
        wp::vec_t<3, wp::float32> var_138;
        wp::vec_t<3, wp::float32> var_139;
        //---------
        // forward
        // def eval_tet_material_forces(                                                          <L 102>
        // tid = wp.tid()                                                                         <L 116>
        var_0 = builtin_tid1d();
        // if tet_active[tid] == 0:                                                               <L 117>
        var_1 = wp::address(var_tet_active, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 == var_2);
        if (var_3) {
            // return                                                                             <L 118>
            continue;
        }
        // i = tets[tid, 0]                                                                       <L 119>
        var_6 = wp::address(var_tets, var_0, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // j = tets[tid, 1]                                                                       <L 120>
        var_10 = wp::address(var_tets, var_0, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // k = tets[tid, 2]                                                                       <L 121>
        var_14 = wp::address(var_tets, var_0, var_13);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // l = tets[tid, 3]                                                                       <L 122>
        var_18 = wp::address(var_tets, var_0, var_17);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
        // material = tet_material_ids[tid]                                                       <L 125>
        var_21 = wp::address(var_tet_material_ids, var_0);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // model = material_model[material]                                                       <L 126>
        var_24 = wp::address(var_material_model, var_22);
        var_26 = wp::load(var_24);
        var_25 = wp::copy(var_26);
        // youngs = material_youngs[material]                                                     <L 127>
        var_27 = wp::address(var_material_youngs, var_22);
        var_29 = wp::load(var_27);
        var_28 = wp::copy(var_29);
        // poisson = material_nu[material]                                                        <L 128>
        var_30 = wp::address(var_material_nu, var_22);
        var_32 = wp::load(var_30);
        var_31 = wp::copy(var_32);
        // k_mu = youngs / (2.0 * (1.0 + poisson))                                                <L 130>
        var_35 = wp::add(var_34, var_31);
        var_36 = wp::mul(var_33, var_35);
        var_37 = wp::div(var_28, var_36);
        // k_lambda = youngs * poisson / ((1.0 + poisson) * (1.0 - 2.0 * poisson))                <L 131>
        var_38 = wp::mul(var_28, var_31);
        var_40 = wp::add(var_39, var_31);
        var_43 = wp::mul(var_42, var_31);
        var_44 = wp::sub(var_41, var_43);
        var_45 = wp::mul(var_40, var_44);
        var_46 = wp::div(var_38, var_45);
        // Dm = edge_matrix(X_rest, i, j, k, l)                                                   <L 132>
        var_47 = edge_matrix_0(var_X_rest, var_7, var_11, var_15, var_19);
        // rest_det = wp.determinant(Dm)                                                          <L 133>
        var_48 = wp::determinant(var_47);
        // if rest_det <= 1.0e-6:                                                                 <L 135>
        var_50 = (var_48 <= var_49);
        if (var_50) {
            // return                                                                             <L 136>
            continue;
        }
        // Dm_inv = wp.inverse(Dm)                                                                <L 137>
        var_51 = wp::inverse(var_47);
        // rest_volume = rest_det / 6.0                                                           <L 138>
        var_53 = wp::div(var_48, var_52);
        // F = edge_matrix(x, i, j, k, l) * Dm_inv                                                <L 139>
        var_54 = edge_matrix_0(var_x, var_7, var_11, var_15, var_19);
        var_55 = wp::mul(var_54, var_51);
        // if wp.determinant(F) < 0.1:                                                            <L 141>
        var_56 = wp::determinant(var_55);
        var_58 = (var_56 < var_57);
        if (var_58) {
            // return                                                                             <L 142>
            continue;
        }
        // I = wp.identity(n=3, dtype=float)                                                      <L 143>
        var_60 = wp::identity<3, wp::float32>();
        // P = wp.mat33()                                                                         <L 144>
        var_61 = wp::mat_t<3, 3, wp::float32>();
        // if model == MaterialModel.LINEAR:                                                      <L 145>
        var_63 = (var_25 == var_62);
        if (var_63) {
            // eps = (F + wp.transpose(F)) * 0.5 - I                                              <L 147>
            var_64 = wp::transpose(var_55);
            var_65 = wp::add(var_55, var_64);
            var_67 = wp::mul(var_65, var_66);
            var_68 = wp::sub(var_67, var_60);
            // P = eps * (2.0 * k_mu) + I * (k_lambda * wp.trace(eps))                            <L 148>
            var_70 = wp::mul(var_69, var_37);
            var_71 = wp::mul(var_68, var_70);
            var_72 = wp::trace(var_68);
            var_73 = wp::mul(var_46, var_72);
            var_74 = wp::mul(var_60, var_73);
            var_75 = wp::add(var_71, var_74);
        }
        if (!var_63) {
            // elif model == MaterialModel.COROTATED:                                             <L 149>
            var_77 = (var_25 == var_76);
            if (var_77) {
                // U = wp.mat33()                                                                 <L 150>
                var_78 = wp::mat_t<3, 3, wp::float32>();
                // sigma = wp.vec3()                                                              <L 151>
                var_79 = wp::vec_t<3, wp::float32>();
                // V = wp.mat33()                                                                 <L 152>
                var_80 = wp::mat_t<3, 3, wp::float32>();
                // wp.svd3(F, U, sigma, V)                                                        <L 153>
                wp::svd3(var_55, var_78, var_79, var_80);
                // R = U * wp.transpose(V)                                                        <L 154>
                var_81 = wp::transpose(var_80);
                var_82 = wp::mul(var_78, var_81);
                // J = sigma[0] * sigma[1] * sigma[2]                                             <L 155>
                var_84 = wp::extract(var_79, var_83);
                var_86 = wp::extract(var_79, var_85);
                var_87 = wp::mul(var_84, var_86);
                var_89 = wp::extract(var_79, var_88);
                var_90 = wp::mul(var_87, var_89);
                // P = (F - R) * (2.0 * k_mu) + wp.transpose(wp.inverse(F)) * (k_lambda * (J - 1.0) * J)       <L 156>
                var_91 = wp::sub(var_55, var_82);
                var_93 = wp::mul(var_92, var_37);
                var_94 = wp::mul(var_91, var_93);
                var_95 = wp::inverse(var_55);
                var_96 = wp::transpose(var_95);
                var_98 = wp::sub(var_90, var_97);
                var_99 = wp::mul(var_46, var_98);
                var_100 = wp::mul(var_99, var_90);
                var_101 = wp::mul(var_96, var_100);
                var_102 = wp::add(var_94, var_101);
            }
            if (!var_77) {
                // J = wp.max(wp.determinant(F), 1.0e-3)                                          <L 159>
                var_103 = wp::determinant(var_55);
                var_105 = wp::max(var_103, var_104);
                // F_inv_t = wp.transpose(wp.inverse(F))                                          <L 160>
                var_106 = wp::inverse(var_55);
                var_107 = wp::transpose(var_106);
                // P = (F - F_inv_t) * k_mu + F_inv_t * (k_lambda * wp.log(J))                    <L 161>
                var_108 = wp::sub(var_55, var_107);
                var_109 = wp::mul(var_108, var_37);
                var_110 = wp::log(var_105);
                var_111 = wp::mul(var_46, var_110);
                var_112 = wp::mul(var_107, var_111);
                var_113 = wp::add(var_109, var_112);
            }
            var_114 = wp::where(var_77, var_102, var_113);
            var_115 = wp::where(var_77, var_90, var_105);
        }
        var_116 = wp::where(var_63, var_75, var_114);
        // dFdt = edge_matrix(v, i, j, k, l) * Dm_inv                                             <L 162>
        var_117 = edge_matrix_0(var_v, var_7, var_11, var_15, var_19);
        var_118 = wp::mul(var_117, var_51);
        // P = P + dFdt * material_damping[material]                                              <L 163>
        var_119 = wp::address(var_material_damping, var_22);
        var_121 = wp::load(var_119);
        var_120 = wp::mul(var_118, var_121);
        var_122 = wp::add(var_116, var_120);
        // H = P * wp.transpose(Dm_inv) * (-rest_volume)                                          <L 164>
        var_123 = wp::transpose(var_51);
        var_124 = wp::mul(var_122, var_123);
        var_125 = wp::neg(var_53);
        var_126 = wp::mul(var_124, var_125);
        // Ht = wp.transpose(H)                                                                   <L 166>
        var_127 = wp::transpose(var_126);
        // f1 = Ht[0]                                                                             <L 167>
        var_129 = wp::extract(var_127, var_128);
        // f2 = Ht[1]                                                                             <L 168>
        var_131 = wp::extract(var_127, var_130);
        // f3 = Ht[2]                                                                             <L 169>
        var_133 = wp::extract(var_127, var_132);
        // wp.atomic_sub(forces, i, f1 + f2 + f3)                                                 <L 170>
        var_134 = wp::add(var_129, var_131);
        var_135 = wp::add(var_134, var_133);
        var_136 = wp::atomic_sub(var_forces, var_7, var_135);
        // wp.atomic_add(forces, j, f1)                                                           <L 171>
        var_137 = wp::atomic_add(var_forces, var_11, var_129);
        // wp.atomic_add(forces, k, f2)                                                           <L 172>
        var_138 = wp::atomic_add(var_forces, var_15, var_131);
        // wp.atomic_add(forces, l, f3)                                                           <L 173>
        var_139 = wp::atomic_add(var_forces, var_19, var_133);
    }
}



extern "C" __global__ void eval_tet_material_forces_8c50b74f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_tets,
    wp::array_t<wp::int32> var_tet_active,
    wp::array_t<wp::int32> var_tet_material_ids,
    wp::array_t<wp::int32> var_material_model,
    wp::array_t<wp::float32> var_material_youngs,
    wp::array_t<wp::float32> var_material_nu,
    wp::array_t<wp::float32> var_material_damping,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_X_rest,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::array_t<wp::int32> adj_tets,
    wp::array_t<wp::int32> adj_tet_active,
    wp::array_t<wp::int32> adj_tet_material_ids,
    wp::array_t<wp::int32> adj_material_model,
    wp::array_t<wp::float32> adj_material_youngs,
    wp::array_t<wp::float32> adj_material_nu,
    wp::array_t<wp::float32> adj_material_damping,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_X_rest,
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
        wp::int32* var_1;
        const wp::int32 var_2 = 0;
        bool var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 0;
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 1;
        wp::int32* var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 2;
        wp::int32* var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 3;
        wp::int32* var_18;
        wp::int32 var_19;
        wp::int32 var_20;
        wp::int32* var_21;
        wp::int32 var_22;
        wp::int32 var_23;
        wp::int32* var_24;
        wp::int32 var_25;
        wp::int32 var_26;
        wp::float32* var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        const wp::float32 var_33 = 2.0;
        const wp::float32 var_34 = 1.0;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        const wp::float32 var_39 = 1.0;
        wp::float32 var_40;
        const wp::float32 var_41 = 1.0;
        const wp::float32 var_42 = 2.0;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::mat_t<3, 3, wp::float32> var_47;
        wp::float32 var_48;
        const wp::float32 var_49 = 1e-06;
        bool var_50;
        wp::mat_t<3, 3, wp::float32> var_51;
        const wp::float32 var_52 = 6.0;
        wp::float32 var_53;
        wp::mat_t<3, 3, wp::float32> var_54;
        wp::mat_t<3, 3, wp::float32> var_55;
        wp::float32 var_56;
        const wp::float32 var_57 = 0.1;
        bool var_58;
        const wp::int32 var_59 = 3;
        wp::mat_t<3, 3, wp::float32> var_60;
        wp::mat_t<3, 3, wp::float32> var_61;
        const wp::int32 var_62 = 0;
        bool var_63;
        wp::mat_t<3, 3, wp::float32> var_64;
        wp::mat_t<3, 3, wp::float32> var_65;
        const wp::float32 var_66 = 0.5;
        wp::mat_t<3, 3, wp::float32> var_67;
        wp::mat_t<3, 3, wp::float32> var_68;
        const wp::float32 var_69 = 2.0;
        wp::float32 var_70;
        wp::mat_t<3, 3, wp::float32> var_71;
        wp::float32 var_72;
        wp::float32 var_73;
        wp::mat_t<3, 3, wp::float32> var_74;
        wp::mat_t<3, 3, wp::float32> var_75;
        const wp::int32 var_76 = 3;
        bool var_77;
        wp::mat_t<3, 3, wp::float32> var_78;
        wp::vec_t<3, wp::float32> var_79;
        wp::mat_t<3, 3, wp::float32> var_80;
        wp::mat_t<3, 3, wp::float32> var_81;
        wp::mat_t<3, 3, wp::float32> var_82;
        const wp::int32 var_83 = 0;
        wp::float32 var_84;
        const wp::int32 var_85 = 1;
        wp::float32 var_86;
        wp::float32 var_87;
        const wp::int32 var_88 = 2;
        wp::float32 var_89;
        wp::float32 var_90;
        wp::mat_t<3, 3, wp::float32> var_91;
        const wp::float32 var_92 = 2.0;
        wp::float32 var_93;
        wp::mat_t<3, 3, wp::float32> var_94;
        wp::mat_t<3, 3, wp::float32> var_95;
        wp::mat_t<3, 3, wp::float32> var_96;
        const wp::float32 var_97 = 1.0;
        wp::float32 var_98;
        wp::float32 var_99;
        wp::float32 var_100;
        wp::mat_t<3, 3, wp::float32> var_101;
        wp::mat_t<3, 3, wp::float32> var_102;
        wp::float32 var_103;
        const wp::float32 var_104 = 0.001;
        wp::float32 var_105;
        wp::mat_t<3, 3, wp::float32> var_106;
        wp::mat_t<3, 3, wp::float32> var_107;
        wp::mat_t<3, 3, wp::float32> var_108;
        wp::mat_t<3, 3, wp::float32> var_109;
        wp::float32 var_110;
        wp::float32 var_111;
        wp::mat_t<3, 3, wp::float32> var_112;
        wp::mat_t<3, 3, wp::float32> var_113;
        wp::mat_t<3, 3, wp::float32> var_114;
        wp::float32 var_115;
        wp::mat_t<3, 3, wp::float32> var_116;
        wp::mat_t<3, 3, wp::float32> var_117;
        wp::mat_t<3, 3, wp::float32> var_118;
        wp::float32* var_119;
        wp::mat_t<3, 3, wp::float32> var_120;
        wp::float32 var_121;
        wp::mat_t<3, 3, wp::float32> var_122;
        wp::mat_t<3, 3, wp::float32> var_123;
        wp::mat_t<3, 3, wp::float32> var_124;
        wp::float32 var_125;
        wp::mat_t<3, 3, wp::float32> var_126;
        wp::mat_t<3, 3, wp::float32> var_127;
        const wp::int32 var_128 = 0;
        wp::vec_t<3, wp::float32> var_129;
        const wp::int32 var_130 = 1;
        wp::vec_t<3, wp::float32> var_131;
        const wp::int32 var_132 = 2;
        wp::vec_t<3, wp::float32> var_133;
        wp::vec_t<3, wp::float32> var_134;
        wp::vec_t<3, wp::float32> var_135;
        wp::vec_t<3, wp::float32> var_136;
        wp::vec_t<3, wp::float32> var_137;
        wp::vec_t<3, wp::float32> var_138;
        wp::vec_t<3, wp::float32> var_139;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
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
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::mat_t<3, 3, wp::float32> adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        bool adj_50 = {};
        wp::mat_t<3, 3, wp::float32> adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::mat_t<3, 3, wp::float32> adj_54 = {};
        wp::mat_t<3, 3, wp::float32> adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        bool adj_58 = {};
        wp::int32 adj_59 = {};
        wp::mat_t<3, 3, wp::float32> adj_60 = {};
        wp::mat_t<3, 3, wp::float32> adj_61 = {};
        wp::int32 adj_62 = {};
        bool adj_63 = {};
        wp::mat_t<3, 3, wp::float32> adj_64 = {};
        wp::mat_t<3, 3, wp::float32> adj_65 = {};
        wp::float32 adj_66 = {};
        wp::mat_t<3, 3, wp::float32> adj_67 = {};
        wp::mat_t<3, 3, wp::float32> adj_68 = {};
        wp::float32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::mat_t<3, 3, wp::float32> adj_71 = {};
        wp::float32 adj_72 = {};
        wp::float32 adj_73 = {};
        wp::mat_t<3, 3, wp::float32> adj_74 = {};
        wp::mat_t<3, 3, wp::float32> adj_75 = {};
        wp::int32 adj_76 = {};
        bool adj_77 = {};
        wp::mat_t<3, 3, wp::float32> adj_78 = {};
        wp::vec_t<3, wp::float32> adj_79 = {};
        wp::mat_t<3, 3, wp::float32> adj_80 = {};
        wp::mat_t<3, 3, wp::float32> adj_81 = {};
        wp::mat_t<3, 3, wp::float32> adj_82 = {};
        wp::int32 adj_83 = {};
        wp::float32 adj_84 = {};
        wp::int32 adj_85 = {};
        wp::float32 adj_86 = {};
        wp::float32 adj_87 = {};
        wp::int32 adj_88 = {};
        wp::float32 adj_89 = {};
        wp::float32 adj_90 = {};
        wp::mat_t<3, 3, wp::float32> adj_91 = {};
        wp::float32 adj_92 = {};
        wp::float32 adj_93 = {};
        wp::mat_t<3, 3, wp::float32> adj_94 = {};
        wp::mat_t<3, 3, wp::float32> adj_95 = {};
        wp::mat_t<3, 3, wp::float32> adj_96 = {};
        wp::float32 adj_97 = {};
        wp::float32 adj_98 = {};
        wp::float32 adj_99 = {};
        wp::float32 adj_100 = {};
        wp::mat_t<3, 3, wp::float32> adj_101 = {};
        wp::mat_t<3, 3, wp::float32> adj_102 = {};
        wp::float32 adj_103 = {};
        wp::float32 adj_104 = {};
        wp::float32 adj_105 = {};
        wp::mat_t<3, 3, wp::float32> adj_106 = {};
        wp::mat_t<3, 3, wp::float32> adj_107 = {};
        wp::mat_t<3, 3, wp::float32> adj_108 = {};
        wp::mat_t<3, 3, wp::float32> adj_109 = {};
        wp::float32 adj_110 = {};
        wp::float32 adj_111 = {};
        wp::mat_t<3, 3, wp::float32> adj_112 = {};
        wp::mat_t<3, 3, wp::float32> adj_113 = {};
        wp::mat_t<3, 3, wp::float32> adj_114 = {};
        wp::float32 adj_115 = {};
        wp::mat_t<3, 3, wp::float32> adj_116 = {};
        wp::mat_t<3, 3, wp::float32> adj_117 = {};
        wp::mat_t<3, 3, wp::float32> adj_118 = {};
        wp::float32 adj_119 = {};
        wp::mat_t<3, 3, wp::float32> adj_120 = {};
        wp::float32 adj_121 = {};
        wp::mat_t<3, 3, wp::float32> adj_122 = {};
        wp::mat_t<3, 3, wp::float32> adj_123 = {};
        wp::mat_t<3, 3, wp::float32> adj_124 = {};
        wp::float32 adj_125 = {};
        wp::mat_t<3, 3, wp::float32> adj_126 = {};
        wp::mat_t<3, 3, wp::float32> adj_127 = {};
        wp::int32 adj_128 = {};
        wp::vec_t<3, wp::float32> adj_129 = {};
        wp::int32 adj_130 = {};
        wp::vec_t<3, wp::float32> adj_131 = {};
        wp::int32 adj_132 = {};
        wp::vec_t<3, wp::float32> adj_133 = {};
        wp::vec_t<3, wp::float32> adj_134 = {};
        wp::vec_t<3, wp::float32> adj_135 = {};
        wp::vec_t<3, wp::float32> adj_136 = {};
        wp::vec_t<3, wp::float32> adj_137 = {};
        wp::vec_t<3, wp::float32> adj_138 = {};
        wp::vec_t<3, wp::float32> adj_139 = {};
        //---------
        // forward
        // def eval_tet_material_forces(                                                          <L 102>
        // tid = wp.tid()                                                                         <L 116>
        var_0 = builtin_tid1d();
        // if tet_active[tid] == 0:                                                               <L 117>
        var_1 = wp::address(var_tet_active, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 == var_2);
        if (var_3) {
            // return                                                                             <L 118>
            goto label0;
        }
        // i = tets[tid, 0]                                                                       <L 119>
        var_6 = wp::address(var_tets, var_0, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // j = tets[tid, 1]                                                                       <L 120>
        var_10 = wp::address(var_tets, var_0, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // k = tets[tid, 2]                                                                       <L 121>
        var_14 = wp::address(var_tets, var_0, var_13);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // l = tets[tid, 3]                                                                       <L 122>
        var_18 = wp::address(var_tets, var_0, var_17);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
        // material = tet_material_ids[tid]                                                       <L 125>
        var_21 = wp::address(var_tet_material_ids, var_0);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // model = material_model[material]                                                       <L 126>
        var_24 = wp::address(var_material_model, var_22);
        var_26 = wp::load(var_24);
        var_25 = wp::copy(var_26);
        // youngs = material_youngs[material]                                                     <L 127>
        var_27 = wp::address(var_material_youngs, var_22);
        var_29 = wp::load(var_27);
        var_28 = wp::copy(var_29);
        // poisson = material_nu[material]                                                        <L 128>
        var_30 = wp::address(var_material_nu, var_22);
        var_32 = wp::load(var_30);
        var_31 = wp::copy(var_32);
        // k_mu = youngs / (2.0 * (1.0 + poisson))                                                <L 130>
        var_35 = wp::add(var_34, var_31);
        var_36 = wp::mul(var_33, var_35);
        var_37 = wp::div(var_28, var_36);
        // k_lambda = youngs * poisson / ((1.0 + poisson) * (1.0 - 2.0 * poisson))                <L 131>
        var_38 = wp::mul(var_28, var_31);
        var_40 = wp::add(var_39, var_31);
        var_43 = wp::mul(var_42, var_31);
        var_44 = wp::sub(var_41, var_43);
        var_45 = wp::mul(var_40, var_44);
        var_46 = wp::div(var_38, var_45);
        // Dm = edge_matrix(X_rest, i, j, k, l)                                                   <L 132>
        var_47 = edge_matrix_0(var_X_rest, var_7, var_11, var_15, var_19);
        // rest_det = wp.determinant(Dm)                                                          <L 133>
        var_48 = wp::determinant(var_47);
        // if rest_det <= 1.0e-6:                                                                 <L 135>
        var_50 = (var_48 <= var_49);
        if (var_50) {
            // return                                                                             <L 136>
            goto label1;
        }
        // Dm_inv = wp.inverse(Dm)                                                                <L 137>
        var_51 = wp::inverse(var_47);
        // rest_volume = rest_det / 6.0                                                           <L 138>
        var_53 = wp::div(var_48, var_52);
        // F = edge_matrix(x, i, j, k, l) * Dm_inv                                                <L 139>
        var_54 = edge_matrix_0(var_x, var_7, var_11, var_15, var_19);
        var_55 = wp::mul(var_54, var_51);
        // if wp.determinant(F) < 0.1:                                                            <L 141>
        var_56 = wp::determinant(var_55);
        var_58 = (var_56 < var_57);
        if (var_58) {
            // return                                                                             <L 142>
            goto label2;
        }
        // I = wp.identity(n=3, dtype=float)                                                      <L 143>
        var_60 = wp::identity<3, wp::float32>();
        // P = wp.mat33()                                                                         <L 144>
        var_61 = wp::mat_t<3, 3, wp::float32>();
        // if model == MaterialModel.LINEAR:                                                      <L 145>
        var_63 = (var_25 == var_62);
        if (var_63) {
            // eps = (F + wp.transpose(F)) * 0.5 - I                                              <L 147>
            var_64 = wp::transpose(var_55);
            var_65 = wp::add(var_55, var_64);
            var_67 = wp::mul(var_65, var_66);
            var_68 = wp::sub(var_67, var_60);
            // P = eps * (2.0 * k_mu) + I * (k_lambda * wp.trace(eps))                            <L 148>
            var_70 = wp::mul(var_69, var_37);
            var_71 = wp::mul(var_68, var_70);
            var_72 = wp::trace(var_68);
            var_73 = wp::mul(var_46, var_72);
            var_74 = wp::mul(var_60, var_73);
            var_75 = wp::add(var_71, var_74);
        }
        if (!var_63) {
            // elif model == MaterialModel.COROTATED:                                             <L 149>
            var_77 = (var_25 == var_76);
            if (var_77) {
                // U = wp.mat33()                                                                 <L 150>
                var_78 = wp::mat_t<3, 3, wp::float32>();
                // sigma = wp.vec3()                                                              <L 151>
                var_79 = wp::vec_t<3, wp::float32>();
                // V = wp.mat33()                                                                 <L 152>
                var_80 = wp::mat_t<3, 3, wp::float32>();
                // wp.svd3(F, U, sigma, V)                                                        <L 153>
                wp::svd3(var_55, var_78, var_79, var_80);
                // R = U * wp.transpose(V)                                                        <L 154>
                var_81 = wp::transpose(var_80);
                var_82 = wp::mul(var_78, var_81);
                // J = sigma[0] * sigma[1] * sigma[2]                                             <L 155>
                var_84 = wp::extract(var_79, var_83);
                var_86 = wp::extract(var_79, var_85);
                var_87 = wp::mul(var_84, var_86);
                var_89 = wp::extract(var_79, var_88);
                var_90 = wp::mul(var_87, var_89);
                // P = (F - R) * (2.0 * k_mu) + wp.transpose(wp.inverse(F)) * (k_lambda * (J - 1.0) * J)       <L 156>
                var_91 = wp::sub(var_55, var_82);
                var_93 = wp::mul(var_92, var_37);
                var_94 = wp::mul(var_91, var_93);
                var_95 = wp::inverse(var_55);
                var_96 = wp::transpose(var_95);
                var_98 = wp::sub(var_90, var_97);
                var_99 = wp::mul(var_46, var_98);
                var_100 = wp::mul(var_99, var_90);
                var_101 = wp::mul(var_96, var_100);
                var_102 = wp::add(var_94, var_101);
            }
            if (!var_77) {
                // J = wp.max(wp.determinant(F), 1.0e-3)                                          <L 159>
                var_103 = wp::determinant(var_55);
                var_105 = wp::max(var_103, var_104);
                // F_inv_t = wp.transpose(wp.inverse(F))                                          <L 160>
                var_106 = wp::inverse(var_55);
                var_107 = wp::transpose(var_106);
                // P = (F - F_inv_t) * k_mu + F_inv_t * (k_lambda * wp.log(J))                    <L 161>
                var_108 = wp::sub(var_55, var_107);
                var_109 = wp::mul(var_108, var_37);
                var_110 = wp::log(var_105);
                var_111 = wp::mul(var_46, var_110);
                var_112 = wp::mul(var_107, var_111);
                var_113 = wp::add(var_109, var_112);
            }
            var_114 = wp::where(var_77, var_102, var_113);
            var_115 = wp::where(var_77, var_90, var_105);
        }
        var_116 = wp::where(var_63, var_75, var_114);
        // dFdt = edge_matrix(v, i, j, k, l) * Dm_inv                                             <L 162>
        var_117 = edge_matrix_0(var_v, var_7, var_11, var_15, var_19);
        var_118 = wp::mul(var_117, var_51);
        // P = P + dFdt * material_damping[material]                                              <L 163>
        var_119 = wp::address(var_material_damping, var_22);
        var_121 = wp::load(var_119);
        var_120 = wp::mul(var_118, var_121);
        var_122 = wp::add(var_116, var_120);
        // H = P * wp.transpose(Dm_inv) * (-rest_volume)                                          <L 164>
        var_123 = wp::transpose(var_51);
        var_124 = wp::mul(var_122, var_123);
        var_125 = wp::neg(var_53);
        var_126 = wp::mul(var_124, var_125);
        // Ht = wp.transpose(H)                                                                   <L 166>
        var_127 = wp::transpose(var_126);
        // f1 = Ht[0]                                                                             <L 167>
        var_129 = wp::extract(var_127, var_128);
        // f2 = Ht[1]                                                                             <L 168>
        var_131 = wp::extract(var_127, var_130);
        // f3 = Ht[2]                                                                             <L 169>
        var_133 = wp::extract(var_127, var_132);
        // wp.atomic_sub(forces, i, f1 + f2 + f3)                                                 <L 170>
        var_134 = wp::add(var_129, var_131);
        var_135 = wp::add(var_134, var_133);
        // var_136 = wp::atomic_sub(var_forces, var_7, var_135);
        // wp.atomic_add(forces, j, f1)                                                           <L 171>
        // var_137 = wp::atomic_add(var_forces, var_11, var_129);
        // wp.atomic_add(forces, k, f2)                                                           <L 172>
        // var_138 = wp::atomic_add(var_forces, var_15, var_131);
        // wp.atomic_add(forces, l, f3)                                                           <L 173>
        // var_139 = wp::atomic_add(var_forces, var_19, var_133);
        //---------
        // reverse
        wp::adj_atomic_add(var_forces, var_19, var_133, adj_forces, adj_19, adj_133, adj_139);
        // adj: wp.atomic_add(forces, l, f3)                                                      <L 173>
        wp::adj_atomic_add(var_forces, var_15, var_131, adj_forces, adj_15, adj_131, adj_138);
        // adj: wp.atomic_add(forces, k, f2)                                                      <L 172>
        wp::adj_atomic_add(var_forces, var_11, var_129, adj_forces, adj_11, adj_129, adj_137);
        // adj: wp.atomic_add(forces, j, f1)                                                      <L 171>
        wp::adj_atomic_sub(var_forces, var_7, var_135, adj_forces, adj_7, adj_135, adj_136);
        wp::adj_add(var_134, var_133, adj_134, adj_133, adj_135);
        wp::adj_add(var_129, var_131, adj_129, adj_131, adj_134);
        // adj: wp.atomic_sub(forces, i, f1 + f2 + f3)                                            <L 170>
        wp::adj_extract(var_127, var_132, adj_127, adj_132, adj_133);
        // adj: f3 = Ht[2]                                                                        <L 169>
        wp::adj_extract(var_127, var_130, adj_127, adj_130, adj_131);
        // adj: f2 = Ht[1]                                                                        <L 168>
        wp::adj_extract(var_127, var_128, adj_127, adj_128, adj_129);
        // adj: f1 = Ht[0]                                                                        <L 167>
        wp::adj_transpose(var_126, adj_126, adj_127);
        // adj: Ht = wp.transpose(H)                                                              <L 166>
        wp::adj_mul(var_124, var_125, adj_124, adj_125, adj_126);
        wp::adj_neg(var_53, adj_53, adj_125);
        wp::adj_mul(var_122, var_123, adj_122, adj_123, adj_124);
        wp::adj_transpose(var_51, adj_51, adj_123);
        // adj: H = P * wp.transpose(Dm_inv) * (-rest_volume)                                     <L 164>
        wp::adj_add(var_116, var_120, adj_116, adj_120, adj_122);
        wp::adj_mul(var_118, var_121, adj_118, adj_119, adj_120);
        wp::adj_address(var_material_damping, var_22, adj_material_damping, adj_22, adj_119);
        // adj: P = P + dFdt * material_damping[material]                                         <L 163>
        wp::adj_mul(var_117, var_51, adj_117, adj_51, adj_118);
        adj_edge_matrix_0(var_v, var_7, var_11, var_15, var_19, adj_v, adj_7, adj_11, adj_15, adj_19, adj_117);
        // adj: dFdt = edge_matrix(v, i, j, k, l) * Dm_inv                                        <L 162>
        wp::adj_where(var_63, var_75, var_114, adj_63, adj_75, adj_114, adj_116);
        if (!var_63) {
            wp::adj_where(var_77, var_90, var_105, adj_77, adj_90, adj_105, adj_115);
            wp::adj_where(var_77, var_102, var_113, adj_77, adj_102, adj_113, adj_114);
            if (!var_77) {
                wp::adj_add(var_109, var_112, adj_109, adj_112, adj_113);
                wp::adj_mul(var_107, var_111, adj_107, adj_111, adj_112);
                wp::adj_mul(var_46, var_110, adj_46, adj_110, adj_111);
                wp::adj_log(var_105, adj_105, adj_110);
                wp::adj_mul(var_108, var_37, adj_108, adj_37, adj_109);
                wp::adj_sub(var_55, var_107, adj_55, adj_107, adj_108);
                // adj: P = (F - F_inv_t) * k_mu + F_inv_t * (k_lambda * wp.log(J))               <L 161>
                wp::adj_transpose(var_106, adj_106, adj_107);
                wp::adj_inverse(var_55, var_106, adj_55, adj_106);
                // adj: F_inv_t = wp.transpose(wp.inverse(F))                                     <L 160>
                wp::adj_max(var_103, var_104, adj_103, adj_104, adj_105);
                wp::adj_determinant(var_55, adj_55, adj_103);
                // adj: J = wp.max(wp.determinant(F), 1.0e-3)                                     <L 159>
            }
            if (var_77) {
                wp::adj_add(var_94, var_101, adj_94, adj_101, adj_102);
                wp::adj_mul(var_96, var_100, adj_96, adj_100, adj_101);
                wp::adj_mul(var_99, var_90, adj_99, adj_90, adj_100);
                wp::adj_mul(var_46, var_98, adj_46, adj_98, adj_99);
                wp::adj_sub(var_90, var_97, adj_90, adj_97, adj_98);
                wp::adj_transpose(var_95, adj_95, adj_96);
                wp::adj_inverse(var_55, var_95, adj_55, adj_95);
                wp::adj_mul(var_91, var_93, adj_91, adj_93, adj_94);
                wp::adj_mul(var_92, var_37, adj_92, adj_37, adj_93);
                wp::adj_sub(var_55, var_82, adj_55, adj_82, adj_91);
                // adj: P = (F - R) * (2.0 * k_mu) + wp.transpose(wp.inverse(F)) * (k_lambda * (J - 1.0) * J)  <L 156>
                wp::adj_mul(var_87, var_89, adj_87, adj_89, adj_90);
                wp::adj_extract(var_79, var_88, adj_79, adj_88, adj_89);
                wp::adj_mul(var_84, var_86, adj_84, adj_86, adj_87);
                wp::adj_extract(var_79, var_85, adj_79, adj_85, adj_86);
                wp::adj_extract(var_79, var_83, adj_79, adj_83, adj_84);
                // adj: J = sigma[0] * sigma[1] * sigma[2]                                        <L 155>
                wp::adj_mul(var_78, var_81, adj_78, adj_81, adj_82);
                wp::adj_transpose(var_80, adj_80, adj_81);
                // adj: R = U * wp.transpose(V)                                                   <L 154>
                wp::adj_svd3(var_55, var_78, var_79, var_80, adj_55, adj_78, adj_79, adj_80);
                // adj: wp.svd3(F, U, sigma, V)                                                   <L 153>
                // adj: V = wp.mat33()                                                            <L 152>
                // adj: sigma = wp.vec3()                                                         <L 151>
                // adj: U = wp.mat33()                                                            <L 150>
            }
            // adj: elif model == MaterialModel.COROTATED:                                        <L 149>
        }
        if (var_63) {
            wp::adj_add(var_71, var_74, adj_71, adj_74, adj_75);
            wp::adj_mul(var_60, var_73, adj_60, adj_73, adj_74);
            wp::adj_mul(var_46, var_72, adj_46, adj_72, adj_73);
            wp::adj_trace(var_68, adj_68, adj_72);
            wp::adj_mul(var_68, var_70, adj_68, adj_70, adj_71);
            wp::adj_mul(var_69, var_37, adj_69, adj_37, adj_70);
            // adj: P = eps * (2.0 * k_mu) + I * (k_lambda * wp.trace(eps))                       <L 148>
            wp::adj_sub(var_67, var_60, adj_67, adj_60, adj_68);
            wp::adj_mul(var_65, var_66, adj_65, adj_66, adj_67);
            wp::adj_add(var_55, var_64, adj_55, adj_64, adj_65);
            wp::adj_transpose(var_55, adj_55, adj_64);
            // adj: eps = (F + wp.transpose(F)) * 0.5 - I                                         <L 147>
        }
        // adj: if model == MaterialModel.LINEAR:                                                 <L 145>
        // adj: P = wp.mat33()                                                                    <L 144>
        // adj: I = wp.identity(n=3, dtype=float)                                                 <L 143>
        if (var_58) {
            label2:;
            // adj: return                                                                        <L 142>
        }
        wp::adj_determinant(var_55, adj_55, adj_56);
        // adj: if wp.determinant(F) < 0.1:                                                       <L 141>
        wp::adj_mul(var_54, var_51, adj_54, adj_51, adj_55);
        adj_edge_matrix_0(var_x, var_7, var_11, var_15, var_19, adj_x, adj_7, adj_11, adj_15, adj_19, adj_54);
        // adj: F = edge_matrix(x, i, j, k, l) * Dm_inv                                           <L 139>
        wp::adj_div(var_48, var_52, var_53, adj_48, adj_52, adj_53);
        // adj: rest_volume = rest_det / 6.0                                                      <L 138>
        wp::adj_inverse(var_47, var_51, adj_47, adj_51);
        // adj: Dm_inv = wp.inverse(Dm)                                                           <L 137>
        if (var_50) {
            label1:;
            // adj: return                                                                        <L 136>
        }
        // adj: if rest_det <= 1.0e-6:                                                            <L 135>
        wp::adj_determinant(var_47, adj_47, adj_48);
        // adj: rest_det = wp.determinant(Dm)                                                     <L 133>
        adj_edge_matrix_0(var_X_rest, var_7, var_11, var_15, var_19, adj_X_rest, adj_7, adj_11, adj_15, adj_19, adj_47);
        // adj: Dm = edge_matrix(X_rest, i, j, k, l)                                              <L 132>
        wp::adj_div(var_38, var_45, var_46, adj_38, adj_45, adj_46);
        wp::adj_mul(var_40, var_44, adj_40, adj_44, adj_45);
        wp::adj_sub(var_41, var_43, adj_41, adj_43, adj_44);
        wp::adj_mul(var_42, var_31, adj_42, adj_31, adj_43);
        wp::adj_add(var_39, var_31, adj_39, adj_31, adj_40);
        wp::adj_mul(var_28, var_31, adj_28, adj_31, adj_38);
        // adj: k_lambda = youngs * poisson / ((1.0 + poisson) * (1.0 - 2.0 * poisson))           <L 131>
        wp::adj_div(var_28, var_36, var_37, adj_28, adj_36, adj_37);
        wp::adj_mul(var_33, var_35, adj_33, adj_35, adj_36);
        wp::adj_add(var_34, var_31, adj_34, adj_31, adj_35);
        // adj: k_mu = youngs / (2.0 * (1.0 + poisson))                                           <L 130>
        wp::adj_copy(var_32, adj_30, adj_31);
        wp::adj_address(var_material_nu, var_22, adj_material_nu, adj_22, adj_30);
        // adj: poisson = material_nu[material]                                                   <L 128>
        wp::adj_copy(var_29, adj_27, adj_28);
        wp::adj_address(var_material_youngs, var_22, adj_material_youngs, adj_22, adj_27);
        // adj: youngs = material_youngs[material]                                                <L 127>
        wp::adj_copy(var_26, adj_24, adj_25);
        wp::adj_address(var_material_model, var_22, adj_material_model, adj_22, adj_24);
        // adj: model = material_model[material]                                                  <L 126>
        wp::adj_copy(var_23, adj_21, adj_22);
        wp::adj_address(var_tet_material_ids, var_0, adj_tet_material_ids, adj_0, adj_21);
        // adj: material = tet_material_ids[tid]                                                  <L 125>
        wp::adj_copy(var_20, adj_18, adj_19);
        wp::adj_address(var_tets, var_0, var_17, adj_tets, adj_0, adj_17, adj_18);
        // adj: l = tets[tid, 3]                                                                  <L 122>
        wp::adj_copy(var_16, adj_14, adj_15);
        wp::adj_address(var_tets, var_0, var_13, adj_tets, adj_0, adj_13, adj_14);
        // adj: k = tets[tid, 2]                                                                  <L 121>
        wp::adj_copy(var_12, adj_10, adj_11);
        wp::adj_address(var_tets, var_0, var_9, adj_tets, adj_0, adj_9, adj_10);
        // adj: j = tets[tid, 1]                                                                  <L 120>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_tets, var_0, var_5, adj_tets, adj_0, adj_5, adj_6);
        // adj: i = tets[tid, 0]                                                                  <L 119>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 118>
        }
        wp::adj_address(var_tet_active, var_0, adj_tet_active, adj_0, adj_1);
        // adj: if tet_active[tid] == 0:                                                          <L 117>
        // adj: tid = wp.tid()                                                                    <L 116>
        // adj: def eval_tet_material_forces(                                                     <L 102>
        continue;
    }
}

