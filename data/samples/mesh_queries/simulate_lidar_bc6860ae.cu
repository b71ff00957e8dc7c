// Warp 1.19.0 cuda code for simulate_lidar_bc6860ae.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// simulate_lidar.py:61
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
    // def camera_ray(pixel: wp.int32, row: wp.int32, width: wp.int32, height: wp.int32, tan_half_fov: float) -> wp.vec3:       <L 62>
    // aspect = float(width) / float(height)                                                  <L 64>
    var_0 = wp::float(var_width);
    var_1 = wp::float(var_height);
    var_2 = wp::div(var_0, var_1);
    // sx = (2.0 * (float(pixel) + 0.5) / float(width) - 1.0) * aspect * tan_half_fov         <L 65>
    var_4 = wp::float(var_pixel);
    var_6 = wp::add(var_4, var_5);
    var_7 = wp::mul(var_3, var_6);
    var_8 = wp::float(var_width);
    var_9 = wp::div(var_7, var_8);
    var_11 = wp::sub(var_9, var_10);
    var_12 = wp::mul(var_11, var_2);
    var_13 = wp::mul(var_12, var_tan_half_fov);
    // sy = (1.0 - 2.0 * (float(row) + 0.5) / float(height)) * tan_half_fov                   <L 66>
    var_16 = wp::float(var_row);
    var_18 = wp::add(var_16, var_17);
    var_19 = wp::mul(var_15, var_18);
    var_20 = wp::float(var_height);
    var_21 = wp::div(var_19, var_20);
    var_22 = wp::sub(var_14, var_21);
    var_23 = wp::mul(var_22, var_tan_half_fov);
    // return wp.normalize(wp.vec3(sx, sy, -1.0))                                             <L 67>
    var_25 = wp::vec_t<3, wp::float32>(var_13, var_23, var_24);
    var_26 = wp::normalize(var_25);
    return var_26;
}


// simulate_lidar.py:18
static CUDA_CALLABLE wp::float32 return_intensity_0(
    wp::vec_t<3, wp::float32> var_normal,
    wp::vec_t<3, wp::float32> var_beam_dir,
    wp::float32 var_t,
    wp::float32 var_max_range)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    //---------
    // forward
    // def return_intensity(normal: wp.vec3, beam_dir: wp.vec3, t: float, max_range: float) -> float:       <L 19>
    // cos_incidence = wp.abs(wp.dot(normal, beam_dir))                                       <L 21>
    var_0 = wp::dot(var_normal, var_beam_dir);
    var_1 = wp::abs(var_0);
    // return cos_incidence * (1.0 - t / max_range)                                           <L 22>
    var_3 = wp::div(var_t, var_max_range);
    var_4 = wp::sub(var_2, var_3);
    var_5 = wp::mul(var_1, var_4);
    return var_5;
}


// simulate_lidar.py:61
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


// simulate_lidar.py:18
static CUDA_CALLABLE void adj_return_intensity_0(
    wp::vec_t<3, wp::float32> var_normal,
    wp::vec_t<3, wp::float32> var_beam_dir,
    wp::float32 var_t,
    wp::float32 var_max_range,
    wp::vec_t<3, wp::float32> & adj_normal,
    wp::vec_t<3, wp::float32> & adj_beam_dir,
    wp::float32 & adj_t,
    wp::float32 & adj_max_range,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}



extern "C" __global__ void draw_mesh_pixels_0fee6be5_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::int32> var_face_material,
    wp::array_t<wp::vec_t<3, wp::float32>> var_palette,
    wp::transform_t<wp::float32> var_cam_xform,
    wp::float32 var_fov,
    wp::int32 var_img_width,
    wp::int32 var_img_height,
    wp::int32 var_shading_mode,
    wp::vec_t<3, wp::float32> var_sky_color,
    wp::float32 var_ray_length,
    wp::array_t<wp::float32> var_depth_buffer,
    wp::array_t<wp::vec_t<3, wp::float32>> var_rgb_image,
    wp::array_t<wp::int32> var_face_id_image)
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
        wp::int32* var_29;
        wp::int32 var_30;
        wp::int32 var_31;
        const wp::int32 var_32 = 0;
        bool var_33;
        const wp::float32 var_34 = 1.0;
        wp::float32* var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::vec_t<3, wp::float32> var_39;
        const wp::int32 var_40 = 1;
        bool var_41;
        const wp::float32 var_42 = 0.5;
        wp::vec_t<3, wp::float32> var_43;
        const wp::float32 var_44 = 0.5;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<3, wp::float32>* var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::float32 var_51;
        const wp::float32 var_52 = 0.0;
        wp::float32 var_53;
        wp::float32* var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::float32 var_56;
        wp::vec_t<3, wp::float32> var_57;
        const wp::float32 var_58 = 0.001;
        wp::vec_t<3, wp::float32> var_59;
        wp::vec_t<3, wp::float32> var_60;
        wp::mesh_query_ray_t var_61;
        const wp::int32 var_62 = -1;
        bool* var_63;
        bool var_64;
        const wp::float32 var_65 = 0.0;
        bool var_66;
        wp::float32 var_67;
        bool var_68;
        const wp::float32 var_69 = 0.1;
        const wp::float32 var_70 = 1.0;
        wp::float32 var_71;
        wp::float32 var_72;
        wp::float32 var_73;
        wp::vec_t<3, wp::float32> var_74;
        const wp::float32 var_75 = 0.0;
        bool var_76;
        wp::vec_t<3, wp::float32> var_77;
        wp::vec_t<3, wp::float32> var_78;
        wp::float32 var_79;
        const wp::float32 var_80 = 0.0;
        wp::float32 var_81;
        const wp::float32 var_82 = 32.0;
        wp::float32 var_83;
        wp::vec_t<3, wp::float32> var_84;
        wp::vec_t<3, wp::float32> var_85;
        wp::vec_t<3, wp::float32> var_86;
        //---------
        // forward
        // def draw_mesh_pixels(                                                                  <L 71>
        // tid = wp.tid()                                                                         <L 86>
        var_0 = builtin_tid1d();
        // pixel = tid % img_width                                                                <L 87>
        var_1 = wp::mod(var_0, var_img_width);
        // row = tid // img_width                                                                 <L 88>
        var_2 = wp::floordiv(var_0, var_img_width);
        // if row >= img_height:                                                                  <L 89>
        var_3 = (var_2 >= var_img_height);
        if (var_3) {
            // return                                                                             <L 90>
            continue;
        }
        // ro = wp.transform_get_translation(cam_xform)                                           <L 91>
        var_4 = wp::transform_get_translation(var_cam_xform);
        // rd = wp.transform_vector(cam_xform, camera_ray(pixel, row, img_width, img_height, wp.tan(0.5 * fov)))       <L 92>
        var_6 = wp::mul(var_5, var_fov);
        var_7 = wp::tan(var_6);
        var_8 = camera_ray_0(var_1, var_2, var_img_width, var_img_height, var_7);
        var_9 = wp::transform_vector(var_cam_xform, var_8);
        // query = wp.mesh_query_ray(mesh, ro, rd, ray_length)                                    <L 93>
        var_10 = wp::mesh_query_ray(var_mesh, var_4, var_9, var_ray_length, var_11);
        // if not query.result or query.sign < 0.0:                                               <L 94>
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
            // depth_buffer[row, pixel] = ray_length                                              <L 95>
            wp::array_store(var_depth_buffer, var_2, var_1, var_ray_length);
            // rgb_image[row, pixel] = sky_color                                                  <L 96>
            wp::array_store(var_rgb_image, var_2, var_1, var_sky_color);
            // face_id_image[row, pixel] = -1                                                     <L 97>
            wp::array_store(var_face_id_image, var_2, var_1, var_20);
            // return                                                                             <L 98>
            continue;
        }
        // depth_buffer[row, pixel] = query.t                                                     <L 99>
        var_21 = &((var_10).t);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        wp::array_store(var_depth_buffer, var_2, var_1, var_22);
        // n = query.normal                                                                       <L 100>
        var_24 = &((var_10).normal);
        var_26 = wp::load(var_24);
        var_25 = wp::copy(var_26);
        // mat = face_material[query.face]                                                        <L 101>
        var_27 = &((var_10).face);
        var_28 = wp::load(var_27);
        var_29 = wp::address(var_face_material, var_28);
        var_31 = wp::load(var_29);
        var_30 = wp::copy(var_31);
        // face_id_image[row, pixel] = mat                                                        <L 102>
        wp::array_store(var_face_id_image, var_2, var_1, var_30);
        // if shading_mode == RenderMode.DEPTH:                                                   <L 103>
        var_33 = (var_shading_mode == var_32);
        if (var_33) {
            // rgb_image[row, pixel] = wp.vec3(1.0 - query.t / ray_length)                        <L 104>
            var_35 = &((var_10).t);
            var_37 = wp::load(var_35);
            var_36 = wp::div(var_37, var_ray_length);
            var_38 = wp::sub(var_34, var_36);
            var_39 = wp::vec_t<3, wp::float32>(var_38);
            wp::array_store(var_rgb_image, var_2, var_1, var_39);
        }
        if (!var_33) {
            // elif shading_mode == RenderMode.NORMALS:                                           <L 105>
            var_41 = (var_shading_mode == var_40);
            if (var_41) {
                // rgb_image[row, pixel] = n * 0.5 + wp.vec3(0.5)                                 <L 106>
                var_43 = wp::mul(var_25, var_42);
                var_45 = wp::vec_t<3, wp::float32>(var_44);
                var_46 = wp::add(var_43, var_45);
                wp::array_store(var_rgb_image, var_2, var_1, var_46);
            }
            if (!var_41) {
                // base = palette[mat]                                                            <L 108>
                var_47 = wp::address(var_palette, var_30);
                var_49 = wp::load(var_47);
                var_48 = wp::copy(var_49);
                // to_light = -rd                                                                 <L 109>
                var_50 = wp::neg(var_9);
                // diffuse = wp.max(wp.dot(n, to_light), 0.0)                                     <L 110>
                var_51 = wp::dot(var_25, var_50);
                var_53 = wp::max(var_51, var_52);
                // p = ro + rd * query.t                                                          <L 111>
                var_54 = &((var_10).t);
                var_56 = wp::load(var_54);
                var_55 = wp::mul(var_9, var_56);
                var_57 = wp::add(var_4, var_55);
                // occluder = wp.mesh_query_ray(mesh, p + n * SHADOW_BIAS, to_light, ray_length)       <L 112>
                var_59 = wp::mul(var_25, var_58);
                var_60 = wp::add(var_57, var_59);
                var_61 = wp::mesh_query_ray(var_mesh, var_60, var_50, var_ray_length, var_62);
                // if occluder.result:                                                            <L 113>
                var_63 = &((var_61).result);
                var_64 = wp::load(var_63);
                if (var_64) {
                    // diffuse = 0.0                                                              <L 114>
                }
                var_66 = wp::load(var_63);
                var_68 = wp::load(var_63);
                var_67 = wp::where(var_68, var_65, var_53);
                // color = base * (AMBIENT + (1.0 - AMBIENT) * diffuse)                           <L 115>
                var_71 = wp::sub(var_70, var_69);
                var_72 = wp::mul(var_71, var_67);
                var_73 = wp::add(var_69, var_72);
                var_74 = wp::mul(var_48, var_73);
                // if diffuse > 0.0:                                                              <L 116>
                var_76 = (var_67 > var_75);
                if (var_76) {
                    // half_dir = wp.normalize(to_light - rd)                                     <L 117>
                    var_77 = wp::sub(var_50, var_9);
                    var_78 = wp::normalize(var_77);
                    // color += wp.vec3(wp.pow(wp.max(wp.dot(n, half_dir), 0.0), SHININESS))       <L 118>
                    var_79 = wp::dot(var_25, var_78);
                    var_81 = wp::max(var_79, var_80);
                    var_83 = wp::pow(var_81, var_82);
                    var_84 = wp::vec_t<3, wp::float32>(var_83);
                    var_85 = wp::add(var_74, var_84);
                }
                var_86 = wp::where(var_76, var_85, var_74);
                // rgb_image[row, pixel] = color                                                  <L 119>
                wp::array_store(var_rgb_image, var_2, var_1, var_86);
            }
        }
    }
}



extern "C" __global__ void simulate_lidar_56c35512_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_points,
    wp::uint64 var_mesh,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::int32> var_lidar_body,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ray_dirs_local,
    wp::array_t<wp::int32> var_face_material,
    wp::transform_t<wp::float32> var_sensor_offset,
    wp::float32 var_range_max,
    wp::int32 var_seed,
    wp::array_t<wp::float32> var_ranges,
    wp::array_t<wp::int32> var_face_id_image)
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
        wp::int32* var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        wp::transform_t<wp::float32>* var_5;
        wp::transform_t<wp::float32> var_6;
        wp::transform_t<wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::mesh_query_ray_t var_13;
        const wp::int32 var_14 = -1;
        bool var_15;
        bool* var_16;
        bool var_17;
        bool var_18;
        wp::float32* var_19;
        const wp::float32 var_20 = 0.05;
        bool var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 0.0;
        const wp::float32 var_24 = 0.0;
        const wp::float32 var_25 = 0.0;
        const wp::float32 var_26 = 0.0;
        const wp::float32 var_27 = 0.0;
        wp::vec_t<4, wp::float32> var_28;
        const wp::int32 var_29 = -1;
        wp::shape_t* var_30;
        const wp::int32 var_31 = 1;
        wp::int32 var_32;
        wp::shape_t var_33;
        wp::int32 var_34;
        wp::int32 var_35;
        wp::uint32 var_36;
        wp::float32* var_37;
        const wp::float32 var_38 = 0.01;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::int32* var_44;
        wp::int32 var_45;
        wp::int32* var_46;
        wp::int32 var_47;
        wp::int32 var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::vec_t<3, wp::float32>* var_51;
        wp::float32 var_52;
        wp::vec_t<3, wp::float32> var_53;
        const wp::int32 var_54 = 0;
        wp::float32 var_55;
        const wp::int32 var_56 = 1;
        wp::float32 var_57;
        const wp::int32 var_58 = 2;
        wp::float32 var_59;
        wp::vec_t<4, wp::float32> var_60;
        //---------
        // forward
        // def simulate_lidar(                                                                    <L 26>
        // env, beam = wp.tid()                                                                   <L 39>
        builtin_tid2d(var_0, var_1);
        // body = lidar_body[env]                                                                 <L 40>
        var_2 = wp::address(var_lidar_body, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // X_ws = wp.transform_multiply(body_q[body], sensor_offset)                              <L 41>
        var_5 = wp::address(var_body_q, var_3);
        var_7 = wp::load(var_5);
        var_6 = wp::transform_multiply(var_7, var_sensor_offset);
        // origin = wp.transform_get_translation(X_ws)                                            <L 42>
        var_8 = wp::transform_get_translation(var_6);
        // dir_local = ray_dirs_local[beam]                                                       <L 43>
        var_9 = wp::address(var_ray_dirs_local, var_1);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // dir_world = wp.transform_vector(X_ws, dir_local)                                       <L 44>
        var_12 = wp::transform_vector(var_6, var_10);
        // query = wp.mesh_query_ray(mesh, origin, dir_world, range_max)                          <L 45>
        var_13 = wp::mesh_query_ray(var_mesh, var_8, var_12, var_range_max, var_14);
        // if not query.result or query.t < MIN_RANGE:                                            <L 46>
        var_16 = &((var_13).result);
        var_18 = wp::load(var_16);
        var_17 = wp::unot(var_18);
        var_15 = var_17;
        if (!var_15) {
            var_19 = &((var_13).t);
            var_22 = wp::load(var_19);
            var_21 = (var_22 < var_20);
            var_15 = var_15 || var_21;
        }
        if (var_15) {
            // ranges[env, beam] = 0.0                                                            <L 47>
            wp::array_store(var_ranges, var_0, var_1, var_23);
            // points[env, beam] = scan_point(0.0, 0.0, 0.0, 0.0)                                 <L 48>
            var_28 = wp::vec_t<4, wp::float32>(var_24, var_25, var_26, var_27);
            wp::array_store(var_points, var_0, var_1, var_28);
            // face_id_image[env, beam] = -1                                                      <L 49>
            wp::array_store(var_face_id_image, var_0, var_1, var_29);
            // return                                                                             <L 50>
            continue;
        }
        // num_beams = ranges.shape[1]                                                            <L 51>
        var_30 = &(var_ranges.shape);
        var_33 = wp::load(var_30);
        var_32 = wp::extract(var_33, var_31);
        // state = wp.rand_init(seed, env * num_beams + beam)                                     <L 52>
        var_34 = wp::mul(var_0, var_32);
        var_35 = wp::add(var_34, var_1);
        var_36 = wp::rand_init(var_seed, var_35);
        // t = wp.clamp(query.t + RANGE_NOISE * wp.randn(state), MIN_RANGE, range_max)            <L 53>
        var_37 = &((var_13).t);
        var_39 = wp::randn(var_36);
        var_40 = wp::mul(var_38, var_39);
        var_42 = wp::load(var_37);
        var_41 = wp::add(var_42, var_40);
        var_43 = wp::clamp(var_41, var_20, var_range_max);
        // ranges[env, beam] = t                                                                  <L 54>
        wp::array_store(var_ranges, var_0, var_1, var_43);
        // face_id_image[env, beam] = face_material[query.face]                                   <L 55>
        var_44 = &((var_13).face);
        var_45 = wp::load(var_44);
        var_46 = wp::address(var_face_material, var_45);
        var_48 = wp::load(var_46);
        var_47 = wp::copy(var_48);
        wp::array_store(var_face_id_image, var_0, var_1, var_47);
        // p = origin + dir_world * t                                                             <L 56>
        var_49 = wp::mul(var_12, var_43);
        var_50 = wp::add(var_8, var_49);
        // strength = return_intensity(query.normal, dir_world, t, range_max)                     <L 57>
        var_51 = &((var_13).normal);
        var_53 = wp::load(var_51);
        var_52 = return_intensity_0(var_53, var_12, var_43, var_range_max);
        // points[env, beam] = scan_point(p[0], p[1], p[2], strength)                             <L 58>
        var_55 = wp::extract(var_50, var_54);
        var_57 = wp::extract(var_50, var_56);
        var_59 = wp::extract(var_50, var_58);
        var_60 = wp::vec_t<4, wp::float32>(var_55, var_57, var_59, var_52);
        wp::array_store(var_points, var_0, var_1, var_60);
    }
}

