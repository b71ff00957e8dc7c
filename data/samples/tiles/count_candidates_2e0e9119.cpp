// Warp 1.19.0 cpu code for count_candidates_2e0e9119.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_count_candidates_f8754c2a {
    wp::uint64 bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> lowers;
    wp::array_t<wp::vec_t<3, wp::float32>> uppers;
    wp::array_t<wp::int32> num_hits;
};


template <bool wp_linear_contiguous>
static void count_candidates_f8754c2a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_candidates_f8754c2a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_count_candidates_f8754c2a wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.lowers.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.uppers.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.num_hits.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_bvh = _wp_args->bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_lowers = _wp_args->lowers;
    wp::array_t<wp::vec_t<3, wp::float32>> var_uppers = _wp_args->uppers;
    wp::array_t<wp::int32> var_num_hits = _wp_args->num_hits;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::bvh_query_thread_block_t var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    bool var_6;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_7 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    wp::int32 var_8;
    const wp::int32 var_9 = 0;
    bool var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    //---------
    // forward
    // def count_candidates(                                                                  <L 8>
    // i = wp.tid()                                                                           <L 14>
    var_0 = builtin_tid1d();
    // query = wp.tile_bvh_query_aabb(bvh, lowers[i], uppers[i])                              <L 15>
    var_1 = wp::address(var_lowers, var_0);
    var_2 = wp::address(var_uppers, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::tile_bvh_query_aabb(var_bvh, var_4, var_5);
    // while wp.tile_query_valid(query):                                                      <L 16>
    start_while_0:;
    var_6 = wp::tile_query_valid(var_3);
    if ((var_6) == false) goto end_while_0;
        // bound = wp.untile(wp.tile_bvh_query_next(query))                                   <L 18>
        var_7 = wp::tile_bvh_query_next(var_3);
        var_8 = wp::untile(var_7);
        // if bound >= 0:                                                                     <L 19>
        var_10 = (var_8 >= var_9);
        if (var_10) {
            // wp.atomic_add(num_hits, bound, 1)                                              <L 20>
            var_12 = wp::atomic_add(var_num_hits, var_8, var_11);
        }
    goto start_while_0;
    end_while_0:;
}



template <bool wp_linear_contiguous>
static void count_candidates_f8754c2a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_candidates_f8754c2a *_wp_args,
    wp_args_count_candidates_f8754c2a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_count_candidates_f8754c2a wp_contiguous_args;
    wp_args_count_candidates_f8754c2a wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.lowers.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.lowers.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.uppers.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.uppers.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.num_hits.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.num_hits.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_bvh = _wp_args->bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_lowers = _wp_args->lowers;
    wp::array_t<wp::vec_t<3, wp::float32>> var_uppers = _wp_args->uppers;
    wp::array_t<wp::int32> var_num_hits = _wp_args->num_hits;
    wp::uint64 adj_bvh = _wp_adj_args->bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_lowers = _wp_adj_args->lowers;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_uppers = _wp_adj_args->uppers;
    wp::array_t<wp::int32> adj_num_hits = _wp_adj_args->num_hits;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::bvh_query_thread_block_t var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    bool var_6;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_7 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    wp::int32 var_8;
    const wp::int32 var_9 = 0;
    bool var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::bvh_query_thread_block_t adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    bool adj_6 = {};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_7{};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    bool adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    //---------
    // forward
    // def count_candidates(                                                                  <L 8>
    // i = wp.tid()                                                                           <L 14>
    var_0 = builtin_tid1d();
    // query = wp.tile_bvh_query_aabb(bvh, lowers[i], uppers[i])                              <L 15>
    var_1 = wp::address(var_lowers, var_0);
    var_2 = wp::address(var_uppers, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::tile_bvh_query_aabb(var_bvh, var_4, var_5);
    // while wp.tile_query_valid(query):                                                      <L 16>
    //---------
    // reverse
    start_while_0:;
    var_6 = wp::tile_query_valid(var_3);
    if ((var_6) == false) goto end_while_0;
    adj_7.grad_zero();
    adj_8 = {};
    adj_9 = {};
    adj_10 = {};
    adj_11 = {};
    adj_12 = {};
        // bound = wp.untile(wp.tile_bvh_query_next(query))                                   <L 18>
        var_7 = wp::tile_bvh_query_next(var_3);
        var_8 = wp::untile(var_7);
        // if bound >= 0:                                                                     <L 19>
        var_10 = (var_8 >= var_9);
        if (var_10) {
            // wp.atomic_add(num_hits, bound, 1)                                              <L 20>
            // var_12 = wp::atomic_add(var_num_hits, var_8, var_11);
        }
        if (var_10) {
            wp::adj_atomic_add(var_num_hits, var_8, var_11, adj_num_hits, adj_8, adj_11, adj_12);
            // adj: wp.atomic_add(num_hits, bound, 1)                                         <L 20>
        }
        // adj: if bound >= 0:                                                                <L 19>
        wp::adj_untile(var_7, adj_7, adj_8);
        // adj: bound = wp.untile(wp.tile_bvh_query_next(query))                              <L 18>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.tile_query_valid(query):                                                 <L 16>
    wp::adj_address(var_uppers, var_0, adj_uppers, adj_0, adj_2);
    wp::adj_address(var_lowers, var_0, adj_lowers, adj_0, adj_1);
    // adj: query = wp.tile_bvh_query_aabb(bvh, lowers[i], uppers[i])                         <L 15>
    // adj: i = wp.tid()                                                                      <L 14>
    // adj: def count_candidates(                                                             <L 8>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void count_candidates_f8754c2a_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_candidates_f8754c2a *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        count_candidates_f8754c2a_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void count_candidates_f8754c2a_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_candidates_f8754c2a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->lowers.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->uppers.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->num_hits.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        count_candidates_f8754c2a_cpu_forward_tasks<true>(dim, _wp_args);
    else
        count_candidates_f8754c2a_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void count_candidates_f8754c2a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_candidates_f8754c2a *_wp_args)
{
    count_candidates_f8754c2a_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void count_candidates_f8754c2a_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_candidates_f8754c2a *_wp_args,
    wp_args_count_candidates_f8754c2a *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        count_candidates_f8754c2a_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void count_candidates_f8754c2a_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_candidates_f8754c2a *_wp_args,
    wp_args_count_candidates_f8754c2a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->lowers.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->lowers.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->uppers.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->uppers.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->num_hits.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->num_hits.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        count_candidates_f8754c2a_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        count_candidates_f8754c2a_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void count_candidates_f8754c2a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_candidates_f8754c2a *_wp_args,
    wp_args_count_candidates_f8754c2a *_wp_adj_args)
{
    count_candidates_f8754c2a_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

