// Warp 1.19.0 cuda code for apply_activation_b0f26990.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void apply_activation_14c08b41_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::float32 var_scale,
    wp::array_t<wp::float32> var_result)
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
        wp::float32 var_2;
        wp::float32 var_3;
        const wp::int32 var_4 = 4;
        wp::int32 var_5;
        wp::int32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        //---------
        // forward
        // def apply_activation(values: wp.array(dtype=float), scale: float, result: wp.array(dtype=float)):       <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // value = values[i]                                                                      <L 7>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // code_2 = (i - 4) + i                                                                   <L 8>
        var_5 = wp::sub(var_0, var_4);
        var_6 = wp::add(var_5, var_0);
        // result[i] = value + scale + float(code_2)                                              <L 9>
        var_7 = wp::add(var_2, var_scale);
        var_8 = wp::float(var_6);
        var_9 = wp::add(var_7, var_8);
        wp::array_store(var_result, var_0, var_9);
}



extern "C" __global__ void apply_activation_14c08b41_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::float32 var_scale,
    wp::array_t<wp::float32> var_result,
    wp::array_t<wp::float32> adj_values,
    wp::float32 adj_scale,
    wp::array_t<wp::float32> adj_result)
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
        wp::float32 var_2;
        wp::float32 var_3;
        const wp::int32 var_4 = 4;
        wp::int32 var_5;
        wp::int32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        //---------
        // forward
        // def apply_activation(values: wp.array(dtype=float), scale: float, result: wp.array(dtype=float)):       <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // value = values[i]                                                                      <L 7>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // code_2 = (i - 4) + i                                                                   <L 8>
        var_5 = wp::sub(var_0, var_4);
        var_6 = wp::add(var_5, var_0);
        // result[i] = value + scale + float(code_2)                                              <L 9>
        var_7 = wp::add(var_2, var_scale);
        var_8 = wp::float(var_6);
        var_9 = wp::add(var_7, var_8);
        // wp::array_store(var_result, var_0, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_result, var_0, var_9, adj_result, adj_0, adj_9);
        wp::adj_add(var_7, var_8, adj_7, adj_8, adj_9);
        wp::adj_float(var_6, adj_6, adj_8);
        wp::adj_add(var_2, var_scale, adj_2, adj_scale, adj_7);
        // adj: result[i] = value + scale + float(code_2)                                         <L 9>
        wp::adj_add(var_5, var_0, adj_5, adj_0, adj_6);
        wp::adj_sub(var_0, var_4, adj_0, adj_4, adj_5);
        // adj: code_2 = (i - 4) + i                                                              <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
        // adj: value = values[i]                                                                 <L 7>
        // adj: i = wp.tid()                                                                      <L 6>
        // adj: def apply_activation(values: wp.array(dtype=float), scale: float, result: wp.array(dtype=float)):  <L 5>
        return;
}

