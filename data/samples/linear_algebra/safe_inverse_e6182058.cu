// Warp 1.19.0 cuda code for safe_inverse_e6182058.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void safe_inverse_8b9d4cc1_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_F,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_Dm_inv,
    wp::array_t<wp::float32> var_J)
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
        wp::float32 var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        const wp::float32 var_4 = 0.0;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 1e-08;
        bool var_8;
        wp::mat_t<3, 3, wp::float32>* var_9;
        wp::mat_t<3, 3, wp::float32> var_10;
        wp::mat_t<3, 3, wp::float32> var_11;
        wp::mat_t<3, 3, wp::float32> var_12;
        //---------
        // forward
        // def safe_inverse(                                                                      <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // det = wp.determinant(F[tid])                                                           <L 11>
        var_1 = wp::address(var_F, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::determinant(var_3);
        // inv = wp.mat33(0.0)                                                                    <L 12>
        var_5 = wp::mat_t<3, 3, wp::float32>(var_4);
        // if wp.abs(det) > 1.0e-8:                                                               <L 13>
        var_6 = wp::abs(var_2);
        var_8 = (var_6 > var_7);
        if (var_8) {
            // inv = wp.inverse(F[tid])                                                           <L 14>
            var_9 = wp::address(var_F, var_0);
            var_11 = wp::load(var_9);
            var_10 = wp::inverse(var_11);
        }
        var_12 = wp::where(var_8, var_10, var_5);
        // Dm_inv[tid] = inv                                                                      <L 15>
        wp::array_store(var_Dm_inv, var_0, var_12);
        // J[tid] = det                                                                           <L 16>
        wp::array_store(var_J, var_0, var_2);
}



extern "C" __global__ void safe_inverse_8b9d4cc1_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_F,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_Dm_inv,
    wp::array_t<wp::float32> var_J,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_F,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_Dm_inv,
    wp::array_t<wp::float32> adj_J)
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
        wp::float32 var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        const wp::float32 var_4 = 0.0;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 1e-08;
        bool var_8;
        wp::mat_t<3, 3, wp::float32>* var_9;
        wp::mat_t<3, 3, wp::float32> var_10;
        wp::mat_t<3, 3, wp::float32> var_11;
        wp::mat_t<3, 3, wp::float32> var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<3, 3, wp::float32> adj_1 = {};
        wp::float32 adj_2 = {};
        wp::mat_t<3, 3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::mat_t<3, 3, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        bool adj_8 = {};
        wp::mat_t<3, 3, wp::float32> adj_9 = {};
        wp::mat_t<3, 3, wp::float32> adj_10 = {};
        wp::mat_t<3, 3, wp::float32> adj_11 = {};
        wp::mat_t<3, 3, wp::float32> adj_12 = {};
        //---------
        // forward
        // def safe_inverse(                                                                      <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // det = wp.determinant(F[tid])                                                           <L 11>
        var_1 = wp::address(var_F, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::determinant(var_3);
        // inv = wp.mat33(0.0)                                                                    <L 12>
        var_5 = wp::mat_t<3, 3, wp::float32>(var_4);
        // if wp.abs(det) > 1.0e-8:                                                               <L 13>
        var_6 = wp::abs(var_2);
        var_8 = (var_6 > var_7);
        if (var_8) {
            // inv = wp.inverse(F[tid])                                                           <L 14>
            var_9 = wp::address(var_F, var_0);
            var_11 = wp::load(var_9);
            var_10 = wp::inverse(var_11);
        }
        var_12 = wp::where(var_8, var_10, var_5);
        // Dm_inv[tid] = inv                                                                      <L 15>
        // wp::array_store(var_Dm_inv, var_0, var_12);
        // J[tid] = det                                                                           <L 16>
        // wp::array_store(var_J, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_J, var_0, var_2, adj_J, adj_0, adj_2);
        // adj: J[tid] = det                                                                      <L 16>
        wp::adj_array_store(var_Dm_inv, var_0, var_12, adj_Dm_inv, adj_0, adj_12);
        // adj: Dm_inv[tid] = inv                                                                 <L 15>
        wp::adj_where(var_8, var_10, var_5, adj_8, adj_10, adj_5, adj_12);
        if (var_8) {
            wp::adj_inverse(var_11, var_10, adj_9, adj_10);
            wp::adj_address(var_F, var_0, adj_F, adj_0, adj_9);
            // adj: inv = wp.inverse(F[tid])                                                      <L 14>
        }
        wp::adj_abs(var_2, adj_2, adj_6);
        // adj: if wp.abs(det) > 1.0e-8:                                                          <L 13>
        wp::adj_mat_t(var_4, adj_4, adj_5);
        // adj: inv = wp.mat33(0.0)                                                               <L 12>
        wp::adj_determinant(var_3, adj_1, adj_2);
        wp::adj_address(var_F, var_0, adj_F, adj_0, adj_1);
        // adj: det = wp.determinant(F[tid])                                                      <L 11>
        // adj: tid = wp.tid()                                                                    <L 10>
        // adj: def safe_inverse(                                                                 <L 5>
        return;
}

