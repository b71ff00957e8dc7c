// Warp 1.19.0 cpu code for render_mesh_fc1d09bc.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// render_mesh.py:15
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
    // def camera_ray(pixel: wp.int32, row: wp.int32, width: wp.int32, height: wp.int32, tan_half_fov: float) -> wp.vec3:       <L 16>
    // aspect = float(width) / float(height)                                                  <L 18>
    var_0 = wp::float(var_width);
    var_1 = wp::float(var_height);
    var_2 = wp::div(var_0, var_1);
    // sx = (2.0 * (float(pixel) + 0.5) / float(width) - 1.0) * aspect * tan_half_fov         <L 19>
    var_4 = wp::float(var_pixel);
    var_6 = wp::add(var_4, var_5);
    var_7 = wp::mul(var_3, var_6);
    var_8 = wp::float(var_width);
    var_9 = wp::div(var_7, var_8);
    var_11 = wp::sub(var_9, var_10);
    var_12 = wp::mul(var_11, var_2);
    var_13 = wp::mul(var_12, var_tan_half_fov);
    // sy = (1.0 - 2.0 * (float(row) + 0.5) / float(height)) * tan_half_fov                   <L 20>
    var_16 = wp::float(var_row);
    var_18 = wp::add(var_16, var_17);
    var_19 = wp::mul(var_15, var_18);
    var_20 = wp::float(var_height);
    var_21 = wp::div(var_19, var_20);
    var_22 = wp::sub(var_14, var_21);
    var_23 = wp::mul(var_22, var_tan_half_fov);
    // return wp.normalize(wp.vec3(sx, sy, -1.0))                                             <L 21>
    var_25 = wp::vec_t<3, wp::float32>(var_13, var_23, var_24);
    var_26 = wp::normalize(var_25);
    return var_26;
}


// render_mesh.py:126
static wp::vec_t<3, wp::float32> saturate_color_0(
    wp::vec_t<3, wp::float32> var_c,
    wp::float32 var_lum,
    wp::float32 var_sat)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // forward
    // def saturate_color(c: wp.vec3, lum: float, sat: float):                                <L 127>
    // gray = wp.vec3(lum)                                                                    <L 128>
    var_0 = wp::vec_t<3, wp::float32>(var_lum);
    // return wp.lerp(gray, c, sat)                                                           <L 129>
    var_1 = wp::lerp(var_0, var_c, var_sat);
    return var_1;
}


// render_mesh.py:15
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


// render_mesh.py:126
static void adj_saturate_color_0(
    wp::vec_t<3, wp::float32> var_c,
    wp::float32 var_lum,
    wp::float32 var_sat,
    wp::vec_t<3, wp::float32> & adj_c,
    wp::float32 & adj_lum,
    wp::float32 & adj_sat,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    //---------
    // forward
    // def saturate_color(c: wp.vec3, lum: float, sat: float):                                <L 127>
    // gray = wp.vec3(lum)                                                                    <L 128>
    var_0 = wp::vec_t<3, wp::float32>(var_lum);
    // return wp.lerp(gray, c, sat)                                                           <L 129>
    var_1 = wp::lerp(var_0, var_c, var_sat);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_lerp(var_0, var_c, var_sat, adj_0, adj_c, adj_sat, adj_1);
    // adj: return wp.lerp(gray, c, sat)                                                      <L 129>
    wp::adj_vec_t(var_lum, adj_lum, adj_0);
    // adj: gray = wp.vec3(lum)                                                               <L 128>
    // adj: def saturate_color(c: wp.vec3, lum: float, sat: float):                           <L 127>
    return;
}

struct wp_args_raycast_2213a715 {
    wp::uint64 target_mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> ray_dirs;
    wp::array_t<wp::float32> distances;
    wp::array_t<wp::vec_t<3, wp::float32>> normals;
    wp::vec_t<3, wp::float32> ray_origin;
    wp::float32 t_max;
};


template <bool wp_linear_contiguous>
static void raycast_2213a715_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_raycast_2213a715 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_raycast_2213a715 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.ray_dirs.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.distances.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_target_mesh = _wp_args->target_mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_ray_dirs = _wp_args->ray_dirs;
    wp::array_t<wp::float32> var_distances = _wp_args->distances;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::vec_t<3, wp::float32> var_ray_origin = _wp_args->ray_origin;
    wp::float32 var_t_max = _wp_args->t_max;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 0.0;
    const wp::float32 var_3 = 0.0;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::mesh_query_ray_t var_7;
    const wp::int32 var_8 = -1;
    wp::vec_t<3, wp::float32> var_9;
    bool* var_10;
    bool var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::vec_t<3, wp::float32>* var_15;
    const wp::float32 var_16 = 0.5;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    const wp::float32 var_19 = 0.5;
    const wp::float32 var_20 = 0.5;
    const wp::float32 var_21 = 0.5;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32* var_24;
    const wp::float32 var_25 = 0.0;
    bool var_26;
    wp::float32 var_27;
    wp::int32* var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::int32 var_30;
    wp::vec_t<3, wp::float32> var_31;
    const wp::float32 var_32 = 0.5;
    wp::vec_t<3, wp::float32> var_33;
    const wp::float32 var_34 = 0.5;
    const wp::float32 var_35 = 0.5;
    const wp::float32 var_36 = 0.5;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    bool var_40;
    wp::vec_t<3, wp::float32> var_41;
    bool var_42;
    wp::float32 var_43;
    bool var_44;
    //---------
    // forward
    // def raycast(                                                                           <L 77>
    // tid = wp.tid()                                                                         <L 85>
    var_0 = builtin_tid1d();
    // color = wp.vec3(0.0, 0.0, 0.0)                                                         <L 86>
    var_4 = wp::vec_t<3, wp::float32>(var_1, var_2, var_3);
    // depth = t_max                                                                          <L 87>
    var_5 = wp::copy(var_t_max);
    // query = wp.mesh_query_ray(target_mesh, ray_origin, ray_dirs[tid], t_max)               <L 88>
    var_6 = wp::address(var_ray_dirs, var_0);
    var_9 = wp::load(var_6);
    var_7 = wp::mesh_query_ray(var_target_mesh, var_ray_origin, var_9, var_t_max, var_8);
    // if query.result:                                                                       <L 89>
    var_10 = &((var_7).result);
    var_11 = wp::load(var_10);
    if (var_11) {
        // depth = query.t                                                                    <L 90>
        var_12 = &((var_7).t);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // color = query.normal * 0.5 + wp.vec3(0.5, 0.5, 0.5)                                <L 91>
        var_15 = &((var_7).normal);
        var_18 = wp::load(var_15);
        var_17 = wp::mul(var_18, var_16);
        var_22 = wp::vec_t<3, wp::float32>(var_19, var_20, var_21);
        var_23 = wp::add(var_17, var_22);
        // if query.sign < 0.0:                                                               <L 93>
        var_24 = &((var_7).sign);
        var_27 = wp::load(var_24);
        var_26 = (var_27 < var_25);
        if (var_26) {
            // color = -wp.mesh_eval_face_normal(target_mesh, query.face) * 0.5 + wp.vec3(0.5, 0.5, 0.5)       <L 94>
            var_28 = &((var_7).face);
            var_30 = wp::load(var_28);
            var_29 = wp::mesh_eval_face_normal(var_target_mesh, var_30);
            var_31 = wp::neg(var_29);
            var_33 = wp::mul(var_31, var_32);
            var_37 = wp::vec_t<3, wp::float32>(var_34, var_35, var_36);
            var_38 = wp::add(var_33, var_37);
        }
        var_39 = wp::where(var_26, var_38, var_23);
    }
    var_40 = wp::load(var_10);
    var_42 = wp::load(var_10);
    var_41 = wp::where(var_42, var_39, var_4);
    var_44 = wp::load(var_10);
    var_43 = wp::where(var_44, var_13, var_5);
    // distances[tid] = depth                                                                 <L 95>
    wp::array_store(var_distances, var_0, var_43);
    // normals[tid] = color                                                                   <L 96>
    wp::array_store(var_normals, var_0, var_41);
}



template <bool wp_linear_contiguous>
static void raycast_2213a715_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_raycast_2213a715 *_wp_args,
    wp_args_raycast_2213a715 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_raycast_2213a715 wp_contiguous_args;
    wp_args_raycast_2213a715 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.ray_dirs.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.ray_dirs.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.distances.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.distances.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_target_mesh = _wp_args->target_mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_ray_dirs = _wp_args->ray_dirs;
    wp::array_t<wp::float32> var_distances = _wp_args->distances;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::vec_t<3, wp::float32> var_ray_origin = _wp_args->ray_origin;
    wp::float32 var_t_max = _wp_args->t_max;
    wp::uint64 adj_target_mesh = _wp_adj_args->target_mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_ray_dirs = _wp_adj_args->ray_dirs;
    wp::array_t<wp::float32> adj_distances = _wp_adj_args->distances;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals = _wp_adj_args->normals;
    wp::vec_t<3, wp::float32> adj_ray_origin = _wp_adj_args->ray_origin;
    wp::float32 adj_t_max = _wp_adj_args->t_max;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 0.0;
    const wp::float32 var_3 = 0.0;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::mesh_query_ray_t var_7;
    const wp::int32 var_8 = -1;
    wp::vec_t<3, wp::float32> var_9;
    bool* var_10;
    bool var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::vec_t<3, wp::float32>* var_15;
    const wp::float32 var_16 = 0.5;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    const wp::float32 var_19 = 0.5;
    const wp::float32 var_20 = 0.5;
    const wp::float32 var_21 = 0.5;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32* var_24;
    const wp::float32 var_25 = 0.0;
    bool var_26;
    wp::float32 var_27;
    wp::int32* var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::int32 var_30;
    wp::vec_t<3, wp::float32> var_31;
    const wp::float32 var_32 = 0.5;
    wp::vec_t<3, wp::float32> var_33;
    const wp::float32 var_34 = 0.5;
    const wp::float32 var_35 = 0.5;
    const wp::float32 var_36 = 0.5;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    bool var_40;
    wp::vec_t<3, wp::float32> var_41;
    bool var_42;
    wp::float32 var_43;
    bool var_44;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::mesh_query_ray_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    bool adj_10 = {};
    bool adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    bool adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::int32 adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::float32 adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    bool adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    bool adj_42 = {};
    wp::float32 adj_43 = {};
    bool adj_44 = {};
    //---------
    // forward
    // def raycast(                                                                           <L 77>
    // tid = wp.tid()                                                                         <L 85>
    var_0 = builtin_tid1d();
    // color = wp.vec3(0.0, 0.0, 0.0)                                                         <L 86>
    var_4 = wp::vec_t<3, wp::float32>(var_1, var_2, var_3);
    // depth = t_max                                                                          <L 87>
    var_5 = wp::copy(var_t_max);
    // query = wp.mesh_query_ray(target_mesh, ray_origin, ray_dirs[tid], t_max)               <L 88>
    var_6 = wp::address(var_ray_dirs, var_0);
    var_9 = wp::load(var_6);
    var_7 = wp::mesh_query_ray(var_target_mesh, var_ray_origin, var_9, var_t_max, var_8);
    // if query.result:                                                                       <L 89>
    var_10 = &((var_7).result);
    var_11 = wp::load(var_10);
    if (var_11) {
        // depth = query.t                                                                    <L 90>
        var_12 = &((var_7).t);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // color = query.normal * 0.5 + wp.vec3(0.5, 0.5, 0.5)                                <L 91>
        var_15 = &((var_7).normal);
        var_18 = wp::load(var_15);
        var_17 = wp::mul(var_18, var_16);
        var_22 = wp::vec_t<3, wp::float32>(var_19, var_20, var_21);
        var_23 = wp::add(var_17, var_22);
        // if query.sign < 0.0:                                                               <L 93>
        var_24 = &((var_7).sign);
        var_27 = wp::load(var_24);
        var_26 = (var_27 < var_25);
        if (var_26) {
            // color = -wp.mesh_eval_face_normal(target_mesh, query.face) * 0.5 + wp.vec3(0.5, 0.5, 0.5)       <L 94>
            var_28 = &((var_7).face);
            var_30 = wp::load(var_28);
            var_29 = wp::mesh_eval_face_normal(var_target_mesh, var_30);
            var_31 = wp::neg(var_29);
            var_33 = wp::mul(var_31, var_32);
            var_37 = wp::vec_t<3, wp::float32>(var_34, var_35, var_36);
            var_38 = wp::add(var_33, var_37);
        }
        var_39 = wp::where(var_26, var_38, var_23);
    }
    var_40 = wp::load(var_10);
    var_42 = wp::load(var_10);
    var_41 = wp::where(var_42, var_39, var_4);
    var_44 = wp::load(var_10);
    var_43 = wp::where(var_44, var_13, var_5);
    // distances[tid] = depth                                                                 <L 95>
    // wp::array_store(var_distances, var_0, var_43);
    // normals[tid] = color                                                                   <L 96>
    // wp::array_store(var_normals, var_0, var_41);
    //---------
    // reverse
    wp::adj_array_store(var_normals, var_0, var_41, adj_normals, adj_0, adj_41);
    // adj: normals[tid] = color                                                              <L 96>
    wp::adj_array_store(var_distances, var_0, var_43, adj_distances, adj_0, adj_43);
    // adj: distances[tid] = depth                                                            <L 95>
    wp::adj_where(var_44, var_13, var_5, adj_10, adj_13, adj_5, adj_43);
    wp::adj_where(var_42, var_39, var_4, adj_10, adj_39, adj_4, adj_41);
    if (var_40) {
        wp::adj_where(var_26, var_38, var_23, adj_26, adj_38, adj_23, adj_39);
        if (var_26) {
            wp::adj_add(var_33, var_37, adj_33, adj_37, adj_38);
            wp::adj_vec_t(var_34, var_35, var_36, adj_34, adj_35, adj_36, adj_37);
            wp::adj_mul(var_31, var_32, adj_31, adj_32, adj_33);
            wp::adj_neg(var_29, adj_29, adj_31);
            adj_7.face = adj_28;
            // adj: color = -wp.mesh_eval_face_normal(target_mesh, query.face) * 0.5 + wp.vec3(0.5, 0.5, 0.5)  <L 94>
        }
        adj_7.sign += adj_24;
        // adj: if query.sign < 0.0:                                                          <L 93>
        wp::adj_add(var_17, var_22, adj_17, adj_22, adj_23);
        wp::adj_vec_t(var_19, var_20, var_21, adj_19, adj_20, adj_21, adj_22);
        wp::adj_mul(var_18, var_16, adj_15, adj_16, adj_17);
        adj_7.normal += adj_15;
        // adj: color = query.normal * 0.5 + wp.vec3(0.5, 0.5, 0.5)                           <L 91>
        wp::adj_copy(var_14, adj_12, adj_13);
        adj_7.t += adj_12;
        // adj: depth = query.t                                                               <L 90>
    }
    adj_7.result = adj_10;
    // adj: if query.result:                                                                  <L 89>
    wp::adj_mesh_query_ray(var_target_mesh, var_ray_origin, var_9, var_t_max, var_8, var_7, adj_target_mesh, adj_ray_origin, adj_6, adj_t_max, adj_8, adj_7);
    wp::adj_address(var_ray_dirs, var_0, adj_ray_dirs, adj_0, adj_6);
    // adj: query = wp.mesh_query_ray(target_mesh, ray_origin, ray_dirs[tid], t_max)          <L 88>
    wp::adj_copy(var_t_max, adj_t_max, adj_5);
    // adj: depth = t_max                                                                     <L 87>
    wp::adj_vec_t(var_1, var_2, var_3, adj_1, adj_2, adj_3, adj_4);
    // adj: color = wp.vec3(0.0, 0.0, 0.0)                                                    <L 86>
    // adj: tid = wp.tid()                                                                    <L 85>
    // adj: def raycast(                                                                      <L 77>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void raycast_2213a715_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_raycast_2213a715 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        raycast_2213a715_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void raycast_2213a715_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_raycast_2213a715 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->ray_dirs.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->distances.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        raycast_2213a715_cpu_forward_tasks<true>(dim, _wp_args);
    else
        raycast_2213a715_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void raycast_2213a715_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_raycast_2213a715 *_wp_args)
{
    raycast_2213a715_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void raycast_2213a715_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_raycast_2213a715 *_wp_args,
    wp_args_raycast_2213a715 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        raycast_2213a715_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void raycast_2213a715_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_raycast_2213a715 *_wp_args,
    wp_args_raycast_2213a715 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->ray_dirs.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->ray_dirs.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->distances.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->distances.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        raycast_2213a715_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        raycast_2213a715_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void raycast_2213a715_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_raycast_2213a715 *_wp_args,
    wp_args_raycast_2213a715 *_wp_adj_args)
{
    raycast_2213a715_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_render_mesh_5f721016 {
    wp::uint64 target_mesh;
    wp::transform_t<wp::float32> camera_transform;
    wp::float32 vertical_fov;
    wp::int32 image_width;
    wp::int32 image_height;
    wp::int32 render_mode;
    wp::vec_t<3, wp::float32> albedo;
    wp::vec_t<3, wp::float32> light_dir;
    wp::vec_t<3, wp::float32> background;
    wp::float32 t_max;
    wp::array_t<wp::float32> depth_image;
    wp::array_t<wp::vec_t<3, wp::float32>> color_image;
};


template <bool wp_linear_contiguous>
static void render_mesh_5f721016_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_render_mesh_5f721016 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_target_mesh = _wp_args->target_mesh;
    wp::transform_t<wp::float32> var_camera_transform = _wp_args->camera_transform;
    wp::float32 var_vertical_fov = _wp_args->vertical_fov;
    wp::int32 var_image_width = _wp_args->image_width;
    wp::int32 var_image_height = _wp_args->image_height;
    wp::int32 var_render_mode = _wp_args->render_mode;
    wp::vec_t<3, wp::float32> var_albedo = _wp_args->albedo;
    wp::vec_t<3, wp::float32> var_light_dir = _wp_args->light_dir;
    wp::vec_t<3, wp::float32> var_background = _wp_args->background;
    wp::float32 var_t_max = _wp_args->t_max;
    wp::array_t<wp::float32> var_depth_image = _wp_args->depth_image;
    wp::array_t<wp::vec_t<3, wp::float32>> var_color_image = _wp_args->color_image;
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
    bool* var_12;
    bool var_13;
    bool var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.0;
    bool var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    const wp::int32 var_26 = 0;
    bool var_27;
    const wp::float32 var_28 = 1.0;
    wp::float32* var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::vec_t<3, wp::float32> var_33;
    const wp::int32 var_34 = 1;
    bool var_35;
    const wp::float32 var_36 = 0.5;
    wp::vec_t<3, wp::float32> var_37;
    const wp::float32 var_38 = 0.5;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::float32 var_43;
    const wp::float32 var_44 = 0.0;
    wp::float32 var_45;
    wp::float32* var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::float32 var_48;
    wp::vec_t<3, wp::float32> var_49;
    const wp::float32 var_50 = 0.001;
    wp::vec_t<3, wp::float32> var_51;
    wp::vec_t<3, wp::float32> var_52;
    wp::mesh_query_ray_t var_53;
    const wp::int32 var_54 = -1;
    bool* var_55;
    bool var_56;
    const wp::float32 var_57 = 0.0;
    bool var_58;
    wp::float32 var_59;
    bool var_60;
    const wp::float32 var_61 = 0.1;
    const wp::float32 var_62 = 1.0;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::vec_t<3, wp::float32> var_66;
    const wp::float32 var_67 = 0.0;
    bool var_68;
    wp::vec_t<3, wp::float32> var_69;
    wp::vec_t<3, wp::float32> var_70;
    wp::float32 var_71;
    const wp::float32 var_72 = 0.0;
    wp::float32 var_73;
    const wp::float32 var_74 = 32.0;
    wp::float32 var_75;
    wp::vec_t<3, wp::float32> var_76;
    wp::vec_t<3, wp::float32> var_77;
    wp::vec_t<3, wp::float32> var_78;
    //---------
    // forward
    // def render_mesh(                                                                       <L 25>
    // tid = wp.tid()                                                                         <L 40>
    var_0 = builtin_tid1d();
    // pixel = tid % image_width                                                              <L 41>
    var_1 = wp::mod(var_0, var_image_width);
    // row = tid // image_width                                                               <L 42>
    var_2 = wp::floordiv(var_0, var_image_width);
    // if row >= image_height:                                                                <L 43>
    var_3 = (var_2 >= var_image_height);
    if (var_3) {
        // return                                                                             <L 44>
        return;
    }
    // ro = wp.transform_get_translation(camera_transform)                                    <L 45>
    var_4 = wp::transform_get_translation(var_camera_transform);
    // rd = wp.transform_vector(camera_transform, camera_ray(pixel, row, image_width, image_height, wp.tan(0.5 * vertical_fov)))       <L 46>
    var_6 = wp::mul(var_5, var_vertical_fov);
    var_7 = wp::tan(var_6);
    var_8 = camera_ray_0(var_1, var_2, var_image_width, var_image_height, var_7);
    var_9 = wp::transform_vector(var_camera_transform, var_8);
    // query = wp.mesh_query_ray(target_mesh, ro, rd, t_max)                                  <L 47>
    var_10 = wp::mesh_query_ray(var_target_mesh, var_4, var_9, var_t_max, var_11);
    // if not query.result:                                                                   <L 48>
    var_12 = &((var_10).result);
    var_14 = wp::load(var_12);
    var_13 = wp::unot(var_14);
    if (var_13) {
        // depth_image[row, pixel] = t_max                                                    <L 49>
        wp::array_store(var_depth_image, var_2, var_1, var_t_max);
        // color_image[row, pixel] = background                                               <L 50>
        wp::array_store(var_color_image, var_2, var_1, var_background);
        // return                                                                             <L 51>
        return;
    }
    // depth_image[row, pixel] = query.t                                                      <L 52>
    var_15 = &((var_10).t);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    wp::array_store(var_depth_image, var_2, var_1, var_16);
    // n = query.normal                                                                       <L 53>
    var_18 = &((var_10).normal);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // if wp.dot(n, rd) > 0.0:                                                                <L 54>
    var_21 = wp::dot(var_19, var_9);
    var_23 = (var_21 > var_22);
    if (var_23) {
        // n = -n                                                                             <L 55>
        var_24 = wp::neg(var_19);
    }
    var_25 = wp::where(var_23, var_24, var_19);
    // if render_mode == RenderMode.DEPTH:                                                    <L 56>
    var_27 = (var_render_mode == var_26);
    if (var_27) {
        // color_image[row, pixel] = wp.vec3(1.0 - query.t / t_max)                           <L 57>
        var_29 = &((var_10).t);
        var_31 = wp::load(var_29);
        var_30 = wp::div(var_31, var_t_max);
        var_32 = wp::sub(var_28, var_30);
        var_33 = wp::vec_t<3, wp::float32>(var_32);
        wp::array_store(var_color_image, var_2, var_1, var_33);
    }
    if (!var_27) {
        // elif render_mode == RenderMode.NORMALS:                                            <L 58>
        var_35 = (var_render_mode == var_34);
        if (var_35) {
            // color_image[row, pixel] = n * 0.5 + wp.vec3(0.5)                               <L 59>
            var_37 = wp::mul(var_25, var_36);
            var_39 = wp::vec_t<3, wp::float32>(var_38);
            var_40 = wp::add(var_37, var_39);
            wp::array_store(var_color_image, var_2, var_1, var_40);
        }
        if (!var_35) {
            // base = albedo                                                                  <L 61>
            var_41 = wp::copy(var_albedo);
            // to_light = light_dir                                                           <L 62>
            var_42 = wp::copy(var_light_dir);
            // diffuse = wp.max(wp.dot(n, to_light), 0.0)                                     <L 63>
            var_43 = wp::dot(var_25, var_42);
            var_45 = wp::max(var_43, var_44);
            // p = ro + rd * query.t                                                          <L 65>
            var_46 = &((var_10).t);
            var_48 = wp::load(var_46);
            var_47 = wp::mul(var_9, var_48);
            var_49 = wp::add(var_4, var_47);
            // occluder = wp.mesh_query_ray(target_mesh, p + n * SHADOW_BIAS, to_light, t_max)       <L 66>
            var_51 = wp::mul(var_25, var_50);
            var_52 = wp::add(var_49, var_51);
            var_53 = wp::mesh_query_ray(var_target_mesh, var_52, var_42, var_t_max, var_54);
            // if occluder.result:                                                            <L 67>
            var_55 = &((var_53).result);
            var_56 = wp::load(var_55);
            if (var_56) {
                // diffuse = 0.0                                                              <L 68>
            }
            var_58 = wp::load(var_55);
            var_60 = wp::load(var_55);
            var_59 = wp::where(var_60, var_57, var_45);
            // color = base * (AMBIENT + (1.0 - AMBIENT) * diffuse)                           <L 69>
            var_63 = wp::sub(var_62, var_61);
            var_64 = wp::mul(var_63, var_59);
            var_65 = wp::add(var_61, var_64);
            var_66 = wp::mul(var_41, var_65);
            // if diffuse > 0.0:                                                              <L 70>
            var_68 = (var_59 > var_67);
            if (var_68) {
                // half_dir = wp.normalize(to_light - rd)                                     <L 71>
                var_69 = wp::sub(var_42, var_9);
                var_70 = wp::normalize(var_69);
                // color += wp.vec3(wp.pow(wp.max(wp.dot(n, half_dir), 0.0), SHININESS))       <L 72>
                var_71 = wp::dot(var_25, var_70);
                var_73 = wp::max(var_71, var_72);
                var_75 = wp::pow(var_73, var_74);
                var_76 = wp::vec_t<3, wp::float32>(var_75);
                var_77 = wp::add(var_66, var_76);
            }
            var_78 = wp::where(var_68, var_77, var_66);
            // color_image[row, pixel] = color                                                <L 73>
            wp::array_store(var_color_image, var_2, var_1, var_78);
        }
    }
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void render_mesh_5f721016_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_render_mesh_5f721016 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        render_mesh_5f721016_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void render_mesh_5f721016_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_render_mesh_5f721016 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    render_mesh_5f721016_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void render_mesh_5f721016_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_render_mesh_5f721016 *_wp_args)
{
    render_mesh_5f721016_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_dominant_axis_62650c63 {
    wp::array_t<wp::quat_t<wp::float32>> rotations;
    wp::array_t<wp::vec_t<3, wp::float32>> local_normals;
    wp::array_t<wp::int32> faces;
};


template <bool wp_linear_contiguous>
static void dominant_axis_62650c63_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_dominant_axis_62650c63 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_dominant_axis_62650c63 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.rotations.strides[0] = sizeof(wp::quat_t<wp::float32>);
        wp_contiguous_args.local_normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.faces.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_rotations = _wp_args->rotations;
    wp::array_t<wp::vec_t<3, wp::float32>> var_local_normals = _wp_args->local_normals;
    wp::array_t<wp::int32> var_faces = _wp_args->faces;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::quat_t<wp::float32>* var_1;
    wp::quat_t<wp::float32> var_2;
    wp::quat_t<wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::uint32 var_9;
    wp::int32 var_10;
    //---------
    // forward
    // def dominant_axis(                                                                     <L 113>
    // tid = wp.tid()                                                                         <L 118>
    var_0 = builtin_tid1d();
    // rot = rotations[tid]                                                                   <L 119>
    var_1 = wp::address(var_rotations, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // d_local = local_normals[tid]                                                           <L 120>
    var_4 = wp::address(var_local_normals, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // d = wp.quat_rotate(rot, d_local)                                                       <L 121>
    var_7 = wp::quat_rotate(var_2, var_5);
    // a = wp.abs(d)                                                                          <L 122>
    var_8 = wp::abs(var_7);
    // faces[tid] = int(wp.argmax(a))                                                         <L 123>
    var_9 = wp::argmax(var_8);
    var_10 = wp::int(var_9);
    wp::array_store(var_faces, var_0, var_10);
}



template <bool wp_linear_contiguous>
static void dominant_axis_62650c63_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_dominant_axis_62650c63 *_wp_args,
    wp_args_dominant_axis_62650c63 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_dominant_axis_62650c63 wp_contiguous_args;
    wp_args_dominant_axis_62650c63 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.rotations.strides[0] = sizeof(wp::quat_t<wp::float32>);
        wp_contiguous_adj_args.rotations.strides[0] = sizeof(wp::quat_t<wp::float32>);
        wp_contiguous_args.local_normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.local_normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.faces.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.faces.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_rotations = _wp_args->rotations;
    wp::array_t<wp::vec_t<3, wp::float32>> var_local_normals = _wp_args->local_normals;
    wp::array_t<wp::int32> var_faces = _wp_args->faces;
    wp::array_t<wp::quat_t<wp::float32>> adj_rotations = _wp_adj_args->rotations;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_local_normals = _wp_adj_args->local_normals;
    wp::array_t<wp::int32> adj_faces = _wp_adj_args->faces;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::quat_t<wp::float32>* var_1;
    wp::quat_t<wp::float32> var_2;
    wp::quat_t<wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::uint32 var_9;
    wp::int32 var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::quat_t<wp::float32> adj_1 = {};
    wp::quat_t<wp::float32> adj_2 = {};
    wp::quat_t<wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::uint32 adj_9 = {};
    wp::int32 adj_10 = {};
    //---------
    // forward
    // def dominant_axis(                                                                     <L 113>
    // tid = wp.tid()                                                                         <L 118>
    var_0 = builtin_tid1d();
    // rot = rotations[tid]                                                                   <L 119>
    var_1 = wp::address(var_rotations, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // d_local = local_normals[tid]                                                           <L 120>
    var_4 = wp::address(var_local_normals, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // d = wp.quat_rotate(rot, d_local)                                                       <L 121>
    var_7 = wp::quat_rotate(var_2, var_5);
    // a = wp.abs(d)                                                                          <L 122>
    var_8 = wp::abs(var_7);
    // faces[tid] = int(wp.argmax(a))                                                         <L 123>
    var_9 = wp::argmax(var_8);
    var_10 = wp::int(var_9);
    // wp::array_store(var_faces, var_0, var_10);
    //---------
    // reverse
    wp::adj_array_store(var_faces, var_0, var_10, adj_faces, adj_0, adj_10);
    // adj: faces[tid] = int(wp.argmax(a))                                                    <L 123>
    wp::adj_abs(var_7, adj_7, adj_8);
    // adj: a = wp.abs(d)                                                                     <L 122>
    wp::adj_quat_rotate(var_2, var_5, adj_2, adj_5, adj_7);
    // adj: d = wp.quat_rotate(rot, d_local)                                                  <L 121>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_local_normals, var_0, adj_local_normals, adj_0, adj_4);
    // adj: d_local = local_normals[tid]                                                      <L 120>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_rotations, var_0, adj_rotations, adj_0, adj_1);
    // adj: rot = rotations[tid]                                                              <L 119>
    // adj: tid = wp.tid()                                                                    <L 118>
    // adj: def dominant_axis(                                                                <L 113>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void dominant_axis_62650c63_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_dominant_axis_62650c63 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        dominant_axis_62650c63_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void dominant_axis_62650c63_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_dominant_axis_62650c63 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->rotations.strides[0] == (int)sizeof(wp::quat_t<wp::float32>)) & (_wp_args->local_normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->faces.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        dominant_axis_62650c63_cpu_forward_tasks<true>(dim, _wp_args);
    else
        dominant_axis_62650c63_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void dominant_axis_62650c63_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_dominant_axis_62650c63 *_wp_args)
{
    dominant_axis_62650c63_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void dominant_axis_62650c63_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_dominant_axis_62650c63 *_wp_args,
    wp_args_dominant_axis_62650c63 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        dominant_axis_62650c63_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void dominant_axis_62650c63_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_dominant_axis_62650c63 *_wp_args,
    wp_args_dominant_axis_62650c63 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->rotations.strides[0] == (int)sizeof(wp::quat_t<wp::float32>)) & (_wp_adj_args->rotations.strides[0] == (int)sizeof(wp::quat_t<wp::float32>)) & (_wp_args->local_normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->local_normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->faces.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->faces.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        dominant_axis_62650c63_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        dominant_axis_62650c63_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void dominant_axis_62650c63_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_dominant_axis_62650c63 *_wp_args,
    wp_args_dominant_axis_62650c63 *_wp_adj_args)
{
    dominant_axis_62650c63_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_apply_grading_8ef08432 {
    wp::float32 saturation;
    wp::array_t<wp::vec_t<3, wp::float32>> color;
};


template <bool wp_linear_contiguous>
static void apply_grading_8ef08432_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_apply_grading_8ef08432 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::float32 var_saturation = _wp_args->saturation;
    wp::array_t<wp::vec_t<3, wp::float32>> var_color = _wp_args->color;
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
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    const wp::int32 var_12 = 0;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.0;
    const wp::float32 var_15 = 1.0;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.0;
    const wp::float32 var_20 = 1.0;
    wp::float32 var_21;
    const wp::int32 var_22 = 2;
    wp::float32 var_23;
    const wp::float32 var_24 = 0.0;
    const wp::float32 var_25 = 1.0;
    wp::float32 var_26;
    wp::vec_t<3, wp::float32> var_27;
    //---------
    // forward
    // def apply_grading(saturation: float, color: wp.array2d[wp.vec3]):                      <L 133>
    // i, j = wp.tid()                                                                        <L 134>
    builtin_tid2d(var_0, var_1);
    // c = color[i, j]                                                                        <L 135>
    var_2 = wp::address(var_color, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // luma = wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722))                                      <L 136>
    var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
    var_9 = wp::dot(var_3, var_8);
    // graded = saturate_color(c, luma, saturation)                                           <L 137>
    var_10 = saturate_color_0(var_3, var_9, var_saturation);
    // rgb = graded                                                                           <L 138>
    var_11 = wp::copy(var_10);
    // color[i, j] = wp.vec3(wp.clamp(rgb[0], 0.0, 1.0), wp.clamp(rgb[1], 0.0, 1.0), wp.clamp(rgb[2], 0.0, 1.0))       <L 139>
    var_13 = wp::extract(var_11, var_12);
    var_16 = wp::clamp(var_13, var_14, var_15);
    var_18 = wp::extract(var_11, var_17);
    var_21 = wp::clamp(var_18, var_19, var_20);
    var_23 = wp::extract(var_11, var_22);
    var_26 = wp::clamp(var_23, var_24, var_25);
    var_27 = wp::vec_t<3, wp::float32>(var_16, var_21, var_26);
    wp::array_store(var_color, var_0, var_1, var_27);
}



template <bool wp_linear_contiguous>
static void apply_grading_8ef08432_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_apply_grading_8ef08432 *_wp_args,
    wp_args_apply_grading_8ef08432 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::float32 var_saturation = _wp_args->saturation;
    wp::array_t<wp::vec_t<3, wp::float32>> var_color = _wp_args->color;
    wp::float32 adj_saturation = _wp_adj_args->saturation;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_color = _wp_adj_args->color;
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
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    const wp::int32 var_12 = 0;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.0;
    const wp::float32 var_15 = 1.0;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.0;
    const wp::float32 var_20 = 1.0;
    wp::float32 var_21;
    const wp::int32 var_22 = 2;
    wp::float32 var_23;
    const wp::float32 var_24 = 0.0;
    const wp::float32 var_25 = 1.0;
    wp::float32 var_26;
    wp::vec_t<3, wp::float32> var_27;
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
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    //---------
    // forward
    // def apply_grading(saturation: float, color: wp.array2d[wp.vec3]):                      <L 133>
    // i, j = wp.tid()                                                                        <L 134>
    builtin_tid2d(var_0, var_1);
    // c = color[i, j]                                                                        <L 135>
    var_2 = wp::address(var_color, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // luma = wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722))                                      <L 136>
    var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
    var_9 = wp::dot(var_3, var_8);
    // graded = saturate_color(c, luma, saturation)                                           <L 137>
    var_10 = saturate_color_0(var_3, var_9, var_saturation);
    // rgb = graded                                                                           <L 138>
    var_11 = wp::copy(var_10);
    // color[i, j] = wp.vec3(wp.clamp(rgb[0], 0.0, 1.0), wp.clamp(rgb[1], 0.0, 1.0), wp.clamp(rgb[2], 0.0, 1.0))       <L 139>
    var_13 = wp::extract(var_11, var_12);
    var_16 = wp::clamp(var_13, var_14, var_15);
    var_18 = wp::extract(var_11, var_17);
    var_21 = wp::clamp(var_18, var_19, var_20);
    var_23 = wp::extract(var_11, var_22);
    var_26 = wp::clamp(var_23, var_24, var_25);
    var_27 = wp::vec_t<3, wp::float32>(var_16, var_21, var_26);
    // wp::array_store(var_color, var_0, var_1, var_27);
    //---------
    // reverse
    wp::adj_array_store(var_color, var_0, var_1, var_27, adj_color, adj_0, adj_1, adj_27);
    wp::adj_vec_t(var_16, var_21, var_26, adj_16, adj_21, adj_26, adj_27);
    wp::adj_clamp(var_23, var_24, var_25, adj_23, adj_24, adj_25, adj_26);
    wp::adj_extract(var_11, var_22, adj_11, adj_22, adj_23);
    wp::adj_clamp(var_18, var_19, var_20, adj_18, adj_19, adj_20, adj_21);
    wp::adj_extract(var_11, var_17, adj_11, adj_17, adj_18);
    wp::adj_clamp(var_13, var_14, var_15, adj_13, adj_14, adj_15, adj_16);
    wp::adj_extract(var_11, var_12, adj_11, adj_12, adj_13);
    // adj: color[i, j] = wp.vec3(wp.clamp(rgb[0], 0.0, 1.0), wp.clamp(rgb[1], 0.0, 1.0), wp.clamp(rgb[2], 0.0, 1.0))  <L 139>
    wp::adj_copy(var_10, adj_10, adj_11);
    // adj: rgb = graded                                                                      <L 138>
    adj_saturate_color_0(var_3, var_9, var_saturation, adj_3, adj_9, adj_saturation, adj_10);
    // adj: graded = saturate_color(c, luma, saturation)                                      <L 137>
    wp::adj_dot(var_3, var_8, adj_3, adj_8, adj_9);
    wp::adj_vec_t(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_8);
    // adj: luma = wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722))                                 <L 136>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_color, var_0, var_1, adj_color, adj_0, adj_1, adj_2);
    // adj: c = color[i, j]                                                                   <L 135>
    // adj: i, j = wp.tid()                                                                   <L 134>
    // adj: def apply_grading(saturation: float, color: wp.array2d[wp.vec3]):                 <L 133>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_grading_8ef08432_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_apply_grading_8ef08432 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_grading_8ef08432_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void apply_grading_8ef08432_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_apply_grading_8ef08432 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    apply_grading_8ef08432_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void apply_grading_8ef08432_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_apply_grading_8ef08432 *_wp_args)
{
    apply_grading_8ef08432_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_grading_8ef08432_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_apply_grading_8ef08432 *_wp_args,
    wp_args_apply_grading_8ef08432 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_grading_8ef08432_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void apply_grading_8ef08432_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_apply_grading_8ef08432 *_wp_args,
    wp_args_apply_grading_8ef08432 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    apply_grading_8ef08432_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void apply_grading_8ef08432_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_apply_grading_8ef08432 *_wp_args,
    wp_args_apply_grading_8ef08432 *_wp_adj_args)
{
    apply_grading_8ef08432_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_extract_highlights_cb5b2b7d {
    wp::float32 luma_threshold;
    wp::array_t<wp::vec_t<3, wp::float32>> color;
};


template <bool wp_linear_contiguous>
static void extract_highlights_cb5b2b7d_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_extract_highlights_cb5b2b7d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::float32 var_luma_threshold = _wp_args->luma_threshold;
    wp::array_t<wp::vec_t<3, wp::float32>> var_color = _wp_args->color;
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
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 0.0;
    const wp::float32 var_27 = 2.0;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::float32 var_31 = 4.0;
    wp::float32 var_32;
    const wp::float32 var_33 = 0.0001;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    const wp::float32 var_38 = 0.0001;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::vec_t<3, wp::float32> var_41;
    //---------
    // forward
    // def extract_highlights(luma_threshold: float, color: wp.array2d[wp.vec3]):             <L 100>
    // i, j = wp.tid()                                                                        <L 101>
    builtin_tid2d(var_0, var_1);
    // c = color[i, j]                                                                        <L 102>
    var_2 = wp::address(var_color, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // lum = wp.max(wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722)), 0.0)                          <L 103>
    var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
    var_9 = wp::dot(var_3, var_8);
    var_11 = wp::max(var_9, var_10);
    // lightness = wp.where(lum > 0.008856, 1.16 * wp.cbrt(lum) - 0.16, 9.033 * lum)          <L 104>
    var_13 = (var_11 > var_12);
    var_15 = wp::cbrt(var_11);
    var_16 = wp::mul(var_14, var_15);
    var_18 = wp::sub(var_16, var_17);
    var_20 = wp::mul(var_19, var_11);
    var_21 = wp::where(var_13, var_18, var_20);
    // knee = 0.5 * luma_threshold                                                            <L 105>
    var_23 = wp::mul(var_22, var_luma_threshold);
    // soft = wp.clamp(lightness - luma_threshold + knee, 0.0, 2.0 * knee)                    <L 106>
    var_24 = wp::sub(var_21, var_luma_threshold);
    var_25 = wp::add(var_24, var_23);
    var_28 = wp::mul(var_27, var_23);
    var_29 = wp::clamp(var_25, var_26, var_28);
    // soft = soft * soft / (4.0 * knee + 1.0e-4)                                             <L 107>
    var_30 = wp::mul(var_29, var_29);
    var_32 = wp::mul(var_31, var_23);
    var_34 = wp::add(var_32, var_33);
    var_35 = wp::div(var_30, var_34);
    // contribution = wp.max(soft, lightness - luma_threshold) / wp.max(lightness, 1.0e-4)       <L 108>
    var_36 = wp::sub(var_21, var_luma_threshold);
    var_37 = wp::max(var_35, var_36);
    var_39 = wp::max(var_21, var_38);
    var_40 = wp::div(var_37, var_39);
    // color[i, j] = c * contribution                                                         <L 109>
    var_41 = wp::mul(var_3, var_40);
    wp::array_store(var_color, var_0, var_1, var_41);
}



template <bool wp_linear_contiguous>
static void extract_highlights_cb5b2b7d_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_extract_highlights_cb5b2b7d *_wp_args,
    wp_args_extract_highlights_cb5b2b7d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::float32 var_luma_threshold = _wp_args->luma_threshold;
    wp::array_t<wp::vec_t<3, wp::float32>> var_color = _wp_args->color;
    wp::float32 adj_luma_threshold = _wp_adj_args->luma_threshold;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_color = _wp_adj_args->color;
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
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 0.0;
    const wp::float32 var_27 = 2.0;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::float32 var_31 = 4.0;
    wp::float32 var_32;
    const wp::float32 var_33 = 0.0001;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    const wp::float32 var_38 = 0.0001;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::vec_t<3, wp::float32> var_41;
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
    wp::vec_t<3, wp::float32> adj_41 = {};
    //---------
    // forward
    // def extract_highlights(luma_threshold: float, color: wp.array2d[wp.vec3]):             <L 100>
    // i, j = wp.tid()                                                                        <L 101>
    builtin_tid2d(var_0, var_1);
    // c = color[i, j]                                                                        <L 102>
    var_2 = wp::address(var_color, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // lum = wp.max(wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722)), 0.0)                          <L 103>
    var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
    var_9 = wp::dot(var_3, var_8);
    var_11 = wp::max(var_9, var_10);
    // lightness = wp.where(lum > 0.008856, 1.16 * wp.cbrt(lum) - 0.16, 9.033 * lum)          <L 104>
    var_13 = (var_11 > var_12);
    var_15 = wp::cbrt(var_11);
    var_16 = wp::mul(var_14, var_15);
    var_18 = wp::sub(var_16, var_17);
    var_20 = wp::mul(var_19, var_11);
    var_21 = wp::where(var_13, var_18, var_20);
    // knee = 0.5 * luma_threshold                                                            <L 105>
    var_23 = wp::mul(var_22, var_luma_threshold);
    // soft = wp.clamp(lightness - luma_threshold + knee, 0.0, 2.0 * knee)                    <L 106>
    var_24 = wp::sub(var_21, var_luma_threshold);
    var_25 = wp::add(var_24, var_23);
    var_28 = wp::mul(var_27, var_23);
    var_29 = wp::clamp(var_25, var_26, var_28);
    // soft = soft * soft / (4.0 * knee + 1.0e-4)                                             <L 107>
    var_30 = wp::mul(var_29, var_29);
    var_32 = wp::mul(var_31, var_23);
    var_34 = wp::add(var_32, var_33);
    var_35 = wp::div(var_30, var_34);
    // contribution = wp.max(soft, lightness - luma_threshold) / wp.max(lightness, 1.0e-4)       <L 108>
    var_36 = wp::sub(var_21, var_luma_threshold);
    var_37 = wp::max(var_35, var_36);
    var_39 = wp::max(var_21, var_38);
    var_40 = wp::div(var_37, var_39);
    // color[i, j] = c * contribution                                                         <L 109>
    var_41 = wp::mul(var_3, var_40);
    // wp::array_store(var_color, var_0, var_1, var_41);
    //---------
    // reverse
    wp::adj_array_store(var_color, var_0, var_1, var_41, adj_color, adj_0, adj_1, adj_41);
    wp::adj_mul(var_3, var_40, adj_3, adj_40, adj_41);
    // adj: color[i, j] = c * contribution                                                    <L 109>
    wp::adj_div(var_37, var_39, var_40, adj_37, adj_39, adj_40);
    wp::adj_max(var_21, var_38, adj_21, adj_38, adj_39);
    wp::adj_max(var_35, var_36, adj_35, adj_36, adj_37);
    wp::adj_sub(var_21, var_luma_threshold, adj_21, adj_luma_threshold, adj_36);
    // adj: contribution = wp.max(soft, lightness - luma_threshold) / wp.max(lightness, 1.0e-4)  <L 108>
    wp::adj_div(var_30, var_34, var_35, adj_30, adj_34, adj_35);
    wp::adj_add(var_32, var_33, adj_32, adj_33, adj_34);
    wp::adj_mul(var_31, var_23, adj_31, adj_23, adj_32);
    wp::adj_mul(var_29, var_29, adj_29, adj_29, adj_30);
    // adj: soft = soft * soft / (4.0 * knee + 1.0e-4)                                        <L 107>
    wp::adj_clamp(var_25, var_26, var_28, adj_25, adj_26, adj_28, adj_29);
    wp::adj_mul(var_27, var_23, adj_27, adj_23, adj_28);
    wp::adj_add(var_24, var_23, adj_24, adj_23, adj_25);
    wp::adj_sub(var_21, var_luma_threshold, adj_21, adj_luma_threshold, adj_24);
    // adj: soft = wp.clamp(lightness - luma_threshold + knee, 0.0, 2.0 * knee)               <L 106>
    wp::adj_mul(var_22, var_luma_threshold, adj_22, adj_luma_threshold, adj_23);
    // adj: knee = 0.5 * luma_threshold                                                       <L 105>
    wp::adj_where(var_13, var_18, var_20, adj_13, adj_18, adj_20, adj_21);
    wp::adj_mul(var_19, var_11, adj_19, adj_11, adj_20);
    wp::adj_sub(var_16, var_17, adj_16, adj_17, adj_18);
    wp::adj_mul(var_14, var_15, adj_14, adj_15, adj_16);
    wp::adj_cbrt(var_11, var_15, adj_11, adj_15);
    // adj: lightness = wp.where(lum > 0.008856, 1.16 * wp.cbrt(lum) - 0.16, 9.033 * lum)     <L 104>
    wp::adj_max(var_9, var_10, adj_9, adj_10, adj_11);
    wp::adj_dot(var_3, var_8, adj_3, adj_8, adj_9);
    wp::adj_vec_t(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_8);
    // adj: lum = wp.max(wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722)), 0.0)                     <L 103>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_color, var_0, var_1, adj_color, adj_0, adj_1, adj_2);
    // adj: c = color[i, j]                                                                   <L 102>
    // adj: i, j = wp.tid()                                                                   <L 101>
    // adj: def extract_highlights(luma_threshold: float, color: wp.array2d[wp.vec3]):        <L 100>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void extract_highlights_cb5b2b7d_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_extract_highlights_cb5b2b7d *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        extract_highlights_cb5b2b7d_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void extract_highlights_cb5b2b7d_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_extract_highlights_cb5b2b7d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    extract_highlights_cb5b2b7d_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void extract_highlights_cb5b2b7d_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_extract_highlights_cb5b2b7d *_wp_args)
{
    extract_highlights_cb5b2b7d_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void extract_highlights_cb5b2b7d_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_extract_highlights_cb5b2b7d *_wp_args,
    wp_args_extract_highlights_cb5b2b7d *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        extract_highlights_cb5b2b7d_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void extract_highlights_cb5b2b7d_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_extract_highlights_cb5b2b7d *_wp_args,
    wp_args_extract_highlights_cb5b2b7d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    extract_highlights_cb5b2b7d_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void extract_highlights_cb5b2b7d_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_extract_highlights_cb5b2b7d *_wp_args,
    wp_args_extract_highlights_cb5b2b7d *_wp_adj_args)
{
    extract_highlights_cb5b2b7d_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

