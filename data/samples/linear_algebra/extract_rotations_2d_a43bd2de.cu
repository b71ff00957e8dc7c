// Warp 1.19.0 cuda code for extract_rotations_2d_a43bd2de.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void extract_rotations_2d_e0e9b5f1_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_F2,
    wp::array_t<wp::vec_t<2, wp::float32>> var_polar_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::mat_t<2, 2, wp::float32>* var_1;
        wp::mat_t<2, 2, wp::float32> var_2;
        wp::mat_t<2, 2, wp::float32> var_3;
        wp::mat_t<2, 2, wp::float32> var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::mat_t<2, 2, wp::float32> var_6;
        //---------
        // forward
        // def extract_rotations_2d(F2: wp.array(dtype=wp.mat22), polar_out: wp.array(dtype=wp.vec2)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // F = F2[tid]                                                                            <L 7>
        var_1 = wp::address(var_F2, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // U = wp.mat22()                                                                         <L 8>
        var_4 = wp::mat_t<2, 2, wp::float32>();
        // sigma = wp.vec2()                                                                      <L 9>
        var_5 = wp::vec_t<2, wp::float32>();
        // V = wp.mat22()                                                                         <L 10>
        var_6 = wp::mat_t<2, 2, wp::float32>();
        // wp.svd2(F, U, sigma, V)                                                                <L 11>
        wp::svd2(var_2, var_4, var_5, var_6);
        // polar_out[tid] = sigma                                                                 <L 13>
        wp::array_store(var_polar_out, var_0, var_5);
}



extern "C" __global__ void extract_rotations_2d_e0e9b5f1_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_F2,
    wp::array_t<wp::vec_t<2, wp::float32>> var_polar_out,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_F2,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_polar_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::mat_t<2, 2, wp::float32>* var_1;
        wp::mat_t<2, 2, wp::float32> var_2;
        wp::mat_t<2, 2, wp::float32> var_3;
        wp::mat_t<2, 2, wp::float32> var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::mat_t<2, 2, wp::float32> var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<2, 2, wp::float32> adj_1 = {};
        wp::mat_t<2, 2, wp::float32> adj_2 = {};
        wp::mat_t<2, 2, wp::float32> adj_3 = {};
        wp::mat_t<2, 2, wp::float32> adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::mat_t<2, 2, wp::float32> adj_6 = {};
        //---------
        // forward
        // def extract_rotations_2d(F2: wp.array(dtype=wp.mat22), polar_out: wp.array(dtype=wp.vec2)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // F = F2[tid]                                                                            <L 7>
        var_1 = wp::address(var_F2, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // U = wp.mat22()                                                                         <L 8>
        var_4 = wp::mat_t<2, 2, wp::float32>();
        // sigma = wp.vec2()                                                                      <L 9>
        var_5 = wp::vec_t<2, wp::float32>();
        // V = wp.mat22()                                                                         <L 10>
        var_6 = wp::mat_t<2, 2, wp::float32>();
        // wp.svd2(F, U, sigma, V)                                                                <L 11>
        wp::svd2(var_2, var_4, var_5, var_6);
        // polar_out[tid] = sigma                                                                 <L 13>
        // wp::array_store(var_polar_out, var_0, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_polar_out, var_0, var_5, adj_polar_out, adj_0, adj_5);
        // adj: polar_out[tid] = sigma                                                            <L 13>
        wp::adj_svd2(var_2, var_4, var_5, var_6, adj_2, adj_4, adj_5, adj_6);
        // adj: wp.svd2(F, U, sigma, V)                                                           <L 11>
        // adj: V = wp.mat22()                                                                    <L 10>
        // adj: sigma = wp.vec2()                                                                 <L 9>
        // adj: U = wp.mat22()                                                                    <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_F2, var_0, adj_F2, adj_0, adj_1);
        // adj: F = F2[tid]                                                                       <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def extract_rotations_2d(F2: wp.array(dtype=wp.mat22), polar_out: wp.array(dtype=wp.vec2)):  <L 5>
        return;
}

