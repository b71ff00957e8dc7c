// Warp 1.19.0 cuda code for rescale_tensor_404b9b98.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void rescale_tensor_63d2b737_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::float64 var_gain,
    wp::float64 var_bias,
    wp::array_t<wp::float64> var_inputs)
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
        wp::float64* var_4;
        wp::float64 var_5;
        wp::float64 var_6;
        wp::float64 var_7;
        wp::float64 var_8;
        //---------
        // forward
        // def rescale_tensor(gain: wp.float64, bias: wp.float64, inputs: wp.array4d[wp.float64]):       <L 5>
        // n, c, y, x = wp.tid()                                                                  <L 6>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // a = inputs[n, c, y, x]                                                                 <L 7>
        var_4 = wp::address(var_inputs, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // inputs[n, c, y, x] = a * gain + bias                                                   <L 8>
        var_7 = wp::mul(var_5, var_gain);
        var_8 = wp::add(var_7, var_bias);
        wp::array_store(var_inputs, var_0, var_1, var_2, var_3, var_8);
    }
}



extern "C" __global__ void rescale_tensor_63d2b737_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::float64 var_gain,
    wp::float64 var_bias,
    wp::array_t<wp::float64> var_inputs,
    wp::float64 adj_gain,
    wp::float64 adj_bias,
    wp::array_t<wp::float64> adj_inputs)
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
        wp::float64* var_4;
        wp::float64 var_5;
        wp::float64 var_6;
        wp::float64 var_7;
        wp::float64 var_8;
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
        //---------
        // forward
        // def rescale_tensor(gain: wp.float64, bias: wp.float64, inputs: wp.array4d[wp.float64]):       <L 5>
        // n, c, y, x = wp.tid()                                                                  <L 6>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // a = inputs[n, c, y, x]                                                                 <L 7>
        var_4 = wp::address(var_inputs, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // inputs[n, c, y, x] = a * gain + bias                                                   <L 8>
        var_7 = wp::mul(var_5, var_gain);
        var_8 = wp::add(var_7, var_bias);
        // wp::array_store(var_inputs, var_0, var_1, var_2, var_3, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_inputs, var_0, var_1, var_2, var_3, var_8, adj_inputs, adj_0, adj_1, adj_2, adj_3, adj_8);
        wp::adj_add(var_7, var_bias, adj_7, adj_bias, adj_8);
        wp::adj_mul(var_5, var_gain, adj_5, adj_gain, adj_7);
        // adj: inputs[n, c, y, x] = a * gain + bias                                              <L 8>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_inputs, var_0, var_1, var_2, var_3, adj_inputs, adj_0, adj_1, adj_2, adj_3, adj_4);
        // adj: a = inputs[n, c, y, x]                                                            <L 7>
        // adj: n, c, y, x = wp.tid()                                                             <L 6>
        // adj: def rescale_tensor(gain: wp.float64, bias: wp.float64, inputs: wp.array4d[wp.float64]):  <L 5>
        continue;
    }
}

