// Warp 1.19.0 cpu code for color_grade_4b12baa8.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// color_grade.py:20
static wp::vec_t<3, wp::float32> exposure_0(
    wp::vec_t<3, wp::float32> var_c,
    wp::float32 var_ev)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    wp::vec_t<3, wp::float32> var_2;
    //---------
    // forward
    // def exposure(c: wp.vec3, ev: float):                                                   <L 21>
    // return c * wp.pow(2.0, ev)                                                             <L 22>
    var_1 = wp::pow(var_0, var_ev);
    var_2 = wp::mul(var_c, var_1);
    return var_2;
}


// color_grade.py:92
static wp::float32 scene_sdf_0(
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    const wp::float32 var_1 = 0.5;
    const wp::float32 var_2 = 0.0;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.5;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // forward
    // def scene_sdf(p: wp.vec3):                                                             <L 93>
    // return wp.min(wp.length(p - wp.vec3(0.0, 0.5, 0.0)) - 0.5, p[1] + 1.0)                 <L 95>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    var_4 = wp::sub(var_p, var_3);
    var_5 = wp::length(var_4);
    var_7 = wp::sub(var_5, var_6);
    var_9 = wp::extract(var_p, var_8);
    var_11 = wp::add(var_9, var_10);
    var_12 = wp::min(var_7, var_11);
    return var_12;
}


// color_grade.py:33
static wp::vec_t<3, wp::float32> camera_ray_0(
    wp::int32 var_pixel,
    wp::int32 var_row,
    wp::int32 var_width,
    wp::int32 var_height,
    wp::float32 var_tan_half_fov)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 2.0;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 1.0;
    const wp::float32 var_15 = 2.0;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.5;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = -1.0;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    //---------
    // forward
    // def camera_ray(pixel: wp.int32, row: wp.int32, width: wp.int32, height: wp.int32, tan_half_fov: float) -> wp.vec3:       <L 34>
    // aspect = float(width) / float(height)                                                  <L 36>
    var_0 = wp::float(var_width);
    var_1 = wp::float(var_height);
    var_2 = wp::div(var_0, var_1);
    // sx = (2.0 * (float(pixel) + 0.5) / float(width) - 1.0) * aspect * tan_half_fov         <L 37>
    var_4 = wp::float(var_pixel);
    var_6 = wp::add(var_4, var_5);
    var_7 = wp::mul(var_3, var_6);
    var_8 = wp::float(var_width);
    var_9 = wp::div(var_7, var_8);
    var_11 = wp::sub(var_9, var_10);
    var_12 = wp::mul(var_11, var_2);
    var_13 = wp::mul(var_12, var_tan_half_fov);
    // sy = (1.0 - 2.0 * (float(row) + 0.5) / float(height)) * tan_half_fov                   <L 38>
    var_16 = wp::float(var_row);
    var_18 = wp::add(var_16, var_17);
    var_19 = wp::mul(var_15, var_18);
    var_20 = wp::float(var_height);
    var_21 = wp::div(var_19, var_20);
    var_22 = wp::sub(var_14, var_21);
    var_23 = wp::mul(var_22, var_tan_half_fov);
    // return wp.normalize(wp.vec3(sx, sy, -1.0))                                             <L 39>
    var_25 = wp::vec_t<3, wp::float32>(var_13, var_23, var_24);
    var_26 = wp::normalize(var_25);
    return var_26;
}


// color_grade.py:119
static wp::vec_t<2, wp::float32> project_to_pixel_0(
    wp::vec_t<3, wp::float32> var_p_cam,
    wp::int32 var_width,
    wp::int32 var_height,
    wp::float32 var_tan_half_fov)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 2;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 1.0;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.5;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 1.0;
    const wp::int32 var_18 = 1;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::float32 var_23 = 0.5;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::vec_t<2, wp::float32> var_27;
    //---------
    // forward
    // def project_to_pixel(p_cam: wp.vec3, width: wp.int32, height: wp.int32, tan_half_fov: float) -> wp.vec2:       <L 120>
    // z = -p_cam[2]                                                                          <L 122>
    var_1 = wp::extract(var_p_cam, var_0);
    var_2 = wp::neg(var_1);
    // aspect = float(width) / float(height)                                                  <L 123>
    var_3 = wp::float(var_width);
    var_4 = wp::float(var_height);
    var_5 = wp::div(var_3, var_4);
    // u = (p_cam[0] / (z * tan_half_fov * aspect) + 1.0) * 0.5 * float(width)                <L 124>
    var_7 = wp::extract(var_p_cam, var_6);
    var_8 = wp::mul(var_2, var_tan_half_fov);
    var_9 = wp::mul(var_8, var_5);
    var_10 = wp::div(var_7, var_9);
    var_12 = wp::add(var_10, var_11);
    var_14 = wp::mul(var_12, var_13);
    var_15 = wp::float(var_width);
    var_16 = wp::mul(var_14, var_15);
    // v = (1.0 - p_cam[1] / (z * tan_half_fov)) * 0.5 * float(height)                        <L 125>
    var_19 = wp::extract(var_p_cam, var_18);
    var_20 = wp::mul(var_2, var_tan_half_fov);
    var_21 = wp::div(var_19, var_20);
    var_22 = wp::sub(var_17, var_21);
    var_24 = wp::mul(var_22, var_23);
    var_25 = wp::float(var_height);
    var_26 = wp::mul(var_24, var_25);
    // return wp.vec2(u, v)                                                                   <L 126>
    var_27 = wp::vec_t<2, wp::float32>(var_16, var_26);
    return var_27;
}


// color_grade.py:20
static void adj_exposure_0(
    wp::vec_t<3, wp::float32> var_c,
    wp::float32 var_ev,
    wp::vec_t<3, wp::float32> & adj_c,
    wp::float32 & adj_ev,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    wp::vec_t<3, wp::float32> var_2;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    //---------
    // forward
    // def exposure(c: wp.vec3, ev: float):                                                   <L 21>
    // return c * wp.pow(2.0, ev)                                                             <L 22>
    var_1 = wp::pow(var_0, var_ev);
    var_2 = wp::mul(var_c, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_mul(var_c, var_1, adj_c, adj_1, adj_2);
    wp::adj_pow(var_0, var_ev, var_1, adj_0, adj_ev, adj_1);
    // adj: return c * wp.pow(2.0, ev)                                                        <L 22>
    // adj: def exposure(c: wp.vec3, ev: float):                                              <L 21>
    return;
}


// color_grade.py:92
static void adj_scene_sdf_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    const wp::float32 var_1 = 0.5;
    const wp::float32 var_2 = 0.0;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.5;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    //---------
    // forward
    // def scene_sdf(p: wp.vec3):                                                             <L 93>
    // return wp.min(wp.length(p - wp.vec3(0.0, 0.5, 0.0)) - 0.5, p[1] + 1.0)                 <L 95>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    var_4 = wp::sub(var_p, var_3);
    var_5 = wp::length(var_4);
    var_7 = wp::sub(var_5, var_6);
    var_9 = wp::extract(var_p, var_8);
    var_11 = wp::add(var_9, var_10);
    var_12 = wp::min(var_7, var_11);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_12 += adj_ret;
    wp::adj_min(var_7, var_11, adj_7, adj_11, adj_12);
    wp::adj_add(var_9, var_10, adj_9, adj_10, adj_11);
    wp::adj_extract(var_p, var_8, adj_p, adj_8, adj_9);
    wp::adj_sub(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_length(var_4, var_5, adj_4, adj_5);
    wp::adj_sub(var_p, var_3, adj_p, adj_3, adj_4);
    wp::adj_vec_t(var_0, var_1, var_2, adj_0, adj_1, adj_2, adj_3);
    // adj: return wp.min(wp.length(p - wp.vec3(0.0, 0.5, 0.0)) - 0.5, p[1] + 1.0)            <L 95>
    // adj: def scene_sdf(p: wp.vec3):                                                        <L 93>
    return;
}


// color_grade.py:33
static void adj_camera_ray_0(
    wp::int32 var_pixel,
    wp::int32 var_row,
    wp::int32 var_width,
    wp::int32 var_height,
    wp::float32 var_tan_half_fov,
    wp::int32 & adj_pixel,
    wp::int32 & adj_row,
    wp::int32 & adj_width,
    wp::int32 & adj_height,
    wp::float32 & adj_tan_half_fov,
    wp::vec_t<3, wp::float32> & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}


// color_grade.py:119
static void adj_project_to_pixel_0(
    wp::vec_t<3, wp::float32> var_p_cam,
    wp::int32 var_width,
    wp::int32 var_height,
    wp::float32 var_tan_half_fov,
    wp::vec_t<3, wp::float32> & adj_p_cam,
    wp::int32 & adj_width,
    wp::int32 & adj_height,
    wp::float32 & adj_tan_half_fov,
    wp::vec_t<2, wp::float32> & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}

struct wp_args_color_grade_25f5b437 {
    wp::array_t<wp::vec_t<3, wp::float32>> src;
    wp::float32 ev;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


template <bool wp_linear_contiguous>
static void color_grade_25f5b437_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_color_grade_25f5b437 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_src = _wp_args->src;
    wp::float32 var_ev = _wp_args->ev;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.0;
    const wp::float32 var_9 = 1.0;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.0;
    const wp::float32 var_14 = 1.0;
    wp::float32 var_15;
    const wp::int32 var_16 = 2;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.0;
    const wp::float32 var_19 = 1.0;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32> var_21;
    //---------
    // forward
    // def color_grade(src: wp.array2d[wp.vec3], ev: float, out: wp.array2d[wp.vec3]):        <L 26>
    // i, j = wp.tid()                                                                        <L 27>
    builtin_tid2d(var_0, var_1);
    // c = src[i, j]                                                                          <L 28>
    var_2 = wp::address(var_src, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // rgb = exposure(c, ev)                                                                  <L 29>
    var_5 = exposure_0(var_3, var_ev);
    // out[i, j] = wp.vec3(wp.clamp(rgb[0], 0.0, 1.0), wp.clamp(rgb[1], 0.0, 1.0), wp.clamp(rgb[2], 0.0, 1.0))       <L 30>
    var_7 = wp::extract(var_5, var_6);
    var_10 = wp::clamp(var_7, var_8, var_9);
    var_12 = wp::extract(var_5, var_11);
    var_15 = wp::clamp(var_12, var_13, var_14);
    var_17 = wp::extract(var_5, var_16);
    var_20 = wp::clamp(var_17, var_18, var_19);
    var_21 = wp::vec_t<3, wp::float32>(var_10, var_15, var_20);
    wp::array_store(var_out, var_0, var_1, var_21);
}



template <bool wp_linear_contiguous>
static void color_grade_25f5b437_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_color_grade_25f5b437 *_wp_args,
    wp_args_color_grade_25f5b437 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_src = _wp_args->src;
    wp::float32 var_ev = _wp_args->ev;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_src = _wp_adj_args->src;
    wp::float32 adj_ev = _wp_adj_args->ev;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.0;
    const wp::float32 var_9 = 1.0;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.0;
    const wp::float32 var_14 = 1.0;
    wp::float32 var_15;
    const wp::int32 var_16 = 2;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.0;
    const wp::float32 var_19 = 1.0;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32> var_21;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    //---------
    // forward
    // def color_grade(src: wp.array2d[wp.vec3], ev: float, out: wp.array2d[wp.vec3]):        <L 26>
    // i, j = wp.tid()                                                                        <L 27>
    builtin_tid2d(var_0, var_1);
    // c = src[i, j]                                                                          <L 28>
    var_2 = wp::address(var_src, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // rgb = exposure(c, ev)                                                                  <L 29>
    var_5 = exposure_0(var_3, var_ev);
    // out[i, j] = wp.vec3(wp.clamp(rgb[0], 0.0, 1.0), wp.clamp(rgb[1], 0.0, 1.0), wp.clamp(rgb[2], 0.0, 1.0))       <L 30>
    var_7 = wp::extract(var_5, var_6);
    var_10 = wp::clamp(var_7, var_8, var_9);
    var_12 = wp::extract(var_5, var_11);
    var_15 = wp::clamp(var_12, var_13, var_14);
    var_17 = wp::extract(var_5, var_16);
    var_20 = wp::clamp(var_17, var_18, var_19);
    var_21 = wp::vec_t<3, wp::float32>(var_10, var_15, var_20);
    // wp::array_store(var_out, var_0, var_1, var_21);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_1, var_21, adj_out, adj_0, adj_1, adj_21);
    wp::adj_vec_t(var_10, var_15, var_20, adj_10, adj_15, adj_20, adj_21);
    wp::adj_clamp(var_17, var_18, var_19, adj_17, adj_18, adj_19, adj_20);
    wp::adj_extract(var_5, var_16, adj_5, adj_16, adj_17);
    wp::adj_clamp(var_12, var_13, var_14, adj_12, adj_13, adj_14, adj_15);
    wp::adj_extract(var_5, var_11, adj_5, adj_11, adj_12);
    wp::adj_clamp(var_7, var_8, var_9, adj_7, adj_8, adj_9, adj_10);
    wp::adj_extract(var_5, var_6, adj_5, adj_6, adj_7);
    // adj: out[i, j] = wp.vec3(wp.clamp(rgb[0], 0.0, 1.0), wp.clamp(rgb[1], 0.0, 1.0), wp.clamp(rgb[2], 0.0, 1.0))  <L 30>
    adj_exposure_0(var_3, var_ev, adj_3, adj_ev, adj_5);
    // adj: rgb = exposure(c, ev)                                                             <L 29>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_src, var_0, var_1, adj_src, adj_0, adj_1, adj_2);
    // adj: c = src[i, j]                                                                     <L 28>
    // adj: i, j = wp.tid()                                                                   <L 27>
    // adj: def color_grade(src: wp.array2d[wp.vec3], ev: float, out: wp.array2d[wp.vec3]):   <L 26>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void color_grade_25f5b437_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_color_grade_25f5b437 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        color_grade_25f5b437_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void color_grade_25f5b437_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_color_grade_25f5b437 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    color_grade_25f5b437_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void color_grade_25f5b437_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_color_grade_25f5b437 *_wp_args)
{
    color_grade_25f5b437_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void color_grade_25f5b437_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_color_grade_25f5b437 *_wp_args,
    wp_args_color_grade_25f5b437 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        color_grade_25f5b437_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void color_grade_25f5b437_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_color_grade_25f5b437 *_wp_args,
    wp_args_color_grade_25f5b437 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    color_grade_25f5b437_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void color_grade_25f5b437_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_color_grade_25f5b437 *_wp_args,
    wp_args_color_grade_25f5b437 *_wp_adj_args)
{
    color_grade_25f5b437_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_trace_shadows_50e4ff08 {
    wp::array_t<wp::vec_t<3, wp::float32>> hit_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> gbuffer_normal;
    wp::vec_t<3, wp::float32> sun_dir;
    wp::array_t<wp::float32> shadow;
};


template <bool wp_linear_contiguous>
static void trace_shadows_50e4ff08_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_trace_shadows_50e4ff08 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_hit_positions = _wp_args->hit_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_gbuffer_normal = _wp_args->gbuffer_normal;
    wp::vec_t<3, wp::float32> var_sun_dir = _wp_args->sun_dir;
    wp::array_t<wp::float32> var_shadow = _wp_args->shadow;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32>* var_3;
    const wp::float32 var_4 = 0.01;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::float32 var_9 = 0.01;
    wp::float32 var_10;
    const wp::float32 var_11 = 1.0;
    wp::float32 var_12;
    const wp::int32 var_13 = 48;
    wp::range_t var_14;
    wp::int32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 8.0;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    bool var_23;
    const wp::float32 var_24 = 0.001;
    bool var_25;
    const wp::float32 var_26 = 8.0;
    bool var_27;
    wp::float32 var_28;
    const wp::float32 var_29 = 0.001;
    const wp::float32 var_30 = 0.5;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::float32 var_33 = 0.0;
    const wp::float32 var_34 = 1.0;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::float32 var_37 = 3.0;
    const wp::float32 var_38 = 2.0;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    //---------
    // forward
    // def trace_shadows(                                                                     <L 99>
    // i, j = wp.tid()                                                                        <L 105>
    builtin_tid2d(var_0, var_1);
    // origin = hit_positions[i, j] + gbuffer_normal[i, j] * 1.0e-2                           <L 106>
    var_2 = wp::address(var_hit_positions, var_0, var_1);
    var_3 = wp::address(var_gbuffer_normal, var_0, var_1);
    var_6 = wp::load(var_3);
    var_5 = wp::mul(var_6, var_4);
    var_8 = wp::load(var_2);
    var_7 = wp::add(var_8, var_5);
    // t = float(1.0e-2)                                                                      <L 107>
    var_10 = wp::float(var_9);
    // s = float(1.0)                                                                         <L 108>
    var_12 = wp::float(var_11);
    // for _step in range(48):                                                                <L 109>
    var_14 = wp::range(var_13);
    start_for_0:;
        if (iter_cmp(var_14) == 0) goto end_for_0;
        var_15 = wp::iter_next(var_14);
        // d = scene_sdf(origin + sun_dir * t)                                                <L 110>
        var_16 = wp::mul(var_sun_dir, var_10);
        var_17 = wp::add(var_7, var_16);
        var_18 = scene_sdf_0(var_17);
        // s = wp.min(s, 8.0 * d / t)                                                         <L 111>
        var_20 = wp::mul(var_19, var_18);
        var_21 = wp::div(var_20, var_10);
        var_22 = wp::min(var_12, var_21);
        // if s < 1.0e-3 or t > 8.0:                                                          <L 112>
        var_25 = (var_22 < var_24);
        var_23 = var_25;
        if (!var_23) {
            var_27 = (var_10 > var_26);
            var_23 = var_23 || var_27;
        }
        if (var_23) {
            // break                                                                          <L 113>
            wp::assign(var_12, var_22);
            goto end_for_0;
        }
        var_28 = wp::where(var_23, var_12, var_22);
        // t += wp.clamp(d, 1.0e-3, 0.5)                                                      <L 114>
        var_31 = wp::clamp(var_18, var_29, var_30);
        var_32 = wp::add(var_10, var_31);
        wp::assign(var_10, var_32);
        wp::assign(var_12, var_28);
        goto start_for_0;
    end_for_0:;
    // s = wp.clamp(s, 0.0, 1.0)                                                              <L 115>
    var_35 = wp::clamp(var_12, var_33, var_34);
    // shadow[i, j] = s * s * (3.0 - 2.0 * s)                                                 <L 116>
    var_36 = wp::mul(var_35, var_35);
    var_39 = wp::mul(var_38, var_35);
    var_40 = wp::sub(var_37, var_39);
    var_41 = wp::mul(var_36, var_40);
    wp::array_store(var_shadow, var_0, var_1, var_41);
}



template <bool wp_linear_contiguous>
static void trace_shadows_50e4ff08_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_trace_shadows_50e4ff08 *_wp_args,
    wp_args_trace_shadows_50e4ff08 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_hit_positions = _wp_args->hit_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_gbuffer_normal = _wp_args->gbuffer_normal;
    wp::vec_t<3, wp::float32> var_sun_dir = _wp_args->sun_dir;
    wp::array_t<wp::float32> var_shadow = _wp_args->shadow;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_hit_positions = _wp_adj_args->hit_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_gbuffer_normal = _wp_adj_args->gbuffer_normal;
    wp::vec_t<3, wp::float32> adj_sun_dir = _wp_adj_args->sun_dir;
    wp::array_t<wp::float32> adj_shadow = _wp_adj_args->shadow;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32>* var_3;
    const wp::float32 var_4 = 0.01;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::float32 var_9 = 0.01;
    wp::float32 var_10;
    const wp::float32 var_11 = 1.0;
    wp::float32 var_12;
    const wp::int32 var_13 = 48;
    wp::range_t var_14;
    wp::int32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 8.0;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    bool var_23;
    const wp::float32 var_24 = 0.001;
    bool var_25;
    const wp::float32 var_26 = 8.0;
    bool var_27;
    wp::float32 var_28;
    const wp::float32 var_29 = 0.001;
    const wp::float32 var_30 = 0.5;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::float32 var_33 = 0.0;
    const wp::float32 var_34 = 1.0;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::float32 var_37 = 3.0;
    const wp::float32 var_38 = 2.0;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::range_t adj_14 = {};
    wp::int32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    bool adj_23 = {};
    wp::float32 adj_24 = {};
    bool adj_25 = {};
    wp::float32 adj_26 = {};
    bool adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    //---------
    // forward
    // def trace_shadows(                                                                     <L 99>
    // i, j = wp.tid()                                                                        <L 105>
    builtin_tid2d(var_0, var_1);
    // origin = hit_positions[i, j] + gbuffer_normal[i, j] * 1.0e-2                           <L 106>
    var_2 = wp::address(var_hit_positions, var_0, var_1);
    var_3 = wp::address(var_gbuffer_normal, var_0, var_1);
    var_6 = wp::load(var_3);
    var_5 = wp::mul(var_6, var_4);
    var_8 = wp::load(var_2);
    var_7 = wp::add(var_8, var_5);
    // t = float(1.0e-2)                                                                      <L 107>
    var_10 = wp::float(var_9);
    // s = float(1.0)                                                                         <L 108>
    var_12 = wp::float(var_11);
    // for _step in range(48):                                                                <L 109>
    var_14 = wp::range(var_13);
    // s = wp.clamp(s, 0.0, 1.0)                                                              <L 115>
    var_35 = wp::clamp(var_12, var_33, var_34);
    // shadow[i, j] = s * s * (3.0 - 2.0 * s)                                                 <L 116>
    var_36 = wp::mul(var_35, var_35);
    var_39 = wp::mul(var_38, var_35);
    var_40 = wp::sub(var_37, var_39);
    var_41 = wp::mul(var_36, var_40);
    // wp::array_store(var_shadow, var_0, var_1, var_41);
    //---------
    // reverse
    wp::adj_array_store(var_shadow, var_0, var_1, var_41, adj_shadow, adj_0, adj_1, adj_41);
    wp::adj_mul(var_36, var_40, adj_36, adj_40, adj_41);
    wp::adj_sub(var_37, var_39, adj_37, adj_39, adj_40);
    wp::adj_mul(var_38, var_35, adj_38, adj_35, adj_39);
    wp::adj_mul(var_35, var_35, adj_35, adj_35, adj_36);
    // adj: shadow[i, j] = s * s * (3.0 - 2.0 * s)                                            <L 116>
    wp::adj_clamp(var_12, var_33, var_34, adj_12, adj_33, adj_34, adj_35);
    // adj: s = wp.clamp(s, 0.0, 1.0)                                                         <L 115>
    var_14 = wp::iter_reverse(var_14);
    start_for_0:;
        if (iter_cmp(var_14) == 0) goto end_for_0;
        var_15 = wp::iter_next(var_14);
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
    	adj_22 = {};
    	adj_23 = {};
    	adj_24 = {};
    	adj_25 = {};
    	adj_26 = {};
    	adj_27 = {};
    	adj_28 = {};
    	adj_29 = {};
    	adj_30 = {};
    	adj_31 = {};
    	adj_32 = {};
        // d = scene_sdf(origin + sun_dir * t)                                                <L 110>
        var_16 = wp::mul(var_sun_dir, var_10);
        var_17 = wp::add(var_7, var_16);
        var_18 = scene_sdf_0(var_17);
        // s = wp.min(s, 8.0 * d / t)                                                         <L 111>
        var_20 = wp::mul(var_19, var_18);
        var_21 = wp::div(var_20, var_10);
        var_22 = wp::min(var_12, var_21);
        // if s < 1.0e-3 or t > 8.0:                                                          <L 112>
        var_25 = (var_22 < var_24);
        var_23 = var_25;
        if (!var_23) {
            var_27 = (var_10 > var_26);
            var_23 = var_23 || var_27;
        }
        if (var_23) {
            // break                                                                          <L 113>
            wp::assign(var_12, var_22);
            goto end_for_0;
        }
        var_28 = wp::where(var_23, var_12, var_22);
        // t += wp.clamp(d, 1.0e-3, 0.5)                                                      <L 114>
        var_31 = wp::clamp(var_18, var_29, var_30);
        var_32 = wp::add(var_10, var_31);
        wp::assign(var_10, var_32);
        wp::assign(var_12, var_28);
        wp::adj_assign(var_12, var_28, adj_12, adj_28);
        wp::adj_assign(var_10, var_32, adj_10, adj_32);
        wp::adj_add(var_10, var_31, adj_10, adj_31, adj_32);
        wp::adj_clamp(var_18, var_29, var_30, adj_18, adj_29, adj_30, adj_31);
        // adj: t += wp.clamp(d, 1.0e-3, 0.5)                                                 <L 114>
        wp::adj_where(var_23, var_12, var_22, adj_23, adj_12, adj_22, adj_28);
        if (var_23) {
            wp::adj_assign(var_12, var_22, adj_12, adj_22);
            // adj: break                                                                     <L 113>
        }
        if (!var_23) {
        }
        // adj: if s < 1.0e-3 or t > 8.0:                                                     <L 112>
        wp::adj_min(var_12, var_21, adj_12, adj_21, adj_22);
        wp::adj_div(var_20, var_10, var_21, adj_20, adj_10, adj_21);
        wp::adj_mul(var_19, var_18, adj_19, adj_18, adj_20);
        // adj: s = wp.min(s, 8.0 * d / t)                                                    <L 111>
        adj_scene_sdf_0(var_17, adj_17, adj_18);
        wp::adj_add(var_7, var_16, adj_7, adj_16, adj_17);
        wp::adj_mul(var_sun_dir, var_10, adj_sun_dir, adj_10, adj_16);
        // adj: d = scene_sdf(origin + sun_dir * t)                                           <L 110>
    	goto start_for_0;
    end_for_0:;
    // adj: for _step in range(48):                                                           <L 109>
    wp::adj_float(var_11, adj_11, adj_12);
    // adj: s = float(1.0)                                                                    <L 108>
    wp::adj_float(var_9, adj_9, adj_10);
    // adj: t = float(1.0e-2)                                                                 <L 107>
    wp::adj_add(var_8, var_5, adj_2, adj_5, adj_7);
    wp::adj_mul(var_6, var_4, adj_3, adj_4, adj_5);
    wp::adj_address(var_gbuffer_normal, var_0, var_1, adj_gbuffer_normal, adj_0, adj_1, adj_3);
    wp::adj_address(var_hit_positions, var_0, var_1, adj_hit_positions, adj_0, adj_1, adj_2);
    // adj: origin = hit_positions[i, j] + gbuffer_normal[i, j] * 1.0e-2                      <L 106>
    // adj: i, j = wp.tid()                                                                   <L 105>
    // adj: def trace_shadows(                                                                <L 99>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void trace_shadows_50e4ff08_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_trace_shadows_50e4ff08 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        trace_shadows_50e4ff08_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void trace_shadows_50e4ff08_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_trace_shadows_50e4ff08 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    trace_shadows_50e4ff08_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void trace_shadows_50e4ff08_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_trace_shadows_50e4ff08 *_wp_args)
{
    trace_shadows_50e4ff08_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void trace_shadows_50e4ff08_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_trace_shadows_50e4ff08 *_wp_args,
    wp_args_trace_shadows_50e4ff08 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        trace_shadows_50e4ff08_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void trace_shadows_50e4ff08_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_trace_shadows_50e4ff08 *_wp_args,
    wp_args_trace_shadows_50e4ff08 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    trace_shadows_50e4ff08_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void trace_shadows_50e4ff08_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_trace_shadows_50e4ff08 *_wp_args,
    wp_args_trace_shadows_50e4ff08 *_wp_adj_args)
{
    trace_shadows_50e4ff08_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_render_camera_image_8e1739bd {
    wp::uint64 mesh;
    wp::array_t<wp::int32> face_material;
    wp::array_t<wp::vec_t<3, wp::float32>> palette;
    wp::transform_t<wp::float32> cam_xform;
    wp::float32 fov_y;
    wp::int32 img_width;
    wp::int32 img_height;
    wp::int32 shading_mode;
    wp::vec_t<3, wp::float32> sun_dir;
    wp::vec_t<3, wp::float32> sky_color;
    wp::float32 max_t;
    wp::array_t<wp::float32> depth_buffer;
    wp::array_t<wp::vec_t<3, wp::float32>> rgb_image;
    wp::array_t<wp::int32> face_id_image;
};


template <bool wp_linear_contiguous>
static void render_camera_image_8e1739bd_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_render_camera_image_8e1739bd *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::int32> var_face_material = _wp_args->face_material;
    wp::array_t<wp::vec_t<3, wp::float32>> var_palette = _wp_args->palette;
    wp::transform_t<wp::float32> var_cam_xform = _wp_args->cam_xform;
    wp::float32 var_fov_y = _wp_args->fov_y;
    wp::int32 var_img_width = _wp_args->img_width;
    wp::int32 var_img_height = _wp_args->img_height;
    wp::int32 var_shading_mode = _wp_args->shading_mode;
    wp::vec_t<3, wp::float32> var_sun_dir = _wp_args->sun_dir;
    wp::vec_t<3, wp::float32> var_sky_color = _wp_args->sky_color;
    wp::float32 var_max_t = _wp_args->max_t;
    wp::array_t<wp::float32> var_depth_buffer = _wp_args->depth_buffer;
    wp::array_t<wp::vec_t<3, wp::float32>> var_rgb_image = _wp_args->rgb_image;
    wp::array_t<wp::int32> var_face_id_image = _wp_args->face_id_image;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    bool var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 0.5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::mesh_query_ray_t var_10;
    const wp::int32 var_11 = -1;
    bool var_12;
    bool* var_13;
    bool var_14;
    bool var_15;
    wp::float32* var_16;
    const wp::float32 var_17 = 0.0;
    bool var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = -1;
    const wp::float32 var_21 = 0.0;
    const wp::float32 var_22 = 0.0;
    const wp::float32 var_23 = -1.0;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::float32* var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::vec_t<3, wp::float32>* var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::int32* var_33;
    wp::int32 var_34;
    wp::int32* var_35;
    wp::int32 var_36;
    wp::int32 var_37;
    const wp::int32 var_38 = 0;
    bool var_39;
    const wp::float32 var_40 = 1.0;
    wp::float32* var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::vec_t<3, wp::float32> var_45;
    const wp::int32 var_46 = 1;
    bool var_47;
    const wp::float32 var_48 = 0.5;
    wp::vec_t<3, wp::float32> var_49;
    const wp::float32 var_50 = 0.5;
    wp::vec_t<3, wp::float32> var_51;
    wp::vec_t<3, wp::float32> var_52;
    wp::vec_t<3, wp::float32>* var_53;
    wp::vec_t<3, wp::float32> var_54;
    wp::vec_t<3, wp::float32> var_55;
    wp::vec_t<3, wp::float32> var_56;
    wp::float32 var_57;
    const wp::float32 var_58 = 0.0;
    wp::float32 var_59;
    const wp::float32 var_60 = 0.1;
    const wp::float32 var_61 = 1.0;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::vec_t<3, wp::float32> var_65;
    const wp::float32 var_66 = 0.0;
    bool var_67;
    wp::vec_t<3, wp::float32> var_68;
    wp::vec_t<3, wp::float32> var_69;
    wp::float32 var_70;
    const wp::float32 var_71 = 0.0;
    wp::float32 var_72;
    const wp::float32 var_73 = 32.0;
    wp::float32 var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32> var_76;
    wp::vec_t<3, wp::float32> var_77;
    //---------
    // forward
    // def render_camera_image(                                                               <L 43>
    // tid = wp.tid()                                                                         <L 59>
    var_0 = builtin_tid1d();
    // pixel = tid % img_width                                                                <L 60>
    var_1 = wp::mod(var_0, var_img_width);
    // row = tid // img_width                                                                 <L 61>
    var_2 = wp::floordiv(var_0, var_img_width);
    // if row >= img_height:                                                                  <L 62>
    var_3 = (var_2 >= var_img_height);
    if (var_3) {
        // return                                                                             <L 63>
        return;
    }
    // ro = wp.transform_get_translation(cam_xform)                                           <L 64>
    var_4 = wp::transform_get_translation(var_cam_xform);
    // rd = wp.transform_vector(cam_xform, camera_ray(pixel, row, img_width, img_height, wp.tan(0.5 * fov_y)))       <L 65>
    var_6 = wp::mul(var_5, var_fov_y);
    var_7 = wp::tan(var_6);
    var_8 = camera_ray_0(var_1, var_2, var_img_width, var_img_height, var_7);
    var_9 = wp::transform_vector(var_cam_xform, var_8);
    // query = wp.mesh_query_ray(mesh, ro, rd, max_t)                                         <L 66>
    var_10 = wp::mesh_query_ray(var_mesh, var_4, var_9, var_max_t, var_11);
    // if not query.result or query.sign < 0.0:                                               <L 67>
    var_13 = &((var_10).result);
    var_15 = wp::load(var_13);
    var_14 = wp::unot(var_15);
    var_12 = var_14;
    if (!var_12) {
        var_16 = &((var_10).sign);
        var_19 = wp::load(var_16);
        var_18 = (var_19 < var_17);
        var_12 = var_12 || var_18;
    }
    if (var_12) {
        // depth_buffer[row, pixel] = max_t                                                   <L 68>
        wp::array_store(var_depth_buffer, var_2, var_1, var_max_t);
        // rgb_image[row, pixel] = sky_color                                                  <L 69>
        wp::array_store(var_rgb_image, var_2, var_1, var_sky_color);
        // face_id_image[row, pixel] = -1                                                     <L 70>
        wp::array_store(var_face_id_image, var_2, var_1, var_20);
        // return                                                                             <L 71>
        return;
    }
    // forward = wp.transform_vector(cam_xform, wp.vec3(0.0, 0.0, -1.0))                      <L 72>
    var_24 = wp::vec_t<3, wp::float32>(var_21, var_22, var_23);
    var_25 = wp::transform_vector(var_cam_xform, var_24);
    // depth_buffer[row, pixel] = query.t * wp.dot(rd, forward)                               <L 73>
    var_26 = &((var_10).t);
    var_27 = wp::dot(var_9, var_25);
    var_29 = wp::load(var_26);
    var_28 = wp::mul(var_29, var_27);
    wp::array_store(var_depth_buffer, var_2, var_1, var_28);
    // n = query.normal                                                                       <L 74>
    var_30 = &((var_10).normal);
    var_32 = wp::load(var_30);
    var_31 = wp::copy(var_32);
    // mat = face_material[query.face]                                                        <L 75>
    var_33 = &((var_10).face);
    var_34 = wp::load(var_33);
    var_35 = wp::address(var_face_material, var_34);
    var_37 = wp::load(var_35);
    var_36 = wp::copy(var_37);
    // face_id_image[row, pixel] = mat                                                        <L 76>
    wp::array_store(var_face_id_image, var_2, var_1, var_36);
    // if shading_mode == RenderMode.DEPTH:                                                   <L 77>
    var_39 = (var_shading_mode == var_38);
    if (var_39) {
        // rgb_image[row, pixel] = wp.vec3(1.0 - query.t / max_t)                             <L 78>
        var_41 = &((var_10).t);
        var_43 = wp::load(var_41);
        var_42 = wp::div(var_43, var_max_t);
        var_44 = wp::sub(var_40, var_42);
        var_45 = wp::vec_t<3, wp::float32>(var_44);
        wp::array_store(var_rgb_image, var_2, var_1, var_45);
    }
    if (!var_39) {
        // elif shading_mode == RenderMode.NORMALS:                                           <L 79>
        var_47 = (var_shading_mode == var_46);
        if (var_47) {
            // rgb_image[row, pixel] = n * 0.5 + wp.vec3(0.5)                                 <L 80>
            var_49 = wp::mul(var_31, var_48);
            var_51 = wp::vec_t<3, wp::float32>(var_50);
            var_52 = wp::add(var_49, var_51);
            wp::array_store(var_rgb_image, var_2, var_1, var_52);
        }
        if (!var_47) {
            // base = palette[mat]                                                            <L 82>
            var_53 = wp::address(var_palette, var_36);
            var_55 = wp::load(var_53);
            var_54 = wp::copy(var_55);
            // to_light = sun_dir                                                             <L 83>
            var_56 = wp::copy(var_sun_dir);
            // diffuse = wp.max(wp.dot(n, to_light), 0.0)                                     <L 84>
            var_57 = wp::dot(var_31, var_56);
            var_59 = wp::max(var_57, var_58);
            // color = base * (AMBIENT + (1.0 - AMBIENT) * diffuse)                           <L 85>
            var_62 = wp::sub(var_61, var_60);
            var_63 = wp::mul(var_62, var_59);
            var_64 = wp::add(var_60, var_63);
            var_65 = wp::mul(var_54, var_64);
            // if diffuse > 0.0:                                                              <L 86>
            var_67 = (var_59 > var_66);
            if (var_67) {
                // half_dir = wp.normalize(to_light - rd)                                     <L 87>
                var_68 = wp::sub(var_56, var_9);
                var_69 = wp::normalize(var_68);
                // color += wp.vec3(wp.pow(wp.max(wp.dot(n, half_dir), 0.0), SHININESS))       <L 88>
                var_70 = wp::dot(var_31, var_69);
                var_72 = wp::max(var_70, var_71);
                var_74 = wp::pow(var_72, var_73);
                var_75 = wp::vec_t<3, wp::float32>(var_74);
                var_76 = wp::add(var_65, var_75);
            }
            var_77 = wp::where(var_67, var_76, var_65);
            // rgb_image[row, pixel] = color                                                  <L 89>
            wp::array_store(var_rgb_image, var_2, var_1, var_77);
        }
    }
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void render_camera_image_8e1739bd_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_render_camera_image_8e1739bd *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        render_camera_image_8e1739bd_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void render_camera_image_8e1739bd_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_render_camera_image_8e1739bd *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    render_camera_image_8e1739bd_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void render_camera_image_8e1739bd_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_render_camera_image_8e1739bd *_wp_args)
{
    render_camera_image_8e1739bd_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_render_point_depth_f93b0c2a {
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::int32> flags;
    wp::transform_t<wp::float32> cam_xform;
    wp::float32 fov_y;
    wp::int32 img_width;
    wp::int32 img_height;
    wp::array_t<wp::int32> zbuffer;
    wp::array_t<wp::int32> coverage;
};


template <bool wp_linear_contiguous>
static void render_point_depth_f93b0c2a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_render_point_depth_f93b0c2a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::transform_t<wp::float32> var_cam_xform = _wp_args->cam_xform;
    wp::float32 var_fov_y = _wp_args->fov_y;
    wp::int32 var_img_width = _wp_args->img_width;
    wp::int32 var_img_height = _wp_args->img_height;
    wp::array_t<wp::int32> var_zbuffer = _wp_args->zbuffer;
    wp::array_t<wp::int32> var_coverage = _wp_args->coverage;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    wp::transform_t<wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::int32 var_11 = 2;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.01;
    bool var_15;
    const wp::float32 var_16 = 0.5;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::vec_t<2, wp::float32> var_19;
    bool var_20;
    const wp::int32 var_21 = 0;
    wp::float32 var_22;
    const wp::float32 var_23 = 0.0;
    bool var_24;
    const wp::int32 var_25 = 1;
    wp::float32 var_26;
    const wp::float32 var_27 = 0.0;
    bool var_28;
    const wp::int32 var_29 = 0;
    wp::float32 var_30;
    wp::int32 var_31;
    const wp::int32 var_32 = 1;
    wp::float32 var_33;
    wp::int32 var_34;
    bool var_35;
    bool var_36;
    bool var_37;
    const wp::float32 var_38 = 10000.0;
    wp::float32 var_39;
    wp::int32 var_40;
    wp::int32 var_41;
    const wp::int32 var_42 = 1;
    wp::int32 var_43;
    //---------
    // forward
    // def render_point_depth(                                                                <L 130>
    // tid = wp.tid()                                                                         <L 140>
    var_0 = builtin_tid1d();
    // if (flags[tid] & ParticleFlags.ACTIVE) == 0:                                           <L 141>
    var_1 = wp::address(var_flags, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::bit_and(var_4, var_2);
    var_6 = (var_3 == var_5);
    if (var_6) {
        // return                                                                             <L 142>
        return;
    }
    // p_cam = wp.transform_point(wp.transform_inverse(cam_xform), positions[tid])            <L 143>
    var_7 = wp::transform_inverse(var_cam_xform);
    var_8 = wp::address(var_positions, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::transform_point(var_7, var_10);
    // z = -p_cam[2]                                                                          <L 144>
    var_12 = wp::extract(var_9, var_11);
    var_13 = wp::neg(var_12);
    // if z <= NEAR_PLANE:                                                                    <L 145>
    var_15 = (var_13 <= var_14);
    if (var_15) {
        // return                                                                             <L 146>
        return;
    }
    // uv = project_to_pixel(p_cam, img_width, img_height, wp.tan(0.5 * fov_y))               <L 147>
    var_17 = wp::mul(var_16, var_fov_y);
    var_18 = wp::tan(var_17);
    var_19 = project_to_pixel_0(var_9, var_img_width, var_img_height, var_18);
    // if uv[0] < 0.0 or uv[1] < 0.0:                                                         <L 148>
    var_22 = wp::extract(var_19, var_21);
    var_24 = (var_22 < var_23);
    var_20 = var_24;
    if (!var_20) {
        var_26 = wp::extract(var_19, var_25);
        var_28 = (var_26 < var_27);
        var_20 = var_20 || var_28;
    }
    if (var_20) {
        // return                                                                             <L 149>
        return;
    }
    // px = int(uv[0])                                                                        <L 150>
    var_30 = wp::extract(var_19, var_29);
    var_31 = wp::int(var_30);
    // py = int(uv[1])                                                                        <L 151>
    var_33 = wp::extract(var_19, var_32);
    var_34 = wp::int(var_33);
    // if px >= img_width or py >= img_height:                                                <L 152>
    var_36 = (var_31 >= var_img_width);
    var_35 = var_36;
    if (!var_35) {
        var_37 = (var_34 >= var_img_height);
        var_35 = var_35 || var_37;
    }
    if (var_35) {
        // return                                                                             <L 153>
        return;
    }
    // key = wp.int32(DEPTH_SCALE / z)                                                        <L 154>
    var_39 = wp::div(var_38, var_13);
    var_40 = wp::int32(var_39);
    // wp.atomic_max(zbuffer, py, px, key)                                                    <L 155>
    var_41 = wp::atomic_max(var_zbuffer, var_34, var_31, var_40);
    // wp.atomic_add(coverage, py, px, 1)                                                     <L 156>
    var_43 = wp::atomic_add(var_coverage, var_34, var_31, var_42);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void render_point_depth_f93b0c2a_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_render_point_depth_f93b0c2a *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        render_point_depth_f93b0c2a_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void render_point_depth_f93b0c2a_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_render_point_depth_f93b0c2a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    render_point_depth_f93b0c2a_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void render_point_depth_f93b0c2a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_render_point_depth_f93b0c2a *_wp_args)
{
    render_point_depth_f93b0c2a_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

