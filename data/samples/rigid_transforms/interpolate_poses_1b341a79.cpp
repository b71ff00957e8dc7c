// Warp 1.19.0 cpu code for interpolate_poses_1b341a79.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_interpolate_poses_195bf63e {
    wp::array_t<wp::int32> num_active;
    wp::array_t<wp::int32> active;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> normals;
    wp::array_t<wp::transform_t<wp::float32>> keyframes;
    wp::array_t<wp::transform_t<wp::float32>> body_q_out;
    wp::vec_t<3, wp::float32> direction;
    wp::float32 alpha;
};


template <bool wp_linear_contiguous>
static void interpolate_poses_195bf63e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_interpolate_poses_195bf63e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_interpolate_poses_195bf63e wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.num_active.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.keyframes.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_q_out.strides[0] = sizeof(wp::transform_t<wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_num_active = _wp_args->num_active;
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::array_t<wp::transform_t<wp::float32>> var_keyframes = _wp_args->keyframes;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q_out = _wp_args->body_q_out;
    wp::vec_t<3, wp::float32> var_direction = _wp_args->direction;
    wp::float32 var_alpha = _wp_args->alpha;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    bool var_4;
    const wp::int32 var_5 = 0;
    wp::int32* var_6;
    bool var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 0;
    bool var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::mat_t<3, 3, wp::float32> var_17;
    wp::transform_t<wp::float32>* var_18;
    wp::transform_t<wp::float32> var_19;
    wp::transform_t<wp::float32> var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::quat_t<wp::float32> var_22;
    wp::transform_t<wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::quat_t<wp::float32> var_28;
    wp::quat_t<wp::float32> var_29;
    wp::float32 var_30;
    const wp::float32 var_31 = 0.0;
    bool var_32;
    wp::quat_t<wp::float32> var_33;
    wp::quat_t<wp::float32> var_34;
    wp::quat_t<wp::float32> var_35;
    wp::transform_t<wp::float32> var_36;
    //---------
    // forward
    // def interpolate_poses(                                                                 <L 5>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // flag = active[tid]                                                                     <L 16>
    var_1 = wp::address(var_active, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if tid >= num_active[0] or flag == 0:                                                  <L 17>
    var_6 = wp::address(var_num_active, var_5);
    var_8 = wp::load(var_6);
    var_7 = (var_0 >= var_8);
    var_4 = var_7;
    if (!var_4) {
        var_10 = (var_2 == var_9);
        var_4 = var_4 || var_10;
    }
    if (var_4) {
        // return                                                                             <L 18>
        return;
    }
    // n = normals[tid]                                                                       <L 19>
    var_11 = wp::address(var_normals, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // binormal = wp.normalize(wp.cross(direction, n))                                        <L 22>
    var_14 = wp::cross(var_direction, var_12);
    var_15 = wp::normalize(var_14);
    // tangent = wp.cross(n, binormal)                                                        <L 23>
    var_16 = wp::cross(var_12, var_15);
    // R = wp.matrix_from_rows(tangent, n, binormal)                                          <L 24>
    var_17 = wp::matrix_from_rows<wp::float32>(var_16, var_12, var_15);
    // X_target = keyframes[tid]                                                              <L 25>
    var_18 = wp::address(var_keyframes, var_0);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // X0 = wp.transform(x[tid], wp.quat_from_matrix(R))                                      <L 26>
    var_21 = wp::address(var_x, var_0);
    var_22 = wp::quat_from_matrix(var_17);
    var_24 = wp::load(var_21);
    var_23 = wp::transform_t<wp::float32>(var_24, var_22);
    // p = wp.lerp(wp.transform_get_translation(X0), wp.transform_get_translation(X_target), alpha)       <L 27>
    var_25 = wp::transform_get_translation(var_23);
    var_26 = wp::transform_get_translation(var_19);
    var_27 = wp::lerp(var_25, var_26, var_alpha);
    // q0 = wp.transform_get_rotation(X0)                                                     <L 28>
    var_28 = wp::transform_get_rotation(var_23);
    // q1 = wp.transform_get_rotation(X_target)                                               <L 29>
    var_29 = wp::transform_get_rotation(var_19);
    // if wp.dot(q0, q1) < 0.0:                                                               <L 31>
    var_30 = wp::dot(var_28, var_29);
    var_32 = (var_30 < var_31);
    if (var_32) {
        // q1 = -q1                                                                           <L 32>
        var_33 = wp::neg(var_29);
    }
    var_34 = wp::where(var_32, var_33, var_29);
    // body_q_out[tid] = wp.transform(p, wp.quat_slerp(q0, q1, alpha))                        <L 33>
    var_35 = wp::quat_slerp(var_28, var_34, var_alpha);
    var_36 = wp::transform_t<wp::float32>(var_27, var_35);
    wp::array_store(var_body_q_out, var_0, var_36);
}



template <bool wp_linear_contiguous>
static void interpolate_poses_195bf63e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_interpolate_poses_195bf63e *_wp_args,
    wp_args_interpolate_poses_195bf63e *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_interpolate_poses_195bf63e wp_contiguous_args;
    wp_args_interpolate_poses_195bf63e wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.num_active.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.num_active.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.keyframes.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.keyframes.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_q_out.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.body_q_out.strides[0] = sizeof(wp::transform_t<wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_num_active = _wp_args->num_active;
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::array_t<wp::transform_t<wp::float32>> var_keyframes = _wp_args->keyframes;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q_out = _wp_args->body_q_out;
    wp::vec_t<3, wp::float32> var_direction = _wp_args->direction;
    wp::float32 var_alpha = _wp_args->alpha;
    wp::array_t<wp::int32> adj_num_active = _wp_adj_args->num_active;
    wp::array_t<wp::int32> adj_active = _wp_adj_args->active;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals = _wp_adj_args->normals;
    wp::array_t<wp::transform_t<wp::float32>> adj_keyframes = _wp_adj_args->keyframes;
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q_out = _wp_adj_args->body_q_out;
    wp::vec_t<3, wp::float32> adj_direction = _wp_adj_args->direction;
    wp::float32 adj_alpha = _wp_adj_args->alpha;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    bool var_4;
    const wp::int32 var_5 = 0;
    wp::int32* var_6;
    bool var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 0;
    bool var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::mat_t<3, 3, wp::float32> var_17;
    wp::transform_t<wp::float32>* var_18;
    wp::transform_t<wp::float32> var_19;
    wp::transform_t<wp::float32> var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::quat_t<wp::float32> var_22;
    wp::transform_t<wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::quat_t<wp::float32> var_28;
    wp::quat_t<wp::float32> var_29;
    wp::float32 var_30;
    const wp::float32 var_31 = 0.0;
    bool var_32;
    wp::quat_t<wp::float32> var_33;
    wp::quat_t<wp::float32> var_34;
    wp::quat_t<wp::float32> var_35;
    wp::transform_t<wp::float32> var_36;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    bool adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    bool adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    bool adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::mat_t<3, 3, wp::float32> adj_17 = {};
    wp::transform_t<wp::float32> adj_18 = {};
    wp::transform_t<wp::float32> adj_19 = {};
    wp::transform_t<wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::quat_t<wp::float32> adj_22 = {};
    wp::transform_t<wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::quat_t<wp::float32> adj_28 = {};
    wp::quat_t<wp::float32> adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    bool adj_32 = {};
    wp::quat_t<wp::float32> adj_33 = {};
    wp::quat_t<wp::float32> adj_34 = {};
    wp::quat_t<wp::float32> adj_35 = {};
    wp::transform_t<wp::float32> adj_36 = {};
    //---------
    // forward
    // def interpolate_poses(                                                                 <L 5>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // flag = active[tid]                                                                     <L 16>
    var_1 = wp::address(var_active, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if tid >= num_active[0] or flag == 0:                                                  <L 17>
    var_6 = wp::address(var_num_active, var_5);
    var_8 = wp::load(var_6);
    var_7 = (var_0 >= var_8);
    var_4 = var_7;
    if (!var_4) {
        var_10 = (var_2 == var_9);
        var_4 = var_4 || var_10;
    }
    if (var_4) {
        // return                                                                             <L 18>
        goto label0;
    }
    // n = normals[tid]                                                                       <L 19>
    var_11 = wp::address(var_normals, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // binormal = wp.normalize(wp.cross(direction, n))                                        <L 22>
    var_14 = wp::cross(var_direction, var_12);
    var_15 = wp::normalize(var_14);
    // tangent = wp.cross(n, binormal)                                                        <L 23>
    var_16 = wp::cross(var_12, var_15);
    // R = wp.matrix_from_rows(tangent, n, binormal)                                          <L 24>
    var_17 = wp::matrix_from_rows<wp::float32>(var_16, var_12, var_15);
    // X_target = keyframes[tid]                                                              <L 25>
    var_18 = wp::address(var_keyframes, var_0);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // X0 = wp.transform(x[tid], wp.quat_from_matrix(R))                                      <L 26>
    var_21 = wp::address(var_x, var_0);
    var_22 = wp::quat_from_matrix(var_17);
    var_24 = wp::load(var_21);
    var_23 = wp::transform_t<wp::float32>(var_24, var_22);
    // p = wp.lerp(wp.transform_get_translation(X0), wp.transform_get_translation(X_target), alpha)       <L 27>
    var_25 = wp::transform_get_translation(var_23);
    var_26 = wp::transform_get_translation(var_19);
    var_27 = wp::lerp(var_25, var_26, var_alpha);
    // q0 = wp.transform_get_rotation(X0)                                                     <L 28>
    var_28 = wp::transform_get_rotation(var_23);
    // q1 = wp.transform_get_rotation(X_target)                                               <L 29>
    var_29 = wp::transform_get_rotation(var_19);
    // if wp.dot(q0, q1) < 0.0:                                                               <L 31>
    var_30 = wp::dot(var_28, var_29);
    var_32 = (var_30 < var_31);
    if (var_32) {
        // q1 = -q1                                                                           <L 32>
        var_33 = wp::neg(var_29);
    }
    var_34 = wp::where(var_32, var_33, var_29);
    // body_q_out[tid] = wp.transform(p, wp.quat_slerp(q0, q1, alpha))                        <L 33>
    var_35 = wp::quat_slerp(var_28, var_34, var_alpha);
    var_36 = wp::transform_t<wp::float32>(var_27, var_35);
    // wp::array_store(var_body_q_out, var_0, var_36);
    //---------
    // reverse
    wp::adj_array_store(var_body_q_out, var_0, var_36, adj_body_q_out, adj_0, adj_36);
    wp::adj_transform_t(var_27, var_35, adj_27, adj_35, adj_36);
    wp::adj_quat_slerp(var_28, var_34, var_alpha, var_35, adj_28, adj_34, adj_alpha, adj_35);
    // adj: body_q_out[tid] = wp.transform(p, wp.quat_slerp(q0, q1, alpha))                   <L 33>
    wp::adj_where(var_32, var_33, var_29, adj_32, adj_33, adj_29, adj_34);
    if (var_32) {
        wp::adj_neg(var_29, adj_29, adj_33);
        // adj: q1 = -q1                                                                      <L 32>
    }
    wp::adj_dot(var_28, var_29, adj_28, adj_29, adj_30);
    // adj: if wp.dot(q0, q1) < 0.0:                                                          <L 31>
    wp::adj_transform_get_rotation(var_19, adj_19, adj_29);
    // adj: q1 = wp.transform_get_rotation(X_target)                                          <L 29>
    wp::adj_transform_get_rotation(var_23, adj_23, adj_28);
    // adj: q0 = wp.transform_get_rotation(X0)                                                <L 28>
    wp::adj_lerp(var_25, var_26, var_alpha, adj_25, adj_26, adj_alpha, adj_27);
    wp::adj_transform_get_translation(var_19, adj_19, adj_26);
    wp::adj_transform_get_translation(var_23, adj_23, adj_25);
    // adj: p = wp.lerp(wp.transform_get_translation(X0), wp.transform_get_translation(X_target), alpha)  <L 27>
    wp::adj_transform_t(var_24, var_22, adj_21, adj_22, adj_23);
    wp::adj_quat_from_matrix(var_17, adj_17, adj_22);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_21);
    // adj: X0 = wp.transform(x[tid], wp.quat_from_matrix(R))                                 <L 26>
    wp::adj_copy(var_20, adj_18, adj_19);
    wp::adj_address(var_keyframes, var_0, adj_keyframes, adj_0, adj_18);
    // adj: X_target = keyframes[tid]                                                         <L 25>
    wp::adj_matrix_from_rows(var_16, var_12, var_15, adj_16, adj_12, adj_15, adj_17);
    // adj: R = wp.matrix_from_rows(tangent, n, binormal)                                     <L 24>
    wp::adj_cross(var_12, var_15, adj_12, adj_15, adj_16);
    // adj: tangent = wp.cross(n, binormal)                                                   <L 23>
    wp::adj_normalize(var_14, var_15, adj_14, adj_15);
    wp::adj_cross(var_direction, var_12, adj_direction, adj_12, adj_14);
    // adj: binormal = wp.normalize(wp.cross(direction, n))                                   <L 22>
    wp::adj_copy(var_13, adj_11, adj_12);
    wp::adj_address(var_normals, var_0, adj_normals, adj_0, adj_11);
    // adj: n = normals[tid]                                                                  <L 19>
    if (var_4) {
        label0:;
        // adj: return                                                                        <L 18>
    }
    if (!var_4) {
    }
    wp::adj_address(var_num_active, var_5, adj_num_active, adj_5, adj_6);
    // adj: if tid >= num_active[0] or flag == 0:                                             <L 17>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_active, var_0, adj_active, adj_0, adj_1);
    // adj: flag = active[tid]                                                                <L 16>
    // adj: tid = wp.tid()                                                                    <L 15>
    // adj: def interpolate_poses(                                                            <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void interpolate_poses_195bf63e_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_interpolate_poses_195bf63e *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        interpolate_poses_195bf63e_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void interpolate_poses_195bf63e_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_interpolate_poses_195bf63e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->num_active.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->keyframes.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_q_out.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)));
    if (wp_linear_contiguous)
        interpolate_poses_195bf63e_cpu_forward_tasks<true>(dim, _wp_args);
    else
        interpolate_poses_195bf63e_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void interpolate_poses_195bf63e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_interpolate_poses_195bf63e *_wp_args)
{
    interpolate_poses_195bf63e_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void interpolate_poses_195bf63e_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_interpolate_poses_195bf63e *_wp_args,
    wp_args_interpolate_poses_195bf63e *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        interpolate_poses_195bf63e_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void interpolate_poses_195bf63e_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_interpolate_poses_195bf63e *_wp_args,
    wp_args_interpolate_poses_195bf63e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->num_active.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->num_active.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->keyframes.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->keyframes.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_q_out.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->body_q_out.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)));
    if (wp_linear_contiguous)
        interpolate_poses_195bf63e_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        interpolate_poses_195bf63e_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void interpolate_poses_195bf63e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_interpolate_poses_195bf63e *_wp_args,
    wp_args_interpolate_poses_195bf63e *_wp_adj_args)
{
    interpolate_poses_195bf63e_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

