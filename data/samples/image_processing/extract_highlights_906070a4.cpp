// Warp 1.19.0 cpu code for extract_highlights_906070a4.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_extract_highlights_4780eeac {
    wp::array_t<wp::int32> active;
    wp::array_t<wp::vec_t<3, wp::float32>> src;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


template <bool wp_linear_contiguous>
static void extract_highlights_4780eeac_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_extract_highlights_4780eeac *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::vec_t<3, wp::float32>> var_src = _wp_args->src;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32* var_2;
    const wp::int32 var_3 = 1;
    bool var_4;
    wp::int32 var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::float32 var_9 = 0.2126;
    const wp::float32 var_10 = 0.7152;
    const wp::float32 var_11 = 0.0722;
    wp::vec_t<3, wp::float32> var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.0;
    wp::float32 var_15;
    const wp::float32 var_16 = 0.008856;
    bool var_17;
    const wp::float32 var_18 = 1.16;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 0.16;
    wp::float32 var_22;
    const wp::float32 var_23 = 9.033;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 0.5;
    const wp::float32 var_27 = 0.5;
    wp::float32 var_28;
    const wp::float32 var_29 = 0.5;
    wp::float32 var_30;
    wp::float32 var_31;
    const wp::float32 var_32 = 0.0;
    const wp::float32 var_33 = 2.0;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::float32 var_37 = 4.0;
    wp::float32 var_38;
    const wp::float32 var_39 = 0.0001;
    wp::float32 var_40;
    wp::float32 var_41;
    const wp::float32 var_42 = 0.5;
    wp::float32 var_43;
    wp::float32 var_44;
    const wp::float32 var_45 = 0.0001;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::vec_t<3, wp::float32> var_48;
    //---------
    // forward
    // def extract_highlights(                                                                <L 5>
    // i, j = wp.tid()                                                                        <L 10>
    builtin_tid2d(var_0, var_1);
    // if active[i, j] != 1:                                                                  <L 11>
    var_2 = wp::address(var_active, var_0, var_1);
    var_5 = wp::load(var_2);
    var_4 = (var_5 != var_3);
    if (var_4) {
        // return                                                                             <L 12>
        return;
    }
    // c = src[i, j]                                                                          <L 13>
    var_6 = wp::address(var_src, var_0, var_1);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // luma = wp.max(wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722)), 0.0)                         <L 14>
    var_12 = wp::vec_t<3, wp::float32>(var_9, var_10, var_11);
    var_13 = wp::dot(var_7, var_12);
    var_15 = wp::max(var_13, var_14);
    // l_star = wp.where(luma > 0.008856, 1.16 * wp.cbrt(luma) - 0.16, 9.033 * luma)          <L 15>
    var_17 = (var_15 > var_16);
    var_19 = wp::cbrt(var_15);
    var_20 = wp::mul(var_18, var_19);
    var_22 = wp::sub(var_20, var_21);
    var_24 = wp::mul(var_23, var_15);
    var_25 = wp::where(var_17, var_22, var_24);
    // knee = 0.5 * 0.5                                                                       <L 16>
    var_28 = wp::mul(var_26, var_27);
    // soft = wp.clamp(l_star - 0.5 + knee, 0.0, 2.0 * knee)                                  <L 17>
    var_30 = wp::sub(var_25, var_29);
    var_31 = wp::add(var_30, var_28);
    var_34 = wp::mul(var_33, var_28);
    var_35 = wp::clamp(var_31, var_32, var_34);
    // soft = soft * soft / (4.0 * knee + 1.0e-4)                                             <L 18>
    var_36 = wp::mul(var_35, var_35);
    var_38 = wp::mul(var_37, var_28);
    var_40 = wp::add(var_38, var_39);
    var_41 = wp::div(var_36, var_40);
    // contribution = wp.max(soft, l_star - 0.5) / wp.max(l_star, 1.0e-4)                     <L 19>
    var_43 = wp::sub(var_25, var_42);
    var_44 = wp::max(var_41, var_43);
    var_46 = wp::max(var_25, var_45);
    var_47 = wp::div(var_44, var_46);
    // out[i, j] = c * contribution                                                           <L 20>
    var_48 = wp::mul(var_7, var_47);
    wp::array_store(var_out, var_0, var_1, var_48);
}



template <bool wp_linear_contiguous>
static void extract_highlights_4780eeac_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_extract_highlights_4780eeac *_wp_args,
    wp_args_extract_highlights_4780eeac *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::vec_t<3, wp::float32>> var_src = _wp_args->src;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::int32> adj_active = _wp_adj_args->active;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_src = _wp_adj_args->src;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32* var_2;
    const wp::int32 var_3 = 1;
    bool var_4;
    wp::int32 var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::float32 var_9 = 0.2126;
    const wp::float32 var_10 = 0.7152;
    const wp::float32 var_11 = 0.0722;
    wp::vec_t<3, wp::float32> var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.0;
    wp::float32 var_15;
    const wp::float32 var_16 = 0.008856;
    bool var_17;
    const wp::float32 var_18 = 1.16;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 0.16;
    wp::float32 var_22;
    const wp::float32 var_23 = 9.033;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 0.5;
    const wp::float32 var_27 = 0.5;
    wp::float32 var_28;
    const wp::float32 var_29 = 0.5;
    wp::float32 var_30;
    wp::float32 var_31;
    const wp::float32 var_32 = 0.0;
    const wp::float32 var_33 = 2.0;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::float32 var_37 = 4.0;
    wp::float32 var_38;
    const wp::float32 var_39 = 0.0001;
    wp::float32 var_40;
    wp::float32 var_41;
    const wp::float32 var_42 = 0.5;
    wp::float32 var_43;
    wp::float32 var_44;
    const wp::float32 var_45 = 0.0001;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::vec_t<3, wp::float32> var_48;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    bool adj_4 = {};
    wp::int32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    bool adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
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
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::vec_t<3, wp::float32> adj_48 = {};
    //---------
    // forward
    // def extract_highlights(                                                                <L 5>
    // i, j = wp.tid()                                                                        <L 10>
    builtin_tid2d(var_0, var_1);
    // if active[i, j] != 1:                                                                  <L 11>
    var_2 = wp::address(var_active, var_0, var_1);
    var_5 = wp::load(var_2);
    var_4 = (var_5 != var_3);
    if (var_4) {
        // return                                                                             <L 12>
        goto label0;
    }
    // c = src[i, j]                                                                          <L 13>
    var_6 = wp::address(var_src, var_0, var_1);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // luma = wp.max(wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722)), 0.0)                         <L 14>
    var_12 = wp::vec_t<3, wp::float32>(var_9, var_10, var_11);
    var_13 = wp::dot(var_7, var_12);
    var_15 = wp::max(var_13, var_14);
    // l_star = wp.where(luma > 0.008856, 1.16 * wp.cbrt(luma) - 0.16, 9.033 * luma)          <L 15>
    var_17 = (var_15 > var_16);
    var_19 = wp::cbrt(var_15);
    var_20 = wp::mul(var_18, var_19);
    var_22 = wp::sub(var_20, var_21);
    var_24 = wp::mul(var_23, var_15);
    var_25 = wp::where(var_17, var_22, var_24);
    // knee = 0.5 * 0.5                                                                       <L 16>
    var_28 = wp::mul(var_26, var_27);
    // soft = wp.clamp(l_star - 0.5 + knee, 0.0, 2.0 * knee)                                  <L 17>
    var_30 = wp::sub(var_25, var_29);
    var_31 = wp::add(var_30, var_28);
    var_34 = wp::mul(var_33, var_28);
    var_35 = wp::clamp(var_31, var_32, var_34);
    // soft = soft * soft / (4.0 * knee + 1.0e-4)                                             <L 18>
    var_36 = wp::mul(var_35, var_35);
    var_38 = wp::mul(var_37, var_28);
    var_40 = wp::add(var_38, var_39);
    var_41 = wp::div(var_36, var_40);
    // contribution = wp.max(soft, l_star - 0.5) / wp.max(l_star, 1.0e-4)                     <L 19>
    var_43 = wp::sub(var_25, var_42);
    var_44 = wp::max(var_41, var_43);
    var_46 = wp::max(var_25, var_45);
    var_47 = wp::div(var_44, var_46);
    // out[i, j] = c * contribution                                                           <L 20>
    var_48 = wp::mul(var_7, var_47);
    // wp::array_store(var_out, var_0, var_1, var_48);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_1, var_48, adj_out, adj_0, adj_1, adj_48);
    wp::adj_mul(var_7, var_47, adj_7, adj_47, adj_48);
    // adj: out[i, j] = c * contribution                                                      <L 20>
    wp::adj_div(var_44, var_46, var_47, adj_44, adj_46, adj_47);
    wp::adj_max(var_25, var_45, adj_25, adj_45, adj_46);
    wp::adj_max(var_41, var_43, adj_41, adj_43, adj_44);
    wp::adj_sub(var_25, var_42, adj_25, adj_42, adj_43);
    // adj: contribution = wp.max(soft, l_star - 0.5) / wp.max(l_star, 1.0e-4)                <L 19>
    wp::adj_div(var_36, var_40, var_41, adj_36, adj_40, adj_41);
    wp::adj_add(var_38, var_39, adj_38, adj_39, adj_40);
    wp::adj_mul(var_37, var_28, adj_37, adj_28, adj_38);
    wp::adj_mul(var_35, var_35, adj_35, adj_35, adj_36);
    // adj: soft = soft * soft / (4.0 * knee + 1.0e-4)                                        <L 18>
    wp::adj_clamp(var_31, var_32, var_34, adj_31, adj_32, adj_34, adj_35);
    wp::adj_mul(var_33, var_28, adj_33, adj_28, adj_34);
    wp::adj_add(var_30, var_28, adj_30, adj_28, adj_31);
    wp::adj_sub(var_25, var_29, adj_25, adj_29, adj_30);
    // adj: soft = wp.clamp(l_star - 0.5 + knee, 0.0, 2.0 * knee)                             <L 17>
    wp::adj_mul(var_26, var_27, adj_26, adj_27, adj_28);
    // adj: knee = 0.5 * 0.5                                                                  <L 16>
    wp::adj_where(var_17, var_22, var_24, adj_17, adj_22, adj_24, adj_25);
    wp::adj_mul(var_23, var_15, adj_23, adj_15, adj_24);
    wp::adj_sub(var_20, var_21, adj_20, adj_21, adj_22);
    wp::adj_mul(var_18, var_19, adj_18, adj_19, adj_20);
    wp::adj_cbrt(var_15, var_19, adj_15, adj_19);
    // adj: l_star = wp.where(luma > 0.008856, 1.16 * wp.cbrt(luma) - 0.16, 9.033 * luma)     <L 15>
    wp::adj_max(var_13, var_14, adj_13, adj_14, adj_15);
    wp::adj_dot(var_7, var_12, adj_7, adj_12, adj_13);
    wp::adj_vec_t(var_9, var_10, var_11, adj_9, adj_10, adj_11, adj_12);
    // adj: luma = wp.max(wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722)), 0.0)                    <L 14>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_src, var_0, var_1, adj_src, adj_0, adj_1, adj_6);
    // adj: c = src[i, j]                                                                     <L 13>
    if (var_4) {
        label0:;
        // adj: return                                                                        <L 12>
    }
    wp::adj_address(var_active, var_0, var_1, adj_active, adj_0, adj_1, adj_2);
    // adj: if active[i, j] != 1:                                                             <L 11>
    // adj: i, j = wp.tid()                                                                   <L 10>
    // adj: def extract_highlights(                                                           <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void extract_highlights_4780eeac_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_extract_highlights_4780eeac *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        extract_highlights_4780eeac_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void extract_highlights_4780eeac_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_extract_highlights_4780eeac *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    extract_highlights_4780eeac_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void extract_highlights_4780eeac_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_extract_highlights_4780eeac *_wp_args)
{
    extract_highlights_4780eeac_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void extract_highlights_4780eeac_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_extract_highlights_4780eeac *_wp_args,
    wp_args_extract_highlights_4780eeac *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        extract_highlights_4780eeac_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void extract_highlights_4780eeac_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_extract_highlights_4780eeac *_wp_args,
    wp_args_extract_highlights_4780eeac *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    extract_highlights_4780eeac_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void extract_highlights_4780eeac_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_extract_highlights_4780eeac *_wp_args,
    wp_args_extract_highlights_4780eeac *_wp_adj_args)
{
    extract_highlights_4780eeac_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

