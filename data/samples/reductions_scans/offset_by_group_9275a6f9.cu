// Warp 1.19.0 cuda code for offset_by_group_9275a6f9.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void offset_by_group_a53b7626_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_x,
    wp::array_t<wp::int32> var_env_indices,
    wp::array_t<wp::vec_t<2, wp::float32>> var_table,
    wp::array_t<wp::vec_t<2, wp::float32>> var_out)
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
        const wp::int32 var_4 = 0;
        bool var_5;
        wp::vec_t<2, wp::float32>* var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::vec_t<2, wp::float32> var_8;
        wp::vec_t<2, wp::float32>* var_9;
        wp::vec_t<2, wp::float32> var_10;
        wp::vec_t<2, wp::float32> var_11;
        //---------
        // forward
        // def offset_by_group(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // g = env_indices[tid]                                                                   <L 12>
        var_1 = wp::address(var_env_indices, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if g < 0:                                                                              <L 13>
        var_5 = (var_2 < var_4);
        if (var_5) {
            // return                                                                             <L 14>
            continue;
        }
        // entry = table[g]                                                                       <L 15>
        var_6 = wp::address(var_table, var_2);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // out[tid] = x[tid] + entry                                                              <L 16>
        var_9 = wp::address(var_x, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::add(var_11, var_7);
        wp::array_store(var_out, var_0, var_10);
    }
}



extern "C" __global__ void offset_by_group_a53b7626_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_x,
    wp::array_t<wp::int32> var_env_indices,
    wp::array_t<wp::vec_t<2, wp::float32>> var_table,
    wp::array_t<wp::vec_t<2, wp::float32>> var_out,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_x,
    wp::array_t<wp::int32> adj_env_indices,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_table,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_out)
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
        const wp::int32 var_4 = 0;
        bool var_5;
        wp::vec_t<2, wp::float32>* var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::vec_t<2, wp::float32> var_8;
        wp::vec_t<2, wp::float32>* var_9;
        wp::vec_t<2, wp::float32> var_10;
        wp::vec_t<2, wp::float32> var_11;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        bool adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        wp::vec_t<2, wp::float32> adj_7 = {};
        wp::vec_t<2, wp::float32> adj_8 = {};
        wp::vec_t<2, wp::float32> adj_9 = {};
        wp::vec_t<2, wp::float32> adj_10 = {};
        wp::vec_t<2, wp::float32> adj_11 = {};
        //---------
        // forward
        // def offset_by_group(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // g = env_indices[tid]                                                                   <L 12>
        var_1 = wp::address(var_env_indices, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if g < 0:                                                                              <L 13>
        var_5 = (var_2 < var_4);
        if (var_5) {
            // return                                                                             <L 14>
            goto label0;
        }
        // entry = table[g]                                                                       <L 15>
        var_6 = wp::address(var_table, var_2);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // out[tid] = x[tid] + entry                                                              <L 16>
        var_9 = wp::address(var_x, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::add(var_11, var_7);
        // wp::array_store(var_out, var_0, var_10);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_10, adj_out, adj_0, adj_10);
        wp::adj_add(var_11, var_7, adj_9, adj_7, adj_10);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_9);
        // adj: out[tid] = x[tid] + entry                                                         <L 16>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_table, var_2, adj_table, adj_2, adj_6);
        // adj: entry = table[g]                                                                  <L 15>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 14>
        }
        // adj: if g < 0:                                                                         <L 13>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_env_indices, var_0, adj_env_indices, adj_0, adj_1);
        // adj: g = env_indices[tid]                                                              <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def offset_by_group(                                                              <L 5>
        continue;
    }
}

