// Warp 1.19.0 cuda code for qr_frames_e29545ca.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void qr_frames_dbb71ea3_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::quat_t<wp::float32>> var_orientations,
    wp::vec_t<3, wp::float32> var_spin_rate,
    wp::float32 var_time_step,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_rotation_matrices)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::quat_t<wp::float32>* var_1;
        wp::quat_t<wp::float32> var_2;
        wp::quat_t<wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32> var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::mat_t<3, 3, wp::float32> var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        wp::mat_t<3, 3, wp::float32> var_9;
        wp::mat_t<3, 3, wp::float32> var_10;
        const wp::float32 var_11 = 1.0;
        wp::vec_t<3, wp::float32> var_12;
        const wp::int32 var_13 = 0;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.0;
        bool var_16;
        const wp::float32 var_17 = -1.0;
        const wp::int32 var_18 = 1;
        wp::float32 var_19;
        const wp::float32 var_20 = 0.0;
        bool var_21;
        const wp::float32 var_22 = -1.0;
        const wp::int32 var_23 = 2;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.0;
        bool var_26;
        const wp::float32 var_27 = -1.0;
        wp::mat_t<3, 3, wp::float32> var_28;
        wp::mat_t<3, 3, wp::float32> var_29;
        //---------
        // forward
        // def qr_frames(                                                                         <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // q = orientations[tid]                                                                  <L 13>
        var_1 = wp::address(var_orientations, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // rot_mat = wp.quat_to_matrix(q)                                                         <L 14>
        var_4 = wp::quat_to_matrix(var_2);
        // rot_new = rot_mat + wp.skew(spin_rate) @ rot_mat * time_step                           <L 15>
        var_5 = wp::skew(var_spin_rate);
        var_6 = wp::mul(var_5, var_4);
        var_7 = wp::mul(var_6, var_time_step);
        var_8 = wp::add(var_4, var_7);
        // Q, R = wp.qr3(rot_new)                                                                 <L 16>
        wp::qr3(var_8, var_9, var_10);
        // signs = wp.vec3(1.0)                                                                   <L 18>
        var_12 = wp::vec_t<3, wp::float32>(var_11);
        // for k in range(3):                                                                     <L 19>
        // if R[k, k] < 0.0:                                                                      <L 20>
        var_14 = wp::extract(var_10, var_13, var_13);
        var_16 = (var_14 < var_15);
        if (var_16) {
            // signs[k] = -1.0                                                                    <L 21>
            wp::assign_inplace(var_12, var_13, var_17);
        }
        // if R[k, k] < 0.0:                                                                      <L 20>
        var_19 = wp::extract(var_10, var_18, var_18);
        var_21 = (var_19 < var_20);
        if (var_21) {
            // signs[k] = -1.0                                                                    <L 21>
            wp::assign_inplace(var_12, var_18, var_22);
        }
        // if R[k, k] < 0.0:                                                                      <L 20>
        var_24 = wp::extract(var_10, var_23, var_23);
        var_26 = (var_24 < var_25);
        if (var_26) {
            // signs[k] = -1.0                                                                    <L 21>
            wp::assign_inplace(var_12, var_23, var_27);
        }
        // rotation_matrices[tid] = Q @ wp.diag(signs)                                            <L 22>
        var_28 = wp::diag(var_12);
        var_29 = wp::mul(var_9, var_28);
        wp::array_store(var_rotation_matrices, var_0, var_29);
}



extern "C" __global__ void qr_frames_dbb71ea3_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::quat_t<wp::float32>> var_orientations,
    wp::vec_t<3, wp::float32> var_spin_rate,
    wp::float32 var_time_step,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_rotation_matrices,
    wp::array_t<wp::quat_t<wp::float32>> adj_orientations,
    wp::vec_t<3, wp::float32> adj_spin_rate,
    wp::float32 adj_time_step,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_rotation_matrices)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::quat_t<wp::float32>* var_1;
        wp::quat_t<wp::float32> var_2;
        wp::quat_t<wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32> var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::mat_t<3, 3, wp::float32> var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        wp::mat_t<3, 3, wp::float32> var_9;
        wp::mat_t<3, 3, wp::float32> var_10;
        const wp::float32 var_11 = 1.0;
        wp::vec_t<3, wp::float32> var_12;
        const wp::int32 var_13 = 0;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.0;
        bool var_16;
        const wp::float32 var_17 = -1.0;
        const wp::int32 var_18 = 1;
        wp::float32 var_19;
        const wp::float32 var_20 = 0.0;
        bool var_21;
        const wp::float32 var_22 = -1.0;
        const wp::int32 var_23 = 2;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.0;
        bool var_26;
        const wp::float32 var_27 = -1.0;
        wp::mat_t<3, 3, wp::float32> var_28;
        wp::mat_t<3, 3, wp::float32> var_29;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::quat_t<wp::float32> adj_1 = {};
        wp::quat_t<wp::float32> adj_2 = {};
        wp::quat_t<wp::float32> adj_3 = {};
        wp::mat_t<3, 3, wp::float32> adj_4 = {};
        wp::mat_t<3, 3, wp::float32> adj_5 = {};
        wp::mat_t<3, 3, wp::float32> adj_6 = {};
        wp::mat_t<3, 3, wp::float32> adj_7 = {};
        wp::mat_t<3, 3, wp::float32> adj_8 = {};
        wp::mat_t<3, 3, wp::float32> adj_9 = {};
        wp::mat_t<3, 3, wp::float32> adj_10 = {};
        wp::float32 adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        bool adj_16 = {};
        wp::float32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        bool adj_21 = {};
        wp::float32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        bool adj_26 = {};
        wp::float32 adj_27 = {};
        wp::mat_t<3, 3, wp::float32> adj_28 = {};
        wp::mat_t<3, 3, wp::float32> adj_29 = {};
        //---------
        // forward
        // def qr_frames(                                                                         <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // q = orientations[tid]                                                                  <L 13>
        var_1 = wp::address(var_orientations, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // rot_mat = wp.quat_to_matrix(q)                                                         <L 14>
        var_4 = wp::quat_to_matrix(var_2);
        // rot_new = rot_mat + wp.skew(spin_rate) @ rot_mat * time_step                           <L 15>
        var_5 = wp::skew(var_spin_rate);
        var_6 = wp::mul(var_5, var_4);
        var_7 = wp::mul(var_6, var_time_step);
        var_8 = wp::add(var_4, var_7);
        // Q, R = wp.qr3(rot_new)                                                                 <L 16>
        wp::qr3(var_8, var_9, var_10);
        // signs = wp.vec3(1.0)                                                                   <L 18>
        var_12 = wp::vec_t<3, wp::float32>(var_11);
        // for k in range(3):                                                                     <L 19>
        // if R[k, k] < 0.0:                                                                      <L 20>
        var_14 = wp::extract(var_10, var_13, var_13);
        var_16 = (var_14 < var_15);
        if (var_16) {
            // signs[k] = -1.0                                                                    <L 21>
            wp::assign_inplace(var_12, var_13, var_17);
        }
        // if R[k, k] < 0.0:                                                                      <L 20>
        var_19 = wp::extract(var_10, var_18, var_18);
        var_21 = (var_19 < var_20);
        if (var_21) {
            // signs[k] = -1.0                                                                    <L 21>
            wp::assign_inplace(var_12, var_18, var_22);
        }
        // if R[k, k] < 0.0:                                                                      <L 20>
        var_24 = wp::extract(var_10, var_23, var_23);
        var_26 = (var_24 < var_25);
        if (var_26) {
            // signs[k] = -1.0                                                                    <L 21>
            wp::assign_inplace(var_12, var_23, var_27);
        }
        // rotation_matrices[tid] = Q @ wp.diag(signs)                                            <L 22>
        var_28 = wp::diag(var_12);
        var_29 = wp::mul(var_9, var_28);
        // wp::array_store(var_rotation_matrices, var_0, var_29);
        //---------
        // reverse
        wp::adj_array_store(var_rotation_matrices, var_0, var_29, adj_rotation_matrices, adj_0, adj_29);
        wp::adj_mul(var_9, var_28, adj_9, adj_28, adj_29);
        wp::adj_diag(var_12, adj_12, adj_28);
        // adj: rotation_matrices[tid] = Q @ wp.diag(signs)                                       <L 22>
        if (var_26) {
            wp::adj_assign_inplace(var_12, var_23, var_27, adj_12, adj_23, adj_27);
            // adj: signs[k] = -1.0                                                               <L 21>
        }
        wp::adj_extract(var_10, var_23, var_23, adj_10, adj_23, adj_23, adj_24);
        // adj: if R[k, k] < 0.0:                                                                 <L 20>
        if (var_21) {
            wp::adj_assign_inplace(var_12, var_18, var_22, adj_12, adj_18, adj_22);
            // adj: signs[k] = -1.0                                                               <L 21>
        }
        wp::adj_extract(var_10, var_18, var_18, adj_10, adj_18, adj_18, adj_19);
        // adj: if R[k, k] < 0.0:                                                                 <L 20>
        if (var_16) {
            wp::adj_assign_inplace(var_12, var_13, var_17, adj_12, adj_13, adj_17);
            // adj: signs[k] = -1.0                                                               <L 21>
        }
        wp::adj_extract(var_10, var_13, var_13, adj_10, adj_13, adj_13, adj_14);
        // adj: if R[k, k] < 0.0:                                                                 <L 20>
        // adj: for k in range(3):                                                                <L 19>
        wp::adj_vec_t(var_11, adj_11, adj_12);
        // adj: signs = wp.vec3(1.0)                                                              <L 18>
        wp::adj_qr3(var_8, var_9, var_10, adj_8, adj_9, adj_10);
        // adj: Q, R = wp.qr3(rot_new)                                                            <L 16>
        wp::adj_add(var_4, var_7, adj_4, adj_7, adj_8);
        wp::adj_mul(var_6, var_time_step, adj_6, adj_time_step, adj_7);
        wp::adj_mul(var_5, var_4, adj_5, adj_4, adj_6);
        wp::adj_skew(var_spin_rate, adj_spin_rate, adj_5);
        // adj: rot_new = rot_mat + wp.skew(spin_rate) @ rot_mat * time_step                      <L 15>
        wp::adj_quat_to_matrix(var_2, adj_2, adj_4);
        // adj: rot_mat = wp.quat_to_matrix(q)                                                    <L 14>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_orientations, var_0, adj_orientations, adj_0, adj_1);
        // adj: q = orientations[tid]                                                             <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def qr_frames(                                                                    <L 5>
        return;
}

