// Warp 1.19.0 cpu code for neighbor_count_bc2f53db.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_neighbor_count_d2714120 {
    wp::uint64 hash_grid;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::float32> radii;
    wp::array_t<wp::int32> neighbor_counts;
};


template <bool wp_linear_contiguous>
static void neighbor_count_d2714120_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_neighbor_count_d2714120 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_neighbor_count_d2714120 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.neighbor_counts.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_hash_grid = _wp_args->hash_grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::array_t<wp::int32> var_neighbor_counts = _wp_args->neighbor_counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 0;
    wp::int32 var_10;
    wp::hash_grid_query_f var_11;
    wp::int32 var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::float32 var_16;
    bool var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::int32 var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    //---------
    // forward
    // def neighbor_count(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // i = tid                                                                                <L 12>
    var_1 = wp::copy(var_0);
    // x = positions[i]                                                                       <L 13>
    var_2 = wp::address(var_positions, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // radius = radii[i]                                                                      <L 14>
    var_5 = wp::address(var_radii, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // r_sq = radius * radius                                                                 <L 15>
    var_8 = wp::mul(var_6, var_6);
    // count = int(0)                                                                         <L 16>
    var_10 = wp::int(var_9);
    // for j in wp.hash_grid_query(hash_grid, x, radius):                                     <L 17>
    var_11 = wp::hash_grid_query(var_hash_grid, var_3, var_6);
    start_for_0:;
        if (iter_cmp(var_11) == 0) goto end_for_0;
        var_12 = wp::iter_next(var_11);
        // if wp.length_sq(x - positions[j]) <= r_sq:                                         <L 18>
        var_13 = wp::address(var_positions, var_12);
        var_15 = wp::load(var_13);
        var_14 = wp::sub(var_3, var_15);
        var_16 = wp::length_sq(var_14);
        var_17 = (var_16 <= var_8);
        if (var_17) {
            // count += 1                                                                     <L 19>
            var_19 = wp::add(var_10, var_18);
        }
        var_20 = wp::where(var_17, var_19, var_10);
        wp::assign(var_10, var_20);
        goto start_for_0;
    end_for_0:;
    // neighbor_counts[i] = count - 1                                                         <L 20>
    var_22 = wp::sub(var_10, var_21);
    wp::array_store(var_neighbor_counts, var_1, var_22);
}



template <bool wp_linear_contiguous>
static void neighbor_count_d2714120_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_neighbor_count_d2714120 *_wp_args,
    wp_args_neighbor_count_d2714120 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_neighbor_count_d2714120 wp_contiguous_args;
    wp_args_neighbor_count_d2714120 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.neighbor_counts.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.neighbor_counts.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_hash_grid = _wp_args->hash_grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::array_t<wp::int32> var_neighbor_counts = _wp_args->neighbor_counts;
    wp::uint64 adj_hash_grid = _wp_adj_args->hash_grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::float32> adj_radii = _wp_adj_args->radii;
    wp::array_t<wp::int32> adj_neighbor_counts = _wp_adj_args->neighbor_counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 0;
    wp::int32 var_10;
    wp::hash_grid_query_f var_11;
    wp::int32 var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::float32 var_16;
    bool var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::int32 var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::hash_grid_query_f adj_11 = {};
    wp::int32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::float32 adj_16 = {};
    bool adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    //---------
    // forward
    // def neighbor_count(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // i = tid                                                                                <L 12>
    var_1 = wp::copy(var_0);
    // x = positions[i]                                                                       <L 13>
    var_2 = wp::address(var_positions, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // radius = radii[i]                                                                      <L 14>
    var_5 = wp::address(var_radii, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // r_sq = radius * radius                                                                 <L 15>
    var_8 = wp::mul(var_6, var_6);
    // count = int(0)                                                                         <L 16>
    var_10 = wp::int(var_9);
    // for j in wp.hash_grid_query(hash_grid, x, radius):                                     <L 17>
    var_11 = wp::hash_grid_query(var_hash_grid, var_3, var_6);
    // neighbor_counts[i] = count - 1                                                         <L 20>
    var_22 = wp::sub(var_10, var_21);
    // wp::array_store(var_neighbor_counts, var_1, var_22);
    //---------
    // reverse
    wp::adj_array_store(var_neighbor_counts, var_1, var_22, adj_neighbor_counts, adj_1, adj_22);
    wp::adj_sub(var_10, var_21, adj_10, adj_21, adj_22);
    // adj: neighbor_counts[i] = count - 1                                                    <L 20>
    var_11 = wp::iter_reverse(var_11);
    start_for_0:;
        if (iter_cmp(var_11) == 0) goto end_for_0;
        var_12 = wp::iter_next(var_11);
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
        // if wp.length_sq(x - positions[j]) <= r_sq:                                         <L 18>
        var_13 = wp::address(var_positions, var_12);
        var_15 = wp::load(var_13);
        var_14 = wp::sub(var_3, var_15);
        var_16 = wp::length_sq(var_14);
        var_17 = (var_16 <= var_8);
        if (var_17) {
            // count += 1                                                                     <L 19>
            var_19 = wp::add(var_10, var_18);
        }
        var_20 = wp::where(var_17, var_19, var_10);
        wp::assign(var_10, var_20);
        wp::adj_assign(var_10, var_20, adj_10, adj_20);
        wp::adj_where(var_17, var_19, var_10, adj_17, adj_19, adj_10, adj_20);
        if (var_17) {
            wp::adj_add(var_10, var_18, adj_10, adj_18, adj_19);
            // adj: count += 1                                                                <L 19>
        }
        wp::adj_length_sq(var_14, adj_14, adj_16);
        wp::adj_sub(var_3, var_15, adj_3, adj_13, adj_14);
        wp::adj_address(var_positions, var_12, adj_positions, adj_12, adj_13);
        // adj: if wp.length_sq(x - positions[j]) <= r_sq:                                    <L 18>
    	goto start_for_0;
    end_for_0:;
    // adj: for j in wp.hash_grid_query(hash_grid, x, radius):                                <L 17>
    // adj: count = int(0)                                                                    <L 16>
    wp::adj_mul(var_6, var_6, adj_6, adj_6, adj_8);
    // adj: r_sq = radius * radius                                                            <L 15>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_radii, var_1, adj_radii, adj_1, adj_5);
    // adj: radius = radii[i]                                                                 <L 14>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_positions, var_1, adj_positions, adj_1, adj_2);
    // adj: x = positions[i]                                                                  <L 13>
    wp::adj_copy(var_0, adj_0, adj_1);
    // adj: i = tid                                                                           <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def neighbor_count(                                                               <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void neighbor_count_d2714120_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_count_d2714120 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        neighbor_count_d2714120_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void neighbor_count_d2714120_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_count_d2714120 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->neighbor_counts.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        neighbor_count_d2714120_cpu_forward_tasks<true>(dim, _wp_args);
    else
        neighbor_count_d2714120_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void neighbor_count_d2714120_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_count_d2714120 *_wp_args)
{
    neighbor_count_d2714120_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void neighbor_count_d2714120_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_count_d2714120 *_wp_args,
    wp_args_neighbor_count_d2714120 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        neighbor_count_d2714120_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void neighbor_count_d2714120_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_count_d2714120 *_wp_args,
    wp_args_neighbor_count_d2714120 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->neighbor_counts.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->neighbor_counts.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        neighbor_count_d2714120_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        neighbor_count_d2714120_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void neighbor_count_d2714120_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_count_d2714120 *_wp_args,
    wp_args_neighbor_count_d2714120 *_wp_adj_args)
{
    neighbor_count_d2714120_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

