// Warp 1.19.0 cuda code for mix_buffers_41da8d62.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void mix_buffers_9b7691b0_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_x,
    wp::array_t<wp::vec_t<2, wp::float32>> var_other,
    wp::array_t<wp::float32> var_blend_weights,
    wp::array_t<wp::vec_t<2, wp::float32>> var_result)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::vec_t<2, wp::float32>* var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32>* var_7;
        const wp::float32 var_8 = 1.0;
        wp::float32 var_9;
        wp::vec_t<2, wp::float32> var_10;
        wp::vec_t<2, wp::float32> var_11;
        wp::vec_t<2, wp::float32> var_12;
        //---------
        // forward
        // def mix_buffers(                                                                       <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // alpha = blend_weights[tid]                                                             <L 12>
        var_1 = wp::address(var_blend_weights, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // result[tid] = x[tid] * alpha + other[tid] * (1.0 - alpha)                              <L 13>
        var_4 = wp::address(var_x, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::mul(var_6, var_2);
        var_7 = wp::address(var_other, var_0);
        var_9 = wp::sub(var_8, var_2);
        var_11 = wp::load(var_7);
        var_10 = wp::mul(var_11, var_9);
        var_12 = wp::add(var_5, var_10);
        wp::array_store(var_result, var_0, var_12);
    }
}



extern "C" __global__ void mix_buffers_9b7691b0_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_x,
    wp::array_t<wp::vec_t<2, wp::float32>> var_other,
    wp::array_t<wp::float32> var_blend_weights,
    wp::array_t<wp::vec_t<2, wp::float32>> var_result,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_other,
    wp::array_t<wp::float32> adj_blend_weights,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_result)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::vec_t<2, wp::float32>* var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32>* var_7;
        const wp::float32 var_8 = 1.0;
        wp::float32 var_9;
        wp::vec_t<2, wp::float32> var_10;
        wp::vec_t<2, wp::float32> var_11;
        wp::vec_t<2, wp::float32> var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::vec_t<2, wp::float32> adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        wp::vec_t<2, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::vec_t<2, wp::float32> adj_10 = {};
        wp::vec_t<2, wp::float32> adj_11 = {};
        wp::vec_t<2, wp::float32> adj_12 = {};
        //---------
        // forward
        // def mix_buffers(                                                                       <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // alpha = blend_weights[tid]                                                             <L 12>
        var_1 = wp::address(var_blend_weights, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // result[tid] = x[tid] * alpha + other[tid] * (1.0 - alpha)                              <L 13>
        var_4 = wp::address(var_x, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::mul(var_6, var_2);
        var_7 = wp::address(var_other, var_0);
        var_9 = wp::sub(var_8, var_2);
        var_11 = wp::load(var_7);
        var_10 = wp::mul(var_11, var_9);
        var_12 = wp::add(var_5, var_10);
        // wp::array_store(var_result, var_0, var_12);
        //---------
        // reverse
        wp::adj_array_store(var_result, var_0, var_12, adj_result, adj_0, adj_12);
        wp::adj_add(var_5, var_10, adj_5, adj_10, adj_12);
        wp::adj_mul(var_11, var_9, adj_7, adj_9, adj_10);
        wp::adj_sub(var_8, var_2, adj_8, adj_2, adj_9);
        wp::adj_address(var_other, var_0, adj_other, adj_0, adj_7);
        wp::adj_mul(var_6, var_2, adj_4, adj_2, adj_5);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_4);
        // adj: result[tid] = x[tid] * alpha + other[tid] * (1.0 - alpha)                         <L 13>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_blend_weights, var_0, adj_blend_weights, adj_0, adj_1);
        // adj: alpha = blend_weights[tid]                                                        <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def mix_buffers(                                                                  <L 5>
        continue;
    }
}

