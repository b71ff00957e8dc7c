// Warp 1.19.0 cuda code for apply_visual_offsets_70f5277b.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void apply_visual_offsets_ecbb1e9a_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::int32> var_owner,
    wp::array_t<wp::vec_t<3, wp::float32>> var_table,
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
        const wp::int32 var_4 = 0;
        bool var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        //---------
        // forward
        // def apply_visual_offsets(                                                              <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // g = owner[tid]                                                                         <L 13>
        var_1 = wp::address(var_owner, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if g < 0:                                                                              <L 14>
        var_5 = (var_2 < var_4);
        if (var_5) {
            // return                                                                             <L 15>
            continue;
        }
        // entry = table[g]                                                                       <L 16>
        var_6 = wp::address(var_table, var_2);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // render_positions[tid] = positions[tid] + entry                                         <L 17>
        var_9 = wp::address(var_positions, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::add(var_11, var_7);
        wp::array_store(var_render_positions, var_0, var_10);
    }
}



extern "C" __global__ void apply_visual_offsets_ecbb1e9a_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::int32> var_owner,
    wp::array_t<wp::vec_t<3, wp::float32>> var_table,
    wp::array_t<wp::vec_t<3, wp::float32>> var_render_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::int32> adj_owner,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_table,
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
        const wp::int32 var_4 = 0;
        bool var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        bool adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        //---------
        // forward
        // def apply_visual_offsets(                                                              <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // g = owner[tid]                                                                         <L 13>
        var_1 = wp::address(var_owner, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if g < 0:                                                                              <L 14>
        var_5 = (var_2 < var_4);
        if (var_5) {
            // return                                                                             <L 15>
            goto label0;
        }
        // entry = table[g]                                                                       <L 16>
        var_6 = wp::address(var_table, var_2);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // render_positions[tid] = positions[tid] + entry                                         <L 17>
        var_9 = wp::address(var_positions, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::add(var_11, var_7);
        // wp::array_store(var_render_positions, var_0, var_10);
        //---------
        // reverse
        wp::adj_array_store(var_render_positions, var_0, var_10, adj_render_positions, adj_0, adj_10);
        wp::adj_add(var_11, var_7, adj_9, adj_7, adj_10);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_9);
        // adj: render_positions[tid] = positions[tid] + entry                                    <L 17>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_table, var_2, adj_table, adj_2, adj_6);
        // adj: entry = table[g]                                                                  <L 16>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 15>
        }
        // adj: if g < 0:                                                                         <L 14>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_owner, var_0, adj_owner, adj_0, adj_1);
        // adj: g = owner[tid]                                                                    <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def apply_visual_offsets(                                                         <L 5>
        continue;
    }
}

