// Warp 1.19.0 cuda code for find_candidate_pairs_c4574aeb.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void find_candidate_pairs_ce3c1496_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_scene_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_lowers,
    wp::array_t<wp::vec_t<3, wp::float32>> var_uppers,
    wp::array_t<wp::int32> var_pair_count,
    wp::array_t<wp::vec_t<2, wp::int32>> var_candidate_pairs)
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
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::bvh_query_t var_5;
        const wp::int32 var_6 = -1;
        wp::vec_t<3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        bool var_10;
        const wp::float32 var_11 = INFINITY;
        bool var_12;
        const wp::int32 var_13 = 0;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::shape_t* var_16;
        const wp::int32 var_17 = 0;
        wp::int32 var_18;
        wp::shape_t var_19;
        bool var_20;
        wp::vec_t<2, wp::int32> var_21;
        //---------
        // forward
        // def find_candidate_pairs(                                                              <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // hi = uppers[tid]                                                                       <L 13>
        var_1 = wp::address(var_uppers, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // query = wp.bvh_query_aabb(scene_bvh, lowers[tid], hi)                                  <L 14>
        var_4 = wp::address(var_lowers, var_0);
        var_7 = wp::load(var_4);
        var_5 = wp::bvh_query_aabb(var_scene_bvh, var_7, var_2, var_6);
        // other = int(0)                                                                         <L 15>
        var_9 = wp::int(var_8);
        // while wp.bvh_query_next(query, other):                                                 <L 16>
        start_while_0:;
        var_10 = wp::bvh_query_next(var_5, var_9, var_11);
        if ((var_10) == false) goto end_while_0;
            // if other > tid:                                                                    <L 18>
            var_12 = (var_9 > var_0);
            if (var_12) {
                // slot = wp.atomic_add(pair_count, 0, 1)                                         <L 19>
                var_15 = wp::atomic_add(var_pair_count, var_13, var_14);
                // if slot < candidate_pairs.shape[0]:                                            <L 20>
                var_16 = &(var_candidate_pairs.shape);
                var_19 = wp::load(var_16);
                var_18 = wp::extract(var_19, var_17);
                var_20 = (var_15 < var_18);
                if (var_20) {
                    // candidate_pairs[slot] = wp.vec2i(tid, other)                               <L 21>
                    var_21 = wp::vec_t<2, wp::int32>(var_0, var_9);
                    wp::array_store(var_candidate_pairs, var_15, var_21);
                }
            }
        goto start_while_0;
        end_while_0:;
    }
}



extern "C" __global__ void find_candidate_pairs_ce3c1496_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_scene_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_lowers,
    wp::array_t<wp::vec_t<3, wp::float32>> var_uppers,
    wp::array_t<wp::int32> var_pair_count,
    wp::array_t<wp::vec_t<2, wp::int32>> var_candidate_pairs,
    wp::uint64 adj_scene_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_lowers,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_uppers,
    wp::array_t<wp::int32> adj_pair_count,
    wp::array_t<wp::vec_t<2, wp::int32>> adj_candidate_pairs)
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
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::bvh_query_t var_5;
        const wp::int32 var_6 = -1;
        wp::vec_t<3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        bool var_10;
        const wp::float32 var_11 = INFINITY;
        bool var_12;
        const wp::int32 var_13 = 0;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::shape_t* var_16;
        const wp::int32 var_17 = 0;
        wp::int32 var_18;
        wp::shape_t var_19;
        bool var_20;
        wp::vec_t<2, wp::int32> var_21;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::bvh_query_t adj_5 = {};
        wp::int32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        bool adj_10 = {};
        wp::float32 adj_11 = {};
        bool adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::shape_t adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::shape_t adj_19 = {};
        bool adj_20 = {};
        wp::vec_t<2, wp::int32> adj_21 = {};
        //---------
        // forward
        // def find_candidate_pairs(                                                              <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // hi = uppers[tid]                                                                       <L 13>
        var_1 = wp::address(var_uppers, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // query = wp.bvh_query_aabb(scene_bvh, lowers[tid], hi)                                  <L 14>
        var_4 = wp::address(var_lowers, var_0);
        var_7 = wp::load(var_4);
        var_5 = wp::bvh_query_aabb(var_scene_bvh, var_7, var_2, var_6);
        // other = int(0)                                                                         <L 15>
        var_9 = wp::int(var_8);
        // while wp.bvh_query_next(query, other):                                                 <L 16>
        //---------
        // reverse
        start_while_0:;
        var_10 = wp::bvh_query_next(var_5, var_9, var_11);
        if ((var_10) == false) goto end_while_0;
        adj_12 = {};
        adj_13 = {};
        adj_14 = {};
        adj_15 = {};
        adj_16 = {};
        adj_17 = {};
        adj_18 = {};
        adj_19 = {};
        adj_20 = {};
        adj_21 = {};
            // if other > tid:                                                                    <L 18>
            var_12 = (var_9 > var_0);
            if (var_12) {
                // slot = wp.atomic_add(pair_count, 0, 1)                                         <L 19>
                // var_15 = wp::atomic_add(var_pair_count, var_13, var_14);
                // if slot < candidate_pairs.shape[0]:                                            <L 20>
                var_16 = &(var_candidate_pairs.shape);
                var_19 = wp::load(var_16);
                var_18 = wp::extract(var_19, var_17);
                var_20 = (var_15 < var_18);
                if (var_20) {
                    // candidate_pairs[slot] = wp.vec2i(tid, other)                               <L 21>
                    var_21 = wp::vec_t<2, wp::int32>(var_0, var_9);
                    // wp::array_store(var_candidate_pairs, var_15, var_21);
                }
            }
            if (var_12) {
                if (var_20) {
                    wp::adj_array_store(var_candidate_pairs, var_15, var_21, adj_candidate_pairs, adj_15, adj_21);
                    wp::adj_vec_t(var_0, var_9, adj_0, adj_9, adj_21);
                    // adj: candidate_pairs[slot] = wp.vec2i(tid, other)                          <L 21>
                }
                adj_candidate_pairs.shape = adj_16;
                // adj: if slot < candidate_pairs.shape[0]:                                       <L 20>
                wp::adj_atomic_add(var_pair_count, var_13, var_14, adj_pair_count, adj_13, adj_14, adj_15);
                // adj: slot = wp.atomic_add(pair_count, 0, 1)                                    <L 19>
            }
            // adj: if other > tid:                                                               <L 18>
        goto start_while_0;
        end_while_0:;
        // adj: while wp.bvh_query_next(query, other):                                            <L 16>
        // adj: other = int(0)                                                                    <L 15>
        wp::adj_address(var_lowers, var_0, adj_lowers, adj_0, adj_4);
        // adj: query = wp.bvh_query_aabb(scene_bvh, lowers[tid], hi)                             <L 14>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_uppers, var_0, adj_uppers, adj_0, adj_1);
        // adj: hi = uppers[tid]                                                                  <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def find_candidate_pairs(                                                         <L 5>
        continue;
    }
}

