// Warp 1.19.0 cpu code for draw_sphere_scene_e38bdad9.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// draw_sphere_scene.py:102
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
    // def occluder_sdf(p: wp.vec3):                                                          <L 103>
    // return wp.min(wp.length(p - wp.vec3(0.0, 0.5, 0.0)) - 0.5, p[1] + 1.0)                 <L 105>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    var_4 = wp::sub(var_p, var_3);
    var_5 = wp::length(var_4);
    var_7 = wp::sub(var_5, var_6);
    var_9 = wp::extract(var_p, var_8);
    var_11 = wp::add(var_9, var_10);
    var_12 = wp::min(var_7, var_11);
    return var_12;
}


// draw_sphere_scene.py:14
static wp::float32 scene_distance_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::array_t<wp::float32> var_radii,
    wp::int32 var_num_spheres)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 20.0;
    wp::float32 var_1;
    wp::range_t var_2;
    wp::int32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    //---------
    // forward
    // def scene_distance(p: wp.vec3, centers: wp.array(dtype=wp.vec3), radii: wp.array(dtype=float), num_spheres: wp.int32) -> float:       <L 15>
    // d = MAX_DIST                                                                           <L 16>
    var_1 = wp::copy(var_0);
    // for k in range(num_spheres):                                                           <L 17>
    var_2 = wp::range(var_num_spheres);
    start_for_0:;
        if (iter_cmp(var_2) == 0) goto end_for_0;
        var_3 = wp::iter_next(var_2);
        // dk = wp.length(p - centers[k]) - radii[k]                                          <L 18>
        var_4 = wp::address(var_centers, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::sub(var_p, var_6);
        var_7 = wp::length(var_5);
        var_8 = wp::address(var_radii, var_3);
        var_10 = wp::load(var_8);
        var_9 = wp::sub(var_7, var_10);
        // d = wp.min(d, dk)                                                                  <L 19>
        var_11 = wp::min(var_1, var_9);
        wp::assign(var_1, var_11);
        goto start_for_0;
    end_for_0:;
    // return d                                                                               <L 20>
    return var_1;
}


// draw_sphere_scene.py:23
static wp::vec_t<3, wp::float32> scene_normal_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::array_t<wp::float32> var_radii,
    wp::int32 var_num_spheres)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.001;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 0.0;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    const wp::float32 var_7 = 0.0;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.0;
    const wp::float32 var_13 = 0.0;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.0;
    const wp::float32 var_18 = 0.0;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::float32 var_23 = 0.0;
    const wp::float32 var_24 = 0.0;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::float32 var_27;
    const wp::float32 var_28 = 0.0;
    const wp::float32 var_29 = 0.0;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    //---------
    // forward
    // def scene_normal(p: wp.vec3, centers: wp.array(dtype=wp.vec3), radii: wp.array(dtype=float), num_spheres: wp.int32) -> wp.vec3:       <L 24>
    // e = 1.0e-3                                                                             <L 26>
    // dx = scene_distance(p + wp.vec3(e, 0.0, 0.0), centers, radii, num_spheres) - scene_distance(p - wp.vec3(e, 0.0, 0.0), centers, radii, num_spheres)       <L 27>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    var_4 = wp::add(var_p, var_3);
    var_5 = scene_distance_0(var_4, var_centers, var_radii, var_num_spheres);
    var_8 = wp::vec_t<3, wp::float32>(var_0, var_6, var_7);
    var_9 = wp::sub(var_p, var_8);
    var_10 = scene_distance_0(var_9, var_centers, var_radii, var_num_spheres);
    var_11 = wp::sub(var_5, var_10);
    // dy = scene_distance(p + wp.vec3(0.0, e, 0.0), centers, radii, num_spheres) - scene_distance(p - wp.vec3(0.0, e, 0.0), centers, radii, num_spheres)       <L 28>
    var_14 = wp::vec_t<3, wp::float32>(var_12, var_0, var_13);
    var_15 = wp::add(var_p, var_14);
    var_16 = scene_distance_0(var_15, var_centers, var_radii, var_num_spheres);
    var_19 = wp::vec_t<3, wp::float32>(var_17, var_0, var_18);
    var_20 = wp::sub(var_p, var_19);
    var_21 = scene_distance_0(var_20, var_centers, var_radii, var_num_spheres);
    var_22 = wp::sub(var_16, var_21);
    // dz = scene_distance(p + wp.vec3(0.0, 0.0, e), centers, radii, num_spheres) - scene_distance(p - wp.vec3(0.0, 0.0, e), centers, radii, num_spheres)       <L 29>
    var_25 = wp::vec_t<3, wp::float32>(var_23, var_24, var_0);
    var_26 = wp::add(var_p, var_25);
    var_27 = scene_distance_0(var_26, var_centers, var_radii, var_num_spheres);
    var_30 = wp::vec_t<3, wp::float32>(var_28, var_29, var_0);
    var_31 = wp::sub(var_p, var_30);
    var_32 = scene_distance_0(var_31, var_centers, var_radii, var_num_spheres);
    var_33 = wp::sub(var_27, var_32);
    // return wp.normalize(wp.vec3(dx, dy, dz))                                               <L 30>
    var_34 = wp::vec_t<3, wp::float32>(var_11, var_22, var_33);
    var_35 = wp::normalize(var_34);
    return var_35;
}


// draw_sphere_scene.py:33
static wp::int32 nearest_sphere_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::array_t<wp::float32> var_radii,
    wp::int32 var_num_spheres)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    const wp::float32 var_2 = 20.0;
    wp::float32 var_3;
    wp::range_t var_4;
    wp::int32 var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::float32 var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    bool var_13;
    wp::float32 var_14;
    wp::int32 var_15;
    wp::int32 var_16;
    wp::float32 var_17;
    //---------
    // forward
    // def nearest_sphere(p: wp.vec3, centers: wp.array(dtype=wp.vec3), radii: wp.array(dtype=float), num_spheres: wp.int32) -> wp.int32:       <L 34>
    // best = wp.int32(0)                                                                     <L 35>
    var_1 = wp::int32(var_0);
    // d_best = MAX_DIST                                                                      <L 36>
    var_3 = wp::copy(var_2);
    // for k in range(num_spheres):                                                           <L 37>
    var_4 = wp::range(var_num_spheres);
    start_for_0:;
        if (iter_cmp(var_4) == 0) goto end_for_0;
        var_5 = wp::iter_next(var_4);
        // dk = wp.length(p - centers[k]) - radii[k]                                          <L 38>
        var_6 = wp::address(var_centers, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::sub(var_p, var_8);
        var_9 = wp::length(var_7);
        var_10 = wp::address(var_radii, var_5);
        var_12 = wp::load(var_10);
        var_11 = wp::sub(var_9, var_12);
        // if dk < d_best:                                                                    <L 39>
        var_13 = (var_11 < var_3);
        if (var_13) {
            // d_best = dk                                                                    <L 40>
            var_14 = wp::copy(var_11);
            // best = k                                                                       <L 41>
            var_15 = wp::copy(var_5);
        }
        var_16 = wp::where(var_13, var_15, var_1);
        var_17 = wp::where(var_13, var_14, var_3);
        wp::assign(var_1, var_16);
        wp::assign(var_3, var_17);
        goto start_for_0;
    end_for_0:;
    // return best                                                                            <L 42>
    return var_1;
}


// draw_sphere_scene.py:102
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
    // def occluder_sdf(p: wp.vec3):                                                          <L 103>
    // return wp.min(wp.length(p - wp.vec3(0.0, 0.5, 0.0)) - 0.5, p[1] + 1.0)                 <L 105>
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
    // adj: return wp.min(wp.length(p - wp.vec3(0.0, 0.5, 0.0)) - 0.5, p[1] + 1.0)            <L 105>
    // adj: def occluder_sdf(p: wp.vec3):                                                     <L 103>
    return;
}


// draw_sphere_scene.py:14
static void adj_scene_distance_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::array_t<wp::float32> var_radii,
    wp::int32 var_num_spheres,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_centers,
    wp::array_t<wp::float32> & adj_radii,
    wp::int32 & adj_num_spheres,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}


// draw_sphere_scene.py:23
static void adj_scene_normal_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::array_t<wp::float32> var_radii,
    wp::int32 var_num_spheres,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_centers,
    wp::array_t<wp::float32> & adj_radii,
    wp::int32 & adj_num_spheres,
    wp::vec_t<3, wp::float32> & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}


// draw_sphere_scene.py:33
static void adj_nearest_sphere_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::array_t<wp::float32> var_radii,
    wp::int32 var_num_spheres,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_centers,
    wp::array_t<wp::float32> & adj_radii,
    wp::int32 & adj_num_spheres,
    wp::int32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}

struct wp_args_soft_shadows_2d2c3408 {
    wp::array_t<wp::float32> inv_masses;
    wp::array_t<wp::vec_t<3, wp::float32>> gbuffer_position;
    wp::array_t<wp::vec_t<3, wp::float32>> gbuffer_normal;
    wp::vec_t<3, wp::float32> light_dir;
    wp::array_t<wp::float32> occlusion;
};


template <bool wp_linear_contiguous>
static void soft_shadows_2d2c3408_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_soft_shadows_2d2c3408 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_inv_masses = _wp_args->inv_masses;
    wp::array_t<wp::vec_t<3, wp::float32>> var_gbuffer_position = _wp_args->gbuffer_position;
    wp::array_t<wp::vec_t<3, wp::float32>> var_gbuffer_normal = _wp_args->gbuffer_normal;
    wp::vec_t<3, wp::float32> var_light_dir = _wp_args->light_dir;
    wp::array_t<wp::float32> var_occlusion = _wp_args->occlusion;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    bool var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32>* var_8;
    const wp::float32 var_9 = 0.01;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::float32 var_14 = 0.01;
    wp::float32 var_15;
    const wp::float32 var_16 = 1.0;
    wp::float32 var_17;
    const wp::int32 var_18 = 48;
    wp::range_t var_19;
    wp::int32 var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 16.0;
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
    // def soft_shadows(                                                                      <L 109>
    // i, j = wp.tid()                                                                        <L 117>
    builtin_tid2d(var_0, var_1);
    // inv_m = inv_masses[i, j]                                                               <L 118>
    var_2 = wp::address(var_inv_masses, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // if inv_m == 0.0:                                                                       <L 120>
    var_6 = (var_3 == var_5);
    if (var_6) {
        // return                                                                             <L 121>
        return;
    }
    // origin = gbuffer_position[i, j] + gbuffer_normal[i, j] * 1.0e-2                        <L 122>
    var_7 = wp::address(var_gbuffer_position, var_0, var_1);
    var_8 = wp::address(var_gbuffer_normal, var_0, var_1);
    var_11 = wp::load(var_8);
    var_10 = wp::mul(var_11, var_9);
    var_13 = wp::load(var_7);
    var_12 = wp::add(var_13, var_10);
    // t = float(1.0e-2)                                                                      <L 123>
    var_15 = wp::float(var_14);
    // s = float(1.0)                                                                         <L 124>
    var_17 = wp::float(var_16);
    // for _step in range(48):                                                                <L 125>
    var_19 = wp::range(var_18);
    start_for_1:;
        if (iter_cmp(var_19) == 0) goto end_for_1;
        var_20 = wp::iter_next(var_19);
        // d = occluder_sdf(origin + light_dir * t)                                           <L 126>
        var_21 = wp::mul(var_light_dir, var_15);
        var_22 = wp::add(var_12, var_21);
        var_23 = occluder_sdf_0(var_22);
        // s = wp.min(s, 16.0 * d / t)                                                        <L 127>
        var_25 = wp::mul(var_24, var_23);
        var_26 = wp::div(var_25, var_15);
        var_27 = wp::min(var_17, var_26);
        // if s < 1.0e-3 or t > 8.0:                                                          <L 128>
        var_30 = (var_27 < var_29);
        var_28 = var_30;
        if (!var_28) {
            var_32 = (var_15 > var_31);
            var_28 = var_28 || var_32;
        }
        if (var_28) {
            // break                                                                          <L 129>
            wp::assign(var_17, var_27);
            goto end_for_1;
        }
        var_33 = wp::where(var_28, var_17, var_27);
        // t += wp.clamp(d, 1.0e-3, 0.5)                                                      <L 130>
        var_36 = wp::clamp(var_23, var_34, var_35);
        var_37 = wp::add(var_15, var_36);
        wp::assign(var_15, var_37);
        wp::assign(var_17, var_33);
        goto start_for_1;
    end_for_1:;
    // s = wp.clamp(s, 0.0, 1.0)                                                              <L 131>
    var_40 = wp::clamp(var_17, var_38, var_39);
    // occlusion[i, j] = s * s * (3.0 - 2.0 * s)                                              <L 132>
    var_41 = wp::mul(var_40, var_40);
    var_44 = wp::mul(var_43, var_40);
    var_45 = wp::sub(var_42, var_44);
    var_46 = wp::mul(var_41, var_45);
    wp::array_store(var_occlusion, var_0, var_1, var_46);
}



template <bool wp_linear_contiguous>
static void soft_shadows_2d2c3408_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_soft_shadows_2d2c3408 *_wp_args,
    wp_args_soft_shadows_2d2c3408 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_inv_masses = _wp_args->inv_masses;
    wp::array_t<wp::vec_t<3, wp::float32>> var_gbuffer_position = _wp_args->gbuffer_position;
    wp::array_t<wp::vec_t<3, wp::float32>> var_gbuffer_normal = _wp_args->gbuffer_normal;
    wp::vec_t<3, wp::float32> var_light_dir = _wp_args->light_dir;
    wp::array_t<wp::float32> var_occlusion = _wp_args->occlusion;
    wp::array_t<wp::float32> adj_inv_masses = _wp_adj_args->inv_masses;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_gbuffer_position = _wp_adj_args->gbuffer_position;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_gbuffer_normal = _wp_adj_args->gbuffer_normal;
    wp::vec_t<3, wp::float32> adj_light_dir = _wp_adj_args->light_dir;
    wp::array_t<wp::float32> adj_occlusion = _wp_adj_args->occlusion;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    bool var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32>* var_8;
    const wp::float32 var_9 = 0.01;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::float32 var_14 = 0.01;
    wp::float32 var_15;
    const wp::float32 var_16 = 1.0;
    wp::float32 var_17;
    const wp::int32 var_18 = 48;
    wp::range_t var_19;
    wp::int32 var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 16.0;
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
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    bool adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::range_t adj_19 = {};
    wp::int32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::float32 adj_23 = {};
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
    // def soft_shadows(                                                                      <L 109>
    // i, j = wp.tid()                                                                        <L 117>
    builtin_tid2d(var_0, var_1);
    // inv_m = inv_masses[i, j]                                                               <L 118>
    var_2 = wp::address(var_inv_masses, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // if inv_m == 0.0:                                                                       <L 120>
    var_6 = (var_3 == var_5);
    if (var_6) {
        // return                                                                             <L 121>
        goto label0;
    }
    // origin = gbuffer_position[i, j] + gbuffer_normal[i, j] * 1.0e-2                        <L 122>
    var_7 = wp::address(var_gbuffer_position, var_0, var_1);
    var_8 = wp::address(var_gbuffer_normal, var_0, var_1);
    var_11 = wp::load(var_8);
    var_10 = wp::mul(var_11, var_9);
    var_13 = wp::load(var_7);
    var_12 = wp::add(var_13, var_10);
    // t = float(1.0e-2)                                                                      <L 123>
    var_15 = wp::float(var_14);
    // s = float(1.0)                                                                         <L 124>
    var_17 = wp::float(var_16);
    // for _step in range(48):                                                                <L 125>
    var_19 = wp::range(var_18);
    // s = wp.clamp(s, 0.0, 1.0)                                                              <L 131>
    var_40 = wp::clamp(var_17, var_38, var_39);
    // occlusion[i, j] = s * s * (3.0 - 2.0 * s)                                              <L 132>
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
    // adj: occlusion[i, j] = s * s * (3.0 - 2.0 * s)                                         <L 132>
    wp::adj_clamp(var_17, var_38, var_39, adj_17, adj_38, adj_39, adj_40);
    // adj: s = wp.clamp(s, 0.0, 1.0)                                                         <L 131>
    var_19 = wp::iter_reverse(var_19);
    start_for_1:;
        if (iter_cmp(var_19) == 0) goto end_for_1;
        var_20 = wp::iter_next(var_19);
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
        // d = occluder_sdf(origin + light_dir * t)                                           <L 126>
        var_21 = wp::mul(var_light_dir, var_15);
        var_22 = wp::add(var_12, var_21);
        var_23 = occluder_sdf_0(var_22);
        // s = wp.min(s, 16.0 * d / t)                                                        <L 127>
        var_25 = wp::mul(var_24, var_23);
        var_26 = wp::div(var_25, var_15);
        var_27 = wp::min(var_17, var_26);
        // if s < 1.0e-3 or t > 8.0:                                                          <L 128>
        var_30 = (var_27 < var_29);
        var_28 = var_30;
        if (!var_28) {
            var_32 = (var_15 > var_31);
            var_28 = var_28 || var_32;
        }
        if (var_28) {
            // break                                                                          <L 129>
            wp::assign(var_17, var_27);
            goto end_for_1;
        }
        var_33 = wp::where(var_28, var_17, var_27);
        // t += wp.clamp(d, 1.0e-3, 0.5)                                                      <L 130>
        var_36 = wp::clamp(var_23, var_34, var_35);
        var_37 = wp::add(var_15, var_36);
        wp::assign(var_15, var_37);
        wp::assign(var_17, var_33);
        wp::adj_assign(var_17, var_33, adj_17, adj_33);
        wp::adj_assign(var_15, var_37, adj_15, adj_37);
        wp::adj_add(var_15, var_36, adj_15, adj_36, adj_37);
        wp::adj_clamp(var_23, var_34, var_35, adj_23, adj_34, adj_35, adj_36);
        // adj: t += wp.clamp(d, 1.0e-3, 0.5)                                                 <L 130>
        wp::adj_where(var_28, var_17, var_27, adj_28, adj_17, adj_27, adj_33);
        if (var_28) {
            wp::adj_assign(var_17, var_27, adj_17, adj_27);
            // adj: break                                                                     <L 129>
        }
        if (!var_28) {
        }
        // adj: if s < 1.0e-3 or t > 8.0:                                                     <L 128>
        wp::adj_min(var_17, var_26, adj_17, adj_26, adj_27);
        wp::adj_div(var_25, var_15, var_26, adj_25, adj_15, adj_26);
        wp::adj_mul(var_24, var_23, adj_24, adj_23, adj_25);
        // adj: s = wp.min(s, 16.0 * d / t)                                                   <L 127>
        adj_occluder_sdf_0(var_22, adj_22, adj_23);
        wp::adj_add(var_12, var_21, adj_12, adj_21, adj_22);
        wp::adj_mul(var_light_dir, var_15, adj_light_dir, adj_15, adj_21);
        // adj: d = occluder_sdf(origin + light_dir * t)                                      <L 126>
    	goto start_for_1;
    end_for_1:;
    // adj: for _step in range(48):                                                           <L 125>
    wp::adj_float(var_16, adj_16, adj_17);
    // adj: s = float(1.0)                                                                    <L 124>
    wp::adj_float(var_14, adj_14, adj_15);
    // adj: t = float(1.0e-2)                                                                 <L 123>
    wp::adj_add(var_13, var_10, adj_7, adj_10, adj_12);
    wp::adj_mul(var_11, var_9, adj_8, adj_9, adj_10);
    wp::adj_address(var_gbuffer_normal, var_0, var_1, adj_gbuffer_normal, adj_0, adj_1, adj_8);
    wp::adj_address(var_gbuffer_position, var_0, var_1, adj_gbuffer_position, adj_0, adj_1, adj_7);
    // adj: origin = gbuffer_position[i, j] + gbuffer_normal[i, j] * 1.0e-2                   <L 122>
    if (var_6) {
        label0:;
        // adj: return                                                                        <L 121>
    }
    // adj: if inv_m == 0.0:                                                                  <L 120>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_inv_masses, var_0, var_1, adj_inv_masses, adj_0, adj_1, adj_2);
    // adj: inv_m = inv_masses[i, j]                                                          <L 118>
    // adj: i, j = wp.tid()                                                                   <L 117>
    // adj: def soft_shadows(                                                                 <L 109>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void soft_shadows_2d2c3408_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_soft_shadows_2d2c3408 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        soft_shadows_2d2c3408_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void soft_shadows_2d2c3408_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_soft_shadows_2d2c3408 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    soft_shadows_2d2c3408_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void soft_shadows_2d2c3408_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_soft_shadows_2d2c3408 *_wp_args)
{
    soft_shadows_2d2c3408_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void soft_shadows_2d2c3408_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_soft_shadows_2d2c3408 *_wp_args,
    wp_args_soft_shadows_2d2c3408 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        soft_shadows_2d2c3408_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void soft_shadows_2d2c3408_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_soft_shadows_2d2c3408 *_wp_args,
    wp_args_soft_shadows_2d2c3408 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    soft_shadows_2d2c3408_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void soft_shadows_2d2c3408_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_soft_shadows_2d2c3408 *_wp_args,
    wp_args_soft_shadows_2d2c3408 *_wp_adj_args)
{
    soft_shadows_2d2c3408_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_create_draw_sphere_scene_kernel__locals__draw_sphere_scene_66b3dfac {
    wp::array_t<wp::vec_t<3, wp::float32>> sphere_centers;
    wp::array_t<wp::float32> sphere_radius;
    wp::array_t<wp::int32> sphere_material;
    wp::array_t<wp::vec_t<3, wp::float32>> material_colors;
    wp::int32 sphere_count;
    wp::transform_t<wp::float32> camera_transform;
    wp::float32 vertical_fov;
    wp::int32 max_steps;
    wp::vec_t<3, wp::float32> clear_color;
    wp::array_t<wp::vec_t<3, wp::float32>> color_image;
};


template <bool wp_linear_contiguous>
static void create_draw_sphere_scene_kernel__locals__draw_sphere_scene_66b3dfac_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_create_draw_sphere_scene_kernel__locals__draw_sphere_scene_66b3dfac *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_sphere_centers = _wp_args->sphere_centers;
    wp::array_t<wp::float32> var_sphere_radius = _wp_args->sphere_radius;
    wp::array_t<wp::int32> var_sphere_material = _wp_args->sphere_material;
    wp::array_t<wp::vec_t<3, wp::float32>> var_material_colors = _wp_args->material_colors;
    wp::int32 var_sphere_count = _wp_args->sphere_count;
    wp::transform_t<wp::float32> var_camera_transform = _wp_args->camera_transform;
    wp::float32 var_vertical_fov = _wp_args->vertical_fov;
    wp::int32 var_max_steps = _wp_args->max_steps;
    wp::vec_t<3, wp::float32> var_clear_color = _wp_args->clear_color;
    wp::array_t<wp::vec_t<3, wp::float32>> var_color_image = _wp_args->color_image;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::shape_t var_9;
    const wp::float32 var_10 = 0.5;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::float32 var_16 = 2.0;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.5;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::float32 var_23 = 1.0;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 1.0;
    const wp::float32 var_28 = 2.0;
    wp::float32 var_29;
    const wp::float32 var_30 = 0.5;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::vec_t<3, wp::float32> var_37;
    const wp::float32 var_38 = -1.0;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
    const wp::float32 var_42 = 0.0;
    wp::float32 var_43;
    const bool var_44 = false;
    bool var_45;
    wp::range_t var_46;
    wp::int32 var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::float32 var_50;
    const wp::float32 var_51 = 0.001;
    bool var_52;
    const bool var_53 = true;
    wp::float32 var_54;
    const wp::float32 var_55 = 20.0;
    bool var_56;
    wp::float32 var_57;
    bool var_58;
    const bool var_59 = false;
    wp::vec_t<3, wp::float32> var_60;
    wp::vec_t<3, wp::float32> var_61;
    wp::vec_t<3, wp::float32> var_62;
    const bool var_63 = true;
    const wp::float32 var_64 = 0.5;
    wp::vec_t<3, wp::float32> var_65;
    const wp::float32 var_66 = 0.5;
    wp::vec_t<3, wp::float32> var_67;
    wp::vec_t<3, wp::float32> var_68;
    wp::int32 var_69;
    wp::int32* var_70;
    wp::int32 var_71;
    wp::vec_t<3, wp::float32>* var_72;
    wp::vec_t<3, wp::float32> var_73;
    wp::vec_t<3, wp::float32> var_74;
    const wp::float32 var_75 = 0.6;
    const wp::float32 var_76 = 0.4;
    const wp::float32 var_77 = 0.5;
    wp::vec_t<3, wp::float32> var_78;
    wp::vec_t<3, wp::float32> var_79;
    wp::float32 var_80;
    const wp::float32 var_81 = 0.0;
    wp::float32 var_82;
    const wp::float32 var_83 = 0.15;
    const wp::float32 var_84 = 0.85;
    wp::float32 var_85;
    wp::float32 var_86;
    wp::vec_t<3, wp::float32> var_87;
    //---------
    // forward
    // def draw_sphere_scene(                                                                 <L 47>
    // i, j = wp.tid()                                                                        <L 59>
    builtin_tid2d(var_0, var_1);
    // height = color_image.shape[0]                                                          <L 60>
    var_2 = &(var_color_image.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // width = color_image.shape[1]                                                           <L 61>
    var_6 = &(var_color_image.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // tan_half = wp.tan(0.5 * vertical_fov)                                                  <L 64>
    var_11 = wp::mul(var_10, var_vertical_fov);
    var_12 = wp::tan(var_11);
    // aspect = float(width) / float(height)                                                  <L 65>
    var_13 = wp::float(var_8);
    var_14 = wp::float(var_4);
    var_15 = wp::div(var_13, var_14);
    // sx = (2.0 * (float(j) + 0.5) / float(width) - 1.0) * aspect * tan_half                 <L 66>
    var_17 = wp::float(var_1);
    var_19 = wp::add(var_17, var_18);
    var_20 = wp::mul(var_16, var_19);
    var_21 = wp::float(var_8);
    var_22 = wp::div(var_20, var_21);
    var_24 = wp::sub(var_22, var_23);
    var_25 = wp::mul(var_24, var_15);
    var_26 = wp::mul(var_25, var_12);
    // sy = (1.0 - 2.0 * (float(i) + 0.5) / float(height)) * tan_half                         <L 67>
    var_29 = wp::float(var_0);
    var_31 = wp::add(var_29, var_30);
    var_32 = wp::mul(var_28, var_31);
    var_33 = wp::float(var_4);
    var_34 = wp::div(var_32, var_33);
    var_35 = wp::sub(var_27, var_34);
    var_36 = wp::mul(var_35, var_12);
    // ro = wp.transform_get_translation(camera_transform)                                    <L 68>
    var_37 = wp::transform_get_translation(var_camera_transform);
    // rd = wp.transform_vector(camera_transform, wp.normalize(wp.vec3(sx, sy, -1.0)))        <L 69>
    var_39 = wp::vec_t<3, wp::float32>(var_26, var_36, var_38);
    var_40 = wp::normalize(var_39);
    var_41 = wp::transform_vector(var_camera_transform, var_40);
    // t = float(0.0)                                                                         <L 70>
    var_43 = wp::float(var_42);
    // hit = bool(False)                                                                      <L 71>
    var_45 = bool(var_44);
    // for _ in range(max_steps):                                                             <L 72>
    var_46 = wp::range(var_max_steps);
    start_for_0:;
        if (iter_cmp(var_46) == 0) goto end_for_0;
        var_47 = wp::iter_next(var_46);
        // d = scene_distance(ro + rd * t, sphere_centers, sphere_radius, sphere_count)       <L 73>
        var_48 = wp::mul(var_41, var_43);
        var_49 = wp::add(var_37, var_48);
        var_50 = scene_distance_0(var_49, var_sphere_centers, var_sphere_radius, var_sphere_count);
        // if d < HIT_EPS:                                                                    <L 74>
        var_52 = (var_50 < var_51);
        if (var_52) {
            // hit = True                                                                     <L 75>
            // break                                                                          <L 76>
            wp::assign(var_45, var_53);
            goto end_for_0;
        }
        // t += d                                                                             <L 77>
        var_54 = wp::add(var_43, var_50);
        // if t > MAX_DIST:                                                                   <L 78>
        var_56 = (var_54 > var_55);
        if (var_56) {
            // break                                                                          <L 79>
            wp::assign(var_43, var_54);
            goto end_for_0;
        }
        var_57 = wp::where(var_56, var_43, var_54);
        wp::assign(var_43, var_57);
        goto start_for_0;
    end_for_0:;
    // if not hit:                                                                            <L 80>
    var_58 = wp::unot(var_45);
    if (var_58) {
        // color_image[i, j] = clear_color                                                    <L 81>
        wp::array_store(var_color_image, var_0, var_1, var_clear_color);
        // return                                                                             <L 82>
        return;
    }
    // if wp.static(mode == ShadingMode.DEPTH):                                               <L 83>
    // p = ro + rd * t                                                                        <L 86>
    var_60 = wp::mul(var_41, var_43);
    var_61 = wp::add(var_37, var_60);
    // n = scene_normal(p, sphere_centers, sphere_radius, sphere_count)                       <L 87>
    var_62 = scene_normal_0(var_61, var_sphere_centers, var_sphere_radius, var_sphere_count);
    // if wp.static(mode == ShadingMode.NORMALS):                                             <L 88>
    // color_image[i, j] = n * 0.5 + wp.vec3(0.5)                                             <L 89>
    var_65 = wp::mul(var_62, var_64);
    var_67 = wp::vec_t<3, wp::float32>(var_66);
    var_68 = wp::add(var_65, var_67);
    wp::array_store(var_color_image, var_0, var_1, var_68);
    // return                                                                                 <L 90>
    return;
    // k = nearest_sphere(p, sphere_centers, sphere_radius, sphere_count)                     <L 91>
    var_69 = nearest_sphere_0(var_61, var_sphere_centers, var_sphere_radius, var_sphere_count);
    // base = material_colors[sphere_material[k]]                                             <L 92>
    var_70 = wp::address(var_sphere_material, var_69);
    var_71 = wp::load(var_70);
    var_72 = wp::address(var_material_colors, var_71);
    var_74 = wp::load(var_72);
    var_73 = wp::copy(var_74);
    // l = wp.normalize(wp.vec3(0.6, 0.4, 0.5))                                               <L 93>
    var_78 = wp::vec_t<3, wp::float32>(var_75, var_76, var_77);
    var_79 = wp::normalize(var_78);
    // diffuse = wp.max(wp.dot(n, l), 0.0)                                                    <L 94>
    var_80 = wp::dot(var_62, var_79);
    var_82 = wp::max(var_80, var_81);
    // color_image[i, j] = base * (0.15 + 0.85 * diffuse)                                     <L 95>
    var_85 = wp::mul(var_84, var_82);
    var_86 = wp::add(var_83, var_85);
    var_87 = wp::mul(var_73, var_86);
    wp::array_store(var_color_image, var_0, var_1, var_87);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_draw_sphere_scene_kernel__locals__draw_sphere_scene_66b3dfac_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_create_draw_sphere_scene_kernel__locals__draw_sphere_scene_66b3dfac *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_draw_sphere_scene_kernel__locals__draw_sphere_scene_66b3dfac_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void create_draw_sphere_scene_kernel__locals__draw_sphere_scene_66b3dfac_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_create_draw_sphere_scene_kernel__locals__draw_sphere_scene_66b3dfac *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    create_draw_sphere_scene_kernel__locals__draw_sphere_scene_66b3dfac_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void create_draw_sphere_scene_kernel__locals__draw_sphere_scene_66b3dfac_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_create_draw_sphere_scene_kernel__locals__draw_sphere_scene_66b3dfac *_wp_args)
{
    create_draw_sphere_scene_kernel__locals__draw_sphere_scene_66b3dfac_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

