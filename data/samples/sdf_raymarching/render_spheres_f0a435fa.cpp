// Warp 1.19.0 cpu code for render_spheres_f0a435fa.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// render_spheres.py:15
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
    const wp::float32 var_11 = 0.5;
    const wp::float32 var_12 = 0.5;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.1;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.0;
    const wp::float32 var_19 = 1.0;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::float32 var_23 = 1.0;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    //---------
    // forward
    // def scene_distance(p: wp.vec3, centers: wp.array(dtype=wp.vec3), radii: wp.array(dtype=float), num_spheres: wp.int32) -> float:       <L 16>
    // d = MAX_DIST                                                                           <L 17>
    var_1 = wp::copy(var_0);
    // for k in range(num_spheres):                                                           <L 18>
    var_2 = wp::range(var_num_spheres);
    start_for_0:;
        if (iter_cmp(var_2) == 0) goto end_for_0;
        var_3 = wp::iter_next(var_2);
        // dk = wp.length(p - centers[k]) - radii[k]                                          <L 19>
        var_4 = wp::address(var_centers, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::sub(var_p, var_6);
        var_7 = wp::length(var_5);
        var_8 = wp::address(var_radii, var_3);
        var_10 = wp::load(var_8);
        var_9 = wp::sub(var_7, var_10);
        // h = wp.clamp(0.5 + 0.5 * (dk - d) / BLEND_RADIUS, 0.0, 1.0)                        <L 21>
        var_13 = wp::sub(var_9, var_1);
        var_14 = wp::mul(var_12, var_13);
        var_16 = wp::div(var_14, var_15);
        var_17 = wp::add(var_11, var_16);
        var_20 = wp::clamp(var_17, var_18, var_19);
        // d = wp.lerp(dk, d, h) - BLEND_RADIUS * h * (1.0 - h)                               <L 22>
        var_21 = wp::lerp(var_9, var_1, var_20);
        var_22 = wp::mul(var_15, var_20);
        var_24 = wp::sub(var_23, var_20);
        var_25 = wp::mul(var_22, var_24);
        var_26 = wp::sub(var_21, var_25);
        wp::assign(var_1, var_26);
        goto start_for_0;
    end_for_0:;
    // return d                                                                               <L 23>
    return var_1;
}


// render_spheres.py:26
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
    // def scene_normal(p: wp.vec3, centers: wp.array(dtype=wp.vec3), radii: wp.array(dtype=float), num_spheres: wp.int32) -> wp.vec3:       <L 27>
    // e = 1.0e-3                                                                             <L 29>
    // dx = scene_distance(p + wp.vec3(e, 0.0, 0.0), centers, radii, num_spheres) - scene_distance(p - wp.vec3(e, 0.0, 0.0), centers, radii, num_spheres)       <L 30>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    var_4 = wp::add(var_p, var_3);
    var_5 = scene_distance_0(var_4, var_centers, var_radii, var_num_spheres);
    var_8 = wp::vec_t<3, wp::float32>(var_0, var_6, var_7);
    var_9 = wp::sub(var_p, var_8);
    var_10 = scene_distance_0(var_9, var_centers, var_radii, var_num_spheres);
    var_11 = wp::sub(var_5, var_10);
    // dy = scene_distance(p + wp.vec3(0.0, e, 0.0), centers, radii, num_spheres) - scene_distance(p - wp.vec3(0.0, e, 0.0), centers, radii, num_spheres)       <L 31>
    var_14 = wp::vec_t<3, wp::float32>(var_12, var_0, var_13);
    var_15 = wp::add(var_p, var_14);
    var_16 = scene_distance_0(var_15, var_centers, var_radii, var_num_spheres);
    var_19 = wp::vec_t<3, wp::float32>(var_17, var_0, var_18);
    var_20 = wp::sub(var_p, var_19);
    var_21 = scene_distance_0(var_20, var_centers, var_radii, var_num_spheres);
    var_22 = wp::sub(var_16, var_21);
    // dz = scene_distance(p + wp.vec3(0.0, 0.0, e), centers, radii, num_spheres) - scene_distance(p - wp.vec3(0.0, 0.0, e), centers, radii, num_spheres)       <L 32>
    var_25 = wp::vec_t<3, wp::float32>(var_23, var_24, var_0);
    var_26 = wp::add(var_p, var_25);
    var_27 = scene_distance_0(var_26, var_centers, var_radii, var_num_spheres);
    var_30 = wp::vec_t<3, wp::float32>(var_28, var_29, var_0);
    var_31 = wp::sub(var_p, var_30);
    var_32 = scene_distance_0(var_31, var_centers, var_radii, var_num_spheres);
    var_33 = wp::sub(var_27, var_32);
    // return wp.normalize(wp.vec3(dx, dy, dz))                                               <L 33>
    var_34 = wp::vec_t<3, wp::float32>(var_11, var_22, var_33);
    var_35 = wp::normalize(var_34);
    return var_35;
}


// render_spheres.py:36
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
    // def nearest_sphere(p: wp.vec3, centers: wp.array(dtype=wp.vec3), radii: wp.array(dtype=float), num_spheres: wp.int32) -> wp.int32:       <L 37>
    // best = wp.int32(0)                                                                     <L 38>
    var_1 = wp::int32(var_0);
    // d_best = MAX_DIST                                                                      <L 39>
    var_3 = wp::copy(var_2);
    // for k in range(num_spheres):                                                           <L 40>
    var_4 = wp::range(var_num_spheres);
    start_for_0:;
        if (iter_cmp(var_4) == 0) goto end_for_0;
        var_5 = wp::iter_next(var_4);
        // dk = wp.length(p - centers[k]) - radii[k]                                          <L 41>
        var_6 = wp::address(var_centers, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::sub(var_p, var_8);
        var_9 = wp::length(var_7);
        var_10 = wp::address(var_radii, var_5);
        var_12 = wp::load(var_10);
        var_11 = wp::sub(var_9, var_12);
        // if dk < d_best:                                                                    <L 42>
        var_13 = (var_11 < var_3);
        if (var_13) {
            // d_best = dk                                                                    <L 43>
            var_14 = wp::copy(var_11);
            // best = k                                                                       <L 44>
            var_15 = wp::copy(var_5);
        }
        var_16 = wp::where(var_13, var_15, var_1);
        var_17 = wp::where(var_13, var_14, var_3);
        wp::assign(var_1, var_16);
        wp::assign(var_3, var_17);
        goto start_for_0;
    end_for_0:;
    // return best                                                                            <L 45>
    return var_1;
}


// render_spheres.py:104
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
    // def occluder_sdf(p: wp.vec3):                                                          <L 105>
    // return wp.min(wp.length(p - wp.vec3(0.0, 0.5, 0.0)) - 0.5, p[1] + 1.0)                 <L 107>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    var_4 = wp::sub(var_p, var_3);
    var_5 = wp::length(var_4);
    var_7 = wp::sub(var_5, var_6);
    var_9 = wp::extract(var_p, var_8);
    var_11 = wp::add(var_9, var_10);
    var_12 = wp::min(var_7, var_11);
    return var_12;
}


// render_spheres.py:15
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


// render_spheres.py:26
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


// render_spheres.py:36
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


// render_spheres.py:104
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
    // def occluder_sdf(p: wp.vec3):                                                          <L 105>
    // return wp.min(wp.length(p - wp.vec3(0.0, 0.5, 0.0)) - 0.5, p[1] + 1.0)                 <L 107>
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
    // adj: return wp.min(wp.length(p - wp.vec3(0.0, 0.5, 0.0)) - 0.5, p[1] + 1.0)            <L 107>
    // adj: def occluder_sdf(p: wp.vec3):                                                     <L 105>
    return;
}

struct wp_args_create_render_spheres_kernel__locals__render_spheres_6b49b416 {
    wp::array_t<wp::vec_t<3, wp::float32>> shape_centers;
    wp::array_t<wp::float32> shape_radius;
    wp::array_t<wp::int32> shape_material;
    wp::array_t<wp::vec_t<3, wp::float32>> material_colors;
    wp::array_t<wp::vec_t<3, wp::float32>> color_image;
    wp::int32 sphere_count;
    wp::transform_t<wp::float32> camera_transform;
    wp::float32 vertical_fov;
    wp::int32 max_steps;
    wp::vec_t<3, wp::float32> light_dir;
    wp::vec_t<3, wp::float32> background;
};


template <bool wp_linear_contiguous>
static void create_render_spheres_kernel__locals__render_spheres_6b49b416_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_create_render_spheres_kernel__locals__render_spheres_6b49b416 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_shape_centers = _wp_args->shape_centers;
    wp::array_t<wp::float32> var_shape_radius = _wp_args->shape_radius;
    wp::array_t<wp::int32> var_shape_material = _wp_args->shape_material;
    wp::array_t<wp::vec_t<3, wp::float32>> var_material_colors = _wp_args->material_colors;
    wp::array_t<wp::vec_t<3, wp::float32>> var_color_image = _wp_args->color_image;
    wp::int32 var_sphere_count = _wp_args->sphere_count;
    wp::transform_t<wp::float32> var_camera_transform = _wp_args->camera_transform;
    wp::float32 var_vertical_fov = _wp_args->vertical_fov;
    wp::int32 var_max_steps = _wp_args->max_steps;
    wp::vec_t<3, wp::float32> var_light_dir = _wp_args->light_dir;
    wp::vec_t<3, wp::float32> var_background = _wp_args->background;
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
    const bool var_63 = false;
    wp::int32 var_64;
    wp::int32* var_65;
    wp::int32 var_66;
    wp::vec_t<3, wp::float32>* var_67;
    wp::vec_t<3, wp::float32> var_68;
    wp::vec_t<3, wp::float32> var_69;
    wp::vec_t<3, wp::float32> var_70;
    wp::float32 var_71;
    const wp::float32 var_72 = 0.0;
    wp::float32 var_73;
    const wp::float32 var_74 = 0.15;
    const wp::float32 var_75 = 0.85;
    wp::float32 var_76;
    wp::float32 var_77;
    wp::vec_t<3, wp::float32> var_78;
    //---------
    // forward
    // def render_spheres(                                                                    <L 50>
    // i, j = wp.tid()                                                                        <L 63>
    builtin_tid2d(var_0, var_1);
    // height = color_image.shape[0]                                                          <L 64>
    var_2 = &(var_color_image.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // width = color_image.shape[1]                                                           <L 65>
    var_6 = &(var_color_image.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // tan_half = wp.tan(0.5 * vertical_fov)                                                  <L 66>
    var_11 = wp::mul(var_10, var_vertical_fov);
    var_12 = wp::tan(var_11);
    // aspect = float(width) / float(height)                                                  <L 67>
    var_13 = wp::float(var_8);
    var_14 = wp::float(var_4);
    var_15 = wp::div(var_13, var_14);
    // sx = (2.0 * (float(j) + 0.5) / float(width) - 1.0) * aspect * tan_half                 <L 68>
    var_17 = wp::float(var_1);
    var_19 = wp::add(var_17, var_18);
    var_20 = wp::mul(var_16, var_19);
    var_21 = wp::float(var_8);
    var_22 = wp::div(var_20, var_21);
    var_24 = wp::sub(var_22, var_23);
    var_25 = wp::mul(var_24, var_15);
    var_26 = wp::mul(var_25, var_12);
    // sy = (1.0 - 2.0 * (float(i) + 0.5) / float(height)) * tan_half                         <L 69>
    var_29 = wp::float(var_0);
    var_31 = wp::add(var_29, var_30);
    var_32 = wp::mul(var_28, var_31);
    var_33 = wp::float(var_4);
    var_34 = wp::div(var_32, var_33);
    var_35 = wp::sub(var_27, var_34);
    var_36 = wp::mul(var_35, var_12);
    // ro = wp.transform_get_translation(camera_transform)                                    <L 70>
    var_37 = wp::transform_get_translation(var_camera_transform);
    // rd = wp.transform_vector(camera_transform, wp.normalize(wp.vec3(sx, sy, -1.0)))        <L 71>
    var_39 = wp::vec_t<3, wp::float32>(var_26, var_36, var_38);
    var_40 = wp::normalize(var_39);
    var_41 = wp::transform_vector(var_camera_transform, var_40);
    // t = float(0.0)                                                                         <L 72>
    var_43 = wp::float(var_42);
    // hit = bool(False)                                                                      <L 73>
    var_45 = bool(var_44);
    // for _ in range(max_steps):                                                             <L 74>
    var_46 = wp::range(var_max_steps);
    start_for_0:;
        if (iter_cmp(var_46) == 0) goto end_for_0;
        var_47 = wp::iter_next(var_46);
        // d = scene_distance(ro + rd * t, shape_centers, shape_radius, sphere_count)         <L 75>
        var_48 = wp::mul(var_41, var_43);
        var_49 = wp::add(var_37, var_48);
        var_50 = scene_distance_0(var_49, var_shape_centers, var_shape_radius, var_sphere_count);
        // if d < HIT_EPS:                                                                    <L 76>
        var_52 = (var_50 < var_51);
        if (var_52) {
            // hit = True                                                                     <L 77>
            // break                                                                          <L 78>
            wp::assign(var_45, var_53);
            goto end_for_0;
        }
        // t += d                                                                             <L 79>
        var_54 = wp::add(var_43, var_50);
        // if t > MAX_DIST:                                                                   <L 80>
        var_56 = (var_54 > var_55);
        if (var_56) {
            // break                                                                          <L 81>
            wp::assign(var_43, var_54);
            goto end_for_0;
        }
        var_57 = wp::where(var_56, var_43, var_54);
        wp::assign(var_43, var_57);
        goto start_for_0;
    end_for_0:;
    // if not hit:                                                                            <L 82>
    var_58 = wp::unot(var_45);
    if (var_58) {
        // color_image[i, j] = background                                                     <L 83>
        wp::array_store(var_color_image, var_0, var_1, var_background);
        // return                                                                             <L 84>
        return;
    }
    // if wp.static(mode == ShadingMode.DEPTH):                                               <L 85>
    // p = ro + rd * t                                                                        <L 88>
    var_60 = wp::mul(var_41, var_43);
    var_61 = wp::add(var_37, var_60);
    // n = scene_normal(p, shape_centers, shape_radius, sphere_count)                         <L 89>
    var_62 = scene_normal_0(var_61, var_shape_centers, var_shape_radius, var_sphere_count);
    // if wp.static(mode == ShadingMode.NORMALS):                                             <L 90>
    // k = nearest_sphere(p, shape_centers, shape_radius, sphere_count)                       <L 93>
    var_64 = nearest_sphere_0(var_61, var_shape_centers, var_shape_radius, var_sphere_count);
    // base = material_colors[shape_material[k]]                                              <L 94>
    var_65 = wp::address(var_shape_material, var_64);
    var_66 = wp::load(var_65);
    var_67 = wp::address(var_material_colors, var_66);
    var_69 = wp::load(var_67);
    var_68 = wp::copy(var_69);
    // l = light_dir                                                                          <L 95>
    var_70 = wp::copy(var_light_dir);
    // diffuse = wp.max(wp.dot(n, l), 0.0)                                                    <L 96>
    var_71 = wp::dot(var_62, var_70);
    var_73 = wp::max(var_71, var_72);
    // color_image[i, j] = base * (0.15 + 0.85 * diffuse)                                     <L 97>
    var_76 = wp::mul(var_75, var_73);
    var_77 = wp::add(var_74, var_76);
    var_78 = wp::mul(var_68, var_77);
    wp::array_store(var_color_image, var_0, var_1, var_78);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_render_spheres_kernel__locals__render_spheres_6b49b416_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_create_render_spheres_kernel__locals__render_spheres_6b49b416 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_render_spheres_kernel__locals__render_spheres_6b49b416_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void create_render_spheres_kernel__locals__render_spheres_6b49b416_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_create_render_spheres_kernel__locals__render_spheres_6b49b416 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    create_render_spheres_kernel__locals__render_spheres_6b49b416_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void create_render_spheres_kernel__locals__render_spheres_6b49b416_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_create_render_spheres_kernel__locals__render_spheres_6b49b416 *_wp_args)
{
    create_render_spheres_kernel__locals__render_spheres_6b49b416_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_soft_shadows_803fb5e0 {
    wp::array_t<wp::vec_t<3, wp::float32>> hit_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> gbuffer_normal;
    wp::array_t<wp::float32> shadow;
};


template <bool wp_linear_contiguous>
static void soft_shadows_803fb5e0_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_soft_shadows_803fb5e0 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_hit_positions = _wp_args->hit_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_gbuffer_normal = _wp_args->gbuffer_normal;
    wp::array_t<wp::float32> var_shadow = _wp_args->shadow;
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
    const wp::float32 var_18 = 0.6;
    const wp::float32 var_19 = 0.4;
    const wp::float32 var_20 = 0.5;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 16.0;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    bool var_30;
    const wp::float32 var_31 = 0.001;
    bool var_32;
    const wp::float32 var_33 = 8.0;
    bool var_34;
    wp::float32 var_35;
    const wp::float32 var_36 = 0.001;
    const wp::float32 var_37 = 0.5;
    wp::float32 var_38;
    wp::float32 var_39;
    const wp::float32 var_40 = 0.0;
    const wp::float32 var_41 = 1.0;
    wp::float32 var_42;
    wp::float32 var_43;
    const wp::float32 var_44 = 3.0;
    const wp::float32 var_45 = 2.0;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    //---------
    // forward
    // def soft_shadows(                                                                      <L 111>
    // i, j = wp.tid()                                                                        <L 116>
    builtin_tid2d(var_0, var_1);
    // hit = hit_positions[i, j]                                                              <L 117>
    var_2 = wp::address(var_hit_positions, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // nrm = gbuffer_normal[i, j]                                                             <L 118>
    var_5 = wp::address(var_gbuffer_normal, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // origin = hit + nrm * 1.0e-2                                                            <L 119>
    var_9 = wp::mul(var_6, var_8);
    var_10 = wp::add(var_3, var_9);
    // t = float(1.0e-2)                                                                      <L 120>
    var_12 = wp::float(var_11);
    // s = float(1.0)                                                                         <L 121>
    var_14 = wp::float(var_13);
    // for _step in range(48):                                                                <L 122>
    var_16 = wp::range(var_15);
    start_for_0:;
        if (iter_cmp(var_16) == 0) goto end_for_0;
        var_17 = wp::iter_next(var_16);
        // d = occluder_sdf(origin + wp.normalize(wp.vec3(0.6, 0.4, 0.5)) * t)                <L 123>
        var_21 = wp::vec_t<3, wp::float32>(var_18, var_19, var_20);
        var_22 = wp::normalize(var_21);
        var_23 = wp::mul(var_22, var_12);
        var_24 = wp::add(var_10, var_23);
        var_25 = occluder_sdf_0(var_24);
        // s = wp.min(s, 16.0 * d / t)                                                        <L 124>
        var_27 = wp::mul(var_26, var_25);
        var_28 = wp::div(var_27, var_12);
        var_29 = wp::min(var_14, var_28);
        // if s < 1.0e-3 or t > 8.0:                                                          <L 125>
        var_32 = (var_29 < var_31);
        var_30 = var_32;
        if (!var_30) {
            var_34 = (var_12 > var_33);
            var_30 = var_30 || var_34;
        }
        if (var_30) {
            // break                                                                          <L 126>
            wp::assign(var_14, var_29);
            goto end_for_0;
        }
        var_35 = wp::where(var_30, var_14, var_29);
        // t += wp.clamp(d, 1.0e-3, 0.5)                                                      <L 127>
        var_38 = wp::clamp(var_25, var_36, var_37);
        var_39 = wp::add(var_12, var_38);
        wp::assign(var_12, var_39);
        wp::assign(var_14, var_35);
        goto start_for_0;
    end_for_0:;
    // s = wp.clamp(s, 0.0, 1.0)                                                              <L 128>
    var_42 = wp::clamp(var_14, var_40, var_41);
    // shadow[i, j] = s * s * (3.0 - 2.0 * s)                                                 <L 129>
    var_43 = wp::mul(var_42, var_42);
    var_46 = wp::mul(var_45, var_42);
    var_47 = wp::sub(var_44, var_46);
    var_48 = wp::mul(var_43, var_47);
    wp::array_store(var_shadow, var_0, var_1, var_48);
}



template <bool wp_linear_contiguous>
static void soft_shadows_803fb5e0_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_soft_shadows_803fb5e0 *_wp_args,
    wp_args_soft_shadows_803fb5e0 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_hit_positions = _wp_args->hit_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_gbuffer_normal = _wp_args->gbuffer_normal;
    wp::array_t<wp::float32> var_shadow = _wp_args->shadow;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_hit_positions = _wp_adj_args->hit_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_gbuffer_normal = _wp_adj_args->gbuffer_normal;
    wp::array_t<wp::float32> adj_shadow = _wp_adj_args->shadow;
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
    const wp::float32 var_18 = 0.6;
    const wp::float32 var_19 = 0.4;
    const wp::float32 var_20 = 0.5;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 16.0;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    bool var_30;
    const wp::float32 var_31 = 0.001;
    bool var_32;
    const wp::float32 var_33 = 8.0;
    bool var_34;
    wp::float32 var_35;
    const wp::float32 var_36 = 0.001;
    const wp::float32 var_37 = 0.5;
    wp::float32 var_38;
    wp::float32 var_39;
    const wp::float32 var_40 = 0.0;
    const wp::float32 var_41 = 1.0;
    wp::float32 var_42;
    wp::float32 var_43;
    const wp::float32 var_44 = 3.0;
    const wp::float32 var_45 = 2.0;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
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
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    bool adj_30 = {};
    wp::float32 adj_31 = {};
    bool adj_32 = {};
    wp::float32 adj_33 = {};
    bool adj_34 = {};
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
    wp::float32 adj_48 = {};
    //---------
    // forward
    // def soft_shadows(                                                                      <L 111>
    // i, j = wp.tid()                                                                        <L 116>
    builtin_tid2d(var_0, var_1);
    // hit = hit_positions[i, j]                                                              <L 117>
    var_2 = wp::address(var_hit_positions, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // nrm = gbuffer_normal[i, j]                                                             <L 118>
    var_5 = wp::address(var_gbuffer_normal, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // origin = hit + nrm * 1.0e-2                                                            <L 119>
    var_9 = wp::mul(var_6, var_8);
    var_10 = wp::add(var_3, var_9);
    // t = float(1.0e-2)                                                                      <L 120>
    var_12 = wp::float(var_11);
    // s = float(1.0)                                                                         <L 121>
    var_14 = wp::float(var_13);
    // for _step in range(48):                                                                <L 122>
    var_16 = wp::range(var_15);
    // s = wp.clamp(s, 0.0, 1.0)                                                              <L 128>
    var_42 = wp::clamp(var_14, var_40, var_41);
    // shadow[i, j] = s * s * (3.0 - 2.0 * s)                                                 <L 129>
    var_43 = wp::mul(var_42, var_42);
    var_46 = wp::mul(var_45, var_42);
    var_47 = wp::sub(var_44, var_46);
    var_48 = wp::mul(var_43, var_47);
    // wp::array_store(var_shadow, var_0, var_1, var_48);
    //---------
    // reverse
    wp::adj_array_store(var_shadow, var_0, var_1, var_48, adj_shadow, adj_0, adj_1, adj_48);
    wp::adj_mul(var_43, var_47, adj_43, adj_47, adj_48);
    wp::adj_sub(var_44, var_46, adj_44, adj_46, adj_47);
    wp::adj_mul(var_45, var_42, adj_45, adj_42, adj_46);
    wp::adj_mul(var_42, var_42, adj_42, adj_42, adj_43);
    // adj: shadow[i, j] = s * s * (3.0 - 2.0 * s)                                            <L 129>
    wp::adj_clamp(var_14, var_40, var_41, adj_14, adj_40, adj_41, adj_42);
    // adj: s = wp.clamp(s, 0.0, 1.0)                                                         <L 128>
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
    	adj_35 = {};
    	adj_36 = {};
    	adj_37 = {};
    	adj_38 = {};
    	adj_39 = {};
        // d = occluder_sdf(origin + wp.normalize(wp.vec3(0.6, 0.4, 0.5)) * t)                <L 123>
        var_21 = wp::vec_t<3, wp::float32>(var_18, var_19, var_20);
        var_22 = wp::normalize(var_21);
        var_23 = wp::mul(var_22, var_12);
        var_24 = wp::add(var_10, var_23);
        var_25 = occluder_sdf_0(var_24);
        // s = wp.min(s, 16.0 * d / t)                                                        <L 124>
        var_27 = wp::mul(var_26, var_25);
        var_28 = wp::div(var_27, var_12);
        var_29 = wp::min(var_14, var_28);
        // if s < 1.0e-3 or t > 8.0:                                                          <L 125>
        var_32 = (var_29 < var_31);
        var_30 = var_32;
        if (!var_30) {
            var_34 = (var_12 > var_33);
            var_30 = var_30 || var_34;
        }
        if (var_30) {
            // break                                                                          <L 126>
            wp::assign(var_14, var_29);
            goto end_for_0;
        }
        var_35 = wp::where(var_30, var_14, var_29);
        // t += wp.clamp(d, 1.0e-3, 0.5)                                                      <L 127>
        var_38 = wp::clamp(var_25, var_36, var_37);
        var_39 = wp::add(var_12, var_38);
        wp::assign(var_12, var_39);
        wp::assign(var_14, var_35);
        wp::adj_assign(var_14, var_35, adj_14, adj_35);
        wp::adj_assign(var_12, var_39, adj_12, adj_39);
        wp::adj_add(var_12, var_38, adj_12, adj_38, adj_39);
        wp::adj_clamp(var_25, var_36, var_37, adj_25, adj_36, adj_37, adj_38);
        // adj: t += wp.clamp(d, 1.0e-3, 0.5)                                                 <L 127>
        wp::adj_where(var_30, var_14, var_29, adj_30, adj_14, adj_29, adj_35);
        if (var_30) {
            wp::adj_assign(var_14, var_29, adj_14, adj_29);
            // adj: break                                                                     <L 126>
        }
        if (!var_30) {
        }
        // adj: if s < 1.0e-3 or t > 8.0:                                                     <L 125>
        wp::adj_min(var_14, var_28, adj_14, adj_28, adj_29);
        wp::adj_div(var_27, var_12, var_28, adj_27, adj_12, adj_28);
        wp::adj_mul(var_26, var_25, adj_26, adj_25, adj_27);
        // adj: s = wp.min(s, 16.0 * d / t)                                                   <L 124>
        adj_occluder_sdf_0(var_24, adj_24, adj_25);
        wp::adj_add(var_10, var_23, adj_10, adj_23, adj_24);
        wp::adj_mul(var_22, var_12, adj_22, adj_12, adj_23);
        wp::adj_normalize(var_21, var_22, adj_21, adj_22);
        wp::adj_vec_t(var_18, var_19, var_20, adj_18, adj_19, adj_20, adj_21);
        // adj: d = occluder_sdf(origin + wp.normalize(wp.vec3(0.6, 0.4, 0.5)) * t)           <L 123>
    	goto start_for_0;
    end_for_0:;
    // adj: for _step in range(48):                                                           <L 122>
    wp::adj_float(var_13, adj_13, adj_14);
    // adj: s = float(1.0)                                                                    <L 121>
    wp::adj_float(var_11, adj_11, adj_12);
    // adj: t = float(1.0e-2)                                                                 <L 120>
    wp::adj_add(var_3, var_9, adj_3, adj_9, adj_10);
    wp::adj_mul(var_6, var_8, adj_6, adj_8, adj_9);
    // adj: origin = hit + nrm * 1.0e-2                                                       <L 119>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_gbuffer_normal, var_0, var_1, adj_gbuffer_normal, adj_0, adj_1, adj_5);
    // adj: nrm = gbuffer_normal[i, j]                                                        <L 118>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_hit_positions, var_0, var_1, adj_hit_positions, adj_0, adj_1, adj_2);
    // adj: hit = hit_positions[i, j]                                                         <L 117>
    // adj: i, j = wp.tid()                                                                   <L 116>
    // adj: def soft_shadows(                                                                 <L 111>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void soft_shadows_803fb5e0_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_soft_shadows_803fb5e0 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        soft_shadows_803fb5e0_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void soft_shadows_803fb5e0_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_soft_shadows_803fb5e0 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    soft_shadows_803fb5e0_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void soft_shadows_803fb5e0_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_soft_shadows_803fb5e0 *_wp_args)
{
    soft_shadows_803fb5e0_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void soft_shadows_803fb5e0_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_soft_shadows_803fb5e0 *_wp_args,
    wp_args_soft_shadows_803fb5e0 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        soft_shadows_803fb5e0_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void soft_shadows_803fb5e0_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_soft_shadows_803fb5e0 *_wp_args,
    wp_args_soft_shadows_803fb5e0 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    soft_shadows_803fb5e0_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void soft_shadows_803fb5e0_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_soft_shadows_803fb5e0 *_wp_args,
    wp_args_soft_shadows_803fb5e0 *_wp_adj_args)
{
    soft_shadows_803fb5e0_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

