// Warp 1.19.0 cuda code for normalize_input_b8c597e2.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void bn_forward_071ce86e_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_activations,
    wp::array_t<wp::float32> var_mean,
    wp::array_t<wp::float32> var_running_var,
    wp::array_t<wp::float32> var_weight,
    wp::array_t<wp::float32> var_beta,
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
        const wp::float32 var_4 = 1.0;
        wp::float32* var_5;
        const wp::float32 var_6 = 1e-05;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32* var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32* var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        //---------
        // forward
        // def bn_forward(                                                                        <L 12>
        // n, c, y, x = wp.tid()                                                                  <L 21>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // inv_std = 1.0 / wp.sqrt(running_var[c] + 1.0e-5)                                       <L 22>
        var_5 = wp::address(var_running_var, var_1);
        var_8 = wp::load(var_5);
        var_7 = wp::add(var_8, var_6);
        var_9 = wp::sqrt(var_7);
        var_10 = wp::div(var_4, var_9);
        // x_hat = (activations[n, c, y, x] - mean[c]) * inv_std                                  <L 23>
        var_11 = wp::address(var_activations, var_0, var_1, var_2, var_3);
        var_12 = wp::address(var_mean, var_1);
        var_14 = wp::load(var_11);
        var_15 = wp::load(var_12);
        var_13 = wp::sub(var_14, var_15);
        var_16 = wp::mul(var_13, var_10);
        // outputs[n, c, y, x] = weight[c] * x_hat + beta[c]                                      <L 24>
        var_17 = wp::address(var_weight, var_1);
        var_19 = wp::load(var_17);
        var_18 = wp::mul(var_19, var_16);
        var_20 = wp::address(var_beta, var_1);
        var_22 = wp::load(var_20);
        var_21 = wp::add(var_18, var_22);
        wp::array_store(var_outputs, var_0, var_1, var_2, var_3, var_21);
    }
}



extern "C" __global__ void bn_forward_071ce86e_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_activations,
    wp::array_t<wp::float32> var_mean,
    wp::array_t<wp::float32> var_running_var,
    wp::array_t<wp::float32> var_weight,
    wp::array_t<wp::float32> var_beta,
    wp::array_t<wp::float32> var_outputs,
    wp::array_t<wp::float32> adj_activations,
    wp::array_t<wp::float32> adj_mean,
    wp::array_t<wp::float32> adj_running_var,
    wp::array_t<wp::float32> adj_weight,
    wp::array_t<wp::float32> adj_beta,
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
        const wp::float32 var_4 = 1.0;
        wp::float32* var_5;
        const wp::float32 var_6 = 1e-05;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32* var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32* var_20;
        wp::float32 var_21;
        wp::float32 var_22;
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
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        //---------
        // forward
        // def bn_forward(                                                                        <L 12>
        // n, c, y, x = wp.tid()                                                                  <L 21>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // inv_std = 1.0 / wp.sqrt(running_var[c] + 1.0e-5)                                       <L 22>
        var_5 = wp::address(var_running_var, var_1);
        var_8 = wp::load(var_5);
        var_7 = wp::add(var_8, var_6);
        var_9 = wp::sqrt(var_7);
        var_10 = wp::div(var_4, var_9);
        // x_hat = (activations[n, c, y, x] - mean[c]) * inv_std                                  <L 23>
        var_11 = wp::address(var_activations, var_0, var_1, var_2, var_3);
        var_12 = wp::address(var_mean, var_1);
        var_14 = wp::load(var_11);
        var_15 = wp::load(var_12);
        var_13 = wp::sub(var_14, var_15);
        var_16 = wp::mul(var_13, var_10);
        // outputs[n, c, y, x] = weight[c] * x_hat + beta[c]                                      <L 24>
        var_17 = wp::address(var_weight, var_1);
        var_19 = wp::load(var_17);
        var_18 = wp::mul(var_19, var_16);
        var_20 = wp::address(var_beta, var_1);
        var_22 = wp::load(var_20);
        var_21 = wp::add(var_18, var_22);
        // wp::array_store(var_outputs, var_0, var_1, var_2, var_3, var_21);
        //---------
        // reverse
        wp::adj_array_store(var_outputs, var_0, var_1, var_2, var_3, var_21, adj_outputs, adj_0, adj_1, adj_2, adj_3, adj_21);
        wp::adj_add(var_18, var_22, adj_18, adj_20, adj_21);
        wp::adj_address(var_beta, var_1, adj_beta, adj_1, adj_20);
        wp::adj_mul(var_19, var_16, adj_17, adj_16, adj_18);
        wp::adj_address(var_weight, var_1, adj_weight, adj_1, adj_17);
        // adj: outputs[n, c, y, x] = weight[c] * x_hat + beta[c]                                 <L 24>
        wp::adj_mul(var_13, var_10, adj_13, adj_10, adj_16);
        wp::adj_sub(var_14, var_15, adj_11, adj_12, adj_13);
        wp::adj_address(var_mean, var_1, adj_mean, adj_1, adj_12);
        wp::adj_address(var_activations, var_0, var_1, var_2, var_3, adj_activations, adj_0, adj_1, adj_2, adj_3, adj_11);
        // adj: x_hat = (activations[n, c, y, x] - mean[c]) * inv_std                             <L 23>
        wp::adj_div(var_4, var_9, var_10, adj_4, adj_9, adj_10);
        wp::adj_sqrt(var_7, var_9, adj_7, adj_9);
        wp::adj_add(var_8, var_6, adj_5, adj_6, adj_7);
        wp::adj_address(var_running_var, var_1, adj_running_var, adj_1, adj_5);
        // adj: inv_std = 1.0 / wp.sqrt(running_var[c] + 1.0e-5)                                  <L 22>
        // adj: n, c, y, x = wp.tid()                                                             <L 21>
        // adj: def bn_forward(                                                                   <L 12>
        continue;
    }
}



extern "C" __global__ void normalize_input_59f74c5d_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_gains,
    wp::float32 var_offset,
    wp::array_t<wp::float32> var_inputs)
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
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        //---------
        // forward
        // def normalize_input(gains: wp.array4d[float], offset: float, inputs: wp.array4d[float]):       <L 5>
        // n, c, y, x = wp.tid()                                                                  <L 6>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // v = inputs[n, c, y, x]                                                                 <L 7>
        var_4 = wp::address(var_inputs, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // inputs[n, c, y, x] = (v - offset) * gains[n, c, y, x]                                  <L 8>
        var_7 = wp::sub(var_5, var_offset);
        var_8 = wp::address(var_gains, var_0, var_1, var_2, var_3);
        var_10 = wp::load(var_8);
        var_9 = wp::mul(var_7, var_10);
        wp::array_store(var_inputs, var_0, var_1, var_2, var_3, var_9);
    }
}



extern "C" __global__ void normalize_input_59f74c5d_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_gains,
    wp::float32 var_offset,
    wp::array_t<wp::float32> var_inputs,
    wp::array_t<wp::float32> adj_gains,
    wp::float32 adj_offset,
    wp::array_t<wp::float32> adj_inputs)
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
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
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
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        //---------
        // forward
        // def normalize_input(gains: wp.array4d[float], offset: float, inputs: wp.array4d[float]):       <L 5>
        // n, c, y, x = wp.tid()                                                                  <L 6>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // v = inputs[n, c, y, x]                                                                 <L 7>
        var_4 = wp::address(var_inputs, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // inputs[n, c, y, x] = (v - offset) * gains[n, c, y, x]                                  <L 8>
        var_7 = wp::sub(var_5, var_offset);
        var_8 = wp::address(var_gains, var_0, var_1, var_2, var_3);
        var_10 = wp::load(var_8);
        var_9 = wp::mul(var_7, var_10);
        // wp::array_store(var_inputs, var_0, var_1, var_2, var_3, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_inputs, var_0, var_1, var_2, var_3, var_9, adj_inputs, adj_0, adj_1, adj_2, adj_3, adj_9);
        wp::adj_mul(var_7, var_10, adj_7, adj_8, adj_9);
        wp::adj_address(var_gains, var_0, var_1, var_2, var_3, adj_gains, adj_0, adj_1, adj_2, adj_3, adj_8);
        wp::adj_sub(var_5, var_offset, adj_5, adj_offset, adj_7);
        // adj: inputs[n, c, y, x] = (v - offset) * gains[n, c, y, x]                             <L 8>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_inputs, var_0, var_1, var_2, var_3, adj_inputs, adj_0, adj_1, adj_2, adj_3, adj_4);
        // adj: v = inputs[n, c, y, x]                                                            <L 7>
        // adj: n, c, y, x = wp.tid()                                                             <L 6>
        // adj: def normalize_input(gains: wp.array4d[float], offset: float, inputs: wp.array4d[float]):  <L 5>
        continue;
    }
}



extern "C" __global__ void channel_stats_77ab2cb5_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_activations,
    wp::array_t<wp::float32> var_mean,
    wp::array_t<wp::float32> var_running_var)
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
        wp::float32 var_9;
        //---------
        // forward
        // def channel_stats(                                                                     <L 45>
        // n, c, y, x = wp.tid()                                                                  <L 50>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // value = activations[n, c, y, x]                                                        <L 51>
        var_4 = wp::address(var_activations, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // wp.atomic_add(mean, c, value)                                                          <L 52>
        var_7 = wp::atomic_add(var_mean, var_1, var_5);
        // wp.atomic_add(running_var, c, value * value)                                           <L 53>
        var_8 = wp::mul(var_5, var_5);
        var_9 = wp::atomic_add(var_running_var, var_1, var_8);
    }
}



extern "C" __global__ void channel_stats_77ab2cb5_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_activations,
    wp::array_t<wp::float32> var_mean,
    wp::array_t<wp::float32> var_running_var,
    wp::array_t<wp::float32> adj_activations,
    wp::array_t<wp::float32> adj_mean,
    wp::array_t<wp::float32> adj_running_var)
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
        wp::float32 var_9;
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
        wp::float32 adj_9 = {};
        //---------
        // forward
        // def channel_stats(                                                                     <L 45>
        // n, c, y, x = wp.tid()                                                                  <L 50>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // value = activations[n, c, y, x]                                                        <L 51>
        var_4 = wp::address(var_activations, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // wp.atomic_add(mean, c, value)                                                          <L 52>
        // var_7 = wp::atomic_add(var_mean, var_1, var_5);
        // wp.atomic_add(running_var, c, value * value)                                           <L 53>
        var_8 = wp::mul(var_5, var_5);
        // var_9 = wp::atomic_add(var_running_var, var_1, var_8);
        //---------
        // reverse
        wp::adj_atomic_add(var_running_var, var_1, var_8, adj_running_var, adj_1, adj_8, adj_9);
        wp::adj_mul(var_5, var_5, adj_5, adj_5, adj_8);
        // adj: wp.atomic_add(running_var, c, value * value)                                      <L 53>
        wp::adj_atomic_add(var_mean, var_1, var_5, adj_mean, adj_1, adj_5, adj_7);
        // adj: wp.atomic_add(mean, c, value)                                                     <L 52>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_activations, var_0, var_1, var_2, var_3, adj_activations, adj_0, adj_1, adj_2, adj_3, adj_4);
        // adj: value = activations[n, c, y, x]                                                   <L 51>
        // adj: n, c, y, x = wp.tid()                                                             <L 50>
        // adj: def channel_stats(                                                                <L 45>
        continue;
    }
}



extern "C" __global__ void apply_channel_gain_9bf70895_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_inputs,
    wp::array_t<wp::float32> var_channel_scale,
    wp::array_t<wp::float32> var_output)
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
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        //---------
        // forward
        // def apply_channel_gain(                                                                <L 28>
        // n, c, y, x = wp.tid()                                                                  <L 34>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // output[n, c, y, x] = channel_scale[c] * inputs[n, c, y, x]                             <L 35>
        var_4 = wp::address(var_channel_scale, var_1);
        var_5 = wp::address(var_inputs, var_0, var_1, var_2, var_3);
        var_7 = wp::load(var_4);
        var_8 = wp::load(var_5);
        var_6 = wp::mul(var_7, var_8);
        wp::array_store(var_output, var_0, var_1, var_2, var_3, var_6);
    }
}



extern "C" __global__ void apply_channel_gain_9bf70895_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_inputs,
    wp::array_t<wp::float32> var_channel_scale,
    wp::array_t<wp::float32> var_output,
    wp::array_t<wp::float32> adj_inputs,
    wp::array_t<wp::float32> adj_channel_scale,
    wp::array_t<wp::float32> adj_output)
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
        wp::float32* var_5;
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
        // def apply_channel_gain(                                                                <L 28>
        // n, c, y, x = wp.tid()                                                                  <L 34>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // output[n, c, y, x] = channel_scale[c] * inputs[n, c, y, x]                             <L 35>
        var_4 = wp::address(var_channel_scale, var_1);
        var_5 = wp::address(var_inputs, var_0, var_1, var_2, var_3);
        var_7 = wp::load(var_4);
        var_8 = wp::load(var_5);
        var_6 = wp::mul(var_7, var_8);
        // wp::array_store(var_output, var_0, var_1, var_2, var_3, var_6);
        //---------
        // reverse
        wp::adj_array_store(var_output, var_0, var_1, var_2, var_3, var_6, adj_output, adj_0, adj_1, adj_2, adj_3, adj_6);
        wp::adj_mul(var_7, var_8, adj_4, adj_5, adj_6);
        wp::adj_address(var_inputs, var_0, var_1, var_2, var_3, adj_inputs, adj_0, adj_1, adj_2, adj_3, adj_5);
        wp::adj_address(var_channel_scale, var_1, adj_channel_scale, adj_1, adj_4);
        // adj: output[n, c, y, x] = channel_scale[c] * inputs[n, c, y, x]                        <L 35>
        // adj: n, c, y, x = wp.tid()                                                             <L 34>
        // adj: def apply_channel_gain(                                                           <L 28>
        continue;
    }
}



extern "C" __global__ void merge_branches_d6a35dab_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float64> var_features,
    wp::array_t<wp::float64> var_branch)
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
        wp::float64* var_5;
        wp::float64 var_6;
        wp::float64 var_7;
        wp::float64 var_8;
        //---------
        // forward
        // def merge_branches(features: wp.array4d[wp.float64], branch: wp.array4d[wp.float64]):       <L 39>
        // n, c, y, x = wp.tid()                                                                  <L 40>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // features[n, c, y, x] = features[n, c, y, x] + branch[n, c, y, x]                       <L 41>
        var_4 = wp::address(var_features, var_0, var_1, var_2, var_3);
        var_5 = wp::address(var_branch, var_0, var_1, var_2, var_3);
        var_7 = wp::load(var_4);
        var_8 = wp::load(var_5);
        var_6 = wp::add(var_7, var_8);
        wp::array_store(var_features, var_0, var_1, var_2, var_3, var_6);
    }
}



extern "C" __global__ void merge_branches_d6a35dab_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float64> var_features,
    wp::array_t<wp::float64> var_branch,
    wp::array_t<wp::float64> adj_features,
    wp::array_t<wp::float64> adj_branch)
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
        wp::float64* var_5;
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
        // def merge_branches(features: wp.array4d[wp.float64], branch: wp.array4d[wp.float64]):       <L 39>
        // n, c, y, x = wp.tid()                                                                  <L 40>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // features[n, c, y, x] = features[n, c, y, x] + branch[n, c, y, x]                       <L 41>
        var_4 = wp::address(var_features, var_0, var_1, var_2, var_3);
        var_5 = wp::address(var_branch, var_0, var_1, var_2, var_3);
        var_7 = wp::load(var_4);
        var_8 = wp::load(var_5);
        var_6 = wp::add(var_7, var_8);
        // wp::array_store(var_features, var_0, var_1, var_2, var_3, var_6);
        //---------
        // reverse
        wp::adj_array_store(var_features, var_0, var_1, var_2, var_3, var_6, adj_features, adj_0, adj_1, adj_2, adj_3, adj_6);
        wp::adj_add(var_7, var_8, adj_4, adj_5, adj_6);
        wp::adj_address(var_branch, var_0, var_1, var_2, var_3, adj_branch, adj_0, adj_1, adj_2, adj_3, adj_5);
        wp::adj_address(var_features, var_0, var_1, var_2, var_3, adj_features, adj_0, adj_1, adj_2, adj_3, adj_4);
        // adj: features[n, c, y, x] = features[n, c, y, x] + branch[n, c, y, x]                  <L 41>
        // adj: n, c, y, x = wp.tid()                                                             <L 40>
        // adj: def merge_branches(features: wp.array4d[wp.float64], branch: wp.array4d[wp.float64]):  <L 39>
        continue;
    }
}

