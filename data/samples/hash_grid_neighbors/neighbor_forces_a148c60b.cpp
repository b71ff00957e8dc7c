// Warp 1.19.0 cpu code for neighbor_forces_a148c60b.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_neighbor_forces_33b72791 {
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::float32> stiffnesses;
    wp::float32 smoothing_length;
    wp::array_t<wp::vec_t<3, wp::float32>> force_out;
};


template <bool wp_linear_contiguous>
static void neighbor_forces_33b72791_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_neighbor_forces_33b72791 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_neighbor_forces_33b72791 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.stiffnesses.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.force_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_stiffnesses = _wp_args->stiffnesses;
    wp::float32 var_smoothing_length = _wp_args->smoothing_length;
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out = _wp_args->force_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::hash_grid_query_f var_6;
    wp::int32 var_7;
    bool var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    bool var_15;
    const wp::float32 var_16 = 2.0;
    wp::float32 var_17;
    bool var_18;
    const wp::float32 var_19 = 0.0;
    bool var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::float32* var_22;
    const wp::float32 var_23 = 2.0;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    //---------
    // forward
    // def neighbor_forces(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 13>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // x = positions[i]                                                                       <L 14>
    var_2 = wp::address(var_positions, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // total = wp.vec3()                                                                      <L 15>
    var_5 = wp::vec_t<3, wp::float32>();
    // for j in wp.hash_grid_query(grid, x, smoothing_length):                                <L 16>
    var_6 = wp::hash_grid_query(var_grid, var_3, var_smoothing_length);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
        // if j != i:                                                                         <L 17>
        var_8 = (var_7 != var_1);
        if (var_8) {
            // p = positions[j]                                                               <L 18>
            var_9 = wp::address(var_positions, var_7);
            var_11 = wp::load(var_9);
            var_10 = wp::copy(var_11);
            // delta = p - x                                                                  <L 21>
            var_12 = wp::sub(var_10, var_3);
            // d = wp.length(delta)                                                           <L 22>
            var_13 = wp::length(var_12);
            // f_pair = wp.vec3()                                                             <L 23>
            var_14 = wp::vec_t<3, wp::float32>();
            // if d < 2.0 * smoothing_length and d > 0.0:                                     <L 24>
            var_17 = wp::mul(var_16, var_smoothing_length);
            var_18 = (var_13 < var_17);
            var_15 = var_18;
            if (var_15) {
                var_20 = (var_13 > var_19);
                var_15 = var_15 && var_20;
            }
            if (var_15) {
                // f_pair = delta / d * (stiffnesses[j] * (2.0 * smoothing_length - d))       <L 25>
                var_21 = wp::div(var_12, var_13);
                var_22 = wp::address(var_stiffnesses, var_7);
                var_24 = wp::mul(var_23, var_smoothing_length);
                var_25 = wp::sub(var_24, var_13);
                var_27 = wp::load(var_22);
                var_26 = wp::mul(var_27, var_25);
                var_28 = wp::mul(var_21, var_26);
            }
            var_29 = wp::where(var_15, var_28, var_14);
            // total += f_pair                                                                <L 26>
            var_30 = wp::add(var_5, var_29);
        }
        var_31 = wp::where(var_8, var_30, var_5);
        wp::assign(var_5, var_31);
        goto start_for_0;
    end_for_0:;
    // force_out[i] = total                                                                   <L 27>
    wp::array_store(var_force_out, var_1, var_5);
}



template <bool wp_linear_contiguous>
static void neighbor_forces_33b72791_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_neighbor_forces_33b72791 *_wp_args,
    wp_args_neighbor_forces_33b72791 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_neighbor_forces_33b72791 wp_contiguous_args;
    wp_args_neighbor_forces_33b72791 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.stiffnesses.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.stiffnesses.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.force_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.force_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_stiffnesses = _wp_args->stiffnesses;
    wp::float32 var_smoothing_length = _wp_args->smoothing_length;
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out = _wp_args->force_out;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::float32> adj_stiffnesses = _wp_adj_args->stiffnesses;
    wp::float32 adj_smoothing_length = _wp_adj_args->smoothing_length;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_force_out = _wp_adj_args->force_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::hash_grid_query_f var_6;
    wp::int32 var_7;
    bool var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    bool var_15;
    const wp::float32 var_16 = 2.0;
    wp::float32 var_17;
    bool var_18;
    const wp::float32 var_19 = 0.0;
    bool var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::float32* var_22;
    const wp::float32 var_23 = 2.0;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::hash_grid_query_f adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    bool adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    bool adj_18 = {};
    wp::float32 adj_19 = {};
    bool adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    //---------
    // forward
    // def neighbor_forces(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 13>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // x = positions[i]                                                                       <L 14>
    var_2 = wp::address(var_positions, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // total = wp.vec3()                                                                      <L 15>
    var_5 = wp::vec_t<3, wp::float32>();
    // for j in wp.hash_grid_query(grid, x, smoothing_length):                                <L 16>
    var_6 = wp::hash_grid_query(var_grid, var_3, var_smoothing_length);
    // force_out[i] = total                                                                   <L 27>
    // wp::array_store(var_force_out, var_1, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_force_out, var_1, var_5, adj_force_out, adj_1, adj_5);
    // adj: force_out[i] = total                                                              <L 27>
    var_6 = wp::iter_reverse(var_6);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
    	adj_8 = {};
    	adj_9 = {};
    	adj_10 = {};
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
    	adj_23 = {};
    	adj_24 = {};
    	adj_25 = {};
    	adj_26 = {};
    	adj_27 = {};
    	adj_28 = {};
    	adj_29 = {};
    	adj_30 = {};
    	adj_31 = {};
        // if j != i:                                                                         <L 17>
        var_8 = (var_7 != var_1);
        if (var_8) {
            // p = positions[j]                                                               <L 18>
            var_9 = wp::address(var_positions, var_7);
            var_11 = wp::load(var_9);
            var_10 = wp::copy(var_11);
            // delta = p - x                                                                  <L 21>
            var_12 = wp::sub(var_10, var_3);
            // d = wp.length(delta)                                                           <L 22>
            var_13 = wp::length(var_12);
            // f_pair = wp.vec3()                                                             <L 23>
            var_14 = wp::vec_t<3, wp::float32>();
            // if d < 2.0 * smoothing_length and d > 0.0:                                     <L 24>
            var_17 = wp::mul(var_16, var_smoothing_length);
            var_18 = (var_13 < var_17);
            var_15 = var_18;
            if (var_15) {
                var_20 = (var_13 > var_19);
                var_15 = var_15 && var_20;
            }
            if (var_15) {
                // f_pair = delta / d * (stiffnesses[j] * (2.0 * smoothing_length - d))       <L 25>
                var_21 = wp::div(var_12, var_13);
                var_22 = wp::address(var_stiffnesses, var_7);
                var_24 = wp::mul(var_23, var_smoothing_length);
                var_25 = wp::sub(var_24, var_13);
                var_27 = wp::load(var_22);
                var_26 = wp::mul(var_27, var_25);
                var_28 = wp::mul(var_21, var_26);
            }
            var_29 = wp::where(var_15, var_28, var_14);
            // total += f_pair                                                                <L 26>
            var_30 = wp::add(var_5, var_29);
        }
        var_31 = wp::where(var_8, var_30, var_5);
        wp::assign(var_5, var_31);
        wp::adj_assign(var_5, var_31, adj_5, adj_31);
        wp::adj_where(var_8, var_30, var_5, adj_8, adj_30, adj_5, adj_31);
        if (var_8) {
            wp::adj_add(var_5, var_29, adj_5, adj_29, adj_30);
            // adj: total += f_pair                                                           <L 26>
            wp::adj_where(var_15, var_28, var_14, adj_15, adj_28, adj_14, adj_29);
            if (var_15) {
                wp::adj_mul(var_21, var_26, adj_21, adj_26, adj_28);
                wp::adj_mul(var_27, var_25, adj_22, adj_25, adj_26);
                wp::adj_sub(var_24, var_13, adj_24, adj_13, adj_25);
                wp::adj_mul(var_23, var_smoothing_length, adj_23, adj_smoothing_length, adj_24);
                wp::adj_address(var_stiffnesses, var_7, adj_stiffnesses, adj_7, adj_22);
                wp::adj_div(var_12, var_13, adj_12, adj_13, adj_21);
                // adj: f_pair = delta / d * (stiffnesses[j] * (2.0 * smoothing_length - d))  <L 25>
            }
            if (var_15) {
            }
            wp::adj_mul(var_16, var_smoothing_length, adj_16, adj_smoothing_length, adj_17);
            // adj: if d < 2.0 * smoothing_length and d > 0.0:                                <L 24>
            // adj: f_pair = wp.vec3()                                                        <L 23>
            wp::adj_length(var_12, var_13, adj_12, adj_13);
            // adj: d = wp.length(delta)                                                      <L 22>
            wp::adj_sub(var_10, var_3, adj_10, adj_3, adj_12);
            // adj: delta = p - x                                                             <L 21>
            wp::adj_copy(var_11, adj_9, adj_10);
            wp::adj_address(var_positions, var_7, adj_positions, adj_7, adj_9);
            // adj: p = positions[j]                                                          <L 18>
        }
        // adj: if j != i:                                                                    <L 17>
    	goto start_for_0;
    end_for_0:;
    // adj: for j in wp.hash_grid_query(grid, x, smoothing_length):                           <L 16>
    // adj: total = wp.vec3()                                                                 <L 15>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_positions, var_1, adj_positions, adj_1, adj_2);
    // adj: x = positions[i]                                                                  <L 14>
    // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def neighbor_forces(                                                              <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void neighbor_forces_33b72791_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_forces_33b72791 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        neighbor_forces_33b72791_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void neighbor_forces_33b72791_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_forces_33b72791 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->stiffnesses.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->force_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        neighbor_forces_33b72791_cpu_forward_tasks<true>(dim, _wp_args);
    else
        neighbor_forces_33b72791_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void neighbor_forces_33b72791_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_forces_33b72791 *_wp_args)
{
    neighbor_forces_33b72791_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void neighbor_forces_33b72791_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_forces_33b72791 *_wp_args,
    wp_args_neighbor_forces_33b72791 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        neighbor_forces_33b72791_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void neighbor_forces_33b72791_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_forces_33b72791 *_wp_args,
    wp_args_neighbor_forces_33b72791 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->stiffnesses.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->stiffnesses.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->force_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->force_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        neighbor_forces_33b72791_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        neighbor_forces_33b72791_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void neighbor_forces_33b72791_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_forces_33b72791 *_wp_args,
    wp_args_neighbor_forces_33b72791 *_wp_adj_args)
{
    neighbor_forces_33b72791_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

