// Warp 1.19.0 cpu code for sum_nearby_aba90b38.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_sum_nearby_2a8c7e06 {
    wp::uint64 scene_bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::float32> radii;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_f;
    wp::array_t<wp::vec_t<3, wp::float32>> forces;
};


template <bool wp_linear_contiguous>
static void sum_nearby_2a8c7e06_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sum_nearby_2a8c7e06 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_sum_nearby_2a8c7e06 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_scene_bvh = _wp_args->scene_bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::bvh_query_t var_11;
    const wp::int32 var_12 = -1;
    wp::vec_t<3, wp::float32> var_13;
    const wp::int32 var_14 = 0;
    wp::int32 var_15;
    bool var_16;
    const wp::float32 var_17 = INFINITY;
    bool var_18;
    wp::vec_t<3, wp::float32>* var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    //---------
    // forward
    // def sum_nearby(                                                                        <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // p = positions[tid]                                                                     <L 14>
    var_1 = wp::address(var_positions, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // r = radii[tid]                                                                         <L 15>
    var_4 = wp::address(var_radii, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // query = wp.bvh_query_aabb(scene_bvh, p - wp.vec3(r), p + wp.vec3(r))                   <L 16>
    var_7 = wp::vec_t<3, wp::float32>(var_5);
    var_8 = wp::sub(var_2, var_7);
    var_9 = wp::vec_t<3, wp::float32>(var_5);
    var_10 = wp::add(var_2, var_9);
    var_11 = wp::bvh_query_aabb(var_scene_bvh, var_8, var_10, var_12);
    // total = wp.vec3()                                                                      <L 17>
    var_13 = wp::vec_t<3, wp::float32>();
    // index = int(0)                                                                         <L 18>
    var_15 = wp::int(var_14);
    // while wp.bvh_query_next(query, index):                                                 <L 19>
    start_while_0:;
    var_16 = wp::bvh_query_next(var_11, var_15, var_17);
    if ((var_16) == false) goto end_while_0;
        // if index != tid:                                                                   <L 20>
        var_18 = (var_15 != var_0);
        if (var_18) {
            // f = particle_f[index]                                                          <L 21>
            var_19 = wp::address(var_particle_f, var_15);
            var_21 = wp::load(var_19);
            var_20 = wp::copy(var_21);
            // total += f                                                                     <L 22>
            var_22 = wp::add(var_13, var_20);
        }
        var_23 = wp::where(var_18, var_22, var_13);
        wp::assign(var_13, var_23);
    goto start_while_0;
    end_while_0:;
    // forces[tid] = total                                                                    <L 23>
    wp::array_store(var_forces, var_0, var_13);
}



template <bool wp_linear_contiguous>
static void sum_nearby_2a8c7e06_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sum_nearby_2a8c7e06 *_wp_args,
    wp_args_sum_nearby_2a8c7e06 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_sum_nearby_2a8c7e06 wp_contiguous_args;
    wp_args_sum_nearby_2a8c7e06 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
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
    wp::uint64 var_scene_bvh = _wp_args->scene_bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::uint64 adj_scene_bvh = _wp_adj_args->scene_bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::float32> adj_radii = _wp_adj_args->radii;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f = _wp_adj_args->particle_f;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces = _wp_adj_args->forces;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::bvh_query_t var_11;
    const wp::int32 var_12 = -1;
    wp::vec_t<3, wp::float32> var_13;
    const wp::int32 var_14 = 0;
    wp::int32 var_15;
    bool var_16;
    const wp::float32 var_17 = INFINITY;
    bool var_18;
    wp::vec_t<3, wp::float32>* var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::bvh_query_t adj_11 = {};
    wp::int32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    bool adj_16 = {};
    wp::float32 adj_17 = {};
    bool adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    //---------
    // forward
    // def sum_nearby(                                                                        <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // p = positions[tid]                                                                     <L 14>
    var_1 = wp::address(var_positions, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // r = radii[tid]                                                                         <L 15>
    var_4 = wp::address(var_radii, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // query = wp.bvh_query_aabb(scene_bvh, p - wp.vec3(r), p + wp.vec3(r))                   <L 16>
    var_7 = wp::vec_t<3, wp::float32>(var_5);
    var_8 = wp::sub(var_2, var_7);
    var_9 = wp::vec_t<3, wp::float32>(var_5);
    var_10 = wp::add(var_2, var_9);
    var_11 = wp::bvh_query_aabb(var_scene_bvh, var_8, var_10, var_12);
    // total = wp.vec3()                                                                      <L 17>
    var_13 = wp::vec_t<3, wp::float32>();
    // index = int(0)                                                                         <L 18>
    var_15 = wp::int(var_14);
    // while wp.bvh_query_next(query, index):                                                 <L 19>
    // forces[tid] = total                                                                    <L 23>
    // wp::array_store(var_forces, var_0, var_13);
    //---------
    // reverse
    wp::adj_array_store(var_forces, var_0, var_13, adj_forces, adj_0, adj_13);
    // adj: forces[tid] = total                                                               <L 23>
    start_while_0:;
    var_16 = wp::bvh_query_next(var_11, var_15, var_17);
    if ((var_16) == false) goto end_while_0;
    adj_18 = {};
    adj_19 = {};
    adj_20 = {};
    adj_21 = {};
    adj_22 = {};
    adj_23 = {};
        // if index != tid:                                                                   <L 20>
        var_18 = (var_15 != var_0);
        if (var_18) {
            // f = particle_f[index]                                                          <L 21>
            var_19 = wp::address(var_particle_f, var_15);
            var_21 = wp::load(var_19);
            var_20 = wp::copy(var_21);
            // total += f                                                                     <L 22>
            var_22 = wp::add(var_13, var_20);
        }
        var_23 = wp::where(var_18, var_22, var_13);
        wp::assign(var_13, var_23);
        wp::adj_assign(var_13, var_23, adj_13, adj_23);
        wp::adj_where(var_18, var_22, var_13, adj_18, adj_22, adj_13, adj_23);
        if (var_18) {
            wp::adj_add(var_13, var_20, adj_13, adj_20, adj_22);
            // adj: total += f                                                                <L 22>
            wp::adj_copy(var_21, adj_19, adj_20);
            wp::adj_address(var_particle_f, var_15, adj_particle_f, adj_15, adj_19);
            // adj: f = particle_f[index]                                                     <L 21>
        }
        // adj: if index != tid:                                                              <L 20>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.bvh_query_next(query, index):                                            <L 19>
    // adj: index = int(0)                                                                    <L 18>
    // adj: total = wp.vec3()                                                                 <L 17>
    wp::adj_add(var_2, var_9, adj_2, adj_9, adj_10);
    wp::adj_vec_t(var_5, adj_5, adj_9);
    wp::adj_sub(var_2, var_7, adj_2, adj_7, adj_8);
    wp::adj_vec_t(var_5, adj_5, adj_7);
    // adj: query = wp.bvh_query_aabb(scene_bvh, p - wp.vec3(r), p + wp.vec3(r))              <L 16>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_radii, var_0, adj_radii, adj_0, adj_4);
    // adj: r = radii[tid]                                                                    <L 15>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
    // adj: p = positions[tid]                                                                <L 14>
    // adj: tid = wp.tid()                                                                    <L 13>
    // adj: def sum_nearby(                                                                   <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void sum_nearby_2a8c7e06_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_sum_nearby_2a8c7e06 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        sum_nearby_2a8c7e06_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void sum_nearby_2a8c7e06_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_sum_nearby_2a8c7e06 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        sum_nearby_2a8c7e06_cpu_forward_tasks<true>(dim, _wp_args);
    else
        sum_nearby_2a8c7e06_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void sum_nearby_2a8c7e06_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sum_nearby_2a8c7e06 *_wp_args)
{
    sum_nearby_2a8c7e06_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void sum_nearby_2a8c7e06_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_sum_nearby_2a8c7e06 *_wp_args,
    wp_args_sum_nearby_2a8c7e06 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        sum_nearby_2a8c7e06_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void sum_nearby_2a8c7e06_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_sum_nearby_2a8c7e06 *_wp_args,
    wp_args_sum_nearby_2a8c7e06 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        sum_nearby_2a8c7e06_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        sum_nearby_2a8c7e06_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void sum_nearby_2a8c7e06_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sum_nearby_2a8c7e06 *_wp_args,
    wp_args_sum_nearby_2a8c7e06 *_wp_adj_args)
{
    sum_nearby_2a8c7e06_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

