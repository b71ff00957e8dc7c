// Warp 1.19.0 cpu code for invert_frames_7f4de7c0.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_invert_frames_5936ee03 {
    wp::array_t<wp::int32> item_count;
    wp::array_t<wp::int32> particle_flags;
    wp::array_t<wp::transform_t<wp::float32>> poses;
    wp::array_t<wp::transform_t<wp::float32>> inv_frames;
};


template <bool wp_linear_contiguous>
static void invert_frames_5936ee03_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_invert_frames_5936ee03 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_invert_frames_5936ee03 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.poses.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.inv_frames.strides[0] = sizeof(wp::transform_t<wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_item_count = _wp_args->item_count;
    wp::array_t<wp::int32> var_particle_flags = _wp_args->particle_flags;
    wp::array_t<wp::transform_t<wp::float32>> var_poses = _wp_args->poses;
    wp::array_t<wp::transform_t<wp::float32>> var_inv_frames = _wp_args->inv_frames;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    const wp::int32 var_2 = 0;
    wp::int32* var_3;
    bool var_4;
    wp::int32 var_5;
    wp::int32* var_6;
    const wp::int32 var_7 = 0;
    bool var_8;
    wp::int32 var_9;
    wp::transform_t<wp::float32>* var_10;
    wp::transform_t<wp::float32> var_11;
    wp::transform_t<wp::float32> var_12;
    wp::transform_t<wp::float32> var_13;
    //---------
    // forward
    // def invert_frames(                                                                     <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // if tid >= item_count[0] or particle_flags[tid] == 0:                                   <L 12>
    var_3 = wp::address(var_item_count, var_2);
    var_5 = wp::load(var_3);
    var_4 = (var_0 >= var_5);
    var_1 = var_4;
    if (!var_1) {
        var_6 = wp::address(var_particle_flags, var_0);
        var_9 = wp::load(var_6);
        var_8 = (var_9 == var_7);
        var_1 = var_1 || var_8;
    }
    if (var_1) {
        // return                                                                             <L 13>
        return;
    }
    // X = poses[tid]                                                                         <L 14>
    var_10 = wp::address(var_poses, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // inv_frames[tid] = wp.transform_inverse(X)                                              <L 15>
    var_13 = wp::transform_inverse(var_11);
    wp::array_store(var_inv_frames, var_0, var_13);
}



template <bool wp_linear_contiguous>
static void invert_frames_5936ee03_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_invert_frames_5936ee03 *_wp_args,
    wp_args_invert_frames_5936ee03 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_invert_frames_5936ee03 wp_contiguous_args;
    wp_args_invert_frames_5936ee03 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.particle_flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.poses.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.poses.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.inv_frames.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.inv_frames.strides[0] = sizeof(wp::transform_t<wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_item_count = _wp_args->item_count;
    wp::array_t<wp::int32> var_particle_flags = _wp_args->particle_flags;
    wp::array_t<wp::transform_t<wp::float32>> var_poses = _wp_args->poses;
    wp::array_t<wp::transform_t<wp::float32>> var_inv_frames = _wp_args->inv_frames;
    wp::array_t<wp::int32> adj_item_count = _wp_adj_args->item_count;
    wp::array_t<wp::int32> adj_particle_flags = _wp_adj_args->particle_flags;
    wp::array_t<wp::transform_t<wp::float32>> adj_poses = _wp_adj_args->poses;
    wp::array_t<wp::transform_t<wp::float32>> adj_inv_frames = _wp_adj_args->inv_frames;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    const wp::int32 var_2 = 0;
    wp::int32* var_3;
    bool var_4;
    wp::int32 var_5;
    wp::int32* var_6;
    const wp::int32 var_7 = 0;
    bool var_8;
    wp::int32 var_9;
    wp::transform_t<wp::float32>* var_10;
    wp::transform_t<wp::float32> var_11;
    wp::transform_t<wp::float32> var_12;
    wp::transform_t<wp::float32> var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    bool adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    wp::int32 adj_9 = {};
    wp::transform_t<wp::float32> adj_10 = {};
    wp::transform_t<wp::float32> adj_11 = {};
    wp::transform_t<wp::float32> adj_12 = {};
    wp::transform_t<wp::float32> adj_13 = {};
    //---------
    // forward
    // def invert_frames(                                                                     <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // if tid >= item_count[0] or particle_flags[tid] == 0:                                   <L 12>
    var_3 = wp::address(var_item_count, var_2);
    var_5 = wp::load(var_3);
    var_4 = (var_0 >= var_5);
    var_1 = var_4;
    if (!var_1) {
        var_6 = wp::address(var_particle_flags, var_0);
        var_9 = wp::load(var_6);
        var_8 = (var_9 == var_7);
        var_1 = var_1 || var_8;
    }
    if (var_1) {
        // return                                                                             <L 13>
        goto label0;
    }
    // X = poses[tid]                                                                         <L 14>
    var_10 = wp::address(var_poses, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // inv_frames[tid] = wp.transform_inverse(X)                                              <L 15>
    var_13 = wp::transform_inverse(var_11);
    // wp::array_store(var_inv_frames, var_0, var_13);
    //---------
    // reverse
    wp::adj_array_store(var_inv_frames, var_0, var_13, adj_inv_frames, adj_0, adj_13);
    wp::adj_transform_inverse(var_11, adj_11, adj_13);
    // adj: inv_frames[tid] = wp.transform_inverse(X)                                         <L 15>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_poses, var_0, adj_poses, adj_0, adj_10);
    // adj: X = poses[tid]                                                                    <L 14>
    if (var_1) {
        label0:;
        // adj: return                                                                        <L 13>
    }
    if (!var_1) {
        wp::adj_address(var_particle_flags, var_0, adj_particle_flags, adj_0, adj_6);
    }
    wp::adj_address(var_item_count, var_2, adj_item_count, adj_2, adj_3);
    // adj: if tid >= item_count[0] or particle_flags[tid] == 0:                              <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def invert_frames(                                                                <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void invert_frames_5936ee03_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_invert_frames_5936ee03 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        invert_frames_5936ee03_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void invert_frames_5936ee03_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_invert_frames_5936ee03 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->poses.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->inv_frames.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)));
    if (wp_linear_contiguous)
        invert_frames_5936ee03_cpu_forward_tasks<true>(dim, _wp_args);
    else
        invert_frames_5936ee03_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void invert_frames_5936ee03_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_invert_frames_5936ee03 *_wp_args)
{
    invert_frames_5936ee03_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void invert_frames_5936ee03_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_invert_frames_5936ee03 *_wp_args,
    wp_args_invert_frames_5936ee03 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        invert_frames_5936ee03_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void invert_frames_5936ee03_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_invert_frames_5936ee03 *_wp_args,
    wp_args_invert_frames_5936ee03 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->particle_flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->poses.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->poses.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->inv_frames.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->inv_frames.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)));
    if (wp_linear_contiguous)
        invert_frames_5936ee03_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        invert_frames_5936ee03_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void invert_frames_5936ee03_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_invert_frames_5936ee03 *_wp_args,
    wp_args_invert_frames_5936ee03 *_wp_adj_args)
{
    invert_frames_5936ee03_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

