// Warp 1.19.0 cuda code for gather_offsets_03a2e5ae.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void gather_offsets_1a8e9bf2_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_group,
    wp::array_t<wp::vec_t<3, wp::float32>> var_group_offsets,
    wp::array_t<wp::vec_t<3, wp::float32>> var_render_positions)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        //---------
        // forward
        // def gather_offsets(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // g = group[tid]                                                                         <L 12>
        var_1 = wp::address(var_group, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // entry = group_offsets[g]                                                               <L 13>
        var_4 = wp::address(var_group_offsets, var_2);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // render_positions[tid] = entry                                                          <L 14>
        wp::array_store(var_render_positions, var_0, var_5);
    }
}



extern "C" __global__ void gather_offsets_1a8e9bf2_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_group,
    wp::array_t<wp::vec_t<3, wp::float32>> var_group_offsets,
    wp::array_t<wp::vec_t<3, wp::float32>> var_render_positions,
    wp::array_t<wp::int32> adj_group,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_group_offsets,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_render_positions)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        //---------
        // forward
        // def gather_offsets(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // g = group[tid]                                                                         <L 12>
        var_1 = wp::address(var_group, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // entry = group_offsets[g]                                                               <L 13>
        var_4 = wp::address(var_group_offsets, var_2);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // render_positions[tid] = entry                                                          <L 14>
        // wp::array_store(var_render_positions, var_0, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_render_positions, var_0, var_5, adj_render_positions, adj_0, adj_5);
        // adj: render_positions[tid] = entry                                                     <L 14>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_group_offsets, var_2, adj_group_offsets, adj_2, adj_4);
        // adj: entry = group_offsets[g]                                                          <L 13>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_group, var_0, adj_group, adj_0, adj_1);
        // adj: g = group[tid]                                                                    <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def gather_offsets(                                                               <L 5>
        continue;
    }
}

