// Warp 1.19.0 cpu code for render_camera_image_51a7c6bd.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// render_camera_image.py:15
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


// render_camera_image.py:15
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

struct wp_args_render_camera_image_0c6dbe32 {
    wp::uint64 collider_mesh;
    wp::array_t<wp::int32> face_shader;
    wp::array_t<wp::vec_t<3, wp::float32>> material_colors;
    wp::transform_t<wp::float32> camera_transform;
    wp::float32 vertical_fov;
    wp::int32 image_width;
    wp::int32 image_height;
    wp::int32 output_mode;
    wp::vec_t<3, wp::float32> clear_color;
    wp::float32 ray_length;
    wp::array_t<wp::float32> depth_image;
    wp::array_t<wp::vec_t<3, wp::float32>> color_image;
};


template <bool wp_linear_contiguous>
static void render_camera_image_0c6dbe32_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_render_camera_image_0c6dbe32 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_render_camera_image_0c6dbe32 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.face_shader.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.material_colors.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.depth_image.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.color_image.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_collider_mesh = _wp_args->collider_mesh;
    wp::array_t<wp::int32> var_face_shader = _wp_args->face_shader;
    wp::array_t<wp::vec_t<3, wp::float32>> var_material_colors = _wp_args->material_colors;
    wp::transform_t<wp::float32> var_camera_transform = _wp_args->camera_transform;
    wp::float32 var_vertical_fov = _wp_args->vertical_fov;
    wp::int32 var_image_width = _wp_args->image_width;
    wp::int32 var_image_height = _wp_args->image_height;
    wp::int32 var_output_mode = _wp_args->output_mode;
    wp::vec_t<3, wp::float32> var_clear_color = _wp_args->clear_color;
    wp::float32 var_ray_length = _wp_args->ray_length;
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
    bool var_12;
    bool* var_13;
    bool var_14;
    bool var_15;
    wp::float32* var_16;
    const wp::float32 var_17 = 0.0;
    bool var_18;
    wp::float32 var_19;
    wp::float32* var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32>* var_23;
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
    wp::int32* var_41;
    wp::int32 var_42;
    wp::int32* var_43;
    wp::int32 var_44;
    wp::vec_t<3, wp::float32>* var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
    const wp::float32 var_48 = 0.6;
    const wp::float32 var_49 = 0.4;
    const wp::float32 var_50 = 0.5;
    wp::vec_t<3, wp::float32> var_51;
    wp::vec_t<3, wp::float32> var_52;
    wp::float32 var_53;
    const wp::float32 var_54 = 0.0;
    wp::float32 var_55;
    wp::float32* var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::float32 var_58;
    wp::vec_t<3, wp::float32> var_59;
    const wp::float32 var_60 = 0.001;
    wp::vec_t<3, wp::float32> var_61;
    wp::vec_t<3, wp::float32> var_62;
    wp::mesh_query_ray_t var_63;
    const wp::int32 var_64 = -1;
    bool* var_65;
    bool var_66;
    const wp::float32 var_67 = 0.0;
    bool var_68;
    wp::float32 var_69;
    bool var_70;
    const wp::float32 var_71 = 0.1;
    const wp::float32 var_72 = 1.0;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::vec_t<3, wp::float32> var_76;
    const wp::float32 var_77 = 0.0;
    bool var_78;
    wp::vec_t<3, wp::float32> var_79;
    wp::vec_t<3, wp::float32> var_80;
    wp::float32 var_81;
    const wp::float32 var_82 = 0.0;
    wp::float32 var_83;
    const wp::float32 var_84 = 32.0;
    wp::float32 var_85;
    wp::vec_t<3, wp::float32> var_86;
    wp::vec_t<3, wp::float32> var_87;
    wp::vec_t<3, wp::float32> var_88;
    //---------
    // forward
    // def render_camera_image(                                                               <L 25>
    // tid = wp.tid()                                                                         <L 39>
    var_0 = builtin_tid1d();
    // pixel = tid % image_width                                                              <L 40>
    var_1 = wp::mod(var_0, var_image_width);
    // row = tid // image_width                                                               <L 41>
    var_2 = wp::floordiv(var_0, var_image_width);
    // if row >= image_height:                                                                <L 42>
    var_3 = (var_2 >= var_image_height);
    if (var_3) {
        // return                                                                             <L 43>
        return;
    }
    // ro = wp.transform_get_translation(camera_transform)                                    <L 44>
    var_4 = wp::transform_get_translation(var_camera_transform);
    // rd = wp.transform_vector(camera_transform, camera_ray(pixel, row, image_width, image_height, wp.tan(0.5 * vertical_fov)))       <L 45>
    var_6 = wp::mul(var_5, var_vertical_fov);
    var_7 = wp::tan(var_6);
    var_8 = camera_ray_0(var_1, var_2, var_image_width, var_image_height, var_7);
    var_9 = wp::transform_vector(var_camera_transform, var_8);
    // query = wp.mesh_query_ray(collider_mesh, ro, rd, ray_length)                           <L 46>
    var_10 = wp::mesh_query_ray(var_collider_mesh, var_4, var_9, var_ray_length, var_11);
    // if not query.result or query.sign < 0.0:                                               <L 48>
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
        // depth_image[tid] = ray_length                                                      <L 49>
        wp::array_store(var_depth_image, var_0, var_ray_length);
        // color_image[tid] = clear_color                                                     <L 50>
        wp::array_store(var_color_image, var_0, var_clear_color);
        // return                                                                             <L 51>
        return;
    }
    // depth_image[tid] = query.t                                                             <L 52>
    var_20 = &((var_10).t);
    var_22 = wp::load(var_20);
    var_21 = wp::copy(var_22);
    wp::array_store(var_depth_image, var_0, var_21);
    // n = query.normal                                                                       <L 53>
    var_23 = &((var_10).normal);
    var_25 = wp::load(var_23);
    var_24 = wp::copy(var_25);
    // if output_mode == RenderMode.DEPTH:                                                    <L 54>
    var_27 = (var_output_mode == var_26);
    if (var_27) {
        // color_image[tid] = wp.vec3(1.0 - query.t / ray_length)                             <L 55>
        var_29 = &((var_10).t);
        var_31 = wp::load(var_29);
        var_30 = wp::div(var_31, var_ray_length);
        var_32 = wp::sub(var_28, var_30);
        var_33 = wp::vec_t<3, wp::float32>(var_32);
        wp::array_store(var_color_image, var_0, var_33);
    }
    if (!var_27) {
        // elif output_mode == RenderMode.NORMALS:                                            <L 56>
        var_35 = (var_output_mode == var_34);
        if (var_35) {
            // color_image[tid] = n * 0.5 + wp.vec3(0.5)                                      <L 57>
            var_37 = wp::mul(var_24, var_36);
            var_39 = wp::vec_t<3, wp::float32>(var_38);
            var_40 = wp::add(var_37, var_39);
            wp::array_store(var_color_image, var_0, var_40);
        }
        if (!var_35) {
            // base = material_colors[face_shader[query.face]]                                <L 59>
            var_41 = &((var_10).face);
            var_42 = wp::load(var_41);
            var_43 = wp::address(var_face_shader, var_42);
            var_44 = wp::load(var_43);
            var_45 = wp::address(var_material_colors, var_44);
            var_47 = wp::load(var_45);
            var_46 = wp::copy(var_47);
            // to_light = wp.normalize(wp.vec3(0.6, 0.4, 0.5))                                <L 60>
            var_51 = wp::vec_t<3, wp::float32>(var_48, var_49, var_50);
            var_52 = wp::normalize(var_51);
            // diffuse = wp.max(wp.dot(n, to_light), 0.0)                                     <L 61>
            var_53 = wp::dot(var_24, var_52);
            var_55 = wp::max(var_53, var_54);
            // p = ro + rd * query.t                                                          <L 63>
            var_56 = &((var_10).t);
            var_58 = wp::load(var_56);
            var_57 = wp::mul(var_9, var_58);
            var_59 = wp::add(var_4, var_57);
            // occluder = wp.mesh_query_ray(collider_mesh, p + n * SHADOW_BIAS, to_light, ray_length)       <L 64>
            var_61 = wp::mul(var_24, var_60);
            var_62 = wp::add(var_59, var_61);
            var_63 = wp::mesh_query_ray(var_collider_mesh, var_62, var_52, var_ray_length, var_64);
            // if occluder.result:                                                            <L 65>
            var_65 = &((var_63).result);
            var_66 = wp::load(var_65);
            if (var_66) {
                // diffuse = 0.0                                                              <L 66>
            }
            var_68 = wp::load(var_65);
            var_70 = wp::load(var_65);
            var_69 = wp::where(var_70, var_67, var_55);
            // color = base * (AMBIENT + (1.0 - AMBIENT) * diffuse)                           <L 67>
            var_73 = wp::sub(var_72, var_71);
            var_74 = wp::mul(var_73, var_69);
            var_75 = wp::add(var_71, var_74);
            var_76 = wp::mul(var_46, var_75);
            // if diffuse > 0.0:                                                              <L 68>
            var_78 = (var_69 > var_77);
            if (var_78) {
                // half_dir = wp.normalize(to_light - rd)                                     <L 69>
                var_79 = wp::sub(var_52, var_9);
                var_80 = wp::normalize(var_79);
                // color += wp.vec3(wp.pow(wp.max(wp.dot(n, half_dir), 0.0), SHININESS))       <L 70>
                var_81 = wp::dot(var_24, var_80);
                var_83 = wp::max(var_81, var_82);
                var_85 = wp::pow(var_83, var_84);
                var_86 = wp::vec_t<3, wp::float32>(var_85);
                var_87 = wp::add(var_76, var_86);
            }
            var_88 = wp::where(var_78, var_87, var_76);
            // color_image[tid] = color                                                       <L 71>
            wp::array_store(var_color_image, var_0, var_88);
        }
    }
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void render_camera_image_0c6dbe32_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_render_camera_image_0c6dbe32 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        render_camera_image_0c6dbe32_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void render_camera_image_0c6dbe32_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_render_camera_image_0c6dbe32 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->face_shader.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->material_colors.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->depth_image.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->color_image.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        render_camera_image_0c6dbe32_cpu_forward_tasks<true>(dim, _wp_args);
    else
        render_camera_image_0c6dbe32_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void render_camera_image_0c6dbe32_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_render_camera_image_0c6dbe32 *_wp_args)
{
    render_camera_image_0c6dbe32_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

