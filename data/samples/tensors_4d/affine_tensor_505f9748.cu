// Warp 1.19.0 cuda code for affine_tensor_505f9748.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void affine_tensor_72f4e4e1_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_act,
    wp::float32 var_multiplier,
    wp::float32 var_bias,
    wp::array_t<wp::float32> var_out)
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
        // def affine_tensor(act: wp.array4d[float], multiplier: float, bias: float, out: wp.array4d[float]):       <L 5>
        // n, c, y, x = wp.tid()                                                                  <L 6>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // a = act[n, c, y, x]                                                                    <L 7>
        var_4 = wp::address(var_act, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // out[n, c, y, x] = bias + multiplier * a                                                <L 8>
        var_7 = wp::mul(var_multiplier, var_5);
        var_8 = wp::add(var_bias, var_7);
        wp::array_store(var_out, var_0, var_1, var_2, var_3, var_8);
    }
}



extern "C" __global__ void affine_tensor_72f4e4e1_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_act,
    wp::float32 var_multiplier,
    wp::float32 var_bias,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_act,
    wp::float32 adj_multiplier,
    wp::float32 adj_bias,
    wp::array_t<wp::float32> adj_out)
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
        // def affine_tensor(act: wp.array4d[float], multiplier: float, bias: float, out: wp.array4d[float]):       <L 5>
        // n, c, y, x = wp.tid()                                                                  <L 6>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // a = act[n, c, y, x]                                                                    <L 7>
        var_4 = wp::address(var_act, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // out[n, c, y, x] = bias + multiplier * a                                                <L 8>
        var_7 = wp::mul(var_multiplier, var_5);
        var_8 = wp::add(var_bias, var_7);
        // wp::array_store(var_out, var_0, var_1, var_2, var_3, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_1, var_2, var_3, var_8, adj_out, adj_0, adj_1, adj_2, adj_3, adj_8);
        wp::adj_add(var_bias, var_7, adj_bias, adj_7, adj_8);
        wp::adj_mul(var_multiplier, var_5, adj_multiplier, adj_5, adj_7);
        // adj: out[n, c, y, x] = bias + multiplier * a                                           <L 8>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_act, var_0, var_1, var_2, var_3, adj_act, adj_0, adj_1, adj_2, adj_3, adj_4);
        // adj: a = act[n, c, y, x]                                                               <L 7>
        // adj: n, c, y, x = wp.tid()                                                             <L 6>
        // adj: def affine_tensor(act: wp.array4d[float], multiplier: float, bias: float, out: wp.array4d[float]):  <L 5>
        continue;
    }
}

