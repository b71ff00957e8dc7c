// Warp 1.19.0 cuda code for offset_by_group_395d6752.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void offset_by_group_9a6fb00e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::array_t<wp::int32> var_ids,
    wp::array_t<wp::vec_t<3, wp::float32>> var_group_offsets,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::int32* var_2;
        wp::int32 var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        //---------
        // forward
        // def offset_by_group(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // out[tid] = pos[tid] + group_offsets[ids[tid]]                                          <L 12>
        var_1 = wp::address(var_pos, var_0);
        var_2 = wp::address(var_ids, var_0);
        var_3 = wp::load(var_2);
        var_4 = wp::address(var_group_offsets, var_3);
        var_6 = wp::load(var_1);
        var_7 = wp::load(var_4);
        var_5 = wp::add(var_6, var_7);
        wp::array_store(var_out, var_0, var_5);
    }
}



extern "C" __global__ void offset_by_group_9a6fb00e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::array_t<wp::int32> var_ids,
    wp::array_t<wp::vec_t<3, wp::float32>> var_group_offsets,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pos,
    wp::array_t<wp::int32> adj_ids,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_group_offsets,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::int32* var_2;
        wp::int32 var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        //---------
        // forward
        // def offset_by_group(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // out[tid] = pos[tid] + group_offsets[ids[tid]]                                          <L 12>
        var_1 = wp::address(var_pos, var_0);
        var_2 = wp::address(var_ids, var_0);
        var_3 = wp::load(var_2);
        var_4 = wp::address(var_group_offsets, var_3);
        var_6 = wp::load(var_1);
        var_7 = wp::load(var_4);
        var_5 = wp::add(var_6, var_7);
        // wp::array_store(var_out, var_0, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_5, adj_out, adj_0, adj_5);
        wp::adj_add(var_6, var_7, adj_1, adj_4, adj_5);
        wp::adj_address(var_group_offsets, var_3, adj_group_offsets, adj_3, adj_4);
        wp::adj_address(var_ids, var_0, adj_ids, adj_0, adj_2);
        wp::adj_address(var_pos, var_0, adj_pos, adj_0, adj_1);
        // adj: out[tid] = pos[tid] + group_offsets[ids[tid]]                                     <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def offset_by_group(                                                              <L 5>
        continue;
    }
}

