// Warp 1.19.0 cuda code for rescale_tensor_b8b56332.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void rescale_tensor_6884bf7e_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float64> var_act,
    wp::array_t<wp::float64> var_scales,
    wp::array_t<wp::float64> var_out,
    wp::float64 var_offset)
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
        wp::float64* var_4;
        wp::float64 var_5;
        wp::float64 var_6;
        wp::float64* var_7;
        wp::float64 var_8;
        wp::float64 var_9;
        wp::float64 var_10;
        wp::float64 var_11;
        //---------
        // forward
        // def rescale_tensor(                                                                    <L 5>
        // n, c, y, x = wp.tid()                                                                  <L 11>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // a = act[n, c, y, x]                                                                    <L 12>
        var_4 = wp::address(var_act, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // gain = scales[n, c, y, x]                                                              <L 13>
        var_7 = wp::address(var_scales, var_0, var_1, var_2, var_3);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // out[n, c, y, x] = offset + gain * a                                                    <L 14>
        var_10 = wp::mul(var_8, var_5);
        var_11 = wp::add(var_offset, var_10);
        wp::array_store(var_out, var_0, var_1, var_2, var_3, var_11);
}



extern "C" __global__ void rescale_tensor_6884bf7e_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float64> var_act,
    wp::array_t<wp::float64> var_scales,
    wp::array_t<wp::float64> var_out,
    wp::float64 var_offset,
    wp::array_t<wp::float64> adj_act,
    wp::array_t<wp::float64> adj_scales,
    wp::array_t<wp::float64> adj_out,
    wp::float64 adj_offset)
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
        wp::float64* var_4;
        wp::float64 var_5;
        wp::float64 var_6;
        wp::float64* var_7;
        wp::float64 var_8;
        wp::float64 var_9;
        wp::float64 var_10;
        wp::float64 var_11;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::float64 adj_4 = {};
        wp::float64 adj_5 = {};
        wp::float64 adj_6 = {};
        wp::float64 adj_7 = {};
        wp::float64 adj_8 = {};
        wp::float64 adj_9 = {};
        wp::float64 adj_10 = {};
        wp::float64 adj_11 = {};
        //---------
        // forward
        // def rescale_tensor(                                                                    <L 5>
        // n, c, y, x = wp.tid()                                                                  <L 11>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // a = act[n, c, y, x]                                                                    <L 12>
        var_4 = wp::address(var_act, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // gain = scales[n, c, y, x]                                                              <L 13>
        var_7 = wp::address(var_scales, var_0, var_1, var_2, var_3);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // out[n, c, y, x] = offset + gain * a                                                    <L 14>
        var_10 = wp::mul(var_8, var_5);
        var_11 = wp::add(var_offset, var_10);
        // wp::array_store(var_out, var_0, var_1, var_2, var_3, var_11);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_1, var_2, var_3, var_11, adj_out, adj_0, adj_1, adj_2, adj_3, adj_11);
        wp::adj_add(var_offset, var_10, adj_offset, adj_10, adj_11);
        wp::adj_mul(var_8, var_5, adj_8, adj_5, adj_10);
        // adj: out[n, c, y, x] = offset + gain * a                                               <L 14>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_scales, var_0, var_1, var_2, var_3, adj_scales, adj_0, adj_1, adj_2, adj_3, adj_7);
        // adj: gain = scales[n, c, y, x]                                                         <L 13>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_act, var_0, var_1, var_2, var_3, adj_act, adj_0, adj_1, adj_2, adj_3, adj_4);
        // adj: a = act[n, c, y, x]                                                               <L 12>
        // adj: n, c, y, x = wp.tid()                                                             <L 11>
        // adj: def rescale_tensor(                                                               <L 5>
        return;
}

