// Warp 1.19.0 cuda code for copy_scaled_8d2e565c.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void copy_scaled_56cf0446_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_act,
    wp::array_t<wp::float32> var_out,
    wp::float32 var_multiplier,
    wp::float32 var_shift)
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
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        //---------
        // forward
        // def copy_scaled(act: wp.array4d[float], out: wp.array4d[float], multiplier: float, shift: float):       <L 5>
        // n, c, y, x = wp.tid()                                                                  <L 7>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // a = act[n, c, y, x]                                                                    <L 8>
        var_4 = wp::address(var_act, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // out[n, c, y, x] = a * multiplier + shift                                               <L 9>
        var_7 = wp::mul(var_5, var_multiplier);
        var_8 = wp::add(var_7, var_shift);
        wp::array_store(var_out, var_0, var_1, var_2, var_3, var_8);
    }
}



extern "C" __global__ void copy_scaled_56cf0446_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_act,
    wp::array_t<wp::float32> var_out,
    wp::float32 var_multiplier,
    wp::float32 var_shift,
    wp::array_t<wp::float32> adj_act,
    wp::array_t<wp::float32> adj_out,
    wp::float32 adj_multiplier,
    wp::float32 adj_shift)
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
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
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
        //---------
        // forward
        // def copy_scaled(act: wp.array4d[float], out: wp.array4d[float], multiplier: float, shift: float):       <L 5>
        // n, c, y, x = wp.tid()                                                                  <L 7>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // a = act[n, c, y, x]                                                                    <L 8>
        var_4 = wp::address(var_act, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // out[n, c, y, x] = a * multiplier + shift                                               <L 9>
        var_7 = wp::mul(var_5, var_multiplier);
        var_8 = wp::add(var_7, var_shift);
        // wp::array_store(var_out, var_0, var_1, var_2, var_3, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_1, var_2, var_3, var_8, adj_out, adj_0, adj_1, adj_2, adj_3, adj_8);
        wp::adj_add(var_7, var_shift, adj_7, adj_shift, adj_8);
        wp::adj_mul(var_5, var_multiplier, adj_5, adj_multiplier, adj_7);
        // adj: out[n, c, y, x] = a * multiplier + shift                                          <L 9>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_act, var_0, var_1, var_2, var_3, adj_act, adj_0, adj_1, adj_2, adj_3, adj_4);
        // adj: a = act[n, c, y, x]                                                               <L 8>
        // adj: n, c, y, x = wp.tid()                                                             <L 7>
        // adj: def copy_scaled(act: wp.array4d[float], out: wp.array4d[float], multiplier: float, shift: float):  <L 5>
        continue;
    }
}

