// Warp 1.19.0 cuda code for simulate_lidar_c348e690.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// simulate_lidar.py:17
static CUDA_CALLABLE wp::float32 return_intensity_0(
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
    // def return_intensity(normal: wp.vec3, beam_dir: wp.vec3, t: float) -> float:           <L 18>
    // cos_incidence = wp.abs(wp.dot(normal, beam_dir))                                       <L 20>
    var_0 = wp::dot(var_normal, var_beam_dir);
    var_1 = wp::abs(var_0);
    // return cos_incidence / wp.max(t * t, 1.0)                                              <L 21>
    var_2 = wp::mul(var_t, var_t);
    var_4 = wp::max(var_2, var_3);
    var_5 = wp::div(var_1, var_4);
    return var_5;
}


// simulate_lidar.py:65
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
    // def camera_ray(pixel: wp.int32, row: wp.int32, width: wp.int32, height: wp.int32, tan_half_fov: float) -> wp.vec3:       <L 66>
    // aspect = float(width) / float(height)                                                  <L 68>
    var_0 = wp::float(var_width);
    var_1 = wp::float(var_height);
    var_2 = wp::div(var_0, var_1);
    // sx = (2.0 * (float(pixel) + 0.5) / float(width) - 1.0) * aspect * tan_half_fov         <L 69>
    var_4 = wp::float(var_pixel);
    var_6 = wp::add(var_4, var_5);
    var_7 = wp::mul(var_3, var_6);
    var_8 = wp::float(var_width);
    var_9 = wp::div(var_7, var_8);
    var_11 = wp::sub(var_9, var_10);
    var_12 = wp::mul(var_11, var_2);
    var_13 = wp::mul(var_12, var_tan_half_fov);
    // sy = (1.0 - 2.0 * (float(row) + 0.5) / float(height)) * tan_half_fov                   <L 70>
    var_16 = wp::float(var_row);
    var_18 = wp::add(var_16, var_17);
    var_19 = wp::mul(var_15, var_18);
    var_20 = wp::float(var_height);
    var_21 = wp::div(var_19, var_20);
    var_22 = wp::sub(var_14, var_21);
    var_23 = wp::mul(var_22, var_tan_half_fov);
    // return wp.normalize(wp.vec3(sx, sy, -1.0))                                             <L 71>
    var_25 = wp::vec_t<3, wp::float32>(var_13, var_23, var_24);
    var_26 = wp::normalize(var_25);
    return var_26;
}


// simulate_lidar.py:17
static CUDA_CALLABLE void adj_return_intensity_0(
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


// simulate_lidar.py:65
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



extern "C" __global__ void simulate_lidar_2837582a_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_points,
    wp::uint64 var_mesh,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::int32> var_sensor_body,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ray_dirs_local,
    wp::array_t<wp::int32> var_pattern_start,
    wp::array_t<wp::int32> var_env_mask,
    wp::transform_t<wp::float32> var_sensor_offset,
    wp::float32 var_range_max,
    wp::int32 var_seed,
    wp::array_t<wp::float32> var_ranges,
    wp::array_t<wp::int32> var_num_points,
    wp::array_t<wp::float32> var_closest_range)
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
        wp::int32* var_13;
        wp::int32 var_14;
        wp::int32 var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::mesh_query_ray_t var_20;
        const wp::int32 var_21 = -1;
        bool var_22;
        bool* var_23;
        bool var_24;
        bool var_25;
        wp::float32* var_26;
        const wp::float32 var_27 = 0.05;
        bool var_28;
        wp::float32 var_29;
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
        wp::float32 var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32>* var_46;
        wp::float32 var_47;
        wp::vec_t<3, wp::float32> var_48;
        const wp::int32 var_49 = 1;
        wp::int32 var_50;
        wp::shape_t* var_51;
        const wp::int32 var_52 = 1;
        wp::int32 var_53;
        wp::shape_t var_54;
        bool var_55;
        const wp::int32 var_56 = 0;
        wp::float32 var_57;
        const wp::int32 var_58 = 1;
        wp::float32 var_59;
        const wp::int32 var_60 = 2;
        wp::float32 var_61;
        wp::vec_t<4, wp::float32> var_62;
        //---------
        // forward
        // def simulate_lidar(                                                                    <L 25>
        // env, beam = wp.tid()                                                                   <L 41>
        builtin_tid2d(var_0, var_1);
        // if env_mask[env] == 0:                                                                 <L 42>
        var_2 = wp::address(var_env_mask, var_0);
        var_5 = wp::load(var_2);
        var_4 = (var_5 == var_3);
        if (var_4) {
            // return                                                                             <L 43>
            continue;
        }
        // body = sensor_body[env]                                                                <L 44>
        var_6 = wp::address(var_sensor_body, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // X_ws = wp.transform_multiply(body_q[body], sensor_offset)                              <L 45>
        var_9 = wp::address(var_body_q, var_7);
        var_11 = wp::load(var_9);
        var_10 = wp::transform_multiply(var_11, var_sensor_offset);
        // origin = wp.transform_get_translation(X_ws)                                            <L 46>
        var_12 = wp::transform_get_translation(var_10);
        // dir_local = ray_dirs_local[pattern_start[env] + beam]                                  <L 47>
        var_13 = wp::address(var_pattern_start, var_0);
        var_15 = wp::load(var_13);
        var_14 = wp::add(var_15, var_1);
        var_16 = wp::address(var_ray_dirs_local, var_14);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // dir_world = wp.transform_vector(X_ws, dir_local)                                       <L 48>
        var_19 = wp::transform_vector(var_10, var_17);
        // query = wp.mesh_query_ray(mesh, origin, dir_world, range_max)                          <L 49>
        var_20 = wp::mesh_query_ray(var_mesh, var_12, var_19, var_range_max, var_21);
        // if not query.result or query.t < MIN_RANGE:                                            <L 50>
        var_23 = &((var_20).result);
        var_25 = wp::load(var_23);
        var_24 = wp::unot(var_25);
        var_22 = var_24;
        if (!var_22) {
            var_26 = &((var_20).t);
            var_29 = wp::load(var_26);
            var_28 = (var_29 < var_27);
            var_22 = var_22 || var_28;
        }
        if (var_22) {
            // ranges[env, beam] = range_max                                                      <L 51>
            wp::array_store(var_ranges, var_0, var_1, var_range_max);
            // return                                                                             <L 52>
            continue;
        }
        // num_beams = ranges.shape[1]                                                            <L 53>
        var_30 = &(var_ranges.shape);
        var_33 = wp::load(var_30);
        var_32 = wp::extract(var_33, var_31);
        // state = wp.rand_init(seed, env * num_beams + beam)                                     <L 54>
        var_34 = wp::mul(var_0, var_32);
        var_35 = wp::add(var_34, var_1);
        var_36 = wp::rand_init(var_seed, var_35);
        // t = wp.clamp(query.t + RANGE_NOISE * wp.randn(state), MIN_RANGE, range_max)            <L 55>
        var_37 = &((var_20).t);
        var_39 = wp::randn(var_36);
        var_40 = wp::mul(var_38, var_39);
        var_42 = wp::load(var_37);
        var_41 = wp::add(var_42, var_40);
        var_43 = wp::clamp(var_41, var_27, var_range_max);
        // ranges[env, beam] = t                                                                  <L 56>
        wp::array_store(var_ranges, var_0, var_1, var_43);
        // wp.atomic_min(closest_range, env, t)                                                   <L 57>
        var_44 = wp::atomic_min(var_closest_range, var_0, var_43);
        // p = dir_local * t                                                                      <L 58>
        var_45 = wp::mul(var_17, var_43);
        // strength = return_intensity(query.normal, dir_world, t)                                <L 59>
        var_46 = &((var_20).normal);
        var_48 = wp::load(var_46);
        var_47 = return_intensity_0(var_48, var_19, var_43);
        // slot = wp.atomic_add(num_points, env, 1)                                               <L 60>
        var_50 = wp::atomic_add(var_num_points, var_0, var_49);
        // if slot < points.shape[1]:                                                             <L 61>
        var_51 = &(var_points.shape);
        var_54 = wp::load(var_51);
        var_53 = wp::extract(var_54, var_52);
        var_55 = (var_50 < var_53);
        if (var_55) {
            // points[env, slot] = scan_point(p[0], p[1], p[2], strength)                         <L 62>
            var_57 = wp::extract(var_45, var_56);
            var_59 = wp::extract(var_45, var_58);
            var_61 = wp::extract(var_45, var_60);
            var_62 = wp::vec_t<4, wp::float32>(var_57, var_59, var_61, var_47);
            wp::array_store(var_points, var_0, var_50, var_62);
        }
    }
}



extern "C" __global__ void render_mesh_a9f6c2eb_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::int32> var_face_material,
    wp::array_t<wp::vec_t<3, wp::float32>> var_material_colors,
    wp::transform_t<wp::float32> var_camera_pose,
    wp::float32 var_vertical_fov,
    wp::int32 var_image_width,
    wp::int32 var_image_height,
    wp::int32 var_render_mode,
    wp::vec_t<3, wp::float32> var_clear_color,
    wp::float32 var_ray_length,
    wp::array_t<wp::float32> var_depth_image,
    wp::array_t<wp::vec_t<3, wp::float32>> var_frame_buffer,
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
        const wp::float32 var_21 = 0.0;
        const wp::float32 var_22 = 0.0;
        const wp::float32 var_23 = -1.0;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::float32* var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::vec_t<3, wp::float32>* var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::int32* var_33;
        wp::int32 var_34;
        wp::int32 var_35;
        const wp::int32 var_36 = 0;
        bool var_37;
        const wp::float32 var_38 = 1.0;
        wp::float32* var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::vec_t<3, wp::float32> var_43;
        const wp::int32 var_44 = 1;
        bool var_45;
        const wp::float32 var_46 = 0.5;
        wp::vec_t<3, wp::float32> var_47;
        const wp::float32 var_48 = 0.5;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::int32* var_51;
        wp::int32 var_52;
        wp::int32* var_53;
        wp::int32 var_54;
        wp::vec_t<3, wp::float32>* var_55;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32> var_57;
        const wp::float32 var_58 = 0.6;
        const wp::float32 var_59 = 0.4;
        const wp::float32 var_60 = 0.5;
        wp::vec_t<3, wp::float32> var_61;
        wp::vec_t<3, wp::float32> var_62;
        wp::float32 var_63;
        const wp::float32 var_64 = 0.0;
        wp::float32 var_65;
        wp::float32* var_66;
        wp::vec_t<3, wp::float32> var_67;
        wp::float32 var_68;
        wp::vec_t<3, wp::float32> var_69;
        const wp::float32 var_70 = 0.001;
        wp::vec_t<3, wp::float32> var_71;
        wp::vec_t<3, wp::float32> var_72;
        wp::mesh_query_ray_t var_73;
        const wp::int32 var_74 = -1;
        bool* var_75;
        bool var_76;
        const wp::float32 var_77 = 0.0;
        bool var_78;
        wp::float32 var_79;
        bool var_80;
        const wp::float32 var_81 = 0.1;
        const wp::float32 var_82 = 1.0;
        wp::float32 var_83;
        wp::float32 var_84;
        wp::float32 var_85;
        wp::vec_t<3, wp::float32> var_86;
        //---------
        // forward
        // def render_mesh(                                                                       <L 75>
        // tid = wp.tid()                                                                         <L 90>
        var_0 = builtin_tid1d();
        // pixel = tid % image_width                                                              <L 91>
        var_1 = wp::mod(var_0, var_image_width);
        // row = tid // image_width                                                               <L 92>
        var_2 = wp::floordiv(var_0, var_image_width);
        // if row >= image_height:                                                                <L 93>
        var_3 = (var_2 >= var_image_height);
        if (var_3) {
            // return                                                                             <L 94>
            continue;
        }
        // ro = wp.transform_get_translation(camera_pose)                                         <L 95>
        var_4 = wp::transform_get_translation(var_camera_pose);
        // rd = wp.transform_vector(camera_pose, camera_ray(pixel, row, image_width, image_height, wp.tan(0.5 * vertical_fov)))       <L 96>
        var_6 = wp::mul(var_5, var_vertical_fov);
        var_7 = wp::tan(var_6);
        var_8 = camera_ray_0(var_1, var_2, var_image_width, var_image_height, var_7);
        var_9 = wp::transform_vector(var_camera_pose, var_8);
        // query = wp.mesh_query_ray(mesh, ro, rd, ray_length)                                    <L 97>
        var_10 = wp::mesh_query_ray(var_mesh, var_4, var_9, var_ray_length, var_11);
        // if not query.result or query.sign < 0.0:                                               <L 98>
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
            // depth_image[row, pixel] = ray_length                                               <L 99>
            wp::array_store(var_depth_image, var_2, var_1, var_ray_length);
            // frame_buffer[row, pixel] = clear_color                                             <L 100>
            wp::array_store(var_frame_buffer, var_2, var_1, var_clear_color);
            // face_id_image[row, pixel] = -1                                                     <L 101>
            wp::array_store(var_face_id_image, var_2, var_1, var_20);
            // return                                                                             <L 102>
            continue;
        }
        // forward = wp.transform_vector(camera_pose, wp.vec3(0.0, 0.0, -1.0))                    <L 103>
        var_24 = wp::vec_t<3, wp::float32>(var_21, var_22, var_23);
        var_25 = wp::transform_vector(var_camera_pose, var_24);
        // depth_image[row, pixel] = query.t * wp.dot(rd, forward)                                <L 104>
        var_26 = &((var_10).t);
        var_27 = wp::dot(var_9, var_25);
        var_29 = wp::load(var_26);
        var_28 = wp::mul(var_29, var_27);
        wp::array_store(var_depth_image, var_2, var_1, var_28);
        // n = query.normal                                                                       <L 105>
        var_30 = &((var_10).normal);
        var_32 = wp::load(var_30);
        var_31 = wp::copy(var_32);
        // face_id_image[row, pixel] = query.face                                                 <L 106>
        var_33 = &((var_10).face);
        var_35 = wp::load(var_33);
        var_34 = wp::copy(var_35);
        wp::array_store(var_face_id_image, var_2, var_1, var_34);
        // if render_mode == RenderMode.DEPTH:                                                    <L 107>
        var_37 = (var_render_mode == var_36);
        if (var_37) {
            // frame_buffer[row, pixel] = wp.vec3(1.0 - query.t / ray_length)                     <L 108>
            var_39 = &((var_10).t);
            var_41 = wp::load(var_39);
            var_40 = wp::div(var_41, var_ray_length);
            var_42 = wp::sub(var_38, var_40);
            var_43 = wp::vec_t<3, wp::float32>(var_42);
            wp::array_store(var_frame_buffer, var_2, var_1, var_43);
        }
        if (!var_37) {
            // elif render_mode == RenderMode.NORMALS:                                            <L 109>
            var_45 = (var_render_mode == var_44);
            if (var_45) {
                // frame_buffer[row, pixel] = n * 0.5 + wp.vec3(0.5)                              <L 110>
                var_47 = wp::mul(var_31, var_46);
                var_49 = wp::vec_t<3, wp::float32>(var_48);
                var_50 = wp::add(var_47, var_49);
                wp::array_store(var_frame_buffer, var_2, var_1, var_50);
            }
            if (!var_45) {
                // base = material_colors[face_material[query.face]]                              <L 112>
                var_51 = &((var_10).face);
                var_52 = wp::load(var_51);
                var_53 = wp::address(var_face_material, var_52);
                var_54 = wp::load(var_53);
                var_55 = wp::address(var_material_colors, var_54);
                var_57 = wp::load(var_55);
                var_56 = wp::copy(var_57);
                // to_light = wp.normalize(wp.vec3(0.6, 0.4, 0.5))                                <L 113>
                var_61 = wp::vec_t<3, wp::float32>(var_58, var_59, var_60);
                var_62 = wp::normalize(var_61);
                // diffuse = wp.max(wp.dot(n, to_light), 0.0)                                     <L 114>
                var_63 = wp::dot(var_31, var_62);
                var_65 = wp::max(var_63, var_64);
                // p = ro + rd * query.t                                                          <L 115>
                var_66 = &((var_10).t);
                var_68 = wp::load(var_66);
                var_67 = wp::mul(var_9, var_68);
                var_69 = wp::add(var_4, var_67);
                // occluder = wp.mesh_query_ray(mesh, p + n * SHADOW_BIAS, to_light, ray_length)       <L 116>
                var_71 = wp::mul(var_31, var_70);
                var_72 = wp::add(var_69, var_71);
                var_73 = wp::mesh_query_ray(var_mesh, var_72, var_62, var_ray_length, var_74);
                // if occluder.result:                                                            <L 117>
                var_75 = &((var_73).result);
                var_76 = wp::load(var_75);
                if (var_76) {
                    // diffuse = 0.0                                                              <L 118>
                }
                var_78 = wp::load(var_75);
                var_80 = wp::load(var_75);
                var_79 = wp::where(var_80, var_77, var_65);
                // color = base * (AMBIENT + (1.0 - AMBIENT) * diffuse)                           <L 119>
                var_83 = wp::sub(var_82, var_81);
                var_84 = wp::mul(var_83, var_79);
                var_85 = wp::add(var_81, var_84);
                var_86 = wp::mul(var_56, var_85);
                // frame_buffer[row, pixel] = color                                               <L 120>
                wp::array_store(var_frame_buffer, var_2, var_1, var_86);
            }
        }
    }
}

