// Warp 1.19.0 cpu code for to_body_frame_923fa3b7.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_to_body_frame_816427a8 {
    wp::array_t<wp::int32> item_count;
    wp::array_t<wp::float32> joint_q;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::array_t<wp::float32> yaw;
    wp::array_t<wp::vec_t<3, wp::float32>> normals;
    wp::array_t<wp::vec_t<3, wp::float32>> directions;
};


template <bool wp_linear_contiguous>
static void to_body_frame_816427a8_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_to_body_frame_816427a8 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_to_body_frame_816427a8 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.joint_q.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.yaw.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.directions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_item_count = _wp_args->item_count;
    wp::array_t<wp::float32> var_joint_q = _wp_args->joint_q;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::float32> var_yaw = _wp_args->yaw;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::array_t<wp::vec_t<3, wp::float32>> var_directions = _wp_args->directions;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::int32 var_14 = 2;
    wp::float32 var_15;
    const wp::int32 var_16 = 0;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32* var_19;
    wp::quat_t<wp::float32> var_20;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    //---------
    // forward
    // def to_body_frame(                                                                     <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // if tid >= item_count[0]:                                                               <L 14>
    var_2 = wp::address(var_item_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 15>
        return;
    }
    // theta = joint_q[tid]                                                                   <L 16>
    var_5 = wp::address(var_joint_q, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // v = particle_v[tid]                                                                    <L 17>
    var_8 = wp::address(var_particle_v, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // n = normals[tid]                                                                       <L 18>
    var_11 = wp::address(var_normals, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // directions[tid] = wp.quat_rotate(wp.quat_rpy(theta, wp.atan2(v[2], v[0]), yaw[tid]), n)       <L 19>
    var_15 = wp::extract(var_9, var_14);
    var_17 = wp::extract(var_9, var_16);
    var_18 = wp::atan2(var_15, var_17);
    var_19 = wp::address(var_yaw, var_0);
    var_21 = wp::load(var_19);
    var_20 = wp::quat_rpy(var_6, var_18, var_21);
    var_22 = wp::quat_rotate(var_20, var_12);
    wp::array_store(var_directions, var_0, var_22);
}



template <bool wp_linear_contiguous>
static void to_body_frame_816427a8_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_to_body_frame_816427a8 *_wp_args,
    wp_args_to_body_frame_816427a8 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_to_body_frame_816427a8 wp_contiguous_args;
    wp_args_to_body_frame_816427a8 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.joint_q.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.joint_q.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.yaw.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.yaw.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.directions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.directions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_item_count = _wp_args->item_count;
    wp::array_t<wp::float32> var_joint_q = _wp_args->joint_q;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::float32> var_yaw = _wp_args->yaw;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::array_t<wp::vec_t<3, wp::float32>> var_directions = _wp_args->directions;
    wp::array_t<wp::int32> adj_item_count = _wp_adj_args->item_count;
    wp::array_t<wp::float32> adj_joint_q = _wp_adj_args->joint_q;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::array_t<wp::float32> adj_yaw = _wp_adj_args->yaw;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals = _wp_adj_args->normals;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_directions = _wp_adj_args->directions;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::int32 var_14 = 2;
    wp::float32 var_15;
    const wp::int32 var_16 = 0;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32* var_19;
    wp::quat_t<wp::float32> var_20;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::quat_t<wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    //---------
    // forward
    // def to_body_frame(                                                                     <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // if tid >= item_count[0]:                                                               <L 14>
    var_2 = wp::address(var_item_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 15>
        goto label0;
    }
    // theta = joint_q[tid]                                                                   <L 16>
    var_5 = wp::address(var_joint_q, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // v = particle_v[tid]                                                                    <L 17>
    var_8 = wp::address(var_particle_v, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // n = normals[tid]                                                                       <L 18>
    var_11 = wp::address(var_normals, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // directions[tid] = wp.quat_rotate(wp.quat_rpy(theta, wp.atan2(v[2], v[0]), yaw[tid]), n)       <L 19>
    var_15 = wp::extract(var_9, var_14);
    var_17 = wp::extract(var_9, var_16);
    var_18 = wp::atan2(var_15, var_17);
    var_19 = wp::address(var_yaw, var_0);
    var_21 = wp::load(var_19);
    var_20 = wp::quat_rpy(var_6, var_18, var_21);
    var_22 = wp::quat_rotate(var_20, var_12);
    // wp::array_store(var_directions, var_0, var_22);
    //---------
    // reverse
    wp::adj_array_store(var_directions, var_0, var_22, adj_directions, adj_0, adj_22);
    wp::adj_quat_rotate(var_20, var_12, adj_20, adj_12, adj_22);
    wp::adj_quat_rpy(var_6, var_18, var_21, adj_6, adj_18, adj_19, adj_20);
    wp::adj_address(var_yaw, var_0, adj_yaw, adj_0, adj_19);
    wp::adj_atan2(var_15, var_17, adj_15, adj_17, adj_18);
    wp::adj_extract(var_9, var_16, adj_9, adj_16, adj_17);
    wp::adj_extract(var_9, var_14, adj_9, adj_14, adj_15);
    // adj: directions[tid] = wp.quat_rotate(wp.quat_rpy(theta, wp.atan2(v[2], v[0]), yaw[tid]), n)  <L 19>
    wp::adj_copy(var_13, adj_11, adj_12);
    wp::adj_address(var_normals, var_0, adj_normals, adj_0, adj_11);
    // adj: n = normals[tid]                                                                  <L 18>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_8);
    // adj: v = particle_v[tid]                                                               <L 17>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_joint_q, var_0, adj_joint_q, adj_0, adj_5);
    // adj: theta = joint_q[tid]                                                              <L 16>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 15>
    }
    wp::adj_address(var_item_count, var_1, adj_item_count, adj_1, adj_2);
    // adj: if tid >= item_count[0]:                                                          <L 14>
    // adj: tid = wp.tid()                                                                    <L 13>
    // adj: def to_body_frame(                                                                <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void to_body_frame_816427a8_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_to_body_frame_816427a8 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        to_body_frame_816427a8_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void to_body_frame_816427a8_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_to_body_frame_816427a8 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_q.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->yaw.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->directions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        to_body_frame_816427a8_cpu_forward_tasks<true>(dim, _wp_args);
    else
        to_body_frame_816427a8_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void to_body_frame_816427a8_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_to_body_frame_816427a8 *_wp_args)
{
    to_body_frame_816427a8_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void to_body_frame_816427a8_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_to_body_frame_816427a8 *_wp_args,
    wp_args_to_body_frame_816427a8 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        to_body_frame_816427a8_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void to_body_frame_816427a8_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_to_body_frame_816427a8 *_wp_args,
    wp_args_to_body_frame_816427a8 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_q.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->joint_q.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->yaw.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->yaw.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->directions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->directions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        to_body_frame_816427a8_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        to_body_frame_816427a8_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void to_body_frame_816427a8_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_to_body_frame_816427a8 *_wp_args,
    wp_args_to_body_frame_816427a8 *_wp_adj_args)
{
    to_body_frame_816427a8_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

