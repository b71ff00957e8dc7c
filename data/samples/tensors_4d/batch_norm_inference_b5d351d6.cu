// Warp 1.19.0 cuda code for batch_norm_inference_b5d351d6.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void rescale_tensor_274ae031_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_inputs,
    wp::array_t<wp::float32> var_gains,
    wp::array_t<wp::float32> var_biases,
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
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        //---------
        // forward
        // def rescale_tensor(                                                                    <L 22>
        // n, c, y, x = wp.tid()                                                                  <L 29>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // v = inputs[n, c, y, x]                                                                 <L 30>
        var_4 = wp::address(var_inputs, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // bias = biases[n, c, y, x]                                                              <L 31>
        var_7 = wp::address(var_biases, var_0, var_1, var_2, var_3);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // output[n, c, y, x] = v * gains[n, c, y, x] + bias                                      <L 32>
        var_10 = wp::address(var_gains, var_0, var_1, var_2, var_3);
        var_12 = wp::load(var_10);
        var_11 = wp::mul(var_5, var_12);
        var_13 = wp::add(var_11, var_8);
        wp::array_store(var_output, var_0, var_1, var_2, var_3, var_13);
    }
}



extern "C" __global__ void rescale_tensor_274ae031_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_inputs,
    wp::array_t<wp::float32> var_gains,
    wp::array_t<wp::float32> var_biases,
    wp::array_t<wp::float32> var_output,
    wp::array_t<wp::float32> adj_inputs,
    wp::array_t<wp::float32> adj_gains,
    wp::array_t<wp::float32> adj_biases,
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
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
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
        //---------
        // forward
        // def rescale_tensor(                                                                    <L 22>
        // n, c, y, x = wp.tid()                                                                  <L 29>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // v = inputs[n, c, y, x]                                                                 <L 30>
        var_4 = wp::address(var_inputs, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // bias = biases[n, c, y, x]                                                              <L 31>
        var_7 = wp::address(var_biases, var_0, var_1, var_2, var_3);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // output[n, c, y, x] = v * gains[n, c, y, x] + bias                                      <L 32>
        var_10 = wp::address(var_gains, var_0, var_1, var_2, var_3);
        var_12 = wp::load(var_10);
        var_11 = wp::mul(var_5, var_12);
        var_13 = wp::add(var_11, var_8);
        // wp::array_store(var_output, var_0, var_1, var_2, var_3, var_13);
        //---------
        // reverse
        wp::adj_array_store(var_output, var_0, var_1, var_2, var_3, var_13, adj_output, adj_0, adj_1, adj_2, adj_3, adj_13);
        wp::adj_add(var_11, var_8, adj_11, adj_8, adj_13);
        wp::adj_mul(var_5, var_12, adj_5, adj_10, adj_11);
        wp::adj_address(var_gains, var_0, var_1, var_2, var_3, adj_gains, adj_0, adj_1, adj_2, adj_3, adj_10);
        // adj: output[n, c, y, x] = v * gains[n, c, y, x] + bias                                 <L 32>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_biases, var_0, var_1, var_2, var_3, adj_biases, adj_0, adj_1, adj_2, adj_3, adj_7);
        // adj: bias = biases[n, c, y, x]                                                         <L 31>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_inputs, var_0, var_1, var_2, var_3, adj_inputs, adj_0, adj_1, adj_2, adj_3, adj_4);
        // adj: v = inputs[n, c, y, x]                                                            <L 30>
        // adj: n, c, y, x = wp.tid()                                                             <L 29>
        // adj: def rescale_tensor(                                                               <L 22>
        continue;
    }
}



extern "C" __global__ void activate_ad4653ec_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_logits,
    wp::array_t<wp::float32> var_activations)
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
        const wp::float32 var_7 = 1.0;
        const wp::float32 var_8 = 1.0;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        //---------
        // forward
        // def activate(logits: wp.array4d(dtype=float), activations: wp.array4d(dtype=float)):       <L 36>
        // n, c, y, x = wp.tid()                                                                  <L 37>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // z = logits[n, c, y, x]                                                                 <L 38>
        var_4 = wp::address(var_logits, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // gate = 1.0 / (1.0 + wp.exp(-z))                                                        <L 39>
        var_9 = wp::neg(var_5);
        var_10 = wp::exp(var_9);
        var_11 = wp::add(var_8, var_10);
        var_12 = wp::div(var_7, var_11);
        // activations[n, c, y, x] = gate                                                         <L 40>
        wp::array_store(var_activations, var_0, var_1, var_2, var_3, var_12);
    }
}



extern "C" __global__ void activate_ad4653ec_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_logits,
    wp::array_t<wp::float32> var_activations,
    wp::array_t<wp::float32> adj_logits,
    wp::array_t<wp::float32> adj_activations)
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
        const wp::float32 var_7 = 1.0;
        const wp::float32 var_8 = 1.0;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
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
        //---------
        // forward
        // def activate(logits: wp.array4d(dtype=float), activations: wp.array4d(dtype=float)):       <L 36>
        // n, c, y, x = wp.tid()                                                                  <L 37>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // z = logits[n, c, y, x]                                                                 <L 38>
        var_4 = wp::address(var_logits, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // gate = 1.0 / (1.0 + wp.exp(-z))                                                        <L 39>
        var_9 = wp::neg(var_5);
        var_10 = wp::exp(var_9);
        var_11 = wp::add(var_8, var_10);
        var_12 = wp::div(var_7, var_11);
        // activations[n, c, y, x] = gate                                                         <L 40>
        // wp::array_store(var_activations, var_0, var_1, var_2, var_3, var_12);
        //---------
        // reverse
        wp::adj_array_store(var_activations, var_0, var_1, var_2, var_3, var_12, adj_activations, adj_0, adj_1, adj_2, adj_3, adj_12);
        // adj: activations[n, c, y, x] = gate                                                    <L 40>
        wp::adj_div(var_7, var_11, var_12, adj_7, adj_11, adj_12);
        wp::adj_add(var_8, var_10, adj_8, adj_10, adj_11);
        wp::adj_exp(var_9, var_10, adj_9, adj_10);
        wp::adj_neg(var_5, adj_5, adj_9);
        // adj: gate = 1.0 / (1.0 + wp.exp(-z))                                                   <L 39>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_logits, var_0, var_1, var_2, var_3, adj_logits, adj_0, adj_1, adj_2, adj_3, adj_4);
        // adj: z = logits[n, c, y, x]                                                            <L 38>
        // adj: n, c, y, x = wp.tid()                                                             <L 37>
        // adj: def activate(logits: wp.array4d(dtype=float), activations: wp.array4d(dtype=float)):  <L 36>
        continue;
    }
}



extern "C" __global__ void per_channel_affine_b6b618d6_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_channel_scale,
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
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        //---------
        // forward
        // def per_channel_affine(channel_scale: wp.array(dtype=float), inputs: wp.array4d(dtype=float)):       <L 44>
        // n, c, y, x = wp.tid()                                                                  <L 45>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // a = inputs[n, c, y, x]                                                                 <L 46>
        var_4 = wp::address(var_inputs, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // inputs[n, c, y, x] = a * channel_scale[c]                                              <L 47>
        var_7 = wp::address(var_channel_scale, var_1);
        var_9 = wp::load(var_7);
        var_8 = wp::mul(var_5, var_9);
        wp::array_store(var_inputs, var_0, var_1, var_2, var_3, var_8);
    }
}



extern "C" __global__ void per_channel_affine_b6b618d6_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_channel_scale,
    wp::array_t<wp::float32> var_inputs,
    wp::array_t<wp::float32> adj_channel_scale,
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
        wp::float32* var_7;
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
        // def per_channel_affine(channel_scale: wp.array(dtype=float), inputs: wp.array4d(dtype=float)):       <L 44>
        // n, c, y, x = wp.tid()                                                                  <L 45>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // a = inputs[n, c, y, x]                                                                 <L 46>
        var_4 = wp::address(var_inputs, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // inputs[n, c, y, x] = a * channel_scale[c]                                              <L 47>
        var_7 = wp::address(var_channel_scale, var_1);
        var_9 = wp::load(var_7);
        var_8 = wp::mul(var_5, var_9);
        // wp::array_store(var_inputs, var_0, var_1, var_2, var_3, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_inputs, var_0, var_1, var_2, var_3, var_8, adj_inputs, adj_0, adj_1, adj_2, adj_3, adj_8);
        wp::adj_mul(var_5, var_9, adj_5, adj_7, adj_8);
        wp::adj_address(var_channel_scale, var_1, adj_channel_scale, adj_1, adj_7);
        // adj: inputs[n, c, y, x] = a * channel_scale[c]                                         <L 47>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_inputs, var_0, var_1, var_2, var_3, adj_inputs, adj_0, adj_1, adj_2, adj_3, adj_4);
        // adj: a = inputs[n, c, y, x]                                                            <L 46>
        // adj: n, c, y, x = wp.tid()                                                             <L 45>
        // adj: def per_channel_affine(channel_scale: wp.array(dtype=float), inputs: wp.array4d(dtype=float)):  <L 44>
        continue;
    }
}



extern "C" __global__ void batch_norm_inference_f5c0702b_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_activations,
    wp::array_t<wp::float32> var_mean,
    wp::array_t<wp::float32> var_running_var,
    wp::array_t<wp::float32> var_gamma,
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
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 1.0;
        wp::float32* var_8;
        const wp::float32 var_9 = 1e-05;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32* var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32* var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        //---------
        // forward
        // def batch_norm_inference(                                                              <L 5>
        // n, c, y, x = wp.tid()                                                                  <L 14>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // val = activations[n, c, y, x]                                                          <L 15>
        var_4 = wp::address(var_activations, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // inv_std = 1.0 / wp.sqrt(running_var[c] + 1.0e-5)                                       <L 16>
        var_8 = wp::address(var_running_var, var_1);
        var_11 = wp::load(var_8);
        var_10 = wp::add(var_11, var_9);
        var_12 = wp::sqrt(var_10);
        var_13 = wp::div(var_7, var_12);
        // x_hat = (val - mean[c]) * inv_std                                                      <L 17>
        var_14 = wp::address(var_mean, var_1);
        var_16 = wp::load(var_14);
        var_15 = wp::sub(var_5, var_16);
        var_17 = wp::mul(var_15, var_13);
        // outputs[n, c, y, x] = gamma[c] * x_hat + beta[c]                                       <L 18>
        var_18 = wp::address(var_gamma, var_1);
        var_20 = wp::load(var_18);
        var_19 = wp::mul(var_20, var_17);
        var_21 = wp::address(var_beta, var_1);
        var_23 = wp::load(var_21);
        var_22 = wp::add(var_19, var_23);
        wp::array_store(var_outputs, var_0, var_1, var_2, var_3, var_22);
    }
}



extern "C" __global__ void batch_norm_inference_f5c0702b_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_activations,
    wp::array_t<wp::float32> var_mean,
    wp::array_t<wp::float32> var_running_var,
    wp::array_t<wp::float32> var_gamma,
    wp::array_t<wp::float32> var_beta,
    wp::array_t<wp::float32> var_outputs,
    wp::array_t<wp::float32> adj_activations,
    wp::array_t<wp::float32> adj_mean,
    wp::array_t<wp::float32> adj_running_var,
    wp::array_t<wp::float32> adj_gamma,
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
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 1.0;
        wp::float32* var_8;
        const wp::float32 var_9 = 1e-05;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32* var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32* var_21;
        wp::float32 var_22;
        wp::float32 var_23;
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
        wp::float32 adj_23 = {};
        //---------
        // forward
        // def batch_norm_inference(                                                              <L 5>
        // n, c, y, x = wp.tid()                                                                  <L 14>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // val = activations[n, c, y, x]                                                          <L 15>
        var_4 = wp::address(var_activations, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // inv_std = 1.0 / wp.sqrt(running_var[c] + 1.0e-5)                                       <L 16>
        var_8 = wp::address(var_running_var, var_1);
        var_11 = wp::load(var_8);
        var_10 = wp::add(var_11, var_9);
        var_12 = wp::sqrt(var_10);
        var_13 = wp::div(var_7, var_12);
        // x_hat = (val - mean[c]) * inv_std                                                      <L 17>
        var_14 = wp::address(var_mean, var_1);
        var_16 = wp::load(var_14);
        var_15 = wp::sub(var_5, var_16);
        var_17 = wp::mul(var_15, var_13);
        // outputs[n, c, y, x] = gamma[c] * x_hat + beta[c]                                       <L 18>
        var_18 = wp::address(var_gamma, var_1);
        var_20 = wp::load(var_18);
        var_19 = wp::mul(var_20, var_17);
        var_21 = wp::address(var_beta, var_1);
        var_23 = wp::load(var_21);
        var_22 = wp::add(var_19, var_23);
        // wp::array_store(var_outputs, var_0, var_1, var_2, var_3, var_22);
        //---------
        // reverse
        wp::adj_array_store(var_outputs, var_0, var_1, var_2, var_3, var_22, adj_outputs, adj_0, adj_1, adj_2, adj_3, adj_22);
        wp::adj_add(var_19, var_23, adj_19, adj_21, adj_22);
        wp::adj_address(var_beta, var_1, adj_beta, adj_1, adj_21);
        wp::adj_mul(var_20, var_17, adj_18, adj_17, adj_19);
        wp::adj_address(var_gamma, var_1, adj_gamma, adj_1, adj_18);
        // adj: outputs[n, c, y, x] = gamma[c] * x_hat + beta[c]                                  <L 18>
        wp::adj_mul(var_15, var_13, adj_15, adj_13, adj_17);
        wp::adj_sub(var_5, var_16, adj_5, adj_14, adj_15);
        wp::adj_address(var_mean, var_1, adj_mean, adj_1, adj_14);
        // adj: x_hat = (val - mean[c]) * inv_std                                                 <L 17>
        wp::adj_div(var_7, var_12, var_13, adj_7, adj_12, adj_13);
        wp::adj_sqrt(var_10, var_12, adj_10, adj_12);
        wp::adj_add(var_11, var_9, adj_8, adj_9, adj_10);
        wp::adj_address(var_running_var, var_1, adj_running_var, adj_1, adj_8);
        // adj: inv_std = 1.0 / wp.sqrt(running_var[c] + 1.0e-5)                                  <L 16>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_activations, var_0, var_1, var_2, var_3, adj_activations, adj_0, adj_1, adj_2, adj_3, adj_4);
        // adj: val = activations[n, c, y, x]                                                     <L 15>
        // adj: n, c, y, x = wp.tid()                                                             <L 14>
        // adj: def batch_norm_inference(                                                         <L 5>
        continue;
    }
}

