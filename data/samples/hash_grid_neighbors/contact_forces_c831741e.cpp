// Warp 1.19.0 cpu code for contact_forces_c831741e.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_contact_forces_ded19cab {
    wp::uint64 hash_grid;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::float32> radii;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_f;
    wp::int32 active_count;
    wp::array_t<wp::vec_t<3, wp::float32>> forces;
};


template <bool wp_linear_contiguous>
static void contact_forces_ded19cab_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_contact_forces_ded19cab *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_contact_forces_ded19cab wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_hash_grid = _wp_args->hash_grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::int32 var_active_count = _wp_args->active_count;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    bool var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32* var_7;
    wp::hash_grid_query_f var_8;
    wp::float32 var_9;
    wp::int32 var_10;
    bool var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // forward
    // def contact_forces(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(hash_grid, tid)                                              <L 14>
    var_1 = wp::hash_grid_point_id(var_hash_grid, var_0);
    // x = points[i]                                                                          <L 15>
    var_2 = wp::address(var_points, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // if i >= active_count:                                                                  <L 16>
    var_5 = (var_1 >= var_active_count);
    if (var_5) {
        // return                                                                             <L 17>
        return;
    }
    // total = wp.vec3()                                                                      <L 20>
    var_6 = wp::vec_t<3, wp::float32>();
    // for j in wp.hash_grid_query(hash_grid, x, radii[i]):                                   <L 21>
    var_7 = wp::address(var_radii, var_1);
    var_9 = wp::load(var_7);
    var_8 = wp::hash_grid_query(var_hash_grid, var_3, var_9);
    start_for_1:;
        if (iter_cmp(var_8) == 0) goto end_for_1;
        var_10 = wp::iter_next(var_8);
        // if j != i:                                                                         <L 22>
        var_11 = (var_10 != var_1);
        if (var_11) {
            // total += particle_f[j]                                                         <L 23>
            var_12 = wp::address(var_particle_f, var_10);
            var_14 = wp::load(var_12);
            var_13 = wp::add(var_6, var_14);
        }
        var_15 = wp::where(var_11, var_13, var_6);
        wp::assign(var_6, var_15);
        goto start_for_1;
    end_for_1:;
    // forces[i] = total                                                                      <L 24>
    wp::array_store(var_forces, var_1, var_6);
}



template <bool wp_linear_contiguous>
static void contact_forces_ded19cab_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_contact_forces_ded19cab *_wp_args,
    wp_args_contact_forces_ded19cab *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_contact_forces_ded19cab wp_contiguous_args;
    wp_args_contact_forces_ded19cab wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_hash_grid = _wp_args->hash_grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::int32 var_active_count = _wp_args->active_count;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::uint64 adj_hash_grid = _wp_adj_args->hash_grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::float32> adj_radii = _wp_adj_args->radii;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f = _wp_adj_args->particle_f;
    wp::int32 adj_active_count = _wp_adj_args->active_count;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces = _wp_adj_args->forces;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    bool var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32* var_7;
    wp::hash_grid_query_f var_8;
    wp::float32 var_9;
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
    bool adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::hash_grid_query_f adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    bool adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    //---------
    // forward
    // def contact_forces(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(hash_grid, tid)                                              <L 14>
    var_1 = wp::hash_grid_point_id(var_hash_grid, var_0);
    // x = points[i]                                                                          <L 15>
    var_2 = wp::address(var_points, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // if i >= active_count:                                                                  <L 16>
    var_5 = (var_1 >= var_active_count);
    if (var_5) {
        // return                                                                             <L 17>
        goto label0;
    }
    // total = wp.vec3()                                                                      <L 20>
    var_6 = wp::vec_t<3, wp::float32>();
    // for j in wp.hash_grid_query(hash_grid, x, radii[i]):                                   <L 21>
    var_7 = wp::address(var_radii, var_1);
    var_9 = wp::load(var_7);
    var_8 = wp::hash_grid_query(var_hash_grid, var_3, var_9);
    // forces[i] = total                                                                      <L 24>
    // wp::array_store(var_forces, var_1, var_6);
    //---------
    // reverse
    wp::adj_array_store(var_forces, var_1, var_6, adj_forces, adj_1, adj_6);
    // adj: forces[i] = total                                                                 <L 24>
    var_8 = wp::iter_reverse(var_8);
    start_for_1:;
        if (iter_cmp(var_8) == 0) goto end_for_1;
        var_10 = wp::iter_next(var_8);
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
        // if j != i:                                                                         <L 22>
        var_11 = (var_10 != var_1);
        if (var_11) {
            // total += particle_f[j]                                                         <L 23>
            var_12 = wp::address(var_particle_f, var_10);
            var_14 = wp::load(var_12);
            var_13 = wp::add(var_6, var_14);
        }
        var_15 = wp::where(var_11, var_13, var_6);
        wp::assign(var_6, var_15);
        wp::adj_assign(var_6, var_15, adj_6, adj_15);
        wp::adj_where(var_11, var_13, var_6, adj_11, adj_13, adj_6, adj_15);
        if (var_11) {
            wp::adj_add(var_6, var_14, adj_6, adj_12, adj_13);
            wp::adj_address(var_particle_f, var_10, adj_particle_f, adj_10, adj_12);
            // adj: total += particle_f[j]                                                    <L 23>
        }
        // adj: if j != i:                                                                    <L 22>
    	goto start_for_1;
    end_for_1:;
    wp::adj_address(var_radii, var_1, adj_radii, adj_1, adj_7);
    // adj: for j in wp.hash_grid_query(hash_grid, x, radii[i]):                              <L 21>
    // adj: total = wp.vec3()                                                                 <L 20>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 17>
    }
    // adj: if i >= active_count:                                                             <L 16>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_points, var_1, adj_points, adj_1, adj_2);
    // adj: x = points[i]                                                                     <L 15>
    // adj: i = wp.hash_grid_point_id(hash_grid, tid)                                         <L 14>
    // adj: tid = wp.tid()                                                                    <L 13>
    // adj: def contact_forces(                                                               <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void contact_forces_ded19cab_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_contact_forces_ded19cab *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        contact_forces_ded19cab_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void contact_forces_ded19cab_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_contact_forces_ded19cab *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        contact_forces_ded19cab_cpu_forward_tasks<true>(dim, _wp_args);
    else
        contact_forces_ded19cab_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void contact_forces_ded19cab_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_contact_forces_ded19cab *_wp_args)
{
    contact_forces_ded19cab_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void contact_forces_ded19cab_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_contact_forces_ded19cab *_wp_args,
    wp_args_contact_forces_ded19cab *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        contact_forces_ded19cab_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void contact_forces_ded19cab_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_contact_forces_ded19cab *_wp_args,
    wp_args_contact_forces_ded19cab *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        contact_forces_ded19cab_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        contact_forces_ded19cab_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void contact_forces_ded19cab_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_contact_forces_ded19cab *_wp_args,
    wp_args_contact_forces_ded19cab *_wp_adj_args)
{
    contact_forces_ded19cab_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

