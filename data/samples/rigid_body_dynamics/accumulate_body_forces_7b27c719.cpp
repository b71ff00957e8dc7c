// Warp 1.19.0 cpu code for accumulate_body_forces_7b27c719.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_accumulate_body_forces_b78efd0e {
    wp::array_t<wp::int32> contact_body;
    wp::array_t<wp::transform_t<wp::float32>> poses;
    wp::array_t<wp::vec_t<3, wp::float32>> com;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::float32 stiffness;
    wp::vec_t<3, wp::float32> target;
    wp::array_t<wp::vec_t<6, wp::float32>> body_f_out;
};


template <bool wp_linear_contiguous>
static void accumulate_body_forces_b78efd0e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_accumulate_body_forces_b78efd0e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_accumulate_body_forces_b78efd0e wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.contact_body.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.poses.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.com.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_f_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_contact_body = _wp_args->contact_body;
    wp::array_t<wp::transform_t<wp::float32>> var_poses = _wp_args->poses;
    wp::array_t<wp::vec_t<3, wp::float32>> var_com = _wp_args->com;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::float32 var_stiffness = _wp_args->stiffness;
    wp::vec_t<3, wp::float32> var_target = _wp_args->target;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f_out = _wp_args->body_f_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::transform_t<wp::float32>* var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::transform_t<wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<6, wp::float32> var_18;
    wp::vec_t<6, wp::float32> var_19;
    //---------
    // forward
    // def accumulate_body_forces(                                                            <L 5>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // body = contact_body[tid]                                                               <L 16>
    var_1 = wp::address(var_contact_body, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if body < 0:                                                                           <L 18>
    var_5 = (var_2 < var_4);
    if (var_5) {
        // return                                                                             <L 19>
        return;
    }
    // x = positions[tid]                                                                     <L 20>
    var_6 = wp::address(var_positions, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // f = stiffness * (target - x)                                                           <L 21>
    var_9 = wp::sub(var_target, var_7);
    var_10 = wp::mul(var_stiffness, var_9);
    // x_com = wp.transform_point(poses[body], com[body])                                     <L 22>
    var_11 = wp::address(var_poses, var_2);
    var_12 = wp::address(var_com, var_2);
    var_14 = wp::load(var_11);
    var_15 = wp::load(var_12);
    var_13 = wp::transform_point(var_14, var_15);
    // r = x - x_com                                                                          <L 23>
    var_16 = wp::sub(var_7, var_13);
    // wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(r, f), f))                  <L 24>
    var_17 = wp::cross(var_16, var_10);
    var_18 = wp::vec_t<6, wp::float32>(var_17, var_10);
    var_19 = wp::atomic_add(var_body_f_out, var_2, var_18);
}



template <bool wp_linear_contiguous>
static void accumulate_body_forces_b78efd0e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_accumulate_body_forces_b78efd0e *_wp_args,
    wp_args_accumulate_body_forces_b78efd0e *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_accumulate_body_forces_b78efd0e wp_contiguous_args;
    wp_args_accumulate_body_forces_b78efd0e wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.contact_body.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.contact_body.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.poses.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.poses.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.com.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.com.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_f_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.body_f_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_contact_body = _wp_args->contact_body;
    wp::array_t<wp::transform_t<wp::float32>> var_poses = _wp_args->poses;
    wp::array_t<wp::vec_t<3, wp::float32>> var_com = _wp_args->com;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::float32 var_stiffness = _wp_args->stiffness;
    wp::vec_t<3, wp::float32> var_target = _wp_args->target;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f_out = _wp_args->body_f_out;
    wp::array_t<wp::int32> adj_contact_body = _wp_adj_args->contact_body;
    wp::array_t<wp::transform_t<wp::float32>> adj_poses = _wp_adj_args->poses;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_com = _wp_adj_args->com;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::float32 adj_stiffness = _wp_adj_args->stiffness;
    wp::vec_t<3, wp::float32> adj_target = _wp_adj_args->target;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_f_out = _wp_adj_args->body_f_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::transform_t<wp::float32>* var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::transform_t<wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<6, wp::float32> var_18;
    wp::vec_t<6, wp::float32> var_19;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::transform_t<wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::transform_t<wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<6, wp::float32> adj_18 = {};
    wp::vec_t<6, wp::float32> adj_19 = {};
    //---------
    // forward
    // def accumulate_body_forces(                                                            <L 5>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // body = contact_body[tid]                                                               <L 16>
    var_1 = wp::address(var_contact_body, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if body < 0:                                                                           <L 18>
    var_5 = (var_2 < var_4);
    if (var_5) {
        // return                                                                             <L 19>
        goto label0;
    }
    // x = positions[tid]                                                                     <L 20>
    var_6 = wp::address(var_positions, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // f = stiffness * (target - x)                                                           <L 21>
    var_9 = wp::sub(var_target, var_7);
    var_10 = wp::mul(var_stiffness, var_9);
    // x_com = wp.transform_point(poses[body], com[body])                                     <L 22>
    var_11 = wp::address(var_poses, var_2);
    var_12 = wp::address(var_com, var_2);
    var_14 = wp::load(var_11);
    var_15 = wp::load(var_12);
    var_13 = wp::transform_point(var_14, var_15);
    // r = x - x_com                                                                          <L 23>
    var_16 = wp::sub(var_7, var_13);
    // wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(r, f), f))                  <L 24>
    var_17 = wp::cross(var_16, var_10);
    var_18 = wp::vec_t<6, wp::float32>(var_17, var_10);
    // var_19 = wp::atomic_add(var_body_f_out, var_2, var_18);
    //---------
    // reverse
    wp::adj_atomic_add(var_body_f_out, var_2, var_18, adj_body_f_out, adj_2, adj_18, adj_19);
    wp::adj_vec_t(var_17, var_10, adj_17, adj_10, adj_18);
    wp::adj_cross(var_16, var_10, adj_16, adj_10, adj_17);
    // adj: wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(r, f), f))             <L 24>
    wp::adj_sub(var_7, var_13, adj_7, adj_13, adj_16);
    // adj: r = x - x_com                                                                     <L 23>
    wp::adj_transform_point(var_14, var_15, adj_11, adj_12, adj_13);
    wp::adj_address(var_com, var_2, adj_com, adj_2, adj_12);
    wp::adj_address(var_poses, var_2, adj_poses, adj_2, adj_11);
    // adj: x_com = wp.transform_point(poses[body], com[body])                                <L 22>
    wp::adj_mul(var_stiffness, var_9, adj_stiffness, adj_9, adj_10);
    wp::adj_sub(var_target, var_7, adj_target, adj_7, adj_9);
    // adj: f = stiffness * (target - x)                                                      <L 21>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_6);
    // adj: x = positions[tid]                                                                <L 20>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 19>
    }
    // adj: if body < 0:                                                                      <L 18>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_contact_body, var_0, adj_contact_body, adj_0, adj_1);
    // adj: body = contact_body[tid]                                                          <L 16>
    // adj: tid = wp.tid()                                                                    <L 15>
    // adj: def accumulate_body_forces(                                                       <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void accumulate_body_forces_b78efd0e_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_body_forces_b78efd0e *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        accumulate_body_forces_b78efd0e_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void accumulate_body_forces_b78efd0e_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_body_forces_b78efd0e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->contact_body.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->poses.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->com.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_f_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        accumulate_body_forces_b78efd0e_cpu_forward_tasks<true>(dim, _wp_args);
    else
        accumulate_body_forces_b78efd0e_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void accumulate_body_forces_b78efd0e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_body_forces_b78efd0e *_wp_args)
{
    accumulate_body_forces_b78efd0e_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void accumulate_body_forces_b78efd0e_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_body_forces_b78efd0e *_wp_args,
    wp_args_accumulate_body_forces_b78efd0e *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        accumulate_body_forces_b78efd0e_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void accumulate_body_forces_b78efd0e_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_body_forces_b78efd0e *_wp_args,
    wp_args_accumulate_body_forces_b78efd0e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->contact_body.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->contact_body.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->poses.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->poses.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->com.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->com.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_f_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->body_f_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        accumulate_body_forces_b78efd0e_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        accumulate_body_forces_b78efd0e_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void accumulate_body_forces_b78efd0e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_body_forces_b78efd0e *_wp_args,
    wp_args_accumulate_body_forces_b78efd0e *_wp_adj_args)
{
    accumulate_body_forces_b78efd0e_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

