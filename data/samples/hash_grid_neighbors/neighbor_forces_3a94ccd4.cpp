// Warp 1.19.0 cpu code for neighbor_forces_3a94ccd4.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// warp/_src/math.py:0
static wp::float32 norm_pseudo_huber_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_delta)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1.0;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // forward
    // def norm_pseudo_huber(v: Any, delta: float = 1.0) -> float:                            <L 1>
    // a = wp.dot(v, v)                                                                       <L 17>
    var_0 = wp::dot(var_v, var_v);
    // return delta * wp.sqrt(1.0 + a / (delta * delta))                                      <L 18>
    var_2 = wp::mul(var_delta, var_delta);
    var_3 = wp::div(var_0, var_2);
    var_4 = wp::add(var_1, var_3);
    var_5 = wp::sqrt(var_4);
    var_6 = wp::mul(var_delta, var_5);
    return var_6;
}


// warp/_src/math.py:0
static wp::vec_t<3, wp::float32> smooth_normalize_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_delta)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // forward
    // def smooth_normalize(v: Any, delta: float = 1.0) -> Any:                               <L 1>
    // return v / norm_pseudo_huber(v, delta)                                                 <L 16>
    var_0 = norm_pseudo_huber_0(var_v, var_delta);
    var_1 = wp::div(var_v, var_0);
    return var_1;
}


// warp/_src/math.py:0
static void adj_norm_pseudo_huber_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_delta,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_delta,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1.0;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    //---------
    // forward
    // def norm_pseudo_huber(v: Any, delta: float = 1.0) -> float:                            <L 1>
    // a = wp.dot(v, v)                                                                       <L 17>
    var_0 = wp::dot(var_v, var_v);
    // return delta * wp.sqrt(1.0 + a / (delta * delta))                                      <L 18>
    var_2 = wp::mul(var_delta, var_delta);
    var_3 = wp::div(var_0, var_2);
    var_4 = wp::add(var_1, var_3);
    var_5 = wp::sqrt(var_4);
    var_6 = wp::mul(var_delta, var_5);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_6 += adj_ret;
    wp::adj_mul(var_delta, var_5, adj_delta, adj_5, adj_6);
    wp::adj_sqrt(var_4, var_5, adj_4, adj_5);
    wp::adj_add(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_div(var_0, var_2, var_3, adj_0, adj_2, adj_3);
    wp::adj_mul(var_delta, var_delta, adj_delta, adj_delta, adj_2);
    // adj: return delta * wp.sqrt(1.0 + a / (delta * delta))                                 <L 18>
    wp::adj_dot(var_v, var_v, adj_v, adj_v, adj_0);
    // adj: a = wp.dot(v, v)                                                                  <L 17>
    // adj: def norm_pseudo_huber(v: Any, delta: float = 1.0) -> float:                       <L 1>
    return;
}


// warp/_src/math.py:0
static void adj_smooth_normalize_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_delta,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_delta,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    //---------
    // forward
    // def smooth_normalize(v: Any, delta: float = 1.0) -> Any:                               <L 1>
    // return v / norm_pseudo_huber(v, delta)                                                 <L 16>
    var_0 = norm_pseudo_huber_0(var_v, var_delta);
    var_1 = wp::div(var_v, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_div(var_v, var_0, adj_v, adj_0, adj_1);
    adj_norm_pseudo_huber_0(var_v, var_delta, adj_v, adj_delta, adj_0);
    // adj: return v / norm_pseudo_huber(v, delta)                                            <L 16>
    // adj: def smooth_normalize(v: Any, delta: float = 1.0) -> Any:                          <L 1>
    return;
}

struct wp_args_neighbor_forces_16bc8581 {
    wp::uint64 hash_grid;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::vec_t<3, wp::float32>> targets;
    wp::float32 radius;
    wp::float32 ke;
    wp::float32 huber_delta;
    wp::array_t<wp::vec_t<3, wp::float32>> forces;
};


template <bool wp_linear_contiguous>
static void neighbor_forces_16bc8581_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_neighbor_forces_16bc8581 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_neighbor_forces_16bc8581 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.targets.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_hash_grid = _wp_args->hash_grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_targets = _wp_args->targets;
    wp::float32 var_radius = _wp_args->radius;
    wp::float32 var_ke = _wp_args->ke;
    wp::float32 var_huber_delta = _wp_args->huber_delta;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
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
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // forward
    // def neighbor_forces(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(hash_grid, tid)                                              <L 15>
    var_1 = wp::hash_grid_point_id(var_hash_grid, var_0);
    // x = positions[i]                                                                       <L 16>
    var_2 = wp::address(var_positions, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // total = wp.vec3()                                                                      <L 17>
    var_5 = wp::vec_t<3, wp::float32>();
    // for j in wp.hash_grid_query(hash_grid, x, radius):                                     <L 18>
    var_6 = wp::hash_grid_query(var_hash_grid, var_3, var_radius);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
        // if j != i:                                                                         <L 19>
        var_8 = (var_7 != var_1);
        if (var_8) {
            // delta = targets[j] - x                                                         <L 22>
            var_9 = wp::address(var_targets, var_7);
            var_11 = wp::load(var_9);
            var_10 = wp::sub(var_11, var_3);
            // f_pull = ke * wp.smooth_normalize(delta, huber_delta)                          <L 23>
            var_12 = smooth_normalize_0(var_10, var_huber_delta);
            var_13 = wp::mul(var_ke, var_12);
            // total += f_pull                                                                <L 24>
            var_14 = wp::add(var_5, var_13);
        }
        var_15 = wp::where(var_8, var_14, var_5);
        wp::assign(var_5, var_15);
        goto start_for_0;
    end_for_0:;
    // forces[i] = total                                                                      <L 25>
    wp::array_store(var_forces, var_1, var_5);
}



template <bool wp_linear_contiguous>
static void neighbor_forces_16bc8581_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_neighbor_forces_16bc8581 *_wp_args,
    wp_args_neighbor_forces_16bc8581 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_neighbor_forces_16bc8581 wp_contiguous_args;
    wp_args_neighbor_forces_16bc8581 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.targets.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.targets.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_hash_grid = _wp_args->hash_grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_targets = _wp_args->targets;
    wp::float32 var_radius = _wp_args->radius;
    wp::float32 var_ke = _wp_args->ke;
    wp::float32 var_huber_delta = _wp_args->huber_delta;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::uint64 adj_hash_grid = _wp_adj_args->hash_grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_targets = _wp_adj_args->targets;
    wp::float32 adj_radius = _wp_adj_args->radius;
    wp::float32 adj_ke = _wp_adj_args->ke;
    wp::float32 adj_huber_delta = _wp_adj_args->huber_delta;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces = _wp_adj_args->forces;
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
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
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
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    //---------
    // forward
    // def neighbor_forces(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(hash_grid, tid)                                              <L 15>
    var_1 = wp::hash_grid_point_id(var_hash_grid, var_0);
    // x = positions[i]                                                                       <L 16>
    var_2 = wp::address(var_positions, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // total = wp.vec3()                                                                      <L 17>
    var_5 = wp::vec_t<3, wp::float32>();
    // for j in wp.hash_grid_query(hash_grid, x, radius):                                     <L 18>
    var_6 = wp::hash_grid_query(var_hash_grid, var_3, var_radius);
    // forces[i] = total                                                                      <L 25>
    // wp::array_store(var_forces, var_1, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_forces, var_1, var_5, adj_forces, adj_1, adj_5);
    // adj: forces[i] = total                                                                 <L 25>
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
        // if j != i:                                                                         <L 19>
        var_8 = (var_7 != var_1);
        if (var_8) {
            // delta = targets[j] - x                                                         <L 22>
            var_9 = wp::address(var_targets, var_7);
            var_11 = wp::load(var_9);
            var_10 = wp::sub(var_11, var_3);
            // f_pull = ke * wp.smooth_normalize(delta, huber_delta)                          <L 23>
            var_12 = smooth_normalize_0(var_10, var_huber_delta);
            var_13 = wp::mul(var_ke, var_12);
            // total += f_pull                                                                <L 24>
            var_14 = wp::add(var_5, var_13);
        }
        var_15 = wp::where(var_8, var_14, var_5);
        wp::assign(var_5, var_15);
        wp::adj_assign(var_5, var_15, adj_5, adj_15);
        wp::adj_where(var_8, var_14, var_5, adj_8, adj_14, adj_5, adj_15);
        if (var_8) {
            wp::adj_add(var_5, var_13, adj_5, adj_13, adj_14);
            // adj: total += f_pull                                                           <L 24>
            wp::adj_mul(var_ke, var_12, adj_ke, adj_12, adj_13);
            adj_smooth_normalize_0(var_10, var_huber_delta, adj_10, adj_huber_delta, adj_12);
            // adj: f_pull = ke * wp.smooth_normalize(delta, huber_delta)                     <L 23>
            wp::adj_sub(var_11, var_3, adj_9, adj_3, adj_10);
            wp::adj_address(var_targets, var_7, adj_targets, adj_7, adj_9);
            // adj: delta = targets[j] - x                                                    <L 22>
        }
        // adj: if j != i:                                                                    <L 19>
    	goto start_for_0;
    end_for_0:;
    // adj: for j in wp.hash_grid_query(hash_grid, x, radius):                                <L 18>
    // adj: total = wp.vec3()                                                                 <L 17>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_positions, var_1, adj_positions, adj_1, adj_2);
    // adj: x = positions[i]                                                                  <L 16>
    // adj: i = wp.hash_grid_point_id(hash_grid, tid)                                         <L 15>
    // adj: tid = wp.tid()                                                                    <L 14>
    // adj: def neighbor_forces(                                                              <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void neighbor_forces_16bc8581_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_forces_16bc8581 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        neighbor_forces_16bc8581_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void neighbor_forces_16bc8581_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_forces_16bc8581 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->targets.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        neighbor_forces_16bc8581_cpu_forward_tasks<true>(dim, _wp_args);
    else
        neighbor_forces_16bc8581_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void neighbor_forces_16bc8581_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_forces_16bc8581 *_wp_args)
{
    neighbor_forces_16bc8581_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void neighbor_forces_16bc8581_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_forces_16bc8581 *_wp_args,
    wp_args_neighbor_forces_16bc8581 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        neighbor_forces_16bc8581_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void neighbor_forces_16bc8581_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_forces_16bc8581 *_wp_args,
    wp_args_neighbor_forces_16bc8581 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->targets.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->targets.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        neighbor_forces_16bc8581_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        neighbor_forces_16bc8581_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void neighbor_forces_16bc8581_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_forces_16bc8581 *_wp_args,
    wp_args_neighbor_forces_16bc8581 *_wp_adj_args)
{
    neighbor_forces_16bc8581_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

