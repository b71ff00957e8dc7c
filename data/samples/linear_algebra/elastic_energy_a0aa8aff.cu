// Warp 1.19.0 cuda code for elastic_energy_a0aa8aff.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// elastic_energy.py:22
static CUDA_CALLABLE wp::mat_t<3, 3, wp::float32> neo_hookean_stress_0(
    wp::mat_t<3, 3, wp::float32> var_def_grad,
    wp::float32 var_vol_ratio,
    wp::float32 var_mu,
    wp::float32 var_lam)
{
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float32> var_0;
    const wp::int32 var_1 = 1;
    wp::vec_t<3, wp::float32> var_2;
    const wp::int32 var_3 = 2;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::int32 var_6 = 2;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::int32 var_11 = 0;
    wp::vec_t<3, wp::float32> var_12;
    const wp::int32 var_13 = 1;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::mat_t<3, 3, wp::float32> var_16;
    const wp::float32 var_17 = 1.0;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::mat_t<3, 3, wp::float32> var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::mat_t<3, 3, wp::float32> var_23;
    wp::mat_t<3, 3, wp::float32> var_24;
    //---------
    // forward
    // def neo_hookean_stress(def_grad: wp.mat33, vol_ratio: float, mu: float, lam: float):       <L 23>
    // cols = wp.transpose(def_grad)                                                          <L 24>
    var_0 = wp::transpose(var_def_grad);
    // djdf = wp.matrix_from_cols(wp.cross(cols[1], cols[2]), wp.cross(cols[2], cols[0]), wp.cross(cols[0], cols[1]))       <L 26>
    var_2 = wp::extract(var_0, var_1);
    var_4 = wp::extract(var_0, var_3);
    var_5 = wp::cross(var_2, var_4);
    var_7 = wp::extract(var_0, var_6);
    var_9 = wp::extract(var_0, var_8);
    var_10 = wp::cross(var_7, var_9);
    var_12 = wp::extract(var_0, var_11);
    var_14 = wp::extract(var_0, var_13);
    var_15 = wp::cross(var_12, var_14);
    var_16 = wp::matrix_from_cols<wp::float32>(var_5, var_10, var_15);
    // alpha = 1.0 + mu / lam                                                                 <L 27>
    var_18 = wp::div(var_mu, var_lam);
    var_19 = wp::add(var_17, var_18);
    // return mu * def_grad + lam * (vol_ratio - alpha) * djdf                                <L 28>
    var_20 = wp::mul(var_mu, var_def_grad);
    var_21 = wp::sub(var_vol_ratio, var_19);
    var_22 = wp::mul(var_lam, var_21);
    var_23 = wp::mul(var_22, var_16);
    var_24 = wp::add(var_20, var_23);
    return var_24;
}


// elastic_energy.py:22
static CUDA_CALLABLE void adj_neo_hookean_stress_0(
    wp::mat_t<3, 3, wp::float32> var_def_grad,
    wp::float32 var_vol_ratio,
    wp::float32 var_mu,
    wp::float32 var_lam,
    wp::mat_t<3, 3, wp::float32> & adj_def_grad,
    wp::float32 & adj_vol_ratio,
    wp::float32 & adj_mu,
    wp::float32 & adj_lam,
    wp::mat_t<3, 3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float32> var_0;
    const wp::int32 var_1 = 1;
    wp::vec_t<3, wp::float32> var_2;
    const wp::int32 var_3 = 2;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::int32 var_6 = 2;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::int32 var_11 = 0;
    wp::vec_t<3, wp::float32> var_12;
    const wp::int32 var_13 = 1;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::mat_t<3, 3, wp::float32> var_16;
    const wp::float32 var_17 = 1.0;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::mat_t<3, 3, wp::float32> var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::mat_t<3, 3, wp::float32> var_23;
    wp::mat_t<3, 3, wp::float32> var_24;
    //---------
    // dual vars
    wp::mat_t<3, 3, wp::float32> adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::int32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::int32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::mat_t<3, 3, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::mat_t<3, 3, wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::mat_t<3, 3, wp::float32> adj_23 = {};
    wp::mat_t<3, 3, wp::float32> adj_24 = {};
    //---------
    // forward
    // def neo_hookean_stress(def_grad: wp.mat33, vol_ratio: float, mu: float, lam: float):       <L 23>
    // cols = wp.transpose(def_grad)                                                          <L 24>
    var_0 = wp::transpose(var_def_grad);
    // djdf = wp.matrix_from_cols(wp.cross(cols[1], cols[2]), wp.cross(cols[2], cols[0]), wp.cross(cols[0], cols[1]))       <L 26>
    var_2 = wp::extract(var_0, var_1);
    var_4 = wp::extract(var_0, var_3);
    var_5 = wp::cross(var_2, var_4);
    var_7 = wp::extract(var_0, var_6);
    var_9 = wp::extract(var_0, var_8);
    var_10 = wp::cross(var_7, var_9);
    var_12 = wp::extract(var_0, var_11);
    var_14 = wp::extract(var_0, var_13);
    var_15 = wp::cross(var_12, var_14);
    var_16 = wp::matrix_from_cols<wp::float32>(var_5, var_10, var_15);
    // alpha = 1.0 + mu / lam                                                                 <L 27>
    var_18 = wp::div(var_mu, var_lam);
    var_19 = wp::add(var_17, var_18);
    // return mu * def_grad + lam * (vol_ratio - alpha) * djdf                                <L 28>
    var_20 = wp::mul(var_mu, var_def_grad);
    var_21 = wp::sub(var_vol_ratio, var_19);
    var_22 = wp::mul(var_lam, var_21);
    var_23 = wp::mul(var_22, var_16);
    var_24 = wp::add(var_20, var_23);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_24 += adj_ret;
    wp::adj_add(var_20, var_23, adj_20, adj_23, adj_24);
    wp::adj_mul(var_22, var_16, adj_22, adj_16, adj_23);
    wp::adj_mul(var_lam, var_21, adj_lam, adj_21, adj_22);
    wp::adj_sub(var_vol_ratio, var_19, adj_vol_ratio, adj_19, adj_21);
    wp::adj_mul(var_mu, var_def_grad, adj_mu, adj_def_grad, adj_20);
    // adj: return mu * def_grad + lam * (vol_ratio - alpha) * djdf                           <L 28>
    wp::adj_add(var_17, var_18, adj_17, adj_18, adj_19);
    wp::adj_div(var_mu, var_lam, var_18, adj_mu, adj_lam, adj_18);
    // adj: alpha = 1.0 + mu / lam                                                            <L 27>
    wp::adj_matrix_from_cols(var_5, var_10, var_15, adj_5, adj_10, adj_15, adj_16);
    wp::adj_cross(var_12, var_14, adj_12, adj_14, adj_15);
    wp::adj_extract(var_0, var_13, adj_0, adj_13, adj_14);
    wp::adj_extract(var_0, var_11, adj_0, adj_11, adj_12);
    wp::adj_cross(var_7, var_9, adj_7, adj_9, adj_10);
    wp::adj_extract(var_0, var_8, adj_0, adj_8, adj_9);
    wp::adj_extract(var_0, var_6, adj_0, adj_6, adj_7);
    wp::adj_cross(var_2, var_4, adj_2, adj_4, adj_5);
    wp::adj_extract(var_0, var_3, adj_0, adj_3, adj_4);
    wp::adj_extract(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: djdf = wp.matrix_from_cols(wp.cross(cols[1], cols[2]), wp.cross(cols[2], cols[0]), wp.cross(cols[0], cols[1]))  <L 26>
    wp::adj_transpose(var_def_grad, adj_def_grad, adj_0);
    // adj: cols = wp.transpose(def_grad)                                                     <L 24>
    // adj: def neo_hookean_stress(def_grad: wp.mat33, vol_ratio: float, mu: float, lam: float):  <L 23>
    return;
}



extern "C" __global__ void solve_2x2_24fd655c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_A,
    wp::array_t<wp::vec_t<2, wp::float32>> var_rhs,
    wp::array_t<wp::vec_t<2, wp::float32>> var_solution)
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
        wp::mat_t<2, 2, wp::float32>* var_1;
        wp::mat_t<2, 2, wp::float32> var_2;
        wp::mat_t<2, 2, wp::float32> var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 1e-08;
        bool var_7;
        const wp::float32 var_8 = 0.0;
        wp::vec_t<2, wp::float32> var_9;
        const wp::int32 var_10 = 1;
        const wp::int32 var_11 = 1;
        wp::float32 var_12;
        const wp::int32 var_13 = 0;
        const wp::int32 var_14 = 1;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 1;
        const wp::int32 var_18 = 0;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 0;
        const wp::int32 var_22 = 0;
        wp::float32 var_23;
        wp::mat_t<2, 2, wp::float32> var_24;
        wp::vec_t<2, wp::float32>* var_25;
        wp::vec_t<2, wp::float32> var_26;
        wp::vec_t<2, wp::float32> var_27;
        wp::vec_t<2, wp::float32> var_28;
        //---------
        // forward
        // def solve_2x2(                                                                         <L 84>
        // tid = wp.tid()                                                                         <L 89>
        var_0 = builtin_tid1d();
        // J = A[tid]                                                                             <L 90>
        var_1 = wp::address(var_A, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // det = wp.determinant(J)                                                                <L 91>
        var_4 = wp::determinant(var_2);
        // if wp.abs(det) < 1.0e-8:                                                               <L 92>
        var_5 = wp::abs(var_4);
        var_7 = (var_5 < var_6);
        if (var_7) {
            // solution[tid] = wp.vec2(0.0)                                                       <L 93>
            var_9 = wp::vec_t<2, wp::float32>(var_8);
            wp::array_store(var_solution, var_0, var_9);
            // return                                                                             <L 94>
            continue;
        }
        // adj = wp.mat22(J[1, 1], -J[0, 1], -J[1, 0], J[0, 0])                                   <L 95>
        var_12 = wp::extract(var_2, var_10, var_11);
        var_15 = wp::extract(var_2, var_13, var_14);
        var_16 = wp::neg(var_15);
        var_19 = wp::extract(var_2, var_17, var_18);
        var_20 = wp::neg(var_19);
        var_23 = wp::extract(var_2, var_21, var_22);
        var_24 = wp::mat_t<2, 2, wp::float32>(var_12, var_16, var_20, var_23);
        // solution[tid] = (adj @ rhs[tid]) / det                                                 <L 96>
        var_25 = wp::address(var_rhs, var_0);
        var_27 = wp::load(var_25);
        var_26 = wp::mul(var_24, var_27);
        var_28 = wp::div(var_26, var_4);
        wp::array_store(var_solution, var_0, var_28);
    }
}



extern "C" __global__ void solve_2x2_24fd655c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_A,
    wp::array_t<wp::vec_t<2, wp::float32>> var_rhs,
    wp::array_t<wp::vec_t<2, wp::float32>> var_solution,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_A,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_rhs,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_solution)
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
        wp::mat_t<2, 2, wp::float32>* var_1;
        wp::mat_t<2, 2, wp::float32> var_2;
        wp::mat_t<2, 2, wp::float32> var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 1e-08;
        bool var_7;
        const wp::float32 var_8 = 0.0;
        wp::vec_t<2, wp::float32> var_9;
        const wp::int32 var_10 = 1;
        const wp::int32 var_11 = 1;
        wp::float32 var_12;
        const wp::int32 var_13 = 0;
        const wp::int32 var_14 = 1;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 1;
        const wp::int32 var_18 = 0;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 0;
        const wp::int32 var_22 = 0;
        wp::float32 var_23;
        wp::mat_t<2, 2, wp::float32> var_24;
        wp::vec_t<2, wp::float32>* var_25;
        wp::vec_t<2, wp::float32> var_26;
        wp::vec_t<2, wp::float32> var_27;
        wp::vec_t<2, wp::float32> var_28;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<2, 2, wp::float32> adj_1 = {};
        wp::mat_t<2, 2, wp::float32> adj_2 = {};
        wp::mat_t<2, 2, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        bool adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<2, wp::float32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::mat_t<2, 2, wp::float32> adj_24 = {};
        wp::vec_t<2, wp::float32> adj_25 = {};
        wp::vec_t<2, wp::float32> adj_26 = {};
        wp::vec_t<2, wp::float32> adj_27 = {};
        wp::vec_t<2, wp::float32> adj_28 = {};
        //---------
        // forward
        // def solve_2x2(                                                                         <L 84>
        // tid = wp.tid()                                                                         <L 89>
        var_0 = builtin_tid1d();
        // J = A[tid]                                                                             <L 90>
        var_1 = wp::address(var_A, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // det = wp.determinant(J)                                                                <L 91>
        var_4 = wp::determinant(var_2);
        // if wp.abs(det) < 1.0e-8:                                                               <L 92>
        var_5 = wp::abs(var_4);
        var_7 = (var_5 < var_6);
        if (var_7) {
            // solution[tid] = wp.vec2(0.0)                                                       <L 93>
            var_9 = wp::vec_t<2, wp::float32>(var_8);
            // wp::array_store(var_solution, var_0, var_9);
            // return                                                                             <L 94>
            goto label0;
        }
        // adj = wp.mat22(J[1, 1], -J[0, 1], -J[1, 0], J[0, 0])                                   <L 95>
        var_12 = wp::extract(var_2, var_10, var_11);
        var_15 = wp::extract(var_2, var_13, var_14);
        var_16 = wp::neg(var_15);
        var_19 = wp::extract(var_2, var_17, var_18);
        var_20 = wp::neg(var_19);
        var_23 = wp::extract(var_2, var_21, var_22);
        var_24 = wp::mat_t<2, 2, wp::float32>(var_12, var_16, var_20, var_23);
        // solution[tid] = (adj @ rhs[tid]) / det                                                 <L 96>
        var_25 = wp::address(var_rhs, var_0);
        var_27 = wp::load(var_25);
        var_26 = wp::mul(var_24, var_27);
        var_28 = wp::div(var_26, var_4);
        // wp::array_store(var_solution, var_0, var_28);
        //---------
        // reverse
        wp::adj_array_store(var_solution, var_0, var_28, adj_solution, adj_0, adj_28);
        wp::adj_div(var_26, var_4, adj_26, adj_4, adj_28);
        wp::adj_mul(var_24, var_27, adj_24, adj_25, adj_26);
        wp::adj_address(var_rhs, var_0, adj_rhs, adj_0, adj_25);
        // adj: solution[tid] = (adj @ rhs[tid]) / det                                            <L 96>
        wp::adj_mat_t(var_12, var_16, var_20, var_23, adj_12, adj_16, adj_20, adj_23, adj_24);
        wp::adj_extract(var_2, var_21, var_22, adj_2, adj_21, adj_22, adj_23);
        wp::adj_neg(var_19, adj_19, adj_20);
        wp::adj_extract(var_2, var_17, var_18, adj_2, adj_17, adj_18, adj_19);
        wp::adj_neg(var_15, adj_15, adj_16);
        wp::adj_extract(var_2, var_13, var_14, adj_2, adj_13, adj_14, adj_15);
        wp::adj_extract(var_2, var_10, var_11, adj_2, adj_10, adj_11, adj_12);
        // adj: adj = wp.mat22(J[1, 1], -J[0, 1], -J[1, 0], J[0, 0])                              <L 95>
        if (var_7) {
            label0:;
            // adj: return                                                                        <L 94>
            wp::adj_array_store(var_solution, var_0, var_9, adj_solution, adj_0, adj_9);
            wp::adj_vec_t(var_8, adj_8, adj_9);
            // adj: solution[tid] = wp.vec2(0.0)                                                  <L 93>
        }
        wp::adj_abs(var_4, adj_4, adj_5);
        // adj: if wp.abs(det) < 1.0e-8:                                                          <L 92>
        wp::adj_determinant(var_2, adj_2, adj_4);
        // adj: det = wp.determinant(J)                                                           <L 91>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_A, var_0, adj_A, adj_0, adj_1);
        // adj: J = A[tid]                                                                        <L 90>
        // adj: tid = wp.tid()                                                                    <L 89>
        // adj: def solve_2x2(                                                                    <L 84>
        continue;
    }
}



extern "C" __global__ void compute_deformation_gradient_86d3a8eb_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<4, wp::int32>> var_tets,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_Dm_inv,
    wp::int32 var_n,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_def_grads,
    wp::array_t<wp::float32> var_det_out)
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
        bool var_1;
        wp::vec_t<4, wp::int32>* var_2;
        wp::vec_t<4, wp::int32> var_3;
        wp::vec_t<4, wp::int32> var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        const wp::int32 var_15 = 2;
        wp::int32 var_16;
        wp::vec_t<3, wp::float32>* var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        const wp::int32 var_20 = 3;
        wp::int32 var_21;
        wp::vec_t<3, wp::float32>* var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::mat_t<3, 3, wp::float32> var_25;
        wp::mat_t<3, 3, wp::float32>* var_26;
        wp::mat_t<3, 3, wp::float32> var_27;
        wp::mat_t<3, 3, wp::float32> var_28;
        wp::float32 var_29;
        //---------
        // forward
        // def compute_deformation_gradient(                                                      <L 120>
        // tid = wp.tid()                                                                         <L 128>
        var_0 = builtin_tid1d();
        // if tid >= n:                                                                           <L 129>
        var_1 = (var_0 >= var_n);
        if (var_1) {
            // return                                                                             <L 130>
            continue;
        }
        // tet = tets[tid]                                                                        <L 131>
        var_2 = wp::address(var_tets, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // x0 = positions[tet[0]]                                                                 <L 132>
        var_6 = wp::extract(var_3, var_5);
        var_7 = wp::address(var_positions, var_6);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // Ds = wp.matrix_from_cols(positions[tet[1]] - x0, positions[tet[2]] - x0, positions[tet[3]] - x0)       <L 134>
        var_11 = wp::extract(var_3, var_10);
        var_12 = wp::address(var_positions, var_11);
        var_14 = wp::load(var_12);
        var_13 = wp::sub(var_14, var_8);
        var_16 = wp::extract(var_3, var_15);
        var_17 = wp::address(var_positions, var_16);
        var_19 = wp::load(var_17);
        var_18 = wp::sub(var_19, var_8);
        var_21 = wp::extract(var_3, var_20);
        var_22 = wp::address(var_positions, var_21);
        var_24 = wp::load(var_22);
        var_23 = wp::sub(var_24, var_8);
        var_25 = wp::matrix_from_cols<wp::float32>(var_13, var_18, var_23);
        // F = Ds @ Dm_inv[tid]                                                                   <L 135>
        var_26 = wp::address(var_Dm_inv, var_0);
        var_28 = wp::load(var_26);
        var_27 = wp::mul(var_25, var_28);
        // def_grads[tid] = F                                                                     <L 136>
        wp::array_store(var_def_grads, var_0, var_27);
        // det_out[tid] = wp.determinant(F)                                                       <L 137>
        var_29 = wp::determinant(var_27);
        wp::array_store(var_det_out, var_0, var_29);
    }
}



extern "C" __global__ void compute_deformation_gradient_86d3a8eb_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<4, wp::int32>> var_tets,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_Dm_inv,
    wp::int32 var_n,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_def_grads,
    wp::array_t<wp::float32> var_det_out,
    wp::array_t<wp::vec_t<4, wp::int32>> adj_tets,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_Dm_inv,
    wp::int32 adj_n,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_def_grads,
    wp::array_t<wp::float32> adj_det_out)
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
        bool var_1;
        wp::vec_t<4, wp::int32>* var_2;
        wp::vec_t<4, wp::int32> var_3;
        wp::vec_t<4, wp::int32> var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        const wp::int32 var_15 = 2;
        wp::int32 var_16;
        wp::vec_t<3, wp::float32>* var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        const wp::int32 var_20 = 3;
        wp::int32 var_21;
        wp::vec_t<3, wp::float32>* var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::mat_t<3, 3, wp::float32> var_25;
        wp::mat_t<3, 3, wp::float32>* var_26;
        wp::mat_t<3, 3, wp::float32> var_27;
        wp::mat_t<3, 3, wp::float32> var_28;
        wp::float32 var_29;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::vec_t<4, wp::int32> adj_2 = {};
        wp::vec_t<4, wp::int32> adj_3 = {};
        wp::vec_t<4, wp::int32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::mat_t<3, 3, wp::float32> adj_25 = {};
        wp::mat_t<3, 3, wp::float32> adj_26 = {};
        wp::mat_t<3, 3, wp::float32> adj_27 = {};
        wp::mat_t<3, 3, wp::float32> adj_28 = {};
        wp::float32 adj_29 = {};
        //---------
        // forward
        // def compute_deformation_gradient(                                                      <L 120>
        // tid = wp.tid()                                                                         <L 128>
        var_0 = builtin_tid1d();
        // if tid >= n:                                                                           <L 129>
        var_1 = (var_0 >= var_n);
        if (var_1) {
            // return                                                                             <L 130>
            goto label0;
        }
        // tet = tets[tid]                                                                        <L 131>
        var_2 = wp::address(var_tets, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // x0 = positions[tet[0]]                                                                 <L 132>
        var_6 = wp::extract(var_3, var_5);
        var_7 = wp::address(var_positions, var_6);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // Ds = wp.matrix_from_cols(positions[tet[1]] - x0, positions[tet[2]] - x0, positions[tet[3]] - x0)       <L 134>
        var_11 = wp::extract(var_3, var_10);
        var_12 = wp::address(var_positions, var_11);
        var_14 = wp::load(var_12);
        var_13 = wp::sub(var_14, var_8);
        var_16 = wp::extract(var_3, var_15);
        var_17 = wp::address(var_positions, var_16);
        var_19 = wp::load(var_17);
        var_18 = wp::sub(var_19, var_8);
        var_21 = wp::extract(var_3, var_20);
        var_22 = wp::address(var_positions, var_21);
        var_24 = wp::load(var_22);
        var_23 = wp::sub(var_24, var_8);
        var_25 = wp::matrix_from_cols<wp::float32>(var_13, var_18, var_23);
        // F = Ds @ Dm_inv[tid]                                                                   <L 135>
        var_26 = wp::address(var_Dm_inv, var_0);
        var_28 = wp::load(var_26);
        var_27 = wp::mul(var_25, var_28);
        // def_grads[tid] = F                                                                     <L 136>
        // wp::array_store(var_def_grads, var_0, var_27);
        // det_out[tid] = wp.determinant(F)                                                       <L 137>
        var_29 = wp::determinant(var_27);
        // wp::array_store(var_det_out, var_0, var_29);
        //---------
        // reverse
        wp::adj_array_store(var_det_out, var_0, var_29, adj_det_out, adj_0, adj_29);
        wp::adj_determinant(var_27, adj_27, adj_29);
        // adj: det_out[tid] = wp.determinant(F)                                                  <L 137>
        wp::adj_array_store(var_def_grads, var_0, var_27, adj_def_grads, adj_0, adj_27);
        // adj: def_grads[tid] = F                                                                <L 136>
        wp::adj_mul(var_25, var_28, adj_25, adj_26, adj_27);
        wp::adj_address(var_Dm_inv, var_0, adj_Dm_inv, adj_0, adj_26);
        // adj: F = Ds @ Dm_inv[tid]                                                              <L 135>
        wp::adj_matrix_from_cols(var_13, var_18, var_23, adj_13, adj_18, adj_23, adj_25);
        wp::adj_sub(var_24, var_8, adj_22, adj_8, adj_23);
        wp::adj_address(var_positions, var_21, adj_positions, adj_21, adj_22);
        wp::adj_extract(var_3, var_20, adj_3, adj_20, adj_21);
        wp::adj_sub(var_19, var_8, adj_17, adj_8, adj_18);
        wp::adj_address(var_positions, var_16, adj_positions, adj_16, adj_17);
        wp::adj_extract(var_3, var_15, adj_3, adj_15, adj_16);
        wp::adj_sub(var_14, var_8, adj_12, adj_8, adj_13);
        wp::adj_address(var_positions, var_11, adj_positions, adj_11, adj_12);
        wp::adj_extract(var_3, var_10, adj_3, adj_10, adj_11);
        // adj: Ds = wp.matrix_from_cols(positions[tet[1]] - x0, positions[tet[2]] - x0, positions[tet[3]] - x0)  <L 134>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_positions, var_6, adj_positions, adj_6, adj_7);
        wp::adj_extract(var_3, var_5, adj_3, adj_5, adj_6);
        // adj: x0 = positions[tet[0]]                                                            <L 132>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_tets, var_0, adj_tets, adj_0, adj_2);
        // adj: tet = tets[tid]                                                                   <L 131>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 130>
        }
        // adj: if tid >= n:                                                                      <L 129>
        // adj: tid = wp.tid()                                                                    <L 128>
        // adj: def compute_deformation_gradient(                                                 <L 120>
        continue;
    }
}



extern "C" __global__ void apply_element_forces_8a0261df_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::vec_t<4, wp::int32>> var_tets,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_def_grads,
    wp::array_t<wp::float32> var_tet_mu,
    wp::array_t<wp::float32> var_k_lambda,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_Dm_inv,
    wp::array_t<wp::float32> var_rest_volumes,
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out)
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
        const wp::int32 var_2 = 1;
        bool var_3;
        wp::int32 var_4;
        wp::vec_t<4, wp::int32>* var_5;
        wp::vec_t<4, wp::int32> var_6;
        wp::vec_t<4, wp::int32> var_7;
        wp::mat_t<3, 3, wp::float32>* var_8;
        wp::mat_t<3, 3, wp::float32> var_9;
        wp::mat_t<3, 3, wp::float32> var_10;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::mat_t<3, 3, wp::float32> var_18;
        wp::mat_t<3, 3, wp::float32>* var_19;
        wp::mat_t<3, 3, wp::float32> var_20;
        wp::mat_t<3, 3, wp::float32> var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::mat_t<3, 3, wp::float32> var_26;
        wp::mat_t<3, 3, wp::float32> var_27;
        wp::mat_t<3, 3, wp::float32> var_28;
        const wp::int32 var_29 = 0;
        const wp::int32 var_30 = 0;
        wp::float32 var_31;
        const wp::int32 var_32 = 1;
        const wp::int32 var_33 = 0;
        wp::float32 var_34;
        const wp::int32 var_35 = 2;
        const wp::int32 var_36 = 0;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32> var_38;
        const wp::int32 var_39 = 0;
        const wp::int32 var_40 = 1;
        wp::float32 var_41;
        const wp::int32 var_42 = 1;
        const wp::int32 var_43 = 1;
        wp::float32 var_44;
        const wp::int32 var_45 = 2;
        const wp::int32 var_46 = 1;
        wp::float32 var_47;
        wp::vec_t<3, wp::float32> var_48;
        const wp::int32 var_49 = 0;
        const wp::int32 var_50 = 2;
        wp::float32 var_51;
        const wp::int32 var_52 = 1;
        const wp::int32 var_53 = 2;
        wp::float32 var_54;
        const wp::int32 var_55 = 2;
        const wp::int32 var_56 = 2;
        wp::float32 var_57;
        wp::vec_t<3, wp::float32> var_58;
        const wp::int32 var_59 = 0;
        wp::int32 var_60;
        wp::vec_t<3, wp::float32> var_61;
        wp::vec_t<3, wp::float32> var_62;
        wp::vec_t<3, wp::float32> var_63;
        const wp::int32 var_64 = 1;
        wp::int32 var_65;
        wp::vec_t<3, wp::float32> var_66;
        const wp::int32 var_67 = 2;
        wp::int32 var_68;
        wp::vec_t<3, wp::float32> var_69;
        const wp::int32 var_70 = 3;
        wp::int32 var_71;
        wp::vec_t<3, wp::float32> var_72;
        //---------
        // forward
        // def apply_element_forces(                                                              <L 32>
        // tid = wp.tid()                                                                         <L 42>
        var_0 = builtin_tid1d();
        // if active[tid] != 1:                                                                   <L 43>
        var_1 = wp::address(var_active, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 44>
            continue;
        }
        // tet = tets[tid]                                                                        <L 45>
        var_5 = wp::address(var_tets, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // F = def_grads[tid]                                                                     <L 46>
        var_8 = wp::address(var_def_grads, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // k_mu = tet_mu[tid]                                                                     <L 47>
        var_11 = wp::address(var_tet_mu, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // lam_lame = k_lambda[tid]                                                               <L 48>
        var_14 = wp::address(var_k_lambda, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // sigma = neo_hookean_stress(F, wp.determinant(F), k_mu, lam_lame)                       <L 49>
        var_17 = wp::determinant(var_9);
        var_18 = neo_hookean_stress_0(var_9, var_17, var_12, var_15);
        // inv_rest = Dm_inv[tid]                                                                 <L 50>
        var_19 = wp::address(var_Dm_inv, var_0);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // vol = rest_volumes[tid]                                                                <L 51>
        var_22 = wp::address(var_rest_volumes, var_0);
        var_24 = wp::load(var_22);
        var_23 = wp::copy(var_24);
        // H = -vol * sigma @ wp.transpose(inv_rest)                                              <L 52>
        var_25 = wp::neg(var_23);
        var_26 = wp::mul(var_25, var_18);
        var_27 = wp::transpose(var_20);
        var_28 = wp::mul(var_26, var_27);
        // f1 = wp.vec3(H[0, 0], H[1, 0], H[2, 0])                                                <L 53>
        var_31 = wp::extract(var_28, var_29, var_30);
        var_34 = wp::extract(var_28, var_32, var_33);
        var_37 = wp::extract(var_28, var_35, var_36);
        var_38 = wp::vec_t<3, wp::float32>(var_31, var_34, var_37);
        // f2 = wp.vec3(H[0, 1], H[1, 1], H[2, 1])                                                <L 54>
        var_41 = wp::extract(var_28, var_39, var_40);
        var_44 = wp::extract(var_28, var_42, var_43);
        var_47 = wp::extract(var_28, var_45, var_46);
        var_48 = wp::vec_t<3, wp::float32>(var_41, var_44, var_47);
        // f3 = wp.vec3(H[0, 2], H[1, 2], H[2, 2])                                                <L 55>
        var_51 = wp::extract(var_28, var_49, var_50);
        var_54 = wp::extract(var_28, var_52, var_53);
        var_57 = wp::extract(var_28, var_55, var_56);
        var_58 = wp::vec_t<3, wp::float32>(var_51, var_54, var_57);
        // wp.atomic_sub(force_out, tet[0], f1 + f2 + f3)                                         <L 57>
        var_60 = wp::extract(var_6, var_59);
        var_61 = wp::add(var_38, var_48);
        var_62 = wp::add(var_61, var_58);
        var_63 = wp::atomic_sub(var_force_out, var_60, var_62);
        // wp.atomic_add(force_out, tet[1], f1)                                                   <L 58>
        var_65 = wp::extract(var_6, var_64);
        var_66 = wp::atomic_add(var_force_out, var_65, var_38);
        // wp.atomic_add(force_out, tet[2], f2)                                                   <L 59>
        var_68 = wp::extract(var_6, var_67);
        var_69 = wp::atomic_add(var_force_out, var_68, var_48);
        // wp.atomic_add(force_out, tet[3], f3)                                                   <L 60>
        var_71 = wp::extract(var_6, var_70);
        var_72 = wp::atomic_add(var_force_out, var_71, var_58);
    }
}



extern "C" __global__ void apply_element_forces_8a0261df_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::vec_t<4, wp::int32>> var_tets,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_def_grads,
    wp::array_t<wp::float32> var_tet_mu,
    wp::array_t<wp::float32> var_k_lambda,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_Dm_inv,
    wp::array_t<wp::float32> var_rest_volumes,
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out,
    wp::array_t<wp::int32> adj_active,
    wp::array_t<wp::vec_t<4, wp::int32>> adj_tets,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_def_grads,
    wp::array_t<wp::float32> adj_tet_mu,
    wp::array_t<wp::float32> adj_k_lambda,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_Dm_inv,
    wp::array_t<wp::float32> adj_rest_volumes,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_force_out)
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
        const wp::int32 var_2 = 1;
        bool var_3;
        wp::int32 var_4;
        wp::vec_t<4, wp::int32>* var_5;
        wp::vec_t<4, wp::int32> var_6;
        wp::vec_t<4, wp::int32> var_7;
        wp::mat_t<3, 3, wp::float32>* var_8;
        wp::mat_t<3, 3, wp::float32> var_9;
        wp::mat_t<3, 3, wp::float32> var_10;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::mat_t<3, 3, wp::float32> var_18;
        wp::mat_t<3, 3, wp::float32>* var_19;
        wp::mat_t<3, 3, wp::float32> var_20;
        wp::mat_t<3, 3, wp::float32> var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::mat_t<3, 3, wp::float32> var_26;
        wp::mat_t<3, 3, wp::float32> var_27;
        wp::mat_t<3, 3, wp::float32> var_28;
        const wp::int32 var_29 = 0;
        const wp::int32 var_30 = 0;
        wp::float32 var_31;
        const wp::int32 var_32 = 1;
        const wp::int32 var_33 = 0;
        wp::float32 var_34;
        const wp::int32 var_35 = 2;
        const wp::int32 var_36 = 0;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32> var_38;
        const wp::int32 var_39 = 0;
        const wp::int32 var_40 = 1;
        wp::float32 var_41;
        const wp::int32 var_42 = 1;
        const wp::int32 var_43 = 1;
        wp::float32 var_44;
        const wp::int32 var_45 = 2;
        const wp::int32 var_46 = 1;
        wp::float32 var_47;
        wp::vec_t<3, wp::float32> var_48;
        const wp::int32 var_49 = 0;
        const wp::int32 var_50 = 2;
        wp::float32 var_51;
        const wp::int32 var_52 = 1;
        const wp::int32 var_53 = 2;
        wp::float32 var_54;
        const wp::int32 var_55 = 2;
        const wp::int32 var_56 = 2;
        wp::float32 var_57;
        wp::vec_t<3, wp::float32> var_58;
        const wp::int32 var_59 = 0;
        wp::int32 var_60;
        wp::vec_t<3, wp::float32> var_61;
        wp::vec_t<3, wp::float32> var_62;
        wp::vec_t<3, wp::float32> var_63;
        const wp::int32 var_64 = 1;
        wp::int32 var_65;
        wp::vec_t<3, wp::float32> var_66;
        const wp::int32 var_67 = 2;
        wp::int32 var_68;
        wp::vec_t<3, wp::float32> var_69;
        const wp::int32 var_70 = 3;
        wp::int32 var_71;
        wp::vec_t<3, wp::float32> var_72;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::vec_t<4, wp::int32> adj_5 = {};
        wp::vec_t<4, wp::int32> adj_6 = {};
        wp::vec_t<4, wp::int32> adj_7 = {};
        wp::mat_t<3, 3, wp::float32> adj_8 = {};
        wp::mat_t<3, 3, wp::float32> adj_9 = {};
        wp::mat_t<3, 3, wp::float32> adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::mat_t<3, 3, wp::float32> adj_18 = {};
        wp::mat_t<3, 3, wp::float32> adj_19 = {};
        wp::mat_t<3, 3, wp::float32> adj_20 = {};
        wp::mat_t<3, 3, wp::float32> adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::mat_t<3, 3, wp::float32> adj_26 = {};
        wp::mat_t<3, 3, wp::float32> adj_27 = {};
        wp::mat_t<3, 3, wp::float32> adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::vec_t<3, wp::float32> adj_48 = {};
        wp::int32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        wp::int32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::vec_t<3, wp::float32> adj_61 = {};
        wp::vec_t<3, wp::float32> adj_62 = {};
        wp::vec_t<3, wp::float32> adj_63 = {};
        wp::int32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::vec_t<3, wp::float32> adj_66 = {};
        wp::int32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::vec_t<3, wp::float32> adj_69 = {};
        wp::int32 adj_70 = {};
        wp::int32 adj_71 = {};
        wp::vec_t<3, wp::float32> adj_72 = {};
        //---------
        // forward
        // def apply_element_forces(                                                              <L 32>
        // tid = wp.tid()                                                                         <L 42>
        var_0 = builtin_tid1d();
        // if active[tid] != 1:                                                                   <L 43>
        var_1 = wp::address(var_active, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 44>
            goto label0;
        }
        // tet = tets[tid]                                                                        <L 45>
        var_5 = wp::address(var_tets, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // F = def_grads[tid]                                                                     <L 46>
        var_8 = wp::address(var_def_grads, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // k_mu = tet_mu[tid]                                                                     <L 47>
        var_11 = wp::address(var_tet_mu, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // lam_lame = k_lambda[tid]                                                               <L 48>
        var_14 = wp::address(var_k_lambda, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // sigma = neo_hookean_stress(F, wp.determinant(F), k_mu, lam_lame)                       <L 49>
        var_17 = wp::determinant(var_9);
        var_18 = neo_hookean_stress_0(var_9, var_17, var_12, var_15);
        // inv_rest = Dm_inv[tid]                                                                 <L 50>
        var_19 = wp::address(var_Dm_inv, var_0);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // vol = rest_volumes[tid]                                                                <L 51>
        var_22 = wp::address(var_rest_volumes, var_0);
        var_24 = wp::load(var_22);
        var_23 = wp::copy(var_24);
        // H = -vol * sigma @ wp.transpose(inv_rest)                                              <L 52>
        var_25 = wp::neg(var_23);
        var_26 = wp::mul(var_25, var_18);
        var_27 = wp::transpose(var_20);
        var_28 = wp::mul(var_26, var_27);
        // f1 = wp.vec3(H[0, 0], H[1, 0], H[2, 0])                                                <L 53>
        var_31 = wp::extract(var_28, var_29, var_30);
        var_34 = wp::extract(var_28, var_32, var_33);
        var_37 = wp::extract(var_28, var_35, var_36);
        var_38 = wp::vec_t<3, wp::float32>(var_31, var_34, var_37);
        // f2 = wp.vec3(H[0, 1], H[1, 1], H[2, 1])                                                <L 54>
        var_41 = wp::extract(var_28, var_39, var_40);
        var_44 = wp::extract(var_28, var_42, var_43);
        var_47 = wp::extract(var_28, var_45, var_46);
        var_48 = wp::vec_t<3, wp::float32>(var_41, var_44, var_47);
        // f3 = wp.vec3(H[0, 2], H[1, 2], H[2, 2])                                                <L 55>
        var_51 = wp::extract(var_28, var_49, var_50);
        var_54 = wp::extract(var_28, var_52, var_53);
        var_57 = wp::extract(var_28, var_55, var_56);
        var_58 = wp::vec_t<3, wp::float32>(var_51, var_54, var_57);
        // wp.atomic_sub(force_out, tet[0], f1 + f2 + f3)                                         <L 57>
        var_60 = wp::extract(var_6, var_59);
        var_61 = wp::add(var_38, var_48);
        var_62 = wp::add(var_61, var_58);
        // var_63 = wp::atomic_sub(var_force_out, var_60, var_62);
        // wp.atomic_add(force_out, tet[1], f1)                                                   <L 58>
        var_65 = wp::extract(var_6, var_64);
        // var_66 = wp::atomic_add(var_force_out, var_65, var_38);
        // wp.atomic_add(force_out, tet[2], f2)                                                   <L 59>
        var_68 = wp::extract(var_6, var_67);
        // var_69 = wp::atomic_add(var_force_out, var_68, var_48);
        // wp.atomic_add(force_out, tet[3], f3)                                                   <L 60>
        var_71 = wp::extract(var_6, var_70);
        // var_72 = wp::atomic_add(var_force_out, var_71, var_58);
        //---------
        // reverse
        wp::adj_atomic_add(var_force_out, var_71, var_58, adj_force_out, adj_71, adj_58, adj_72);
        wp::adj_extract(var_6, var_70, adj_6, adj_70, adj_71);
        // adj: wp.atomic_add(force_out, tet[3], f3)                                              <L 60>
        wp::adj_atomic_add(var_force_out, var_68, var_48, adj_force_out, adj_68, adj_48, adj_69);
        wp::adj_extract(var_6, var_67, adj_6, adj_67, adj_68);
        // adj: wp.atomic_add(force_out, tet[2], f2)                                              <L 59>
        wp::adj_atomic_add(var_force_out, var_65, var_38, adj_force_out, adj_65, adj_38, adj_66);
        wp::adj_extract(var_6, var_64, adj_6, adj_64, adj_65);
        // adj: wp.atomic_add(force_out, tet[1], f1)                                              <L 58>
        wp::adj_atomic_sub(var_force_out, var_60, var_62, adj_force_out, adj_60, adj_62, adj_63);
        wp::adj_add(var_61, var_58, adj_61, adj_58, adj_62);
        wp::adj_add(var_38, var_48, adj_38, adj_48, adj_61);
        wp::adj_extract(var_6, var_59, adj_6, adj_59, adj_60);
        // adj: wp.atomic_sub(force_out, tet[0], f1 + f2 + f3)                                    <L 57>
        wp::adj_vec_t(var_51, var_54, var_57, adj_51, adj_54, adj_57, adj_58);
        wp::adj_extract(var_28, var_55, var_56, adj_28, adj_55, adj_56, adj_57);
        wp::adj_extract(var_28, var_52, var_53, adj_28, adj_52, adj_53, adj_54);
        wp::adj_extract(var_28, var_49, var_50, adj_28, adj_49, adj_50, adj_51);
        // adj: f3 = wp.vec3(H[0, 2], H[1, 2], H[2, 2])                                           <L 55>
        wp::adj_vec_t(var_41, var_44, var_47, adj_41, adj_44, adj_47, adj_48);
        wp::adj_extract(var_28, var_45, var_46, adj_28, adj_45, adj_46, adj_47);
        wp::adj_extract(var_28, var_42, var_43, adj_28, adj_42, adj_43, adj_44);
        wp::adj_extract(var_28, var_39, var_40, adj_28, adj_39, adj_40, adj_41);
        // adj: f2 = wp.vec3(H[0, 1], H[1, 1], H[2, 1])                                           <L 54>
        wp::adj_vec_t(var_31, var_34, var_37, adj_31, adj_34, adj_37, adj_38);
        wp::adj_extract(var_28, var_35, var_36, adj_28, adj_35, adj_36, adj_37);
        wp::adj_extract(var_28, var_32, var_33, adj_28, adj_32, adj_33, adj_34);
        wp::adj_extract(var_28, var_29, var_30, adj_28, adj_29, adj_30, adj_31);
        // adj: f1 = wp.vec3(H[0, 0], H[1, 0], H[2, 0])                                           <L 53>
        wp::adj_mul(var_26, var_27, adj_26, adj_27, adj_28);
        wp::adj_transpose(var_20, adj_20, adj_27);
        wp::adj_mul(var_25, var_18, adj_25, adj_18, adj_26);
        wp::adj_neg(var_23, adj_23, adj_25);
        // adj: H = -vol * sigma @ wp.transpose(inv_rest)                                         <L 52>
        wp::adj_copy(var_24, adj_22, adj_23);
        wp::adj_address(var_rest_volumes, var_0, adj_rest_volumes, adj_0, adj_22);
        // adj: vol = rest_volumes[tid]                                                           <L 51>
        wp::adj_copy(var_21, adj_19, adj_20);
        wp::adj_address(var_Dm_inv, var_0, adj_Dm_inv, adj_0, adj_19);
        // adj: inv_rest = Dm_inv[tid]                                                            <L 50>
        adj_neo_hookean_stress_0(var_9, var_17, var_12, var_15, adj_9, adj_17, adj_12, adj_15, adj_18);
        wp::adj_determinant(var_9, adj_9, adj_17);
        // adj: sigma = neo_hookean_stress(F, wp.determinant(F), k_mu, lam_lame)                  <L 49>
        wp::adj_copy(var_16, adj_14, adj_15);
        wp::adj_address(var_k_lambda, var_0, adj_k_lambda, adj_0, adj_14);
        // adj: lam_lame = k_lambda[tid]                                                          <L 48>
        wp::adj_copy(var_13, adj_11, adj_12);
        wp::adj_address(var_tet_mu, var_0, adj_tet_mu, adj_0, adj_11);
        // adj: k_mu = tet_mu[tid]                                                                <L 47>
        wp::adj_copy(var_10, adj_8, adj_9);
        wp::adj_address(var_def_grads, var_0, adj_def_grads, adj_0, adj_8);
        // adj: F = def_grads[tid]                                                                <L 46>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_tets, var_0, adj_tets, adj_0, adj_5);
        // adj: tet = tets[tid]                                                                   <L 45>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 44>
        }
        wp::adj_address(var_active, var_0, adj_active, adj_0, adj_1);
        // adj: if active[tid] != 1:                                                              <L 43>
        // adj: tid = wp.tid()                                                                    <L 42>
        // adj: def apply_element_forces(                                                         <L 32>
        continue;
    }
}



extern "C" __global__ void elastic_energy_a62ded20_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_def_grads,
    wp::array_t<wp::float32> var_k_lambda,
    wp::float32 var_k_mu,
    wp::array_t<wp::float32> var_psi,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_pk1)
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
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        const wp::float32 var_4 = 0.5;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::mat_t<3, 3, wp::float32> var_6;
        const wp::int32 var_7 = 3;
        wp::mat_t<3, 3, wp::float32> var_8;
        wp::mat_t<3, 3, wp::float32> var_9;
        wp::mat_t<3, 3, wp::float32> var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.5;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 2.0;
        wp::float32 var_22;
        wp::mat_t<3, 3, wp::float32> var_23;
        wp::float32* var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 3;
        wp::mat_t<3, 3, wp::float32> var_28;
        wp::mat_t<3, 3, wp::float32> var_29;
        wp::mat_t<3, 3, wp::float32> var_30;
        wp::mat_t<3, 3, wp::float32> var_31;
        //---------
        // forward
        // def elastic_energy(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // Fe = def_grads[tid]                                                                    <L 13>
        var_1 = wp::address(var_def_grads, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // strain = 0.5 * (wp.transpose(Fe) @ Fe - wp.identity(n=3, dtype=float))                 <L 14>
        var_5 = wp::transpose(var_2);
        var_6 = wp::mul(var_5, var_2);
        var_8 = wp::identity<3, wp::float32>();
        var_9 = wp::sub(var_6, var_8);
        var_10 = wp::mul(var_4, var_9);
        // tr = wp.trace(strain)                                                                  <L 15>
        var_11 = wp::trace(var_10);
        // psi[tid] = k_mu * wp.ddot(strain, strain) + 0.5 * k_lambda[tid] * tr * tr              <L 16>
        var_12 = wp::ddot(var_10, var_10);
        var_13 = wp::mul(var_k_mu, var_12);
        var_15 = wp::address(var_k_lambda, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::mul(var_14, var_17);
        var_18 = wp::mul(var_16, var_11);
        var_19 = wp::mul(var_18, var_11);
        var_20 = wp::add(var_13, var_19);
        wp::array_store(var_psi, var_0, var_20);
        // S = 2.0 * k_mu * strain + k_lambda[tid] * tr * wp.identity(n=3, dtype=float)           <L 18>
        var_22 = wp::mul(var_21, var_k_mu);
        var_23 = wp::mul(var_22, var_10);
        var_24 = wp::address(var_k_lambda, var_0);
        var_26 = wp::load(var_24);
        var_25 = wp::mul(var_26, var_11);
        var_28 = wp::identity<3, wp::float32>();
        var_29 = wp::mul(var_25, var_28);
        var_30 = wp::add(var_23, var_29);
        // pk1[tid] = Fe @ S                                                                      <L 19>
        var_31 = wp::mul(var_2, var_30);
        wp::array_store(var_pk1, var_0, var_31);
    }
}



extern "C" __global__ void elastic_energy_a62ded20_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_def_grads,
    wp::array_t<wp::float32> var_k_lambda,
    wp::float32 var_k_mu,
    wp::array_t<wp::float32> var_psi,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_pk1,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_def_grads,
    wp::array_t<wp::float32> adj_k_lambda,
    wp::float32 adj_k_mu,
    wp::array_t<wp::float32> adj_psi,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_pk1)
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
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        const wp::float32 var_4 = 0.5;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::mat_t<3, 3, wp::float32> var_6;
        const wp::int32 var_7 = 3;
        wp::mat_t<3, 3, wp::float32> var_8;
        wp::mat_t<3, 3, wp::float32> var_9;
        wp::mat_t<3, 3, wp::float32> var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.5;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 2.0;
        wp::float32 var_22;
        wp::mat_t<3, 3, wp::float32> var_23;
        wp::float32* var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 3;
        wp::mat_t<3, 3, wp::float32> var_28;
        wp::mat_t<3, 3, wp::float32> var_29;
        wp::mat_t<3, 3, wp::float32> var_30;
        wp::mat_t<3, 3, wp::float32> var_31;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<3, 3, wp::float32> adj_1 = {};
        wp::mat_t<3, 3, wp::float32> adj_2 = {};
        wp::mat_t<3, 3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::mat_t<3, 3, wp::float32> adj_5 = {};
        wp::mat_t<3, 3, wp::float32> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::mat_t<3, 3, wp::float32> adj_8 = {};
        wp::mat_t<3, 3, wp::float32> adj_9 = {};
        wp::mat_t<3, 3, wp::float32> adj_10 = {};
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
        wp::mat_t<3, 3, wp::float32> adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::mat_t<3, 3, wp::float32> adj_28 = {};
        wp::mat_t<3, 3, wp::float32> adj_29 = {};
        wp::mat_t<3, 3, wp::float32> adj_30 = {};
        wp::mat_t<3, 3, wp::float32> adj_31 = {};
        //---------
        // forward
        // def elastic_energy(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // Fe = def_grads[tid]                                                                    <L 13>
        var_1 = wp::address(var_def_grads, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // strain = 0.5 * (wp.transpose(Fe) @ Fe - wp.identity(n=3, dtype=float))                 <L 14>
        var_5 = wp::transpose(var_2);
        var_6 = wp::mul(var_5, var_2);
        var_8 = wp::identity<3, wp::float32>();
        var_9 = wp::sub(var_6, var_8);
        var_10 = wp::mul(var_4, var_9);
        // tr = wp.trace(strain)                                                                  <L 15>
        var_11 = wp::trace(var_10);
        // psi[tid] = k_mu * wp.ddot(strain, strain) + 0.5 * k_lambda[tid] * tr * tr              <L 16>
        var_12 = wp::ddot(var_10, var_10);
        var_13 = wp::mul(var_k_mu, var_12);
        var_15 = wp::address(var_k_lambda, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::mul(var_14, var_17);
        var_18 = wp::mul(var_16, var_11);
        var_19 = wp::mul(var_18, var_11);
        var_20 = wp::add(var_13, var_19);
        // wp::array_store(var_psi, var_0, var_20);
        // S = 2.0 * k_mu * strain + k_lambda[tid] * tr * wp.identity(n=3, dtype=float)           <L 18>
        var_22 = wp::mul(var_21, var_k_mu);
        var_23 = wp::mul(var_22, var_10);
        var_24 = wp::address(var_k_lambda, var_0);
        var_26 = wp::load(var_24);
        var_25 = wp::mul(var_26, var_11);
        var_28 = wp::identity<3, wp::float32>();
        var_29 = wp::mul(var_25, var_28);
        var_30 = wp::add(var_23, var_29);
        // pk1[tid] = Fe @ S                                                                      <L 19>
        var_31 = wp::mul(var_2, var_30);
        // wp::array_store(var_pk1, var_0, var_31);
        //---------
        // reverse
        wp::adj_array_store(var_pk1, var_0, var_31, adj_pk1, adj_0, adj_31);
        wp::adj_mul(var_2, var_30, adj_2, adj_30, adj_31);
        // adj: pk1[tid] = Fe @ S                                                                 <L 19>
        wp::adj_add(var_23, var_29, adj_23, adj_29, adj_30);
        wp::adj_mul(var_25, var_28, adj_25, adj_28, adj_29);
        wp::adj_mul(var_26, var_11, adj_24, adj_11, adj_25);
        wp::adj_address(var_k_lambda, var_0, adj_k_lambda, adj_0, adj_24);
        wp::adj_mul(var_22, var_10, adj_22, adj_10, adj_23);
        wp::adj_mul(var_21, var_k_mu, adj_21, adj_k_mu, adj_22);
        // adj: S = 2.0 * k_mu * strain + k_lambda[tid] * tr * wp.identity(n=3, dtype=float)      <L 18>
        wp::adj_array_store(var_psi, var_0, var_20, adj_psi, adj_0, adj_20);
        wp::adj_add(var_13, var_19, adj_13, adj_19, adj_20);
        wp::adj_mul(var_18, var_11, adj_18, adj_11, adj_19);
        wp::adj_mul(var_16, var_11, adj_16, adj_11, adj_18);
        wp::adj_mul(var_14, var_17, adj_14, adj_15, adj_16);
        wp::adj_address(var_k_lambda, var_0, adj_k_lambda, adj_0, adj_15);
        wp::adj_mul(var_k_mu, var_12, adj_k_mu, adj_12, adj_13);
        wp::adj_ddot(var_10, var_10, adj_10, adj_10, adj_12);
        // adj: psi[tid] = k_mu * wp.ddot(strain, strain) + 0.5 * k_lambda[tid] * tr * tr         <L 16>
        wp::adj_trace(var_10, adj_10, adj_11);
        // adj: tr = wp.trace(strain)                                                             <L 15>
        wp::adj_mul(var_4, var_9, adj_4, adj_9, adj_10);
        wp::adj_sub(var_6, var_8, adj_6, adj_8, adj_9);
        wp::adj_mul(var_5, var_2, adj_5, adj_2, adj_6);
        wp::adj_transpose(var_2, adj_2, adj_5);
        // adj: strain = 0.5 * (wp.transpose(Fe) @ Fe - wp.identity(n=3, dtype=float))            <L 14>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_def_grads, var_0, adj_def_grads, adj_0, adj_1);
        // adj: Fe = def_grads[tid]                                                               <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def elastic_energy(                                                               <L 5>
        continue;
    }
}



extern "C" __global__ void polar_decomposition_ec757c13_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_def_grads,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_rotation_matrices,
    wp::array_t<wp::vec_t<3, wp::float32>> var_principal_stretches)
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
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::mat_t<3, 3, wp::float32> var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.0;
        bool var_11;
        const wp::float32 var_12 = 1.0;
        const wp::float32 var_13 = 1.0;
        const wp::float32 var_14 = -1.0;
        wp::vec_t<3, wp::float32> var_15;
        wp::mat_t<3, 3, wp::float32> var_16;
        wp::mat_t<3, 3, wp::float32> var_17;
        const wp::float32 var_18 = 1.0;
        const wp::float32 var_19 = 1.0;
        const wp::float32 var_20 = -1.0;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::mat_t<3, 3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::mat_t<3, 3, wp::float32> var_25;
        wp::mat_t<3, 3, wp::float32> var_26;
        //---------
        // forward
        // def polar_decomposition(                                                               <L 64>
        // tid = wp.tid()                                                                         <L 69>
        var_0 = builtin_tid1d();
        // def_grad = def_grads[tid]                                                              <L 70>
        var_1 = wp::address(var_def_grads, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // U = wp.mat33()                                                                         <L 71>
        var_4 = wp::mat_t<3, 3, wp::float32>();
        // sigma = wp.vec3()                                                                      <L 72>
        var_5 = wp::vec_t<3, wp::float32>();
        // V = wp.mat33()                                                                         <L 73>
        var_6 = wp::mat_t<3, 3, wp::float32>();
        // wp.svd3(def_grad, U, sigma, V)                                                         <L 74>
        wp::svd3(var_2, var_4, var_5, var_6);
        // if wp.determinant(U @ wp.transpose(V)) < 0.0:                                          <L 76>
        var_7 = wp::transpose(var_6);
        var_8 = wp::mul(var_4, var_7);
        var_9 = wp::determinant(var_8);
        var_11 = (var_9 < var_10);
        if (var_11) {
            // U = U @ wp.diag(wp.vec3(1.0, 1.0, -1.0))                                           <L 77>
            var_15 = wp::vec_t<3, wp::float32>(var_12, var_13, var_14);
            var_16 = wp::diag(var_15);
            var_17 = wp::mul(var_4, var_16);
            // sigma = wp.cw_mul(sigma, wp.vec3(1.0, 1.0, -1.0))                                  <L 78>
            var_21 = wp::vec_t<3, wp::float32>(var_18, var_19, var_20);
            var_22 = wp::cw_mul(var_5, var_21);
        }
        var_23 = wp::where(var_11, var_17, var_4);
        var_24 = wp::where(var_11, var_22, var_5);
        // rotation_matrices[tid] = U @ wp.transpose(V)                                           <L 79>
        var_25 = wp::transpose(var_6);
        var_26 = wp::mul(var_23, var_25);
        wp::array_store(var_rotation_matrices, var_0, var_26);
        // principal_stretches[tid] = sigma                                                       <L 80>
        wp::array_store(var_principal_stretches, var_0, var_24);
    }
}



extern "C" __global__ void polar_decomposition_ec757c13_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_def_grads,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_rotation_matrices,
    wp::array_t<wp::vec_t<3, wp::float32>> var_principal_stretches,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_def_grads,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_rotation_matrices,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_principal_stretches)
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
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::mat_t<3, 3, wp::float32> var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.0;
        bool var_11;
        const wp::float32 var_12 = 1.0;
        const wp::float32 var_13 = 1.0;
        const wp::float32 var_14 = -1.0;
        wp::vec_t<3, wp::float32> var_15;
        wp::mat_t<3, 3, wp::float32> var_16;
        wp::mat_t<3, 3, wp::float32> var_17;
        const wp::float32 var_18 = 1.0;
        const wp::float32 var_19 = 1.0;
        const wp::float32 var_20 = -1.0;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::mat_t<3, 3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::mat_t<3, 3, wp::float32> var_25;
        wp::mat_t<3, 3, wp::float32> var_26;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<3, 3, wp::float32> adj_1 = {};
        wp::mat_t<3, 3, wp::float32> adj_2 = {};
        wp::mat_t<3, 3, wp::float32> adj_3 = {};
        wp::mat_t<3, 3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::mat_t<3, 3, wp::float32> adj_6 = {};
        wp::mat_t<3, 3, wp::float32> adj_7 = {};
        wp::mat_t<3, 3, wp::float32> adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        bool adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::mat_t<3, 3, wp::float32> adj_16 = {};
        wp::mat_t<3, 3, wp::float32> adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::mat_t<3, 3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::mat_t<3, 3, wp::float32> adj_25 = {};
        wp::mat_t<3, 3, wp::float32> adj_26 = {};
        //---------
        // forward
        // def polar_decomposition(                                                               <L 64>
        // tid = wp.tid()                                                                         <L 69>
        var_0 = builtin_tid1d();
        // def_grad = def_grads[tid]                                                              <L 70>
        var_1 = wp::address(var_def_grads, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // U = wp.mat33()                                                                         <L 71>
        var_4 = wp::mat_t<3, 3, wp::float32>();
        // sigma = wp.vec3()                                                                      <L 72>
        var_5 = wp::vec_t<3, wp::float32>();
        // V = wp.mat33()                                                                         <L 73>
        var_6 = wp::mat_t<3, 3, wp::float32>();
        // wp.svd3(def_grad, U, sigma, V)                                                         <L 74>
        wp::svd3(var_2, var_4, var_5, var_6);
        // if wp.determinant(U @ wp.transpose(V)) < 0.0:                                          <L 76>
        var_7 = wp::transpose(var_6);
        var_8 = wp::mul(var_4, var_7);
        var_9 = wp::determinant(var_8);
        var_11 = (var_9 < var_10);
        if (var_11) {
            // U = U @ wp.diag(wp.vec3(1.0, 1.0, -1.0))                                           <L 77>
            var_15 = wp::vec_t<3, wp::float32>(var_12, var_13, var_14);
            var_16 = wp::diag(var_15);
            var_17 = wp::mul(var_4, var_16);
            // sigma = wp.cw_mul(sigma, wp.vec3(1.0, 1.0, -1.0))                                  <L 78>
            var_21 = wp::vec_t<3, wp::float32>(var_18, var_19, var_20);
            var_22 = wp::cw_mul(var_5, var_21);
        }
        var_23 = wp::where(var_11, var_17, var_4);
        var_24 = wp::where(var_11, var_22, var_5);
        // rotation_matrices[tid] = U @ wp.transpose(V)                                           <L 79>
        var_25 = wp::transpose(var_6);
        var_26 = wp::mul(var_23, var_25);
        // wp::array_store(var_rotation_matrices, var_0, var_26);
        // principal_stretches[tid] = sigma                                                       <L 80>
        // wp::array_store(var_principal_stretches, var_0, var_24);
        //---------
        // reverse
        wp::adj_array_store(var_principal_stretches, var_0, var_24, adj_principal_stretches, adj_0, adj_24);
        // adj: principal_stretches[tid] = sigma                                                  <L 80>
        wp::adj_array_store(var_rotation_matrices, var_0, var_26, adj_rotation_matrices, adj_0, adj_26);
        wp::adj_mul(var_23, var_25, adj_23, adj_25, adj_26);
        wp::adj_transpose(var_6, adj_6, adj_25);
        // adj: rotation_matrices[tid] = U @ wp.transpose(V)                                      <L 79>
        wp::adj_where(var_11, var_22, var_5, adj_11, adj_22, adj_5, adj_24);
        wp::adj_where(var_11, var_17, var_4, adj_11, adj_17, adj_4, adj_23);
        if (var_11) {
            wp::adj_cw_mul(var_5, var_21, adj_5, adj_21, adj_22);
            wp::adj_vec_t(var_18, var_19, var_20, adj_18, adj_19, adj_20, adj_21);
            // adj: sigma = wp.cw_mul(sigma, wp.vec3(1.0, 1.0, -1.0))                             <L 78>
            wp::adj_mul(var_4, var_16, adj_4, adj_16, adj_17);
            wp::adj_diag(var_15, adj_15, adj_16);
            wp::adj_vec_t(var_12, var_13, var_14, adj_12, adj_13, adj_14, adj_15);
            // adj: U = U @ wp.diag(wp.vec3(1.0, 1.0, -1.0))                                      <L 77>
        }
        wp::adj_determinant(var_8, adj_8, adj_9);
        wp::adj_mul(var_4, var_7, adj_4, adj_7, adj_8);
        wp::adj_transpose(var_6, adj_6, adj_7);
        // adj: if wp.determinant(U @ wp.transpose(V)) < 0.0:                                     <L 76>
        wp::adj_svd3(var_2, var_4, var_5, var_6, adj_2, adj_4, adj_5, adj_6);
        // adj: wp.svd3(def_grad, U, sigma, V)                                                    <L 74>
        // adj: V = wp.mat33()                                                                    <L 73>
        // adj: sigma = wp.vec3()                                                                 <L 72>
        // adj: U = wp.mat33()                                                                    <L 71>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_def_grads, var_0, adj_def_grads, adj_0, adj_1);
        // adj: def_grad = def_grads[tid]                                                         <L 70>
        // adj: tid = wp.tid()                                                                    <L 69>
        // adj: def polar_decomposition(                                                          <L 64>
        continue;
    }
}



extern "C" __global__ void block_jacobi_step_f4f1897d_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_active_count,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_def_grads,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b,
    wp::array_t<wp::vec_t<3, wp::float32>> var_u)
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
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::mat_t<3, 3, wp::float32> var_11;
        wp::mat_t<3, 3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        const wp::int32 var_15 = 0;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::float32 var_18 = 1e-06;
        bool var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::int32 var_23 = 1;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::float32 var_26 = 1e-06;
        bool var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 2;
        wp::float32 var_32;
        wp::float32 var_33;
        const wp::float32 var_34 = 1e-06;
        bool var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        //---------
        // forward
        // def block_jacobi_step(                                                                 <L 100>
        // tid = wp.tid()                                                                         <L 106>
        var_0 = builtin_tid1d();
        // if tid >= active_count[0]:                                                             <L 107>
        var_2 = wp::address(var_active_count, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 108>
            continue;
        }
        // F = def_grads[tid]                                                                     <L 109>
        var_5 = wp::address(var_def_grads, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // w = b[tid]                                                                             <L 110>
        var_8 = wp::address(var_b, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // d = wp.get_diag(wp.transpose(F) @ F)                                                   <L 111>
        var_11 = wp::transpose(var_6);
        var_12 = wp::mul(var_11, var_6);
        var_13 = wp::get_diag(var_12);
        // scaled = wp.vec3()                                                                     <L 112>
        var_14 = wp::vec_t<3, wp::float32>();
        // for k in range(3):                                                                     <L 113>
        // if wp.abs(d[k]) > 1.0e-6:                                                              <L 114>
        var_16 = wp::extract(var_13, var_15);
        var_17 = wp::abs(var_16);
        var_19 = (var_17 > var_18);
        if (var_19) {
            // scaled[k] = w[k] / d[k]                                                            <L 115>
            var_20 = wp::extract(var_9, var_15);
            var_21 = wp::extract(var_13, var_15);
            var_22 = wp::div(var_20, var_21);
            wp::assign_inplace(var_14, var_15, var_22);
        }
        // if wp.abs(d[k]) > 1.0e-6:                                                              <L 114>
        var_24 = wp::extract(var_13, var_23);
        var_25 = wp::abs(var_24);
        var_27 = (var_25 > var_26);
        if (var_27) {
            // scaled[k] = w[k] / d[k]                                                            <L 115>
            var_28 = wp::extract(var_9, var_23);
            var_29 = wp::extract(var_13, var_23);
            var_30 = wp::div(var_28, var_29);
            wp::assign_inplace(var_14, var_23, var_30);
        }
        // if wp.abs(d[k]) > 1.0e-6:                                                              <L 114>
        var_32 = wp::extract(var_13, var_31);
        var_33 = wp::abs(var_32);
        var_35 = (var_33 > var_34);
        if (var_35) {
            // scaled[k] = w[k] / d[k]                                                            <L 115>
            var_36 = wp::extract(var_9, var_31);
            var_37 = wp::extract(var_13, var_31);
            var_38 = wp::div(var_36, var_37);
            wp::assign_inplace(var_14, var_31, var_38);
        }
        // u[tid] = scaled                                                                        <L 116>
        wp::array_store(var_u, var_0, var_14);
    }
}



extern "C" __global__ void block_jacobi_step_f4f1897d_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_active_count,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_def_grads,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b,
    wp::array_t<wp::vec_t<3, wp::float32>> var_u,
    wp::array_t<wp::int32> adj_active_count,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_def_grads,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_b,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_u)
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
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::mat_t<3, 3, wp::float32> var_11;
        wp::mat_t<3, 3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        const wp::int32 var_15 = 0;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::float32 var_18 = 1e-06;
        bool var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::int32 var_23 = 1;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::float32 var_26 = 1e-06;
        bool var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 2;
        wp::float32 var_32;
        wp::float32 var_33;
        const wp::float32 var_34 = 1e-06;
        bool var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
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
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::mat_t<3, 3, wp::float32> adj_11 = {};
        wp::mat_t<3, 3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        bool adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        bool adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        bool adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        //---------
        // forward
        // def block_jacobi_step(                                                                 <L 100>
        // tid = wp.tid()                                                                         <L 106>
        var_0 = builtin_tid1d();
        // if tid >= active_count[0]:                                                             <L 107>
        var_2 = wp::address(var_active_count, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 108>
            goto label0;
        }
        // F = def_grads[tid]                                                                     <L 109>
        var_5 = wp::address(var_def_grads, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // w = b[tid]                                                                             <L 110>
        var_8 = wp::address(var_b, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // d = wp.get_diag(wp.transpose(F) @ F)                                                   <L 111>
        var_11 = wp::transpose(var_6);
        var_12 = wp::mul(var_11, var_6);
        var_13 = wp::get_diag(var_12);
        // scaled = wp.vec3()                                                                     <L 112>
        var_14 = wp::vec_t<3, wp::float32>();
        // for k in range(3):                                                                     <L 113>
        // if wp.abs(d[k]) > 1.0e-6:                                                              <L 114>
        var_16 = wp::extract(var_13, var_15);
        var_17 = wp::abs(var_16);
        var_19 = (var_17 > var_18);
        if (var_19) {
            // scaled[k] = w[k] / d[k]                                                            <L 115>
            var_20 = wp::extract(var_9, var_15);
            var_21 = wp::extract(var_13, var_15);
            var_22 = wp::div(var_20, var_21);
            wp::assign_inplace(var_14, var_15, var_22);
        }
        // if wp.abs(d[k]) > 1.0e-6:                                                              <L 114>
        var_24 = wp::extract(var_13, var_23);
        var_25 = wp::abs(var_24);
        var_27 = (var_25 > var_26);
        if (var_27) {
            // scaled[k] = w[k] / d[k]                                                            <L 115>
            var_28 = wp::extract(var_9, var_23);
            var_29 = wp::extract(var_13, var_23);
            var_30 = wp::div(var_28, var_29);
            wp::assign_inplace(var_14, var_23, var_30);
        }
        // if wp.abs(d[k]) > 1.0e-6:                                                              <L 114>
        var_32 = wp::extract(var_13, var_31);
        var_33 = wp::abs(var_32);
        var_35 = (var_33 > var_34);
        if (var_35) {
            // scaled[k] = w[k] / d[k]                                                            <L 115>
            var_36 = wp::extract(var_9, var_31);
            var_37 = wp::extract(var_13, var_31);
            var_38 = wp::div(var_36, var_37);
            wp::assign_inplace(var_14, var_31, var_38);
        }
        // u[tid] = scaled                                                                        <L 116>
        // wp::array_store(var_u, var_0, var_14);
        //---------
        // reverse
        wp::adj_array_store(var_u, var_0, var_14, adj_u, adj_0, adj_14);
        // adj: u[tid] = scaled                                                                   <L 116>
        if (var_35) {
            wp::adj_assign_inplace(var_14, var_31, var_38, adj_14, adj_31, adj_38);
            wp::adj_div(var_36, var_37, var_38, adj_36, adj_37, adj_38);
            wp::adj_extract(var_13, var_31, adj_13, adj_31, adj_37);
            wp::adj_extract(var_9, var_31, adj_9, adj_31, adj_36);
            // adj: scaled[k] = w[k] / d[k]                                                       <L 115>
        }
        wp::adj_abs(var_32, adj_32, adj_33);
        wp::adj_extract(var_13, var_31, adj_13, adj_31, adj_32);
        // adj: if wp.abs(d[k]) > 1.0e-6:                                                         <L 114>
        if (var_27) {
            wp::adj_assign_inplace(var_14, var_23, var_30, adj_14, adj_23, adj_30);
            wp::adj_div(var_28, var_29, var_30, adj_28, adj_29, adj_30);
            wp::adj_extract(var_13, var_23, adj_13, adj_23, adj_29);
            wp::adj_extract(var_9, var_23, adj_9, adj_23, adj_28);
            // adj: scaled[k] = w[k] / d[k]                                                       <L 115>
        }
        wp::adj_abs(var_24, adj_24, adj_25);
        wp::adj_extract(var_13, var_23, adj_13, adj_23, adj_24);
        // adj: if wp.abs(d[k]) > 1.0e-6:                                                         <L 114>
        if (var_19) {
            wp::adj_assign_inplace(var_14, var_15, var_22, adj_14, adj_15, adj_22);
            wp::adj_div(var_20, var_21, var_22, adj_20, adj_21, adj_22);
            wp::adj_extract(var_13, var_15, adj_13, adj_15, adj_21);
            wp::adj_extract(var_9, var_15, adj_9, adj_15, adj_20);
            // adj: scaled[k] = w[k] / d[k]                                                       <L 115>
        }
        wp::adj_abs(var_16, adj_16, adj_17);
        wp::adj_extract(var_13, var_15, adj_13, adj_15, adj_16);
        // adj: if wp.abs(d[k]) > 1.0e-6:                                                         <L 114>
        // adj: for k in range(3):                                                                <L 113>
        // adj: scaled = wp.vec3()                                                                <L 112>
        wp::adj_get_diag(var_12, adj_12, adj_13);
        wp::adj_mul(var_11, var_6, adj_11, adj_6, adj_12);
        wp::adj_transpose(var_6, adj_6, adj_11);
        // adj: d = wp.get_diag(wp.transpose(F) @ F)                                              <L 111>
        wp::adj_copy(var_10, adj_8, adj_9);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_8);
        // adj: w = b[tid]                                                                        <L 110>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_def_grads, var_0, adj_def_grads, adj_0, adj_5);
        // adj: F = def_grads[tid]                                                                <L 109>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 108>
        }
        wp::adj_address(var_active_count, var_1, adj_active_count, adj_1, adj_2);
        // adj: if tid >= active_count[0]:                                                        <L 107>
        // adj: tid = wp.tid()                                                                    <L 106>
        // adj: def block_jacobi_step(                                                            <L 100>
        continue;
    }
}

