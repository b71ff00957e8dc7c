// Warp 1.19.0 cuda code for gather_and_scale_63d9a351.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void gather_and_scale_28a40ee9_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_src,
    wp::array_t<wp::int32> var_perm,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::vec_t<2, wp::float32>> var_dst)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        wp::int32* var_2;
        wp::int32 var_3;
        wp::vec_t<2, wp::float32>* var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::float32 var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::vec_t<2, wp::float32> var_8;
        //---------
        // forward
        // def gather_and_scale(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // dst[tid] += weights[tid] * src[perm[tid]]                                              <L 12>
        var_1 = wp::address(var_weights, var_0);
        var_2 = wp::address(var_perm, var_0);
        var_3 = wp::load(var_2);
        var_4 = wp::address(var_src, var_3);
        var_6 = wp::load(var_1);
        var_7 = wp::load(var_4);
        var_5 = wp::mul(var_6, var_7);
        var_8 = wp::atomic_add(var_dst, var_0, var_5);
}



extern "C" __global__ void gather_and_scale_28a40ee9_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_src,
    wp::array_t<wp::int32> var_perm,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::vec_t<2, wp::float32>> var_dst,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_src,
    wp::array_t<wp::int32> adj_perm,
    wp::array_t<wp::float32> adj_weights,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_dst)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        wp::int32* var_2;
        wp::int32 var_3;
        wp::vec_t<2, wp::float32>* var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::float32 var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::vec_t<2, wp::float32> var_8;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::vec_t<2, wp::float32> adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<2, wp::float32> adj_7 = {};
        wp::vec_t<2, wp::float32> adj_8 = {};
        //---------
        // forward
        // def gather_and_scale(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // dst[tid] += weights[tid] * src[perm[tid]]                                              <L 12>
        var_1 = wp::address(var_weights, var_0);
        var_2 = wp::address(var_perm, var_0);
        var_3 = wp::load(var_2);
        var_4 = wp::address(var_src, var_3);
        var_6 = wp::load(var_1);
        var_7 = wp::load(var_4);
        var_5 = wp::mul(var_6, var_7);
        // var_8 = wp::atomic_add(var_dst, var_0, var_5);
        //---------
        // reverse
        wp::adj_atomic_add(var_dst, var_0, var_5, adj_dst, adj_0, adj_5, adj_8);
        wp::adj_mul(var_6, var_7, adj_1, adj_4, adj_5);
        wp::adj_address(var_src, var_3, adj_src, adj_3, adj_4);
        wp::adj_address(var_perm, var_0, adj_perm, adj_0, adj_2);
        wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_1);
        // adj: dst[tid] += weights[tid] * src[perm[tid]]                                         <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def gather_and_scale(                                                             <L 5>
        return;
}

