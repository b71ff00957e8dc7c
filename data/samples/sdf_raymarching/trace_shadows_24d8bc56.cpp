// Warp 1.19.0 cpu code for trace_shadows_24d8bc56.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// trace_shadows.py:4
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


// trace_shadows.py:4
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

struct wp_args_trace_shadows_c99d1d48 {
    wp::array_t<wp::vec_t<3, wp::float32>> hit_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> gbuffer_normal;
    wp::float32 k_shadow;
    wp::array_t<wp::float32> occlusion;
};


template <bool wp_linear_contiguous>
static void trace_shadows_c99d1d48_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_trace_shadows_c99d1d48 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_hit_positions = _wp_args->hit_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_gbuffer_normal = _wp_args->gbuffer_normal;
    wp::float32 var_k_shadow = _wp_args->k_shadow;
    wp::array_t<wp::float32> var_occlusion = _wp_args->occlusion;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32>* var_5;
    const wp::float32 var_6 = 0.01;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 0.01;
    wp::float32 var_11;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    const wp::int32 var_14 = 48;
    wp::range_t var_15;
    wp::int32 var_16;
    const wp::float32 var_17 = 0.6;
    const wp::float32 var_18 = 0.4;
    const wp::float32 var_19 = 0.5;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    bool var_28;
    const wp::float32 var_29 = 0.001;
    bool var_30;
    const wp::float32 var_31 = 8.0;
    bool var_32;
    wp::float32 var_33;
    const wp::float32 var_34 = 0.001;
    const wp::float32 var_35 = 0.5;
    wp::float32 var_36;
    wp::float32 var_37;
    const wp::float32 var_38 = 0.0;
    const wp::float32 var_39 = 1.0;
    wp::float32 var_40;
    wp::float32 var_41;
    const wp::float32 var_42 = 3.0;
    const wp::float32 var_43 = 2.0;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    //---------
    // forward
    // def trace_shadows(                                                                     <L 11>
    // i, j = wp.tid()                                                                        <L 17>
    builtin_tid2d(var_0, var_1);
    // n = gbuffer_normal[i, j]                                                               <L 18>
    var_2 = wp::address(var_gbuffer_normal, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // origin = hit_positions[i, j] + n * 1.0e-2                                              <L 19>
    var_5 = wp::address(var_hit_positions, var_0, var_1);
    var_7 = wp::mul(var_3, var_6);
    var_9 = wp::load(var_5);
    var_8 = wp::add(var_9, var_7);
    // t = float(1.0e-2)                                                                      <L 20>
    var_11 = wp::float(var_10);
    // s = float(1.0)                                                                         <L 21>
    var_13 = wp::float(var_12);
    // for _step in range(48):                                                                <L 22>
    var_15 = wp::range(var_14);
    start_for_0:;
        if (iter_cmp(var_15) == 0) goto end_for_0;
        var_16 = wp::iter_next(var_15);
        // d = occluder_sdf(origin + wp.normalize(wp.vec3(0.6, 0.4, 0.5)) * t)                <L 23>
        var_20 = wp::vec_t<3, wp::float32>(var_17, var_18, var_19);
        var_21 = wp::normalize(var_20);
        var_22 = wp::mul(var_21, var_11);
        var_23 = wp::add(var_8, var_22);
        var_24 = occluder_sdf_0(var_23);
        // s = wp.min(s, k_shadow * d / t)                                                    <L 24>
        var_25 = wp::mul(var_k_shadow, var_24);
        var_26 = wp::div(var_25, var_11);
        var_27 = wp::min(var_13, var_26);
        // if s < 1.0e-3 or t > 8.0:                                                          <L 25>
        var_30 = (var_27 < var_29);
        var_28 = var_30;
        if (!var_28) {
            var_32 = (var_11 > var_31);
            var_28 = var_28 || var_32;
        }
        if (var_28) {
            // break                                                                          <L 26>
            wp::assign(var_13, var_27);
            goto end_for_0;
        }
        var_33 = wp::where(var_28, var_13, var_27);
        // t += wp.clamp(d, 1.0e-3, 0.5)                                                      <L 27>
        var_36 = wp::clamp(var_24, var_34, var_35);
        var_37 = wp::add(var_11, var_36);
        wp::assign(var_11, var_37);
        wp::assign(var_13, var_33);
        goto start_for_0;
    end_for_0:;
    // s = wp.clamp(s, 0.0, 1.0)                                                              <L 28>
    var_40 = wp::clamp(var_13, var_38, var_39);
    // occlusion[i, j] = s * s * (3.0 - 2.0 * s)                                              <L 29>
    var_41 = wp::mul(var_40, var_40);
    var_44 = wp::mul(var_43, var_40);
    var_45 = wp::sub(var_42, var_44);
    var_46 = wp::mul(var_41, var_45);
    wp::array_store(var_occlusion, var_0, var_1, var_46);
}



template <bool wp_linear_contiguous>
static void trace_shadows_c99d1d48_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_trace_shadows_c99d1d48 *_wp_args,
    wp_args_trace_shadows_c99d1d48 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_hit_positions = _wp_args->hit_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_gbuffer_normal = _wp_args->gbuffer_normal;
    wp::float32 var_k_shadow = _wp_args->k_shadow;
    wp::array_t<wp::float32> var_occlusion = _wp_args->occlusion;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_hit_positions = _wp_adj_args->hit_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_gbuffer_normal = _wp_adj_args->gbuffer_normal;
    wp::float32 adj_k_shadow = _wp_adj_args->k_shadow;
    wp::array_t<wp::float32> adj_occlusion = _wp_adj_args->occlusion;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32>* var_5;
    const wp::float32 var_6 = 0.01;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 0.01;
    wp::float32 var_11;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    const wp::int32 var_14 = 48;
    wp::range_t var_15;
    wp::int32 var_16;
    const wp::float32 var_17 = 0.6;
    const wp::float32 var_18 = 0.4;
    const wp::float32 var_19 = 0.5;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    bool var_28;
    const wp::float32 var_29 = 0.001;
    bool var_30;
    const wp::float32 var_31 = 8.0;
    bool var_32;
    wp::float32 var_33;
    const wp::float32 var_34 = 0.001;
    const wp::float32 var_35 = 0.5;
    wp::float32 var_36;
    wp::float32 var_37;
    const wp::float32 var_38 = 0.0;
    const wp::float32 var_39 = 1.0;
    wp::float32 var_40;
    wp::float32 var_41;
    const wp::float32 var_42 = 3.0;
    const wp::float32 var_43 = 2.0;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::range_t adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    bool adj_28 = {};
    wp::float32 adj_29 = {};
    bool adj_30 = {};
    wp::float32 adj_31 = {};
    bool adj_32 = {};
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
    //---------
    // forward
    // def trace_shadows(                                                                     <L 11>
    // i, j = wp.tid()                                                                        <L 17>
    builtin_tid2d(var_0, var_1);
    // n = gbuffer_normal[i, j]                                                               <L 18>
    var_2 = wp::address(var_gbuffer_normal, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // origin = hit_positions[i, j] + n * 1.0e-2                                              <L 19>
    var_5 = wp::address(var_hit_positions, var_0, var_1);
    var_7 = wp::mul(var_3, var_6);
    var_9 = wp::load(var_5);
    var_8 = wp::add(var_9, var_7);
    // t = float(1.0e-2)                                                                      <L 20>
    var_11 = wp::float(var_10);
    // s = float(1.0)                                                                         <L 21>
    var_13 = wp::float(var_12);
    // for _step in range(48):                                                                <L 22>
    var_15 = wp::range(var_14);
    // s = wp.clamp(s, 0.0, 1.0)                                                              <L 28>
    var_40 = wp::clamp(var_13, var_38, var_39);
    // occlusion[i, j] = s * s * (3.0 - 2.0 * s)                                              <L 29>
    var_41 = wp::mul(var_40, var_40);
    var_44 = wp::mul(var_43, var_40);
    var_45 = wp::sub(var_42, var_44);
    var_46 = wp::mul(var_41, var_45);
    // wp::array_store(var_occlusion, var_0, var_1, var_46);
    //---------
    // reverse
    wp::adj_array_store(var_occlusion, var_0, var_1, var_46, adj_occlusion, adj_0, adj_1, adj_46);
    wp::adj_mul(var_41, var_45, adj_41, adj_45, adj_46);
    wp::adj_sub(var_42, var_44, adj_42, adj_44, adj_45);
    wp::adj_mul(var_43, var_40, adj_43, adj_40, adj_44);
    wp::adj_mul(var_40, var_40, adj_40, adj_40, adj_41);
    // adj: occlusion[i, j] = s * s * (3.0 - 2.0 * s)                                         <L 29>
    wp::adj_clamp(var_13, var_38, var_39, adj_13, adj_38, adj_39, adj_40);
    // adj: s = wp.clamp(s, 0.0, 1.0)                                                         <L 28>
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
    	adj_34 = {};
    	adj_35 = {};
    	adj_36 = {};
    	adj_37 = {};
        // d = occluder_sdf(origin + wp.normalize(wp.vec3(0.6, 0.4, 0.5)) * t)                <L 23>
        var_20 = wp::vec_t<3, wp::float32>(var_17, var_18, var_19);
        var_21 = wp::normalize(var_20);
        var_22 = wp::mul(var_21, var_11);
        var_23 = wp::add(var_8, var_22);
        var_24 = occluder_sdf_0(var_23);
        // s = wp.min(s, k_shadow * d / t)                                                    <L 24>
        var_25 = wp::mul(var_k_shadow, var_24);
        var_26 = wp::div(var_25, var_11);
        var_27 = wp::min(var_13, var_26);
        // if s < 1.0e-3 or t > 8.0:                                                          <L 25>
        var_30 = (var_27 < var_29);
        var_28 = var_30;
        if (!var_28) {
            var_32 = (var_11 > var_31);
            var_28 = var_28 || var_32;
        }
        if (var_28) {
            // break                                                                          <L 26>
            wp::assign(var_13, var_27);
            goto end_for_0;
        }
        var_33 = wp::where(var_28, var_13, var_27);
        // t += wp.clamp(d, 1.0e-3, 0.5)                                                      <L 27>
        var_36 = wp::clamp(var_24, var_34, var_35);
        var_37 = wp::add(var_11, var_36);
        wp::assign(var_11, var_37);
        wp::assign(var_13, var_33);
        wp::adj_assign(var_13, var_33, adj_13, adj_33);
        wp::adj_assign(var_11, var_37, adj_11, adj_37);
        wp::adj_add(var_11, var_36, adj_11, adj_36, adj_37);
        wp::adj_clamp(var_24, var_34, var_35, adj_24, adj_34, adj_35, adj_36);
        // adj: t += wp.clamp(d, 1.0e-3, 0.5)                                                 <L 27>
        wp::adj_where(var_28, var_13, var_27, adj_28, adj_13, adj_27, adj_33);
        if (var_28) {
            wp::adj_assign(var_13, var_27, adj_13, adj_27);
            // adj: break                                                                     <L 26>
        }
        if (!var_28) {
        }
        // adj: if s < 1.0e-3 or t > 8.0:                                                     <L 25>
        wp::adj_min(var_13, var_26, adj_13, adj_26, adj_27);
        wp::adj_div(var_25, var_11, var_26, adj_25, adj_11, adj_26);
        wp::adj_mul(var_k_shadow, var_24, adj_k_shadow, adj_24, adj_25);
        // adj: s = wp.min(s, k_shadow * d / t)                                               <L 24>
        adj_occluder_sdf_0(var_23, adj_23, adj_24);
        wp::adj_add(var_8, var_22, adj_8, adj_22, adj_23);
        wp::adj_mul(var_21, var_11, adj_21, adj_11, adj_22);
        wp::adj_normalize(var_20, var_21, adj_20, adj_21);
        wp::adj_vec_t(var_17, var_18, var_19, adj_17, adj_18, adj_19, adj_20);
        // adj: d = occluder_sdf(origin + wp.normalize(wp.vec3(0.6, 0.4, 0.5)) * t)           <L 23>
    	goto start_for_0;
    end_for_0:;
    // adj: for _step in range(48):                                                           <L 22>
    wp::adj_float(var_12, adj_12, adj_13);
    // adj: s = float(1.0)                                                                    <L 21>
    wp::adj_float(var_10, adj_10, adj_11);
    // adj: t = float(1.0e-2)                                                                 <L 20>
    wp::adj_add(var_9, var_7, adj_5, adj_7, adj_8);
    wp::adj_mul(var_3, var_6, adj_3, adj_6, adj_7);
    wp::adj_address(var_hit_positions, var_0, var_1, adj_hit_positions, adj_0, adj_1, adj_5);
    // adj: origin = hit_positions[i, j] + n * 1.0e-2                                         <L 19>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_gbuffer_normal, var_0, var_1, adj_gbuffer_normal, adj_0, adj_1, adj_2);
    // adj: n = gbuffer_normal[i, j]                                                          <L 18>
    // adj: i, j = wp.tid()                                                                   <L 17>
    // adj: def trace_shadows(                                                                <L 11>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void trace_shadows_c99d1d48_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_trace_shadows_c99d1d48 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        trace_shadows_c99d1d48_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void trace_shadows_c99d1d48_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_trace_shadows_c99d1d48 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    trace_shadows_c99d1d48_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void trace_shadows_c99d1d48_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_trace_shadows_c99d1d48 *_wp_args)
{
    trace_shadows_c99d1d48_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void trace_shadows_c99d1d48_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_trace_shadows_c99d1d48 *_wp_args,
    wp_args_trace_shadows_c99d1d48 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        trace_shadows_c99d1d48_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void trace_shadows_c99d1d48_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_trace_shadows_c99d1d48 *_wp_args,
    wp_args_trace_shadows_c99d1d48 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    trace_shadows_c99d1d48_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void trace_shadows_c99d1d48_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_trace_shadows_c99d1d48 *_wp_args,
    wp_args_trace_shadows_c99d1d48 *_wp_adj_args)
{
    trace_shadows_c99d1d48_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

