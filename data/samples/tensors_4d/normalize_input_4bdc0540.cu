// Warp 1.19.0 cuda code for normalize_input_4bdc0540.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void normalize_input_bca2195f_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float16> var_act,
    wp::float16 var_scale,
    wp::float16 var_bias)
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
        wp::float16 var_5;
        wp::float16 var_6;
        wp::float16 var_7;
        wp::float16 var_8;
        //---------
        // forward
        // def normalize_input(act: wp.array4d(dtype=wp.float16), scale: wp.float16, bias: wp.float16):       <L 5>
        // n, c, y, x = wp.tid()                                                                  <L 6>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // a = act[n, c, y, x]                                                                    <L 7>
        var_4 = wp::address(var_act, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // act[n, c, y, x] = a * scale + bias                                                     <L 8>
        var_7 = wp::mul(var_5, var_scale);
        var_8 = wp::add(var_7, var_bias);
        wp::array_store(var_act, var_0, var_1, var_2, var_3, var_8);
    }
}



extern "C" __global__ void normalize_input_bca2195f_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float16> var_act,
    wp::float16 var_scale,
    wp::float16 var_bias,
    wp::array_t<wp::float16> adj_act,
    wp::float16 adj_scale,
    wp::float16 adj_bias)
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
        wp::float16 var_5;
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
        // def normalize_input(act: wp.array4d(dtype=wp.float16), scale: wp.float16, bias: wp.float16):       <L 5>
        // n, c, y, x = wp.tid()                                                                  <L 6>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // a = act[n, c, y, x]                                                                    <L 7>
        var_4 = wp::address(var_act, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // act[n, c, y, x] = a * scale + bias                                                     <L 8>
        var_7 = wp::mul(var_5, var_scale);
        var_8 = wp::add(var_7, var_bias);
        // wp::array_store(var_act, var_0, var_1, var_2, var_3, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_act, var_0, var_1, var_2, var_3, var_8, adj_act, adj_0, adj_1, adj_2, adj_3, adj_8);
        wp::adj_add(var_7, var_bias, adj_7, adj_bias, adj_8);
        wp::adj_mul(var_5, var_scale, adj_5, adj_scale, adj_7);
        // adj: act[n, c, y, x] = a * scale + bias                                                <L 8>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_act, var_0, var_1, var_2, var_3, adj_act, adj_0, adj_1, adj_2, adj_3, adj_4);
        // adj: a = act[n, c, y, x]                                                               <L 7>
        // adj: n, c, y, x = wp.tid()                                                             <L 6>
        // adj: def normalize_input(act: wp.array4d(dtype=wp.float16), scale: wp.float16, bias: wp.float16):  <L 5>
        continue;
    }
}

