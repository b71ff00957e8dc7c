// Warp 1.19.0 cpu code for alpha_blend_e03e642c.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// alpha_blend.py:4
static wp::float32 sdf_sphere_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_center,
    wp::float32 var_radius)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // forward
    // def sdf_sphere(p: wp.vec3, center: wp.vec3, radius: float):                            <L 5>
    // return wp.length(p - center) - radius                                                  <L 6>
    var_0 = wp::sub(var_p, var_center);
    var_1 = wp::length(var_0);
    var_2 = wp::sub(var_1, var_radius);
    return var_2;
}


// alpha_blend.py:4
static void adj_sdf_sphere_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_center,
    wp::float32 var_radius,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_center,
    wp::float32 & adj_radius,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    //---------
    // forward
    // def sdf_sphere(p: wp.vec3, center: wp.vec3, radius: float):                            <L 5>
    // return wp.length(p - center) - radius                                                  <L 6>
    var_0 = wp::sub(var_p, var_center);
    var_1 = wp::length(var_0);
    var_2 = wp::sub(var_1, var_radius);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_sub(var_1, var_radius, adj_1, adj_radius, adj_2);
    wp::adj_length(var_0, var_1, adj_0, adj_1);
    wp::adj_sub(var_p, var_center, adj_p, adj_center, adj_0);
    // adj: return wp.length(p - center) - radius                                             <L 6>
    // adj: def sdf_sphere(p: wp.vec3, center: wp.vec3, radius: float):                       <L 5>
    return;
}

struct wp_args_gaussian_blur_4e8f7890 {
    wp::array_t<wp::vec_t<3, wp::float32>> color;
    wp::array_t<wp::float32> kernel_weights;
    wp::array_t<wp::vec_t<3, wp::float32>> tmp;
};


template <bool wp_linear_contiguous>
static void gaussian_blur_4e8f7890_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_gaussian_blur_4e8f7890 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_color = _wp_args->color;
    wp::array_t<wp::float32> var_kernel_weights = _wp_args->kernel_weights;
    wp::array_t<wp::vec_t<3, wp::float32>> var_tmp = _wp_args->tmp;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    const wp::int32 var_8 = 2;
    wp::int32 var_9;
    const wp::float32 var_10 = 0.0;
    wp::vec_t<3, wp::float32> var_11;
    wp::int32 var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::range_t var_15;
    wp::int32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 0;
    wp::shape_t* var_19;
    const wp::int32 var_20 = 0;
    wp::int32 var_21;
    wp::shape_t var_22;
    const wp::int32 var_23 = 1;
    wp::int32 var_24;
    wp::int32 var_25;
    wp::int32 var_26;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::vec_t<3, wp::float32>* var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    //---------
    // forward
    // def gaussian_blur(                                                                     <L 62>
    // i, j = wp.tid()                                                                        <L 67>
    builtin_tid2d(var_0, var_1);
    // radius = (kernel_weights.shape[0] - 1) // 2                                            <L 70>
    var_2 = &(var_kernel_weights.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_7 = wp::sub(var_4, var_6);
    var_9 = wp::floordiv(var_7, var_8);
    // total = wp.vec3(0.0)                                                                   <L 71>
    var_11 = wp::vec_t<3, wp::float32>(var_10);
    // for offset in range(-radius, radius + 1):                                              <L 72>
    var_12 = wp::neg(var_9);
    var_14 = wp::add(var_9, var_13);
    var_15 = wp::range(var_12, var_14);
    start_for_0:;
        if (iter_cmp(var_15) == 0) goto end_for_0;
        var_16 = wp::iter_next(var_15);
        // x = wp.clamp(i + offset, 0, color.shape[0] - 1)                                    <L 73>
        var_17 = wp::add(var_0, var_16);
        var_19 = &(var_color.shape);
        var_22 = wp::load(var_19);
        var_21 = wp::extract(var_22, var_20);
        var_24 = wp::sub(var_21, var_23);
        var_25 = wp::clamp(var_17, var_18, var_24);
        // w = kernel_weights[offset + radius]                                                <L 74>
        var_26 = wp::add(var_16, var_9);
        var_27 = wp::address(var_kernel_weights, var_26);
        var_29 = wp::load(var_27);
        var_28 = wp::copy(var_29);
        // total += color[x, j] * w                                                           <L 75>
        var_30 = wp::address(var_color, var_25, var_1);
        var_32 = wp::load(var_30);
        var_31 = wp::mul(var_32, var_28);
        var_33 = wp::add(var_11, var_31);
        wp::assign(var_11, var_33);
        goto start_for_0;
    end_for_0:;
    // tmp[i, j] = total                                                                      <L 76>
    wp::array_store(var_tmp, var_0, var_1, var_11);
}



template <bool wp_linear_contiguous>
static void gaussian_blur_4e8f7890_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_gaussian_blur_4e8f7890 *_wp_args,
    wp_args_gaussian_blur_4e8f7890 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_color = _wp_args->color;
    wp::array_t<wp::float32> var_kernel_weights = _wp_args->kernel_weights;
    wp::array_t<wp::vec_t<3, wp::float32>> var_tmp = _wp_args->tmp;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_color = _wp_adj_args->color;
    wp::array_t<wp::float32> adj_kernel_weights = _wp_adj_args->kernel_weights;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_tmp = _wp_adj_args->tmp;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    const wp::int32 var_8 = 2;
    wp::int32 var_9;
    const wp::float32 var_10 = 0.0;
    wp::vec_t<3, wp::float32> var_11;
    wp::int32 var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::range_t var_15;
    wp::int32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 0;
    wp::shape_t* var_19;
    const wp::int32 var_20 = 0;
    wp::int32 var_21;
    wp::shape_t var_22;
    const wp::int32 var_23 = 1;
    wp::int32 var_24;
    wp::int32 var_25;
    wp::int32 var_26;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::vec_t<3, wp::float32>* var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::shape_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::range_t adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::shape_t adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::shape_t adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    //---------
    // forward
    // def gaussian_blur(                                                                     <L 62>
    // i, j = wp.tid()                                                                        <L 67>
    builtin_tid2d(var_0, var_1);
    // radius = (kernel_weights.shape[0] - 1) // 2                                            <L 70>
    var_2 = &(var_kernel_weights.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_7 = wp::sub(var_4, var_6);
    var_9 = wp::floordiv(var_7, var_8);
    // total = wp.vec3(0.0)                                                                   <L 71>
    var_11 = wp::vec_t<3, wp::float32>(var_10);
    // for offset in range(-radius, radius + 1):                                              <L 72>
    var_12 = wp::neg(var_9);
    var_14 = wp::add(var_9, var_13);
    var_15 = wp::range(var_12, var_14);
    // tmp[i, j] = total                                                                      <L 76>
    // wp::array_store(var_tmp, var_0, var_1, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_tmp, var_0, var_1, var_11, adj_tmp, adj_0, adj_1, adj_11);
    // adj: tmp[i, j] = total                                                                 <L 76>
    var_15 = wp::iter_reverse(var_15);
    start_for_0:;
        if (iter_cmp(var_15) == 0) goto end_for_0;
        var_16 = wp::iter_next(var_15);
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
    	adj_33 = {};
        // x = wp.clamp(i + offset, 0, color.shape[0] - 1)                                    <L 73>
        var_17 = wp::add(var_0, var_16);
        var_19 = &(var_color.shape);
        var_22 = wp::load(var_19);
        var_21 = wp::extract(var_22, var_20);
        var_24 = wp::sub(var_21, var_23);
        var_25 = wp::clamp(var_17, var_18, var_24);
        // w = kernel_weights[offset + radius]                                                <L 74>
        var_26 = wp::add(var_16, var_9);
        var_27 = wp::address(var_kernel_weights, var_26);
        var_29 = wp::load(var_27);
        var_28 = wp::copy(var_29);
        // total += color[x, j] * w                                                           <L 75>
        var_30 = wp::address(var_color, var_25, var_1);
        var_32 = wp::load(var_30);
        var_31 = wp::mul(var_32, var_28);
        var_33 = wp::add(var_11, var_31);
        wp::assign(var_11, var_33);
        wp::adj_assign(var_11, var_33, adj_11, adj_33);
        wp::adj_add(var_11, var_31, adj_11, adj_31, adj_33);
        wp::adj_mul(var_32, var_28, adj_30, adj_28, adj_31);
        wp::adj_address(var_color, var_25, var_1, adj_color, adj_25, adj_1, adj_30);
        // adj: total += color[x, j] * w                                                      <L 75>
        wp::adj_copy(var_29, adj_27, adj_28);
        wp::adj_address(var_kernel_weights, var_26, adj_kernel_weights, adj_26, adj_27);
        wp::adj_add(var_16, var_9, adj_16, adj_9, adj_26);
        // adj: w = kernel_weights[offset + radius]                                           <L 74>
        wp::adj_clamp(var_17, var_18, var_24, adj_17, adj_18, adj_24, adj_25);
        wp::adj_sub(var_21, var_23, adj_21, adj_23, adj_24);
        adj_color.shape = adj_19;
        wp::adj_add(var_0, var_16, adj_0, adj_16, adj_17);
        // adj: x = wp.clamp(i + offset, 0, color.shape[0] - 1)                               <L 73>
    	goto start_for_0;
    end_for_0:;
    wp::adj_add(var_9, var_13, adj_9, adj_13, adj_14);
    wp::adj_neg(var_9, adj_9, adj_12);
    // adj: for offset in range(-radius, radius + 1):                                         <L 72>
    wp::adj_vec_t(var_10, adj_10, adj_11);
    // adj: total = wp.vec3(0.0)                                                              <L 71>
    wp::adj_sub(var_4, var_6, adj_4, adj_6, adj_7);
    adj_kernel_weights.shape = adj_2;
    // adj: radius = (kernel_weights.shape[0] - 1) // 2                                       <L 70>
    // adj: i, j = wp.tid()                                                                   <L 67>
    // adj: def gaussian_blur(                                                                <L 62>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void gaussian_blur_4e8f7890_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_gaussian_blur_4e8f7890 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        gaussian_blur_4e8f7890_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void gaussian_blur_4e8f7890_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_gaussian_blur_4e8f7890 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    gaussian_blur_4e8f7890_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void gaussian_blur_4e8f7890_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_gaussian_blur_4e8f7890 *_wp_args)
{
    gaussian_blur_4e8f7890_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void gaussian_blur_4e8f7890_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_gaussian_blur_4e8f7890 *_wp_args,
    wp_args_gaussian_blur_4e8f7890 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        gaussian_blur_4e8f7890_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void gaussian_blur_4e8f7890_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_gaussian_blur_4e8f7890 *_wp_args,
    wp_args_gaussian_blur_4e8f7890 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    gaussian_blur_4e8f7890_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void gaussian_blur_4e8f7890_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_gaussian_blur_4e8f7890 *_wp_args,
    wp_args_gaussian_blur_4e8f7890 *_wp_adj_args)
{
    gaussian_blur_4e8f7890_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_highlight_mask_90f9d664 {
    wp::array_t<wp::vec_t<3, wp::float32>> color;
    wp::array_t<wp::float32> alpha_mask;
};


template <bool wp_linear_contiguous>
static void highlight_mask_90f9d664_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_highlight_mask_90f9d664 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_color = _wp_args->color;
    wp::array_t<wp::float32> var_alpha_mask = _wp_args->alpha_mask;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 0.2126;
    const wp::float32 var_6 = 0.7152;
    const wp::float32 var_7 = 0.0722;
    wp::vec_t<3, wp::float32> var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.0;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.008856;
    bool var_13;
    const wp::float32 var_14 = 1.16;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.16;
    wp::float32 var_18;
    const wp::float32 var_19 = 9.033;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.5;
    bool var_23;
    const wp::float32 var_24 = 1.0;
    const wp::float32 var_25 = 0.5;
    const wp::float32 var_26 = 0.5;
    wp::float32 var_27;
    const wp::float32 var_28 = 0.5;
    wp::float32 var_29;
    //---------
    // forward
    // def highlight_mask(color: wp.array2d[wp.vec3], alpha_mask: wp.array2d[float]):         <L 48>
    // i, j = wp.tid()                                                                        <L 49>
    builtin_tid2d(var_0, var_1);
    // c = color[i, j]                                                                        <L 50>
    var_2 = wp::address(var_color, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // lum = wp.max(wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722)), 0.0)                          <L 53>
    var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
    var_9 = wp::dot(var_3, var_8);
    var_11 = wp::max(var_9, var_10);
    // luma = wp.where(lum > 0.008856, 1.16 * wp.cbrt(lum) - 0.16, 9.033 * lum)               <L 54>
    var_13 = (var_11 > var_12);
    var_15 = wp::cbrt(var_11);
    var_16 = wp::mul(var_14, var_15);
    var_18 = wp::sub(var_16, var_17);
    var_20 = wp::mul(var_19, var_11);
    var_21 = wp::where(var_13, var_18, var_20);
    // if luma >= 0.5:                                                                        <L 55>
    var_23 = (var_21 >= var_22);
    if (var_23) {
        // alpha_mask[i, j] = 1.0                                                             <L 56>
        wp::array_store(var_alpha_mask, var_0, var_1, var_24);
    }
    if (!var_23) {
        // alpha_mask[i, j] = wp.smoothstep(0.5 * 0.5, 0.5, luma)                             <L 58>
        var_27 = wp::mul(var_25, var_26);
        var_29 = wp::smoothstep(var_27, var_28, var_21);
        wp::array_store(var_alpha_mask, var_0, var_1, var_29);
    }
}



template <bool wp_linear_contiguous>
static void highlight_mask_90f9d664_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_highlight_mask_90f9d664 *_wp_args,
    wp_args_highlight_mask_90f9d664 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_color = _wp_args->color;
    wp::array_t<wp::float32> var_alpha_mask = _wp_args->alpha_mask;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_color = _wp_adj_args->color;
    wp::array_t<wp::float32> adj_alpha_mask = _wp_adj_args->alpha_mask;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 0.2126;
    const wp::float32 var_6 = 0.7152;
    const wp::float32 var_7 = 0.0722;
    wp::vec_t<3, wp::float32> var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.0;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.008856;
    bool var_13;
    const wp::float32 var_14 = 1.16;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.16;
    wp::float32 var_18;
    const wp::float32 var_19 = 9.033;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.5;
    bool var_23;
    const wp::float32 var_24 = 1.0;
    const wp::float32 var_25 = 0.5;
    const wp::float32 var_26 = 0.5;
    wp::float32 var_27;
    const wp::float32 var_28 = 0.5;
    wp::float32 var_29;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    bool adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    bool adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    //---------
    // forward
    // def highlight_mask(color: wp.array2d[wp.vec3], alpha_mask: wp.array2d[float]):         <L 48>
    // i, j = wp.tid()                                                                        <L 49>
    builtin_tid2d(var_0, var_1);
    // c = color[i, j]                                                                        <L 50>
    var_2 = wp::address(var_color, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // lum = wp.max(wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722)), 0.0)                          <L 53>
    var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
    var_9 = wp::dot(var_3, var_8);
    var_11 = wp::max(var_9, var_10);
    // luma = wp.where(lum > 0.008856, 1.16 * wp.cbrt(lum) - 0.16, 9.033 * lum)               <L 54>
    var_13 = (var_11 > var_12);
    var_15 = wp::cbrt(var_11);
    var_16 = wp::mul(var_14, var_15);
    var_18 = wp::sub(var_16, var_17);
    var_20 = wp::mul(var_19, var_11);
    var_21 = wp::where(var_13, var_18, var_20);
    // if luma >= 0.5:                                                                        <L 55>
    var_23 = (var_21 >= var_22);
    if (var_23) {
        // alpha_mask[i, j] = 1.0                                                             <L 56>
        // wp::array_store(var_alpha_mask, var_0, var_1, var_24);
    }
    if (!var_23) {
        // alpha_mask[i, j] = wp.smoothstep(0.5 * 0.5, 0.5, luma)                             <L 58>
        var_27 = wp::mul(var_25, var_26);
        var_29 = wp::smoothstep(var_27, var_28, var_21);
        // wp::array_store(var_alpha_mask, var_0, var_1, var_29);
    }
    //---------
    // reverse
    if (!var_23) {
        wp::adj_array_store(var_alpha_mask, var_0, var_1, var_29, adj_alpha_mask, adj_0, adj_1, adj_29);
        wp::adj_smoothstep(var_27, var_28, var_21, adj_27, adj_28, adj_21, adj_29);
        wp::adj_mul(var_25, var_26, adj_25, adj_26, adj_27);
        // adj: alpha_mask[i, j] = wp.smoothstep(0.5 * 0.5, 0.5, luma)                        <L 58>
    }
    if (var_23) {
        wp::adj_array_store(var_alpha_mask, var_0, var_1, var_24, adj_alpha_mask, adj_0, adj_1, adj_24);
        // adj: alpha_mask[i, j] = 1.0                                                        <L 56>
    }
    // adj: if luma >= 0.5:                                                                   <L 55>
    wp::adj_where(var_13, var_18, var_20, adj_13, adj_18, adj_20, adj_21);
    wp::adj_mul(var_19, var_11, adj_19, adj_11, adj_20);
    wp::adj_sub(var_16, var_17, adj_16, adj_17, adj_18);
    wp::adj_mul(var_14, var_15, adj_14, adj_15, adj_16);
    wp::adj_cbrt(var_11, var_15, adj_11, adj_15);
    // adj: luma = wp.where(lum > 0.008856, 1.16 * wp.cbrt(lum) - 0.16, 9.033 * lum)          <L 54>
    wp::adj_max(var_9, var_10, adj_9, adj_10, adj_11);
    wp::adj_dot(var_3, var_8, adj_3, adj_8, adj_9);
    wp::adj_vec_t(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_8);
    // adj: lum = wp.max(wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722)), 0.0)                     <L 53>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_color, var_0, var_1, adj_color, adj_0, adj_1, adj_2);
    // adj: c = color[i, j]                                                                   <L 50>
    // adj: i, j = wp.tid()                                                                   <L 49>
    // adj: def highlight_mask(color: wp.array2d[wp.vec3], alpha_mask: wp.array2d[float]):    <L 48>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void highlight_mask_90f9d664_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_highlight_mask_90f9d664 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        highlight_mask_90f9d664_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void highlight_mask_90f9d664_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_highlight_mask_90f9d664 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    highlight_mask_90f9d664_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void highlight_mask_90f9d664_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_highlight_mask_90f9d664 *_wp_args)
{
    highlight_mask_90f9d664_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void highlight_mask_90f9d664_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_highlight_mask_90f9d664 *_wp_args,
    wp_args_highlight_mask_90f9d664 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        highlight_mask_90f9d664_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void highlight_mask_90f9d664_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_highlight_mask_90f9d664 *_wp_args,
    wp_args_highlight_mask_90f9d664 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    highlight_mask_90f9d664_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void highlight_mask_90f9d664_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_highlight_mask_90f9d664 *_wp_args,
    wp_args_highlight_mask_90f9d664 *_wp_adj_args)
{
    highlight_mask_90f9d664_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_subtract_images_bc2b6ab3 {
    wp::array_t<wp::vec_t<4, wp::float32>> foreground;
    wp::array_t<wp::vec_t<4, wp::float32>> background;
    wp::array_t<wp::vec_t<4, wp::float32>> dst;
};


template <bool wp_linear_contiguous>
static void subtract_images_bc2b6ab3_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_subtract_images_bc2b6ab3 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_foreground = _wp_args->foreground;
    wp::array_t<wp::vec_t<4, wp::float32>> var_background = _wp_args->background;
    wp::array_t<wp::vec_t<4, wp::float32>> var_dst = _wp_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<4, wp::float32>* var_2;
    wp::vec_t<4, wp::float32>* var_3;
    wp::vec_t<4, wp::float32> var_4;
    wp::vec_t<4, wp::float32> var_5;
    wp::vec_t<4, wp::float32> var_6;
    //---------
    // forward
    // def subtract_images(                                                                   <L 29>
    // i, j = wp.tid()                                                                        <L 34>
    builtin_tid2d(var_0, var_1);
    // dst[i, j] = foreground[i, j] - background[i, j]                                        <L 35>
    var_2 = wp::address(var_foreground, var_0, var_1);
    var_3 = wp::address(var_background, var_0, var_1);
    var_5 = wp::load(var_2);
    var_6 = wp::load(var_3);
    var_4 = wp::sub(var_5, var_6);
    wp::array_store(var_dst, var_0, var_1, var_4);
}



template <bool wp_linear_contiguous>
static void subtract_images_bc2b6ab3_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_subtract_images_bc2b6ab3 *_wp_args,
    wp_args_subtract_images_bc2b6ab3 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_foreground = _wp_args->foreground;
    wp::array_t<wp::vec_t<4, wp::float32>> var_background = _wp_args->background;
    wp::array_t<wp::vec_t<4, wp::float32>> var_dst = _wp_args->dst;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_foreground = _wp_adj_args->foreground;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_background = _wp_adj_args->background;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_dst = _wp_adj_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<4, wp::float32>* var_2;
    wp::vec_t<4, wp::float32>* var_3;
    wp::vec_t<4, wp::float32> var_4;
    wp::vec_t<4, wp::float32> var_5;
    wp::vec_t<4, wp::float32> var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<4, wp::float32> adj_2 = {};
    wp::vec_t<4, wp::float32> adj_3 = {};
    wp::vec_t<4, wp::float32> adj_4 = {};
    wp::vec_t<4, wp::float32> adj_5 = {};
    wp::vec_t<4, wp::float32> adj_6 = {};
    //---------
    // forward
    // def subtract_images(                                                                   <L 29>
    // i, j = wp.tid()                                                                        <L 34>
    builtin_tid2d(var_0, var_1);
    // dst[i, j] = foreground[i, j] - background[i, j]                                        <L 35>
    var_2 = wp::address(var_foreground, var_0, var_1);
    var_3 = wp::address(var_background, var_0, var_1);
    var_5 = wp::load(var_2);
    var_6 = wp::load(var_3);
    var_4 = wp::sub(var_5, var_6);
    // wp::array_store(var_dst, var_0, var_1, var_4);
    //---------
    // reverse
    wp::adj_array_store(var_dst, var_0, var_1, var_4, adj_dst, adj_0, adj_1, adj_4);
    wp::adj_sub(var_5, var_6, adj_2, adj_3, adj_4);
    wp::adj_address(var_background, var_0, var_1, adj_background, adj_0, adj_1, adj_3);
    wp::adj_address(var_foreground, var_0, var_1, adj_foreground, adj_0, adj_1, adj_2);
    // adj: dst[i, j] = foreground[i, j] - background[i, j]                                   <L 35>
    // adj: i, j = wp.tid()                                                                   <L 34>
    // adj: def subtract_images(                                                              <L 29>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void subtract_images_bc2b6ab3_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_subtract_images_bc2b6ab3 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        subtract_images_bc2b6ab3_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void subtract_images_bc2b6ab3_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_subtract_images_bc2b6ab3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    subtract_images_bc2b6ab3_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void subtract_images_bc2b6ab3_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_subtract_images_bc2b6ab3 *_wp_args)
{
    subtract_images_bc2b6ab3_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void subtract_images_bc2b6ab3_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_subtract_images_bc2b6ab3 *_wp_args,
    wp_args_subtract_images_bc2b6ab3 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        subtract_images_bc2b6ab3_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void subtract_images_bc2b6ab3_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_subtract_images_bc2b6ab3 *_wp_args,
    wp_args_subtract_images_bc2b6ab3 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    subtract_images_bc2b6ab3_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void subtract_images_bc2b6ab3_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_subtract_images_bc2b6ab3 *_wp_args,
    wp_args_subtract_images_bc2b6ab3 *_wp_adj_args)
{
    subtract_images_bc2b6ab3_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_alpha_blend_cafedda4 {
    wp::array_t<wp::vec_t<3, wp::float32>> img_b;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::float32> cutoff;
    wp::array_t<wp::float32> std_dev;
    wp::vec_t<3, wp::float32> center;
    wp::array_t<wp::vec_t<3, wp::float32>> img;
};


template <bool wp_linear_contiguous>
static void alpha_blend_cafedda4_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_alpha_blend_cafedda4 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_img_b = _wp_args->img_b;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_cutoff = _wp_args->cutoff;
    wp::array_t<wp::float32> var_std_dev = _wp_args->std_dev;
    wp::vec_t<3, wp::float32> var_center = _wp_args->center;
    wp::array_t<wp::vec_t<3, wp::float32>> var_img = _wp_args->img;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32> var_18;
    const wp::float32 var_19 = 0.5;
    const wp::float32 var_20 = 1.0;
    const wp::float32 var_21 = 1.41421356;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::vec_t<3, wp::float32> var_27;
    //---------
    // forward
    // def alpha_blend(                                                                       <L 10>
    // i, j = wp.tid()                                                                        <L 18>
    builtin_tid2d(var_0, var_1);
    // sigma = std_dev[0]                                                                     <L 19>
    var_3 = wp::address(var_std_dev, var_2);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // r = cutoff[0]                                                                          <L 20>
    var_7 = wp::address(var_cutoff, var_6);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // color = img[i, j]                                                                      <L 21>
    var_10 = wp::address(var_img, var_0, var_1);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // c_b = img_b[i, j]                                                                      <L 22>
    var_13 = wp::address(var_img_b, var_0, var_1);
    var_15 = wp::load(var_13);
    var_14 = wp::copy(var_15);
    // sdf = sdf_sphere(x[i, j], center, r)                                                   <L 23>
    var_16 = wp::address(var_x, var_0, var_1);
    var_18 = wp::load(var_16);
    var_17 = sdf_sphere_0(var_18, var_center, var_8);
    // t = 0.5 * (1.0 - wp.erf(sdf / (1.41421356 * sigma)))                                   <L 24>
    var_22 = wp::mul(var_21, var_4);
    var_23 = wp::div(var_17, var_22);
    var_24 = wp::erf(var_23);
    var_25 = wp::sub(var_20, var_24);
    var_26 = wp::mul(var_19, var_25);
    // img[i, j] = wp.lerp(c_b, color, t)                                                     <L 25>
    var_27 = wp::lerp(var_14, var_11, var_26);
    wp::array_store(var_img, var_0, var_1, var_27);
}



template <bool wp_linear_contiguous>
static void alpha_blend_cafedda4_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_alpha_blend_cafedda4 *_wp_args,
    wp_args_alpha_blend_cafedda4 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_img_b = _wp_args->img_b;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_cutoff = _wp_args->cutoff;
    wp::array_t<wp::float32> var_std_dev = _wp_args->std_dev;
    wp::vec_t<3, wp::float32> var_center = _wp_args->center;
    wp::array_t<wp::vec_t<3, wp::float32>> var_img = _wp_args->img;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_img_b = _wp_adj_args->img_b;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_cutoff = _wp_adj_args->cutoff;
    wp::array_t<wp::float32> adj_std_dev = _wp_adj_args->std_dev;
    wp::vec_t<3, wp::float32> adj_center = _wp_adj_args->center;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_img = _wp_adj_args->img;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32> var_18;
    const wp::float32 var_19 = 0.5;
    const wp::float32 var_20 = 1.0;
    const wp::float32 var_21 = 1.41421356;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::vec_t<3, wp::float32> var_27;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    //---------
    // forward
    // def alpha_blend(                                                                       <L 10>
    // i, j = wp.tid()                                                                        <L 18>
    builtin_tid2d(var_0, var_1);
    // sigma = std_dev[0]                                                                     <L 19>
    var_3 = wp::address(var_std_dev, var_2);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // r = cutoff[0]                                                                          <L 20>
    var_7 = wp::address(var_cutoff, var_6);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // color = img[i, j]                                                                      <L 21>
    var_10 = wp::address(var_img, var_0, var_1);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // c_b = img_b[i, j]                                                                      <L 22>
    var_13 = wp::address(var_img_b, var_0, var_1);
    var_15 = wp::load(var_13);
    var_14 = wp::copy(var_15);
    // sdf = sdf_sphere(x[i, j], center, r)                                                   <L 23>
    var_16 = wp::address(var_x, var_0, var_1);
    var_18 = wp::load(var_16);
    var_17 = sdf_sphere_0(var_18, var_center, var_8);
    // t = 0.5 * (1.0 - wp.erf(sdf / (1.41421356 * sigma)))                                   <L 24>
    var_22 = wp::mul(var_21, var_4);
    var_23 = wp::div(var_17, var_22);
    var_24 = wp::erf(var_23);
    var_25 = wp::sub(var_20, var_24);
    var_26 = wp::mul(var_19, var_25);
    // img[i, j] = wp.lerp(c_b, color, t)                                                     <L 25>
    var_27 = wp::lerp(var_14, var_11, var_26);
    // wp::array_store(var_img, var_0, var_1, var_27);
    //---------
    // reverse
    wp::adj_array_store(var_img, var_0, var_1, var_27, adj_img, adj_0, adj_1, adj_27);
    wp::adj_lerp(var_14, var_11, var_26, adj_14, adj_11, adj_26, adj_27);
    // adj: img[i, j] = wp.lerp(c_b, color, t)                                                <L 25>
    wp::adj_mul(var_19, var_25, adj_19, adj_25, adj_26);
    wp::adj_sub(var_20, var_24, adj_20, adj_24, adj_25);
    wp::adj_erf(var_23, adj_23, adj_24);
    wp::adj_div(var_17, var_22, var_23, adj_17, adj_22, adj_23);
    wp::adj_mul(var_21, var_4, adj_21, adj_4, adj_22);
    // adj: t = 0.5 * (1.0 - wp.erf(sdf / (1.41421356 * sigma)))                              <L 24>
    adj_sdf_sphere_0(var_18, var_center, var_8, adj_16, adj_center, adj_8, adj_17);
    wp::adj_address(var_x, var_0, var_1, adj_x, adj_0, adj_1, adj_16);
    // adj: sdf = sdf_sphere(x[i, j], center, r)                                              <L 23>
    wp::adj_copy(var_15, adj_13, adj_14);
    wp::adj_address(var_img_b, var_0, var_1, adj_img_b, adj_0, adj_1, adj_13);
    // adj: c_b = img_b[i, j]                                                                 <L 22>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_img, var_0, var_1, adj_img, adj_0, adj_1, adj_10);
    // adj: color = img[i, j]                                                                 <L 21>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_cutoff, var_6, adj_cutoff, adj_6, adj_7);
    // adj: r = cutoff[0]                                                                     <L 20>
    wp::adj_copy(var_5, adj_3, adj_4);
    wp::adj_address(var_std_dev, var_2, adj_std_dev, adj_2, adj_3);
    // adj: sigma = std_dev[0]                                                                <L 19>
    // adj: i, j = wp.tid()                                                                   <L 18>
    // adj: def alpha_blend(                                                                  <L 10>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void alpha_blend_cafedda4_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_cafedda4 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        alpha_blend_cafedda4_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void alpha_blend_cafedda4_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_cafedda4 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    alpha_blend_cafedda4_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void alpha_blend_cafedda4_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_cafedda4 *_wp_args)
{
    alpha_blend_cafedda4_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void alpha_blend_cafedda4_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_cafedda4 *_wp_args,
    wp_args_alpha_blend_cafedda4 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        alpha_blend_cafedda4_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void alpha_blend_cafedda4_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_cafedda4 *_wp_args,
    wp_args_alpha_blend_cafedda4 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    alpha_blend_cafedda4_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void alpha_blend_cafedda4_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_cafedda4 *_wp_args,
    wp_args_alpha_blend_cafedda4 *_wp_adj_args)
{
    alpha_blend_cafedda4_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_adjust_image_ef630e04 {
    wp::array_t<wp::float32> image;
    wp::array_t<wp::float32> amount;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void adjust_image_ef630e04_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_adjust_image_ef630e04 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_image = _wp_args->image;
    wp::array_t<wp::float32> var_amount = _wp_args->amount;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 2.0;
    wp::float32 var_10;
    wp::float32 var_11;
    //---------
    // forward
    // def adjust_image(image: wp.array2d[float], amount: wp.array[float], out: wp.array2d[float]):       <L 39>
    // i, j = wp.tid()                                                                        <L 40>
    builtin_tid2d(var_0, var_1);
    // k = amount[0]                                                                          <L 41>
    var_3 = wp::address(var_amount, var_2);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // p = image[i, j]                                                                        <L 42>
    var_6 = wp::address(var_image, var_0, var_1);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // out[i, j] = p * wp.pow(2.0, k)                                                         <L 44>
    var_10 = wp::pow(var_9, var_4);
    var_11 = wp::mul(var_7, var_10);
    wp::array_store(var_out, var_0, var_1, var_11);
}



template <bool wp_linear_contiguous>
static void adjust_image_ef630e04_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_adjust_image_ef630e04 *_wp_args,
    wp_args_adjust_image_ef630e04 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_image = _wp_args->image;
    wp::array_t<wp::float32> var_amount = _wp_args->amount;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_image = _wp_adj_args->image;
    wp::array_t<wp::float32> adj_amount = _wp_adj_args->amount;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 2.0;
    wp::float32 var_10;
    wp::float32 var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    //---------
    // forward
    // def adjust_image(image: wp.array2d[float], amount: wp.array[float], out: wp.array2d[float]):       <L 39>
    // i, j = wp.tid()                                                                        <L 40>
    builtin_tid2d(var_0, var_1);
    // k = amount[0]                                                                          <L 41>
    var_3 = wp::address(var_amount, var_2);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // p = image[i, j]                                                                        <L 42>
    var_6 = wp::address(var_image, var_0, var_1);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // out[i, j] = p * wp.pow(2.0, k)                                                         <L 44>
    var_10 = wp::pow(var_9, var_4);
    var_11 = wp::mul(var_7, var_10);
    // wp::array_store(var_out, var_0, var_1, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_1, var_11, adj_out, adj_0, adj_1, adj_11);
    wp::adj_mul(var_7, var_10, adj_7, adj_10, adj_11);
    wp::adj_pow(var_9, var_4, var_10, adj_9, adj_4, adj_10);
    // adj: out[i, j] = p * wp.pow(2.0, k)                                                    <L 44>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_image, var_0, var_1, adj_image, adj_0, adj_1, adj_6);
    // adj: p = image[i, j]                                                                   <L 42>
    wp::adj_copy(var_5, adj_3, adj_4);
    wp::adj_address(var_amount, var_2, adj_amount, adj_2, adj_3);
    // adj: k = amount[0]                                                                     <L 41>
    // adj: i, j = wp.tid()                                                                   <L 40>
    // adj: def adjust_image(image: wp.array2d[float], amount: wp.array[float], out: wp.array2d[float]):  <L 39>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void adjust_image_ef630e04_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_adjust_image_ef630e04 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        adjust_image_ef630e04_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void adjust_image_ef630e04_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_adjust_image_ef630e04 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    adjust_image_ef630e04_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void adjust_image_ef630e04_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_adjust_image_ef630e04 *_wp_args)
{
    adjust_image_ef630e04_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void adjust_image_ef630e04_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_adjust_image_ef630e04 *_wp_args,
    wp_args_adjust_image_ef630e04 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        adjust_image_ef630e04_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void adjust_image_ef630e04_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_adjust_image_ef630e04 *_wp_args,
    wp_args_adjust_image_ef630e04 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    adjust_image_ef630e04_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void adjust_image_ef630e04_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_adjust_image_ef630e04 *_wp_args,
    wp_args_adjust_image_ef630e04 *_wp_adj_args)
{
    adjust_image_ef630e04_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

