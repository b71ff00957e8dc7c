// Warp 1.19.0 cuda code for apply_gain_offset_ccb47ff2.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void apply_gain_offset_d4ea17cb_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float64> var_values,
    wp::array_t<wp::float64> var_out,
    wp::float64 var_gain,
    wp::float64 var_bias)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float64* var_1;
        wp::float64 var_2;
        wp::float64 var_3;
        wp::float64 var_4;
        //---------
        // forward
        // def apply_gain_offset(                                                                 <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // out[tid] = bias + gain * values[tid]                                                   <L 12>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::mul(var_gain, var_3);
        var_4 = wp::add(var_bias, var_2);
        wp::array_store(var_out, var_0, var_4);
}



extern "C" __global__ void apply_gain_offset_d4ea17cb_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float64> var_values,
    wp::array_t<wp::float64> var_out,
    wp::float64 var_gain,
    wp::float64 var_bias,
    wp::array_t<wp::float64> adj_values,
    wp::array_t<wp::float64> adj_out,
    wp::float64 adj_gain,
    wp::float64 adj_bias)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float64* var_1;
        wp::float64 var_2;
        wp::float64 var_3;
        wp::float64 var_4;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float64 adj_1 = {};
        wp::float64 adj_2 = {};
        wp::float64 adj_3 = {};
        wp::float64 adj_4 = {};
        //---------
        // forward
        // def apply_gain_offset(                                                                 <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // out[tid] = bias + gain * values[tid]                                                   <L 12>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::mul(var_gain, var_3);
        var_4 = wp::add(var_bias, var_2);
        // wp::array_store(var_out, var_0, var_4);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_4, adj_out, adj_0, adj_4);
        wp::adj_add(var_bias, var_2, adj_bias, adj_2, adj_4);
        wp::adj_mul(var_gain, var_3, adj_gain, adj_1, adj_2);
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
        // adj: out[tid] = bias + gain * values[tid]                                              <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def apply_gain_offset(                                                            <L 5>
        return;
}

