// Warp 1.19.0 cpu code for soft_shadows_56c3cdd1.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h

// soft_shadows.py:4
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


// soft_shadows.py:4
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

struct wp_args_soft_shadows_6ff1c061 {
    wp::array_t<wp::vec_t<3, wp::float32>> hit_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> gbuffer_normal;
    wp::array_t<wp::float32> visibility;
};


template <bool wp_linear_contiguous>
static void soft_shadows_6ff1c061_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_soft_shadows_6ff1c061 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_hit_positions = _wp_args->hit_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_gbuffer_normal = _wp_args->gbuffer_normal;
    wp::array_t<wp::float32> var_visibility = _wp_args->visibility;
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
    const wp::float32 var_25 = 8.0;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    bool var_29;
    const wp::float32 var_30 = 0.001;
    bool var_31;
    const wp::float32 var_32 = 8.0;
    bool var_33;
    wp::float32 var_34;
    const wp::float32 var_35 = 0.001;
    const wp::float32 var_36 = 0.5;
    wp::float32 var_37;
    wp::float32 var_38;
    const wp::float32 var_39 = 0.0;
    const wp::float32 var_40 = 1.0;
    wp::float32 var_41;
    wp::float32 var_42;
    const wp::float32 var_43 = 3.0;
    const wp::float32 var_44 = 2.0;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    //---------
    // forward
    // def soft_shadows(                                                                      <L 11>
    // i, j = wp.tid()                                                                        <L 16>
    builtin_tid2d(var_0, var_1);
    // nrm = gbuffer_normal[i, j]                                                             <L 17>
    var_2 = wp::address(var_gbuffer_normal, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // origin = hit_positions[i, j] + nrm * 1.0e-2                                            <L 18>
    var_5 = wp::address(var_hit_positions, var_0, var_1);
    var_7 = wp::mul(var_3, var_6);
    var_9 = wp::load(var_5);
    var_8 = wp::add(var_9, var_7);
    // t = float(1.0e-2)                                                                      <L 19>
    var_11 = wp::float(var_10);
    // s = float(1.0)                                                                         <L 20>
    var_13 = wp::float(var_12);
    // for _step in range(48):                                                                <L 21>
    var_15 = wp::range(var_14);
    start_for_0:;
        if (iter_cmp(var_15) == 0) goto end_for_0;
        var_16 = wp::iter_next(var_15);
        // d = occluder_sdf(origin + wp.normalize(wp.vec3(0.6, 0.4, 0.5)) * t)                <L 22>
        var_20 = wp::vec_t<3, wp::float32>(var_17, var_18, var_19);
        var_21 = wp::normalize(var_20);
        var_22 = wp::mul(var_21, var_11);
        var_23 = wp::add(var_8, var_22);
        var_24 = occluder_sdf_0(var_23);
        // s = wp.min(s, 8.0 * d / t)                                                         <L 23>
        var_26 = wp::mul(var_25, var_24);
        var_27 = wp::div(var_26, var_11);
        var_28 = wp::min(var_13, var_27);
        // if s < 1.0e-3 or t > 8.0:                                                          <L 24>
        var_31 = (var_28 < var_30);
        var_29 = var_31;
        if (!var_29) {
            var_33 = (var_11 > var_32);
            var_29 = var_29 || var_33;
        }
        if (var_29) {
            // break                                                                          <L 25>
            wp::assign(var_13, var_28);
            goto end_for_0;
        }
        var_34 = wp::where(var_29, var_13, var_28);
        // t += wp.clamp(d, 1.0e-3, 0.5)                                                      <L 26>
        var_37 = wp::clamp(var_24, var_35, var_36);
        var_38 = wp::add(var_11, var_37);
        wp::assign(var_11, var_38);
        wp::assign(var_13, var_34);
        goto start_for_0;
    end_for_0:;
    // s = wp.clamp(s, 0.0, 1.0)                                                              <L 27>
    var_41 = wp::clamp(var_13, var_39, var_40);
    // visibility[i, j] = s * s * (3.0 - 2.0 * s)                                             <L 28>
    var_42 = wp::mul(var_41, var_41);
    var_45 = wp::mul(var_44, var_41);
    var_46 = wp::sub(var_43, var_45);
    var_47 = wp::mul(var_42, var_46);
    wp::array_store(var_visibility, var_0, var_1, var_47);
}



template <bool wp_linear_contiguous>
static void soft_shadows_6ff1c061_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_soft_shadows_6ff1c061 *_wp_args,
    wp_args_soft_shadows_6ff1c061 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_hit_positions = _wp_args->hit_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_gbuffer_normal = _wp_args->gbuffer_normal;
    wp::array_t<wp::float32> var_visibility = _wp_args->visibility;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_hit_positions = _wp_adj_args->hit_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_gbuffer_normal = _wp_adj_args->gbuffer_normal;
    wp::array_t<wp::float32> adj_visibility = _wp_adj_args->visibility;
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
    const wp::float32 var_25 = 8.0;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    bool var_29;
    const wp::float32 var_30 = 0.001;
    bool var_31;
    const wp::float32 var_32 = 8.0;
    bool var_33;
    wp::float32 var_34;
    const wp::float32 var_35 = 0.001;
    const wp::float32 var_36 = 0.5;
    wp::float32 var_37;
    wp::float32 var_38;
    const wp::float32 var_39 = 0.0;
    const wp::float32 var_40 = 1.0;
    wp::float32 var_41;
    wp::float32 var_42;
    const wp::float32 var_43 = 3.0;
    const wp::float32 var_44 = 2.0;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
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
    wp::float32 adj_28 = {};
    bool adj_29 = {};
    wp::float32 adj_30 = {};
    bool adj_31 = {};
    wp::float32 adj_32 = {};
    bool adj_33 = {};
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
    //---------
    // forward
    // def soft_shadows(                                                                      <L 11>
    // i, j = wp.tid()                                                                        <L 16>
    builtin_tid2d(var_0, var_1);
    // nrm = gbuffer_normal[i, j]                                                             <L 17>
    var_2 = wp::address(var_gbuffer_normal, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // origin = hit_positions[i, j] + nrm * 1.0e-2                                            <L 18>
    var_5 = wp::address(var_hit_positions, var_0, var_1);
    var_7 = wp::mul(var_3, var_6);
    var_9 = wp::load(var_5);
    var_8 = wp::add(var_9, var_7);
    // t = float(1.0e-2)                                                                      <L 19>
    var_11 = wp::float(var_10);
    // s = float(1.0)                                                                         <L 20>
    var_13 = wp::float(var_12);
    // for _step in range(48):                                                                <L 21>
    var_15 = wp::range(var_14);
    // s = wp.clamp(s, 0.0, 1.0)                                                              <L 27>
    var_41 = wp::clamp(var_13, var_39, var_40);
    // visibility[i, j] = s * s * (3.0 - 2.0 * s)                                             <L 28>
    var_42 = wp::mul(var_41, var_41);
    var_45 = wp::mul(var_44, var_41);
    var_46 = wp::sub(var_43, var_45);
    var_47 = wp::mul(var_42, var_46);
    // wp::array_store(var_visibility, var_0, var_1, var_47);
    //---------
    // reverse
    wp::adj_array_store(var_visibility, var_0, var_1, var_47, adj_visibility, adj_0, adj_1, adj_47);
    wp::adj_mul(var_42, var_46, adj_42, adj_46, adj_47);
    wp::adj_sub(var_43, var_45, adj_43, adj_45, adj_46);
    wp::adj_mul(var_44, var_41, adj_44, adj_41, adj_45);
    wp::adj_mul(var_41, var_41, adj_41, adj_41, adj_42);
    // adj: visibility[i, j] = s * s * (3.0 - 2.0 * s)                                        <L 28>
    wp::adj_clamp(var_13, var_39, var_40, adj_13, adj_39, adj_40, adj_41);
    // adj: s = wp.clamp(s, 0.0, 1.0)                                                         <L 27>
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
    	adj_38 = {};
        // d = occluder_sdf(origin + wp.normalize(wp.vec3(0.6, 0.4, 0.5)) * t)                <L 22>
        var_20 = wp::vec_t<3, wp::float32>(var_17, var_18, var_19);
        var_21 = wp::normalize(var_20);
        var_22 = wp::mul(var_21, var_11);
        var_23 = wp::add(var_8, var_22);
        var_24 = occluder_sdf_0(var_23);
        // s = wp.min(s, 8.0 * d / t)                                                         <L 23>
        var_26 = wp::mul(var_25, var_24);
        var_27 = wp::div(var_26, var_11);
        var_28 = wp::min(var_13, var_27);
        // if s < 1.0e-3 or t > 8.0:                                                          <L 24>
        var_31 = (var_28 < var_30);
        var_29 = var_31;
        if (!var_29) {
            var_33 = (var_11 > var_32);
            var_29 = var_29 || var_33;
        }
        if (var_29) {
            // break                                                                          <L 25>
            wp::assign(var_13, var_28);
            goto end_for_0;
        }
        var_34 = wp::where(var_29, var_13, var_28);
        // t += wp.clamp(d, 1.0e-3, 0.5)                                                      <L 26>
        var_37 = wp::clamp(var_24, var_35, var_36);
        var_38 = wp::add(var_11, var_37);
        wp::assign(var_11, var_38);
        wp::assign(var_13, var_34);
        wp::adj_assign(var_13, var_34, adj_13, adj_34);
        wp::adj_assign(var_11, var_38, adj_11, adj_38);
        wp::adj_add(var_11, var_37, adj_11, adj_37, adj_38);
        wp::adj_clamp(var_24, var_35, var_36, adj_24, adj_35, adj_36, adj_37);
        // adj: t += wp.clamp(d, 1.0e-3, 0.5)                                                 <L 26>
        wp::adj_where(var_29, var_13, var_28, adj_29, adj_13, adj_28, adj_34);
        if (var_29) {
            wp::adj_assign(var_13, var_28, adj_13, adj_28);
            // adj: break                                                                     <L 25>
        }
        if (!var_29) {
        }
        // adj: if s < 1.0e-3 or t > 8.0:                                                     <L 24>
        wp::adj_min(var_13, var_27, adj_13, adj_27, adj_28);
        wp::adj_div(var_26, var_11, var_27, adj_26, adj_11, adj_27);
        wp::adj_mul(var_25, var_24, adj_25, adj_24, adj_26);
        // adj: s = wp.min(s, 8.0 * d / t)                                                    <L 23>
        adj_occluder_sdf_0(var_23, adj_23, adj_24);
        wp::adj_add(var_8, var_22, adj_8, adj_22, adj_23);
        wp::adj_mul(var_21, var_11, adj_21, adj_11, adj_22);
        wp::adj_normalize(var_20, var_21, adj_20, adj_21);
        wp::adj_vec_t(var_17, var_18, var_19, adj_17, adj_18, adj_19, adj_20);
        // adj: d = occluder_sdf(origin + wp.normalize(wp.vec3(0.6, 0.4, 0.5)) * t)           <L 22>
    	goto start_for_0;
    end_for_0:;
    // adj: for _step in range(48):                                                           <L 21>
    wp::adj_float(var_12, adj_12, adj_13);
    // adj: s = float(1.0)                                                                    <L 20>
    wp::adj_float(var_10, adj_10, adj_11);
    // adj: t = float(1.0e-2)                                                                 <L 19>
    wp::adj_add(var_9, var_7, adj_5, adj_7, adj_8);
    wp::adj_mul(var_3, var_6, adj_3, adj_6, adj_7);
    wp::adj_address(var_hit_positions, var_0, var_1, adj_hit_positions, adj_0, adj_1, adj_5);
    // adj: origin = hit_positions[i, j] + nrm * 1.0e-2                                       <L 18>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_gbuffer_normal, var_0, var_1, adj_gbuffer_normal, adj_0, adj_1, adj_2);
    // adj: nrm = gbuffer_normal[i, j]                                                        <L 17>
    // adj: i, j = wp.tid()                                                                   <L 16>
    // adj: def soft_shadows(                                                                 <L 11>
    return;
}



struct soft_shadows_6ff1c061_cpu_block_payload_forward
{
    wp_args_soft_shadows_6ff1c061* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void soft_shadows_6ff1c061_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    soft_shadows_6ff1c061_cpu_block_payload_forward* payload = (soft_shadows_6ff1c061_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    soft_shadows_6ff1c061_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void soft_shadows_6ff1c061_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_soft_shadows_6ff1c061 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        soft_shadows_6ff1c061_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &soft_shadows_6ff1c061_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct soft_shadows_6ff1c061_cpu_block_payload_backward
{
    wp_args_soft_shadows_6ff1c061* args;
    wp_args_soft_shadows_6ff1c061* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void soft_shadows_6ff1c061_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    soft_shadows_6ff1c061_cpu_block_payload_backward* payload = (soft_shadows_6ff1c061_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    soft_shadows_6ff1c061_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void soft_shadows_6ff1c061_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_soft_shadows_6ff1c061 *_wp_args,
    wp_args_soft_shadows_6ff1c061 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        soft_shadows_6ff1c061_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &soft_shadows_6ff1c061_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

