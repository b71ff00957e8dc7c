// Warp 1.19.0 cpu code for light_visibility_919135c9.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// light_visibility.py:4
static wp::float32 occluder_sdf_0(
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
    // def occluder_sdf(p: wp.vec3):                                                          <L 5>
    // return wp.min(wp.length(p - wp.vec3(0.0, 0.5, 0.0)) - 0.5, p[1] + 1.0)                 <L 7>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    var_4 = wp::sub(var_p, var_3);
    var_5 = wp::length(var_4);
    var_7 = wp::sub(var_5, var_6);
    var_9 = wp::extract(var_p, var_8);
    var_11 = wp::add(var_9, var_10);
    var_12 = wp::min(var_7, var_11);
    return var_12;
}


// light_visibility.py:4
static void adj_occluder_sdf_0(
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
    // def occluder_sdf(p: wp.vec3):                                                          <L 5>
    // return wp.min(wp.length(p - wp.vec3(0.0, 0.5, 0.0)) - 0.5, p[1] + 1.0)                 <L 7>
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
    // adj: return wp.min(wp.length(p - wp.vec3(0.0, 0.5, 0.0)) - 0.5, p[1] + 1.0)            <L 7>
    // adj: def occluder_sdf(p: wp.vec3):                                                     <L 5>
    return;
}

struct wp_args_light_visibility_cb6c08dd {
    wp::array_t<wp::vec_t<3, wp::float32>> gbuffer_position;
    wp::array_t<wp::vec_t<3, wp::float32>> gbuffer_normal;
    wp::array_t<wp::float32> visibility;
    wp::vec_t<3, wp::float32> light_dir;
};


template <bool wp_linear_contiguous>
static void light_visibility_cb6c08dd_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_light_visibility_cb6c08dd *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_gbuffer_position = _wp_args->gbuffer_position;
    wp::array_t<wp::vec_t<3, wp::float32>> var_gbuffer_normal = _wp_args->gbuffer_normal;
    wp::array_t<wp::float32> var_visibility = _wp_args->visibility;
    wp::vec_t<3, wp::float32> var_light_dir = _wp_args->light_dir;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::float32 var_8 = 0.01;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::float32 var_11 = 0.01;
    wp::float32 var_12;
    const wp::float32 var_13 = 1.0;
    wp::float32 var_14;
    const wp::int32 var_15 = 48;
    wp::range_t var_16;
    wp::int32 var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 16.0;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    bool var_25;
    const wp::float32 var_26 = 0.001;
    bool var_27;
    const wp::float32 var_28 = 8.0;
    bool var_29;
    wp::float32 var_30;
    const wp::float32 var_31 = 0.001;
    const wp::float32 var_32 = 0.5;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::float32 var_35 = 0.0;
    const wp::float32 var_36 = 1.0;
    wp::float32 var_37;
    wp::float32 var_38;
    const wp::float32 var_39 = 3.0;
    const wp::float32 var_40 = 2.0;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    //---------
    // forward
    // def light_visibility(                                                                  <L 11>
    // i, j = wp.tid()                                                                        <L 17>
    builtin_tid2d(var_0, var_1);
    // hit = gbuffer_position[i, j]                                                           <L 18>
    var_2 = wp::address(var_gbuffer_position, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // n = gbuffer_normal[i, j]                                                               <L 19>
    var_5 = wp::address(var_gbuffer_normal, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // origin = hit + n * 1.0e-2                                                              <L 20>
    var_9 = wp::mul(var_6, var_8);
    var_10 = wp::add(var_3, var_9);
    // t = float(1.0e-2)                                                                      <L 21>
    var_12 = wp::float(var_11);
    // s = float(1.0)                                                                         <L 22>
    var_14 = wp::float(var_13);
    // for _step in range(48):                                                                <L 23>
    var_16 = wp::range(var_15);
    start_for_0:;
        if (iter_cmp(var_16) == 0) goto end_for_0;
        var_17 = wp::iter_next(var_16);
        // d = occluder_sdf(origin + light_dir * t)                                           <L 24>
        var_18 = wp::mul(var_light_dir, var_12);
        var_19 = wp::add(var_10, var_18);
        var_20 = occluder_sdf_0(var_19);
        // s = wp.min(s, 16.0 * d / t)                                                        <L 25>
        var_22 = wp::mul(var_21, var_20);
        var_23 = wp::div(var_22, var_12);
        var_24 = wp::min(var_14, var_23);
        // if s < 1.0e-3 or t > 8.0:                                                          <L 26>
        var_27 = (var_24 < var_26);
        var_25 = var_27;
        if (!var_25) {
            var_29 = (var_12 > var_28);
            var_25 = var_25 || var_29;
        }
        if (var_25) {
            // break                                                                          <L 27>
            wp::assign(var_14, var_24);
            goto end_for_0;
        }
        var_30 = wp::where(var_25, var_14, var_24);
        // t += wp.clamp(d, 1.0e-3, 0.5)                                                      <L 28>
        var_33 = wp::clamp(var_20, var_31, var_32);
        var_34 = wp::add(var_12, var_33);
        wp::assign(var_12, var_34);
        wp::assign(var_14, var_30);
        goto start_for_0;
    end_for_0:;
    // s = wp.clamp(s, 0.0, 1.0)                                                              <L 29>
    var_37 = wp::clamp(var_14, var_35, var_36);
    // visibility[i, j] = s * s * (3.0 - 2.0 * s)                                             <L 30>
    var_38 = wp::mul(var_37, var_37);
    var_41 = wp::mul(var_40, var_37);
    var_42 = wp::sub(var_39, var_41);
    var_43 = wp::mul(var_38, var_42);
    wp::array_store(var_visibility, var_0, var_1, var_43);
}



template <bool wp_linear_contiguous>
static void light_visibility_cb6c08dd_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_light_visibility_cb6c08dd *_wp_args,
    wp_args_light_visibility_cb6c08dd *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_gbuffer_position = _wp_args->gbuffer_position;
    wp::array_t<wp::vec_t<3, wp::float32>> var_gbuffer_normal = _wp_args->gbuffer_normal;
    wp::array_t<wp::float32> var_visibility = _wp_args->visibility;
    wp::vec_t<3, wp::float32> var_light_dir = _wp_args->light_dir;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_gbuffer_position = _wp_adj_args->gbuffer_position;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_gbuffer_normal = _wp_adj_args->gbuffer_normal;
    wp::array_t<wp::float32> adj_visibility = _wp_adj_args->visibility;
    wp::vec_t<3, wp::float32> adj_light_dir = _wp_adj_args->light_dir;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::float32 var_8 = 0.01;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::float32 var_11 = 0.01;
    wp::float32 var_12;
    const wp::float32 var_13 = 1.0;
    wp::float32 var_14;
    const wp::int32 var_15 = 48;
    wp::range_t var_16;
    wp::int32 var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 16.0;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    bool var_25;
    const wp::float32 var_26 = 0.001;
    bool var_27;
    const wp::float32 var_28 = 8.0;
    bool var_29;
    wp::float32 var_30;
    const wp::float32 var_31 = 0.001;
    const wp::float32 var_32 = 0.5;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::float32 var_35 = 0.0;
    const wp::float32 var_36 = 1.0;
    wp::float32 var_37;
    wp::float32 var_38;
    const wp::float32 var_39 = 3.0;
    const wp::float32 var_40 = 2.0;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::range_t adj_16 = {};
    wp::int32 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    bool adj_25 = {};
    wp::float32 adj_26 = {};
    bool adj_27 = {};
    wp::float32 adj_28 = {};
    bool adj_29 = {};
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
    //---------
    // forward
    // def light_visibility(                                                                  <L 11>
    // i, j = wp.tid()                                                                        <L 17>
    builtin_tid2d(var_0, var_1);
    // hit = gbuffer_position[i, j]                                                           <L 18>
    var_2 = wp::address(var_gbuffer_position, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // n = gbuffer_normal[i, j]                                                               <L 19>
    var_5 = wp::address(var_gbuffer_normal, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // origin = hit + n * 1.0e-2                                                              <L 20>
    var_9 = wp::mul(var_6, var_8);
    var_10 = wp::add(var_3, var_9);
    // t = float(1.0e-2)                                                                      <L 21>
    var_12 = wp::float(var_11);
    // s = float(1.0)                                                                         <L 22>
    var_14 = wp::float(var_13);
    // for _step in range(48):                                                                <L 23>
    var_16 = wp::range(var_15);
    // s = wp.clamp(s, 0.0, 1.0)                                                              <L 29>
    var_37 = wp::clamp(var_14, var_35, var_36);
    // visibility[i, j] = s * s * (3.0 - 2.0 * s)                                             <L 30>
    var_38 = wp::mul(var_37, var_37);
    var_41 = wp::mul(var_40, var_37);
    var_42 = wp::sub(var_39, var_41);
    var_43 = wp::mul(var_38, var_42);
    // wp::array_store(var_visibility, var_0, var_1, var_43);
    //---------
    // reverse
    wp::adj_array_store(var_visibility, var_0, var_1, var_43, adj_visibility, adj_0, adj_1, adj_43);
    wp::adj_mul(var_38, var_42, adj_38, adj_42, adj_43);
    wp::adj_sub(var_39, var_41, adj_39, adj_41, adj_42);
    wp::adj_mul(var_40, var_37, adj_40, adj_37, adj_41);
    wp::adj_mul(var_37, var_37, adj_37, adj_37, adj_38);
    // adj: visibility[i, j] = s * s * (3.0 - 2.0 * s)                                        <L 30>
    wp::adj_clamp(var_14, var_35, var_36, adj_14, adj_35, adj_36, adj_37);
    // adj: s = wp.clamp(s, 0.0, 1.0)                                                         <L 29>
    var_16 = wp::iter_reverse(var_16);
    start_for_0:;
        if (iter_cmp(var_16) == 0) goto end_for_0;
        var_17 = wp::iter_next(var_16);
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
    	adj_34 = {};
        // d = occluder_sdf(origin + light_dir * t)                                           <L 24>
        var_18 = wp::mul(var_light_dir, var_12);
        var_19 = wp::add(var_10, var_18);
        var_20 = occluder_sdf_0(var_19);
        // s = wp.min(s, 16.0 * d / t)                                                        <L 25>
        var_22 = wp::mul(var_21, var_20);
        var_23 = wp::div(var_22, var_12);
        var_24 = wp::min(var_14, var_23);
        // if s < 1.0e-3 or t > 8.0:                                                          <L 26>
        var_27 = (var_24 < var_26);
        var_25 = var_27;
        if (!var_25) {
            var_29 = (var_12 > var_28);
            var_25 = var_25 || var_29;
        }
        if (var_25) {
            // break                                                                          <L 27>
            wp::assign(var_14, var_24);
            goto end_for_0;
        }
        var_30 = wp::where(var_25, var_14, var_24);
        // t += wp.clamp(d, 1.0e-3, 0.5)                                                      <L 28>
        var_33 = wp::clamp(var_20, var_31, var_32);
        var_34 = wp::add(var_12, var_33);
        wp::assign(var_12, var_34);
        wp::assign(var_14, var_30);
        wp::adj_assign(var_14, var_30, adj_14, adj_30);
        wp::adj_assign(var_12, var_34, adj_12, adj_34);
        wp::adj_add(var_12, var_33, adj_12, adj_33, adj_34);
        wp::adj_clamp(var_20, var_31, var_32, adj_20, adj_31, adj_32, adj_33);
        // adj: t += wp.clamp(d, 1.0e-3, 0.5)                                                 <L 28>
        wp::adj_where(var_25, var_14, var_24, adj_25, adj_14, adj_24, adj_30);
        if (var_25) {
            wp::adj_assign(var_14, var_24, adj_14, adj_24);
            // adj: break                                                                     <L 27>
        }
        if (!var_25) {
        }
        // adj: if s < 1.0e-3 or t > 8.0:                                                     <L 26>
        wp::adj_min(var_14, var_23, adj_14, adj_23, adj_24);
        wp::adj_div(var_22, var_12, var_23, adj_22, adj_12, adj_23);
        wp::adj_mul(var_21, var_20, adj_21, adj_20, adj_22);
        // adj: s = wp.min(s, 16.0 * d / t)                                                   <L 25>
        adj_occluder_sdf_0(var_19, adj_19, adj_20);
        wp::adj_add(var_10, var_18, adj_10, adj_18, adj_19);
        wp::adj_mul(var_light_dir, var_12, adj_light_dir, adj_12, adj_18);
        // adj: d = occluder_sdf(origin + light_dir * t)                                      <L 24>
    	goto start_for_0;
    end_for_0:;
    // adj: for _step in range(48):                                                           <L 23>
    wp::adj_float(var_13, adj_13, adj_14);
    // adj: s = float(1.0)                                                                    <L 22>
    wp::adj_float(var_11, adj_11, adj_12);
    // adj: t = float(1.0e-2)                                                                 <L 21>
    wp::adj_add(var_3, var_9, adj_3, adj_9, adj_10);
    wp::adj_mul(var_6, var_8, adj_6, adj_8, adj_9);
    // adj: origin = hit + n * 1.0e-2                                                         <L 20>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_gbuffer_normal, var_0, var_1, adj_gbuffer_normal, adj_0, adj_1, adj_5);
    // adj: n = gbuffer_normal[i, j]                                                          <L 19>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_gbuffer_position, var_0, var_1, adj_gbuffer_position, adj_0, adj_1, adj_2);
    // adj: hit = gbuffer_position[i, j]                                                      <L 18>
    // adj: i, j = wp.tid()                                                                   <L 17>
    // adj: def light_visibility(                                                             <L 11>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void light_visibility_cb6c08dd_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_light_visibility_cb6c08dd *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        light_visibility_cb6c08dd_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void light_visibility_cb6c08dd_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_light_visibility_cb6c08dd *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    light_visibility_cb6c08dd_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void light_visibility_cb6c08dd_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_light_visibility_cb6c08dd *_wp_args)
{
    light_visibility_cb6c08dd_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void light_visibility_cb6c08dd_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_light_visibility_cb6c08dd *_wp_args,
    wp_args_light_visibility_cb6c08dd *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        light_visibility_cb6c08dd_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void light_visibility_cb6c08dd_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_light_visibility_cb6c08dd *_wp_args,
    wp_args_light_visibility_cb6c08dd *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    light_visibility_cb6c08dd_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void light_visibility_cb6c08dd_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_light_visibility_cb6c08dd *_wp_args,
    wp_args_light_visibility_cb6c08dd *_wp_adj_args)
{
    light_visibility_cb6c08dd_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

