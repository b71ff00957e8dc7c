// Warp 1.19.0 cuda code for transform_field_5319c91e.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void transform_field_4c6f1fb3_cuda_kernel_forward(
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
        wp::float32 var_4;
        //---------
        // forward
        // def transform_field(values: wp.array(dtype=float), scale: float, result: wp.array(dtype=float)):       <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // value = values[i]                                                                      <L 7>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // result[i] = value + scale                                                              <L 8>
        var_4 = wp::add(var_2, var_scale);
        wp::array_store(var_result, var_0, var_4);
}



extern "C" __global__ void transform_field_4c6f1fb3_cuda_kernel_backward(
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
        wp::float32 var_4;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        //---------
        // forward
        // def transform_field(values: wp.array(dtype=float), scale: float, result: wp.array(dtype=float)):       <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // value = values[i]                                                                      <L 7>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // result[i] = value + scale                                                              <L 8>
        var_4 = wp::add(var_2, var_scale);
        // wp::array_store(var_result, var_0, var_4);
        //---------
        // reverse
        wp::adj_array_store(var_result, var_0, var_4, adj_result, adj_0, adj_4);
        wp::adj_add(var_2, var_scale, adj_2, adj_scale, adj_4);
        // adj: result[i] = value + scale                                                         <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
        // adj: value = values[i]                                                                 <L 7>
        // adj: i = wp.tid()                                                                      <L 6>
        // adj: def transform_field(values: wp.array(dtype=float), scale: float, result: wp.array(dtype=float)):  <L 5>
        return;
}

