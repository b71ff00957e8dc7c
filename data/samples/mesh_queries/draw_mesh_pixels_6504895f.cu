// Warp 1.19.0 cuda code for draw_mesh_pixels_6504895f.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// draw_mesh_pixels.py:14
static CUDA_CALLABLE wp::vec_t<3, wp::float32> camera_ray_0(
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
    // def camera_ray(pixel: wp.int32, row: wp.int32, width: wp.int32, height: wp.int32, tan_half_fov: float) -> wp.vec3:       <L 15>
    // aspect = float(width) / float(height)                                                  <L 17>
    var_0 = wp::float(var_width);
    var_1 = wp::float(var_height);
    var_2 = wp::div(var_0, var_1);
    // sx = (2.0 * (float(pixel) + 0.5) / float(width) - 1.0) * aspect * tan_half_fov         <L 18>
    var_4 = wp::float(var_pixel);
    var_6 = wp::add(var_4, var_5);
    var_7 = wp::mul(var_3, var_6);
    var_8 = wp::float(var_width);
    var_9 = wp::div(var_7, var_8);
    var_11 = wp::sub(var_9, var_10);
    var_12 = wp::mul(var_11, var_2);
    var_13 = wp::mul(var_12, var_tan_half_fov);
    // sy = (1.0 - 2.0 * (float(row) + 0.5) / float(height)) * tan_half_fov                   <L 19>
    var_16 = wp::float(var_row);
    var_18 = wp::add(var_16, var_17);
    var_19 = wp::mul(var_15, var_18);
    var_20 = wp::float(var_height);
    var_21 = wp::div(var_19, var_20);
    var_22 = wp::sub(var_14, var_21);
    var_23 = wp::mul(var_22, var_tan_half_fov);
    // return wp.normalize(wp.vec3(sx, sy, -1.0))                                             <L 20>
    var_25 = wp::vec_t<3, wp::float32>(var_13, var_23, var_24);
    var_26 = wp::normalize(var_25);
    return var_26;
}


// draw_mesh_pixels.py:14
static CUDA_CALLABLE void adj_camera_ray_0(
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



extern "C" __global__ void draw_mesh_pixels_1a8a56da_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_collider_mesh,
    wp::array_t<wp::int32> var_tri_material,
    wp::array_t<wp::vec_t<3, wp::float32>> var_palette,
    wp::array_t<wp::float32> var_depth_buffer,
    wp::array_t<wp::vec_t<3, wp::float32>> var_color_image,
    wp::array_t<wp::int32> var_segmentation,
    wp::transform_t<wp::float32> var_camera_pose,
    wp::float32 var_vertical_fov,
    wp::int32 var_image_width,
    wp::int32 var_image_height,
    wp::int32 var_render_mode,
    wp::vec_t<3, wp::float32> var_light_dir,
    wp::vec_t<3, wp::float32> var_clear_color,
    wp::float32 var_ray_length)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

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
        const wp::int32 var_15 = -1;
        const wp::float32 var_16 = 0.0;
        const wp::float32 var_17 = 0.0;
        const wp::float32 var_18 = -1.0;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::float32* var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::vec_t<3, wp::float32>* var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::float32 var_28;
        const wp::float32 var_29 = 0.0;
        bool var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::int32* var_33;
        wp::int32 var_34;
        wp::int32* var_35;
        wp::int32 var_36;
        wp::int32 var_37;
        const wp::int32 var_38 = 0;
        bool var_39;
        const wp::float32 var_40 = 1.0;
        wp::float32* var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::vec_t<3, wp::float32> var_45;
        const wp::int32 var_46 = 1;
        bool var_47;
        const wp::float32 var_48 = 0.5;
        wp::vec_t<3, wp::float32> var_49;
        const wp::float32 var_50 = 0.5;
        wp::vec_t<3, wp::float32> var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::vec_t<3, wp::float32>* var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::vec_t<3, wp::float32> var_56;
        wp::float32 var_57;
        const wp::float32 var_58 = 0.0;
        wp::float32 var_59;
        const wp::float32 var_60 = 0.1;
        const wp::float32 var_61 = 1.0;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::vec_t<3, wp::float32> var_65;
        const wp::float32 var_66 = 0.0;
        bool var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::vec_t<3, wp::float32> var_69;
        wp::float32 var_70;
        const wp::float32 var_71 = 0.0;
        wp::float32 var_72;
        const wp::float32 var_73 = 32.0;
        wp::float32 var_74;
        wp::vec_t<3, wp::float32> var_75;
        wp::vec_t<3, wp::float32> var_76;
        wp::vec_t<3, wp::float32> var_77;
        //---------
        // forward
        // def draw_mesh_pixels(                                                                  <L 24>
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
            continue;
        }
        // ro = wp.transform_get_translation(camera_pose)                                         <L 45>
        var_4 = wp::transform_get_translation(var_camera_pose);
        // rd = wp.transform_vector(camera_pose, camera_ray(pixel, row, image_width, image_height, wp.tan(0.5 * vertical_fov)))       <L 46>
        var_6 = wp::mul(var_5, var_vertical_fov);
        var_7 = wp::tan(var_6);
        var_8 = camera_ray_0(var_1, var_2, var_image_width, var_image_height, var_7);
        var_9 = wp::transform_vector(var_camera_pose, var_8);
        // query = wp.mesh_query_ray(collider_mesh, ro, rd, ray_length)                           <L 47>
        var_10 = wp::mesh_query_ray(var_collider_mesh, var_4, var_9, var_ray_length, var_11);
        // if not query.result:                                                                   <L 48>
        var_12 = &((var_10).result);
        var_14 = wp::load(var_12);
        var_13 = wp::unot(var_14);
        if (var_13) {
            // depth_buffer[tid] = ray_length                                                     <L 49>
            wp::array_store(var_depth_buffer, var_0, var_ray_length);
            // color_image[tid] = clear_color                                                     <L 50>
            wp::array_store(var_color_image, var_0, var_clear_color);
            // segmentation[tid] = -1                                                             <L 51>
            wp::array_store(var_segmentation, var_0, var_15);
            // return                                                                             <L 52>
            continue;
        }
        // forward = wp.transform_vector(camera_pose, wp.vec3(0.0, 0.0, -1.0))                    <L 54>
        var_19 = wp::vec_t<3, wp::float32>(var_16, var_17, var_18);
        var_20 = wp::transform_vector(var_camera_pose, var_19);
        // depth_buffer[tid] = query.t * wp.dot(rd, forward)                                      <L 55>
        var_21 = &((var_10).t);
        var_22 = wp::dot(var_9, var_20);
        var_24 = wp::load(var_21);
        var_23 = wp::mul(var_24, var_22);
        wp::array_store(var_depth_buffer, var_0, var_23);
        // n = query.normal                                                                       <L 56>
        var_25 = &((var_10).normal);
        var_27 = wp::load(var_25);
        var_26 = wp::copy(var_27);
        // if wp.dot(n, rd) > 0.0:                                                                <L 57>
        var_28 = wp::dot(var_26, var_9);
        var_30 = (var_28 > var_29);
        if (var_30) {
            // n = -n                                                                             <L 58>
            var_31 = wp::neg(var_26);
        }
        var_32 = wp::where(var_30, var_31, var_26);
        // mat = tri_material[query.face]                                                         <L 59>
        var_33 = &((var_10).face);
        var_34 = wp::load(var_33);
        var_35 = wp::address(var_tri_material, var_34);
        var_37 = wp::load(var_35);
        var_36 = wp::copy(var_37);
        // segmentation[tid] = mat                                                                <L 60>
        wp::array_store(var_segmentation, var_0, var_36);
        // if render_mode == RenderMode.DEPTH:                                                    <L 61>
        var_39 = (var_render_mode == var_38);
        if (var_39) {
            // color_image[tid] = wp.vec3(1.0 - query.t / ray_length)                             <L 62>
            var_41 = &((var_10).t);
            var_43 = wp::load(var_41);
            var_42 = wp::div(var_43, var_ray_length);
            var_44 = wp::sub(var_40, var_42);
            var_45 = wp::vec_t<3, wp::float32>(var_44);
            wp::array_store(var_color_image, var_0, var_45);
        }
        if (!var_39) {
            // elif render_mode == RenderMode.NORMALS:                                            <L 63>
            var_47 = (var_render_mode == var_46);
            if (var_47) {
                // color_image[tid] = n * 0.5 + wp.vec3(0.5)                                      <L 64>
                var_49 = wp::mul(var_32, var_48);
                var_51 = wp::vec_t<3, wp::float32>(var_50);
                var_52 = wp::add(var_49, var_51);
                wp::array_store(var_color_image, var_0, var_52);
            }
            if (!var_47) {
                // base = palette[mat]                                                            <L 66>
                var_53 = wp::address(var_palette, var_36);
                var_55 = wp::load(var_53);
                var_54 = wp::copy(var_55);
                // to_light = light_dir                                                           <L 67>
                var_56 = wp::copy(var_light_dir);
                // diffuse = wp.max(wp.dot(n, to_light), 0.0)                                     <L 68>
                var_57 = wp::dot(var_32, var_56);
                var_59 = wp::max(var_57, var_58);
                // color = base * (AMBIENT + (1.0 - AMBIENT) * diffuse)                           <L 69>
                var_62 = wp::sub(var_61, var_60);
                var_63 = wp::mul(var_62, var_59);
                var_64 = wp::add(var_60, var_63);
                var_65 = wp::mul(var_54, var_64);
                // if diffuse > 0.0:                                                              <L 70>
                var_67 = (var_59 > var_66);
                if (var_67) {
                    // half_dir = wp.normalize(to_light - rd)                                     <L 71>
                    var_68 = wp::sub(var_56, var_9);
                    var_69 = wp::normalize(var_68);
                    // color += wp.vec3(wp.pow(wp.max(wp.dot(n, half_dir), 0.0), SHININESS))       <L 72>
                    var_70 = wp::dot(var_32, var_69);
                    var_72 = wp::max(var_70, var_71);
                    var_74 = wp::pow(var_72, var_73);
                    var_75 = wp::vec_t<3, wp::float32>(var_74);
                    var_76 = wp::add(var_65, var_75);
                }
                var_77 = wp::where(var_67, var_76, var_65);
                // color_image[tid] = color                                                       <L 73>
                wp::array_store(var_color_image, var_0, var_77);
            }
        }
    }
}

