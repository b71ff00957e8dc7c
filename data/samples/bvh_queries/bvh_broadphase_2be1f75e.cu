// Warp 1.19.0 cuda code for bvh_broadphase_2be1f75e.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void bvh_broadphase_00a30843_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_scene_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_bounds_lower,
    wp::array_t<wp::vec_t<3, wp::float32>> var_aabb_max,
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
        wp::vec_t<3, wp::float32>* var_2;
        wp::bvh_query_t var_3;
        const wp::int32 var_4 = -1;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        bool var_9;
        const wp::float32 var_10 = INFINITY;
        bool var_11;
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::shape_t* var_15;
        const wp::int32 var_16 = 0;
        wp::int32 var_17;
        wp::shape_t var_18;
        bool var_19;
        wp::vec_t<2, wp::int32> var_20;
        //---------
        // forward
        // def bvh_broadphase(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // query = wp.bvh_query_aabb(scene_bvh, bounds_lower[tid], aabb_max[tid])                 <L 13>
        var_1 = wp::address(var_bounds_lower, var_0);
        var_2 = wp::address(var_aabb_max, var_0);
        var_5 = wp::load(var_1);
        var_6 = wp::load(var_2);
        var_3 = wp::bvh_query_aabb(var_scene_bvh, var_5, var_6, var_4);
        // other = int(0)                                                                         <L 14>
        var_8 = wp::int(var_7);
        // while wp.bvh_query_next(query, other):                                                 <L 15>
        start_while_0:;
        var_9 = wp::bvh_query_next(var_3, var_8, var_10);
        if ((var_9) == false) goto end_while_0;
            // if other > tid:                                                                    <L 17>
            var_11 = (var_8 > var_0);
            if (var_11) {
                // slot = wp.atomic_add(pair_count, 0, 1)                                         <L 18>
                var_14 = wp::atomic_add(var_pair_count, var_12, var_13);
                // if slot < candidate_pairs.shape[0]:                                            <L 19>
                var_15 = &(var_candidate_pairs.shape);
                var_18 = wp::load(var_15);
                var_17 = wp::extract(var_18, var_16);
                var_19 = (var_14 < var_17);
                if (var_19) {
                    // candidate_pairs[slot] = wp.vec2i(tid, other)                               <L 20>
                    var_20 = wp::vec_t<2, wp::int32>(var_0, var_8);
                    wp::array_store(var_candidate_pairs, var_14, var_20);
                }
            }
        goto start_while_0;
        end_while_0:;
    }
}



extern "C" __global__ void bvh_broadphase_00a30843_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_scene_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_bounds_lower,
    wp::array_t<wp::vec_t<3, wp::float32>> var_aabb_max,
    wp::array_t<wp::int32> var_pair_count,
    wp::array_t<wp::vec_t<2, wp::int32>> var_candidate_pairs,
    wp::uint64 adj_scene_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_bounds_lower,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_aabb_max,
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
        wp::vec_t<3, wp::float32>* var_2;
        wp::bvh_query_t var_3;
        const wp::int32 var_4 = -1;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        bool var_9;
        const wp::float32 var_10 = INFINITY;
        bool var_11;
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::shape_t* var_15;
        const wp::int32 var_16 = 0;
        wp::int32 var_17;
        wp::shape_t var_18;
        bool var_19;
        wp::vec_t<2, wp::int32> var_20;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::bvh_query_t adj_3 = {};
        wp::int32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        bool adj_9 = {};
        wp::float32 adj_10 = {};
        bool adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::shape_t adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::shape_t adj_18 = {};
        bool adj_19 = {};
        wp::vec_t<2, wp::int32> adj_20 = {};
        //---------
        // forward
        // def bvh_broadphase(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // query = wp.bvh_query_aabb(scene_bvh, bounds_lower[tid], aabb_max[tid])                 <L 13>
        var_1 = wp::address(var_bounds_lower, var_0);
        var_2 = wp::address(var_aabb_max, var_0);
        var_5 = wp::load(var_1);
        var_6 = wp::load(var_2);
        var_3 = wp::bvh_query_aabb(var_scene_bvh, var_5, var_6, var_4);
        // other = int(0)                                                                         <L 14>
        var_8 = wp::int(var_7);
        // while wp.bvh_query_next(query, other):                                                 <L 15>
        //---------
        // reverse
        start_while_0:;
        var_9 = wp::bvh_query_next(var_3, var_8, var_10);
        if ((var_9) == false) goto end_while_0;
        adj_11 = {};
        adj_12 = {};
        adj_13 = {};
        adj_14 = {};
        adj_15 = {};
        adj_16 = {};
        adj_17 = {};
        adj_18 = {};
        adj_19 = {};
        adj_20 = {};
            // if other > tid:                                                                    <L 17>
            var_11 = (var_8 > var_0);
            if (var_11) {
                // slot = wp.atomic_add(pair_count, 0, 1)                                         <L 18>
                // var_14 = wp::atomic_add(var_pair_count, var_12, var_13);
                // if slot < candidate_pairs.shape[0]:                                            <L 19>
                var_15 = &(var_candidate_pairs.shape);
                var_18 = wp::load(var_15);
                var_17 = wp::extract(var_18, var_16);
                var_19 = (var_14 < var_17);
                if (var_19) {
                    // candidate_pairs[slot] = wp.vec2i(tid, other)                               <L 20>
                    var_20 = wp::vec_t<2, wp::int32>(var_0, var_8);
                    // wp::array_store(var_candidate_pairs, var_14, var_20);
                }
            }
            if (var_11) {
                if (var_19) {
                    wp::adj_array_store(var_candidate_pairs, var_14, var_20, adj_candidate_pairs, adj_14, adj_20);
                    wp::adj_vec_t(var_0, var_8, adj_0, adj_8, adj_20);
                    // adj: candidate_pairs[slot] = wp.vec2i(tid, other)                          <L 20>
                }
                adj_candidate_pairs.shape = adj_15;
                // adj: if slot < candidate_pairs.shape[0]:                                       <L 19>
                wp::adj_atomic_add(var_pair_count, var_12, var_13, adj_pair_count, adj_12, adj_13, adj_14);
                // adj: slot = wp.atomic_add(pair_count, 0, 1)                                    <L 18>
            }
            // adj: if other > tid:                                                               <L 17>
        goto start_while_0;
        end_while_0:;
        // adj: while wp.bvh_query_next(query, other):                                            <L 15>
        // adj: other = int(0)                                                                    <L 14>
        wp::adj_address(var_aabb_max, var_0, adj_aabb_max, adj_0, adj_2);
        wp::adj_address(var_bounds_lower, var_0, adj_bounds_lower, adj_0, adj_1);
        // adj: query = wp.bvh_query_aabb(scene_bvh, bounds_lower[tid], aabb_max[tid])            <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def bvh_broadphase(                                                               <L 5>
        continue;
    }
}

