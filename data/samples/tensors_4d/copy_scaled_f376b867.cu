// Warp 1.19.0 cuda code for copy_scaled_f376b867.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void copy_scaled_342bb1f3_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float16> var_inputs,
    wp::array_t<wp::float16> var_offsets,
    wp::array_t<wp::float16> var_out,
    wp::float16 var_scale)
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
        wp::float16* var_7;
        wp::float16 var_8;
        wp::float16 var_9;
        wp::float16 var_10;
        wp::float16 var_11;
        //---------
        // forward
        // def copy_scaled(                                                                       <L 5>
        // n, c, y, x = wp.tid()                                                                  <L 11>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // a = inputs[n, c, y, x]                                                                 <L 12>
        var_4 = wp::address(var_inputs, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // bias = offsets[n, c, y, x]                                                             <L 13>
        var_7 = wp::address(var_offsets, var_0, var_1, var_2, var_3);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // out[n, c, y, x] = a * scale + bias                                                     <L 14>
        var_10 = wp::mul(var_5, var_scale);
        var_11 = wp::add(var_10, var_8);
        wp::array_store(var_out, var_0, var_1, var_2, var_3, var_11);
    }
}



extern "C" __global__ void copy_scaled_342bb1f3_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float16> var_inputs,
    wp::array_t<wp::float16> var_offsets,
    wp::array_t<wp::float16> var_out,
    wp::float16 var_scale,
    wp::array_t<wp::float16> adj_inputs,
    wp::array_t<wp::float16> adj_offsets,
    wp::array_t<wp::float16> adj_out,
    wp::float16 adj_scale)
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
        wp::float16* var_7;
        wp::float16 var_8;
        wp::float16 var_9;
        wp::float16 var_10;
        wp::float16 var_11;
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
        wp::float16 adj_9 = {};
        wp::float16 adj_10 = {};
        wp::float16 adj_11 = {};
        //---------
        // forward
        // def copy_scaled(                                                                       <L 5>
        // n, c, y, x = wp.tid()                                                                  <L 11>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // a = inputs[n, c, y, x]                                                                 <L 12>
        var_4 = wp::address(var_inputs, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // bias = offsets[n, c, y, x]                                                             <L 13>
        var_7 = wp::address(var_offsets, var_0, var_1, var_2, var_3);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // out[n, c, y, x] = a * scale + bias                                                     <L 14>
        var_10 = wp::mul(var_5, var_scale);
        var_11 = wp::add(var_10, var_8);
        // wp::array_store(var_out, var_0, var_1, var_2, var_3, var_11);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_1, var_2, var_3, var_11, adj_out, adj_0, adj_1, adj_2, adj_3, adj_11);
        wp::adj_add(var_10, var_8, adj_10, adj_8, adj_11);
        wp::adj_mul(var_5, var_scale, adj_5, adj_scale, adj_10);
        // adj: out[n, c, y, x] = a * scale + bias                                                <L 14>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_offsets, var_0, var_1, var_2, var_3, adj_offsets, adj_0, adj_1, adj_2, adj_3, adj_7);
        // adj: bias = offsets[n, c, y, x]                                                        <L 13>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_inputs, var_0, var_1, var_2, var_3, adj_inputs, adj_0, adj_1, adj_2, adj_3, adj_4);
        // adj: a = inputs[n, c, y, x]                                                            <L 12>
        // adj: n, c, y, x = wp.tid()                                                             <L 11>
        // adj: def copy_scaled(                                                                  <L 5>
        continue;
    }
}

