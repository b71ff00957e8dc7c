// Warp 1.19.0 cuda code for gram_schmidt_3db7ec69.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void gram_schmidt_a85d046b_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
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
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32> var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        const wp::float32 var_6 = 1.0;
        wp::vec_t<3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.0;
        bool var_11;
        const wp::float32 var_12 = -1.0;
        const wp::int32 var_13 = 1;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.0;
        bool var_16;
        const wp::float32 var_17 = -1.0;
        const wp::int32 var_18 = 2;
        wp::float32 var_19;
        const wp::float32 var_20 = 0.0;
        bool var_21;
        const wp::float32 var_22 = -1.0;
        wp::mat_t<3, 3, wp::float32> var_23;
        wp::mat_t<3, 3, wp::float32> var_24;
        //---------
        // forward
        // def gram_schmidt(rotation_matrices: wp.array[wp.mat33]):                               <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // rot_mat = rotation_matrices[tid]                                                       <L 7>
        var_1 = wp::address(var_rotation_matrices, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // Q, R = wp.qr3(rot_mat)                                                                 <L 8>
        wp::qr3(var_2, var_4, var_5);
        // signs = wp.vec3(1.0)                                                                   <L 10>
        var_7 = wp::vec_t<3, wp::float32>(var_6);
        // for k in range(3):                                                                     <L 11>
        // if R[k, k] < 0.0:                                                                      <L 12>
        var_9 = wp::extract(var_5, var_8, var_8);
        var_11 = (var_9 < var_10);
        if (var_11) {
            // signs[k] = -1.0                                                                    <L 13>
            wp::assign_inplace(var_7, var_8, var_12);
        }
        // if R[k, k] < 0.0:                                                                      <L 12>
        var_14 = wp::extract(var_5, var_13, var_13);
        var_16 = (var_14 < var_15);
        if (var_16) {
            // signs[k] = -1.0                                                                    <L 13>
            wp::assign_inplace(var_7, var_13, var_17);
        }
        // if R[k, k] < 0.0:                                                                      <L 12>
        var_19 = wp::extract(var_5, var_18, var_18);
        var_21 = (var_19 < var_20);
        if (var_21) {
            // signs[k] = -1.0                                                                    <L 13>
            wp::assign_inplace(var_7, var_18, var_22);
        }
        // rotation_matrices[tid] = Q @ wp.diag(signs)                                            <L 14>
        var_23 = wp::diag(var_7);
        var_24 = wp::mul(var_4, var_23);
        wp::array_store(var_rotation_matrices, var_0, var_24);
}



extern "C" __global__ void gram_schmidt_a85d046b_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_rotation_matrices,
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
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32> var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        const wp::float32 var_6 = 1.0;
        wp::vec_t<3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.0;
        bool var_11;
        const wp::float32 var_12 = -1.0;
        const wp::int32 var_13 = 1;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.0;
        bool var_16;
        const wp::float32 var_17 = -1.0;
        const wp::int32 var_18 = 2;
        wp::float32 var_19;
        const wp::float32 var_20 = 0.0;
        bool var_21;
        const wp::float32 var_22 = -1.0;
        wp::mat_t<3, 3, wp::float32> var_23;
        wp::mat_t<3, 3, wp::float32> var_24;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<3, 3, wp::float32> adj_1 = {};
        wp::mat_t<3, 3, wp::float32> adj_2 = {};
        wp::mat_t<3, 3, wp::float32> adj_3 = {};
        wp::mat_t<3, 3, wp::float32> adj_4 = {};
        wp::mat_t<3, 3, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        bool adj_11 = {};
        wp::float32 adj_12 = {};
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
        wp::mat_t<3, 3, wp::float32> adj_23 = {};
        wp::mat_t<3, 3, wp::float32> adj_24 = {};
        //---------
        // forward
        // def gram_schmidt(rotation_matrices: wp.array[wp.mat33]):                               <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // rot_mat = rotation_matrices[tid]                                                       <L 7>
        var_1 = wp::address(var_rotation_matrices, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // Q, R = wp.qr3(rot_mat)                                                                 <L 8>
        wp::qr3(var_2, var_4, var_5);
        // signs = wp.vec3(1.0)                                                                   <L 10>
        var_7 = wp::vec_t<3, wp::float32>(var_6);
        // for k in range(3):                                                                     <L 11>
        // if R[k, k] < 0.0:                                                                      <L 12>
        var_9 = wp::extract(var_5, var_8, var_8);
        var_11 = (var_9 < var_10);
        if (var_11) {
            // signs[k] = -1.0                                                                    <L 13>
            wp::assign_inplace(var_7, var_8, var_12);
        }
        // if R[k, k] < 0.0:                                                                      <L 12>
        var_14 = wp::extract(var_5, var_13, var_13);
        var_16 = (var_14 < var_15);
        if (var_16) {
            // signs[k] = -1.0                                                                    <L 13>
            wp::assign_inplace(var_7, var_13, var_17);
        }
        // if R[k, k] < 0.0:                                                                      <L 12>
        var_19 = wp::extract(var_5, var_18, var_18);
        var_21 = (var_19 < var_20);
        if (var_21) {
            // signs[k] = -1.0                                                                    <L 13>
            wp::assign_inplace(var_7, var_18, var_22);
        }
        // rotation_matrices[tid] = Q @ wp.diag(signs)                                            <L 14>
        var_23 = wp::diag(var_7);
        var_24 = wp::mul(var_4, var_23);
        // wp::array_store(var_rotation_matrices, var_0, var_24);
        //---------
        // reverse
        wp::adj_array_store(var_rotation_matrices, var_0, var_24, adj_rotation_matrices, adj_0, adj_24);
        wp::adj_mul(var_4, var_23, adj_4, adj_23, adj_24);
        wp::adj_diag(var_7, adj_7, adj_23);
        // adj: rotation_matrices[tid] = Q @ wp.diag(signs)                                       <L 14>
        if (var_21) {
            wp::adj_assign_inplace(var_7, var_18, var_22, adj_7, adj_18, adj_22);
            // adj: signs[k] = -1.0                                                               <L 13>
        }
        wp::adj_extract(var_5, var_18, var_18, adj_5, adj_18, adj_18, adj_19);
        // adj: if R[k, k] < 0.0:                                                                 <L 12>
        if (var_16) {
            wp::adj_assign_inplace(var_7, var_13, var_17, adj_7, adj_13, adj_17);
            // adj: signs[k] = -1.0                                                               <L 13>
        }
        wp::adj_extract(var_5, var_13, var_13, adj_5, adj_13, adj_13, adj_14);
        // adj: if R[k, k] < 0.0:                                                                 <L 12>
        if (var_11) {
            wp::adj_assign_inplace(var_7, var_8, var_12, adj_7, adj_8, adj_12);
            // adj: signs[k] = -1.0                                                               <L 13>
        }
        wp::adj_extract(var_5, var_8, var_8, adj_5, adj_8, adj_8, adj_9);
        // adj: if R[k, k] < 0.0:                                                                 <L 12>
        // adj: for k in range(3):                                                                <L 11>
        wp::adj_vec_t(var_6, adj_6, adj_7);
        // adj: signs = wp.vec3(1.0)                                                              <L 10>
        wp::adj_qr3(var_2, var_4, var_5, adj_2, adj_4, adj_5);
        // adj: Q, R = wp.qr3(rot_mat)                                                            <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_rotation_matrices, var_0, adj_rotation_matrices, adj_0, adj_1);
        // adj: rot_mat = rotation_matrices[tid]                                                  <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def gram_schmidt(rotation_matrices: wp.array[wp.mat33]):                          <L 5>
        return;
}

