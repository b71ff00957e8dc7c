// Warp 1.19.0 cpu code for neighbor_forces_b4390fe7.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_neighbor_forces_4e269a24 {
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::float32> radii;
    wp::array_t<wp::vec_t<3, wp::float32>> f_ext;
    wp::array_t<wp::vec_t<3, wp::float32>> forces;
};


template <bool wp_linear_contiguous>
static void neighbor_forces_4e269a24_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_neighbor_forces_4e269a24 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_neighbor_forces_4e269a24 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.f_ext.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::array_t<wp::vec_t<3, wp::float32>> var_f_ext = _wp_args->f_ext;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
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
    wp::vec_t<3, wp::float32> var_8;
    wp::hash_grid_query_f var_9;
    wp::int32 var_10;
    bool var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // forward
    // def neighbor_forces(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 13>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // x = points[i]                                                                          <L 14>
    var_2 = wp::address(var_points, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // r = radii[i]                                                                           <L 15>
    var_5 = wp::address(var_radii, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // total = wp.vec3()                                                                      <L 18>
    var_8 = wp::vec_t<3, wp::float32>();
    // for j in wp.hash_grid_query(grid, x, r):                                               <L 19>
    var_9 = wp::hash_grid_query(var_grid, var_3, var_6);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
        // if j != i:                                                                         <L 20>
        var_11 = (var_10 != var_1);
        if (var_11) {
            // total += f_ext[j]                                                              <L 21>
            var_12 = wp::address(var_f_ext, var_10);
            var_14 = wp::load(var_12);
            var_13 = wp::add(var_8, var_14);
        }
        var_15 = wp::where(var_11, var_13, var_8);
        wp::assign(var_8, var_15);
        goto start_for_0;
    end_for_0:;
    // forces[i] = total                                                                      <L 22>
    wp::array_store(var_forces, var_1, var_8);
}



template <bool wp_linear_contiguous>
static void neighbor_forces_4e269a24_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_neighbor_forces_4e269a24 *_wp_args,
    wp_args_neighbor_forces_4e269a24 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_neighbor_forces_4e269a24 wp_contiguous_args;
    wp_args_neighbor_forces_4e269a24 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.f_ext.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.f_ext.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::array_t<wp::vec_t<3, wp::float32>> var_f_ext = _wp_args->f_ext;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::float32> adj_radii = _wp_adj_args->radii;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_f_ext = _wp_adj_args->f_ext;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces = _wp_adj_args->forces;
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
    wp::vec_t<3, wp::float32> var_8;
    wp::hash_grid_query_f var_9;
    wp::int32 var_10;
    bool var_11;
    wp::vec_t<3, wp::float32>* var_12;
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
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::hash_grid_query_f adj_9 = {};
    wp::int32 adj_10 = {};
    bool adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    //---------
    // forward
    // def neighbor_forces(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 13>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // x = points[i]                                                                          <L 14>
    var_2 = wp::address(var_points, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // r = radii[i]                                                                           <L 15>
    var_5 = wp::address(var_radii, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // total = wp.vec3()                                                                      <L 18>
    var_8 = wp::vec_t<3, wp::float32>();
    // for j in wp.hash_grid_query(grid, x, r):                                               <L 19>
    var_9 = wp::hash_grid_query(var_grid, var_3, var_6);
    // forces[i] = total                                                                      <L 22>
    // wp::array_store(var_forces, var_1, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_forces, var_1, var_8, adj_forces, adj_1, adj_8);
    // adj: forces[i] = total                                                                 <L 22>
    var_9 = wp::iter_reverse(var_9);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
        // if j != i:                                                                         <L 20>
        var_11 = (var_10 != var_1);
        if (var_11) {
            // total += f_ext[j]                                                              <L 21>
            var_12 = wp::address(var_f_ext, var_10);
            var_14 = wp::load(var_12);
            var_13 = wp::add(var_8, var_14);
        }
        var_15 = wp::where(var_11, var_13, var_8);
        wp::assign(var_8, var_15);
        wp::adj_assign(var_8, var_15, adj_8, adj_15);
        wp::adj_where(var_11, var_13, var_8, adj_11, adj_13, adj_8, adj_15);
        if (var_11) {
            wp::adj_add(var_8, var_14, adj_8, adj_12, adj_13);
            wp::adj_address(var_f_ext, var_10, adj_f_ext, adj_10, adj_12);
            // adj: total += f_ext[j]                                                         <L 21>
        }
        // adj: if j != i:                                                                    <L 20>
    	goto start_for_0;
    end_for_0:;
    // adj: for j in wp.hash_grid_query(grid, x, r):                                          <L 19>
    // adj: total = wp.vec3()                                                                 <L 18>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_radii, var_1, adj_radii, adj_1, adj_5);
    // adj: r = radii[i]                                                                      <L 15>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_points, var_1, adj_points, adj_1, adj_2);
    // adj: x = points[i]                                                                     <L 14>
    // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def neighbor_forces(                                                              <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void neighbor_forces_4e269a24_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_forces_4e269a24 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        neighbor_forces_4e269a24_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void neighbor_forces_4e269a24_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_forces_4e269a24 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->f_ext.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        neighbor_forces_4e269a24_cpu_forward_tasks<true>(dim, _wp_args);
    else
        neighbor_forces_4e269a24_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void neighbor_forces_4e269a24_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_forces_4e269a24 *_wp_args)
{
    neighbor_forces_4e269a24_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void neighbor_forces_4e269a24_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_forces_4e269a24 *_wp_args,
    wp_args_neighbor_forces_4e269a24 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        neighbor_forces_4e269a24_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void neighbor_forces_4e269a24_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_forces_4e269a24 *_wp_args,
    wp_args_neighbor_forces_4e269a24 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->f_ext.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->f_ext.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        neighbor_forces_4e269a24_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        neighbor_forces_4e269a24_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void neighbor_forces_4e269a24_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_forces_4e269a24 *_wp_args,
    wp_args_neighbor_forces_4e269a24 *_wp_adj_args)
{
    neighbor_forces_4e269a24_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

