// Warp 1.19.0 cpu code for classify_points_d0700890.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// classify_points.py:43
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
    // def camera_ray(pixel: wp.int32, row: wp.int32, width: wp.int32, height: wp.int32, tan_half_fov: float) -> wp.vec3:       <L 44>
    // aspect = float(width) / float(height)                                                  <L 46>
    var_0 = wp::float(var_width);
    var_1 = wp::float(var_height);
    var_2 = wp::div(var_0, var_1);
    // sx = (2.0 * (float(pixel) + 0.5) / float(width) - 1.0) * aspect * tan_half_fov         <L 47>
    var_4 = wp::float(var_pixel);
    var_6 = wp::add(var_4, var_5);
    var_7 = wp::mul(var_3, var_6);
    var_8 = wp::float(var_width);
    var_9 = wp::div(var_7, var_8);
    var_11 = wp::sub(var_9, var_10);
    var_12 = wp::mul(var_11, var_2);
    var_13 = wp::mul(var_12, var_tan_half_fov);
    // sy = (1.0 - 2.0 * (float(row) + 0.5) / float(height)) * tan_half_fov                   <L 48>
    var_16 = wp::float(var_row);
    var_18 = wp::add(var_16, var_17);
    var_19 = wp::mul(var_15, var_18);
    var_20 = wp::float(var_height);
    var_21 = wp::div(var_19, var_20);
    var_22 = wp::sub(var_14, var_21);
    var_23 = wp::mul(var_22, var_tan_half_fov);
    // return wp.normalize(wp.vec3(sx, sy, -1.0))                                             <L 49>
    var_25 = wp::vec_t<3, wp::float32>(var_13, var_23, var_24);
    var_26 = wp::normalize(var_25);
    return var_26;
}


// classify_points.py:97
static wp::float32 return_intensity_0(
    wp::vec_t<3, wp::float32> var_normal,
    wp::vec_t<3, wp::float32> var_beam_dir,
    wp::float32 var_t)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 1.0;
    wp::float32 var_4;
    wp::float32 var_5;
    //---------
    // forward
    // def return_intensity(normal: wp.vec3, beam_dir: wp.vec3, t: float) -> float:           <L 98>
    // cos_incidence = wp.abs(wp.dot(normal, beam_dir))                                       <L 100>
    var_0 = wp::dot(var_normal, var_beam_dir);
    var_1 = wp::abs(var_0);
    // return cos_incidence / wp.max(t * t, 1.0)                                              <L 101>
    var_2 = wp::mul(var_t, var_t);
    var_4 = wp::max(var_2, var_3);
    var_5 = wp::div(var_1, var_4);
    return var_5;
}


// classify_points.py:43
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


// classify_points.py:97
static void adj_return_intensity_0(
    wp::vec_t<3, wp::float32> var_normal,
    wp::vec_t<3, wp::float32> var_beam_dir,
    wp::float32 var_t,
    wp::vec_t<3, wp::float32> & adj_normal,
    wp::vec_t<3, wp::float32> & adj_beam_dir,
    wp::float32 & adj_t,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}

struct wp_args_render_camera_image_0c7c44ba {
    wp::uint64 collider_mesh;
    wp::transform_t<wp::float32> camera_transform;
    wp::float32 vertical_fov;
    wp::int32 image_width;
    wp::int32 image_height;
    wp::int32 render_mode;
    wp::vec_t<3, wp::float32> albedo;
    wp::vec_t<3, wp::float32> background;
    wp::float32 ray_length;
    wp::array_t<wp::float32> depth_image;
    wp::array_t<wp::vec_t<3, wp::float32>> color_image;
    wp::array_t<wp::int32> segmentation;
};


template <bool wp_linear_contiguous>
static void render_camera_image_0c7c44ba_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_render_camera_image_0c7c44ba *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_collider_mesh = _wp_args->collider_mesh;
    wp::transform_t<wp::float32> var_camera_transform = _wp_args->camera_transform;
    wp::float32 var_vertical_fov = _wp_args->vertical_fov;
    wp::int32 var_image_width = _wp_args->image_width;
    wp::int32 var_image_height = _wp_args->image_height;
    wp::int32 var_render_mode = _wp_args->render_mode;
    wp::vec_t<3, wp::float32> var_albedo = _wp_args->albedo;
    wp::vec_t<3, wp::float32> var_background = _wp_args->background;
    wp::float32 var_ray_length = _wp_args->ray_length;
    wp::array_t<wp::float32> var_depth_image = _wp_args->depth_image;
    wp::array_t<wp::vec_t<3, wp::float32>> var_color_image = _wp_args->color_image;
    wp::array_t<wp::int32> var_segmentation = _wp_args->segmentation;
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
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::int32* var_27;
    wp::int32 var_28;
    wp::int32 var_29;
    const wp::int32 var_30 = 0;
    bool var_31;
    const wp::float32 var_32 = 1.0;
    wp::float32* var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::vec_t<3, wp::float32> var_37;
    const wp::int32 var_38 = 1;
    bool var_39;
    const wp::float32 var_40 = 0.5;
    wp::vec_t<3, wp::float32> var_41;
    const wp::float32 var_42 = 0.5;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::float32 var_47;
    const wp::float32 var_48 = 0.0;
    wp::float32 var_49;
    const wp::float32 var_50 = 0.1;
    const wp::float32 var_51 = 1.0;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::vec_t<3, wp::float32> var_55;
    //---------
    // forward
    // def render_camera_image(                                                               <L 53>
    // tid = wp.tid()                                                                         <L 67>
    var_0 = builtin_tid1d();
    // pixel = tid % image_width                                                              <L 68>
    var_1 = wp::mod(var_0, var_image_width);
    // row = tid // image_width                                                               <L 69>
    var_2 = wp::floordiv(var_0, var_image_width);
    // if row >= image_height:                                                                <L 70>
    var_3 = (var_2 >= var_image_height);
    if (var_3) {
        // return                                                                             <L 71>
        return;
    }
    // ro = wp.transform_get_translation(camera_transform)                                    <L 72>
    var_4 = wp::transform_get_translation(var_camera_transform);
    // rd = wp.transform_vector(camera_transform, camera_ray(pixel, row, image_width, image_height, wp.tan(0.5 * vertical_fov)))       <L 73>
    var_6 = wp::mul(var_5, var_vertical_fov);
    var_7 = wp::tan(var_6);
    var_8 = camera_ray_0(var_1, var_2, var_image_width, var_image_height, var_7);
    var_9 = wp::transform_vector(var_camera_transform, var_8);
    // query = wp.mesh_query_ray(collider_mesh, ro, rd, ray_length)                           <L 74>
    var_10 = wp::mesh_query_ray(var_collider_mesh, var_4, var_9, var_ray_length, var_11);
    // if not query.result or query.sign < 0.0:                                               <L 76>
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
        // depth_image[row, pixel] = ray_length                                               <L 77>
        wp::array_store(var_depth_image, var_2, var_1, var_ray_length);
        // color_image[row, pixel] = background                                               <L 78>
        wp::array_store(var_color_image, var_2, var_1, var_background);
        // segmentation[row, pixel] = -1                                                      <L 79>
        wp::array_store(var_segmentation, var_2, var_1, var_20);
        // return                                                                             <L 80>
        return;
    }
    // depth_image[row, pixel] = query.t                                                      <L 81>
    var_21 = &((var_10).t);
    var_23 = wp::load(var_21);
    var_22 = wp::copy(var_23);
    wp::array_store(var_depth_image, var_2, var_1, var_22);
    // n = query.normal                                                                       <L 82>
    var_24 = &((var_10).normal);
    var_26 = wp::load(var_24);
    var_25 = wp::copy(var_26);
    // segmentation[row, pixel] = query.face                                                  <L 83>
    var_27 = &((var_10).face);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    wp::array_store(var_segmentation, var_2, var_1, var_28);
    // if render_mode == RenderMode.DEPTH:                                                    <L 84>
    var_31 = (var_render_mode == var_30);
    if (var_31) {
        // color_image[row, pixel] = wp.vec3(1.0 - query.t / ray_length)                      <L 85>
        var_33 = &((var_10).t);
        var_35 = wp::load(var_33);
        var_34 = wp::div(var_35, var_ray_length);
        var_36 = wp::sub(var_32, var_34);
        var_37 = wp::vec_t<3, wp::float32>(var_36);
        wp::array_store(var_color_image, var_2, var_1, var_37);
    }
    if (!var_31) {
        // elif render_mode == RenderMode.NORMALS:                                            <L 86>
        var_39 = (var_render_mode == var_38);
        if (var_39) {
            // color_image[row, pixel] = n * 0.5 + wp.vec3(0.5)                               <L 87>
            var_41 = wp::mul(var_25, var_40);
            var_43 = wp::vec_t<3, wp::float32>(var_42);
            var_44 = wp::add(var_41, var_43);
            wp::array_store(var_color_image, var_2, var_1, var_44);
        }
        if (!var_39) {
            // base = albedo                                                                  <L 89>
            var_45 = wp::copy(var_albedo);
            // to_light = -rd                                                                 <L 91>
            var_46 = wp::neg(var_9);
            // diffuse = wp.max(wp.dot(n, to_light), 0.0)                                     <L 92>
            var_47 = wp::dot(var_25, var_46);
            var_49 = wp::max(var_47, var_48);
            // color = base * (AMBIENT + (1.0 - AMBIENT) * diffuse)                           <L 93>
            var_52 = wp::sub(var_51, var_50);
            var_53 = wp::mul(var_52, var_49);
            var_54 = wp::add(var_50, var_53);
            var_55 = wp::mul(var_45, var_54);
            // color_image[row, pixel] = color                                                <L 94>
            wp::array_store(var_color_image, var_2, var_1, var_55);
        }
    }
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void render_camera_image_0c7c44ba_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_render_camera_image_0c7c44ba *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        render_camera_image_0c7c44ba_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void render_camera_image_0c7c44ba_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_render_camera_image_0c7c44ba *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    render_camera_image_0c7c44ba_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void render_camera_image_0c7c44ba_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_render_camera_image_0c7c44ba *_wp_args)
{
    render_camera_image_0c7c44ba_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_classify_points_7cf060ec {
    wp::uint64 collider_mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::float32> angles;
    wp::float32 query_radius;
    wp::array_t<wp::int32> labels;
    wp::array_t<wp::float32> distances;
};


template <bool wp_linear_contiguous>
static void classify_points_7cf060ec_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_classify_points_7cf060ec *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_classify_points_7cf060ec wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.angles.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.labels.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.distances.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_collider_mesh = _wp_args->collider_mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::float32> var_angles = _wp_args->angles;
    wp::float32 var_query_radius = _wp_args->query_radius;
    wp::array_t<wp::int32> var_labels = _wp_args->labels;
    wp::array_t<wp::float32> var_distances = _wp_args->distances;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 2;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 1;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::int32 var_22 = 2;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::mesh_query_point_t var_27;
    const wp::float32 var_28 = 2.0;
    const wp::float32 var_29 = 0.5;
    wp::float32 var_30;
    const wp::int32 var_31 = 0;
    bool* var_32;
    bool var_33;
    wp::int32* var_34;
    wp::float32* var_35;
    wp::float32* var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::int32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32* var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32* var_46;
    const wp::float32 var_47 = 0.0;
    bool var_48;
    wp::float32 var_49;
    const wp::int32 var_50 = 1;
    wp::int32 var_51;
    bool var_52;
    wp::float32 var_53;
    bool var_54;
    wp::int32 var_55;
    bool var_56;
    //---------
    // forward
    // def classify_points(                                                                   <L 17>
    // tid = wp.tid()                                                                         <L 25>
    var_0 = builtin_tid1d();
    // angle = angles[tid]                                                                    <L 26>
    var_1 = wp::address(var_angles, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // x = points[tid]                                                                        <L 27>
    var_4 = wp::address(var_points, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // c = wp.cos(angle)                                                                      <L 28>
    var_7 = wp::cos(var_2);
    // s = wp.sin(angle)                                                                      <L 29>
    var_8 = wp::sin(var_2);
    // rp = wp.vec3(c * x[0] + s * x[2], x[1], -s * x[0] + c * x[2])                          <L 30>
    var_10 = wp::extract(var_5, var_9);
    var_11 = wp::mul(var_7, var_10);
    var_13 = wp::extract(var_5, var_12);
    var_14 = wp::mul(var_8, var_13);
    var_15 = wp::add(var_11, var_14);
    var_17 = wp::extract(var_5, var_16);
    var_18 = wp::neg(var_8);
    var_20 = wp::extract(var_5, var_19);
    var_21 = wp::mul(var_18, var_20);
    var_23 = wp::extract(var_5, var_22);
    var_24 = wp::mul(var_7, var_23);
    var_25 = wp::add(var_21, var_24);
    var_26 = wp::vec_t<3, wp::float32>(var_15, var_17, var_25);
    // q = wp.mesh_query_point_sign_winding_number(collider_mesh, rp, query_radius)           <L 31>
    var_27 = wp::mesh_query_point_sign_winding_number(var_collider_mesh, var_26, var_query_radius, var_28, var_29);
    // d = query_radius                                                                       <L 32>
    var_30 = wp::copy(var_query_radius);
    // flag = 0                                                                               <L 33>
    // if q.result:                                                                           <L 34>
    var_32 = &((var_27).result);
    var_33 = wp::load(var_32);
    if (var_33) {
        // cp = wp.mesh_eval_position(collider_mesh, q.face, q.u, q.v)                        <L 35>
        var_34 = &((var_27).face);
        var_35 = &((var_27).u);
        var_36 = &((var_27).v);
        var_38 = wp::load(var_34);
        var_39 = wp::load(var_35);
        var_40 = wp::load(var_36);
        var_37 = wp::mesh_eval_position(var_collider_mesh, var_38, var_39, var_40);
        // d = q.sign * wp.length(rp - cp)                                                    <L 36>
        var_41 = &((var_27).sign);
        var_42 = wp::sub(var_26, var_37);
        var_43 = wp::length(var_42);
        var_45 = wp::load(var_41);
        var_44 = wp::mul(var_45, var_43);
        // if q.sign < 0.0:                                                                   <L 37>
        var_46 = &((var_27).sign);
        var_49 = wp::load(var_46);
        var_48 = (var_49 < var_47);
        if (var_48) {
            // flag = 1                                                                       <L 38>
        }
        var_51 = wp::where(var_48, var_50, var_31);
    }
    var_52 = wp::load(var_32);
    var_54 = wp::load(var_32);
    var_53 = wp::where(var_54, var_44, var_30);
    var_56 = wp::load(var_32);
    var_55 = wp::where(var_56, var_51, var_31);
    // distances[tid] = d                                                                     <L 39>
    wp::array_store(var_distances, var_0, var_53);
    // labels[tid] = flag                                                                     <L 40>
    wp::array_store(var_labels, var_0, var_55);
}



template <bool wp_linear_contiguous>
static void classify_points_7cf060ec_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_classify_points_7cf060ec *_wp_args,
    wp_args_classify_points_7cf060ec *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_classify_points_7cf060ec wp_contiguous_args;
    wp_args_classify_points_7cf060ec wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.angles.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.angles.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.labels.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.labels.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.distances.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.distances.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_collider_mesh = _wp_args->collider_mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::float32> var_angles = _wp_args->angles;
    wp::float32 var_query_radius = _wp_args->query_radius;
    wp::array_t<wp::int32> var_labels = _wp_args->labels;
    wp::array_t<wp::float32> var_distances = _wp_args->distances;
    wp::uint64 adj_collider_mesh = _wp_adj_args->collider_mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::float32> adj_angles = _wp_adj_args->angles;
    wp::float32 adj_query_radius = _wp_adj_args->query_radius;
    wp::array_t<wp::int32> adj_labels = _wp_adj_args->labels;
    wp::array_t<wp::float32> adj_distances = _wp_adj_args->distances;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 2;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 1;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::int32 var_22 = 2;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::mesh_query_point_t var_27;
    const wp::float32 var_28 = 2.0;
    const wp::float32 var_29 = 0.5;
    wp::float32 var_30;
    const wp::int32 var_31 = 0;
    bool* var_32;
    bool var_33;
    wp::int32* var_34;
    wp::float32* var_35;
    wp::float32* var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::int32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32* var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32* var_46;
    const wp::float32 var_47 = 0.0;
    bool var_48;
    wp::float32 var_49;
    const wp::int32 var_50 = 1;
    wp::int32 var_51;
    bool var_52;
    wp::float32 var_53;
    bool var_54;
    wp::int32 var_55;
    bool var_56;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::mesh_query_point_t adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::int32 adj_31 = {};
    bool adj_32 = {};
    bool adj_33 = {};
    wp::int32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::int32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    bool adj_48 = {};
    wp::float32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    bool adj_52 = {};
    wp::float32 adj_53 = {};
    bool adj_54 = {};
    wp::int32 adj_55 = {};
    bool adj_56 = {};
    //---------
    // forward
    // def classify_points(                                                                   <L 17>
    // tid = wp.tid()                                                                         <L 25>
    var_0 = builtin_tid1d();
    // angle = angles[tid]                                                                    <L 26>
    var_1 = wp::address(var_angles, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // x = points[tid]                                                                        <L 27>
    var_4 = wp::address(var_points, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // c = wp.cos(angle)                                                                      <L 28>
    var_7 = wp::cos(var_2);
    // s = wp.sin(angle)                                                                      <L 29>
    var_8 = wp::sin(var_2);
    // rp = wp.vec3(c * x[0] + s * x[2], x[1], -s * x[0] + c * x[2])                          <L 30>
    var_10 = wp::extract(var_5, var_9);
    var_11 = wp::mul(var_7, var_10);
    var_13 = wp::extract(var_5, var_12);
    var_14 = wp::mul(var_8, var_13);
    var_15 = wp::add(var_11, var_14);
    var_17 = wp::extract(var_5, var_16);
    var_18 = wp::neg(var_8);
    var_20 = wp::extract(var_5, var_19);
    var_21 = wp::mul(var_18, var_20);
    var_23 = wp::extract(var_5, var_22);
    var_24 = wp::mul(var_7, var_23);
    var_25 = wp::add(var_21, var_24);
    var_26 = wp::vec_t<3, wp::float32>(var_15, var_17, var_25);
    // q = wp.mesh_query_point_sign_winding_number(collider_mesh, rp, query_radius)           <L 31>
    var_27 = wp::mesh_query_point_sign_winding_number(var_collider_mesh, var_26, var_query_radius, var_28, var_29);
    // d = query_radius                                                                       <L 32>
    var_30 = wp::copy(var_query_radius);
    // flag = 0                                                                               <L 33>
    // if q.result:                                                                           <L 34>
    var_32 = &((var_27).result);
    var_33 = wp::load(var_32);
    if (var_33) {
        // cp = wp.mesh_eval_position(collider_mesh, q.face, q.u, q.v)                        <L 35>
        var_34 = &((var_27).face);
        var_35 = &((var_27).u);
        var_36 = &((var_27).v);
        var_38 = wp::load(var_34);
        var_39 = wp::load(var_35);
        var_40 = wp::load(var_36);
        var_37 = wp::mesh_eval_position(var_collider_mesh, var_38, var_39, var_40);
        // d = q.sign * wp.length(rp - cp)                                                    <L 36>
        var_41 = &((var_27).sign);
        var_42 = wp::sub(var_26, var_37);
        var_43 = wp::length(var_42);
        var_45 = wp::load(var_41);
        var_44 = wp::mul(var_45, var_43);
        // if q.sign < 0.0:                                                                   <L 37>
        var_46 = &((var_27).sign);
        var_49 = wp::load(var_46);
        var_48 = (var_49 < var_47);
        if (var_48) {
            // flag = 1                                                                       <L 38>
        }
        var_51 = wp::where(var_48, var_50, var_31);
    }
    var_52 = wp::load(var_32);
    var_54 = wp::load(var_32);
    var_53 = wp::where(var_54, var_44, var_30);
    var_56 = wp::load(var_32);
    var_55 = wp::where(var_56, var_51, var_31);
    // distances[tid] = d                                                                     <L 39>
    // wp::array_store(var_distances, var_0, var_53);
    // labels[tid] = flag                                                                     <L 40>
    // wp::array_store(var_labels, var_0, var_55);
    //---------
    // reverse
    wp::adj_array_store(var_labels, var_0, var_55, adj_labels, adj_0, adj_55);
    // adj: labels[tid] = flag                                                                <L 40>
    wp::adj_array_store(var_distances, var_0, var_53, adj_distances, adj_0, adj_53);
    // adj: distances[tid] = d                                                                <L 39>
    wp::adj_where(var_56, var_51, var_31, adj_32, adj_51, adj_31, adj_55);
    wp::adj_where(var_54, var_44, var_30, adj_32, adj_44, adj_30, adj_53);
    if (var_52) {
        wp::adj_where(var_48, var_50, var_31, adj_48, adj_50, adj_31, adj_51);
        if (var_48) {
            // adj: flag = 1                                                                  <L 38>
        }
        adj_27.sign += adj_46;
        // adj: if q.sign < 0.0:                                                              <L 37>
        wp::adj_mul(var_45, var_43, adj_41, adj_43, adj_44);
        wp::adj_length(var_42, var_43, adj_42, adj_43);
        wp::adj_sub(var_26, var_37, adj_26, adj_37, adj_42);
        adj_27.sign += adj_41;
        // adj: d = q.sign * wp.length(rp - cp)                                               <L 36>
        wp::adj_mesh_eval_position(var_collider_mesh, var_38, var_39, var_40, adj_collider_mesh, adj_34, adj_35, adj_36, adj_37);
        adj_27.v += adj_36;
        adj_27.u += adj_35;
        adj_27.face = adj_34;
        // adj: cp = wp.mesh_eval_position(collider_mesh, q.face, q.u, q.v)                   <L 35>
    }
    adj_27.result = adj_32;
    // adj: if q.result:                                                                      <L 34>
    // adj: flag = 0                                                                          <L 33>
    wp::adj_copy(var_query_radius, adj_query_radius, adj_30);
    // adj: d = query_radius                                                                  <L 32>
    wp::adj_mesh_query_point_sign_winding_number(var_collider_mesh, var_26, var_query_radius, var_28, var_29, var_27, adj_collider_mesh, adj_26, adj_query_radius, adj_28, adj_29, adj_27);
    // adj: q = wp.mesh_query_point_sign_winding_number(collider_mesh, rp, query_radius)      <L 31>
    wp::adj_vec_t(var_15, var_17, var_25, adj_15, adj_17, adj_25, adj_26);
    wp::adj_add(var_21, var_24, adj_21, adj_24, adj_25);
    wp::adj_mul(var_7, var_23, adj_7, adj_23, adj_24);
    wp::adj_extract(var_5, var_22, adj_5, adj_22, adj_23);
    wp::adj_mul(var_18, var_20, adj_18, adj_20, adj_21);
    wp::adj_extract(var_5, var_19, adj_5, adj_19, adj_20);
    wp::adj_neg(var_8, adj_8, adj_18);
    wp::adj_extract(var_5, var_16, adj_5, adj_16, adj_17);
    wp::adj_add(var_11, var_14, adj_11, adj_14, adj_15);
    wp::adj_mul(var_8, var_13, adj_8, adj_13, adj_14);
    wp::adj_extract(var_5, var_12, adj_5, adj_12, adj_13);
    wp::adj_mul(var_7, var_10, adj_7, adj_10, adj_11);
    wp::adj_extract(var_5, var_9, adj_5, adj_9, adj_10);
    // adj: rp = wp.vec3(c * x[0] + s * x[2], x[1], -s * x[0] + c * x[2])                     <L 30>
    wp::adj_sin(var_2, adj_2, adj_8);
    // adj: s = wp.sin(angle)                                                                 <L 29>
    wp::adj_cos(var_2, adj_2, adj_7);
    // adj: c = wp.cos(angle)                                                                 <L 28>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_4);
    // adj: x = points[tid]                                                                   <L 27>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_angles, var_0, adj_angles, adj_0, adj_1);
    // adj: angle = angles[tid]                                                               <L 26>
    // adj: tid = wp.tid()                                                                    <L 25>
    // adj: def classify_points(                                                              <L 17>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void classify_points_7cf060ec_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_classify_points_7cf060ec *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        classify_points_7cf060ec_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void classify_points_7cf060ec_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_classify_points_7cf060ec *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->angles.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->labels.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->distances.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        classify_points_7cf060ec_cpu_forward_tasks<true>(dim, _wp_args);
    else
        classify_points_7cf060ec_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void classify_points_7cf060ec_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_classify_points_7cf060ec *_wp_args)
{
    classify_points_7cf060ec_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void classify_points_7cf060ec_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_classify_points_7cf060ec *_wp_args,
    wp_args_classify_points_7cf060ec *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        classify_points_7cf060ec_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void classify_points_7cf060ec_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_classify_points_7cf060ec *_wp_args,
    wp_args_classify_points_7cf060ec *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->angles.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->angles.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->labels.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->labels.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->distances.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->distances.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        classify_points_7cf060ec_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        classify_points_7cf060ec_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void classify_points_7cf060ec_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_classify_points_7cf060ec *_wp_args,
    wp_args_classify_points_7cf060ec *_wp_adj_args)
{
    classify_points_7cf060ec_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_lidar_scan_af9e3148 {
    wp::array_t<wp::vec_t<4, wp::float32>> points;
    wp::uint64 collider_mesh;
    wp::array_t<wp::transform_t<wp::float32>> poses;
    wp::array_t<wp::int32> sensor_body;
    wp::array_t<wp::vec_t<3, wp::float32>> beam_dirs;
    wp::array_t<wp::int32> env_active;
    wp::transform_t<wp::float32> sensor_offset;
    wp::float32 range_max;
    wp::int32 seed;
    wp::array_t<wp::float32> lidar_ranges;
    wp::array_t<wp::int32> num_points;
};


template <bool wp_linear_contiguous>
static void lidar_scan_af9e3148_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_lidar_scan_af9e3148 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_points = _wp_args->points;
    wp::uint64 var_collider_mesh = _wp_args->collider_mesh;
    wp::array_t<wp::transform_t<wp::float32>> var_poses = _wp_args->poses;
    wp::array_t<wp::int32> var_sensor_body = _wp_args->sensor_body;
    wp::array_t<wp::vec_t<3, wp::float32>> var_beam_dirs = _wp_args->beam_dirs;
    wp::array_t<wp::int32> var_env_active = _wp_args->env_active;
    wp::transform_t<wp::float32> var_sensor_offset = _wp_args->sensor_offset;
    wp::float32 var_range_max = _wp_args->range_max;
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::float32> var_lidar_ranges = _wp_args->lidar_ranges;
    wp::array_t<wp::int32> var_num_points = _wp_args->num_points;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32* var_2;
    const wp::int32 var_3 = 0;
    bool var_4;
    wp::int32 var_5;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::transform_t<wp::float32>* var_9;
    wp::transform_t<wp::float32> var_10;
    wp::transform_t<wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::mesh_query_ray_t var_17;
    const wp::int32 var_18 = -1;
    bool var_19;
    bool* var_20;
    bool var_21;
    bool var_22;
    wp::float32* var_23;
    const wp::float32 var_24 = 0.05;
    bool var_25;
    wp::float32 var_26;
    wp::shape_t* var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    wp::shape_t var_30;
    wp::int32 var_31;
    wp::int32 var_32;
    wp::uint32 var_33;
    wp::float32* var_34;
    const wp::float32 var_35 = 0.01;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::vec_t<3, wp::float32>* var_43;
    wp::float32 var_44;
    wp::vec_t<3, wp::float32> var_45;
    const wp::int32 var_46 = 1;
    wp::int32 var_47;
    wp::shape_t* var_48;
    const wp::int32 var_49 = 1;
    wp::int32 var_50;
    wp::shape_t var_51;
    bool var_52;
    const wp::int32 var_53 = 0;
    wp::float32 var_54;
    const wp::int32 var_55 = 1;
    wp::float32 var_56;
    const wp::int32 var_57 = 2;
    wp::float32 var_58;
    wp::vec_t<4, wp::float32> var_59;
    //---------
    // forward
    // def lidar_scan(                                                                        <L 105>
    // env, beam = wp.tid()                                                                   <L 118>
    builtin_tid2d(var_0, var_1);
    // if env_active[env] == 0:                                                               <L 119>
    var_2 = wp::address(var_env_active, var_0);
    var_5 = wp::load(var_2);
    var_4 = (var_5 == var_3);
    if (var_4) {
        // return                                                                             <L 120>
        return;
    }
    // body = sensor_body[env]                                                                <L 121>
    var_6 = wp::address(var_sensor_body, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // X_ws = wp.transform_multiply(poses[body], sensor_offset)                               <L 122>
    var_9 = wp::address(var_poses, var_7);
    var_11 = wp::load(var_9);
    var_10 = wp::transform_multiply(var_11, var_sensor_offset);
    // origin = wp.transform_get_translation(X_ws)                                            <L 123>
    var_12 = wp::transform_get_translation(var_10);
    // dir_local = beam_dirs[beam]                                                            <L 124>
    var_13 = wp::address(var_beam_dirs, var_1);
    var_15 = wp::load(var_13);
    var_14 = wp::copy(var_15);
    // dir_world = wp.transform_vector(X_ws, dir_local)                                       <L 125>
    var_16 = wp::transform_vector(var_10, var_14);
    // query = wp.mesh_query_ray(collider_mesh, origin, dir_world, range_max)                 <L 126>
    var_17 = wp::mesh_query_ray(var_collider_mesh, var_12, var_16, var_range_max, var_18);
    // if not query.result or query.t < MIN_RANGE:                                            <L 127>
    var_20 = &((var_17).result);
    var_22 = wp::load(var_20);
    var_21 = wp::unot(var_22);
    var_19 = var_21;
    if (!var_19) {
        var_23 = &((var_17).t);
        var_26 = wp::load(var_23);
        var_25 = (var_26 < var_24);
        var_19 = var_19 || var_25;
    }
    if (var_19) {
        // lidar_ranges[env, beam] = range_max                                                <L 128>
        wp::array_store(var_lidar_ranges, var_0, var_1, var_range_max);
        // return                                                                             <L 129>
        return;
    }
    // num_beams = lidar_ranges.shape[1]                                                      <L 130>
    var_27 = &(var_lidar_ranges.shape);
    var_30 = wp::load(var_27);
    var_29 = wp::extract(var_30, var_28);
    // state = wp.rand_init(seed, env * num_beams + beam)                                     <L 131>
    var_31 = wp::mul(var_0, var_29);
    var_32 = wp::add(var_31, var_1);
    var_33 = wp::rand_init(var_seed, var_32);
    // t = wp.clamp(query.t + RANGE_NOISE * wp.randn(state), MIN_RANGE, range_max)            <L 132>
    var_34 = &((var_17).t);
    var_36 = wp::randn(var_33);
    var_37 = wp::mul(var_35, var_36);
    var_39 = wp::load(var_34);
    var_38 = wp::add(var_39, var_37);
    var_40 = wp::clamp(var_38, var_24, var_range_max);
    // lidar_ranges[env, beam] = t                                                            <L 133>
    wp::array_store(var_lidar_ranges, var_0, var_1, var_40);
    // p = origin + dir_world * t                                                             <L 134>
    var_41 = wp::mul(var_16, var_40);
    var_42 = wp::add(var_12, var_41);
    // strength = return_intensity(query.normal, dir_world, t)                                <L 135>
    var_43 = &((var_17).normal);
    var_45 = wp::load(var_43);
    var_44 = return_intensity_0(var_45, var_16, var_40);
    // slot = wp.atomic_add(num_points, env, 1)                                               <L 136>
    var_47 = wp::atomic_add(var_num_points, var_0, var_46);
    // if slot < points.shape[1]:                                                             <L 137>
    var_48 = &(var_points.shape);
    var_51 = wp::load(var_48);
    var_50 = wp::extract(var_51, var_49);
    var_52 = (var_47 < var_50);
    if (var_52) {
        // points[env, slot] = scan_point(p[0], p[1], p[2], strength)                         <L 138>
        var_54 = wp::extract(var_42, var_53);
        var_56 = wp::extract(var_42, var_55);
        var_58 = wp::extract(var_42, var_57);
        var_59 = wp::vec_t<4, wp::float32>(var_54, var_56, var_58, var_44);
        wp::array_store(var_points, var_0, var_47, var_59);
    }
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void lidar_scan_af9e3148_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_lidar_scan_af9e3148 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        lidar_scan_af9e3148_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void lidar_scan_af9e3148_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_lidar_scan_af9e3148 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    lidar_scan_af9e3148_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void lidar_scan_af9e3148_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_lidar_scan_af9e3148 *_wp_args)
{
    lidar_scan_af9e3148_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_cast_rays_c0348b21 {
    wp::uint64 collider_mesh;
    wp::vec_t<3, wp::float32> eye;
    wp::vec_t<3, wp::float32> view_dir;
    wp::float32 ray_length;
    wp::array_t<wp::float32> dist_out;
    wp::array_t<wp::vec_t<3, wp::float32>> normals;
};


template <bool wp_linear_contiguous>
static void cast_rays_c0348b21_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_cast_rays_c0348b21 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_cast_rays_c0348b21 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.dist_out.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_collider_mesh = _wp_args->collider_mesh;
    wp::vec_t<3, wp::float32> var_eye = _wp_args->eye;
    wp::vec_t<3, wp::float32> var_view_dir = _wp_args->view_dir;
    wp::float32 var_ray_length = _wp_args->ray_length;
    wp::array_t<wp::float32> var_dist_out = _wp_args->dist_out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 0.0;
    const wp::float32 var_3 = 0.0;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    wp::mesh_query_ray_t var_6;
    const wp::int32 var_7 = -1;
    bool* var_8;
    bool var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32>* var_13;
    const wp::float32 var_14 = 0.5;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    const wp::float32 var_17 = 0.5;
    const wp::float32 var_18 = 0.5;
    const wp::float32 var_19 = 0.5;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::float32* var_22;
    const wp::float32 var_23 = 0.0;
    bool var_24;
    wp::float32 var_25;
    wp::int32* var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::int32 var_28;
    wp::vec_t<3, wp::float32> var_29;
    const wp::float32 var_30 = 0.5;
    wp::vec_t<3, wp::float32> var_31;
    const wp::float32 var_32 = 0.5;
    const wp::float32 var_33 = 0.5;
    const wp::float32 var_34 = 0.5;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    bool var_38;
    wp::vec_t<3, wp::float32> var_39;
    bool var_40;
    wp::float32 var_41;
    bool var_42;
    //---------
    // forward
    // def cast_rays(                                                                         <L 142>
    // tid = wp.tid()                                                                         <L 151>
    var_0 = builtin_tid1d();
    // color = wp.vec3(0.0, 0.0, 0.0)                                                         <L 152>
    var_4 = wp::vec_t<3, wp::float32>(var_1, var_2, var_3);
    // depth = ray_length                                                                     <L 153>
    var_5 = wp::copy(var_ray_length);
    // query = wp.mesh_query_ray(collider_mesh, eye, view_dir, ray_length)                    <L 154>
    var_6 = wp::mesh_query_ray(var_collider_mesh, var_eye, var_view_dir, var_ray_length, var_7);
    // if query.result:                                                                       <L 155>
    var_8 = &((var_6).result);
    var_9 = wp::load(var_8);
    if (var_9) {
        // depth = query.t                                                                    <L 156>
        var_10 = &((var_6).t);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // color = query.normal * 0.5 + wp.vec3(0.5, 0.5, 0.5)                                <L 157>
        var_13 = &((var_6).normal);
        var_16 = wp::load(var_13);
        var_15 = wp::mul(var_16, var_14);
        var_20 = wp::vec_t<3, wp::float32>(var_17, var_18, var_19);
        var_21 = wp::add(var_15, var_20);
        // if query.sign < 0.0:                                                               <L 159>
        var_22 = &((var_6).sign);
        var_25 = wp::load(var_22);
        var_24 = (var_25 < var_23);
        if (var_24) {
            // color = -wp.mesh_eval_face_normal(collider_mesh, query.face) * 0.5 + wp.vec3(0.5, 0.5, 0.5)       <L 160>
            var_26 = &((var_6).face);
            var_28 = wp::load(var_26);
            var_27 = wp::mesh_eval_face_normal(var_collider_mesh, var_28);
            var_29 = wp::neg(var_27);
            var_31 = wp::mul(var_29, var_30);
            var_35 = wp::vec_t<3, wp::float32>(var_32, var_33, var_34);
            var_36 = wp::add(var_31, var_35);
        }
        var_37 = wp::where(var_24, var_36, var_21);
    }
    var_38 = wp::load(var_8);
    var_40 = wp::load(var_8);
    var_39 = wp::where(var_40, var_37, var_4);
    var_42 = wp::load(var_8);
    var_41 = wp::where(var_42, var_11, var_5);
    // dist_out[tid] = depth                                                                  <L 161>
    wp::array_store(var_dist_out, var_0, var_41);
    // normals[tid] = color                                                                   <L 162>
    wp::array_store(var_normals, var_0, var_39);
}



template <bool wp_linear_contiguous>
static void cast_rays_c0348b21_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_cast_rays_c0348b21 *_wp_args,
    wp_args_cast_rays_c0348b21 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_cast_rays_c0348b21 wp_contiguous_args;
    wp_args_cast_rays_c0348b21 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.dist_out.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.dist_out.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_collider_mesh = _wp_args->collider_mesh;
    wp::vec_t<3, wp::float32> var_eye = _wp_args->eye;
    wp::vec_t<3, wp::float32> var_view_dir = _wp_args->view_dir;
    wp::float32 var_ray_length = _wp_args->ray_length;
    wp::array_t<wp::float32> var_dist_out = _wp_args->dist_out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::uint64 adj_collider_mesh = _wp_adj_args->collider_mesh;
    wp::vec_t<3, wp::float32> adj_eye = _wp_adj_args->eye;
    wp::vec_t<3, wp::float32> adj_view_dir = _wp_adj_args->view_dir;
    wp::float32 adj_ray_length = _wp_adj_args->ray_length;
    wp::array_t<wp::float32> adj_dist_out = _wp_adj_args->dist_out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals = _wp_adj_args->normals;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 0.0;
    const wp::float32 var_3 = 0.0;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    wp::mesh_query_ray_t var_6;
    const wp::int32 var_7 = -1;
    bool* var_8;
    bool var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32>* var_13;
    const wp::float32 var_14 = 0.5;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    const wp::float32 var_17 = 0.5;
    const wp::float32 var_18 = 0.5;
    const wp::float32 var_19 = 0.5;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::float32* var_22;
    const wp::float32 var_23 = 0.0;
    bool var_24;
    wp::float32 var_25;
    wp::int32* var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::int32 var_28;
    wp::vec_t<3, wp::float32> var_29;
    const wp::float32 var_30 = 0.5;
    wp::vec_t<3, wp::float32> var_31;
    const wp::float32 var_32 = 0.5;
    const wp::float32 var_33 = 0.5;
    const wp::float32 var_34 = 0.5;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    bool var_38;
    wp::vec_t<3, wp::float32> var_39;
    bool var_40;
    wp::float32 var_41;
    bool var_42;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::mesh_query_ray_t adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    bool adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    bool adj_24 = {};
    wp::float32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::int32 adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::float32 adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    bool adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    bool adj_40 = {};
    wp::float32 adj_41 = {};
    bool adj_42 = {};
    //---------
    // forward
    // def cast_rays(                                                                         <L 142>
    // tid = wp.tid()                                                                         <L 151>
    var_0 = builtin_tid1d();
    // color = wp.vec3(0.0, 0.0, 0.0)                                                         <L 152>
    var_4 = wp::vec_t<3, wp::float32>(var_1, var_2, var_3);
    // depth = ray_length                                                                     <L 153>
    var_5 = wp::copy(var_ray_length);
    // query = wp.mesh_query_ray(collider_mesh, eye, view_dir, ray_length)                    <L 154>
    var_6 = wp::mesh_query_ray(var_collider_mesh, var_eye, var_view_dir, var_ray_length, var_7);
    // if query.result:                                                                       <L 155>
    var_8 = &((var_6).result);
    var_9 = wp::load(var_8);
    if (var_9) {
        // depth = query.t                                                                    <L 156>
        var_10 = &((var_6).t);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // color = query.normal * 0.5 + wp.vec3(0.5, 0.5, 0.5)                                <L 157>
        var_13 = &((var_6).normal);
        var_16 = wp::load(var_13);
        var_15 = wp::mul(var_16, var_14);
        var_20 = wp::vec_t<3, wp::float32>(var_17, var_18, var_19);
        var_21 = wp::add(var_15, var_20);
        // if query.sign < 0.0:                                                               <L 159>
        var_22 = &((var_6).sign);
        var_25 = wp::load(var_22);
        var_24 = (var_25 < var_23);
        if (var_24) {
            // color = -wp.mesh_eval_face_normal(collider_mesh, query.face) * 0.5 + wp.vec3(0.5, 0.5, 0.5)       <L 160>
            var_26 = &((var_6).face);
            var_28 = wp::load(var_26);
            var_27 = wp::mesh_eval_face_normal(var_collider_mesh, var_28);
            var_29 = wp::neg(var_27);
            var_31 = wp::mul(var_29, var_30);
            var_35 = wp::vec_t<3, wp::float32>(var_32, var_33, var_34);
            var_36 = wp::add(var_31, var_35);
        }
        var_37 = wp::where(var_24, var_36, var_21);
    }
    var_38 = wp::load(var_8);
    var_40 = wp::load(var_8);
    var_39 = wp::where(var_40, var_37, var_4);
    var_42 = wp::load(var_8);
    var_41 = wp::where(var_42, var_11, var_5);
    // dist_out[tid] = depth                                                                  <L 161>
    // wp::array_store(var_dist_out, var_0, var_41);
    // normals[tid] = color                                                                   <L 162>
    // wp::array_store(var_normals, var_0, var_39);
    //---------
    // reverse
    wp::adj_array_store(var_normals, var_0, var_39, adj_normals, adj_0, adj_39);
    // adj: normals[tid] = color                                                              <L 162>
    wp::adj_array_store(var_dist_out, var_0, var_41, adj_dist_out, adj_0, adj_41);
    // adj: dist_out[tid] = depth                                                             <L 161>
    wp::adj_where(var_42, var_11, var_5, adj_8, adj_11, adj_5, adj_41);
    wp::adj_where(var_40, var_37, var_4, adj_8, adj_37, adj_4, adj_39);
    if (var_38) {
        wp::adj_where(var_24, var_36, var_21, adj_24, adj_36, adj_21, adj_37);
        if (var_24) {
            wp::adj_add(var_31, var_35, adj_31, adj_35, adj_36);
            wp::adj_vec_t(var_32, var_33, var_34, adj_32, adj_33, adj_34, adj_35);
            wp::adj_mul(var_29, var_30, adj_29, adj_30, adj_31);
            wp::adj_neg(var_27, adj_27, adj_29);
            adj_6.face = adj_26;
            // adj: color = -wp.mesh_eval_face_normal(collider_mesh, query.face) * 0.5 + wp.vec3(0.5, 0.5, 0.5)  <L 160>
        }
        adj_6.sign += adj_22;
        // adj: if query.sign < 0.0:                                                          <L 159>
        wp::adj_add(var_15, var_20, adj_15, adj_20, adj_21);
        wp::adj_vec_t(var_17, var_18, var_19, adj_17, adj_18, adj_19, adj_20);
        wp::adj_mul(var_16, var_14, adj_13, adj_14, adj_15);
        adj_6.normal += adj_13;
        // adj: color = query.normal * 0.5 + wp.vec3(0.5, 0.5, 0.5)                           <L 157>
        wp::adj_copy(var_12, adj_10, adj_11);
        adj_6.t += adj_10;
        // adj: depth = query.t                                                               <L 156>
    }
    adj_6.result = adj_8;
    // adj: if query.result:                                                                  <L 155>
    wp::adj_mesh_query_ray(var_collider_mesh, var_eye, var_view_dir, var_ray_length, var_7, var_6, adj_collider_mesh, adj_eye, adj_view_dir, adj_ray_length, adj_7, adj_6);
    // adj: query = wp.mesh_query_ray(collider_mesh, eye, view_dir, ray_length)               <L 154>
    wp::adj_copy(var_ray_length, adj_ray_length, adj_5);
    // adj: depth = ray_length                                                                <L 153>
    wp::adj_vec_t(var_1, var_2, var_3, adj_1, adj_2, adj_3, adj_4);
    // adj: color = wp.vec3(0.0, 0.0, 0.0)                                                    <L 152>
    // adj: tid = wp.tid()                                                                    <L 151>
    // adj: def cast_rays(                                                                    <L 142>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void cast_rays_c0348b21_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_cast_rays_c0348b21 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        cast_rays_c0348b21_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void cast_rays_c0348b21_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_cast_rays_c0348b21 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->dist_out.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        cast_rays_c0348b21_cpu_forward_tasks<true>(dim, _wp_args);
    else
        cast_rays_c0348b21_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void cast_rays_c0348b21_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_cast_rays_c0348b21 *_wp_args)
{
    cast_rays_c0348b21_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void cast_rays_c0348b21_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_cast_rays_c0348b21 *_wp_args,
    wp_args_cast_rays_c0348b21 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        cast_rays_c0348b21_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void cast_rays_c0348b21_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_cast_rays_c0348b21 *_wp_args,
    wp_args_cast_rays_c0348b21 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->dist_out.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->dist_out.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        cast_rays_c0348b21_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        cast_rays_c0348b21_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void cast_rays_c0348b21_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_cast_rays_c0348b21 *_wp_args,
    wp_args_cast_rays_c0348b21 *_wp_adj_args)
{
    cast_rays_c0348b21_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

