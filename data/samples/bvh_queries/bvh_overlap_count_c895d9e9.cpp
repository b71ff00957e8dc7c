// Warp 1.19.0 cpu code for bvh_overlap_count_c895d9e9.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_bvh_overlap_count_de5e6fb6 {
    wp::uint64 bvh_id;
    wp::array_t<wp::int32> active;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::float32 particle_radius;
    wp::array_t<wp::int32> hit_counts;
};


template <bool wp_linear_contiguous>
static void bvh_overlap_count_de5e6fb6_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bvh_overlap_count_de5e6fb6 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_bvh_overlap_count_de5e6fb6 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.hit_counts.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_bvh_id = _wp_args->bvh_id;
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::int32> var_hit_counts = _wp_args->hit_counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 1;
    bool var_3;
    wp::int32 var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::bvh_query_t var_12;
    const wp::int32 var_13 = -1;
    const wp::int32 var_14 = 0;
    wp::int32 var_15;
    const wp::int32 var_16 = 0;
    wp::int32 var_17;
    bool var_18;
    const wp::float32 var_19 = INFINITY;
    bool var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::int32 var_23;
    //---------
    // forward
    // def bvh_overlap_count(                                                                 <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // if active[tid] != 1:                                                                   <L 13>
    var_1 = wp::address(var_active, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 != var_2);
    if (var_3) {
        // return                                                                             <L 14>
        return;
    }
    // extent = wp.vec3(particle_radius)                                                      <L 15>
    var_5 = wp::vec_t<3, wp::float32>(var_particle_radius);
    // query = wp.bvh_query_aabb(bvh_id, x[tid] - extent, x[tid] + extent)                    <L 16>
    var_6 = wp::address(var_x, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::sub(var_8, var_5);
    var_9 = wp::address(var_x, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::add(var_11, var_5);
    var_12 = wp::bvh_query_aabb(var_bvh_id, var_7, var_10, var_13);
    // bounds_nr = int(0)                                                                     <L 17>
    var_15 = wp::int(var_14);
    // num_overlaps = int(0)                                                                  <L 18>
    var_17 = wp::int(var_16);
    // while wp.bvh_query_next(query, bounds_nr):                                             <L 19>
    start_while_1:;
    var_18 = wp::bvh_query_next(var_12, var_15, var_19);
    if ((var_18) == false) goto end_while_1;
        // if bounds_nr != tid:                                                               <L 21>
        var_20 = (var_15 != var_0);
        if (var_20) {
            // num_overlaps += 1                                                              <L 22>
            var_22 = wp::add(var_17, var_21);
        }
        var_23 = wp::where(var_20, var_22, var_17);
        wp::assign(var_17, var_23);
    goto start_while_1;
    end_while_1:;
    // hit_counts[tid] = num_overlaps                                                         <L 23>
    wp::array_store(var_hit_counts, var_0, var_17);
}



template <bool wp_linear_contiguous>
static void bvh_overlap_count_de5e6fb6_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bvh_overlap_count_de5e6fb6 *_wp_args,
    wp_args_bvh_overlap_count_de5e6fb6 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_bvh_overlap_count_de5e6fb6 wp_contiguous_args;
    wp_args_bvh_overlap_count_de5e6fb6 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.hit_counts.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.hit_counts.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_bvh_id = _wp_args->bvh_id;
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::int32> var_hit_counts = _wp_args->hit_counts;
    wp::uint64 adj_bvh_id = _wp_adj_args->bvh_id;
    wp::array_t<wp::int32> adj_active = _wp_adj_args->active;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::float32 adj_particle_radius = _wp_adj_args->particle_radius;
    wp::array_t<wp::int32> adj_hit_counts = _wp_adj_args->hit_counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 1;
    bool var_3;
    wp::int32 var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::bvh_query_t var_12;
    const wp::int32 var_13 = -1;
    const wp::int32 var_14 = 0;
    wp::int32 var_15;
    const wp::int32 var_16 = 0;
    wp::int32 var_17;
    bool var_18;
    const wp::float32 var_19 = INFINITY;
    bool var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::int32 var_23;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::bvh_query_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    bool adj_18 = {};
    wp::float32 adj_19 = {};
    bool adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    //---------
    // forward
    // def bvh_overlap_count(                                                                 <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // if active[tid] != 1:                                                                   <L 13>
    var_1 = wp::address(var_active, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 != var_2);
    if (var_3) {
        // return                                                                             <L 14>
        goto label0;
    }
    // extent = wp.vec3(particle_radius)                                                      <L 15>
    var_5 = wp::vec_t<3, wp::float32>(var_particle_radius);
    // query = wp.bvh_query_aabb(bvh_id, x[tid] - extent, x[tid] + extent)                    <L 16>
    var_6 = wp::address(var_x, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::sub(var_8, var_5);
    var_9 = wp::address(var_x, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::add(var_11, var_5);
    var_12 = wp::bvh_query_aabb(var_bvh_id, var_7, var_10, var_13);
    // bounds_nr = int(0)                                                                     <L 17>
    var_15 = wp::int(var_14);
    // num_overlaps = int(0)                                                                  <L 18>
    var_17 = wp::int(var_16);
    // while wp.bvh_query_next(query, bounds_nr):                                             <L 19>
    // hit_counts[tid] = num_overlaps                                                         <L 23>
    // wp::array_store(var_hit_counts, var_0, var_17);
    //---------
    // reverse
    wp::adj_array_store(var_hit_counts, var_0, var_17, adj_hit_counts, adj_0, adj_17);
    // adj: hit_counts[tid] = num_overlaps                                                    <L 23>
    start_while_1:;
    var_18 = wp::bvh_query_next(var_12, var_15, var_19);
    if ((var_18) == false) goto end_while_1;
    adj_20 = {};
    adj_21 = {};
    adj_22 = {};
    adj_23 = {};
        // if bounds_nr != tid:                                                               <L 21>
        var_20 = (var_15 != var_0);
        if (var_20) {
            // num_overlaps += 1                                                              <L 22>
            var_22 = wp::add(var_17, var_21);
        }
        var_23 = wp::where(var_20, var_22, var_17);
        wp::assign(var_17, var_23);
        wp::adj_assign(var_17, var_23, adj_17, adj_23);
        wp::adj_where(var_20, var_22, var_17, adj_20, adj_22, adj_17, adj_23);
        if (var_20) {
            wp::adj_add(var_17, var_21, adj_17, adj_21, adj_22);
            // adj: num_overlaps += 1                                                         <L 22>
        }
        // adj: if bounds_nr != tid:                                                          <L 21>
    goto start_while_1;
    end_while_1:;
    // adj: while wp.bvh_query_next(query, bounds_nr):                                        <L 19>
    // adj: num_overlaps = int(0)                                                             <L 18>
    // adj: bounds_nr = int(0)                                                                <L 17>
    wp::adj_add(var_11, var_5, adj_9, adj_5, adj_10);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_9);
    wp::adj_sub(var_8, var_5, adj_6, adj_5, adj_7);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_6);
    // adj: query = wp.bvh_query_aabb(bvh_id, x[tid] - extent, x[tid] + extent)               <L 16>
    wp::adj_vec_t(var_particle_radius, adj_particle_radius, adj_5);
    // adj: extent = wp.vec3(particle_radius)                                                 <L 15>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 14>
    }
    wp::adj_address(var_active, var_0, adj_active, adj_0, adj_1);
    // adj: if active[tid] != 1:                                                              <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def bvh_overlap_count(                                                            <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void bvh_overlap_count_de5e6fb6_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_bvh_overlap_count_de5e6fb6 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        bvh_overlap_count_de5e6fb6_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void bvh_overlap_count_de5e6fb6_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_bvh_overlap_count_de5e6fb6 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->hit_counts.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        bvh_overlap_count_de5e6fb6_cpu_forward_tasks<true>(dim, _wp_args);
    else
        bvh_overlap_count_de5e6fb6_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void bvh_overlap_count_de5e6fb6_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bvh_overlap_count_de5e6fb6 *_wp_args)
{
    bvh_overlap_count_de5e6fb6_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void bvh_overlap_count_de5e6fb6_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_bvh_overlap_count_de5e6fb6 *_wp_args,
    wp_args_bvh_overlap_count_de5e6fb6 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        bvh_overlap_count_de5e6fb6_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void bvh_overlap_count_de5e6fb6_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_bvh_overlap_count_de5e6fb6 *_wp_args,
    wp_args_bvh_overlap_count_de5e6fb6 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->hit_counts.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->hit_counts.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        bvh_overlap_count_de5e6fb6_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        bvh_overlap_count_de5e6fb6_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void bvh_overlap_count_de5e6fb6_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bvh_overlap_count_de5e6fb6 *_wp_args,
    wp_args_bvh_overlap_count_de5e6fb6 *_wp_adj_args)
{
    bvh_overlap_count_de5e6fb6_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

