// Warp 1.19.0 cuda code for alpha_blend_b501b5d2.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void alpha_blend_8f6f45a0_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_background,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::float32> var_foreground)
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
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32* var_5;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        //---------
        // forward
        // def alpha_blend(                                                                       <L 5>
        // i, j = wp.tid()                                                                        <L 10>
        builtin_tid2d(var_0, var_1);
        // w = weights[i, j]                                                                      <L 11>
        var_2 = wp::address(var_weights, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // foreground[i, j] = wp.lerp(background[i, j], foreground[i, j], w)                      <L 12>
        var_5 = wp::address(var_background, var_0, var_1);
        var_6 = wp::address(var_foreground, var_0, var_1);
        var_8 = wp::load(var_5);
        var_9 = wp::load(var_6);
        var_7 = wp::lerp(var_8, var_9, var_3);
        wp::array_store(var_foreground, var_0, var_1, var_7);
    }
}



extern "C" __global__ void alpha_blend_8f6f45a0_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_background,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::float32> var_foreground,
    wp::array_t<wp::float32> adj_background,
    wp::array_t<wp::float32> adj_weights,
    wp::array_t<wp::float32> adj_foreground)
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
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32* var_5;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        //---------
        // forward
        // def alpha_blend(                                                                       <L 5>
        // i, j = wp.tid()                                                                        <L 10>
        builtin_tid2d(var_0, var_1);
        // w = weights[i, j]                                                                      <L 11>
        var_2 = wp::address(var_weights, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // foreground[i, j] = wp.lerp(background[i, j], foreground[i, j], w)                      <L 12>
        var_5 = wp::address(var_background, var_0, var_1);
        var_6 = wp::address(var_foreground, var_0, var_1);
        var_8 = wp::load(var_5);
        var_9 = wp::load(var_6);
        var_7 = wp::lerp(var_8, var_9, var_3);
        // wp::array_store(var_foreground, var_0, var_1, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_foreground, var_0, var_1, var_7, adj_foreground, adj_0, adj_1, adj_7);
        wp::adj_lerp(var_8, var_9, var_3, adj_5, adj_6, adj_3, adj_7);
        wp::adj_address(var_foreground, var_0, var_1, adj_foreground, adj_0, adj_1, adj_6);
        wp::adj_address(var_background, var_0, var_1, adj_background, adj_0, adj_1, adj_5);
        // adj: foreground[i, j] = wp.lerp(background[i, j], foreground[i, j], w)                 <L 12>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_weights, var_0, var_1, adj_weights, adj_0, adj_1, adj_2);
        // adj: w = weights[i, j]                                                                 <L 11>
        // adj: i, j = wp.tid()                                                                   <L 10>
        // adj: def alpha_blend(                                                                  <L 5>
        continue;
    }
}

