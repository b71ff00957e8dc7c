// Warp 1.19.0 cpu code for find_candidate_pairs_c4574aeb.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_find_candidate_pairs_ce3c1496 {
    wp::uint64 scene_bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> lowers;
    wp::array_t<wp::vec_t<3, wp::float32>> uppers;
    wp::array_t<wp::int32> pair_count;
    wp::array_t<wp::vec_t<2, wp::int32>> candidate_pairs;
};


template <bool wp_linear_contiguous>
static void find_candidate_pairs_ce3c1496_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_find_candidate_pairs_ce3c1496 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_find_candidate_pairs_ce3c1496 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.lowers.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.uppers.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.pair_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.candidate_pairs.strides[0] = sizeof(wp::vec_t<2, wp::int32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_scene_bvh = _wp_args->scene_bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_lowers = _wp_args->lowers;
    wp::array_t<wp::vec_t<3, wp::float32>> var_uppers = _wp_args->uppers;
    wp::array_t<wp::int32> var_pair_count = _wp_args->pair_count;
    wp::array_t<wp::vec_t<2, wp::int32>> var_candidate_pairs = _wp_args->candidate_pairs;
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



template <bool wp_linear_contiguous>
static void find_candidate_pairs_ce3c1496_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_find_candidate_pairs_ce3c1496 *_wp_args,
    wp_args_find_candidate_pairs_ce3c1496 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_find_candidate_pairs_ce3c1496 wp_contiguous_args;
    wp_args_find_candidate_pairs_ce3c1496 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.lowers.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.lowers.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.uppers.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.uppers.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.pair_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.pair_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.candidate_pairs.strides[0] = sizeof(wp::vec_t<2, wp::int32>);
        wp_contiguous_adj_args.candidate_pairs.strides[0] = sizeof(wp::vec_t<2, wp::int32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_scene_bvh = _wp_args->scene_bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_lowers = _wp_args->lowers;
    wp::array_t<wp::vec_t<3, wp::float32>> var_uppers = _wp_args->uppers;
    wp::array_t<wp::int32> var_pair_count = _wp_args->pair_count;
    wp::array_t<wp::vec_t<2, wp::int32>> var_candidate_pairs = _wp_args->candidate_pairs;
    wp::uint64 adj_scene_bvh = _wp_adj_args->scene_bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_lowers = _wp_adj_args->lowers;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_uppers = _wp_adj_args->uppers;
    wp::array_t<wp::int32> adj_pair_count = _wp_adj_args->pair_count;
    wp::array_t<wp::vec_t<2, wp::int32>> adj_candidate_pairs = _wp_adj_args->candidate_pairs;
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
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void find_candidate_pairs_ce3c1496_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_find_candidate_pairs_ce3c1496 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        find_candidate_pairs_ce3c1496_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void find_candidate_pairs_ce3c1496_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_find_candidate_pairs_ce3c1496 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->lowers.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->uppers.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->pair_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->candidate_pairs.strides[0] == (int)sizeof(wp::vec_t<2, wp::int32>)));
    if (wp_linear_contiguous)
        find_candidate_pairs_ce3c1496_cpu_forward_tasks<true>(dim, _wp_args);
    else
        find_candidate_pairs_ce3c1496_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void find_candidate_pairs_ce3c1496_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_find_candidate_pairs_ce3c1496 *_wp_args)
{
    find_candidate_pairs_ce3c1496_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void find_candidate_pairs_ce3c1496_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_find_candidate_pairs_ce3c1496 *_wp_args,
    wp_args_find_candidate_pairs_ce3c1496 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        find_candidate_pairs_ce3c1496_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void find_candidate_pairs_ce3c1496_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_find_candidate_pairs_ce3c1496 *_wp_args,
    wp_args_find_candidate_pairs_ce3c1496 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->lowers.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->lowers.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->uppers.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->uppers.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->pair_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->pair_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->candidate_pairs.strides[0] == (int)sizeof(wp::vec_t<2, wp::int32>)) & (_wp_adj_args->candidate_pairs.strides[0] == (int)sizeof(wp::vec_t<2, wp::int32>)));
    if (wp_linear_contiguous)
        find_candidate_pairs_ce3c1496_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        find_candidate_pairs_ce3c1496_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void find_candidate_pairs_ce3c1496_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_find_candidate_pairs_ce3c1496 *_wp_args,
    wp_args_find_candidate_pairs_ce3c1496 *_wp_adj_args)
{
    find_candidate_pairs_ce3c1496_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

