// Warp 1.19.0 cpu code for mix_frames_910e824d.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_mix_frames_9a850d11 {
    wp::array_t<wp::float32> image;
    wp::array_t<wp::float32> frame_b;
    wp::float32 alpha;
    wp::array_t<wp::float32> dst;
};


template <bool wp_linear_contiguous>
static void mix_frames_9a850d11_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_mix_frames_9a850d11 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_image = _wp_args->image;
    wp::array_t<wp::float32> var_frame_b = _wp_args->frame_b;
    wp::float32 var_alpha = _wp_args->alpha;
    wp::array_t<wp::float32> var_dst = _wp_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // forward
    // def mix_frames(                                                                        <L 5>
    // i, j = wp.tid()                                                                        <L 11>
    builtin_tid2d(var_0, var_1);
    // bg = frame_b[i, j]                                                                     <L 12>
    var_2 = wp::address(var_frame_b, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // dst[i, j] = bg + (image[i, j] - bg) * alpha                                            <L 13>
    var_5 = wp::address(var_image, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::sub(var_7, var_3);
    var_8 = wp::mul(var_6, var_alpha);
    var_9 = wp::add(var_3, var_8);
    wp::array_store(var_dst, var_0, var_1, var_9);
}



template <bool wp_linear_contiguous>
static void mix_frames_9a850d11_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_mix_frames_9a850d11 *_wp_args,
    wp_args_mix_frames_9a850d11 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_image = _wp_args->image;
    wp::array_t<wp::float32> var_frame_b = _wp_args->frame_b;
    wp::float32 var_alpha = _wp_args->alpha;
    wp::array_t<wp::float32> var_dst = _wp_args->dst;
    wp::array_t<wp::float32> adj_image = _wp_adj_args->image;
    wp::array_t<wp::float32> adj_frame_b = _wp_adj_args->frame_b;
    wp::float32 adj_alpha = _wp_adj_args->alpha;
    wp::array_t<wp::float32> adj_dst = _wp_adj_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    //---------
    // forward
    // def mix_frames(                                                                        <L 5>
    // i, j = wp.tid()                                                                        <L 11>
    builtin_tid2d(var_0, var_1);
    // bg = frame_b[i, j]                                                                     <L 12>
    var_2 = wp::address(var_frame_b, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // dst[i, j] = bg + (image[i, j] - bg) * alpha                                            <L 13>
    var_5 = wp::address(var_image, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::sub(var_7, var_3);
    var_8 = wp::mul(var_6, var_alpha);
    var_9 = wp::add(var_3, var_8);
    // wp::array_store(var_dst, var_0, var_1, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_dst, var_0, var_1, var_9, adj_dst, adj_0, adj_1, adj_9);
    wp::adj_add(var_3, var_8, adj_3, adj_8, adj_9);
    wp::adj_mul(var_6, var_alpha, adj_6, adj_alpha, adj_8);
    wp::adj_sub(var_7, var_3, adj_5, adj_3, adj_6);
    wp::adj_address(var_image, var_0, var_1, adj_image, adj_0, adj_1, adj_5);
    // adj: dst[i, j] = bg + (image[i, j] - bg) * alpha                                       <L 13>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_frame_b, var_0, var_1, adj_frame_b, adj_0, adj_1, adj_2);
    // adj: bg = frame_b[i, j]                                                                <L 12>
    // adj: i, j = wp.tid()                                                                   <L 11>
    // adj: def mix_frames(                                                                   <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void mix_frames_9a850d11_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_mix_frames_9a850d11 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mix_frames_9a850d11_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void mix_frames_9a850d11_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_mix_frames_9a850d11 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    mix_frames_9a850d11_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void mix_frames_9a850d11_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_mix_frames_9a850d11 *_wp_args)
{
    mix_frames_9a850d11_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void mix_frames_9a850d11_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_mix_frames_9a850d11 *_wp_args,
    wp_args_mix_frames_9a850d11 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mix_frames_9a850d11_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void mix_frames_9a850d11_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_mix_frames_9a850d11 *_wp_args,
    wp_args_mix_frames_9a850d11 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    mix_frames_9a850d11_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void mix_frames_9a850d11_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_mix_frames_9a850d11 *_wp_args,
    wp_args_mix_frames_9a850d11 *_wp_adj_args)
{
    mix_frames_9a850d11_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

