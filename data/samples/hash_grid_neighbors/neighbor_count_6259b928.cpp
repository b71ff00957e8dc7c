// Warp 1.19.0 cpu code for neighbor_count_6259b928.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_neighbor_count_883fd8d7 {
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::float32> radii;
    wp::array_t<wp::int32> counts;
};


template <bool wp_linear_contiguous>
static void neighbor_count_883fd8d7_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_neighbor_count_883fd8d7 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_neighbor_count_883fd8d7 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.counts.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::float32* var_7;
    wp::hash_grid_query_f var_8;
    wp::float32 var_9;
    wp::int32 var_10;
    bool var_11;
    bool var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::float32 var_16;
    wp::float32* var_17;
    bool var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    wp::int32 var_22;
    //---------
    // forward
    // def neighbor_count(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 13>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // x = positions[i]                                                                       <L 14>
    var_2 = wp::address(var_positions, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // count = int(0)                                                                         <L 17>
    var_6 = wp::int(var_5);
    // for j in wp.hash_grid_query(grid, x, radii[i]):                                        <L 18>
    var_7 = wp::address(var_radii, var_1);
    var_9 = wp::load(var_7);
    var_8 = wp::hash_grid_query(var_grid, var_3, var_9);
    start_for_0:;
        if (iter_cmp(var_8) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_8);
        // if j != i and wp.length(x - positions[j]) <= radii[i]:                             <L 19>
        var_12 = (var_10 != var_1);
        var_11 = var_12;
        if (var_11) {
            var_13 = wp::address(var_positions, var_10);
            var_15 = wp::load(var_13);
            var_14 = wp::sub(var_3, var_15);
            var_16 = wp::length(var_14);
            var_17 = wp::address(var_radii, var_1);
            var_19 = wp::load(var_17);
            var_18 = (var_16 <= var_19);
            var_11 = var_11 && var_18;
        }
        if (var_11) {
            // count += 1                                                                     <L 20>
            var_21 = wp::add(var_6, var_20);
        }
        var_22 = wp::where(var_11, var_21, var_6);
        wp::assign(var_6, var_22);
        goto start_for_0;
    end_for_0:;
    // counts[i] = count                                                                      <L 21>
    wp::array_store(var_counts, var_1, var_6);
}



template <bool wp_linear_contiguous>
static void neighbor_count_883fd8d7_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_neighbor_count_883fd8d7 *_wp_args,
    wp_args_neighbor_count_883fd8d7 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_neighbor_count_883fd8d7 wp_contiguous_args;
    wp_args_neighbor_count_883fd8d7 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.counts.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.counts.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::float32> adj_radii = _wp_adj_args->radii;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::float32* var_7;
    wp::hash_grid_query_f var_8;
    wp::float32 var_9;
    wp::int32 var_10;
    bool var_11;
    bool var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::float32 var_16;
    wp::float32* var_17;
    bool var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    wp::int32 var_22;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::hash_grid_query_f adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    bool adj_11 = {};
    bool adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    bool adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    //---------
    // forward
    // def neighbor_count(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 13>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // x = positions[i]                                                                       <L 14>
    var_2 = wp::address(var_positions, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // count = int(0)                                                                         <L 17>
    var_6 = wp::int(var_5);
    // for j in wp.hash_grid_query(grid, x, radii[i]):                                        <L 18>
    var_7 = wp::address(var_radii, var_1);
    var_9 = wp::load(var_7);
    var_8 = wp::hash_grid_query(var_grid, var_3, var_9);
    // counts[i] = count                                                                      <L 21>
    // wp::array_store(var_counts, var_1, var_6);
    //---------
    // reverse
    wp::adj_array_store(var_counts, var_1, var_6, adj_counts, adj_1, adj_6);
    // adj: counts[i] = count                                                                 <L 21>
    var_8 = wp::iter_reverse(var_8);
    start_for_0:;
        if (iter_cmp(var_8) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_8);
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
    	adj_21 = {};
    	adj_22 = {};
        // if j != i and wp.length(x - positions[j]) <= radii[i]:                             <L 19>
        var_12 = (var_10 != var_1);
        var_11 = var_12;
        if (var_11) {
            var_13 = wp::address(var_positions, var_10);
            var_15 = wp::load(var_13);
            var_14 = wp::sub(var_3, var_15);
            var_16 = wp::length(var_14);
            var_17 = wp::address(var_radii, var_1);
            var_19 = wp::load(var_17);
            var_18 = (var_16 <= var_19);
            var_11 = var_11 && var_18;
        }
        if (var_11) {
            // count += 1                                                                     <L 20>
            var_21 = wp::add(var_6, var_20);
        }
        var_22 = wp::where(var_11, var_21, var_6);
        wp::assign(var_6, var_22);
        wp::adj_assign(var_6, var_22, adj_6, adj_22);
        wp::adj_where(var_11, var_21, var_6, adj_11, adj_21, adj_6, adj_22);
        if (var_11) {
            wp::adj_add(var_6, var_20, adj_6, adj_20, adj_21);
            // adj: count += 1                                                                <L 20>
        }
        if (var_11) {
            wp::adj_address(var_radii, var_1, adj_radii, adj_1, adj_17);
            wp::adj_length(var_14, var_16, adj_14, adj_16);
            wp::adj_sub(var_3, var_15, adj_3, adj_13, adj_14);
            wp::adj_address(var_positions, var_10, adj_positions, adj_10, adj_13);
        }
        // adj: if j != i and wp.length(x - positions[j]) <= radii[i]:                        <L 19>
    	goto start_for_0;
    end_for_0:;
    wp::adj_address(var_radii, var_1, adj_radii, adj_1, adj_7);
    // adj: for j in wp.hash_grid_query(grid, x, radii[i]):                                   <L 18>
    // adj: count = int(0)                                                                    <L 17>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_positions, var_1, adj_positions, adj_1, adj_2);
    // adj: x = positions[i]                                                                  <L 14>
    // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 13>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def neighbor_count(                                                               <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void neighbor_count_883fd8d7_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_count_883fd8d7 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        neighbor_count_883fd8d7_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void neighbor_count_883fd8d7_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_count_883fd8d7 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->counts.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        neighbor_count_883fd8d7_cpu_forward_tasks<true>(dim, _wp_args);
    else
        neighbor_count_883fd8d7_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void neighbor_count_883fd8d7_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_count_883fd8d7 *_wp_args)
{
    neighbor_count_883fd8d7_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void neighbor_count_883fd8d7_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_count_883fd8d7 *_wp_args,
    wp_args_neighbor_count_883fd8d7 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        neighbor_count_883fd8d7_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void neighbor_count_883fd8d7_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_count_883fd8d7 *_wp_args,
    wp_args_neighbor_count_883fd8d7 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->counts.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->counts.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        neighbor_count_883fd8d7_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        neighbor_count_883fd8d7_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void neighbor_count_883fd8d7_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_count_883fd8d7 *_wp_args,
    wp_args_neighbor_count_883fd8d7 *_wp_adj_args)
{
    neighbor_count_883fd8d7_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

