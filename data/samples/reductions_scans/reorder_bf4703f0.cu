// Warp 1.19.0 cuda code for reorder_bf4703f0.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void reorder_6bdf688d_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_values,
    wp::array_t<wp::int32> var_indices,
    wp::array_t<wp::transform_t<wp::float32>> var_gathered)
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
        wp::transform_t<wp::float32>* var_4;
        wp::transform_t<wp::float32> var_5;
        wp::transform_t<wp::float32> var_6;
        //---------
        // forward
        // def reorder(                                                                           <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // i = indices[tid]                                                                       <L 12>
        var_1 = wp::address(var_indices, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // gathered[tid] = values[i]                                                              <L 13>
        var_4 = wp::address(var_values, var_2);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        wp::array_store(var_gathered, var_0, var_5);
    }
}



extern "C" __global__ void reorder_6bdf688d_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_values,
    wp::array_t<wp::int32> var_indices,
    wp::array_t<wp::transform_t<wp::float32>> var_gathered,
    wp::array_t<wp::transform_t<wp::float32>> adj_values,
    wp::array_t<wp::int32> adj_indices,
    wp::array_t<wp::transform_t<wp::float32>> adj_gathered)
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
        wp::transform_t<wp::float32>* var_4;
        wp::transform_t<wp::float32> var_5;
        wp::transform_t<wp::float32> var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::transform_t<wp::float32> adj_4 = {};
        wp::transform_t<wp::float32> adj_5 = {};
        wp::transform_t<wp::float32> adj_6 = {};
        //---------
        // forward
        // def reorder(                                                                           <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // i = indices[tid]                                                                       <L 12>
        var_1 = wp::address(var_indices, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // gathered[tid] = values[i]                                                              <L 13>
        var_4 = wp::address(var_values, var_2);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // wp::array_store(var_gathered, var_0, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_gathered, var_0, var_5, adj_gathered, adj_0, adj_5);
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_values, var_2, adj_values, adj_2, adj_4);
        // adj: gathered[tid] = values[i]                                                         <L 13>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_indices, var_0, adj_indices, adj_0, adj_1);
        // adj: i = indices[tid]                                                                  <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def reorder(                                                                      <L 5>
        continue;
    }
}

