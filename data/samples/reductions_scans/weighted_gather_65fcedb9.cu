// Warp 1.19.0 cuda code for weighted_gather_65fcedb9.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void weighted_gather_9f9b3838_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_source,
    wp::array_t<wp::int32> var_indices,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::float32> var_gathered)
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::float32* var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        //---------
        // forward
        // def weighted_gather(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // idx = indices[tid]                                                                     <L 13>
        var_1 = wp::address(var_indices, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // gathered[tid] = weights[tid] * source[idx]                                             <L 14>
        var_4 = wp::address(var_weights, var_0);
        var_5 = wp::address(var_source, var_2);
        var_7 = wp::load(var_4);
        var_8 = wp::load(var_5);
        var_6 = wp::mul(var_7, var_8);
        wp::array_store(var_gathered, var_0, var_6);
    }
}



extern "C" __global__ void weighted_gather_9f9b3838_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_source,
    wp::array_t<wp::int32> var_indices,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::float32> var_gathered,
    wp::array_t<wp::float32> adj_source,
    wp::array_t<wp::int32> adj_indices,
    wp::array_t<wp::float32> adj_weights,
    wp::array_t<wp::float32> adj_gathered)
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
        wp::int32* var_1;
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
        // def weighted_gather(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // idx = indices[tid]                                                                     <L 13>
        var_1 = wp::address(var_indices, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // gathered[tid] = weights[tid] * source[idx]                                             <L 14>
        var_4 = wp::address(var_weights, var_0);
        var_5 = wp::address(var_source, var_2);
        var_7 = wp::load(var_4);
        var_8 = wp::load(var_5);
        var_6 = wp::mul(var_7, var_8);
        // wp::array_store(var_gathered, var_0, var_6);
        //---------
        // reverse
        wp::adj_array_store(var_gathered, var_0, var_6, adj_gathered, adj_0, adj_6);
        wp::adj_mul(var_7, var_8, adj_4, adj_5, adj_6);
        wp::adj_address(var_source, var_2, adj_source, adj_2, adj_5);
        wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_4);
        // adj: gathered[tid] = weights[tid] * source[idx]                                        <L 14>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_indices, var_0, adj_indices, adj_0, adj_1);
        // adj: idx = indices[tid]                                                                <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def weighted_gather(                                                              <L 5>
        continue;
    }
}

