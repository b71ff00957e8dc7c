// Warp 1.19.0 cuda code for qr_frames_802c5780.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void qr_frames_b4f50962_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_body_inv_mass,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_rotation_matrices)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 0.0;
        bool var_5;
        wp::mat_t<3, 3, wp::float32>* var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        wp::mat_t<3, 3, wp::float32> var_9;
        const wp::float32 var_10 = 1.0;
        wp::vec_t<3, wp::float32> var_11;
        const wp::int32 var_12 = 0;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.0;
        bool var_15;
        const wp::float32 var_16 = -1.0;
        const wp::int32 var_17 = 1;
        wp::float32 var_18;
        const wp::float32 var_19 = 0.0;
        bool var_20;
        const wp::float32 var_21 = -1.0;
        const wp::int32 var_22 = 2;
        wp::float32 var_23;
        const wp::float32 var_24 = 0.0;
        bool var_25;
        const wp::float32 var_26 = -1.0;
        wp::mat_t<3, 3, wp::float32> var_27;
        wp::mat_t<3, 3, wp::float32> var_28;
        //---------
        // forward
        // def qr_frames(body_inv_mass: wp.array(dtype=float), rotation_matrices: wp.array(dtype=wp.mat33)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // w = body_inv_mass[tid]                                                                 <L 7>
        var_1 = wp::address(var_body_inv_mass, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if w == 0.0:                                                                           <L 9>
        var_5 = (var_2 == var_4);
        if (var_5) {
            // return                                                                             <L 10>
            continue;
        }
        // Q, R = wp.qr3(rotation_matrices[tid])                                                  <L 11>
        var_6 = wp::address(var_rotation_matrices, var_0);
        var_9 = wp::load(var_6);
        wp::qr3(var_9, var_7, var_8);
        // signs = wp.vec3(1.0)                                                                   <L 13>
        var_11 = wp::vec_t<3, wp::float32>(var_10);
        // for k in range(3):                                                                     <L 14>
        // if R[k, k] < 0.0:                                                                      <L 15>
        var_13 = wp::extract(var_8, var_12, var_12);
        var_15 = (var_13 < var_14);
        if (var_15) {
            // signs[k] = -1.0                                                                    <L 16>
            wp::assign_inplace(var_11, var_12, var_16);
        }
        // if R[k, k] < 0.0:                                                                      <L 15>
        var_18 = wp::extract(var_8, var_17, var_17);
        var_20 = (var_18 < var_19);
        if (var_20) {
            // signs[k] = -1.0                                                                    <L 16>
            wp::assign_inplace(var_11, var_17, var_21);
        }
        // if R[k, k] < 0.0:                                                                      <L 15>
        var_23 = wp::extract(var_8, var_22, var_22);
        var_25 = (var_23 < var_24);
        if (var_25) {
            // signs[k] = -1.0                                                                    <L 16>
            wp::assign_inplace(var_11, var_22, var_26);
        }
        // rotation_matrices[tid] = Q @ wp.diag(signs)                                            <L 17>
        var_27 = wp::diag(var_11);
        var_28 = wp::mul(var_7, var_27);
        wp::array_store(var_rotation_matrices, var_0, var_28);
    }
}



extern "C" __global__ void qr_frames_b4f50962_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_body_inv_mass,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_rotation_matrices,
    wp::array_t<wp::float32> adj_body_inv_mass,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_rotation_matrices)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 0.0;
        bool var_5;
        wp::mat_t<3, 3, wp::float32>* var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        wp::mat_t<3, 3, wp::float32> var_9;
        const wp::float32 var_10 = 1.0;
        wp::vec_t<3, wp::float32> var_11;
        const wp::int32 var_12 = 0;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.0;
        bool var_15;
        const wp::float32 var_16 = -1.0;
        const wp::int32 var_17 = 1;
        wp::float32 var_18;
        const wp::float32 var_19 = 0.0;
        bool var_20;
        const wp::float32 var_21 = -1.0;
        const wp::int32 var_22 = 2;
        wp::float32 var_23;
        const wp::float32 var_24 = 0.0;
        bool var_25;
        const wp::float32 var_26 = -1.0;
        wp::mat_t<3, 3, wp::float32> var_27;
        wp::mat_t<3, 3, wp::float32> var_28;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        bool adj_5 = {};
        wp::mat_t<3, 3, wp::float32> adj_6 = {};
        wp::mat_t<3, 3, wp::float32> adj_7 = {};
        wp::mat_t<3, 3, wp::float32> adj_8 = {};
        wp::mat_t<3, 3, wp::float32> adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        bool adj_15 = {};
        wp::float32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        bool adj_20 = {};
        wp::float32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        bool adj_25 = {};
        wp::float32 adj_26 = {};
        wp::mat_t<3, 3, wp::float32> adj_27 = {};
        wp::mat_t<3, 3, wp::float32> adj_28 = {};
        //---------
        // forward
        // def qr_frames(body_inv_mass: wp.array(dtype=float), rotation_matrices: wp.array(dtype=wp.mat33)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // w = body_inv_mass[tid]                                                                 <L 7>
        var_1 = wp::address(var_body_inv_mass, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if w == 0.0:                                                                           <L 9>
        var_5 = (var_2 == var_4);
        if (var_5) {
            // return                                                                             <L 10>
            goto label0;
        }
        // Q, R = wp.qr3(rotation_matrices[tid])                                                  <L 11>
        var_6 = wp::address(var_rotation_matrices, var_0);
        var_9 = wp::load(var_6);
        wp::qr3(var_9, var_7, var_8);
        // signs = wp.vec3(1.0)                                                                   <L 13>
        var_11 = wp::vec_t<3, wp::float32>(var_10);
        // for k in range(3):                                                                     <L 14>
        // if R[k, k] < 0.0:                                                                      <L 15>
        var_13 = wp::extract(var_8, var_12, var_12);
        var_15 = (var_13 < var_14);
        if (var_15) {
            // signs[k] = -1.0                                                                    <L 16>
            wp::assign_inplace(var_11, var_12, var_16);
        }
        // if R[k, k] < 0.0:                                                                      <L 15>
        var_18 = wp::extract(var_8, var_17, var_17);
        var_20 = (var_18 < var_19);
        if (var_20) {
            // signs[k] = -1.0                                                                    <L 16>
            wp::assign_inplace(var_11, var_17, var_21);
        }
        // if R[k, k] < 0.0:                                                                      <L 15>
        var_23 = wp::extract(var_8, var_22, var_22);
        var_25 = (var_23 < var_24);
        if (var_25) {
            // signs[k] = -1.0                                                                    <L 16>
            wp::assign_inplace(var_11, var_22, var_26);
        }
        // rotation_matrices[tid] = Q @ wp.diag(signs)                                            <L 17>
        var_27 = wp::diag(var_11);
        var_28 = wp::mul(var_7, var_27);
        // wp::array_store(var_rotation_matrices, var_0, var_28);
        //---------
        // reverse
        wp::adj_array_store(var_rotation_matrices, var_0, var_28, adj_rotation_matrices, adj_0, adj_28);
        wp::adj_mul(var_7, var_27, adj_7, adj_27, adj_28);
        wp::adj_diag(var_11, adj_11, adj_27);
        // adj: rotation_matrices[tid] = Q @ wp.diag(signs)                                       <L 17>
        if (var_25) {
            wp::adj_assign_inplace(var_11, var_22, var_26, adj_11, adj_22, adj_26);
            // adj: signs[k] = -1.0                                                               <L 16>
        }
        wp::adj_extract(var_8, var_22, var_22, adj_8, adj_22, adj_22, adj_23);
        // adj: if R[k, k] < 0.0:                                                                 <L 15>
        if (var_20) {
            wp::adj_assign_inplace(var_11, var_17, var_21, adj_11, adj_17, adj_21);
            // adj: signs[k] = -1.0                                                               <L 16>
        }
        wp::adj_extract(var_8, var_17, var_17, adj_8, adj_17, adj_17, adj_18);
        // adj: if R[k, k] < 0.0:                                                                 <L 15>
        if (var_15) {
            wp::adj_assign_inplace(var_11, var_12, var_16, adj_11, adj_12, adj_16);
            // adj: signs[k] = -1.0                                                               <L 16>
        }
        wp::adj_extract(var_8, var_12, var_12, adj_8, adj_12, adj_12, adj_13);
        // adj: if R[k, k] < 0.0:                                                                 <L 15>
        // adj: for k in range(3):                                                                <L 14>
        wp::adj_vec_t(var_10, adj_10, adj_11);
        // adj: signs = wp.vec3(1.0)                                                              <L 13>
        wp::adj_qr3(var_9, var_7, var_8, adj_6, adj_7, adj_8);
        wp::adj_address(var_rotation_matrices, var_0, adj_rotation_matrices, adj_0, adj_6);
        // adj: Q, R = wp.qr3(rotation_matrices[tid])                                             <L 11>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 10>
        }
        // adj: if w == 0.0:                                                                      <L 9>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_body_inv_mass, var_0, adj_body_inv_mass, adj_0, adj_1);
        // adj: w = body_inv_mass[tid]                                                            <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def qr_frames(body_inv_mass: wp.array(dtype=float), rotation_matrices: wp.array(dtype=wp.mat33)):  <L 5>
        continue;
    }
}

