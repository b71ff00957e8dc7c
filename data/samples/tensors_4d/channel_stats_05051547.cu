// Warp 1.19.0 cuda code for channel_stats_05051547.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void channel_stats_53b86285_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_activations,
    wp::array_t<wp::float32> var_channel_sum,
    wp::array_t<wp::float32> var_channel_sq_sum)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        //---------
        // forward
        // def channel_stats(                                                                     <L 5>
        // n, c, y, x = wp.tid()                                                                  <L 11>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // value = activations[n, c, y, x]                                                        <L 12>
        var_4 = wp::address(var_activations, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // wp.atomic_add(channel_sum, c, value)                                                   <L 13>
        var_7 = wp::atomic_add(var_channel_sum, var_1, var_5);
        // wp.atomic_add(channel_sq_sum, c, value * value)                                        <L 14>
        var_8 = wp::mul(var_5, var_5);
        var_9 = wp::atomic_add(var_channel_sq_sum, var_1, var_8);
}



extern "C" __global__ void channel_stats_53b86285_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_activations,
    wp::array_t<wp::float32> var_channel_sum,
    wp::array_t<wp::float32> var_channel_sq_sum,
    wp::array_t<wp::float32> adj_activations,
    wp::array_t<wp::float32> adj_channel_sum,
    wp::array_t<wp::float32> adj_channel_sq_sum)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        //---------
        // forward
        // def channel_stats(                                                                     <L 5>
        // n, c, y, x = wp.tid()                                                                  <L 11>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // value = activations[n, c, y, x]                                                        <L 12>
        var_4 = wp::address(var_activations, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // wp.atomic_add(channel_sum, c, value)                                                   <L 13>
        // var_7 = wp::atomic_add(var_channel_sum, var_1, var_5);
        // wp.atomic_add(channel_sq_sum, c, value * value)                                        <L 14>
        var_8 = wp::mul(var_5, var_5);
        // var_9 = wp::atomic_add(var_channel_sq_sum, var_1, var_8);
        //---------
        // reverse
        wp::adj_atomic_add(var_channel_sq_sum, var_1, var_8, adj_channel_sq_sum, adj_1, adj_8, adj_9);
        wp::adj_mul(var_5, var_5, adj_5, adj_5, adj_8);
        // adj: wp.atomic_add(channel_sq_sum, c, value * value)                                   <L 14>
        wp::adj_atomic_add(var_channel_sum, var_1, var_5, adj_channel_sum, adj_1, adj_5, adj_7);
        // adj: wp.atomic_add(channel_sum, c, value)                                              <L 13>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_activations, var_0, var_1, var_2, var_3, adj_activations, adj_0, adj_1, adj_2, adj_3, adj_4);
        // adj: value = activations[n, c, y, x]                                                   <L 12>
        // adj: n, c, y, x = wp.tid()                                                             <L 11>
        // adj: def channel_stats(                                                                <L 5>
        return;
}

