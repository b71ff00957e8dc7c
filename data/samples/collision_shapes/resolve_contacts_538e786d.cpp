// Warp 1.19.0 cpu code for resolve_contacts_538e786d.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_resolve_contacts_67f3b7e3 {
    wp::uint64 mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> x_out;
    wp::array_t<wp::vec_t<3, wp::float32>> normals_out;
    wp::int32 num_active;
    wp::float32 max_dist;
    wp::float32 radius;
};


template <bool wp_linear_contiguous>
static void resolve_contacts_67f3b7e3_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_resolve_contacts_67f3b7e3 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_resolve_contacts_67f3b7e3 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.x_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.normals_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_out = _wp_args->x_out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals_out = _wp_args->normals_out;
    wp::int32 var_num_active = _wp_args->num_active;
    wp::float32 var_max_dist = _wp_args->max_dist;
    wp::float32 var_radius = _wp_args->radius;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::mesh_query_point_t var_6;
    bool* var_7;
    bool var_8;
    wp::int32* var_9;
    wp::float32* var_10;
    wp::float32* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::int32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    bool var_16;
    wp::vec_t<3, wp::float32> var_17;
    bool var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.0;
    wp::vec_t<3, wp::float32> var_23;
    bool var_24;
    const wp::float32 var_25 = 0.0;
    bool var_26;
    bool var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::float32 var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    //---------
    // forward
    // def resolve_contacts(                                                                  <L 5>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // if tid >= num_active:                                                                  <L 15>
    var_1 = (var_0 >= var_num_active);
    if (var_1) {
        // return                                                                             <L 16>
        return;
    }
    // pos = x[tid]                                                                           <L 17>
    var_2 = wp::address(var_x, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // closest = pos                                                                          <L 18>
    var_5 = wp::copy(var_3);
    // query = wp.mesh_query_point_no_sign(mesh, pos, max_dist)                               <L 19>
    var_6 = wp::mesh_query_point_no_sign(var_mesh, var_3, var_max_dist);
    // if query.result:                                                                       <L 20>
    var_7 = &((var_6).result);
    var_8 = wp::load(var_7);
    if (var_8) {
        // closest = wp.mesh_eval_position(mesh, query.face, query.u, query.v)                <L 21>
        var_9 = &((var_6).face);
        var_10 = &((var_6).u);
        var_11 = &((var_6).v);
        var_13 = wp::load(var_9);
        var_14 = wp::load(var_10);
        var_15 = wp::load(var_11);
        var_12 = wp::mesh_eval_position(var_mesh, var_13, var_14, var_15);
    }
    var_16 = wp::load(var_7);
    var_18 = wp::load(var_7);
    var_17 = wp::where(var_18, var_12, var_5);
    // p = pos                                                                                <L 22>
    var_19 = wp::copy(var_3);
    // delta = p - closest                                                                    <L 23>
    var_20 = wp::sub(var_19, var_17);
    // dist = wp.length(delta)                                                                <L 24>
    var_21 = wp::length(var_20);
    // n = wp.vec3(0.0)                                                                       <L 25>
    var_23 = wp::vec_t<3, wp::float32>(var_22);
    // if dist > 0.0 and dist < radius:                                                       <L 26>
    var_26 = (var_21 > var_25);
    var_24 = var_26;
    if (var_24) {
        var_27 = (var_21 < var_radius);
        var_24 = var_24 && var_27;
    }
    if (var_24) {
        // n = delta / dist                                                                   <L 27>
        var_28 = wp::div(var_20, var_21);
        // p = p + n * (radius - dist)                                                        <L 28>
        var_29 = wp::sub(var_radius, var_21);
        var_30 = wp::mul(var_28, var_29);
        var_31 = wp::add(var_19, var_30);
    }
    var_32 = wp::where(var_24, var_31, var_19);
    var_33 = wp::where(var_24, var_28, var_23);
    // x_out[tid] = p                                                                         <L 29>
    wp::array_store(var_x_out, var_0, var_32);
    // normals_out[tid] = n                                                                   <L 30>
    wp::array_store(var_normals_out, var_0, var_33);
}



template <bool wp_linear_contiguous>
static void resolve_contacts_67f3b7e3_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_resolve_contacts_67f3b7e3 *_wp_args,
    wp_args_resolve_contacts_67f3b7e3 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_resolve_contacts_67f3b7e3 wp_contiguous_args;
    wp_args_resolve_contacts_67f3b7e3 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.x_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.x_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.normals_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.normals_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_out = _wp_args->x_out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals_out = _wp_args->normals_out;
    wp::int32 var_num_active = _wp_args->num_active;
    wp::float32 var_max_dist = _wp_args->max_dist;
    wp::float32 var_radius = _wp_args->radius;
    wp::uint64 adj_mesh = _wp_adj_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x_out = _wp_adj_args->x_out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals_out = _wp_adj_args->normals_out;
    wp::int32 adj_num_active = _wp_adj_args->num_active;
    wp::float32 adj_max_dist = _wp_adj_args->max_dist;
    wp::float32 adj_radius = _wp_adj_args->radius;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::mesh_query_point_t var_6;
    bool* var_7;
    bool var_8;
    wp::int32* var_9;
    wp::float32* var_10;
    wp::float32* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::int32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    bool var_16;
    wp::vec_t<3, wp::float32> var_17;
    bool var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.0;
    wp::vec_t<3, wp::float32> var_23;
    bool var_24;
    const wp::float32 var_25 = 0.0;
    bool var_26;
    bool var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::float32 var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::mesh_query_point_t adj_6 = {};
    bool adj_7 = {};
    bool adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    bool adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    bool adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    bool adj_24 = {};
    wp::float32 adj_25 = {};
    bool adj_26 = {};
    bool adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::float32 adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    //---------
    // forward
    // def resolve_contacts(                                                                  <L 5>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // if tid >= num_active:                                                                  <L 15>
    var_1 = (var_0 >= var_num_active);
    if (var_1) {
        // return                                                                             <L 16>
        goto label0;
    }
    // pos = x[tid]                                                                           <L 17>
    var_2 = wp::address(var_x, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // closest = pos                                                                          <L 18>
    var_5 = wp::copy(var_3);
    // query = wp.mesh_query_point_no_sign(mesh, pos, max_dist)                               <L 19>
    var_6 = wp::mesh_query_point_no_sign(var_mesh, var_3, var_max_dist);
    // if query.result:                                                                       <L 20>
    var_7 = &((var_6).result);
    var_8 = wp::load(var_7);
    if (var_8) {
        // closest = wp.mesh_eval_position(mesh, query.face, query.u, query.v)                <L 21>
        var_9 = &((var_6).face);
        var_10 = &((var_6).u);
        var_11 = &((var_6).v);
        var_13 = wp::load(var_9);
        var_14 = wp::load(var_10);
        var_15 = wp::load(var_11);
        var_12 = wp::mesh_eval_position(var_mesh, var_13, var_14, var_15);
    }
    var_16 = wp::load(var_7);
    var_18 = wp::load(var_7);
    var_17 = wp::where(var_18, var_12, var_5);
    // p = pos                                                                                <L 22>
    var_19 = wp::copy(var_3);
    // delta = p - closest                                                                    <L 23>
    var_20 = wp::sub(var_19, var_17);
    // dist = wp.length(delta)                                                                <L 24>
    var_21 = wp::length(var_20);
    // n = wp.vec3(0.0)                                                                       <L 25>
    var_23 = wp::vec_t<3, wp::float32>(var_22);
    // if dist > 0.0 and dist < radius:                                                       <L 26>
    var_26 = (var_21 > var_25);
    var_24 = var_26;
    if (var_24) {
        var_27 = (var_21 < var_radius);
        var_24 = var_24 && var_27;
    }
    if (var_24) {
        // n = delta / dist                                                                   <L 27>
        var_28 = wp::div(var_20, var_21);
        // p = p + n * (radius - dist)                                                        <L 28>
        var_29 = wp::sub(var_radius, var_21);
        var_30 = wp::mul(var_28, var_29);
        var_31 = wp::add(var_19, var_30);
    }
    var_32 = wp::where(var_24, var_31, var_19);
    var_33 = wp::where(var_24, var_28, var_23);
    // x_out[tid] = p                                                                         <L 29>
    // wp::array_store(var_x_out, var_0, var_32);
    // normals_out[tid] = n                                                                   <L 30>
    // wp::array_store(var_normals_out, var_0, var_33);
    //---------
    // reverse
    wp::adj_array_store(var_normals_out, var_0, var_33, adj_normals_out, adj_0, adj_33);
    // adj: normals_out[tid] = n                                                              <L 30>
    wp::adj_array_store(var_x_out, var_0, var_32, adj_x_out, adj_0, adj_32);
    // adj: x_out[tid] = p                                                                    <L 29>
    wp::adj_where(var_24, var_28, var_23, adj_24, adj_28, adj_23, adj_33);
    wp::adj_where(var_24, var_31, var_19, adj_24, adj_31, adj_19, adj_32);
    if (var_24) {
        wp::adj_add(var_19, var_30, adj_19, adj_30, adj_31);
        wp::adj_mul(var_28, var_29, adj_28, adj_29, adj_30);
        wp::adj_sub(var_radius, var_21, adj_radius, adj_21, adj_29);
        // adj: p = p + n * (radius - dist)                                                   <L 28>
        wp::adj_div(var_20, var_21, adj_20, adj_21, adj_28);
        // adj: n = delta / dist                                                              <L 27>
    }
    if (var_24) {
    }
    // adj: if dist > 0.0 and dist < radius:                                                  <L 26>
    wp::adj_vec_t(var_22, adj_22, adj_23);
    // adj: n = wp.vec3(0.0)                                                                  <L 25>
    wp::adj_length(var_20, var_21, adj_20, adj_21);
    // adj: dist = wp.length(delta)                                                           <L 24>
    wp::adj_sub(var_19, var_17, adj_19, adj_17, adj_20);
    // adj: delta = p - closest                                                               <L 23>
    wp::adj_copy(var_3, adj_3, adj_19);
    // adj: p = pos                                                                           <L 22>
    wp::adj_where(var_18, var_12, var_5, adj_7, adj_12, adj_5, adj_17);
    if (var_16) {
        wp::adj_mesh_eval_position(var_mesh, var_13, var_14, var_15, adj_mesh, adj_9, adj_10, adj_11, adj_12);
        adj_6.v += adj_11;
        adj_6.u += adj_10;
        adj_6.face = adj_9;
        // adj: closest = wp.mesh_eval_position(mesh, query.face, query.u, query.v)           <L 21>
    }
    adj_6.result = adj_7;
    // adj: if query.result:                                                                  <L 20>
    wp::adj_mesh_query_point_no_sign(var_mesh, var_3, var_max_dist, var_6, adj_mesh, adj_3, adj_max_dist, adj_6);
    // adj: query = wp.mesh_query_point_no_sign(mesh, pos, max_dist)                          <L 19>
    wp::adj_copy(var_3, adj_3, adj_5);
    // adj: closest = pos                                                                     <L 18>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_2);
    // adj: pos = x[tid]                                                                      <L 17>
    if (var_1) {
        label0:;
        // adj: return                                                                        <L 16>
    }
    // adj: if tid >= num_active:                                                             <L 15>
    // adj: tid = wp.tid()                                                                    <L 14>
    // adj: def resolve_contacts(                                                             <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void resolve_contacts_67f3b7e3_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_resolve_contacts_67f3b7e3 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        resolve_contacts_67f3b7e3_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void resolve_contacts_67f3b7e3_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_resolve_contacts_67f3b7e3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->x_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->normals_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        resolve_contacts_67f3b7e3_cpu_forward_tasks<true>(dim, _wp_args);
    else
        resolve_contacts_67f3b7e3_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void resolve_contacts_67f3b7e3_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_resolve_contacts_67f3b7e3 *_wp_args)
{
    resolve_contacts_67f3b7e3_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void resolve_contacts_67f3b7e3_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_resolve_contacts_67f3b7e3 *_wp_args,
    wp_args_resolve_contacts_67f3b7e3 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        resolve_contacts_67f3b7e3_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void resolve_contacts_67f3b7e3_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_resolve_contacts_67f3b7e3 *_wp_args,
    wp_args_resolve_contacts_67f3b7e3 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->x_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->x_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->normals_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->normals_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        resolve_contacts_67f3b7e3_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        resolve_contacts_67f3b7e3_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void resolve_contacts_67f3b7e3_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_resolve_contacts_67f3b7e3 *_wp_args,
    wp_args_resolve_contacts_67f3b7e3 *_wp_adj_args)
{
    resolve_contacts_67f3b7e3_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

