// Warp 1.19.0 cuda code for offset_by_group_d11c1eba.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void offset_by_group_1c68fb47_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_ids,
    wp::array_t<wp::vec_t<2, wp::float32>> var_table,
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::vec_t<2, wp::float32>* var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::vec_t<2, wp::float32> var_6;
        //---------
        // forward
        // def offset_by_group(ids: wp.array[int], table: wp.array[wp.vec2], result: wp.array[wp.vec2]):       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // g = ids[tid]                                                                           <L 8>
        var_1 = wp::address(var_ids, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // entry = table[g]                                                                       <L 9>
        var_4 = wp::address(var_table, var_2);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // result[tid] = entry                                                                    <L 10>
        wp::array_store(var_result, var_0, var_5);
    }
}



extern "C" __global__ void offset_by_group_1c68fb47_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_ids,
    wp::array_t<wp::vec_t<2, wp::float32>> var_table,
    wp::array_t<wp::vec_t<2, wp::float32>> var_result,
    wp::array_t<wp::int32> adj_ids,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_table,
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::vec_t<2, wp::float32>* var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::vec_t<2, wp::float32> var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::vec_t<2, wp::float32> adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        //---------
        // forward
        // def offset_by_group(ids: wp.array[int], table: wp.array[wp.vec2], result: wp.array[wp.vec2]):       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // g = ids[tid]                                                                           <L 8>
        var_1 = wp::address(var_ids, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // entry = table[g]                                                                       <L 9>
        var_4 = wp::address(var_table, var_2);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // result[tid] = entry                                                                    <L 10>
        // wp::array_store(var_result, var_0, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_result, var_0, var_5, adj_result, adj_0, adj_5);
        // adj: result[tid] = entry                                                               <L 10>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_table, var_2, adj_table, adj_2, adj_4);
        // adj: entry = table[g]                                                                  <L 9>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_ids, var_0, adj_ids, adj_0, adj_1);
        // adj: g = ids[tid]                                                                      <L 8>
        // adj: tid = wp.tid()                                                                    <L 7>
        // adj: def offset_by_group(ids: wp.array[int], table: wp.array[wp.vec2], result: wp.array[wp.vec2]):  <L 5>
        continue;
    }
}

