// Warp 1.19.0 cpu code for separable_blur_f4fd1955.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_separable_blur_f2aae7be {
    wp::array_t<wp::int32> active;
    wp::array_t<wp::vec_t<3, wp::float32>> src;
    wp::float32 sigma;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


template <bool wp_linear_contiguous>
static void separable_blur_f2aae7be_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_separable_blur_f2aae7be *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::vec_t<3, wp::float32>> var_src = _wp_args->src;
    wp::float32 var_sigma = _wp_args->sigma;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32* var_2;
    const wp::int32 var_3 = 0;
    bool var_4;
    wp::int32 var_5;
    const wp::float32 var_6 = 1.0;
    const wp::float32 var_7 = 2.0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    wp::vec_t<3, wp::float32> var_12;
    const wp::float32 var_13 = 0.0;
    wp::float32 var_14;
    const wp::int32 var_15 = 3;
    const wp::int32 var_16 = -3;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    const wp::int32 var_19 = -3;
    wp::range_t var_20;
    wp::int32 var_21;
    wp::int32 var_22;
    const wp::int32 var_23 = 0;
    wp::shape_t* var_24;
    const wp::int32 var_25 = 0;
    wp::int32 var_26;
    wp::shape_t var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    wp::int32 var_30;
    wp::int32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::vec_t<3, wp::float32>* var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::float32 var_40;
    wp::vec_t<3, wp::float32> var_41;
    //---------
    // forward
    // def separable_blur(                                                                    <L 8>
    // i, j = wp.tid()                                                                        <L 14>
    builtin_tid2d(var_0, var_1);
    // if active[i, j] == 0:                                                                  <L 15>
    var_2 = wp::address(var_active, var_0, var_1);
    var_5 = wp::load(var_2);
    var_4 = (var_5 == var_3);
    if (var_4) {
        // return                                                                             <L 16>
        return;
    }
    // inv_two_sigma_sq = 1.0 / (2.0 * sigma * sigma)                                         <L 17>
    var_8 = wp::mul(var_7, var_sigma);
    var_9 = wp::mul(var_8, var_sigma);
    var_10 = wp::div(var_6, var_9);
    // total = wp.vec3(0.0)                                                                   <L 18>
    var_12 = wp::vec_t<3, wp::float32>(var_11);
    // weight_sum = float(0.0)                                                                <L 19>
    var_14 = wp::float(var_13);
    // for offset in range(-BLUR_RADIUS, BLUR_RADIUS + 1):                                    <L 20>
    var_18 = wp::add(var_15, var_17);
    var_20 = wp::range(var_19, var_18);
    start_for_1:;
        if (iter_cmp(var_20) == 0) goto end_for_1;
        var_21 = wp::iter_next(var_20);
        // x = wp.clamp(i + offset, 0, src.shape[0] - 1)                                      <L 21>
        var_22 = wp::add(var_0, var_21);
        var_24 = &(var_src.shape);
        var_27 = wp::load(var_24);
        var_26 = wp::extract(var_27, var_25);
        var_29 = wp::sub(var_26, var_28);
        var_30 = wp::clamp(var_22, var_23, var_29);
        // w = wp.exp(-float(offset * offset) * inv_two_sigma_sq)                             <L 22>
        var_31 = wp::mul(var_21, var_21);
        var_32 = wp::float(var_31);
        var_33 = wp::neg(var_32);
        var_34 = wp::mul(var_33, var_10);
        var_35 = wp::exp(var_34);
        // total += src[x, j] * w                                                             <L 23>
        var_36 = wp::address(var_src, var_30, var_1);
        var_38 = wp::load(var_36);
        var_37 = wp::mul(var_38, var_35);
        var_39 = wp::add(var_12, var_37);
        // weight_sum += w                                                                    <L 24>
        var_40 = wp::add(var_14, var_35);
        wp::assign(var_12, var_39);
        wp::assign(var_14, var_40);
        goto start_for_1;
    end_for_1:;
    // out[i, j] = total / weight_sum                                                         <L 26>
    var_41 = wp::div(var_12, var_14);
    wp::array_store(var_out, var_0, var_1, var_41);
}



template <bool wp_linear_contiguous>
static void separable_blur_f2aae7be_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_separable_blur_f2aae7be *_wp_args,
    wp_args_separable_blur_f2aae7be *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::vec_t<3, wp::float32>> var_src = _wp_args->src;
    wp::float32 var_sigma = _wp_args->sigma;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::int32> adj_active = _wp_adj_args->active;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_src = _wp_adj_args->src;
    wp::float32 adj_sigma = _wp_adj_args->sigma;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32* var_2;
    const wp::int32 var_3 = 0;
    bool var_4;
    wp::int32 var_5;
    const wp::float32 var_6 = 1.0;
    const wp::float32 var_7 = 2.0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    wp::vec_t<3, wp::float32> var_12;
    const wp::float32 var_13 = 0.0;
    wp::float32 var_14;
    const wp::int32 var_15 = 3;
    const wp::int32 var_16 = -3;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    const wp::int32 var_19 = -3;
    wp::range_t var_20;
    wp::int32 var_21;
    wp::int32 var_22;
    const wp::int32 var_23 = 0;
    wp::shape_t* var_24;
    const wp::int32 var_25 = 0;
    wp::int32 var_26;
    wp::shape_t var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    wp::int32 var_30;
    wp::int32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::vec_t<3, wp::float32>* var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::float32 var_40;
    wp::vec_t<3, wp::float32> var_41;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    bool adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::range_t adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::shape_t adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::shape_t adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::float32 adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    //---------
    // forward
    // def separable_blur(                                                                    <L 8>
    // i, j = wp.tid()                                                                        <L 14>
    builtin_tid2d(var_0, var_1);
    // if active[i, j] == 0:                                                                  <L 15>
    var_2 = wp::address(var_active, var_0, var_1);
    var_5 = wp::load(var_2);
    var_4 = (var_5 == var_3);
    if (var_4) {
        // return                                                                             <L 16>
        goto label0;
    }
    // inv_two_sigma_sq = 1.0 / (2.0 * sigma * sigma)                                         <L 17>
    var_8 = wp::mul(var_7, var_sigma);
    var_9 = wp::mul(var_8, var_sigma);
    var_10 = wp::div(var_6, var_9);
    // total = wp.vec3(0.0)                                                                   <L 18>
    var_12 = wp::vec_t<3, wp::float32>(var_11);
    // weight_sum = float(0.0)                                                                <L 19>
    var_14 = wp::float(var_13);
    // for offset in range(-BLUR_RADIUS, BLUR_RADIUS + 1):                                    <L 20>
    var_18 = wp::add(var_15, var_17);
    var_20 = wp::range(var_19, var_18);
    // out[i, j] = total / weight_sum                                                         <L 26>
    var_41 = wp::div(var_12, var_14);
    // wp::array_store(var_out, var_0, var_1, var_41);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_1, var_41, adj_out, adj_0, adj_1, adj_41);
    wp::adj_div(var_12, var_14, adj_12, adj_14, adj_41);
    // adj: out[i, j] = total / weight_sum                                                    <L 26>
    var_20 = wp::iter_reverse(var_20);
    start_for_1:;
        if (iter_cmp(var_20) == 0) goto end_for_1;
        var_21 = wp::iter_next(var_20);
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
    	adj_34 = {};
    	adj_35 = {};
    	adj_36 = {};
    	adj_37 = {};
    	adj_38 = {};
    	adj_39 = {};
    	adj_40 = {};
        // x = wp.clamp(i + offset, 0, src.shape[0] - 1)                                      <L 21>
        var_22 = wp::add(var_0, var_21);
        var_24 = &(var_src.shape);
        var_27 = wp::load(var_24);
        var_26 = wp::extract(var_27, var_25);
        var_29 = wp::sub(var_26, var_28);
        var_30 = wp::clamp(var_22, var_23, var_29);
        // w = wp.exp(-float(offset * offset) * inv_two_sigma_sq)                             <L 22>
        var_31 = wp::mul(var_21, var_21);
        var_32 = wp::float(var_31);
        var_33 = wp::neg(var_32);
        var_34 = wp::mul(var_33, var_10);
        var_35 = wp::exp(var_34);
        // total += src[x, j] * w                                                             <L 23>
        var_36 = wp::address(var_src, var_30, var_1);
        var_38 = wp::load(var_36);
        var_37 = wp::mul(var_38, var_35);
        var_39 = wp::add(var_12, var_37);
        // weight_sum += w                                                                    <L 24>
        var_40 = wp::add(var_14, var_35);
        wp::assign(var_12, var_39);
        wp::assign(var_14, var_40);
        wp::adj_assign(var_14, var_40, adj_14, adj_40);
        wp::adj_assign(var_12, var_39, adj_12, adj_39);
        wp::adj_add(var_14, var_35, adj_14, adj_35, adj_40);
        // adj: weight_sum += w                                                               <L 24>
        wp::adj_add(var_12, var_37, adj_12, adj_37, adj_39);
        wp::adj_mul(var_38, var_35, adj_36, adj_35, adj_37);
        wp::adj_address(var_src, var_30, var_1, adj_src, adj_30, adj_1, adj_36);
        // adj: total += src[x, j] * w                                                        <L 23>
        wp::adj_exp(var_34, var_35, adj_34, adj_35);
        wp::adj_mul(var_33, var_10, adj_33, adj_10, adj_34);
        wp::adj_neg(var_32, adj_32, adj_33);
        wp::adj_float(var_31, adj_31, adj_32);
        wp::adj_mul(var_21, var_21, adj_21, adj_21, adj_31);
        // adj: w = wp.exp(-float(offset * offset) * inv_two_sigma_sq)                        <L 22>
        wp::adj_clamp(var_22, var_23, var_29, adj_22, adj_23, adj_29, adj_30);
        wp::adj_sub(var_26, var_28, adj_26, adj_28, adj_29);
        adj_src.shape = adj_24;
        wp::adj_add(var_0, var_21, adj_0, adj_21, adj_22);
        // adj: x = wp.clamp(i + offset, 0, src.shape[0] - 1)                                 <L 21>
    	goto start_for_1;
    end_for_1:;
    wp::adj_add(var_15, var_17, adj_15, adj_17, adj_18);
    // adj: for offset in range(-BLUR_RADIUS, BLUR_RADIUS + 1):                               <L 20>
    wp::adj_float(var_13, adj_13, adj_14);
    // adj: weight_sum = float(0.0)                                                           <L 19>
    wp::adj_vec_t(var_11, adj_11, adj_12);
    // adj: total = wp.vec3(0.0)                                                              <L 18>
    wp::adj_div(var_6, var_9, var_10, adj_6, adj_9, adj_10);
    wp::adj_mul(var_8, var_sigma, adj_8, adj_sigma, adj_9);
    wp::adj_mul(var_7, var_sigma, adj_7, adj_sigma, adj_8);
    // adj: inv_two_sigma_sq = 1.0 / (2.0 * sigma * sigma)                                    <L 17>
    if (var_4) {
        label0:;
        // adj: return                                                                        <L 16>
    }
    wp::adj_address(var_active, var_0, var_1, adj_active, adj_0, adj_1, adj_2);
    // adj: if active[i, j] == 0:                                                             <L 15>
    // adj: i, j = wp.tid()                                                                   <L 14>
    // adj: def separable_blur(                                                               <L 8>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void separable_blur_f2aae7be_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_separable_blur_f2aae7be *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        separable_blur_f2aae7be_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void separable_blur_f2aae7be_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_separable_blur_f2aae7be *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    separable_blur_f2aae7be_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void separable_blur_f2aae7be_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_separable_blur_f2aae7be *_wp_args)
{
    separable_blur_f2aae7be_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void separable_blur_f2aae7be_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_separable_blur_f2aae7be *_wp_args,
    wp_args_separable_blur_f2aae7be *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        separable_blur_f2aae7be_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void separable_blur_f2aae7be_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_separable_blur_f2aae7be *_wp_args,
    wp_args_separable_blur_f2aae7be *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    separable_blur_f2aae7be_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void separable_blur_f2aae7be_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_separable_blur_f2aae7be *_wp_args,
    wp_args_separable_blur_f2aae7be *_wp_adj_args)
{
    separable_blur_f2aae7be_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

