// Warp 1.19.0 cpu code for neighbor_forces_b45dc5e9.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_neighbor_forces_911fb80d {
    wp::uint64 hash_grid;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> forces;
    wp::float32 smoothing_length;
    wp::float32 damping;
};


template <bool wp_linear_contiguous>
static void neighbor_forces_911fb80d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_neighbor_forces_911fb80d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_neighbor_forces_911fb80d wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_hash_grid = _wp_args->hash_grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::float32 var_smoothing_length = _wp_args->smoothing_length;
    wp::float32 var_damping = _wp_args->damping;
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
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    //---------
    // forward
    // def neighbor_forces(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(hash_grid, tid)                                              <L 15>
    var_1 = wp::hash_grid_point_id(var_hash_grid, var_0);
    // x = particle_x[i]                                                                      <L 16>
    var_2 = wp::address(var_particle_x, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // total = wp.vec3()                                                                      <L 17>
    var_5 = wp::vec_t<3, wp::float32>();
    // for j in wp.hash_grid_query(hash_grid, x, smoothing_length):                           <L 18>
    var_6 = wp::hash_grid_query(var_hash_grid, var_3, var_smoothing_length);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
        // if j != i:                                                                         <L 19>
        var_8 = (var_7 != var_1);
        if (var_8) {
            // v = velocities[j]                                                              <L 20>
            var_9 = wp::address(var_velocities, var_7);
            var_11 = wp::load(var_9);
            var_10 = wp::copy(var_11);
            // vel = particle_v[j]                                                            <L 21>
            var_12 = wp::address(var_particle_v, var_7);
            var_14 = wp::load(var_12);
            var_13 = wp::copy(var_14);
            // p = particle_x[j]                                                              <L 22>
            var_15 = wp::address(var_particle_x, var_7);
            var_17 = wp::load(var_15);
            var_16 = wp::copy(var_17);
            // n = wp.normalize(x - p)                                                        <L 23>
            var_18 = wp::sub(var_3, var_16);
            var_19 = wp::normalize(var_18);
            // s = wp.dot(v - vel, n)                                                         <L 24>
            var_20 = wp::sub(var_10, var_13);
            var_21 = wp::dot(var_20, var_19);
            // drag = -damping * s * n                                                        <L 25>
            var_22 = wp::neg(var_damping);
            var_23 = wp::mul(var_22, var_21);
            var_24 = wp::mul(var_23, var_19);
            // total += drag                                                                  <L 26>
            var_25 = wp::add(var_5, var_24);
        }
        var_26 = wp::where(var_8, var_25, var_5);
        wp::assign(var_5, var_26);
        goto start_for_0;
    end_for_0:;
    // forces[i] = total                                                                      <L 27>
    wp::array_store(var_forces, var_1, var_5);
}



template <bool wp_linear_contiguous>
static void neighbor_forces_911fb80d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_neighbor_forces_911fb80d *_wp_args,
    wp_args_neighbor_forces_911fb80d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_neighbor_forces_911fb80d wp_contiguous_args;
    wp_args_neighbor_forces_911fb80d wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_hash_grid = _wp_args->hash_grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::float32 var_smoothing_length = _wp_args->smoothing_length;
    wp::float32 var_damping = _wp_args->damping;
    wp::uint64 adj_hash_grid = _wp_adj_args->hash_grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces = _wp_adj_args->forces;
    wp::float32 adj_smoothing_length = _wp_adj_args->smoothing_length;
    wp::float32 adj_damping = _wp_adj_args->damping;
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
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
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
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    //---------
    // forward
    // def neighbor_forces(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(hash_grid, tid)                                              <L 15>
    var_1 = wp::hash_grid_point_id(var_hash_grid, var_0);
    // x = particle_x[i]                                                                      <L 16>
    var_2 = wp::address(var_particle_x, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // total = wp.vec3()                                                                      <L 17>
    var_5 = wp::vec_t<3, wp::float32>();
    // for j in wp.hash_grid_query(hash_grid, x, smoothing_length):                           <L 18>
    var_6 = wp::hash_grid_query(var_hash_grid, var_3, var_smoothing_length);
    // forces[i] = total                                                                      <L 27>
    // wp::array_store(var_forces, var_1, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_forces, var_1, var_5, adj_forces, adj_1, adj_5);
    // adj: forces[i] = total                                                                 <L 27>
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
        // if j != i:                                                                         <L 19>
        var_8 = (var_7 != var_1);
        if (var_8) {
            // v = velocities[j]                                                              <L 20>
            var_9 = wp::address(var_velocities, var_7);
            var_11 = wp::load(var_9);
            var_10 = wp::copy(var_11);
            // vel = particle_v[j]                                                            <L 21>
            var_12 = wp::address(var_particle_v, var_7);
            var_14 = wp::load(var_12);
            var_13 = wp::copy(var_14);
            // p = particle_x[j]                                                              <L 22>
            var_15 = wp::address(var_particle_x, var_7);
            var_17 = wp::load(var_15);
            var_16 = wp::copy(var_17);
            // n = wp.normalize(x - p)                                                        <L 23>
            var_18 = wp::sub(var_3, var_16);
            var_19 = wp::normalize(var_18);
            // s = wp.dot(v - vel, n)                                                         <L 24>
            var_20 = wp::sub(var_10, var_13);
            var_21 = wp::dot(var_20, var_19);
            // drag = -damping * s * n                                                        <L 25>
            var_22 = wp::neg(var_damping);
            var_23 = wp::mul(var_22, var_21);
            var_24 = wp::mul(var_23, var_19);
            // total += drag                                                                  <L 26>
            var_25 = wp::add(var_5, var_24);
        }
        var_26 = wp::where(var_8, var_25, var_5);
        wp::assign(var_5, var_26);
        wp::adj_assign(var_5, var_26, adj_5, adj_26);
        wp::adj_where(var_8, var_25, var_5, adj_8, adj_25, adj_5, adj_26);
        if (var_8) {
            wp::adj_add(var_5, var_24, adj_5, adj_24, adj_25);
            // adj: total += drag                                                             <L 26>
            wp::adj_mul(var_23, var_19, adj_23, adj_19, adj_24);
            wp::adj_mul(var_22, var_21, adj_22, adj_21, adj_23);
            wp::adj_neg(var_damping, adj_damping, adj_22);
            // adj: drag = -damping * s * n                                                   <L 25>
            wp::adj_dot(var_20, var_19, adj_20, adj_19, adj_21);
            wp::adj_sub(var_10, var_13, adj_10, adj_13, adj_20);
            // adj: s = wp.dot(v - vel, n)                                                    <L 24>
            wp::adj_normalize(var_18, var_19, adj_18, adj_19);
            wp::adj_sub(var_3, var_16, adj_3, adj_16, adj_18);
            // adj: n = wp.normalize(x - p)                                                   <L 23>
            wp::adj_copy(var_17, adj_15, adj_16);
            wp::adj_address(var_particle_x, var_7, adj_particle_x, adj_7, adj_15);
            // adj: p = particle_x[j]                                                         <L 22>
            wp::adj_copy(var_14, adj_12, adj_13);
            wp::adj_address(var_particle_v, var_7, adj_particle_v, adj_7, adj_12);
            // adj: vel = particle_v[j]                                                       <L 21>
            wp::adj_copy(var_11, adj_9, adj_10);
            wp::adj_address(var_velocities, var_7, adj_velocities, adj_7, adj_9);
            // adj: v = velocities[j]                                                         <L 20>
        }
        // adj: if j != i:                                                                    <L 19>
    	goto start_for_0;
    end_for_0:;
    // adj: for j in wp.hash_grid_query(hash_grid, x, smoothing_length):                      <L 18>
    // adj: total = wp.vec3()                                                                 <L 17>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_particle_x, var_1, adj_particle_x, adj_1, adj_2);
    // adj: x = particle_x[i]                                                                 <L 16>
    // adj: i = wp.hash_grid_point_id(hash_grid, tid)                                         <L 15>
    // adj: tid = wp.tid()                                                                    <L 14>
    // adj: def neighbor_forces(                                                              <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void neighbor_forces_911fb80d_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_forces_911fb80d *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        neighbor_forces_911fb80d_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void neighbor_forces_911fb80d_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_forces_911fb80d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        neighbor_forces_911fb80d_cpu_forward_tasks<true>(dim, _wp_args);
    else
        neighbor_forces_911fb80d_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void neighbor_forces_911fb80d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_forces_911fb80d *_wp_args)
{
    neighbor_forces_911fb80d_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void neighbor_forces_911fb80d_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_forces_911fb80d *_wp_args,
    wp_args_neighbor_forces_911fb80d *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        neighbor_forces_911fb80d_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void neighbor_forces_911fb80d_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_forces_911fb80d *_wp_args,
    wp_args_neighbor_forces_911fb80d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        neighbor_forces_911fb80d_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        neighbor_forces_911fb80d_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void neighbor_forces_911fb80d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_forces_911fb80d *_wp_args,
    wp_args_neighbor_forces_911fb80d *_wp_adj_args)
{
    neighbor_forces_911fb80d_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

