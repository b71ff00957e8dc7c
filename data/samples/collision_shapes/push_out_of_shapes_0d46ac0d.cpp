// Warp 1.19.0 cpu code for push_out_of_shapes_0d46ac0d.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_push_out_of_shapes_7dd03ec0 {
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::vec_t<3, wp::float32>> x_out;
    wp::array_t<wp::vec_t<3, wp::float32>> normals_out;
    wp::vec_t<3, wp::float32> sphere_center;
    wp::float32 dt;
    wp::float32 radius;
};


template <bool wp_linear_contiguous>
static void push_out_of_shapes_7dd03ec0_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_push_out_of_shapes_7dd03ec0 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_push_out_of_shapes_7dd03ec0 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.x_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.normals_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_out = _wp_args->x_out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals_out = _wp_args->normals_out;
    wp::vec_t<3, wp::float32> var_sphere_center = _wp_args->sphere_center;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_radius = _wp_args->radius;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    const wp::float32 var_16 = 0.0;
    wp::vec_t<3, wp::float32> var_17;
    bool var_18;
    const wp::float32 var_19 = 0.0;
    bool var_20;
    bool var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    //---------
    // forward
    // def push_out_of_shapes(                                                                <L 5>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // pos = positions[tid]                                                                   <L 16>
    var_1 = wp::address(var_positions, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // vel = v[tid]                                                                           <L 17>
    var_4 = wp::address(var_v, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // p = pos                                                                                <L 18>
    var_7 = wp::copy(var_2);
    // delta = p - (sphere_center + wp.normalize((sphere_center + vel * dt) - sphere_center) * radius)       <L 19>
    var_8 = wp::mul(var_5, var_dt);
    var_9 = wp::add(var_sphere_center, var_8);
    var_10 = wp::sub(var_9, var_sphere_center);
    var_11 = wp::normalize(var_10);
    var_12 = wp::mul(var_11, var_radius);
    var_13 = wp::add(var_sphere_center, var_12);
    var_14 = wp::sub(var_7, var_13);
    // dist = wp.length(delta)                                                                <L 20>
    var_15 = wp::length(var_14);
    // n = wp.vec3(0.0)                                                                       <L 21>
    var_17 = wp::vec_t<3, wp::float32>(var_16);
    // if dist > 0.0 and dist < radius:                                                       <L 22>
    var_20 = (var_15 > var_19);
    var_18 = var_20;
    if (var_18) {
        var_21 = (var_15 < var_radius);
        var_18 = var_18 && var_21;
    }
    if (var_18) {
        // n = delta / dist                                                                   <L 23>
        var_22 = wp::div(var_14, var_15);
        // p = p + n * (radius - dist)                                                        <L 24>
        var_23 = wp::sub(var_radius, var_15);
        var_24 = wp::mul(var_22, var_23);
        var_25 = wp::add(var_7, var_24);
    }
    var_26 = wp::where(var_18, var_25, var_7);
    var_27 = wp::where(var_18, var_22, var_17);
    // x_out[tid] = p                                                                         <L 25>
    wp::array_store(var_x_out, var_0, var_26);
    // normals_out[tid] = n                                                                   <L 26>
    wp::array_store(var_normals_out, var_0, var_27);
}



template <bool wp_linear_contiguous>
static void push_out_of_shapes_7dd03ec0_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_push_out_of_shapes_7dd03ec0 *_wp_args,
    wp_args_push_out_of_shapes_7dd03ec0 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_push_out_of_shapes_7dd03ec0 wp_contiguous_args;
    wp_args_push_out_of_shapes_7dd03ec0 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.x_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.x_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.normals_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.normals_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_out = _wp_args->x_out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals_out = _wp_args->normals_out;
    wp::vec_t<3, wp::float32> var_sphere_center = _wp_args->sphere_center;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_radius = _wp_args->radius;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x_out = _wp_adj_args->x_out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals_out = _wp_adj_args->normals_out;
    wp::vec_t<3, wp::float32> adj_sphere_center = _wp_adj_args->sphere_center;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::float32 adj_radius = _wp_adj_args->radius;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    const wp::float32 var_16 = 0.0;
    wp::vec_t<3, wp::float32> var_17;
    bool var_18;
    const wp::float32 var_19 = 0.0;
    bool var_20;
    bool var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    bool adj_18 = {};
    wp::float32 adj_19 = {};
    bool adj_20 = {};
    bool adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::float32 adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    //---------
    // forward
    // def push_out_of_shapes(                                                                <L 5>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // pos = positions[tid]                                                                   <L 16>
    var_1 = wp::address(var_positions, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // vel = v[tid]                                                                           <L 17>
    var_4 = wp::address(var_v, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // p = pos                                                                                <L 18>
    var_7 = wp::copy(var_2);
    // delta = p - (sphere_center + wp.normalize((sphere_center + vel * dt) - sphere_center) * radius)       <L 19>
    var_8 = wp::mul(var_5, var_dt);
    var_9 = wp::add(var_sphere_center, var_8);
    var_10 = wp::sub(var_9, var_sphere_center);
    var_11 = wp::normalize(var_10);
    var_12 = wp::mul(var_11, var_radius);
    var_13 = wp::add(var_sphere_center, var_12);
    var_14 = wp::sub(var_7, var_13);
    // dist = wp.length(delta)                                                                <L 20>
    var_15 = wp::length(var_14);
    // n = wp.vec3(0.0)                                                                       <L 21>
    var_17 = wp::vec_t<3, wp::float32>(var_16);
    // if dist > 0.0 and dist < radius:                                                       <L 22>
    var_20 = (var_15 > var_19);
    var_18 = var_20;
    if (var_18) {
        var_21 = (var_15 < var_radius);
        var_18 = var_18 && var_21;
    }
    if (var_18) {
        // n = delta / dist                                                                   <L 23>
        var_22 = wp::div(var_14, var_15);
        // p = p + n * (radius - dist)                                                        <L 24>
        var_23 = wp::sub(var_radius, var_15);
        var_24 = wp::mul(var_22, var_23);
        var_25 = wp::add(var_7, var_24);
    }
    var_26 = wp::where(var_18, var_25, var_7);
    var_27 = wp::where(var_18, var_22, var_17);
    // x_out[tid] = p                                                                         <L 25>
    // wp::array_store(var_x_out, var_0, var_26);
    // normals_out[tid] = n                                                                   <L 26>
    // wp::array_store(var_normals_out, var_0, var_27);
    //---------
    // reverse
    wp::adj_array_store(var_normals_out, var_0, var_27, adj_normals_out, adj_0, adj_27);
    // adj: normals_out[tid] = n                                                              <L 26>
    wp::adj_array_store(var_x_out, var_0, var_26, adj_x_out, adj_0, adj_26);
    // adj: x_out[tid] = p                                                                    <L 25>
    wp::adj_where(var_18, var_22, var_17, adj_18, adj_22, adj_17, adj_27);
    wp::adj_where(var_18, var_25, var_7, adj_18, adj_25, adj_7, adj_26);
    if (var_18) {
        wp::adj_add(var_7, var_24, adj_7, adj_24, adj_25);
        wp::adj_mul(var_22, var_23, adj_22, adj_23, adj_24);
        wp::adj_sub(var_radius, var_15, adj_radius, adj_15, adj_23);
        // adj: p = p + n * (radius - dist)                                                   <L 24>
        wp::adj_div(var_14, var_15, adj_14, adj_15, adj_22);
        // adj: n = delta / dist                                                              <L 23>
    }
    if (var_18) {
    }
    // adj: if dist > 0.0 and dist < radius:                                                  <L 22>
    wp::adj_vec_t(var_16, adj_16, adj_17);
    // adj: n = wp.vec3(0.0)                                                                  <L 21>
    wp::adj_length(var_14, var_15, adj_14, adj_15);
    // adj: dist = wp.length(delta)                                                           <L 20>
    wp::adj_sub(var_7, var_13, adj_7, adj_13, adj_14);
    wp::adj_add(var_sphere_center, var_12, adj_sphere_center, adj_12, adj_13);
    wp::adj_mul(var_11, var_radius, adj_11, adj_radius, adj_12);
    wp::adj_normalize(var_10, var_11, adj_10, adj_11);
    wp::adj_sub(var_9, var_sphere_center, adj_9, adj_sphere_center, adj_10);
    wp::adj_add(var_sphere_center, var_8, adj_sphere_center, adj_8, adj_9);
    wp::adj_mul(var_5, var_dt, adj_5, adj_dt, adj_8);
    // adj: delta = p - (sphere_center + wp.normalize((sphere_center + vel * dt) - sphere_center) * radius)  <L 19>
    wp::adj_copy(var_2, adj_2, adj_7);
    // adj: p = pos                                                                           <L 18>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_4);
    // adj: vel = v[tid]                                                                      <L 17>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
    // adj: pos = positions[tid]                                                              <L 16>
    // adj: tid = wp.tid()                                                                    <L 15>
    // adj: def push_out_of_shapes(                                                           <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void push_out_of_shapes_7dd03ec0_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_push_out_of_shapes_7dd03ec0 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        push_out_of_shapes_7dd03ec0_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void push_out_of_shapes_7dd03ec0_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_push_out_of_shapes_7dd03ec0 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->x_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->normals_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        push_out_of_shapes_7dd03ec0_cpu_forward_tasks<true>(dim, _wp_args);
    else
        push_out_of_shapes_7dd03ec0_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void push_out_of_shapes_7dd03ec0_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_push_out_of_shapes_7dd03ec0 *_wp_args)
{
    push_out_of_shapes_7dd03ec0_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void push_out_of_shapes_7dd03ec0_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_push_out_of_shapes_7dd03ec0 *_wp_args,
    wp_args_push_out_of_shapes_7dd03ec0 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        push_out_of_shapes_7dd03ec0_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void push_out_of_shapes_7dd03ec0_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_push_out_of_shapes_7dd03ec0 *_wp_args,
    wp_args_push_out_of_shapes_7dd03ec0 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->x_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->x_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->normals_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->normals_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        push_out_of_shapes_7dd03ec0_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        push_out_of_shapes_7dd03ec0_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void push_out_of_shapes_7dd03ec0_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_push_out_of_shapes_7dd03ec0 *_wp_args,
    wp_args_push_out_of_shapes_7dd03ec0 *_wp_adj_args)
{
    push_out_of_shapes_7dd03ec0_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

