// Warp 1.19.0 cuda code for compute_inverse_e84a79d9.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void compute_inverse_ca4f7da8_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_F,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_area_maps)
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
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 1e-08;
        bool var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        const wp::int32 var_9 = 3;
        wp::mat_t<3, 3, wp::float32> var_10;
        wp::mat_t<3, 3, wp::float32> var_11;
        wp::mat_t<3, 3, wp::float32> var_12;
        wp::mat_t<3, 3, wp::float32> var_13;
        //---------
        // forward
        // def compute_inverse(F: wp.array[wp.mat33], area_maps: wp.array[wp.mat33]):             <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // def_grad = F[tid]                                                                      <L 7>
        var_1 = wp::address(var_F, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // det = wp.determinant(def_grad)                                                         <L 8>
        var_4 = wp::determinant(var_2);
        // inv = wp.where(wp.abs(det) > 1.0e-8, wp.inverse(def_grad), wp.identity(n=3, dtype=float))       <L 9>
        var_5 = wp::abs(var_4);
        var_7 = (var_5 > var_6);
        var_8 = wp::inverse(var_2);
        var_10 = wp::identity<3, wp::float32>();
        var_11 = wp::where(var_7, var_8, var_10);
        // area_maps[tid] = det * wp.transpose(inv)                                               <L 10>
        var_12 = wp::transpose(var_11);
        var_13 = wp::mul(var_4, var_12);
        wp::array_store(var_area_maps, var_0, var_13);
}



extern "C" __global__ void compute_inverse_ca4f7da8_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_F,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_area_maps,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_F,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_area_maps)
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
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 1e-08;
        bool var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        const wp::int32 var_9 = 3;
        wp::mat_t<3, 3, wp::float32> var_10;
        wp::mat_t<3, 3, wp::float32> var_11;
        wp::mat_t<3, 3, wp::float32> var_12;
        wp::mat_t<3, 3, wp::float32> var_13;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<3, 3, wp::float32> adj_1 = {};
        wp::mat_t<3, 3, wp::float32> adj_2 = {};
        wp::mat_t<3, 3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        bool adj_7 = {};
        wp::mat_t<3, 3, wp::float32> adj_8 = {};
        wp::int32 adj_9 = {};
        wp::mat_t<3, 3, wp::float32> adj_10 = {};
        wp::mat_t<3, 3, wp::float32> adj_11 = {};
        wp::mat_t<3, 3, wp::float32> adj_12 = {};
        wp::mat_t<3, 3, wp::float32> adj_13 = {};
        //---------
        // forward
        // def compute_inverse(F: wp.array[wp.mat33], area_maps: wp.array[wp.mat33]):             <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // def_grad = F[tid]                                                                      <L 7>
        var_1 = wp::address(var_F, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // det = wp.determinant(def_grad)                                                         <L 8>
        var_4 = wp::determinant(var_2);
        // inv = wp.where(wp.abs(det) > 1.0e-8, wp.inverse(def_grad), wp.identity(n=3, dtype=float))       <L 9>
        var_5 = wp::abs(var_4);
        var_7 = (var_5 > var_6);
        var_8 = wp::inverse(var_2);
        var_10 = wp::identity<3, wp::float32>();
        var_11 = wp::where(var_7, var_8, var_10);
        // area_maps[tid] = det * wp.transpose(inv)                                               <L 10>
        var_12 = wp::transpose(var_11);
        var_13 = wp::mul(var_4, var_12);
        // wp::array_store(var_area_maps, var_0, var_13);
        //---------
        // reverse
        wp::adj_array_store(var_area_maps, var_0, var_13, adj_area_maps, adj_0, adj_13);
        wp::adj_mul(var_4, var_12, adj_4, adj_12, adj_13);
        wp::adj_transpose(var_11, adj_11, adj_12);
        // adj: area_maps[tid] = det * wp.transpose(inv)                                          <L 10>
        wp::adj_where(var_7, var_8, var_10, adj_7, adj_8, adj_10, adj_11);
        wp::adj_inverse(var_2, var_8, adj_2, adj_8);
        wp::adj_abs(var_4, adj_4, adj_5);
        // adj: inv = wp.where(wp.abs(det) > 1.0e-8, wp.inverse(def_grad), wp.identity(n=3, dtype=float))  <L 9>
        wp::adj_determinant(var_2, adj_2, adj_4);
        // adj: det = wp.determinant(def_grad)                                                    <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_F, var_0, adj_F, adj_0, adj_1);
        // adj: def_grad = F[tid]                                                                 <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def compute_inverse(F: wp.array[wp.mat33], area_maps: wp.array[wp.mat33]):        <L 5>
        return;
}

