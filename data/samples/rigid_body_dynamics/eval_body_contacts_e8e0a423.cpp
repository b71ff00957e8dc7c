// Warp 1.19.0 cpu code for eval_body_contacts_e8e0a423.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_eval_body_contacts_e35bbc97 {
    wp::array_t<wp::int32> shape_body;
    wp::array_t<wp::transform_t<wp::float32>> poses;
    wp::array_t<wp::vec_t<3, wp::float32>> body_com;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_f;
    wp::array_t<wp::vec_t<6, wp::float32>> body_f_out;
};


template <bool wp_linear_contiguous>
static void eval_body_contacts_e35bbc97_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_eval_body_contacts_e35bbc97 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_eval_body_contacts_e35bbc97 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.shape_body.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.poses.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_com.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_f_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_shape_body = _wp_args->shape_body;
    wp::array_t<wp::transform_t<wp::float32>> var_poses = _wp_args->poses;
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_com = _wp_args->body_com;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
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
    wp::transform_t<wp::float32>* var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::transform_t<wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<6, wp::float32> var_18;
    wp::vec_t<6, wp::float32> var_19;
    //---------
    // forward
    // def eval_body_contacts(                                                                <L 5>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // body = shape_body[tid]                                                                 <L 15>
    var_1 = wp::address(var_shape_body, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if body < 0:                                                                           <L 17>
    var_5 = (var_2 < var_4);
    if (var_5) {
        // return                                                                             <L 18>
        return;
    }
    // f = particle_f[tid]                                                                    <L 19>
    var_6 = wp::address(var_particle_f, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // x_com = wp.transform_point(poses[body], body_com[body])                                <L 20>
    var_9 = wp::address(var_poses, var_2);
    var_10 = wp::address(var_body_com, var_2);
    var_12 = wp::load(var_9);
    var_13 = wp::load(var_10);
    var_11 = wp::transform_point(var_12, var_13);
    // r = positions[tid] - x_com                                                             <L 21>
    var_14 = wp::address(var_positions, var_0);
    var_16 = wp::load(var_14);
    var_15 = wp::sub(var_16, var_11);
    // wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(r, f), f))                  <L 22>
    var_17 = wp::cross(var_15, var_7);
    var_18 = wp::vec_t<6, wp::float32>(var_17, var_7);
    var_19 = wp::atomic_add(var_body_f_out, var_2, var_18);
}



template <bool wp_linear_contiguous>
static void eval_body_contacts_e35bbc97_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_eval_body_contacts_e35bbc97 *_wp_args,
    wp_args_eval_body_contacts_e35bbc97 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_eval_body_contacts_e35bbc97 wp_contiguous_args;
    wp_args_eval_body_contacts_e35bbc97 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.shape_body.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.shape_body.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.poses.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.poses.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_com.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.body_com.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_f_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.body_f_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_shape_body = _wp_args->shape_body;
    wp::array_t<wp::transform_t<wp::float32>> var_poses = _wp_args->poses;
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_com = _wp_args->body_com;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f_out = _wp_args->body_f_out;
    wp::array_t<wp::int32> adj_shape_body = _wp_adj_args->shape_body;
    wp::array_t<wp::transform_t<wp::float32>> adj_poses = _wp_adj_args->poses;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_body_com = _wp_adj_args->body_com;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f = _wp_adj_args->particle_f;
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
    wp::transform_t<wp::float32>* var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::transform_t<wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32>* var_14;
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
    wp::transform_t<wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::transform_t<wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<6, wp::float32> adj_18 = {};
    wp::vec_t<6, wp::float32> adj_19 = {};
    //---------
    // forward
    // def eval_body_contacts(                                                                <L 5>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // body = shape_body[tid]                                                                 <L 15>
    var_1 = wp::address(var_shape_body, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if body < 0:                                                                           <L 17>
    var_5 = (var_2 < var_4);
    if (var_5) {
        // return                                                                             <L 18>
        goto label0;
    }
    // f = particle_f[tid]                                                                    <L 19>
    var_6 = wp::address(var_particle_f, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // x_com = wp.transform_point(poses[body], body_com[body])                                <L 20>
    var_9 = wp::address(var_poses, var_2);
    var_10 = wp::address(var_body_com, var_2);
    var_12 = wp::load(var_9);
    var_13 = wp::load(var_10);
    var_11 = wp::transform_point(var_12, var_13);
    // r = positions[tid] - x_com                                                             <L 21>
    var_14 = wp::address(var_positions, var_0);
    var_16 = wp::load(var_14);
    var_15 = wp::sub(var_16, var_11);
    // wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(r, f), f))                  <L 22>
    var_17 = wp::cross(var_15, var_7);
    var_18 = wp::vec_t<6, wp::float32>(var_17, var_7);
    // var_19 = wp::atomic_add(var_body_f_out, var_2, var_18);
    //---------
    // reverse
    wp::adj_atomic_add(var_body_f_out, var_2, var_18, adj_body_f_out, adj_2, adj_18, adj_19);
    wp::adj_vec_t(var_17, var_7, adj_17, adj_7, adj_18);
    wp::adj_cross(var_15, var_7, adj_15, adj_7, adj_17);
    // adj: wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(r, f), f))             <L 22>
    wp::adj_sub(var_16, var_11, adj_14, adj_11, adj_15);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_14);
    // adj: r = positions[tid] - x_com                                                        <L 21>
    wp::adj_transform_point(var_12, var_13, adj_9, adj_10, adj_11);
    wp::adj_address(var_body_com, var_2, adj_body_com, adj_2, adj_10);
    wp::adj_address(var_poses, var_2, adj_poses, adj_2, adj_9);
    // adj: x_com = wp.transform_point(poses[body], body_com[body])                           <L 20>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_particle_f, var_0, adj_particle_f, adj_0, adj_6);
    // adj: f = particle_f[tid]                                                               <L 19>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 18>
    }
    // adj: if body < 0:                                                                      <L 17>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_shape_body, var_0, adj_shape_body, adj_0, adj_1);
    // adj: body = shape_body[tid]                                                            <L 15>
    // adj: tid = wp.tid()                                                                    <L 14>
    // adj: def eval_body_contacts(                                                           <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_body_contacts_e35bbc97_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_body_contacts_e35bbc97 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_body_contacts_e35bbc97_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void eval_body_contacts_e35bbc97_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_body_contacts_e35bbc97 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->shape_body.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->poses.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_com.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_f_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        eval_body_contacts_e35bbc97_cpu_forward_tasks<true>(dim, _wp_args);
    else
        eval_body_contacts_e35bbc97_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void eval_body_contacts_e35bbc97_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_body_contacts_e35bbc97 *_wp_args)
{
    eval_body_contacts_e35bbc97_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_body_contacts_e35bbc97_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_body_contacts_e35bbc97 *_wp_args,
    wp_args_eval_body_contacts_e35bbc97 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_body_contacts_e35bbc97_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void eval_body_contacts_e35bbc97_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_body_contacts_e35bbc97 *_wp_args,
    wp_args_eval_body_contacts_e35bbc97 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->shape_body.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->shape_body.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->poses.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->poses.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_com.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->body_com.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_f_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->body_f_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        eval_body_contacts_e35bbc97_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        eval_body_contacts_e35bbc97_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void eval_body_contacts_e35bbc97_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_body_contacts_e35bbc97 *_wp_args,
    wp_args_eval_body_contacts_e35bbc97 *_wp_adj_args)
{
    eval_body_contacts_e35bbc97_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

