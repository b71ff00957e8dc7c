// Warp 1.19.0 cuda code for apply_channel_gain_930db8d8.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void apply_channel_gain_b55d3323_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float16> var_act,
    wp::array_t<wp::float16> var_channel_scale,
    wp::array_t<wp::float16> var_out)
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
        wp::int32 var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::float16* var_4;
        wp::float16* var_5;
        wp::float16 var_6;
        wp::float16 var_7;
        wp::float16 var_8;
        //---------
        // forward
        // def apply_channel_gain(                                                                <L 5>
        // n, c, y, x = wp.tid()                                                                  <L 11>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // out[n, c, y, x] = act[n, c, y, x] * channel_scale[c]                                   <L 12>
        var_4 = wp::address(var_act, var_0, var_1, var_2, var_3);
        var_5 = wp::address(var_channel_scale, var_1);
        var_7 = wp::load(var_4);
        var_8 = wp::load(var_5);
        var_6 = wp::mul(var_7, var_8);
        wp::array_store(var_out, var_0, var_1, var_2, var_3, var_6);
    }
}



extern "C" __global__ void apply_channel_gain_b55d3323_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float16> var_act,
    wp::array_t<wp::float16> var_channel_scale,
    wp::array_t<wp::float16> var_out,
    wp::array_t<wp::float16> adj_act,
    wp::array_t<wp::float16> adj_channel_scale,
    wp::array_t<wp::float16> adj_out)
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
        wp::int32 var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::float16* var_4;
        wp::float16* var_5;
        wp::float16 var_6;
        wp::float16 var_7;
        wp::float16 var_8;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::float16 adj_4 = {};
        wp::float16 adj_5 = {};
        wp::float16 adj_6 = {};
        wp::float16 adj_7 = {};
        wp::float16 adj_8 = {};
        //---------
        // forward
        // def apply_channel_gain(                                                                <L 5>
        // n, c, y, x = wp.tid()                                                                  <L 11>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // out[n, c, y, x] = act[n, c, y, x] * channel_scale[c]                                   <L 12>
        var_4 = wp::address(var_act, var_0, var_1, var_2, var_3);
        var_5 = wp::address(var_channel_scale, var_1);
        var_7 = wp::load(var_4);
        var_8 = wp::load(var_5);
        var_6 = wp::mul(var_7, var_8);
        // wp::array_store(var_out, var_0, var_1, var_2, var_3, var_6);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_1, var_2, var_3, var_6, adj_out, adj_0, adj_1, adj_2, adj_3, adj_6);
        wp::adj_mul(var_7, var_8, adj_4, adj_5, adj_6);
        wp::adj_address(var_channel_scale, var_1, adj_channel_scale, adj_1, adj_5);
        wp::adj_address(var_act, var_0, var_1, var_2, var_3, adj_act, adj_0, adj_1, adj_2, adj_3, adj_4);
        // adj: out[n, c, y, x] = act[n, c, y, x] * channel_scale[c]                              <L 12>
        // adj: n, c, y, x = wp.tid()                                                             <L 11>
        // adj: def apply_channel_gain(                                                           <L 5>
        continue;
    }
}

