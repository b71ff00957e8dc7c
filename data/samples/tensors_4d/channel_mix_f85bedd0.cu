// Warp 1.19.0 cuda code for channel_mix_f85bedd0.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void channel_mix_17be9b42_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_bias,
    wp::array_t<wp::float32> var_y)
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
        wp::shape_t* var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::shape_t var_10;
        wp::int32 var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        //---------
        // forward
        // def channel_mix(x: wp.array4d(dtype=float), bias: wp.array(dtype=float), y: wp.array4d(dtype=float)):       <L 5>
        // n, c, h, w = wp.tid()                                                                  <L 6>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // val = x[n, c, h, w]                                                                    <L 7>
        var_4 = wp::address(var_x, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // bias_c = bias[c % bias.shape[0]]                                                       <L 8>
        var_7 = &(var_bias.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        var_11 = wp::mod(var_1, var_9);
        var_12 = wp::address(var_bias, var_11);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // y[n, c, h, w] = val + bias_c                                                           <L 9>
        var_15 = wp::add(var_5, var_13);
        wp::array_store(var_y, var_0, var_1, var_2, var_3, var_15);
}



extern "C" __global__ void channel_mix_17be9b42_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_bias,
    wp::array_t<wp::float32> var_y,
    wp::array_t<wp::float32> adj_x,
    wp::array_t<wp::float32> adj_bias,
    wp::array_t<wp::float32> adj_y)
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
        wp::shape_t* var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::shape_t var_10;
        wp::int32 var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::shape_t adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::shape_t adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        //---------
        // forward
        // def channel_mix(x: wp.array4d(dtype=float), bias: wp.array(dtype=float), y: wp.array4d(dtype=float)):       <L 5>
        // n, c, h, w = wp.tid()                                                                  <L 6>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // val = x[n, c, h, w]                                                                    <L 7>
        var_4 = wp::address(var_x, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // bias_c = bias[c % bias.shape[0]]                                                       <L 8>
        var_7 = &(var_bias.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        var_11 = wp::mod(var_1, var_9);
        var_12 = wp::address(var_bias, var_11);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // y[n, c, h, w] = val + bias_c                                                           <L 9>
        var_15 = wp::add(var_5, var_13);
        // wp::array_store(var_y, var_0, var_1, var_2, var_3, var_15);
        //---------
        // reverse
        wp::adj_array_store(var_y, var_0, var_1, var_2, var_3, var_15, adj_y, adj_0, adj_1, adj_2, adj_3, adj_15);
        wp::adj_add(var_5, var_13, adj_5, adj_13, adj_15);
        // adj: y[n, c, h, w] = val + bias_c                                                      <L 9>
        wp::adj_copy(var_14, adj_12, adj_13);
        wp::adj_address(var_bias, var_11, adj_bias, adj_11, adj_12);
        wp::adj_mod(var_1, var_9, adj_1, adj_9, adj_11);
        adj_bias.shape = adj_7;
        // adj: bias_c = bias[c % bias.shape[0]]                                                  <L 8>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_x, var_0, var_1, var_2, var_3, adj_x, adj_0, adj_1, adj_2, adj_3, adj_4);
        // adj: val = x[n, c, h, w]                                                               <L 7>
        // adj: n, c, h, w = wp.tid()                                                             <L 6>
        // adj: def channel_mix(x: wp.array4d(dtype=float), bias: wp.array(dtype=float), y: wp.array4d(dtype=float)):  <L 5>
        return;
}

