// Warp 1.19.0 cuda code for bias_activation_a6e35fb8.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void bias_activation_4a37b322_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_inputs,
    wp::array_t<wp::float32> var_out)
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
        //---------
        // forward
        // def bias_activation(inputs: wp.array4d(dtype=float), out: wp.array4d(dtype=float)):       <L 5>
        // n, c, y, x = wp.tid()                                                                  <L 6>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // out[n, c, y, x] = wp.tanh(inputs[n, c, y, x])                                          <L 7>
        var_4 = wp::address(var_inputs, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::tanh(var_6);
        wp::array_store(var_out, var_0, var_1, var_2, var_3, var_5);
}



extern "C" __global__ void bias_activation_4a37b322_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_inputs,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_inputs,
    wp::array_t<wp::float32> adj_out)
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
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        //---------
        // forward
        // def bias_activation(inputs: wp.array4d(dtype=float), out: wp.array4d(dtype=float)):       <L 5>
        // n, c, y, x = wp.tid()                                                                  <L 6>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // out[n, c, y, x] = wp.tanh(inputs[n, c, y, x])                                          <L 7>
        var_4 = wp::address(var_inputs, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::tanh(var_6);
        // wp::array_store(var_out, var_0, var_1, var_2, var_3, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_1, var_2, var_3, var_5, adj_out, adj_0, adj_1, adj_2, adj_3, adj_5);
        wp::adj_tanh(var_6, var_5, adj_4, adj_5);
        wp::adj_address(var_inputs, var_0, var_1, var_2, var_3, adj_inputs, adj_0, adj_1, adj_2, adj_3, adj_4);
        // adj: out[n, c, y, x] = wp.tanh(inputs[n, c, y, x])                                     <L 7>
        // adj: n, c, y, x = wp.tid()                                                             <L 6>
        // adj: def bias_activation(inputs: wp.array4d(dtype=float), out: wp.array4d(dtype=float)):  <L 5>
        return;
}

