// Warp 1.19.0 cpu code for push_out_of_mesh_5d53645c.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_push_out_of_mesh_a7d99e7b {
    wp::uint64 mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
    wp::float32 max_dist;
};


template <bool wp_linear_contiguous>
static void push_out_of_mesh_a7d99e7b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_push_out_of_mesh_a7d99e7b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_push_out_of_mesh_a7d99e7b wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::float32 var_max_dist = _wp_args->max_dist;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::mesh_query_point_t var_7;
    const wp::float32 var_8 = 2.0;
    const wp::float32 var_9 = 0.5;
    bool var_10;
    bool* var_11;
    bool var_12;
    wp::float32* var_13;
    const wp::float32 var_14 = 0.0;
    bool var_15;
    wp::float32 var_16;
    wp::int32* var_17;
    wp::float32* var_18;
    wp::float32* var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::int32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    const wp::float32 var_25 = 0.0;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    //---------
    // forward
    // def push_out_of_mesh(                                                                  <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // x = points[tid]                                                                        <L 13>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // vel = velocities[tid]                                                                  <L 14>
    var_4 = wp::address(var_velocities, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // q = wp.mesh_query_point_sign_winding_number(mesh, x, max_dist)                         <L 15>
    var_7 = wp::mesh_query_point_sign_winding_number(var_mesh, var_2, var_max_dist, var_8, var_9);
    // if q.result and q.sign < 0.0:                                                          <L 16>
    var_11 = &((var_7).result);
    var_12 = wp::load(var_11);
    var_10 = var_12;
    if (var_10) {
        var_13 = &((var_7).sign);
        var_16 = wp::load(var_13);
        var_15 = (var_16 < var_14);
        var_10 = var_10 && var_15;
    }
    if (var_10) {
        // cp = wp.mesh_eval_position(mesh, q.face, q.u, q.v)                                 <L 17>
        var_17 = &((var_7).face);
        var_18 = &((var_7).u);
        var_19 = &((var_7).v);
        var_21 = wp::load(var_17);
        var_22 = wp::load(var_18);
        var_23 = wp::load(var_19);
        var_20 = wp::mesh_eval_position(var_mesh, var_21, var_22, var_23);
        // x = cp                                                                             <L 18>
        var_24 = wp::copy(var_20);
        // vel = wp.vec3(0.0)                                                                 <L 19>
        var_26 = wp::vec_t<3, wp::float32>(var_25);
    }
    var_27 = wp::where(var_10, var_24, var_2);
    var_28 = wp::where(var_10, var_26, var_5);
    // points[tid] = x                                                                        <L 20>
    wp::array_store(var_points, var_0, var_27);
    // velocities[tid] = vel                                                                  <L 21>
    wp::array_store(var_velocities, var_0, var_28);
}



template <bool wp_linear_contiguous>
static void push_out_of_mesh_a7d99e7b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_push_out_of_mesh_a7d99e7b *_wp_args,
    wp_args_push_out_of_mesh_a7d99e7b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_push_out_of_mesh_a7d99e7b wp_contiguous_args;
    wp_args_push_out_of_mesh_a7d99e7b wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::float32 var_max_dist = _wp_args->max_dist;
    wp::uint64 adj_mesh = _wp_adj_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::float32 adj_max_dist = _wp_adj_args->max_dist;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::mesh_query_point_t var_7;
    const wp::float32 var_8 = 2.0;
    const wp::float32 var_9 = 0.5;
    bool var_10;
    bool* var_11;
    bool var_12;
    wp::float32* var_13;
    const wp::float32 var_14 = 0.0;
    bool var_15;
    wp::float32 var_16;
    wp::int32* var_17;
    wp::float32* var_18;
    wp::float32* var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::int32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    const wp::float32 var_25 = 0.0;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::mesh_query_point_t adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    bool adj_10 = {};
    bool adj_11 = {};
    bool adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    bool adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::float32 adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    //---------
    // forward
    // def push_out_of_mesh(                                                                  <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // x = points[tid]                                                                        <L 13>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // vel = velocities[tid]                                                                  <L 14>
    var_4 = wp::address(var_velocities, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // q = wp.mesh_query_point_sign_winding_number(mesh, x, max_dist)                         <L 15>
    var_7 = wp::mesh_query_point_sign_winding_number(var_mesh, var_2, var_max_dist, var_8, var_9);
    // if q.result and q.sign < 0.0:                                                          <L 16>
    var_11 = &((var_7).result);
    var_12 = wp::load(var_11);
    var_10 = var_12;
    if (var_10) {
        var_13 = &((var_7).sign);
        var_16 = wp::load(var_13);
        var_15 = (var_16 < var_14);
        var_10 = var_10 && var_15;
    }
    if (var_10) {
        // cp = wp.mesh_eval_position(mesh, q.face, q.u, q.v)                                 <L 17>
        var_17 = &((var_7).face);
        var_18 = &((var_7).u);
        var_19 = &((var_7).v);
        var_21 = wp::load(var_17);
        var_22 = wp::load(var_18);
        var_23 = wp::load(var_19);
        var_20 = wp::mesh_eval_position(var_mesh, var_21, var_22, var_23);
        // x = cp                                                                             <L 18>
        var_24 = wp::copy(var_20);
        // vel = wp.vec3(0.0)                                                                 <L 19>
        var_26 = wp::vec_t<3, wp::float32>(var_25);
    }
    var_27 = wp::where(var_10, var_24, var_2);
    var_28 = wp::where(var_10, var_26, var_5);
    // points[tid] = x                                                                        <L 20>
    // wp::array_store(var_points, var_0, var_27);
    // velocities[tid] = vel                                                                  <L 21>
    // wp::array_store(var_velocities, var_0, var_28);
    //---------
    // reverse
    wp::adj_array_store(var_velocities, var_0, var_28, adj_velocities, adj_0, adj_28);
    // adj: velocities[tid] = vel                                                             <L 21>
    wp::adj_array_store(var_points, var_0, var_27, adj_points, adj_0, adj_27);
    // adj: points[tid] = x                                                                   <L 20>
    wp::adj_where(var_10, var_26, var_5, adj_10, adj_26, adj_5, adj_28);
    wp::adj_where(var_10, var_24, var_2, adj_10, adj_24, adj_2, adj_27);
    if (var_10) {
        wp::adj_vec_t(var_25, adj_25, adj_26);
        // adj: vel = wp.vec3(0.0)                                                            <L 19>
        wp::adj_copy(var_20, adj_20, adj_24);
        // adj: x = cp                                                                        <L 18>
        wp::adj_mesh_eval_position(var_mesh, var_21, var_22, var_23, adj_mesh, adj_17, adj_18, adj_19, adj_20);
        adj_7.v += adj_19;
        adj_7.u += adj_18;
        adj_7.face = adj_17;
        // adj: cp = wp.mesh_eval_position(mesh, q.face, q.u, q.v)                            <L 17>
    }
    if (var_10) {
        adj_7.sign += adj_13;
    }
    adj_7.result = adj_11;
    // adj: if q.result and q.sign < 0.0:                                                     <L 16>
    wp::adj_mesh_query_point_sign_winding_number(var_mesh, var_2, var_max_dist, var_8, var_9, var_7, adj_mesh, adj_2, adj_max_dist, adj_8, adj_9, adj_7);
    // adj: q = wp.mesh_query_point_sign_winding_number(mesh, x, max_dist)                    <L 15>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_4);
    // adj: vel = velocities[tid]                                                             <L 14>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
    // adj: x = points[tid]                                                                   <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def push_out_of_mesh(                                                             <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void push_out_of_mesh_a7d99e7b_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_push_out_of_mesh_a7d99e7b *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        push_out_of_mesh_a7d99e7b_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void push_out_of_mesh_a7d99e7b_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_push_out_of_mesh_a7d99e7b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        push_out_of_mesh_a7d99e7b_cpu_forward_tasks<true>(dim, _wp_args);
    else
        push_out_of_mesh_a7d99e7b_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void push_out_of_mesh_a7d99e7b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_push_out_of_mesh_a7d99e7b *_wp_args)
{
    push_out_of_mesh_a7d99e7b_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void push_out_of_mesh_a7d99e7b_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_push_out_of_mesh_a7d99e7b *_wp_args,
    wp_args_push_out_of_mesh_a7d99e7b *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        push_out_of_mesh_a7d99e7b_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void push_out_of_mesh_a7d99e7b_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_push_out_of_mesh_a7d99e7b *_wp_args,
    wp_args_push_out_of_mesh_a7d99e7b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        push_out_of_mesh_a7d99e7b_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        push_out_of_mesh_a7d99e7b_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void push_out_of_mesh_a7d99e7b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_push_out_of_mesh_a7d99e7b *_wp_args,
    wp_args_push_out_of_mesh_a7d99e7b *_wp_adj_args)
{
    push_out_of_mesh_a7d99e7b_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

