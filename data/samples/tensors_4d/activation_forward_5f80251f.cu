// Warp 1.19.0 cuda code for activation_forward_5f80251f.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void activation_forward_bf930328_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_inputs,
    wp::array_t<wp::float32> var_outputs)
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
        //---------
        // forward
        // def activation_forward(inputs: wp.array4d(dtype=float), outputs: wp.array4d(dtype=float)):       <L 5>
        // n, c, y, x = wp.tid()                                                                  <L 7>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // outputs[n, c, y, x] = wp.tanh(inputs[n, c, y, x])                                      <L 8>
        var_4 = wp::address(var_inputs, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::tanh(var_6);
        wp::array_store(var_outputs, var_0, var_1, var_2, var_3, var_5);
    }
}



extern "C" __global__ void activation_forward_bf930328_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_inputs,
    wp::array_t<wp::float32> var_outputs,
    wp::array_t<wp::float32> adj_inputs,
    wp::array_t<wp::float32> adj_outputs)
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
        // def activation_forward(inputs: wp.array4d(dtype=float), outputs: wp.array4d(dtype=float)):       <L 5>
        // n, c, y, x = wp.tid()                                                                  <L 7>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // outputs[n, c, y, x] = wp.tanh(inputs[n, c, y, x])                                      <L 8>
        var_4 = wp::address(var_inputs, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::tanh(var_6);
        // wp::array_store(var_outputs, var_0, var_1, var_2, var_3, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_outputs, var_0, var_1, var_2, var_3, var_5, adj_outputs, adj_0, adj_1, adj_2, adj_3, adj_5);
        wp::adj_tanh(var_6, var_5, adj_4, adj_5);
        wp::adj_address(var_inputs, var_0, var_1, var_2, var_3, adj_inputs, adj_0, adj_1, adj_2, adj_3, adj_4);
        // adj: outputs[n, c, y, x] = wp.tanh(inputs[n, c, y, x])                                 <L 8>
        // adj: n, c, y, x = wp.tid()                                                             <L 7>
        // adj: def activation_forward(inputs: wp.array4d(dtype=float), outputs: wp.array4d(dtype=float)):  <L 5>
        continue;
    }
}



extern "C" __global__ void channel_stats_e15a8ad6_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_outputs,
    wp::array_t<wp::float32> var_mean)
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
        // def channel_stats(outputs: wp.array4d(dtype=float), mean: wp.array(dtype=float)):       <L 12>
        // n, c, y, x = wp.tid()                                                                  <L 13>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // val = outputs[n, c, y, x]                                                              <L 14>
        var_4 = wp::address(var_outputs, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // value = val                                                                            <L 15>
        var_7 = wp::copy(var_5);
        // wp.atomic_add(mean, c, value)                                                          <L 16>
        var_8 = wp::atomic_add(var_mean, var_1, var_7);
    }
}



extern "C" __global__ void channel_stats_e15a8ad6_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_outputs,
    wp::array_t<wp::float32> var_mean,
    wp::array_t<wp::float32> adj_outputs,
    wp::array_t<wp::float32> adj_mean)
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
        // def channel_stats(outputs: wp.array4d(dtype=float), mean: wp.array(dtype=float)):       <L 12>
        // n, c, y, x = wp.tid()                                                                  <L 13>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // val = outputs[n, c, y, x]                                                              <L 14>
        var_4 = wp::address(var_outputs, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // value = val                                                                            <L 15>
        var_7 = wp::copy(var_5);
        // wp.atomic_add(mean, c, value)                                                          <L 16>
        // var_8 = wp::atomic_add(var_mean, var_1, var_7);
        //---------
        // reverse
        wp::adj_atomic_add(var_mean, var_1, var_7, adj_mean, adj_1, adj_7, adj_8);
        // adj: wp.atomic_add(mean, c, value)                                                     <L 16>
        wp::adj_copy(var_5, adj_5, adj_7);
        // adj: value = val                                                                       <L 15>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_outputs, var_0, var_1, var_2, var_3, adj_outputs, adj_0, adj_1, adj_2, adj_3, adj_4);
        // adj: val = outputs[n, c, y, x]                                                         <L 14>
        // adj: n, c, y, x = wp.tid()                                                             <L 13>
        // adj: def channel_stats(outputs: wp.array4d(dtype=float), mean: wp.array(dtype=float)):  <L 12>
        continue;
    }
}

