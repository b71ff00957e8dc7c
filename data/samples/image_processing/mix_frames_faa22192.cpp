// Warp 1.19.0 cpu code for mix_frames_faa22192.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// mix_frames.py:4
static wp::float32 plane_sdf_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_n,
    wp::float32 var_offset)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    //---------
    // forward
    // def plane_sdf(p: wp.vec3, n: wp.vec3, offset: float):                                  <L 5>
    // return wp.dot(p, n) - offset                                                           <L 6>
    var_0 = wp::dot(var_p, var_n);
    var_1 = wp::sub(var_0, var_offset);
    return var_1;
}


// mix_frames.py:4
static void adj_plane_sdf_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_n,
    wp::float32 var_offset,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_n,
    wp::float32 & adj_offset,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def plane_sdf(p: wp.vec3, n: wp.vec3, offset: float):                                  <L 5>
    // return wp.dot(p, n) - offset                                                           <L 6>
    var_0 = wp::dot(var_p, var_n);
    var_1 = wp::sub(var_0, var_offset);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_sub(var_0, var_offset, adj_0, adj_offset, adj_1);
    wp::adj_dot(var_p, var_n, adj_p, adj_n, adj_0);
    // adj: return wp.dot(p, n) - offset                                                      <L 6>
    // adj: def plane_sdf(p: wp.vec3, n: wp.vec3, offset: float):                             <L 5>
    return;
}

struct wp_args_mix_frames_9720277e {
    wp::array_t<wp::vec_t<4, wp::float32>> foreground;
    wp::array_t<wp::vec_t<4, wp::float32>> background;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::vec_t<4, wp::float32>> result;
    wp::vec_t<3, wp::float32> ground_normal;
    wp::float32 plane_offset;
    wp::float32 sigma;
};


template <bool wp_linear_contiguous>
static void mix_frames_9720277e_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_mix_frames_9720277e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_foreground = _wp_args->foreground;
    wp::array_t<wp::vec_t<4, wp::float32>> var_background = _wp_args->background;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<4, wp::float32>> var_result = _wp_args->result;
    wp::vec_t<3, wp::float32> var_ground_normal = _wp_args->ground_normal;
    wp::float32 var_plane_offset = _wp_args->plane_offset;
    wp::float32 var_sigma = _wp_args->sigma;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<4, wp::float32>* var_2;
    wp::vec_t<4, wp::float32> var_3;
    wp::vec_t<4, wp::float32> var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.5;
    const wp::float32 var_10 = 1.0;
    const wp::float32 var_11 = 1.41421356;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<4, wp::float32> var_17;
    wp::vec_t<4, wp::float32>* var_18;
    const wp::float32 var_19 = 1.0;
    wp::float32 var_20;
    wp::vec_t<4, wp::float32> var_21;
    wp::vec_t<4, wp::float32> var_22;
    wp::vec_t<4, wp::float32> var_23;
    //---------
    // forward
    // def mix_frames(                                                                        <L 10>
    // i, j = wp.tid()                                                                        <L 20>
    builtin_tid2d(var_0, var_1);
    // px = foreground[i, j]                                                                  <L 21>
    var_2 = wp::address(var_foreground, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // x = positions[i, j]                                                                    <L 22>
    var_5 = wp::address(var_positions, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // sdf = plane_sdf(x, ground_normal, plane_offset)                                        <L 23>
    var_8 = plane_sdf_0(var_6, var_ground_normal, var_plane_offset);
    // w = 0.5 * (1.0 - wp.erf(sdf / (1.41421356 * sigma)))                                   <L 24>
    var_12 = wp::mul(var_11, var_sigma);
    var_13 = wp::div(var_8, var_12);
    var_14 = wp::erf(var_13);
    var_15 = wp::sub(var_10, var_14);
    var_16 = wp::mul(var_9, var_15);
    // result[i, j] = px * w + background[i, j] * (1.0 - w)                                   <L 25>
    var_17 = wp::mul(var_3, var_16);
    var_18 = wp::address(var_background, var_0, var_1);
    var_20 = wp::sub(var_19, var_16);
    var_22 = wp::load(var_18);
    var_21 = wp::mul(var_22, var_20);
    var_23 = wp::add(var_17, var_21);
    wp::array_store(var_result, var_0, var_1, var_23);
}



template <bool wp_linear_contiguous>
static void mix_frames_9720277e_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_mix_frames_9720277e *_wp_args,
    wp_args_mix_frames_9720277e *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_foreground = _wp_args->foreground;
    wp::array_t<wp::vec_t<4, wp::float32>> var_background = _wp_args->background;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<4, wp::float32>> var_result = _wp_args->result;
    wp::vec_t<3, wp::float32> var_ground_normal = _wp_args->ground_normal;
    wp::float32 var_plane_offset = _wp_args->plane_offset;
    wp::float32 var_sigma = _wp_args->sigma;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_foreground = _wp_adj_args->foreground;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_background = _wp_adj_args->background;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_result = _wp_adj_args->result;
    wp::vec_t<3, wp::float32> adj_ground_normal = _wp_adj_args->ground_normal;
    wp::float32 adj_plane_offset = _wp_adj_args->plane_offset;
    wp::float32 adj_sigma = _wp_adj_args->sigma;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<4, wp::float32>* var_2;
    wp::vec_t<4, wp::float32> var_3;
    wp::vec_t<4, wp::float32> var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.5;
    const wp::float32 var_10 = 1.0;
    const wp::float32 var_11 = 1.41421356;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<4, wp::float32> var_17;
    wp::vec_t<4, wp::float32>* var_18;
    const wp::float32 var_19 = 1.0;
    wp::float32 var_20;
    wp::vec_t<4, wp::float32> var_21;
    wp::vec_t<4, wp::float32> var_22;
    wp::vec_t<4, wp::float32> var_23;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<4, wp::float32> adj_2 = {};
    wp::vec_t<4, wp::float32> adj_3 = {};
    wp::vec_t<4, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<4, wp::float32> adj_17 = {};
    wp::vec_t<4, wp::float32> adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<4, wp::float32> adj_21 = {};
    wp::vec_t<4, wp::float32> adj_22 = {};
    wp::vec_t<4, wp::float32> adj_23 = {};
    //---------
    // forward
    // def mix_frames(                                                                        <L 10>
    // i, j = wp.tid()                                                                        <L 20>
    builtin_tid2d(var_0, var_1);
    // px = foreground[i, j]                                                                  <L 21>
    var_2 = wp::address(var_foreground, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // x = positions[i, j]                                                                    <L 22>
    var_5 = wp::address(var_positions, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // sdf = plane_sdf(x, ground_normal, plane_offset)                                        <L 23>
    var_8 = plane_sdf_0(var_6, var_ground_normal, var_plane_offset);
    // w = 0.5 * (1.0 - wp.erf(sdf / (1.41421356 * sigma)))                                   <L 24>
    var_12 = wp::mul(var_11, var_sigma);
    var_13 = wp::div(var_8, var_12);
    var_14 = wp::erf(var_13);
    var_15 = wp::sub(var_10, var_14);
    var_16 = wp::mul(var_9, var_15);
    // result[i, j] = px * w + background[i, j] * (1.0 - w)                                   <L 25>
    var_17 = wp::mul(var_3, var_16);
    var_18 = wp::address(var_background, var_0, var_1);
    var_20 = wp::sub(var_19, var_16);
    var_22 = wp::load(var_18);
    var_21 = wp::mul(var_22, var_20);
    var_23 = wp::add(var_17, var_21);
    // wp::array_store(var_result, var_0, var_1, var_23);
    //---------
    // reverse
    wp::adj_array_store(var_result, var_0, var_1, var_23, adj_result, adj_0, adj_1, adj_23);
    wp::adj_add(var_17, var_21, adj_17, adj_21, adj_23);
    wp::adj_mul(var_22, var_20, adj_18, adj_20, adj_21);
    wp::adj_sub(var_19, var_16, adj_19, adj_16, adj_20);
    wp::adj_address(var_background, var_0, var_1, adj_background, adj_0, adj_1, adj_18);
    wp::adj_mul(var_3, var_16, adj_3, adj_16, adj_17);
    // adj: result[i, j] = px * w + background[i, j] * (1.0 - w)                              <L 25>
    wp::adj_mul(var_9, var_15, adj_9, adj_15, adj_16);
    wp::adj_sub(var_10, var_14, adj_10, adj_14, adj_15);
    wp::adj_erf(var_13, adj_13, adj_14);
    wp::adj_div(var_8, var_12, var_13, adj_8, adj_12, adj_13);
    wp::adj_mul(var_11, var_sigma, adj_11, adj_sigma, adj_12);
    // adj: w = 0.5 * (1.0 - wp.erf(sdf / (1.41421356 * sigma)))                              <L 24>
    adj_plane_sdf_0(var_6, var_ground_normal, var_plane_offset, adj_6, adj_ground_normal, adj_plane_offset, adj_8);
    // adj: sdf = plane_sdf(x, ground_normal, plane_offset)                                   <L 23>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_positions, var_0, var_1, adj_positions, adj_0, adj_1, adj_5);
    // adj: x = positions[i, j]                                                               <L 22>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_foreground, var_0, var_1, adj_foreground, adj_0, adj_1, adj_2);
    // adj: px = foreground[i, j]                                                             <L 21>
    // adj: i, j = wp.tid()                                                                   <L 20>
    // adj: def mix_frames(                                                                   <L 10>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void mix_frames_9720277e_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_mix_frames_9720277e *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mix_frames_9720277e_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void mix_frames_9720277e_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_mix_frames_9720277e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    mix_frames_9720277e_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void mix_frames_9720277e_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_mix_frames_9720277e *_wp_args)
{
    mix_frames_9720277e_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void mix_frames_9720277e_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_mix_frames_9720277e *_wp_args,
    wp_args_mix_frames_9720277e *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mix_frames_9720277e_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void mix_frames_9720277e_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_mix_frames_9720277e *_wp_args,
    wp_args_mix_frames_9720277e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    mix_frames_9720277e_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void mix_frames_9720277e_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_mix_frames_9720277e *_wp_args,
    wp_args_mix_frames_9720277e *_wp_adj_args)
{
    mix_frames_9720277e_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

